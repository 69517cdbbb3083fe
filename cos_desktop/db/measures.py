"""A group's pre/post measures and each parent's totals in the database.

Reads return plain values. Writes change the session and flush; the caller finishes them with
cos_desktop.db.transactions.committed (the UI through ui.errors.save). A write that is not allowed
(a total outside its range, a range that would leave totals outside it) raises ValueError in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cos_desktop.core.translation import translate
from cos_desktop.core.measures import (
    Direction,
    MeasureSpec,
    OutcomesView,
    checked_spec,
    format_score,
    measure_outcome,
)
from cos_desktop.db.models import Group, Measure, MeasureScore, Participant

WHEN = ("pre", "post")


@dataclass(frozen=True)
class MeasureRow:
    id: int
    name: str
    low: float
    high: float
    direction: str
    scored: int  # parents with a pre or a post total

    @property
    def spec(self) -> MeasureSpec:
        return MeasureSpec(self.name, self.low, self.high, Direction(self.direction))


@dataclass
class ScoreGrid:
    """What the measures page shows: measures across, parents down, pre and post in each."""

    group_id: int
    measures: list[MeasureRow]
    parents: list[tuple[int, str]]  # (participant id, name)
    scores: dict[tuple[int, int], tuple[float | None, float | None]] = field(default_factory=dict)

    def score(self, measure_id: int, participant_id: int) -> tuple[float | None, float | None]:
        return self.scores.get((measure_id, participant_id), (None, None))


# ---- reading ----------------------------------------------------------------------------------
def measures(session: Session, group_id: int) -> list[MeasureRow]:
    scored = (
        select(func.count())
        .select_from(MeasureScore)
        .where(MeasureScore.measure_id == Measure.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Measure.id, Measure.name, Measure.low, Measure.high, Measure.direction, scored)
        .where(Measure.group_id == group_id)
        .order_by(Measure.position, Measure.id)
    )
    return [MeasureRow(*row) for row in rows]


def score_grid(session: Session, group_id: int) -> ScoreGrid:
    parents = [
        (pid, name)
        for pid, name in session.execute(
            select(Participant.id, Participant.display_name).where(Participant.group_id == group_id).order_by(Participant.id)
        )
    ]
    rows = session.execute(
        select(MeasureScore.measure_id, MeasureScore.participant_id, MeasureScore.pre, MeasureScore.post)
        .join(Measure, Measure.id == MeasureScore.measure_id)
        .where(Measure.group_id == group_id)
    )
    scores = {(m, p): (pre, post) for m, p, pre, post in rows}
    return ScoreGrid(group_id, measures(session, group_id), parents, scores)


def outcomes_view(session: Session, group: Group) -> OutcomesView:
    """The programme report's outcomes page: every measure with each parent's pre, post and change."""
    grid = score_grid(session, group.id)
    outcomes = tuple(
        measure_outcome(m.spec, ((name, *grid.score(m.id, pid)) for pid, name in grid.parents)) for m in grid.measures
    )
    return OutcomesView(group.name, group.curriculum.name, len(grid.parents), outcomes)


# ---- writing ----------------------------------------------------------------------------------
def _measure(session: Session, measure_id: int) -> Measure:
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise ValueError(translate("Records", "That measure has been deleted."))
    return measure


def add_measure(session: Session, group_id: int, name: str, low: float, high: float, direction: str) -> int:
    spec = checked_spec(name, low, high, direction)
    last = session.scalar(select(func.max(Measure.position)).where(Measure.group_id == group_id))
    measure = Measure(
        group_id=group_id, position=(last or 0) + 1, name=spec.name, low=spec.low, high=spec.high,
        direction=spec.direction.value,
    )
    session.add(measure)
    session.flush()
    return measure.id


def update_measure(session: Session, measure_id: int, name: str, low: float, high: float, direction: str) -> None:
    """Rename a measure, or change its range or direction; a range must still hold every total entered."""
    spec = checked_spec(name, low, high, direction)
    measure = _measure(session, measure_id)
    outside = [
        (who, value)
        for who, pre, post in session.execute(
            select(Participant.display_name, MeasureScore.pre, MeasureScore.post)
            .join(Participant, Participant.id == MeasureScore.participant_id)
            .where(MeasureScore.measure_id == measure_id)
        )
        for value in (pre, post)
        if value is not None and not spec.low <= value <= spec.high
    ]
    if outside:
        examples = ", ".join(f"{who}: {format_score(value)}" for who, value in outside[:3])
        raise ValueError(
            translate(
                "Records", "{outside} total(s) already entered lie outside {range_text} ({examples}). Correct those "
                "totals first, or choose a range that holds them.").format(
                    outside=len(outside), range_text=spec.range_text, examples=examples)
        )
    measure.name, measure.low, measure.high, measure.direction = spec.name, spec.low, spec.high, spec.direction.value
    session.flush()


def delete_measure(session: Session, measure_id: int) -> None:
    """Delete a measure with its totals (the page asks first when it has any)."""
    session.execute(delete(MeasureScore).where(MeasureScore.measure_id == measure_id))
    session.execute(delete(Measure).where(Measure.id == measure_id))
    session.flush()


def set_score(session: Session, measure_id: int, participant_id: int, when: str, text_or_value) -> float | None:
    """Store one total (typed text or a number; empty clears it) after its range check; returns it."""
    if when not in WHEN:
        raise ValueError(f"unknown score column {when!r}")
    measure = _measure(session, measure_id)
    spec = MeasureSpec(measure.name, measure.low, measure.high, Direction(measure.direction))
    if isinstance(text_or_value, str):
        value = spec.parse(text_or_value)
    else:
        value = None if text_or_value is None else spec.check(float(text_or_value))
    participant = session.get(Participant, participant_id)
    if participant is None or participant.group_id != measure.group_id:
        raise ValueError(translate("Records", "That parent is not in this measure's group."))
    row = session.get(MeasureScore, (measure_id, participant_id))
    if row is None:
        if value is None:
            return None
        row = MeasureScore(measure_id=measure_id, participant_id=participant_id)
        session.add(row)
    setattr(row, when, value)
    if row.pre is None and row.post is None:
        session.delete(row)
    session.flush()
    return value


# ---- what the group's undo and a parent's own record need ------------------------------------
MEASURE_MODELS = (Measure, MeasureScore)


def measure_snapshot_rows(session: Session, group_id: int, rows_of) -> list:
    """The (table, rows) a deleted group's undo puts back: its measures, then their totals."""
    measure_ids = select(Measure.id).where(Measure.group_id == group_id)
    return [
        ("measure", rows_of(session, Measure, Measure.group_id == group_id)),
        ("measure_score", rows_of(session, MeasureScore, MeasureScore.measure_id.in_(measure_ids))),
    ]


def participant_totals(session: Session, participant_id: int) -> list[dict]:
    """One parent's totals, for the record of everything held about them."""
    rows = session.execute(
        select(Measure.name, Measure.low, Measure.high, MeasureScore.pre, MeasureScore.post)
        .join(Measure, Measure.id == MeasureScore.measure_id)
        .where(MeasureScore.participant_id == participant_id)
        .order_by(Measure.position, Measure.id)
    )
    return [
        {"measure": name, "lowest": low, "highest": high, "pre": pre, "post": post}
        for name, low, high, pre, post in rows
    ]


def participant_totals_lines(totals: list[dict]) -> list[str]:
    """One line per measure for a parent's own record: '  PSI (0 to 40): before 20, after 14'."""
    if not totals:
        return ["  " + translate("Records", "(none)")]
    return [
        "  " + translate("Records", "{measure} ({low} to {high}): before {before}, after {after}").format(
            measure=t["measure"], low=format_score(t["lowest"]), high=format_score(t["highest"]),
            before=format_score(t["pre"]) or "-", after=format_score(t["post"]) or "-")
        for t in totals
    ]
