"""A video on a DVD: which disc (its identity), which title and chapter, and how a link is written (Qt-free).

A disc is known by its identity, the volume id burnt into it plus the lengths of its titles, never
by the drive letter or the folder it was mounted on: the same disc in another drive, or its ISO
image moved to another folder, is still the same disc. A link is written as one line of text in
the media library's location, like an address:

    disc:?volume=COS_DVD&lengths=412000,95000&title=1&chapter=2&at=%2Fmedia%2Fdvd

`at` is where the disc was last found on this computer (a drive's mount point or device, a DVD
folder, an ISO file). It is only a hint: a template file leaves it out (see `portable`), and the
player looks in the drives when the disc is not there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

DISC_PREFIX = "disc:"
ISO_SUFFIXES = frozenset({".iso", ".img"})
# Title lengths read from the same disc agree to the frame; a second allows for a reader rounding.
LENGTH_TOLERANCE_MS = 1000
# ISO 9660: the primary volume descriptor is at sector 16; its volume id is 32 bytes at offset 40.
_PVD_OFFSET = 16 * 2048
_VOLUME_ID = slice(40, 72)


@dataclass(frozen=True)
class DiscIdentity:
    """What makes a disc the same disc: its volume id ("" when unknown, e.g. a copied folder) and
    the lengths of its titles in milliseconds, in order."""

    volume_id: str
    title_lengths: tuple[int, ...]

    def matches(self, other: DiscIdentity) -> bool:
        if self.volume_id and other.volume_id and self.volume_id != other.volume_id:
            return False
        if len(self.title_lengths) != len(other.title_lengths) or not self.title_lengths:
            return False
        return all(abs(a - b) <= LENGTH_TOLERANCE_MS for a, b in zip(self.title_lengths, other.title_lengths))


@dataclass(frozen=True)
class DiscChapter:
    number: int  # from 1
    start_ms: int  # in the title
    length_ms: int


@dataclass(frozen=True)
class DiscTitle:
    number: int  # from 1, as the disc's remote control counts them
    length_ms: int
    chapters: tuple[DiscChapter, ...] = ()

    def chapter(self, number: int | None) -> DiscChapter | None:
        return next((c for c in self.chapters if c.number == number), None)


@dataclass(frozen=True)
class DiscContents:
    """A disc as read: where it is, its name and identity, and its titles."""

    place: str
    name: str
    identity: DiscIdentity
    titles: tuple[DiscTitle, ...] = ()

    def title(self, number: int) -> DiscTitle | None:
        return next((t for t in self.titles if t.number == number), None)


@dataclass(frozen=True)
class DiscLink:
    identity: DiscIdentity
    title: int
    chapter: int | None = None
    name: str = ""  # what the facilitator calls the disc: its volume name, or the copied folder's name
    at: str = ""  # where it was last found on this computer

    @property
    def display_name(self) -> str:
        return self.name or self.identity.volume_id or "DVD"

    @property
    def title_length_ms(self) -> int | None:
        lengths = self.identity.title_lengths
        return lengths[self.title - 1] if 0 < self.title <= len(lengths) else None

    def location(self) -> str:
        fields = {"volume": self.identity.volume_id, "name": self.name if self.name != self.identity.volume_id else "",
                  "lengths": ",".join(str(n) for n in self.identity.title_lengths), "title": str(self.title),
                  "chapter": str(self.chapter) if self.chapter else "", "at": self.at}
        return DISC_PREFIX + "?" + urlencode({k: v for k, v in fields.items() if v}, safe=",")

    def portable(self) -> str:
        """The link as a template file carries it: the disc and title, not this computer's folders."""
        return replace(self, at="").location()

    def moved_to(self, place: str | Path) -> DiscLink:
        return replace(self, at=str(place))

    def same_video(self, other: DiscLink) -> bool:
        return self.identity.matches(other.identity) and (self.title, self.chapter) == (other.title, other.chapter)


def is_disc_link(location: str | None) -> bool:
    return bool(location) and location.startswith(DISC_PREFIX)


def parse_link(location: str) -> DiscLink | None:
    """The link a location holds, or None when it is not a (well-formed) disc link."""
    if not is_disc_link(location):
        return None
    fields = dict(parse_qsl(location[len(DISC_PREFIX):].lstrip("?")))
    try:
        lengths = tuple(int(n) for n in fields.get("lengths", "").split(",") if n)
        title = int(fields.get("title", "1"))
        chapter = int(fields["chapter"]) if fields.get("chapter") else None
    except ValueError:
        return None
    volume = fields.get("volume", "")
    return DiscLink(DiscIdentity(volume, lengths), title, chapter, fields.get("name", volume), fields.get("at", ""))


def portable_location(location: str) -> str:
    link = parse_link(location)
    return link.portable() if link is not None else location


def link_for(contents: DiscContents, title: int, chapter: int | None = None) -> DiscLink:
    return DiscLink(contents.identity, title, chapter, contents.name, contents.place)


def looks_like_disc(place: str | Path) -> bool:
    """A DVD folder (with VIDEO_TS), an ISO image, or a drive's device: something a DVD can be read from."""
    path = Path(place)
    if path.is_dir():
        return video_ts_folder(path) is not None
    if path.suffix.lower() in ISO_SUFFIXES:
        return path.is_file()
    return path.is_block_device() if path.exists() else False


def video_ts_folder(folder: Path) -> Path | None:
    """The VIDEO_TS folder of a disc folder (or the folder itself when it is VIDEO_TS)."""
    if folder.name.upper() == "VIDEO_TS" and folder.is_dir():
        return folder
    try:
        return next((p for p in folder.iterdir() if p.name.upper() == "VIDEO_TS" and p.is_dir()), None)
    except OSError:
        return None


def disc_root(place: str | Path) -> Path:
    """The folder above VIDEO_TS (where a player expects a disc folder), or the image/device itself."""
    path = Path(place)
    return path.parent if path.name.upper() == "VIDEO_TS" and path.is_dir() else path


def iso_volume_id(place: str | Path) -> str:
    """The volume id written in an ISO image or a disc device ("" when it cannot be read)."""
    try:
        with open(place, "rb") as f:
            f.seek(_PVD_OFFSET)
            block = f.read(2048)
    except OSError:
        return ""
    if len(block) < 72 or block[0] != 1 or block[1:6] != b"CD001":
        return ""
    return block[_VOLUME_ID].decode("ascii", "replace").strip()

