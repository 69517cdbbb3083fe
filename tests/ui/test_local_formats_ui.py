"""Local formats and public holidays as a facilitator sees them: the main window's schedule,
New group...'s dates with a holiday marked and moved in one click, and the default paper."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from cos_desktop.core import local_formats
from cos_desktop.db import settings


@pytest.fixture
def locale():
    """locale('en_US') switches QLocale's default for the test; the old default comes back after."""
    before = QLocale()

    def switch(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield switch
    QLocale.setDefault(before)


def schedule_dates(window):
    table = window.schedule
    return [table.item(r, 1).text() for r in range(table.rowCount())]


@pytest.mark.parametrize("name,clock,paper", [
    ("en_US", "6:30 PM", "Letter"), ("en_GB", "18:30", "A4"), ("es_ES", "18:30", "A4"), ("de_DE", "18:30", "A4")])
def test_the_main_window_writes_dates_and_times_the_locales_way(main_window_factory, locale, name, clock, paper):
    locale(name)
    window = main_window_factory(demo=True)
    group = window.current_group()
    first = group.sessions[0].date
    assert schedule_dates(window)[0].startswith(local_formats.day_month_year(first, name))
    assert clock in window.group_page.details.text().replace("\u202f", " ")
    assert settings.paper_size(window.session) == paper  # nothing chosen yet: the locale's paper
    settings.set_paper_size(window.session, "A4" if paper == "Letter" else "Letter")
    window.session.commit()
    assert settings.paper_size(window.session) != paper  # a choice in Settings wins


def _fill_new_group(first: dt.date, clicks: int, seen: list):
    """In the open New group... dialog: a name, the first date, `clicks` on the holiday offer, Create."""
    dialog = QApplication.activeModalWidget()
    dialog.findChild(type(dialog.name), "groupName").setText("Friday group")
    dialog.first_date.setDate(QDate(first.year, first.month, first.day))
    note, offer = dialog.findChild(QLabel, "holidayNote"), dialog.findChild(QPushButton, "moveHolidayButton")
    seen.append((dialog.findChild(QLabel, "scheduleDates").text(), note.text(), offer.isVisibleTo(dialog)))
    for _ in range(clicks):
        offer.click()
        seen.append((dialog.findChild(QLabel, "scheduleDates").text(), note.text(), offer.isVisibleTo(dialog)))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def new_group_through_the_menu(window, first: dt.date, clicks: int) -> list:
    seen: list = []
    QTimer.singleShot(0, lambda: _fill_new_group(first, clicks, seen))
    window.findChild(QAction, "newGroup").trigger()
    return seen


def test_new_group_marks_christmas_and_moves_it_and_the_later_sessions_a_week(main_window_factory, locale):
    locale("en_GB")  # the country comes from the locale: GB
    window = main_window_factory()
    seen = new_group_through_the_menu(window, dt.date(2026, 11, 6), clicks=2)
    dates, note, offered = seen[0]
    assert "★ Christmas Day" in dates and "Session 8 falls on a public holiday (Christmas Day)" in note and offered
    dates, note, offered = seen[1]  # a week later is New Year's Day: marked and offered again
    assert "Christmas" not in dates and "★ New Year's Day" in dates and offered
    dates, note, offered = seen[2]
    assert "★" not in dates and not note and not offered
    created = window.current_group()
    assert created.name == "Friday group"
    assert [r.date for r in created.sessions][6:] == [dt.date(2026, 12, 18), dt.date(2027, 1, 8)]
    assert schedule_dates(window)[7] == local_formats.day_month_year(dt.date(2027, 1, 8), "en_GB")


def test_the_group_tab_marks_a_holiday_and_moves_the_rest_in_one_click(main_window_factory, locale, qtbot):
    locale("en_US")
    window = main_window_factory()
    settings.set_holiday_country(window.session, "GB")  # chosen in Settings over the locale's US
    window.session.commit()
    new_group_through_the_menu(window, dt.date(2026, 11, 6), clicks=0)
    page = window.group_page
    assert schedule_dates(window)[7].endswith("★ Christmas Day")
    assert "Chapter 8 falls on a public holiday" in page.holiday_note.text()
    qtbot.mouseClick(page.holiday_button, Qt.MouseButton.LeftButton)
    window.session.expire_all()
    assert window.current_group().sessions[7].date == dt.date(2027, 1, 1)
    assert schedule_dates(window)[7].endswith("★ New Year's Day")


def test_an_unknown_country_says_so_and_marks_nothing(main_window_factory, locale):
    locale("en_GB")
    window = main_window_factory()
    settings.set_holiday_country(window.session, "XX")
    window.session.commit()
    seen = new_group_through_the_menu(window, dt.date(2026, 11, 6), clicks=0)
    dates, note, offered = seen[0]
    assert "★" not in dates and "not known" in note and not offered
    assert [r.date for r in window.current_group().sessions][7] == dt.date(2026, 12, 25)
    assert "not known" in window.group_page.holiday_note.text()
    assert "★" not in "".join(schedule_dates(window))


def _choose_in_local_settings(clock: str, paper: str, country: str) -> None:
    dialog = QApplication.activeModalWidget()
    for name, value in (("clockChoice", clock), ("paperChoice", paper)):
        box = dialog.findChild(QComboBox, name)
        box.setCurrentIndex(box.findData(value))
    dialog.findChild(QLineEdit, "holidayCountry").setText(country)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_presenter_clock_follows_the_locale_then_the_settings_choice(main_window_factory, locale, monkeypatch):
    from cos_desktop.ui.live.start_dialog import StartSessionDialog

    locale("en_US")
    window = main_window_factory(demo=True)
    monkeypatch.setattr(StartSessionDialog, "exec", lambda self: StartSessionDialog.DialogCode.Accepted)
    window.start_session_action.trigger()
    assert re.fullmatch(r"\d{1,2}:\d\d\s[AP]M", window.live_session.presenter.wall_clock.text())
    window.live_session.close()
    QTimer.singleShot(0, lambda: _choose_in_local_settings("24", "A4", "es"))
    window.findChild(QAction, "localSettings").trigger()
    window.start_session_action.trigger()
    assert re.fullmatch(r"\d\d:\d\d", window.live_session.presenter.wall_clock.text())
    window.live_session.close()
    assert settings.paper_size(window.session) == "A4"  # chosen over the US Letter
    assert settings.holiday_country(window.session) == ("ES", "")
