"""Every date, time and paper rule that follows the facilitator's locale, in one place (Qt-free).

The UI tells this module which locale to follow (QLocale's name, e.g. 'en_US'); the CLI and the
PDFs use the same functions, so a date looks the same on screen and on paper. Babel holds the
locale data (CLDR), so weekday and month names come out in the locale's own language.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates

# CLDR's territories that print on US Letter; everyone else uses A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "NI", "PA", "SV", "BZ"})
CLOCKS = ("locale", "12", "24")  # the clock preference: as the locale has it, or forced


def _environment_locale() -> str:
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name, "").split(".")[0]
        if value and value not in ("C", "POSIX"):
            return value
    return "en_GB"


_source: Callable[[], str] = _environment_locale
_clock: Callable[[], str] = lambda: "locale"  # noqa: E731


def follow(locale_source: Callable[[], str], clock_source: Callable[[], str] | None = None) -> None:
    """Where the current locale name (and the 12/24-hour preference) come from; the UI passes QLocale's."""
    global _source, _clock
    _source = locale_source
    if clock_source is not None:
        _clock = clock_source


def locale(name: str | None = None) -> Locale:
    """The Babel locale for `name` (or the current one); an unknown name falls back to en_GB."""
    wanted = (name or _source() or "en_GB").replace("-", "_")
    # A language with a country CLDR does not pair it with ("es_GB": Spanish chosen on a British
    # system) keeps its language; only an unknown language falls back to British English.
    for candidate in (wanted, wanted.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return Locale.parse("en_GB")


def for_language(language: str, name: str | None = None) -> Locale:
    """The locale for documents written in `language`: the current locale when it speaks that
    language, otherwise the language with the current locale's country ('es' on en_GB: es)."""
    current = locale(name)
    if current.language == language:
        return current
    return locale(f"{language}_{current.territory}" if current.territory else language)


def territory(name: str | None = None) -> str:
    """The country part of the locale ('US' for en_US), or '' when the locale names none."""
    return locale(name).territory or ""


def day_month(day: dt.date, name: str | None = None) -> str:
    """Short weekday and date, no year: 'Fri 25 Dec' (en_GB), 'Fri, Dec 25' (en_US), 'vie, 25 dic'."""
    return babel_dates.format_skeleton("MMMEd", day, locale=locale(name))


def day_month_year(day: dt.date, name: str | None = None) -> str:
    """'Fri, 25 Dec 2026' (en_GB), 'Fri, Dec 25, 2026' (en_US)."""
    return babel_dates.format_skeleton("yMMMEd", day, locale=locale(name))


def short_date(day: dt.date, name: str | None = None) -> str:
    """Without the weekday, for narrow columns: '25 Dec', 'Dec 25', '25. Dez.'."""
    return babel_dates.format_skeleton("MMMd", day, locale=locale(name))


def medium_date(day: dt.date, name: str | None = None) -> str:
    """'25 Dec 2026', 'Dec 25, 2026'."""
    return babel_dates.format_date(day, "medium", locale=locale(name))


def long_date(day: dt.date, name: str | None = None) -> str:
    """'Friday, 25 December 2026', 'Friday, December 25, 2026', 'viernes, 25 de diciembre de 2026'."""
    return babel_dates.format_date(day, "full", locale=locale(name))


def uses_24_hour(name: str | None = None, clock: str | None = None) -> bool:
    """True when times are written 18:30: the clock preference if set, otherwise the locale's habit."""
    clock = clock or _clock()
    if clock in ("12", "24"):
        return clock == "24"
    pattern = locale(name).time_formats["short"].pattern
    return "H" in pattern or "k" in pattern


def clock_time(moment: dt.time | dt.datetime, name: str | None = None, clock: str | None = None) -> str:
    """'18:30' or '6:30 PM' (or the locale's own way of writing either)."""
    when = moment.time() if isinstance(moment, dt.datetime) else moment
    skeleton = "Hm" if uses_24_hour(name, clock) else "hm"
    return babel_dates.format_skeleton(skeleton, when, locale=locale(name))


def weekday_name(weekday: int, name: str | None = None) -> str:
    """0 = Monday, in the locale's language: 'Monday', 'lunes', 'Montag'."""
    return locale(name).days["format"]["wide"][weekday]


def first_weekday(name: str | None = None) -> int:
    """The first day of the week (0 = Monday, 6 = Sunday): Sunday in the US, Monday in most of Europe."""
    return locale(name).first_week_day


def default_paper(name: str | None = None) -> str:
    """'Letter' where the locale's country uses it, otherwise 'A4'."""
    return "Letter" if territory(name) in LETTER_TERRITORIES else "A4"


def date_order(name: str | None = None) -> str:
    """'dmy', 'mdy' or 'ymd': the order the locale writes a short date in (for printed documents)."""
    pattern = locale(name).date_formats["short"].pattern.lower()
    found = sorted((pattern.find(c), c) for c in "dmy" if c in pattern)
    order = "".join(c for _i, c in found)
    return order if order in ("dmy", "mdy", "ymd") else "dmy"
