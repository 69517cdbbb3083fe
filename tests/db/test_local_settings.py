"""Paper and holiday country stored with the data: the locale's until one is chosen (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from cos_desktop.core.plan import weekly_dates
from cos_desktop.db import settings, store


def test_paper_and_country_follow_the_locale_until_chosen(session):
    assert settings.paper_size(session, "en_US") == "Letter" and settings.paper_size(session, "de_DE") == "A4"
    assert settings.holiday_country(session, "en_GB") == ("GB", "")
    settings.set_paper_size(session, "A4")
    settings.set_holiday_country(session, "gb", "sct")
    session.commit()
    assert settings.paper_size(session, "en_US") == "A4"
    assert settings.holiday_country(session, "en_US") == ("GB", "SCT")
    assert settings.holiday_calendar(session).name_on(dt.date(2026, 11, 30)) .endswith("Andrew's Day")
    settings.set_paper_size(session, "")  # back to the locale's
    session.commit()
    assert settings.paper_size(session, "en_CA") == "Letter"
    with pytest.raises(ValueError):
        settings.set_paper_size(session, "A3")


def test_a_new_group_keeps_the_dates_moved_past_a_holiday(session):
    dates = weekly_dates(dt.date(2026, 11, 6))
    dates[7] = dt.date(2027, 1, 8)
    group = store.create_group(session, name="Friday", template=store.ensure_builtin_template(session),
                               first_date=dates[0], dates=dates)
    session.commit()
    session.expire_all()
    assert [r.date for r in group.sessions] == dates
