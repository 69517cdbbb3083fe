"""Everyday operations on the data: the built-in template, curriculum copies, groups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from typing import TYPE_CHECKING

from cos_desktop.core.kinds import Delivery, RunStatus
from cos_desktop.core.plan import weekly_dates
from cos_desktop.db.models import (
    ChapterPlan,
    Curriculum,
    Group,
    MediaItem,
    Participant,
    PausePoint,
    SegmentPlan,
    SessionRun,
)
from cos_desktop.paths import resource_path

if TYPE_CHECKING:
    from cos_desktop.core import curriculum_file as cf

BUILTIN_TEMPLATE_FILE = "programme.yaml"


def curriculum_from_spec(session: Session, spec: cf.CurriculumSpec, *, builtin: bool = False) -> Curriculum:
    """A new template curriculum built from a validated file."""
    curriculum = Curriculum(name=spec.name, description=spec.description, is_template=True, builtin=builtin)
    for chapter_spec in spec.ordered_chapters():
        chapter = ChapterPlan(
            position=chapter_spec.position,
            title=chapter_spec.title,
            parent_summary=chapter_spec.parent_summary,
            notice_this_week=chapter_spec.notice_this_week,
            target_minutes=chapter_spec.target_minutes,
        )
        for index, seg in enumerate(sorted(chapter_spec.segments, key=lambda s: s.position), start=1):
            segment = SegmentPlan(
                position=index,
                title=seg.title,
                kind=seg.kind.value,
                planned_seconds=seg.minutes * 60,
                facilitator_prompt=seg.facilitator_prompt,
                parent_takeaway=seg.parent_takeaway,
            )
            if seg.video is not None:
                video = seg.video
                segment.video_title = video.title
                segment.clip_start_ms = video.clip_start
                segment.clip_end_ms = video.clip_end
                if video.location:
                    segment.media_item = MediaItem(title=video.title, location=video.location)
                if video.optional_link is not None:
                    segment.optional_link_title = video.optional_link.title
                    segment.optional_link_location = video.optional_link.location
                segment.pause_points = [PausePoint(at_ms=p.at, prompt=p.prompt) for p in video.pause_points]
            chapter.segments.append(segment)
        curriculum.chapters.append(chapter)
    session.add(curriculum)
    return curriculum


def spec_from_curriculum(curriculum: Curriculum) -> cf.CurriculumSpec:
    """The file form of a curriculum: no personal data, local files travel as file names."""
    from cos_desktop.core import curriculum_file as cf  # pydantic: loaded only when files are used

    chapters = []
    for chapter in curriculum.chapters:
        segments = []
        for seg in chapter.segments:
            video = None
            if seg.kind == "video" or seg.media_item is not None:
                location = None
                if seg.media_item is not None and seg.media_item.location:
                    location = _portable_location(seg.media_item.location)
                link = None
                if seg.optional_link_location:
                    link = cf.LinkSpec(title=seg.optional_link_title or seg.title, location=seg.optional_link_location)
                video = cf.VideoSpec(
                    title=seg.video_title or (seg.media_item.title if seg.media_item else seg.title),
                    location=location,
                    clip_start=seg.clip_start_ms,
                    clip_end=seg.clip_end_ms,
                    pause_points=[cf.PausePointSpec(at=p.at_ms, prompt=p.prompt) for p in seg.pause_points],
                    optional_link=link,
                )
            segments.append(
                cf.SegmentSpec.model_construct(
                    position=seg.position,
                    title=seg.title,
                    kind=seg.kind,
                    minutes=max(1, round(seg.planned_seconds / 60)),
                    facilitator_prompt=seg.facilitator_prompt,
                    parent_takeaway=seg.parent_takeaway,
                    video=video,
                )
            )
        chapters.append(
            cf.ChapterSpec.model_construct(
                position=chapter.position,
                title=chapter.title,
                target_minutes=chapter.target_minutes,
                parent_summary=chapter.parent_summary,
                notice_this_week=chapter.notice_this_week,
                segments=segments,
            )
        )
    return cf.CurriculumSpec.model_construct(
        format=cf.FORMAT_NAME,
        format_version=cf.FORMAT_VERSION,
        name=curriculum.name,
        description=curriculum.description,
        chapters=chapters,
    )


def _portable_location(location: str) -> str:
    if "://" in location:
        return location
    from pathlib import PurePath

    return PurePath(location).name


def copy_curriculum(session: Session, source: Curriculum, *, name: str | None = None, is_template: bool) -> Curriculum:
    """A deep copy (chapters, segments, pause points); media items are shared, not copied."""
    copy = Curriculum(
        name=name or source.name, description=source.description, is_template=is_template, builtin=False
    )
    for chapter in source.chapters:
        new_chapter = ChapterPlan(
            position=chapter.position,
            title=chapter.title,
            parent_summary=chapter.parent_summary,
            notice_this_week=chapter.notice_this_week,
            target_minutes=chapter.target_minutes,
        )
        for seg in chapter.segments:
            new_chapter.segments.append(
                SegmentPlan(
                    position=seg.position,
                    title=seg.title,
                    kind=seg.kind,
                    planned_seconds=seg.planned_seconds,
                    facilitator_prompt=seg.facilitator_prompt,
                    parent_takeaway=seg.parent_takeaway,
                    media_item=seg.media_item,
                    video_title=seg.video_title,
                    clip_start_ms=seg.clip_start_ms,
                    clip_end_ms=seg.clip_end_ms,
                    optional_link_title=seg.optional_link_title,
                    optional_link_location=seg.optional_link_location,
                    pause_points=[PausePoint(at_ms=p.at_ms, prompt=p.prompt) for p in seg.pause_points],
                )
            )
        copy.chapters.append(new_chapter)
    session.add(copy)
    return copy


def builtin_template(session: Session) -> Curriculum | None:
    return session.scalars(select(Curriculum).where(Curriculum.builtin.is_(True)).order_by(Curriculum.id)).first()


def ensure_builtin_template(session: Session) -> Curriculum:
    """Load the built-in programme on first start; later starts find it in the database."""
    existing = builtin_template(session)
    if existing is not None:
        return existing
    from cos_desktop.core import curriculum_file as cf

    spec = cf.load_file(resource_path(BUILTIN_TEMPLATE_FILE))
    curriculum = curriculum_from_spec(session, spec, builtin=True)
    session.commit()
    return curriculum


def templates(session: Session) -> list[Curriculum]:
    return list(
        session.scalars(
            select(Curriculum).where(Curriculum.is_template.is_(True)).order_by(Curriculum.builtin.desc(), Curriculum.name)
        )
    )


def groups(session: Session, *, include_archived: bool = False) -> list[Group]:
    query = select(Group).order_by(Group.name)
    if not include_archived:
        query = query.where(Group.archived.is_(False))
    return list(session.scalars(query))


def group_by_name(session: Session, name: str) -> Group | None:
    return session.scalars(select(Group).where(Group.name == name).order_by(Group.id)).first()


def create_group(
    session: Session,
    *,
    name: str,
    template: Curriculum,
    first_date: dt.date,
    start_time: dt.time = dt.time(18, 30),
    delivery: Delivery = Delivery.GROUP,
    session_minutes: int | None = None,
    venue: str = "",
    facilitators: str = "",
    contact: str = "",
) -> Group:
    """A group with its own snapshot of the template and one scheduled session per chapter, weekly."""
    name = name.strip()
    if not name:
        raise ValueError("A group needs a name.")
    snapshot = copy_curriculum(session, template, name=template.name, is_template=False)
    group = Group(
        name=name,
        delivery=delivery.value,
        session_minutes=session_minutes or delivery.default_session_minutes,
        weekday=first_date.weekday(),
        start_time=start_time,
        first_date=first_date,
        venue=venue,
        facilitators=facilitators,
        contact=contact,
        curriculum=snapshot,
    )
    session.add(group)
    session.flush()
    for chapter, date in zip(snapshot.chapters, weekly_dates(first_date, len(snapshot.chapters))):
        group.sessions.append(
            SessionRun(chapter=chapter, chapter_position=chapter.position, date=date, status=RunStatus.PLANNED.value)
        )
    return group


def add_participant(session: Session, group: Group, display_name: str, *, child_ages: str = "", consent_named: bool = False) -> Participant:
    display_name = display_name.strip()
    if not display_name:
        raise ValueError("A parent needs a name (a first name or initials is enough).")
    participant = Participant(display_name=display_name, child_ages=child_ages.strip(), consent_named=consent_named)
    group.participants.append(participant)
    session.flush()
    return participant


def next_session(group: Group) -> SessionRun | None:
    """The first chapter of the group not yet delivered."""
    for run in group.sessions:
        if run.status != RunStatus.ENDED.value:
            return run
    return None
