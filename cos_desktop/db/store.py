"""Everyday operations on the data: the built-in template, curriculum copies, groups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cos_desktop.core.translation import translate
from cos_desktop.core.kinds import is_video_segment
from cos_desktop.core.kinds import Delivery, RunStatus, SegmentKind
from cos_desktop.core.plan import weekly_dates, whole_minutes
from cos_desktop.db.models import (
    ChapterPlan,
    Curriculum,
    Group,
    MediaItem,
    Participant,
    PausePoint,
    PictureLink,
    SegmentPlan,
    SessionRun,
)
from cos_desktop.core.paths import resource_path

if TYPE_CHECKING:  # pydantic is imported only when a curriculum file is read or written
    from cos_desktop.core import curriculum_file as cf

BUILTIN_TEMPLATE_FILE = "programme.yaml"


def curriculum_from_spec(
    session: Session, spec: cf.CurriculumSpec, *, builtin: bool = False,
    media: Callable[[str, str], MediaItem] | None = None,
) -> Curriculum:
    """A new template curriculum built from a validated file.

    `media(location, title)` gives the MediaItem for a video location (default: a new one each time).
    """
    curriculum = Curriculum(name=spec.name, description=spec.description, is_template=True, builtin=builtin)
    for chapter_number, chapter_spec in enumerate(spec.ordered_chapters(), start=1):
        chapter = ChapterPlan(
            position=chapter_number,
            title=chapter_spec.title,
            parent_summary=chapter_spec.parent_summary,
            notice_this_week=chapter_spec.notice_this_week,
            target_minutes=chapter_spec.target_minutes,
        )
        for index, seg in enumerate(chapter_spec.ordered_segments(), start=1):
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
                segment.clip_start_ms = video.clip_start_ms
                segment.clip_end_ms = video.clip_end_ms
                if video.location:
                    segment.media_item = (
                        media(video.location, video.title) if media is not None
                        else MediaItem(title=video.title, location=video.location)
                    )
                if video.optional_link is not None:
                    segment.optional_link_title = video.optional_link.title
                    segment.optional_link_location = video.optional_link.location
                segment.pause_points = [PausePoint(at_ms=p.at_ms, prompt=p.prompt) for p in video.pause_points]
            # Known by file name only, like a video: found on this computer later (Find it again).
            segment.pictures = [PictureLink(title=p.title, location=p.file) for p in seg.pictures]
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
            if is_video_segment(seg.kind, seg.media_item is not None):
                location = None
                if seg.media_item is not None and seg.media_item.location:
                    location = _portable_location(seg.media_item.location)
                link = None
                if seg.optional_link_location:
                    link = cf.LinkSpec(title=seg.optional_link_title or seg.title, location=seg.optional_link_location)
                video = cf.VideoSpec(
                    title=seg.video_title or (seg.media_item.title if seg.media_item else seg.title),
                    location=location,
                    clip_start_ms=seg.clip_start_ms,
                    clip_end_ms=seg.clip_end_ms,
                    pause_points=[cf.PausePointSpec(at_ms=p.at_ms, prompt=p.prompt) for p in seg.pause_points],
                    optional_link=link,
                )
            segments.append(
                cf.SegmentSpec.model_construct(
                    position=seg.position,
                    title=seg.title,
                    kind=SegmentKind(seg.kind),
                    minutes=max(1, whole_minutes(seg.planned_seconds)),
                    facilitator_prompt=seg.facilitator_prompt,
                    parent_takeaway=seg.parent_takeaway,
                    video=video,
                    pictures=[cf.PictureSpec.model_construct(title=p.title, file=_portable_location(p.location))
                              for p in seg.pictures],
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
    from cos_desktop.core.disc import is_disc_link, portable_location

    if is_disc_link(location):
        return portable_location(location)  # the disc and title, not where it was on this computer
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
                    part=seg.part or 1,
                    pictures=[PictureLink(title=p.title, location=p.location, size_bytes=p.size_bytes,
                                          fingerprint=p.fingerprint) for p in seg.pictures],
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
    dates: list[dt.date] | None = None,
    parts: int = 1,
) -> Group:
    """A group with its own snapshot of the template and one scheduled session per chapter, weekly
    (or on `dates`, e.g. with a holiday skipped). With parts=2 every chapter is split in two parts,
    each fitted to the session length and scheduled as a session of its own."""
    name = name.strip()
    if not name:
        raise ValueError(translate("Records", "A group needs a name."))
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
    if parts > 1:
        from cos_desktop.db.part_sessions import split_every_chapter

        split_every_chapter(session, snapshot, parts, group.session_minutes)
    sessions = [(chapter, part) for chapter in snapshot.chapters for part in range(1, chapter.part_count + 1)]
    weekly = weekly_dates(first_date, len(sessions))
    dates = list(dates or []) + weekly[len(dates or []):]
    for (chapter, part), date in zip(sessions, dates):
        group.sessions.append(SessionRun(chapter=chapter, chapter_position=chapter.position, part=part, date=date,
                                         status=RunStatus.PLANNED.value))
    return group


def add_participant(session: Session, group: Group, display_name: str, *, child_ages: str = "", consent_named: bool = False) -> Participant:
    from cos_desktop.db import records

    return records.add_participant(session, group, display_name, child_ages=child_ages, consent_named=consent_named)


def next_session(group: Group) -> SessionRun | None:
    """The first chapter of the group not yet delivered."""
    for run in group.sessions:
        if run.status != RunStatus.ENDED.value:
            return run
    return None


# ---- planning: snapshots for undo, template files, adopting template changes -----------------

LOCKED_STATUSES = (RunStatus.RUNNING.value, RunStatus.ENDED.value)


class PlanLocked(ValueError):
    """An edit would change a chapter a group has already delivered or is delivering now."""


def snapshot_curriculum(curriculum: Curriculum) -> dict:
    """The whole plan as plain data (see core.plan_edit), for undo and redo."""
    return {
        "id": curriculum.id,
        "name": curriculum.name,
        "description": curriculum.description,
        "chapters": [
            {
                "id": chapter.id,
                "position": chapter.position,
                "title": chapter.title,
                "parent_summary": chapter.parent_summary,
                "notice_this_week": chapter.notice_this_week,
                "target_minutes": chapter.target_minutes,
                "segments": [
                    {
                        "id": seg.id,
                        "position": seg.position,
                        "title": seg.title,
                        "kind": seg.kind,
                        "planned_seconds": seg.planned_seconds,
                        "facilitator_prompt": seg.facilitator_prompt,
                        "parent_takeaway": seg.parent_takeaway,
                        "media_item_id": seg.media_item_id,
                        "video_title": seg.video_title,
                        "clip_start_ms": seg.clip_start_ms,
                        "clip_end_ms": seg.clip_end_ms,
                        "optional_link_title": seg.optional_link_title,
                        "optional_link_location": seg.optional_link_location,
                        "pause_points": [[p.at_ms, p.prompt] for p in seg.pause_points],
                        "part": seg.part or 1,
                    }
                    for seg in chapter.segments
                ],
            }
            for chapter in curriculum.chapters
        ],
    }


def locked_chapter_ids(session: Session, curriculum: Curriculum) -> set[int]:
    """Chapters of this plan that a group has delivered or is delivering: never edited."""
    chapter_ids = [c.id for c in curriculum.chapters if c.id is not None]
    if not chapter_ids:
        return set()
    return set(
        session.scalars(
            select(SessionRun.chapter_id).where(
                SessionRun.chapter_id.in_(chapter_ids), SessionRun.status.in_(LOCKED_STATUSES)
            )
        )
    )


def _free_id(session: Session, model, wanted: int | None) -> int | None:
    """The old id of a row brought back by undo, unless another row has taken it since (SQLite reuses ids)."""
    if wanted is None:
        return None
    with session.no_autoflush:
        return wanted if session.get(model, wanted) is None else None


def restore_curriculum(session: Session, curriculum: Curriculum, snapshot: dict) -> None:
    """Make the plan match the snapshot exactly, keeping the ids of segments that stay.

    A segment removed and brought back by undo returns with its old id. Delivered and running
    chapters are protected: a snapshot that changes one raises PlanLocked and nothing changes.
    """
    from cos_desktop.core.plan_edit import chapter_differs

    current = snapshot_curriculum(curriculum)
    if curriculum.id is not None and not curriculum.is_template:
        if [c["id"] for c in current["chapters"]] != [c["id"] for c in snapshot["chapters"]]:
            raise PlanLocked(translate(
                "Records", "A group's chapters match its sessions: change chapters in a programme, then use it in the "
                "group."))
    for chapter_id in locked_chapter_ids(session, curriculum):
        if chapter_differs(current, snapshot, chapter_id):
            raise PlanLocked(translate(
                "Records", "This chapter has been delivered or is running, so its plan cannot change."))
    curriculum.name = snapshot["name"]
    curriculum.description = snapshot["description"]
    chapters_by_id = {c.id: c for c in curriculum.chapters}
    chapters = []
    for chapter_data in snapshot["chapters"]:
        chapter = chapters_by_id.get(chapter_data["id"]) if chapter_data["id"] is not None else None
        if chapter is None:
            chapter = ChapterPlan(id=_free_id(session, ChapterPlan, chapter_data["id"]))
        for key in ("position", "title", "parent_summary", "notice_this_week", "target_minutes"):
            if getattr(chapter, key) != chapter_data[key]:
                setattr(chapter, key, chapter_data[key])
        segments_by_id = {s.id: s for s in chapter.segments}
        segments = []
        for data in chapter_data["segments"]:
            segment = segments_by_id.get(data["id"]) if data["id"] is not None else None
            if segment is None:
                segment = SegmentPlan(id=_free_id(session, SegmentPlan, data["id"]))
            for key, value in data.items():
                if key in ("id", "pause_points"):
                    continue
                if getattr(segment, key) != value:
                    setattr(segment, key, value)
            points = [[p.at_ms, p.prompt] for p in segment.pause_points]
            if points != data["pause_points"]:
                segment.pause_points = [PausePoint(at_ms=at, prompt=prompt) for at, prompt in data["pause_points"]]
            segments.append(segment)
        if list(chapter.segments) != segments:
            chapter.segments = segments
        chapters.append(chapter)
    if list(curriculum.chapters) != chapters:
        curriculum.chapters = chapters
    session.flush()


def unique_template_name(session: Session, name: str, *, exclude_id: int | None = None) -> str:
    taken = {c.name for c in templates(session) if c.id != exclude_id}
    if name not in taken:
        return name
    n = 2
    while f"{name} ({n})" in taken:
        n += 1
    return f"{name} ({n})"


def save_as_new_programme(session: Session, source: Curriculum, name: str) -> Curriculum:
    name = name.strip()
    if not name:
        raise ValueError(translate("Records", "A programme needs a name."))
    copy = copy_curriculum(session, source, name=unique_template_name(session, name), is_template=True)
    session.flush()
    return copy


def media_needs_locating(item: MediaItem | None) -> bool:
    """A video known only by its file name (from an imported template): not found on this computer yet."""
    from cos_desktop.core import curriculum_file as cf

    if item is None or not item.location:
        return False
    if cf.is_web_address(item.location):
        return False
    from cos_desktop.core.media_links import LinkStatus, is_disc_link, location_status

    if is_disc_link(item.location):
        return location_status(item.location) is LinkStatus.MISSING
    from pathlib import PurePosixPath, PureWindowsPath

    return not (PurePosixPath(item.location).is_absolute() or PureWindowsPath(item.location).is_absolute())


def _media_for_file_name(session: Session, file_name: str, title: str, made: dict[str, MediaItem]) -> MediaItem:
    """A placeholder that still has to be located, or a file already in the library with that name."""
    from cos_desktop.core import curriculum_file as cf

    if file_name in made:
        return made[file_name]
    from cos_desktop.db.media_library import disc_item_for

    item = disc_item_for(session, file_name)  # the same disc title, already linked on this computer
    if item is None and cf.is_web_address(file_name):
        item = session.scalars(select(MediaItem).where(MediaItem.location == file_name)).first()
    elif item is None:
        from pathlib import Path

        for candidate in session.scalars(select(MediaItem).where(MediaItem.location.endswith(file_name))):
            if cf.portable_file_name(candidate.location) == file_name and Path(candidate.location).is_absolute() \
                    and Path(candidate.location).is_file():
                item = candidate
                break
    if item is None:
        item = MediaItem(title=title, location=file_name)
        session.add(item)
    made[file_name] = item
    return item


def import_curriculum(session: Session, spec: cf.CurriculumSpec) -> tuple[Curriculum, list[str]]:
    """A validated file as a new programme; returns it and the video file names still to locate."""
    made: dict[str, MediaItem] = {}
    curriculum = curriculum_from_spec(session, spec, media=lambda name, title: _media_for_file_name(session, name, title, made))
    curriculum.name = unique_template_name(session, spec.name)
    session.flush()
    from cos_desktop.core.media_links import location_label

    # Shown to the facilitator: a disc by its name and title, not its link's code.
    missing = [location_label(name) for name, item in made.items() if media_needs_locating(item)]
    return curriculum, missing


def export_curriculum(curriculum: Curriculum, path) -> "cf.CurriculumSpec":
    """Write a programme to a template file (.json or YAML); checked with the same rules as an import."""
    from cos_desktop.core import curriculum_file as cf

    spec = cf.parse_data(cf.to_plain_data(spec_from_curriculum(curriculum)))
    cf.write_file(spec, path)
    return spec


def template_by_name(session: Session, name: str) -> Curriculum | None:
    return session.scalars(
        select(Curriculum).where(Curriculum.is_template.is_(True), Curriculum.name == name).order_by(Curriculum.id)
    ).first()
