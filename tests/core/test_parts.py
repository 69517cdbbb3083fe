"""A chapter in parts, on plain snapshots: split, join, the empty-part refusals, fit per part."""

from __future__ import annotations

import pytest

from cos_desktop.core import parts, plan_edit


def plan(minutes=(10, 20, 30, 30), kinds=None):
    segments = []
    for i, m in enumerate(minutes):
        segment = plan_edit.new_segment(f"S{i + 1}", (kinds or {}).get(i, "discussion"), m)
        segment["id"] = i + 1
        segment["position"] = i + 1
        segments.append(segment)
    chapter = {"id": 1, "position": 3, "title": "Three", "parent_summary": "", "notice_this_week": "",
               "target_minutes": 120, "segments": segments}
    return {"id": 1, "name": "P", "description": "", "chapters": [chapter]}


def part_list(snapshot):
    return [parts.part_of(s) for s in snapshot["chapters"][0]["segments"]]


def test_split_at_a_segment_makes_a_second_part_and_join_puts_it_back():
    before = plan()
    after = parts.split_at(before, 0, 2)
    assert part_list(after) == [1, 1, 2, 2]
    assert parts.part_seconds(after["chapters"][0], 1) == 30 * 60
    assert after["chapters"][0]["target_minutes"] == 60  # each part is a session: half the length
    again = parts.split_at(after, 0, 3)
    assert part_list(again) == [1, 1, 2, 3]
    joined = parts.join_at(again, 0, 3)
    assert part_list(joined) == [1, 1, 2, 2]
    assert part_list(parts.join_at(joined, 0, 2)) == [1, 1, 1, 1]


def test_a_split_that_would_leave_a_part_empty_is_not_offered_and_refused():
    split = parts.split_at(plan(), 0, 2)
    chapter = split["chapters"][0]
    assert not parts.can_split_at(chapter, 0)  # nothing before the first segment
    assert not parts.can_split_at(chapter, 2)  # already the first of part 2
    assert parts.can_split_at(chapter, 1) and parts.can_split_at(chapter, 3)
    with pytest.raises(parts.EmptyPart, match="no segments"):
        parts.split_at(split, 0, 2)
    with pytest.raises(parts.EmptyPart):
        parts.split_at(split, 0, 0)


def test_removing_or_moving_away_the_last_segment_of_a_part_is_refused_with_a_clear_message():
    split = parts.split_at(plan((10, 20, 30)), 0, 2)  # part 2 has one segment
    with pytest.raises(parts.EmptyPart, match="Part 2 of chapter 3 would have no segments"):
        plan_edit.remove_segment(split, 0, 2)
    with pytest.raises(parts.EmptyPart):
        plan_edit.move_segment(split, 0, 2, 1)
    first_alone = parts.split_at(plan((10, 20, 30)), 0, 1)
    with pytest.raises(parts.EmptyPart, match="Part 1"):
        plan_edit.move_segment(first_alone, 0, 0, 2)


def test_a_segment_moved_across_the_boundary_joins_the_part_it_lands_in():
    split = parts.split_at(plan(), 0, 2)  # [1, 1, 2, 2]
    down = plan_edit.move_segment(split, 0, 1, 2)
    assert [s["title"] for s in down["chapters"][0]["segments"]] == ["S1", "S3", "S2", "S4"]
    assert part_list(down) == [1, 2, 2, 2]
    up = plan_edit.move_segment(split, 0, 2, 1)
    assert part_list(up) == [1, 1, 1, 2]


def test_added_and_duplicated_segments_join_the_part_of_the_row_they_follow():
    split = parts.split_at(plan(), 0, 2)
    assert part_list(plan_edit.add_segment(split, 0, 3)) == [1, 1, 2, 2, 2]
    assert part_list(plan_edit.add_segment(split, 0, 2)) == [1, 1, 1, 2, 2]
    assert part_list(plan_edit.duplicate_segment(split, 0, 2)) == [1, 1, 2, 2, 2]


def test_fit_to_length_fits_each_part_to_the_session_length():
    split = parts.split_at(plan((10, 20, 30, 30, 40)), 0, 3)
    after, results = plan_edit.fit_chapter(split, 0, 60)
    chapter = after["chapters"][0]
    assert len(results) == 2
    assert parts.part_seconds(chapter, 1) == 60 * 60
    assert parts.part_seconds(chapter, 2) == 60 * 60
    assert part_list(after) == [1, 1, 1, 2, 2]


def test_fit_says_which_part_cannot_fit():
    split = parts.split_at(plan((10, 50, 30), kinds={1: "video"}), 0, 1)
    with pytest.raises(plan_edit.CannotFit, match="Part 2"):
        plan_edit.fit_chapter(split, 0, 40)


def test_session_titles():
    assert parts.session_title(3, 1, 1) == "Chapter 3"
    assert parts.session_title(3, 1, 2) == "Chapter 3, part 1 of 2"
    assert parts.short_label(3, 2, 2) == "3.2"


def test_moving_the_only_segment_of_the_last_part_up_is_refused():
    split = parts.split_at(plan((10, 20, 30)), 0, 2)
    with pytest.raises(parts.EmptyPart, match="Part 2"):
        plan_edit.move_segment(split, 0, 2, 0)
