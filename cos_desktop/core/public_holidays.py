"""Public holidays of the facilitator's country (and region), from the `holidays` library.

A session that falls on one is marked, and the facilitator is offered to move it and the later
sessions by a week. An unknown country gives a plain message and no marks, never an error.
"""

from __future__ import annotations

from cos_desktop.core.translation import translate

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import holidays as holiday_data


@dataclass(frozen=True)
class HolidayCalendar:
    country: str = ""
    region: str = ""
    problem: str = ""  # why there are no marks (an unknown country), for the facilitator
    _names: dict = field(default_factory=dict, compare=False, repr=False)

    def name_on(self, day: dt.date) -> str:
        """The holiday's name on `day`, or '' (also '' when the country is unknown)."""
        if not self.country or self.problem:
            return ""
        year = self._names.get(day.year)
        if year is None:
            year = self._names[day.year] = dict(_lookup(self.country, self.region, day.year))
        return year.get(day, "")

    def clashes(self, dates: Sequence[dt.date]) -> dict[int, str]:
        """{index: holiday name} for each date that is a public holiday."""
        return {i: name for i, day in enumerate(dates) if (name := self.name_on(day))}


def _lookup(country: str, region: str, year: int):
    return holiday_data.country_holidays(country, subdiv=region or None, years=year).items()


def calendar(country: str, region: str = "") -> HolidayCalendar:
    """The calendar for `country` (ISO code such as 'GB'); an unknown one says so in `problem`."""
    country, region = country.strip().upper(), region.strip().upper()
    if not country:
        return HolidayCalendar(problem=(
            translate(
                "Holidays", "No country is chosen, so public holidays are not marked. You can choose one in Edit > "
                "Language, dates, paper and holidays.")))
    supported = holiday_data.list_supported_countries()
    if country not in supported:
        return HolidayCalendar(country=country, problem=(
            translate(
                "Holidays", "Public holidays for the country '{country}' are not known, so no dates are marked. You can "
                "choose another country in Edit > Language, dates, paper and holidays.").format(country=country)))
    if region and region not in supported[country]:
        return HolidayCalendar(country=country, problem=(
            translate(
                "Holidays", "The region '{region}' is not known for {country}, so no dates are marked. You can choose "
                "another region in Edit > Language, dates, paper and holidays.").format(region=region, country=country)))
    return HolidayCalendar(country=country, region=region)


def first_clash(dates: Sequence[dt.date], cal: HolidayCalendar) -> int | None:
    clashes = cal.clashes(dates)
    return min(clashes) if clashes else None


def move_from(dates: Sequence[dt.date], index: int, weeks: int = 1) -> list[dt.date]:
    """The session at `index` and every later one, a week (or `weeks`) later."""
    return [d + dt.timedelta(weeks=weeks) if i >= index else d for i, d in enumerate(dates)]
