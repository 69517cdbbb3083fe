import datetime as dt

from cos_desktop.core.plan import format_clock, format_duration, length_difference_text, shift_from, start_offsets


def test_start_times_from_the_group_start_or_from_zero():
    offsets = start_offsets([600, 900, 300])
    assert offsets == [0, 600, 1500]
    assert [format_clock(dt.time(18, 30), o) for o in offsets] == ["18:30", "18:40", "18:55"]
    assert [format_clock(None, o) for o in offsets] == ["0:00", "0:10", "0:25"]
    assert format_clock(dt.time(23, 50), 1200) == "00:10"


def test_length_difference_reads_plainly():
    assert length_difference_text(95 * 60, 90) == "5 min over"
    assert length_difference_text(87 * 60, 90) == "3 min under"
    assert length_difference_text(90 * 60, 90) == "on time"


def test_durations():
    assert format_duration(754) == "12:34"
    assert format_duration(3725) == "1:02:05"
    assert format_duration(-80) == "-1:20"


def test_moving_a_date_can_shift_every_later_one():
    dates = [dt.date(2026, 1, 5) + dt.timedelta(weeks=i) for i in range(4)]
    moved = shift_from(dates, 1, dates[1] + dt.timedelta(weeks=1), shift_later=True)
    assert moved == [dates[0], dates[1] + dt.timedelta(weeks=1), dates[2] + dt.timedelta(weeks=1), dates[3] + dt.timedelta(weeks=1)]
    only = shift_from(dates, 1, dates[1] + dt.timedelta(days=2), shift_later=False)
    assert only[2:] == dates[2:]
