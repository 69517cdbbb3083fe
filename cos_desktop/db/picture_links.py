"""Pictures the facilitator shows the room, linked like videos (see db/media_library.py).

A picture stays a file where the facilitator keeps it; the database holds its location, size and
a fingerprint, so a moved or renamed file is found again. Linked to a segment, or to the picture
library (no segment) from where any segment can show it. Pictures never travel in exported
programme files. Reads return plain values; writes flush and are finished by
db.transactions.committed. Whether a file really is a picture is checked where it is drawn (Qt).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cos_desktop.core.media_files import fingerprint
from cos_desktop.core.media_links import LinkError, LinkStatus, location_status, title_from_path
from cos_desktop.core.translation import translate
from cos_desktop.db.models import PictureLink

PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg", ".svgz"})


@dataclass(frozen=True)
class PictureRow:
    id: int
    title: str
    location: str
    segment_id: int | None  # None: in the picture library
    status: LinkStatus  # FOUND or MISSING

    @property
    def missing(self) -> bool:
        return self.status is not LinkStatus.FOUND


def looks_like_picture(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in PICTURE_SUFFIXES


def _row(link: PictureLink) -> PictureRow:
    status = location_status(link.location)
    return PictureRow(link.id, link.title, link.location, link.segment_id,
                      LinkStatus.FOUND if status is LinkStatus.FOUND else LinkStatus.MISSING)


# ---- reading ----------------------------------------------------------------------------------
def pictures_for(session: Session, segment_id: int | None) -> list[PictureRow]:
    """The segment's own pictures first, then the library's, each in the order they were added."""
    own = []
    if segment_id is not None:
        own = session.scalars(select(PictureLink).where(PictureLink.segment_id == segment_id)
                              .order_by(PictureLink.id)).all()
    library = session.scalars(select(PictureLink).where(PictureLink.segment_id.is_(None))
                              .order_by(PictureLink.id)).all()
    return [_row(link) for link in [*own, *library]]


def missing_pictures(session: Session) -> list[PictureLink]:
    links = session.scalars(select(PictureLink).order_by(PictureLink.id))
    return [link for link in links if _row(link).missing]


# ---- writing ----------------------------------------------------------------------------------
def _checked_file(path: str | os.PathLike) -> Path:
    path = Path(path).expanduser()
    try:
        path = path.resolve()
    except OSError:
        pass
    if not path.is_file():
        raise LinkError(translate("Pictures", "There is no picture file at {path}.").format(path=path))
    if not looks_like_picture(path):
        raise LinkError(translate("Pictures", "{name} is not a picture COS Desktop can show. Choose a PNG, JPEG or "
                                  "SVG file.").format(name=path.name))
    return path


def _refresh_facts(link: PictureLink) -> None:
    path = Path(link.location)
    link.size_bytes = path.stat().st_size
    link.fingerprint = fingerprint(path)


def link_picture(session: Session, path: str | os.PathLike, *, segment_id: int | None = None,
                 title: str | None = None) -> PictureRow:
    """Link a picture file to a segment, or to the library when `segment_id` is None."""
    path = _checked_file(path)
    existing = session.scalars(select(PictureLink).where(PictureLink.location == str(path),
                                                         PictureLink.segment_id.is_(None) if segment_id is None
                                                         else PictureLink.segment_id == segment_id)).first()
    if existing is not None:
        return _row(existing)  # already there: linking it twice would list it twice
    link = PictureLink(title=(title or title_from_path(path))[:200], location=str(path), segment_id=segment_id)
    _refresh_facts(link)
    session.add(link)
    session.flush()
    return _row(link)


def unlink_picture(session: Session, picture_id: int) -> None:
    link = session.get(PictureLink, picture_id)
    if link is not None:
        session.delete(link)
        session.flush()


def relink_picture(session: Session, picture_id: int, new_path: str | os.PathLike) -> int:
    """Point a moved picture at its new file; other missing pictures in that folder are found too
    (by name, or by fingerprint when renamed). Returns how many others were found."""
    path = _checked_file(new_path)
    link = session.get(PictureLink, picture_id)
    if link is None:
        raise LinkError(translate("Pictures", "That picture is no longer linked."))
    link.location = str(path)
    _refresh_facts(link)
    found = find_in_folder(session, path.parent)
    for other, other_path in found:
        other.location = str(other_path)
        _refresh_facts(other)
    session.flush()
    return len(found)


def find_in_folder(session: Session, folder: Path) -> list[tuple[PictureLink, Path]]:
    """Missing pictures whose file is in `folder`: by name, or by fingerprint when renamed."""
    missing = missing_pictures(session)
    if not missing:
        return []
    try:
        files = [p for p in Path(folder).iterdir() if p.is_file() and looks_like_picture(p)]
    except OSError:
        return []
    found: list[tuple[PictureLink, Path]] = []
    for link in missing:
        same_name = [p for p in files if p.name == Path(link.location).name]
        candidates = same_name or [p for p in files if p.stat().st_size == link.size_bytes]
        for candidate in candidates:
            if not link.fingerprint or fingerprint(candidate) == link.fingerprint:
                found.append((link, candidate))
                break
    return found
