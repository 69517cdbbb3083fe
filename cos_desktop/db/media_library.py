"""The media library in the database: linking files and addresses to segments, finding missing files, relinking.

A MediaItem keeps the file's size and a fingerprint (a hash of its first and last blocks), so a
moved file can be recognised in a new folder even when it was renamed. The rules for a location live in core.media_links.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cos_desktop.core.disc import DISC_PREFIX, DiscContents, DiscLink, is_disc_link, parse_link
from cos_desktop.core.media_files import fingerprint
from cos_desktop.core.translation import translate
from cos_desktop.core.media_links import (  # noqa: F401 (part of the library API)
    LinkError,
    LinkStatus,
    check_address,
    location_label,
    location_status,
    looks_like_video,
    title_from_path,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cos_desktop.db.models import MediaItem, SegmentPlan

# SQLAlchemy and the models are imported inside the functions that query: the main window
# imports this module while it is being built, before the database opens.


def status_of(item: MediaItem | None) -> LinkStatus:
    return location_status(item.location if item is not None else None)


def segment_status(segment: SegmentPlan) -> LinkStatus:
    return status_of(segment.media_item)


def _item_for_location(session: Session, location: str) -> MediaItem | None:
    from sqlalchemy import select

    from cos_desktop.db.models import MediaItem

    return session.scalars(select(MediaItem).where(MediaItem.location == location).order_by(MediaItem.id)).first()


def link_file(session: Session, segment: SegmentPlan, path: str | os.PathLike, *, title: str | None = None) -> MediaItem:
    """Link a local video file to a segment (reusing the library entry for the same file)."""
    from cos_desktop.db.models import MediaItem
    from cos_desktop.db.plans import check_editable

    check_editable(session, segment)
    path = Path(path).expanduser()
    try:
        path = path.resolve()
    except OSError:
        pass
    if not path.exists():
        raise LinkError(f"There is no file at {path}.")
    if not path.is_file():
        raise LinkError(f"{path.name} is a folder, not a video file.")
    item = _item_for_location(session, str(path))
    if item is None:
        item = MediaItem(title=(title or segment.video_title or title_from_path(path))[:200], location=str(path))
        session.add(item)
    refresh_file_facts(item)
    segment.media_item = item
    session.flush()
    return item


def link_address(session: Session, segment: SegmentPlan, address: str, *, title: str | None = None) -> MediaItem:
    from cos_desktop.db.models import MediaItem
    from cos_desktop.db.plans import check_editable

    check_editable(session, segment)
    address = check_address(address)
    item = _item_for_location(session, address)
    if item is None:
        item = MediaItem(title=(title or segment.video_title or address)[:200], location=address)
        session.add(item)
    segment.media_item = item
    session.flush()
    return item


def link_disc(session: Session, segment: SegmentPlan, link: DiscLink, *, title: str | None = None) -> MediaItem:
    """Link a DVD title (or one of its chapters) to a segment; a chapter becomes the segment's clip."""
    from cos_desktop.db.models import MediaItem
    from cos_desktop.db.plans import check_editable

    check_editable(session, segment)
    item = disc_item_for(session, link.location())
    if item is None:
        item = MediaItem(title=(title or segment.video_title or link.display_name)[:200], location=link.location())
        session.add(item)
    else:
        item.location = link.location()  # where it is now
    item.duration_ms = link.title_length_ms
    segment.media_item = item
    session.flush()
    return item


def set_clip(session: Session, segment: SegmentPlan, start_ms: int | None, end_ms: int | None) -> None:
    from cos_desktop.db.plans import check_editable

    check_editable(session, segment)
    segment.clip_start_ms, segment.clip_end_ms = start_ms, end_ms
    session.flush()


def relink_disc(session: Session, item: MediaItem, found: DiscContents) -> MediaItem:
    """Point a disc link at where its disc is now (a drive, a moved image or folder), if it is the same disc."""
    link = parse_link(item.location)
    if link is None:
        raise LinkError(translate("Media", "This video is not linked to a disc."))
    if not link.identity.matches(found.identity):
        raise LinkError(translate("Media", "This is not the same disc: \u201c{found}\u201d is not \u201c{linked}\u201d "
                                  "(its titles differ).").format(found=found.name, linked=link.display_name))
    item.location = link.moved_to(found.place).location()
    session.flush()
    return item


