"""Reading a DVD's titles, chapters and lengths through libvlc, and where a linked disc is now.

Why libvlc: its DVD reader (dvdnav) reads the disc's own tables (the IFO files) the same way for a
drive, a DVD folder and an ISO image, with the disc protection library when it is installed, and
it is the reader that plays the disc, so the lengths shown are the lengths played. A DVD is not
"parsed" like a file (libvlc's parser skips dvd:// addresses), so the disc is opened for a moment
on a silent player (no picture, no sound) and its title descriptions are read once it plays.

Playing uses libvlc's plain DVD reader (dvdsimple://, no menus) rather than dvdnav: measured on a
generated disc, dvdnav ignores :start-time and reports the time in 0.6 s steps, while dvdsimple
starts within a frame group of :start-time and reports smooth times, which clips and pause points need.
"""

from __future__ import annotations

import time
from pathlib import Path

from cos_desktop.core.disc import (
    DiscChapter,
    DiscContents,
    DiscIdentity,
    DiscLink,
    DiscTitle,
    disc_root,
    iso_volume_id,
    looks_like_disc,
)
from cos_desktop.media.disc_drives import disc_drives

# libvlc_title_descriptions flags: the disc's menu is listed as a title of its own.
_MENU_FLAG = 0x01
READ_TIMEOUT_S = 5.0


def mrl(place: str | Path, scheme: str = "dvd", title: int | None = None) -> str:
    """A libvlc address for a disc place: dvd:///media/dvd/ or dvdsimple:///home/me/disc.iso#2."""
    uri = Path(place).absolute().as_uri()  # file:///... with spaces and accents escaped
    address = scheme + uri[len("file"):]
    if Path(place).is_dir() and not address.endswith("/"):
        address += "/"
    return address + (f"#{title}" if title else "")


def _silent_instance():
    import vlc

    return vlc.Instance(["--quiet", "--aout=dummy", "--vout=dummy", "--no-video-title-show"])


def place_name(place: str | Path, volume_id: str) -> str:
    """What to call a disc: its volume id, or for a copied folder the folder's name."""
    if volume_id:
        return volume_id
    root = disc_root(place)
    return root.name or str(root)


def read_disc(place: str | Path, *, volume_id: str | None = None, instance=None,
              timeout_s: float = READ_TIMEOUT_S) -> DiscContents | None:
    """The titles of the disc at `place` (a drive, DVD folder or ISO image), or None when it holds
    no readable DVD. `volume_id` is the drive's when known; an image or device is read for it."""
    place = disc_root(place)
    if not looks_like_disc(place):
        return None
    if volume_id is None:
        volume_id = iso_volume_id(place) if place.is_file() or place.is_block_device() else ""
    import vlc

    own = instance is None
    instance = instance or _silent_instance()
    if instance is None:
        return None
    media = instance.media_new(mrl(place))
    player = instance.media_player_new()
    try:
        player.set_media(media)
        player.audio_set_mute(True)
        player.play()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            state = player.get_state()
            if state in (vlc.State.Error, vlc.State.Ended):
                return None
            if state == vlc.State.Playing and player.get_title_count() > 0:
                break
            time.sleep(0.01)
        else:
            return None
        titles = _titles(player)
    finally:
        player.stop()
        player.release()
        media.release()
        if own:
            instance.release()
    if not titles:
        return None
    identity = DiscIdentity(volume_id, tuple(t.length_ms for t in titles))
    return DiscContents(str(place), place_name(place, volume_id), identity, tuple(titles))


def _titles(player) -> list[DiscTitle]:
    titles = []
    for index, description in enumerate(player.get_full_title_descriptions()):
        if getattr(description, "menu", False) or int(getattr(description, "flags", 0) or 0) & _MENU_FLAG:
            continue
        chapters = tuple(
            DiscChapter(n, int(c.time_offset), int(c.duration))
            for n, c in enumerate(player.get_full_chapter_descriptions(index), start=1)
        )
        titles.append(DiscTitle(len(titles) + 1, int(description.duration), chapters))
    return titles


def find_disc(link: DiscLink, *, instance=None) -> DiscContents | None:
    """The linked disc where it is now: where it was last found, else in any drive; recognised by
    its identity (volume id and title lengths), so another drive or mount point is fine."""
    candidates: list[tuple[str, str | None]] = []
    if link.at and Path(link.at).exists():
        candidates.append((link.at, None))
    candidates += [(d.place, d.volume_id) for d in disc_drives() if d.place != link.at]
    for place, volume in candidates:
        wanted = link.identity.volume_id
        if volume and wanted and volume != wanted:
            continue  # another disc: no need to open it
        contents = read_disc(place, volume_id=volume, instance=instance)
        if contents is not None and contents.identity.matches(link.identity):
            return contents
    return None
