"""Linking a video by file or web address: what a location is, and what state a link is in (Qt-free)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from urllib.parse import urlparse

from cos_desktop.core.disc import is_disc_link, parse_link
from cos_desktop.core.translation import translate

VIDEO_SUFFIXES = frozenset(
    ".mp4 .m4v .mov .mkv .avi .wmv .webm .mpg .mpeg .ts .m2ts .mts .vob .ogv .flv .3gp".split()
)
ADDRESS_SCHEMES = frozenset({"http", "https", "rtsp", "rtmp", "mms", "ftp"})


def is_address(location: str) -> bool:
    return "://" in location and not location.lower().startswith("file://")


class LinkStatus(StrEnum):
    NOT_LINKED = "not-linked"
    FOUND = "found"
    MISSING = "missing"
    ADDRESS = "address"


class LinkError(ValueError):
    """A file or address that cannot be linked; the message says why in plain words."""


def location_status(location: str | None) -> LinkStatus:
    if not location:
        return LinkStatus.NOT_LINKED
    if is_disc_link(location):
        # Where the disc was last found; whether it is the same disc is for the check to tell.
        link = parse_link(location)
        return LinkStatus.FOUND if link is not None and link.at and Path(link.at).exists() else LinkStatus.MISSING
    if is_address(location):
        return LinkStatus.ADDRESS
    path = Path(location)
    # A bare file name (from an imported programme file) is missing until it is located.
    return LinkStatus.FOUND if path.is_absolute() and path.is_file() else LinkStatus.MISSING


def location_label(location: str) -> str:
    """A location as a person reads it: a disc link names the disc, title and chapter, not its code."""
    link = parse_link(location)
    if link is None:
        return location
    if link.chapter:
        words = translate("Media", "disc \u201c{name}\u201d, title {title}, chapter {chapter}")
    else:
        words = translate("Media", "disc \u201c{name}\u201d, title {title}")
    text = words.format(name=link.display_name, title=link.title, chapter=link.chapter)
    return translate("Media", "{disc}, last found at {place}").format(disc=text, place=link.at) if link.at else text


def title_from_path(path: Path) -> str:
    return path.stem.replace("_", " ").strip() or path.name


def check_address(address: str) -> str:
    address = address.strip()
    parsed = urlparse(address)
    if parsed.scheme.lower() not in ADDRESS_SCHEMES or not parsed.netloc:
        raise LinkError(translate(
            "Media", "That does not look like a web address. It should start with https:// (or http://)."))
    return address


def looks_like_video(path: Path) -> bool:
    return path.suffix.lower() in VIDEO_SUFFIXES
