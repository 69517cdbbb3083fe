"""Pre/post measures: range checks, change, improved / stayed / worsened by direction, mean change with n."""

from __future__ import annotations

import pytest

from cos_desktop.core.measures import (
    Direction,
    MeasureSpec,
    Outcome,
    checked_spec,
    format_change,
    format_score,
    mean_text,
    measure_outcome,
    outcome,
)

STRESS = MeasureSpec("Parenting stress", 36, 180, Direction.LOWER)
CONFIDENCE = MeasureSpec("Confidence", 0, 40, Direction.HIGHER)


def test_a_score_outside_its_range_is_refused_in_plain_words():
    with pytest.raises(ValueError, match="200 is outside the range of Parenting stress: a total from 36 to 180"):
        STRESS.parse("200")
    with pytest.raises(ValueError, match="35 is outside"):
        STRESS.parse("35")
    with pytest.raises(ValueError, match='"twelve" is not a number. Type the total, from 0 to 40'):
        CONFIDENCE.parse("twelve")
    with pytest.raises(ValueError, match="outside"):
        CONFIDENCE.parse("nan")
    with pytest.raises(ValueError, match="outside"):
        CONFIDENCE.parse("inf")


def test_typed_totals_are_read_with_either_decimal_mark_and_blank_is_no_score():
    assert STRESS.parse(" 36 ") == 36 and STRESS.parse("180") == 180
    assert CONFIDENCE.parse("12,5") == 12.5 and CONFIDENCE.parse("12.5") == 12.5
    assert CONFIDENCE.parse("   ") is None
    assert format_score(12.0) == "12" and format_score(12.5) == "12.5" and format_score(None) == ""
    assert format_change(-3.0) == "-3" and format_change(2.5) == "+2.5" and format_change(0.0) == "0"


def test_a_measure_needs_a_name_a_real_range_and_a_direction():
    assert checked_spec("  SDQ   total ", 0, 40, "lower") == MeasureSpec("SDQ total", 0, 40, Direction.LOWER)
    for args, message in [
        (("", 0, 10, "higher"), "needs a name"),
        (("X", 10, 10, "higher"), "must be below the highest"),
        (("X", 20, 10, "higher"), "must be below the highest"),
        (("X", "a", 10, "higher"), "must be numbers"),
        (("X", 0, 10, "sideways"), "higher or a lower"),
        (("X" * 201, 0, 10, "higher"), "too long"),
    ]:
        with pytest.raises(ValueError, match=message):
            checked_spec(*args)


def test_improved_stayed_worsened_follow_the_measures_direction():
    assert outcome(Direction.HIGHER, 10, 14) is Outcome.IMPROVED
    assert outcome(Direction.HIGHER, 14, 10) is Outcome.WORSENED
    assert outcome(Direction.LOWER, 120, 90) is Outcome.IMPROVED
    assert outcome(Direction.LOWER, 90, 120) is Outcome.WORSENED
    assert outcome(Direction.LOWER, 90, 90) is Outcome.STAYED
    assert outcome(Direction.HIGHER, 12.1, 12.1) is Outcome.STAYED
    assert outcome(Direction.HIGHER, None, 12) is None and outcome(Direction.HIGHER, 12, None) is None


def test_mean_change_counts_only_parents_with_both_totals():
    result = measure_outcome(
        STRESS,
        [("Amira", 120, 100), ("Ben", 90, 95), ("Chloé", 80, 80), ("Dariusz", 110, None), ("Efua", None, None),
         ("Farah", None, 70)],
    )
    assert result.n == 3 and result.pre_count == 4 and result.post_count == 4
    assert result.mean_change == pytest.approx((-20 + 5 + 0) / 3)
    assert (result.improved, result.stayed, result.worsened) == (1, 1, 1)
    assert [p.change for p in result.parents] == [-20, 5, 0, None, None, None]
    assert mean_text(result.mean_change) == "-5.0"


def test_an_empty_measure_has_no_mean():
    result = measure_outcome(CONFIDENCE, [("Amira", None, None)])
    assert result.n == 0 and result.mean_change is None and mean_text(None) == "-"
    assert measure_outcome(CONFIDENCE, []).parents == ()
