"""A clearly fictional demo group, so a newcomer sees a populated app in one command."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cos_desktop.core.clock import utc_from_local
from cos_desktop.core.kinds import AttendanceStatus, RunStatus, Visibility
from cos_desktop.core.run_summary import RunSummary, SegmentOutcome
from cos_desktop.db import store
from cos_desktop.db.models import Attendance, Group, MediaItem, Note, RunEvent
from cos_desktop.core.paths import data_dir, resource_path

DEMO_GROUP_NAME = "Demo group"
DEMO_CLIP = "demo-clip.mp4"

# Made-up first names (with an initial) from several languages; none is a real person.
DEMO_PARENTS = [
    ("Amira K. (demo)", "2 and 4", True),
    ("Ben T. (demo)", "18 months", True),
    ("Chloé R. (demo)", "3", False),
    ("Dariusz W. (demo)", "5", True),
    ("Efua M. (demo)", "6 months", True),
    ("Farah S. (demo)", "1 and 3", True),
    ("Gwen L. (demo)", "4", False),
    ("Hiro N. (demo)", "2", True),
]

# Actual minutes per segment of chapter 1 in the demo, against the plan.
_ACTUAL_MINUTE_SHIFT = [2, 1, -1, 0, 3, 0, 1, -2, 0, 0, 0, 0]


def demo_clip_copy() -> Path:
    """The demo clip copied into the data folder, so its link does not depend on where the app is installed."""
    target = data_dir() / "media" / DEMO_CLIP
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_path(DEMO_CLIP), target)
    return target


def load_demo_group(session: Session, today: dt.date | None = None) -> Group:
    """Create the demo group once; calling again returns the same group unchanged."""
    existing = session.scalars(select(Group).where(Group.is_demo.is_(True))).first()
    if existing is not None:
        return existing
    template = store.ensure_builtin_template(session)
    today = today or dt.date.today()
    first_date = today - dt.timedelta(days=7)
    group = store.create_group(
        session,
        name=DEMO_GROUP_NAME,
        template=template,
        first_date=first_date,
        start_time=dt.time(18, 30),
        venue="Riverside Family Centre, Room 2 (demo)",
        facilitators="Sam Example and Jo Sample (demo)",
        contact="Sam Example, 01234 567890 (demo number)",
    )
    group.is_demo = True
    participants = [
        store.add_participant(session, group, name, child_ages=ages, consent_named=consent)
        for name, ages, consent in DEMO_PARENTS
    ]

    chapter_one = group.sessions[0]
    first_video = next(s for s in chapter_one.chapter.segments if s.kind == "video")
    clip = demo_clip_copy()
    first_video.media_item = MediaItem(
        title="Demo clip (test pattern with a tone)", location=str(clip), size_bytes=clip.stat().st_size, duration_ms=20000
    )
    first_video.clip_start_ms = 0
    first_video.clip_end_ms = 15000

    _deliver_chapter_one(session, chapter_one, participants)
    session.commit()
    return group


def _deliver_chapter_one(session: Session, run, participants) -> None:
    statuses = [AttendanceStatus.PRESENT] * 5 + [AttendanceStatus.LATE, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED]
    for participant, status in zip(participants, statuses):
        run.attendance.append(Attendance(participant=participant, status=status.value))

    segments = run.chapter.segments
    # Run events are stamped in UTC, like every timestamp in the database.
    start_wall = utc_from_local(dt.datetime.combine(run.date, dt.time(18, 31)))
    mono = time.monotonic_ns()
    wall, seq = start_wall, 0
    outcomes = []

    def event(kind: str, index: int | None) -> None:
        nonlocal seq
        elapsed_ns = int((wall - start_wall).total_seconds() * 1e9)
        run.events.append(
            RunEvent(seq=seq, kind=kind, segment_index=index, wall_time=wall, monotonic_ns=mono + elapsed_ns)
        )
        seq += 1

    event("start", 0)
    for index, segment in enumerate(segments):
        shift = _ACTUAL_MINUTE_SHIFT[index] if index < len(_ACTUAL_MINUTE_SHIFT) else 0
        actual = max(60, segment.planned_seconds + shift * 60)
        wall += dt.timedelta(seconds=actual)
        outcomes.append(
            SegmentOutcome(segment.position, segment.title, segment.kind, segment.planned_seconds, actual)
        )
        event("next" if index + 1 < len(segments) else "end", index + 1 if index + 1 < len(segments) else None)
    run.status = RunStatus.ENDED.value
    run.started_at = start_wall
    run.ended_at = wall
    run.summary_json = RunSummary(segments=outcomes).to_json()

    def note(text: str, visibility: Visibility, segment_index: int, tagged=()) -> None:
        run.notes.append(
            Note(text=text, visibility=visibility.value, segment=segments[segment_index], tagged=list(tagged))
        )

    note("The group settled quickly and agreed to keep phones on silent.", Visibility.SHAREABLE, 2)
    note("Several parents noticed how often their toddlers check back in while playing.", Visibility.SHAREABLE, 4)
    note("Follow up: asked for a quieter seat next week because of the baby's naps.", Visibility.PRIVATE, 0, [participants[1]])
    note("Group energy dipped after the second video; shorten that block next time.", Visibility.PRIVATE, 6)


def make_delivered_group(
    session: Session,
    *,
    name: str = "Full programme (demo)",
    parents: int = 10,
    delivered: int = 8,
    note_words: int = 120,
    first_date: dt.date = dt.date(2026, 1, 12),
) -> Group:
    """A made-up group with every chapter delivered, attendance, timings and long notes.

    Used for reports, benchmarks and screenshots of a finished programme."""
    template = store.ensure_builtin_template(session)
    group = store.create_group(
        session, name=name, template=template, first_date=first_date,
        venue="Riverside Family Centre, Room 2 (demo)", facilitators="Sam Example and Jo Sample (demo)",
        contact="Sam Example, 01234 567890 (demo number)",
    )
    people = [
        store.add_participant(session, group, f"Parent {i + 1:02d} (demo)", consent_named=i % 3 != 2)
        for i in range(parents)
    ]
    cycle = [AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.PRESENT,
             AttendanceStatus.ABSENT, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED]
    filler = ("The group talked about the Circle and about noticing what a child needs "
              "when they come back in for comfort. ")
    for index, run in enumerate(group.sessions[:delivered]):
        for p_index, person in enumerate(people):
            status = cycle[(index + p_index * 3) % len(cycle)]
            run.attendance.append(Attendance(participant=person, status=status.value))
        outcomes = [
            SegmentOutcome(s.position, s.title, s.kind, s.planned_seconds,
                           max(60, s.planned_seconds + ((s.position + index) % 5 - 2) * 60))
            for s in run.chapter.segments
        ]
        run.summary_json = RunSummary(segments=outcomes).to_json()
        run.status = RunStatus.ENDED.value
        run.started_at = dt.datetime.combine(run.date, group.start_time)
        run.ended_at = run.started_at + dt.timedelta(seconds=sum(o.actual_seconds for o in outcomes))
        words = filler * max(1, note_words // 20)
        run.notes.append(Note(text=f"Chapter {run.chapter_position}, shared: {words}", visibility=Visibility.SHAREABLE.value))
        run.notes.append(Note(text=f"Chapter {run.chapter_position}, private: {words}", visibility=Visibility.PRIVATE.value,
                              tagged=[people[index % parents]]))
    session.commit()
    return group
