"""SQLAlchemy 2.0 typed models (see DESIGN.md, "Data").

A Group owns its own copy of a curriculum (is_template False), so editing a template later
never rewrites what a group was taught.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, backref, mapped_column, relationship

from cos_desktop.core.plan import whole_minutes

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Curriculum(Base):
    __tablename__ = "curriculum"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    is_template: Mapped[bool] = mapped_column(Boolean, default=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    chapters: Mapped[list[ChapterPlan]] = relationship(
        back_populates="curriculum", order_by="ChapterPlan.position", cascade="all, delete-orphan"
    )


class ChapterPlan(Base):
    __tablename__ = "chapter_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("curriculum.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    parent_summary: Mapped[str] = mapped_column(Text, default="")
    notice_this_week: Mapped[str] = mapped_column(Text, default="")
    target_minutes: Mapped[int] = mapped_column(Integer, default=90)

    curriculum: Mapped[Curriculum] = relationship(back_populates="chapters")
    segments: Mapped[list[SegmentPlan]] = relationship(
        back_populates="chapter", order_by="SegmentPlan.position", cascade="all, delete-orphan"
    )

    @property
    def planned_seconds(self) -> int:
        return sum(s.planned_seconds for s in self.segments)

    @property
    def part_count(self) -> int:
        return max((s.part or 1 for s in self.segments), default=1)


class PartPlan:
    """One part of a chapter as a session sees it: the chapter's fields, only this part's segments.

    A chapter in one part gives back all its segments, so a session of an unsplit chapter is as before."""

    def __init__(self, chapter: ChapterPlan, part: int):
        self.chapter = chapter
        self.part = part
        self.part_count = chapter.part_count
        self.segments = [s for s in chapter.segments if (s.part or 1) == part]

    def __getattr__(self, name):
        return getattr(self.chapter, name)

    @property
    def planned_seconds(self) -> int:
        return sum(s.planned_seconds for s in self.segments)

    @property
    def title(self) -> str:
        """The chapter's title, with the part when the chapter is in parts (the presenter and the
        projector show which part is on)."""
        if self.part_count <= 1:
            return self.chapter.title
        from cos_desktop.core.programme_text import programme_text
        from cos_desktop.core.translation import translate

        return translate("Parts", "{title}, part {part} of {count}").format(
            title=programme_text(self.chapter.title), part=self.part, count=self.part_count)


class MediaItem(Base):
    __tablename__ = "media_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # A local file path or an address (URL); empty for a placeholder not linked yet.
    location: Mapped[str] = mapped_column(Text, default="")
    size_bytes: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Size plus a hash of the first and last blocks: finds a moved file again.
    fingerprint: Mapped[str | None] = mapped_column(String(80), nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SegmentPlan(Base):
    __tablename__ = "segment_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapter_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    planned_seconds: Mapped[int] = mapped_column(Integer)
    facilitator_prompt: Mapped[str] = mapped_column(Text, default="")
    parent_takeaway: Mapped[str] = mapped_column(Text, default="")
    media_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_item.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # Title of the video this segment expects, kept when no file is linked yet.
    video_title: Mapped[str] = mapped_column(String(200), default="")
    clip_start_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clip_end_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    optional_link_title: Mapped[str] = mapped_column(String(200), default="")
    optional_link_location: Mapped[str] = mapped_column(Text, default="")
    # Which part of its chapter the segment belongs to (1, 2...): each part is a session of its own.
    part: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    chapter: Mapped[ChapterPlan] = relationship(back_populates="segments")
    media_item: Mapped[MediaItem | None] = relationship()
    pause_points: Mapped[list[PausePoint]] = relationship(
        back_populates="segment", order_by="PausePoint.at_ms", cascade="all, delete-orphan"
    )

    @property
    def minutes(self) -> int:
        return whole_minutes(self.planned_seconds)


class PausePoint(Base):
    __tablename__ = "pause_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segment_plan.id", ondelete="CASCADE"), index=True)
    at_ms: Mapped[int] = mapped_column(Integer)
    prompt: Mapped[str] = mapped_column(Text, default="")

    segment: Mapped[SegmentPlan] = relationship(back_populates="pause_points")


class Group(Base):
    __tablename__ = "group_"
    # No RETURNING on insert: in agency mode a facilitator may only read a group once the database
    # has made them its facilitator (a trigger after the insert), see db/agency.py.
    __table_args__ = {"implicit_returning": False}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    delivery: Mapped[str] = mapped_column(String(20), default="group")
    session_minutes: Mapped[int] = mapped_column(Integer, default=90)
    weekday: Mapped[int] = mapped_column(Integer, default=0)  # Monday = 0
    start_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(18, 30))
    first_date: Mapped[dt.date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    facilitators: Mapped[str] = mapped_column(String(300), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # The database account that made the group (agency mode; set by the database, empty on SQLite).
    created_by: Mapped[str | None] = mapped_column(String(63), nullable=True)
    curriculum_id: Mapped[int] = mapped_column(ForeignKey("curriculum.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    curriculum: Mapped[Curriculum] = relationship(cascade="all, delete", single_parent=True)
    participants: Mapped[list[Participant]] = relationship(
        back_populates="group", order_by="Participant.id", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[SessionRun]] = relationship(
        back_populates="group", order_by="[SessionRun.chapter_position, SessionRun.part]", cascade="all, delete-orphan"
    )


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group_.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(200))
    child_ages: Mapped[str] = mapped_column(String(200), default="")
    consent_named: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    group: Mapped[Group] = relationship(back_populates="participants")


class SessionRun(Base):
    """One session of a group's programme (a chapter, or one part of a chapter): planned, running, or ended."""

    __tablename__ = "session_run"
    __table_args__ = (
        UniqueConstraint("group_id", "chapter_position", "part", name="uq_session_run_group_chapter_part"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group_.id", ondelete="CASCADE"), index=True)
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapter_plan.id"), index=True)
    chapter_position: Mapped[int] = mapped_column(Integer)
    # Which part of the chapter this session delivers (1 when the chapter is not split).
    part: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # Planned vs actual minutes per segment, saved as JSON when the session ends.
    summary_json: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[Group] = relationship(back_populates="sessions")
    chapter: Mapped[ChapterPlan] = relationship()
    events: Mapped[list[RunEvent]] = relationship(
        back_populates="run", order_by="RunEvent.seq", cascade="all, delete-orphan"
    )
    notes: Mapped[list[Note]] = relationship(back_populates="run", order_by="Note.id", cascade="all, delete-orphan")
    attendance: Mapped[list[Attendance]] = relationship(back_populates="run", cascade="all, delete-orphan")

    @property
    def plan(self) -> PartPlan:
        """The chapter as this session delivers it: only its part's segments."""
        return PartPlan(self.chapter, self.part)

    @property
    def segments(self) -> list[SegmentPlan]:
        return [s for s in self.chapter.segments if (s.part or 1) == (self.part or 1)]

    @property
    def part_count(self) -> int:
        return self.chapter.part_count


class RunEvent(Base):
    """One thing that happened during a live session, stamped by the wall clock and a monotonic clock."""

    __tablename__ = "run_event"
    __table_args__ = (UniqueConstraint("run_id", "seq", name="uq_run_event_run_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("session_run.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    segment_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    payload: Mapped[str] = mapped_column(Text, default="")
    wall_time: Mapped[dt.datetime] = mapped_column(DateTime)
    monotonic_ns: Mapped[int] = mapped_column(BigInteger)
    # Who recorded it (agency mode: the database account, set by the database itself).
    author: Mapped[str | None] = mapped_column(String(63), nullable=True)

    run: Mapped[SessionRun] = relationship(back_populates="events")


class NoteTag(Base):
    __tablename__ = "note_tag"

    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Note(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("session_run.id", ondelete="CASCADE"), index=True)
    segment_id: Mapped[int | None] = mapped_column(
        ForeignKey("segment_plan.id", ondelete="SET NULL"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(20), default="private")
    # Who wrote it (agency mode: the database account, set by the database itself).
    author: Mapped[str | None] = mapped_column(String(63), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    run: Mapped[SessionRun] = relationship(back_populates="notes")
    segment: Mapped[SegmentPlan | None] = relationship()
    tagged: Mapped[list[Participant]] = relationship(secondary="note_tag", order_by="Participant.id")


class Attendance(Base):
    __tablename__ = "attendance"

    run_id: Mapped[int] = mapped_column(ForeignKey("session_run.id", ondelete="CASCADE"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    run: Mapped[SessionRun] = relationship(back_populates="attendance")
    participant: Mapped[Participant] = relationship()


class GroupFacilitator(Base):
    """Agency mode: a database account that facilitates a group (a group can have several)."""

    __tablename__ = "group_facilitator"

    group_id: Mapped[int] = mapped_column(ForeignKey("group_.id", ondelete="CASCADE"), primary_key=True)
    role_name: Mapped[str] = mapped_column(String(63), primary_key=True, index=True)


class AuditEntry(Base):
    """Who exported, printed, erased or restored what, and when. Append-only.

    `subject` never holds a parent's name (so that erasing a parent holds); a parent is named by
    `participant_id`, which outlives them only as a number.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(63), default="")
    action: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(Text, default="")
    group_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    participant_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)


class AppSetting(Base):
    """Settings that belong with the data (paper size, certificate threshold...)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")



class Measure(Base):
    """A pre/post measure a group uses: its name, the range of its total and which way is better.

    Only totals are stored (MeasureScore), never a questionnaire's items."""

    __tablename__ = "measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group_.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    low: Mapped[float] = mapped_column(Float)
    high: Mapped[float] = mapped_column(Float)
    direction: Mapped[str] = mapped_column(String(10), default="higher")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    scores: Mapped[list[MeasureScore]] = relationship(back_populates="measure", cascade="all, delete-orphan")


class MeasureScore(Base):
    """One parent's pre and post totals on one measure (either may be missing)."""

    __tablename__ = "measure_score"

    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    pre: Mapped[float | None] = mapped_column(Float, nullable=True)
    post: Mapped[float | None] = mapped_column(Float, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    measure: Mapped[Measure] = relationship(back_populates="scores")


class PictureLink(Base):
    """A picture the facilitator shows the room (PNG, JPEG or SVG), linked like a video: the file
    stays where it is; its size and fingerprint find it again when moved. No segment: the library."""

    __tablename__ = "picture_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(Text, default="")
    size_bytes: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    fingerprint: Mapped[str | None] = mapped_column(String(80), nullable=True)
    segment_id: Mapped[int | None] = mapped_column(
        ForeignKey("segment_plan.id", ondelete="CASCADE"), nullable=True, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    # segment.pictures: copied with the segment into a group's programme, carried by name in programme files.
    segment: Mapped[SegmentPlan | None] = relationship(
        backref=backref("pictures", cascade="all, delete-orphan", order_by="PictureLink.id"))


__all__ = [
    "Base", "Curriculum", "ChapterPlan", "PartPlan", "SegmentPlan", "PausePoint", "MediaItem", "Group",
    "Participant", "SessionRun", "RunEvent", "Note", "NoteTag", "Attendance", "AppSetting", "GroupFacilitator",
    "AuditEntry", "func", "Measure", "MeasureScore", "PictureLink",
]


# Every text column passes one gate on its way in (db/text_guard.py, rules in core/text_rules.py).
from cos_desktop.db.text_guard import guard_text_columns  # noqa: E402 (needs the models above)

GUARDED_TEXT_COLUMNS = guard_text_columns(Base)
