"""DVD titles, identity and playback through real libvlc, on a small generated disc."""

from __future__ import annotations

import shutil
import time

import pytest

from cos_desktop.core.disc import DiscIdentity, is_disc_link, link_for, parse_link, portable_location
from cos_desktop.media.backend import Clip, Fix, PlaybackState, Problem, fixes_for
from cos_desktop.media.disc_drives import DRIVES_ENV, disc_drives, mounted_discs
from cos_desktop.media.disc_reader import find_disc, read_disc
from cos_desktop.media.playback import Cue
from tests.media.test_playback import TOLERANCE_MS, backend, playback, run_until  # noqa: F401 (fixtures)


def test_titles_and_lengths_are_read_from_the_image_and_the_folder(test_disc):
    iso = read_disc(test_disc.iso)
    folder = read_disc(test_disc.folder)
    assert iso.name == "COS_TEST" and iso.identity.volume_id == "COS_TEST"
    assert [t.number for t in iso.titles] == [1, 2]
    assert abs(iso.titles[0].length_ms - 4000) <= 100 and abs(iso.titles[1].length_ms - 3000) <= 100
    first = iso.titles[0]
    assert len(first.chapters) == 2 and first.chapters[0].start_ms == 0
    assert 1500 <= first.chapters[1].start_ms <= 2100
    assert folder.identity.title_lengths == iso.identity.title_lengths
    assert folder.identity.matches(iso.identity)  # a copied folder is the same disc
    assert folder.name == "disc"  # a copied folder is called by its name


def test_a_folder_that_is_not_a_disc_reads_as_nothing(tmp_path):
    (tmp_path / "notes.txt").write_text("not a disc")
    assert read_disc(tmp_path) is None
    assert read_disc(tmp_path / "missing.iso") is None


def test_identity_needs_the_same_volume_and_title_lengths():
    disc = DiscIdentity("COS_DVD", (412000, 95000))
    assert disc.matches(DiscIdentity("COS_DVD", (412040, 95000)))
    assert disc.matches(DiscIdentity("", (412000, 95000)))  # a copied folder keeps no volume id
    assert not disc.matches(DiscIdentity("OTHER", (412000, 95000)))
    assert not disc.matches(DiscIdentity("COS_DVD", (412000,)))
    assert not disc.matches(DiscIdentity("COS_DVD", (300000, 95000)))


def test_a_link_keeps_the_disc_and_title_and_travels_without_the_folder(test_disc):
    link = link_for(read_disc(test_disc.iso), 1, 2)
    location = link.location()
    assert is_disc_link(location) and parse_link(location) == link
    assert str(test_disc.iso.parent) not in portable_location(location).replace("%2F", "/")
    assert "at=" not in portable_location(location)
    assert parse_link(portable_location(location)).same_video(link)
    assert parse_link("disc:?title=x") is None


def test_a_title_plays_with_a_pause_point_and_stops_at_the_end_of_the_title(playback, test_disc):
    location = link_for(read_disc(test_disc.iso), 1).location()
    cues = [Cue(1500, "What do you notice?")]
    info = playback.open(location, Clip(), cues)
    assert info.problems == []
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.PAUSED)
    assert playback.cues_hit == cues
    assert abs(playback.backend.position_ms() - 1500) <= TOLERANCE_MS
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.ENDED)
    assert playback.backend.position_ms() <= 4000 + TOLERANCE_MS  # not on into title 2


def test_a_clip_of_the_second_title_starts_and_stops_where_it_is_set(playback, test_disc):
    location = link_for(read_disc(test_disc.folder), 2).location()
    playback.open(location, Clip(1000, 2200))
    playback.play()
    seen = []
    run_until(playback, lambda: playback.backend.state is PlaybackState.ENDED,
              sample=lambda b: seen.append(b._player.get_time()))
    played = [t for t in seen if t and t > 0]
    assert played and min(played) >= 1000 - TOLERANCE_MS
    assert max(played) <= 2200 + TOLERANCE_MS


def test_a_missing_disc_asks_for_it_by_name_and_is_found_in_a_drive(backend, test_disc, tmp_path, monkeypatch):
    iso = test_disc.copy_iso(tmp_path / "copied")
    location = link_for(read_disc(iso), 1).location()
    monkeypatch.setenv(DRIVES_ENV, "")
    iso.unlink()
    info = backend.probe(location)
    assert info.problems == [Problem.DISC_MISSING]
    assert fixes_for(Problem.DISC_MISSING, location) == [Fix.CHECK_AGAIN, Fix.LOCATE]
    backend.load(location, Clip())
    backend.play()
    deadline = time.monotonic() + 10
    while backend.state is not PlaybackState.ERROR and time.monotonic() < deadline:
        backend.poll()
        time.sleep(0.01)
    assert backend.problem is Problem.DISC_MISSING  # nothing to play: the message says what to do
    assert "Insert the disc \u201cCOS_TEST\u201d" in backend.message
    # The disc in a drive: a mount point named after the volume, as Linux and macOS name it.
    drive = tmp_path / "media" / "COS_TEST"
    shutil.copytree(test_disc.folder, drive)
    monkeypatch.setenv(DRIVES_ENV, str(drive))
    assert [d.volume_id for d in disc_drives()] == ["COS_TEST"]
    info = backend.probe(location, decode=True)
    assert info.problems == [] and abs(info.duration_ms - 4000) <= 100
    assert find_disc(parse_link(location)).place == str(drive)


def test_another_disc_in_the_drive_is_not_taken_for_the_linked_one(test_disc, tmp_path, monkeypatch):
    link = link_for(read_disc(test_disc.iso), 1)
    other = tmp_path / "OTHER_DISC"
    shutil.copytree(test_disc.folder, other)
    monkeypatch.setenv(DRIVES_ENV, str(other))
    moved = parse_link(link.location()).moved_to(tmp_path / "gone.iso")
    assert find_disc(moved) is None


def test_disc_drives_are_found_in_the_mount_table():
    # A physical drive cannot be plugged in here: the mount table's text stands in for it.
    mounts = ("/dev/sda1 / ext4 rw 0 0\n/dev/sr0 /media/anna/COS\\040DVD iso9660 ro,nosuid 0 0\n"
              "/dev/sr1 /media/anna/DATA udf ro 0 0\n")
    assert mounted_discs(mounts) == [("/media/anna/COS DVD", "/dev/sr0"), ("/media/anna/DATA", "/dev/sr1")]


def test_a_clip_from_a_chapter_to_the_end_of_the_title_does_not_run_on_into_the_next(playback, test_disc):
    contents = read_disc(test_disc.iso)
    chapter = contents.title(1).chapter(2)
    playback.open(link_for(contents, 1, 2).location(), Clip(chapter.start_ms, None))
    playback.play()
    run_until(playback, lambda: playback.backend.state is PlaybackState.ENDED)
    assert playback.backend.problem is None  # an end, not a cut-short copy
    assert abs(playback.backend.position_ms() - 4000) <= TOLERANCE_MS
    playback.tick()
    assert playback.backend.state is PlaybackState.ENDED  # still at the end of title 1, not playing title 2
