"""Settings that belong with the data (AppSetting rows): paper size, certificate threshold,
the shortest segment fit-to-length may make."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cos_desktop.db.models import AppSetting

PAPER_SIZE = "paper_size"
CERTIFICATE_THRESHOLD = "certificate_threshold"
MINIMUM_SEGMENT_MINUTES = "planner.minimum_segment_minutes"

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


def paper_size(session: Session) -> str:
    """'A4' (the default) or 'Letter'; anything else stored falls back to A4."""
    value = get_setting(session, PAPER_SIZE, DEFAULT_PAPER_SIZE).strip()
    for name in PAPER_SIZES:
        if value.lower() == name.lower():
            return name
    return DEFAULT_PAPER_SIZE


def set_paper_size(session: Session, value: str) -> None:
    if value not in PAPER_SIZES:
        raise ValueError(f"Paper size must be one of {', '.join(PAPER_SIZES)}.")
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
        raise ValueError("The certificate threshold must be at least one chapter.")
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