def disc_item_for(session: Session, location: str) -> MediaItem | None:
    """The library's entry for the same disc title (wherever that disc was found), if any."""
    link = parse_link(location)
    if link is None:
        return None
    return next((i for i in _disc_items(session) if parse_link(i.location).same_video(link)), None)


def _disc_items(session: Session) -> list[MediaItem]:
    from sqlalchemy import select

    from cos_desktop.db.models import MediaItem

    return list(session.scalars(select(MediaItem).where(MediaItem.location.startswith(DISC_PREFIX))
                                .order_by(MediaItem.id)))


def unlink(session: Session, segment: SegmentPlan) -> None:
    from cos_desktop.db.plans import check_editable

    check_editable(session, segment)
    segment.media_item = None
    session.flush()


def refresh_file_facts(item: MediaItem) -> None:
    if is_disc_link(item.location):
        return  # a disc is known by its identity, not by a file's size and fingerprint
    path = Path(item.location)
    item.size_bytes = path.stat().st_size
    item.fingerprint = fingerprint(path)


def record_duration(item: MediaItem, duration_ms: int | None) -> None:
    if duration_ms:
        item.duration_ms = int(duration_ms)


def segments_using(session: Session, item: MediaItem) -> list[SegmentPlan]:
    from sqlalchemy import select

    from cos_desktop.db.models import SegmentPlan

    return list(session.scalars(select(SegmentPlan).where(SegmentPlan.media_item_id == item.id).order_by(SegmentPlan.id)))


def missing_items(session: Session) -> list[MediaItem]:
    from sqlalchemy import select

    from cos_desktop.db.models import MediaItem

    items = session.scalars(select(MediaItem).order_by(MediaItem.id))
    return [item for item in items if status_of(item) is LinkStatus.MISSING]


@dataclass
class RelinkResult:
    item: MediaItem
    same_file: bool | None  # False: the fingerprint differs (a different file, or edited); None: unknown
    others_found: list[tuple[MediaItem, Path]]


def relink(session: Session, item: MediaItem, new_path: str | os.PathLike) -> RelinkResult:
    """Point a (moved) item at its new file and look in that folder for other missing files."""
    new_path = Path(new_path).resolve()
    if not new_path.is_file():
        raise LinkError(f"There is no file at {new_path}.")
    old_fingerprint = item.fingerprint
    item.location = str(new_path)
    refresh_file_facts(item)
    same = None if not old_fingerprint else old_fingerprint == item.fingerprint
    session.flush()
    others = find_in_folder(session, new_path.parent, exclude=item)
    return RelinkResult(item=item, same_file=same, others_found=others)


def find_in_folder(session: Session, folder: Path, *, exclude: MediaItem | None = None) -> list[tuple[MediaItem, Path]]:
    """Missing items whose file is in `folder`: by name, or by fingerprint when renamed."""
    missing = [m for m in missing_items(session) if exclude is None or m.id != exclude.id]
    if not missing:
        return []
    try:
        files = [p for p in Path(folder).iterdir() if p.is_file()]
    except OSError:
        return []
    by_name = {p.name: p for p in files}
    by_size: dict[int, list[Path]] = {}
    for p in files:
        try:
            by_size.setdefault(p.stat().st_size, []).append(p)
        except OSError:
            continue
    found: list[tuple[MediaItem, Path]] = []
    taken: set[Path] = set()
    for item in missing:
        name = Path(item.location).name
        candidate = by_name.get(name)
        if candidate is not None and item.fingerprint and fingerprint(candidate) != item.fingerprint:
            candidate = None  # same name, different file
        if candidate is None and item.size_bytes is not None and item.fingerprint:
            for p in by_size.get(item.size_bytes, []):
                if p not in taken and fingerprint(p) == item.fingerprint:
                    candidate = p
                    break
        if candidate is not None and candidate not in taken:
            taken.add(candidate)
            found.append((item, candidate))
    return found


def apply_relinks(session: Session, pairs: list[tuple[MediaItem, Path]]) -> int:
    for item, path in pairs:
        item.location = str(Path(path).resolve())
        refresh_file_facts(item)
    session.flush()
    return len(pairs)
