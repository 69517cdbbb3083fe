"""Settings that belong with the data (AppSetting rows): paper size, certificate threshold,
the shortest segment fit-to-length may make, the service named on printed documents, and the
country (and region) whose public holidays the schedule marks."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cos_desktop.core.translation import translate
from cos_desktop.db.models import AppSetting

PAPER_SIZE = "paper_size"
CERTIFICATE_THRESHOLD = "certificate_threshold"
MINIMUM_SEGMENT_MINUTES = "planner.minimum_segment_minutes"
SERVICE_NAME = "service.name"
SERVICE_CONTACT = "service.contact"
SERVICE_LOGO = "service.logo"
DATE_STYLE = "documents.date_style"
HOLIDAY_COUNTRY = "holidays.country"
HOLIDAY_REGION = "holidays.region"

PAPER_SIZES = ("A4", "Letter")
DEFAULT_PAPER_SIZE = "A4"
DEFAULT_CERTIFICATE_THRESHOLD = 6


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(AppSetting, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def paper_size(session: Session, locale: str | None = None) -> str:
    """'A4' or 'Letter': the one chosen in Settings, otherwise the locale's (Letter in the US,
    Canada, Mexico...); anything odd stored falls back to the locale's."""
    from cos_desktop.core.local_formats import default_paper

    value = get_setting(session, PAPER_SIZE).strip()
    for name in PAPER_SIZES:
        if value.lower() == name.lower():
            return name
    return default_paper(locale)


def set_paper_size(session: Session, value: str) -> None:
    """'A4' or 'Letter'; '' follows the locale again."""
    if value and value not in PAPER_SIZES:
        raise ValueError(translate("Records", "Paper size must be one of {join}.").format(join=', '.join(PAPER_SIZES)))
    set_setting(session, PAPER_SIZE, value)


def certificate_threshold(session: Session) -> int:
    """How many chapters a parent must attend for a certificate (default 6 of 8)."""
    try:
        value = int(get_setting(session, CERTIFICATE_THRESHOLD, str(DEFAULT_CERTIFICATE_THRESHOLD)))
    except ValueError:
        return DEFAULT_CERTIFICATE_THRESHOLD
    return max(1, value)


def set_certificate_threshold(session: Session, value: int) -> None:
    if value < 1:
        raise ValueError(translate("Records", "The certificate threshold must be at least one chapter."))
    set_setting(session, CERTIFICATE_THRESHOLD, str(int(value)))


def minimum_segment_minutes(session: Session) -> int:
    from cos_desktop.core.fit import DEFAULT_MINIMUM_MINUTES

    try:
        value = int(get_setting(session, MINIMUM_SEGMENT_MINUTES, str(DEFAULT_MINIMUM_MINUTES)))
    except ValueError:
        return DEFAULT_MINIMUM_MINUTES
    return value if value >= 1 else DEFAULT_MINIMUM_MINUTES


def set_minimum_segment_minutes(session: Session, minutes: int) -> None:
    set_setting(session, MINIMUM_SEGMENT_MINUTES, str(int(minutes)))


def service_details(session: Session, *, date_style: str | None = None):
    """The service's name, contact line and logo for printed documents (a core ServiceDetails).
    `date_style` (from the user's locale) wins over the stored one; with neither, the locale's order."""
    from cos_desktop.core.local_formats import date_order
    from cos_desktop.core.report_views import DATE_STYLES, ServiceDetails, document_language

    style = date_style or get_setting(session, DATE_STYLE) or date_order()
    return ServiceDetails(
        name=get_setting(session, SERVICE_NAME).strip(),
        contact=get_setting(session, SERVICE_CONTACT).strip(),
        logo=get_setting(session, SERVICE_LOGO).strip(),
        date_style=style if style in DATE_STYLES else "dmy",
        language=document_language(),  # the PDF says which language it is in (for screen readers)
    )


def set_service_details(session: Session, *, name: str, contact: str, logo: str = "") -> None:
    if len(name) > 120 or len(contact) > 200:
        raise ValueError(translate("Records", "The service's name and contact line must each fit on one line."))
    set_setting(session, SERVICE_NAME, name.strip())
    set_setting(session, SERVICE_CONTACT, contact.strip())
    set_setting(session, SERVICE_LOGO, logo.strip())


def set_date_style(session: Session, style: str) -> None:
    from cos_desktop.core.report_views import DATE_STYLES

    if style not in DATE_STYLES:
        raise ValueError(translate(
            "Records", "The date style must be one of {join}.").format(join=', '.join(DATE_STYLES)))
    set_setting(session, DATE_STYLE, style)


def holiday_country(session: Session, locale: str | None = None) -> tuple[str, str]:
    """(country, region) whose public holidays the schedule marks: the one chosen in Settings,
    otherwise the locale's country and no region."""
    from cos_desktop.core.local_formats import territory

    country = get_setting(session, HOLIDAY_COUNTRY).strip().upper() or territory(locale)
    return country, get_setting(session, HOLIDAY_REGION).strip().upper()


def set_holiday_country(session: Session, country: str, region: str = "") -> None:
    """An empty country means: follow the locale again."""
    set_setting(session, HOLIDAY_COUNTRY, country.strip().upper())
    set_setting(session, HOLIDAY_REGION, region.strip().upper())


def holiday_calendar(session: Session, locale: str | None = None):
    from cos_desktop.core.public_holidays import calendar

    return calendar(*holiday_country(session, locale))
