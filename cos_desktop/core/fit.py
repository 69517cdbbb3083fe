"""Fit a chapter's plan to a target length, in whole minutes.

Video blocks keep their length (the clip does not get shorter because the room is booked for
less time) and so does a break that stays. Every other segment scales in proportion to its
current length, rounded to whole minutes, and never goes below a minimum. Sessions of two hours
or more get a break near the middle; shorter sessions lose theirs. The result adds up to the
target exactly, or `CannotFit` says why it cannot.

Fitting a fitted plan again changes nothing.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from cos_desktop.core.translation import translate
from cos_desktop.core.kinds import SegmentKind

DEFAULT_MINIMUM_MINUTES = 2
DEFAULT_BREAK_MINUTES = 15
BREAK_FROM_MINUTES = 120
COMMON_TARGETS = (60, 90, 120)


@dataclass(frozen=True)
class FitItem:
    """One segment as the fit sees it. `key` is the caller's handle (None for an added break)."""

    key: Hashable | None
    title: str
    kind: str
    minutes: int

    @property
    def is_video(self) -> bool:
        return self.kind == SegmentKind.VIDEO.value

    @property
    def is_break(self) -> bool:
        return self.kind == SegmentKind.BREAK.value


@dataclass(frozen=True)
class FitResult:
    items: tuple[FitItem, ...]
    target: int
    added_break: FitItem | None = None
    removed_breaks: tuple[FitItem, ...] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        return sum(item.minutes for item in self.items)


class CannotFit(ValueError):
    """The plan cannot be fitted; `reason` says why in plain words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _minutes(n: int) -> str:
    return f"{n} min"


def fit_segments(
    items: Sequence[FitItem],
    target: int,
    *,
    minimum: int = DEFAULT_MINIMUM_MINUTES,
    break_minutes: int = DEFAULT_BREAK_MINUTES,
    break_title: str = "Break",
) -> FitResult:
    """The plan fitted to `target` minutes; raises CannotFit with the reason when it cannot be."""
    if not isinstance(target, int) or target < 1:
        raise CannotFit(translate("Plans", "The target length must be a whole number of minutes, at least 1."))
    if minimum < 1:
        raise CannotFit(translate("Plans", "The shortest segment must be at least 1 minute."))
    if not items:
        raise CannotFit(translate("Plans", "This chapter has no segments to fit."))

    wants_break = target >= BREAK_FROM_MINUTES
    kept = [item for item in items if wants_break or not item.is_break]
    removed = tuple(item for item in items if not wants_break and item.is_break)
    new_break = None
    if wants_break and not any(item.is_break for item in kept):
        new_break = FitItem(key=None, title=break_title, kind=SegmentKind.BREAK.value, minutes=break_minutes)

    video_total = sum(item.minutes for item in kept if item.is_video)
    break_total = sum(item.minutes for item in kept if item.is_break) + (new_break.minutes if new_break else 0)
    flexible = [i for i, item in enumerate(kept) if not (item.is_video or item.is_break)]
    fixed_total = video_total + break_total

    if video_total > target:
        raise CannotFit(
            translate(
                "Plans", "The videos alone take {value}, longer than the {value2} you asked for. Shorten a clip or "
                "choose a longer session.").format(value=_minutes(video_total), value2=_minutes(target))
        )
    if fixed_total > target:
        raise CannotFit(
            translate(
                "Plans", "The videos and the break take {value}, longer than the {value2} you asked for.").format(
                    value=_minutes(fixed_total), value2=_minutes(target))
        )
    if not flexible:
        if fixed_total != target:
            raise CannotFit(
                translate(
                    "Plans", "This chapter has only videos and breaks ({value}): there is nothing that can grow or "
                    "shrink to make {value2}.").format(value=_minutes(fixed_total), value2=_minutes(target))
            )
    elif fixed_total + minimum * len(flexible) > target:
        text = (translate("Plans", "The videos and the break take {fixed}, which leaves {left} for {count} other "
                          "segments; at {shortest} each they need {needed}. Remove a segment, lower the shortest "
                          "length, or choose a longer session.") if break_total else
                translate("Plans", "The videos take {fixed}, which leaves {left} for {count} other segments; at "
                          "{shortest} each they need {needed}. Remove a segment, lower the shortest length, or "
                          "choose a longer session."))
        raise CannotFit(text.format(fixed=_minutes(fixed_total), left=_minutes(target - fixed_total), count=len(flexible),
                                    shortest=_minutes(minimum), needed=_minutes(minimum * len(flexible))))

    shares = _proportional([kept[i].minutes for i in flexible], target - fixed_total, minimum)
    fitted = list(kept)
    for index, minutes in zip(flexible, shares):
        item = kept[index]
        fitted[index] = FitItem(key=item.key, title=item.title, kind=item.kind, minutes=minutes)
    if new_break is not None:
        fitted.insert(_break_position(fitted, target, new_break.minutes), new_break)
    return FitResult(items=tuple(fitted), target=target, added_break=new_break, removed_breaks=removed)


def _proportional(weights: list[int], total: int, minimum: int) -> list[int]:
    """Whole numbers adding up to `total`, in proportion to `weights`, none below `minimum`.

    Exact integer arithmetic: shares below the minimum are raised to it first, the rest are
    rounded down and the minutes left over go to the largest remainders (earlier first on a tie).
    Weights that already add up to `total` come back unchanged.
    """
    result: list[int | None] = [None] * len(weights)
    free = list(range(len(weights)))
    remaining = total
    while free:
        weight_sum = sum(max(weights[i], 1) for i in free)
        clamped = [i for i in free if remaining * max(weights[i], 1) < minimum * weight_sum]
        if not clamped:
            break
        for i in clamped:
            result[i] = minimum
            remaining -= minimum
        free = [i for i in free if result[i] is None]
    if free:
        weight_sum = sum(max(weights[i], 1) for i in free)
        remainders = []
        for i in free:
            quotient, remainder = divmod(remaining * max(weights[i], 1), weight_sum)
            result[i] = quotient
            remainders.append((-remainder, i))
        left_over = remaining - sum(result[i] for i in free)  # type: ignore[misc]
        for _, i in sorted(remainders)[:left_over]:
            result[i] += 1  # type: ignore[operator]
    return [int(r) for r in result]  # type: ignore[arg-type]


def _break_position(items: list[FitItem], target: int, break_minutes: int) -> int:
    """Where a new break goes: the gap between segments nearest the middle of the session."""
    if len(items) < 2:
        return len(items)
    best, best_distance, start = 1, None, 0
    for gap in range(1, len(items)):
        start += items[gap - 1].minutes
        distance = abs(2 * start + break_minutes - target)  # the break's middle vs the session's
        if best_distance is None or distance < best_distance:
            best, best_distance = gap, distance
    return best
