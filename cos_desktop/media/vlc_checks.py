"""Checking a location with libvlc before playing it: the file itself, a parse, a short decode.

A mixin of VlcBackend: it uses the backend's `_vlc` module and `_instance`, and keeps a second,
silent instance for the decode check so the player on screen is never disturbed.
"""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import unquote, urlparse

from cos_desktop.core.disc import DiscContents, is_disc_link, parse_link
from cos_desktop.core.media_files import looks_like_text, mp4_cut_short
from cos_desktop.media.backend import Clip, MediaInfo, Problem, is_address


# libvlc buffers this long before the first picture of a local file (its default, 300 ms, made the
# first frame on the projector ~470 ms after Space; 150 ms gives ~330 ms, see bench/latency.py).
LOCAL_FILE_CACHING_MS = 150


def _value(enum_or_int) -> int:
    """python-vlc returns its enums as ctypes integers."""
    return int(getattr(enum_or_int, "value", enum_or_int) or 0)


def _now() -> float:
    return time.monotonic()


def local_path(location: str) -> Path | None:
    """The file a location names, or None for an address."""
    if location.lower().startswith("file://"):
        return Path(unquote(urlparse(location).path))
    if is_address(location):
        return None
    return Path(location)


class VlcChecks:
    """probe / begin_check / check_result for VlcBackend."""

    _vlc = None
    _instance = None
    _probe_instance = None
    _pending_check = None
    _discs_found: dict | None = None  # location -> where its disc is now (None: not found)

    # ---- discs ------------------------------------------------------------------------------
    def _silent_instance(self):
        if self._probe_instance is None:
            self._probe_instance = self._vlc.Instance(["--quiet", "--aout=dummy", "--vout=dummy",
                                                       "--no-video-title-show"])
        return self._probe_instance

    def _disc(self, location: str) -> DiscContents | None:
        """Where a linked disc is now; looked for once per load (a drive scan opens each disc)."""
        from cos_desktop.media.disc_reader import find_disc

        if self._discs_found is None:
            self._discs_found = {}
        if location not in self._discs_found:
            link = parse_link(location)
            self._discs_found[location] = find_disc(link, instance=self._silent_instance()) if link else None
        return self._discs_found[location]

    def _forget_discs(self) -> None:
        self._discs_found = None

    def _disc_media(self, instance, location: str, clip: Clip | None, start_ms: int | None):
        from cos_desktop.media.disc_reader import mrl

        link = parse_link(location)
        found = self._disc(location)
        place = found.place if found is not None else (link.at if link and link.at else "/no-disc")
        media = instance.media_new(mrl(place, "dvdsimple", link.title if link else 1))
        if clip is not None:
            start = clip.start_ms if start_ms is None else start_ms
            if start:
                media.add_option(f":start-time={start / 1000:.3f}")
            # The plain DVD reader plays on into the next title: stop at the end of this one.
            end = clip.end_ms if clip.end_ms is not None else (link.title_length_ms if link else None)
            if end:
                media.add_option(f":stop-time={end / 1000:.3f}")
        return media

    def _left_the_title(self, player, location: str) -> bool:
        """True once the plain DVD reader has gone on into the next title (it does, whatever :stop-time
        says, when a seek lands late): the linked title has ended."""
        link = parse_link(location)
        if link is None:
            return False
        # From 0 for the plain reader; it may show title 0 for a moment while it goes to the linked one.
        return player.get_title() > link.title - 1

    def _disc_checks(self, location: str, info: MediaInfo) -> tuple[MediaInfo, bool]:
        link = parse_link(location)
        info.details["name"] = link.display_name if link is not None else location
        found = self._disc(location) if link is not None else None
        title = found.title(link.title) if found is not None else None
        if title is None:
            info.problems.append(Problem.DISC_MISSING)
            return info, True
        # A disc is not parsed like a file: its title's length is what the disc's tables say.
        info.duration_ms = title.length_ms
        info.video_tracks = 1
        info.details["disc"] = found.place
        return info, True

    def _new_media(self, instance, location: str, clip: Clip | None = None, start_ms: int | None = None):
        if is_disc_link(location):
            return self._disc_media(instance, location, clip, start_ms)
        path = local_path(location)
        media = instance.media_new_path(str(path)) if path is not None else instance.media_new(location)
        if clip is not None:  # to play (a check passes no clip)
            if path is not None:
                media.add_option(f":file-caching={LOCAL_FILE_CACHING_MS}")
            start = clip.start_ms if start_ms is None else start_ms
            if start:
                media.add_option(f":start-time={start / 1000:.3f}")
            if clip.end_ms is not None:
                media.add_option(f":stop-time={clip.end_ms / 1000:.3f}")
        return media

    def _file_checks(self, location: str) -> tuple[MediaInfo, bool]:
        """What can be told from the file alone (microseconds); True when nothing more can be checked."""
        info = MediaInfo(location=location)
        if not location:
            info.problems.append(Problem.NOT_LINKED)
            return info, True
        if is_disc_link(location):
            return self._disc_checks(location, info)
        path = local_path(location)
        info.details["name"] = path.name if path is not None else location
        if path is None:
            return info, False
        try:
            size = path.stat().st_size
        except OSError:
            info.problems.append(Problem.MISSING)
            return info, True
        if not path.is_file():
            info.problems.append(Problem.NOT_A_VIDEO)
            return info, True
        if size == 0:
            info.problems.append(Problem.EMPTY)
            return info, True
        if looks_like_text(path):
            info.problems.append(Problem.NOT_A_VIDEO)
            return info, True
        if mp4_cut_short(path):
            info.problems.append(Problem.TRUNCATED)
        return info, False

    def _start_parse(self, location: str, timeout_ms: int):
        media = self._new_media(self._instance, location)
        flags = self._vlc.MediaParseFlag(0x01 if local_path(location) is None else 0x00)
        media.parse_with_options(flags, timeout_ms)
        return media

    def _finish_parse(self, media, info: MediaInfo, status: int) -> bool:
        """Fill `info` from a parsed media (and release it); True when it has tracks to play."""
        vlc = self._vlc
        is_local = local_path(info.location) is not None
        # libvlc_media_parsed_status: 1 skipped, 2 failed, 3 timeout, 4 done
        if status != 4:
            media.release()
            if not is_local:
                info.problems.append(Problem.UNREACHABLE)
            elif not local_path(info.location).exists():
                info.problems.append(Problem.MISSING)  # gone since the file checks
            elif Problem.TRUNCATED not in info.problems:
                info.problems.append(Problem.NOT_A_VIDEO)
            return False
        duration = media.get_duration()
        info.duration_ms = duration if duration and duration > 0 else None
        tracks = list(media.tracks_get() or [])
        info.video_tracks = sum(1 for t in tracks if t.type == vlc.TrackType.video)
        info.audio_tracks = sum(1 for t in tracks if t.type == vlc.TrackType.audio)
        subitems = media.subitems()
        info.details["subitems"] = "1" if subitems is not None and subitems.count() > 0 else ""
        media.release()
        if not is_local and not tracks:
            return False  # a web page that resolves to the video only when played
        if not tracks:
            if Problem.TRUNCATED not in info.problems:
                info.problems.append(Problem.DAMAGED)
            return False
        if info.video_tracks == 0:
            info.problems.append(Problem.NO_VIDEO_TRACK)
        if info.audio_tracks == 0:
            info.problems.append(Problem.NO_AUDIO_TRACK)
        return True

    def probe(self, location: str, *, decode: bool = False, timeout_ms: int = 3000) -> MediaInfo:
        self._forget_discs()  # a check looks in the drives again (the disc may have been put in)
        info, done = self._file_checks(location)
        if done:
            if decode and info.details.get("disc"):
                self._decode_check(location, info)
            return info
        media = self._start_parse(location, timeout_ms)
        deadline = _now() + timeout_ms / 1000 + 0.5
        status = _value(media.get_parsed_status())
        while not status and _now() < deadline:
            time.sleep(0.005)
            status = _value(media.get_parsed_status())
        playable = self._finish_parse(media, info, status)
        if decode and Problem.TRUNCATED not in info.problems:
            if playable and info.video_tracks:
                self._decode_check(location, info)
            elif local_path(location) is None and status == 4 and not info.details.get("subitems"):
                self._decode_check(location, info)
        return info

    def begin_check(self, location: str, timeout_ms: int = 3000) -> MediaInfo:
        self._abandon_check()
        info, done = self._file_checks(location)
        # The player's own start comes first: the parse begins on the next check_result() call.
        self._pending_check = (None if done else (location, timeout_ms), info, 0.0)
        return info

    def check_result(self) -> MediaInfo | None:
        if self._pending_check is None:
            return None
        media, info, deadline = self._pending_check
        if media is None:
            self._pending_check = None
            return info
        if isinstance(media, tuple):
            location, timeout_ms = media
            self._pending_check = (self._start_parse(location, timeout_ms), info, _now() + timeout_ms / 1000 + 0.5)
            return None
        status = _value(media.get_parsed_status())
        if not status and _now() < deadline:
            return None
        self._pending_check = None
        self._finish_parse(media, info, status)
        return info

    def _abandon_check(self) -> None:
        if self._pending_check is not None:
            if self._pending_check[0] is not None and not isinstance(self._pending_check[0], tuple):
                self._pending_check[0].release()
            self._pending_check = None

    def _decode_check(self, location: str, info: MediaInfo, timeout_s: float = 3.0) -> None:
        """Play a moment with no picture or sound shown, and see that frames come out."""
        vlc = self._vlc
        media = self._new_media(self._silent_instance(), location)
        player = self._probe_instance.media_player_new()
        player.set_media(media)
        player.audio_set_mute(True)
        stats = vlc.MediaStats()
        decoded = 0
        player.play()
        deadline = _now() + timeout_s
        ended = False
        while _now() < deadline:
            if media.get_stats(stats) and stats.decoded_video > 0:
                decoded = stats.decoded_video
                break
            if player.get_state() in (vlc.State.Ended, vlc.State.Error):
                ended = True
                media.get_stats(stats)
                decoded = stats.decoded_video
                break
            time.sleep(0.01)
        player.stop()
        player.release()
        media.release()
        if decoded == 0:
            if is_address(location) and (ended or not info.video_tracks):
                info.problems.append(Problem.UNREACHABLE)
            elif info.video_tracks or not is_address(location):
                info.problems.append(Problem.UNSUPPORTED)

