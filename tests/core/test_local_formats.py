"""Dates, times and paper follow the locale (Babel's CLDR data), with the clock preference on top."""

from __future__ import annotations

import datetime as dt

import pytest

from cos_desktop.core import local_formats as lf
from cos_desktop.core import public_holidays
from cos_desktop.core.plan import weekly_dates

CHRISTMAS = dt.date(2026, 12, 25)

CASES = {
    # locale: (weekday and date, clock at 18:30, paper, first day of the week, Monday)
    "en_US": ("Fri, Dec 25", "6:30\u202fPM", "Letter", 6, "Monday"),
    "en_GB": ("Fri 25 Dec", "18:30", "A4", 0, "Monday"),
    "es_ES": ("vie, 25 dic", "18:30", "A4", 0, "lunes"),
    "de_DE": ("Fr., 25. Dez.", "18:30", "A4", 0, "Montag"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_locale_writes_dates_times_and_paper_its_own_way(name):
    day, clock, paper, first, monday = CASES[name]
    assert lf.day_month(CHRISTMAS, name) == day
    assert lf.clock_time(dt.time(18, 30), name).replace(" ", "\u202f") == clock
    assert lf.default_paper(name) == paper
    assert lf.first_weekday(name) == first
    assert lf.weekday_name(0, name) == monday


def test_letter_for_the_americas_that_use_it_and_a4_elsewhere():
    assert [lf.default_paper(n) for n in ("en_CA", "es_MX", "fr_CA", "en_AU", "fr_FR", "ja_JP")] == [
        "Letter", "Letter", "Letter", "A4", "A4", "A4"]


def test_the_clock_preference_wins_over_the_locale():
    assert lf.clock_time(dt.time(18, 30), "en_GB", clock="12").replace("\u202f", " ") == "6:30 pm"
    assert lf.clock_time(dt.time(18, 30), "en_US", clock="24") == "18:30"


def test_an_unknown_locale_falls_back_instead_of_failing():
    assert lf.day_month(CHRISTMAS, "xx_YY") == "Fri 25 Dec"
    assert lf.default_paper("") in ("A4", "Letter")


def test_a_session_on_christmas_day_is_found_and_moved_a_week():
    dates = weekly_dates(dt.date(2026, 11, 6))
    gb = public_holidays.calendar("GB")
    assert gb.clashes(dates) == {7: "Christmas Day"}
    moved = public_holidays.move_from(dates, 7)
    assert moved[:7] == dates[:7] and moved[7] == dt.date(2027, 1, 1)
    assert gb.clashes(moved) == {7: "New Year's Day"}  # the next week is a holiday too: said again


def test_an_unknown_country_says_so_and_marks_nothing():
    dates = weekly_dates(dt.date(2026, 11, 6))
    for country, region in (("XX", ""), ("", ""), ("GB", "NOWHERE")):
        calendar = public_holidays.calendar(country, region)
        assert calendar.problem and calendar.clashes(dates) == {}
    assert "not known" in public_holidays.calendar("XX").problem
