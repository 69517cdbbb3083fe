"""Fit to length: properties that hold for any plan, and the cases a facilitator meets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cos_desktop.core import curriculum_file as cf
from cos_desktop.core.fit import CannotFit, FitItem, fit_segments
from cos_desktop.core.kinds import SegmentKind
from cos_desktop.core.paths import resource_path

KINDS = [k.value for k in SegmentKind]

segments = st.lists(
    st.builds(
        lambda kind, minutes: (kind, minutes),
        st.sampled_from(KINDS),
        st.integers(min_value=1, max_value=60),
    ),
    min_size=1,
    max_size=14,
).map(lambda pairs: [FitItem(key=i, title=f"s{i}", kind=k, minutes=m) for i, (k, m) in enumerate(pairs)])
targets = st.integers(min_value=1, max_value=300)
minimums = st.integers(min_value=1, max_value=5)


def possible(items, target, minimum, break_minutes=15):
    wants_break = target >= 120
    kept = [i for i in items if wants_break or not i.is_break]
    fixed = sum(i.minutes for i in kept if i.is_video or i.is_break)
    if wants_break and not any(i.is_break for i in kept):
        fixed += break_minutes
    flexible = [i for i in kept if not (i.is_video or i.is_break)]
    if not flexible:
        return fixed == target
    return fixed + minimum * len(flexible) <= target


@settings(max_examples=400, deadline=None)
@given(segments, targets, minimums)
def test_total_is_exact_whenever_possible_and_otherwise_a_reason(items, target, minimum):
    if possible(items, target, minimum):
        result = fit_segments(items, target, minimum=minimum)
        assert result.total == target
    else:
        with pytest.raises(CannotFit) as raised:
            fit_segments(items, target, minimum=minimum)
        assert "min" in raised.value.reason


@settings(max_examples=400, deadline=None)
@given(segments, targets, minimums)
def test_videos_keep_their_length_order_is_kept_and_nothing_goes_under_the_minimum(items, target, minimum):
    try:
        result = fit_segments(items, target, minimum=minimum)
    except CannotFit:
        return
    fitted = [i for i in result.items if i.key is not None]
    original = {i.key: i for i in items}
    # same segments, same order (only breaks may be removed, one break may be added)
    expected_keys = [i.key for i in items if target >= 120 or not i.is_break]
    assert [i.key for i in fitted] == expected_keys
    for item in fitted:
        before = original[item.key]
        assert item.kind == before.kind and item.title == before.title
        if item.is_video or item.is_break:
            assert item.minutes == before.minutes
        else:
            assert item.minutes >= minimum
    breaks = [i for i in result.items if i.is_break]
    assert bool(breaks) == (target >= 120)


@settings(max_examples=400, deadline=None)
@given(segments, targets, minimums)
def test_fitting_twice_changes_nothing(items, target, minimum):
    try:
        once = fit_segments(items, target, minimum=minimum)
    except CannotFit:
        return
    # the second pass sees the first one's result, the added break included
    again_input = [FitItem(key=("k", n), title=i.title, kind=i.kind, minutes=i.minutes) for n, i in enumerate(once.items)]
    twice = fit_segments(again_input, target, minimum=minimum)
    assert [(i.kind, i.minutes) for i in twice.items] == [(i.kind, i.minutes) for i in once.items]
    assert twice.added_break is None and not twice.removed_breaks


@settings(max_examples=200, deadline=None)
@given(segments, minimums)
def test_larger_segments_never_get_fewer_minutes(items, minimum):
    target = 100
    try:
        result = fit_segments(items, target, minimum=minimum)
    except CannotFit:
        return
    by_key = {i.key: i for i in items}
    flexible = [(by_key[i.key], i) for i in result.items if i.key is not None and not (i.is_video or i.is_break)]
    for before_a, after_a in flexible:
        for before_b, after_b in flexible:
            if before_a.minutes > before_b.minutes:
                assert after_a.minutes >= after_b.minutes


def chapter_items(position: int):
    spec = cf.load_file(resource_path("programme.yaml"))
    chapter = spec.ordered_chapters()[position - 1]
    return [FitItem(key=s.position, title=s.title, kind=s.kind.value, minutes=s.minutes) for s in chapter.segments]


def test_builtin_chapter_to_an_hour_scales_talk_and_keeps_videos():
    items = chapter_items(2)
    result = fit_segments(items, 60)
    assert result.total == 60
    for before, after in zip(items, result.items):
        if before.is_video:
            assert after.minutes == before.minutes
        else:
            assert 2 <= after.minutes <= before.minutes


def test_two_hours_adds_a_break_near_the_middle_and_an_hour_and_a_half_removes_it():
    items = chapter_items(3)
    long = fit_segments(items, 120)
    assert long.total == 120 and long.added_break is not None
    position = long.items.index(long.added_break)
    start = sum(i.minutes for i in long.items[:position])
    assert 0 < position < len(long.items) - 1
    assert abs(start + 7.5 - 60) <= max(i.minutes for i in long.items)
    back = fit_segments(list(long.items), 90)
    assert [i.kind for i in back.items].count("break") == 0
    assert back.removed_breaks == (long.added_break,) and back.total == 90


def test_videos_longer_than_the_target_give_the_reason():
    items = [FitItem(1, "Talk", "discussion", 10), FitItem(2, "Clip", "video", 50), FitItem(3, "Clip 2", "video", 20)]
    with pytest.raises(CannotFit, match="videos alone take 70 min, longer than the 60 min"):
        fit_segments(items, 60)
    with pytest.raises(CannotFit, match="leaves 5 min for 1 other segments"):
        fit_segments(items, 75, minimum=6)


def test_plan_edits_keep_positions_in_order_and_respect_the_limits():
    from cos_desktop.core import plan_edit

    snapshot = {"id": 1, "name": "P", "description": "", "chapters": [plan_edit.new_chapter("One")]}
    snapshot["chapters"][0]["id"] = 10
    for _ in range(plan_edit.MAX_SEGMENTS - 1):
        snapshot = plan_edit.add_segment(snapshot, 0, 0)
    with pytest.raises(ValueError, match="at most 40 segments"):
        plan_edit.add_segment(snapshot, 0, 0)
    snapshot = plan_edit.move_segment(snapshot, 0, 39, 0)
    assert snapshot["chapters"][0]["segments"][0]["kind"] == "check-in"
    assert [s["position"] for s in snapshot["chapters"][0]["segments"]] == list(range(1, 41))
    for _ in range(plan_edit.MAX_CHAPTERS - 1):
        snapshot = plan_edit.duplicate_chapter(snapshot, 0)
    with pytest.raises(ValueError, match="at most 20 chapters"):
        plan_edit.add_chapter(snapshot, 0)
    assert [c["position"] for c in snapshot["chapters"]] == list(range(1, 21))
    assert snapshot["chapters"][0]["id"] == 10 and all(c["id"] is None for c in snapshot["chapters"][1:])
    with pytest.raises(ValueError, match="at least one segment"):
        plan_edit.remove_segment({"chapters": [plan_edit.new_chapter()]}, 0, 0)
