"""Pre/post measures: the totals of a questionnaire a parent filled in before and after the programme.

Only totals are kept, never the questionnaire's items. A measure has a name, the range its total can
take and a direction (is a higher total better, or a lower one?). From the totals come each parent's
change, whether they improved, stayed the same or worsened, and the group's mean change with n.

Plain Python: no Qt, no database.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

SCORE_LIMIT = 1_000_000  # no questionnaire total comes near this; it keeps typing slips out
NAME_MAX = 200
# Totals are compared after rounding, so 12.1 - 12.0 does not count as a change of 0.0999999.
_PLACES = 6


class Direction(StrEnum):
    HIGHER = "higher"  # a higher total is better
    LOWER = "lower"  # a lower total is better (e.g. a stress or difficulty score)

    @property
    def label(self) -> str:
        if self is Direction.HIGHER:
            return translate("Measures", "Higher is better")
        return translate("Measures", "Lower is better")


class Outcome(StrEnum):
    IMPROVED = "improved"
    STAYED = "stayed"
    WORSENED = "worsened"

    @property
    def label(self) -> str:
        return translate("Measures", _OUTCOME_LABELS[self.value])


_OUTCOME_LABELS = {"improved": QT_TRANSLATE_NOOP("Measures", "Improved"),
                   "stayed": QT_TRANSLATE_NOOP("Measures", "Stayed the same"),
                   "worsened": QT_TRANSLATE_NOOP("Measures", "Worsened")}


def format_score(value: float | None) -> str:
    """'12' for a whole number, '12.5' otherwise, '' for no score."""
    if value is None:
        return ""
    value = round(float(value), 2)
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0")


def format_change(value: float | None) -> str:
    """'+3', '-1.5', '0'; '' when there is no change to show."""
    if value is None:
        return ""
    text = format_score(abs(value))
    if text == "0":
        return "0"
    return ("+" if value > 0 else "-") + text


@dataclass(frozen=True)
class MeasureSpec:
    """What a facilitator defines: a name, the lowest and highest total, and which way is better."""

    name: str
    low: float
    high: float
    direction: Direction = Direction.HIGHER

    @property
    def range_text(self) -> str:
        return translate("Measures", "{low} to {high}").format(low=format_score(self.low), high=format_score(self.high))

    def check(self, value: float) -> float:
        """The score if it is inside the range; ValueError in plain words if not."""
        if not math.isfinite(value) or not self.low <= value <= self.high:
            raise ValueError(translate("Measures", "{value} is outside the range of {measure}: a total from {range}.")
                             .format(value=format_score(value) if math.isfinite(value) else value, measure=self.name,
                                     range=self.range_text))
        return value

    def parse(self, text: str) -> float | None:
        """A typed total ('12', '12.5' or '12,5'); None for an empty cell (no score)."""
        cleaned = text.strip().replace(",", ".")
        if not cleaned:
            return None
        try:
            value = float(cleaned)
        except ValueError:
            raise ValueError(translate("Measures", '"{text}" is not a number. Type the total, from {range}.').format(
                text=text.strip(), range=self.range_text)) from None
        return self.check(value)


def checked_spec(name: str, low: float, high: float, direction: str) -> MeasureSpec:
    """A measure as typed, or ValueError saying what to change."""
    name = " ".join(name.replace("\x00", "").split())
    if not name:
        raise ValueError(translate("Measures", "A measure needs a name, for example the questionnaire's short name."))
    if len(name) > NAME_MAX:
        raise ValueError(translate("Measures", "That name is too long: keep it under {limit} characters.").format(
            limit=NAME_MAX))
    try:
        low, high = float(low), float(high)
    except (TypeError, ValueError):
        raise ValueError(translate("Measures", "The lowest and highest totals must be numbers.")) from None
    if not (math.isfinite(low) and math.isfinite(high)) or max(abs(low), abs(high)) > SCORE_LIMIT:
        raise ValueError(translate("Measures", "The lowest and highest totals must be ordinary numbers."))
    if low >= high:
        raise ValueError(translate("Measures", "The lowest total ({low}) must be below the highest ({high}).").format(
            low=format_score(low), high=format_score(high)))
    try:
        way = Direction(direction)
    except ValueError:
        raise ValueError(translate("Measures", "Say whether a higher or a lower total is better.")) from None
    return MeasureSpec(name, low, high, way)


def change(pre: float | None, post: float | None) -> float | None:
    """Post minus pre, when both totals are there."""
    if pre is None or post is None:
        return None
    return round(post - pre, _PLACES)


def outcome(direction: Direction, pre: float | None, post: float | None) -> Outcome | None:
    """Improved, stayed the same or worsened, by the measure's direction; None without both totals."""
    difference = change(pre, post)
    if difference is None:
        return None
    if difference == 0:
        return Outcome.STAYED
    better = difference > 0 if direction is Direction.HIGHER else difference < 0
    return Outcome.IMPROVED if better else Outcome.WORSENED


@dataclass(frozen=True)
class ParentScores:
    """One parent's line for one measure."""

    name: str
    pre: float | None
    post: float | None
    direction: Direction = Direction.HIGHER

    @property
    def change(self) -> float | None:
        return change(self.pre, self.post)

    @property
    def outcome(self) -> Outcome | None:
        return outcome(self.direction, self.pre, self.post)


@dataclass(frozen=True)
class MeasureOutcome:
    """One measure across the group: every parent's totals and what they add up to."""

    spec: MeasureSpec
    parents: tuple[ParentScores, ...]

    @property
    def both(self) -> tuple[ParentScores, ...]:
        """The parents with a pre and a post total (the n of the mean change)."""
        return tuple(p for p in self.parents if p.pre is not None and p.post is not None)

    @property
    def n(self) -> int:
        return len(self.both)

    @property
    def pre_count(self) -> int:
        return sum(1 for p in self.parents if p.pre is not None)

    @property
    def post_count(self) -> int:
        return sum(1 for p in self.parents if p.post is not None)

    @property
    def mean_change(self) -> float | None:
        both = self.both
        if not both:
            return None
        return round(sum(p.change or 0.0 for p in both) / len(both), _PLACES)

    def count(self, which: Outcome) -> int:
        return sum(1 for p in self.parents if p.outcome is which)

    @property
    def improved(self) -> int:
        return self.count(Outcome.IMPROVED)

    @property
    def stayed(self) -> int:
        return self.count(Outcome.STAYED)

    @property
    def worsened(self) -> int:
        return self.count(Outcome.WORSENED)


def measure_outcome(spec: MeasureSpec, scores: Iterable[tuple[str, float | None, float | None]]) -> MeasureOutcome:
    """The group's outcome on one measure from (parent name, pre, post) lines."""
    return MeasureOutcome(spec, tuple(ParentScores(name, pre, post, spec.direction) for name, pre, post in scores))


def mean_text(value: float | None) -> str:
    """A mean change with one decimal and its sign: '+2.4', '-0.5', '0.0'; '-' when there is none."""
    if value is None:
        return "-"
    rounded = round(value, 1)
    if rounded == 0:
        return "0.0"
    return f"{rounded:+.1f}"


@dataclass(frozen=True)
class OutcomesView:
    """The outcomes page of a group's programme report, and the outcomes CSV."""

    group_name: str
    programme_name: str
    parent_count: int
    measures: tuple[MeasureOutcome, ...]
