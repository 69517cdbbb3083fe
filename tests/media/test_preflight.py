"""The pre-flight check, in the library and as `cos-desktop check` (exit 0 when ready)."""

from __future__ import annotations

import datetime as dt

import pytest

from cos_desktop.db import store
from cos_desktop.db import media_library as library
from cos_desktop.media.backend import Fix
from cos_desktop.media.factory import create_backend
from cos_desktop.media.null_backend import NullBackend
from cos_desktop.media.preflight import Severity, check_chapter


@pytest.fixture
def backend():
    b = create_backend(embedded=False, options=["--aout=dummy", "--vout=dummy"])
    yield b
    b.release()


@pytest.fixture
def chapter(session):
    template = store.ensure_builtin_template(session)
    group = store.create_group(session, name="Check group", template=template, first_date=dt.date(2026, 1, 6))
    session.commit()
    return group.curriculum.chapters[0]


def videos(chapter):
    return [s for s in chapter.segments if s.kind == "video"]


def test_a_chapter_with_good_videos_and_two_screens_is_ready(session, chapter, clips, backend):
    first, second = videos(chapter)
    library.link_file(session, first, clips.good)
    library.link_file(session, second, clips.unicode)
    first.clip_start_ms, first.clip_end_ms = 500, 3500
    report = check_chapter(chapter, backend, screens=["laptop", "projector"])
    assert report.ready and not report.warnings, report.text()
    assert "Ready" in report.summary()


def test_broken_videos_fail_with_their_fixes_and_a_missing_projector_only_warns(session, chapter, clips, backend, tmp_path):
    first, second = videos(chapter)
    library.link_file(session, first, clips.truncated)
    gone = tmp_path / "gone.mp4"
    gone.write_bytes(clips.good.read_bytes())
    library.link_file(session, second, gone)
    gone.unlink()
    report = check_chapter(chapter, backend, screens=["laptop"])
    assert not report.ready
    by_segment = {f.segment_id: f for f in report.failures}
    assert "cut short" in by_segment[first.id].message and by_segment[first.id].fixes == [Fix.LOCATE]
    assert "cannot be found" in by_segment[second.id].message and by_segment[second.id].fixes == [Fix.LOCATE]
    projector = next(f for f in report.findings if f.subject == "Projector")
    assert projector.severity is Severity.WARNING and projector.fixes == [Fix.PICK_SCREEN]


@pytest.mark.parametrize("name, words", [
    ("empty", "empty (0 bytes)"),
    ("text", "not a video"),
    ("random", "damaged or incomplete"),
    ("unsupported", "cannot decode"),
    ("sound_only", "no picture"),
])
def test_each_bad_file_is_a_failure_with_a_plain_message(session, chapter, clips, backend, name, words):
    segment = videos(chapter)[0]
    library.link_file(session, segment, getattr(clips, name))
    report = check_chapter(chapter, backend, screens=["laptop", "projector"])
    failure = next(f for f in report.failures if f.segment_id == segment.id)
    assert words in failure.message


def test_a_clip_beyond_the_video_and_a_silent_video(session, chapter, clips, backend):
    first, second = videos(chapter)
    library.link_file(session, first, clips.good)
    first.clip_start_ms, first.clip_end_ms = 1000, 9000
    library.link_file(session, second, clips.silent)
    report = check_chapter(chapter, backend, screens=["laptop", "projector"])
    clip_problem = next(f for f in report.failures if f.segment_id == first.id)
    assert "only 0:04 long" in clip_problem.message and clip_problem.fixes == [Fix.EDIT_CLIP]
    silent = next(f for f in report.warnings if f.segment_id == second.id)
    assert "no sound" in silent.message


def test_an_unreachable_address_fails_and_offers_the_browser(session, chapter, backend):
    segment = videos(chapter)[0]
    library.link_address(session, segment, "http://127.0.0.1:9/chapter1.mp4")
    report = check_chapter(chapter, backend, screens=["laptop", "projector"])
    failure = next(f for f in report.failures if f.segment_id == segment.id)
    assert "cannot be opened" in failure.message and failure.fixes == [Fix.OPEN_IN_BROWSER]


def test_no_libvlc_is_a_failure_with_install_help(session, chapter, clips):
    library.link_file(session, videos(chapter)[0], clips.good)
    report = check_chapter(chapter, NullBackend("libvlc is not installed"), screens=["laptop", "projector"])
    player = next(f for f in report.failures if f.subject == "Video player")
    assert "Install" in player.message or "install" in player.message
    assert player.fixes == [Fix.INSTALL_VLC]


def test_cli_check_exit_codes(cli, tmp_path, clips):
    assert cli("demo", "--no-window").returncode == 0
    ready = cli("check", "--group", "Demo group", "--chapter", "1")
    assert ready.returncode == 0, ready.stdout + ready.stderr
    assert "The video is ready (demo-clip.mp4, clip 0:00-0:15)" in ready.stdout
    assert "WARNING  Projector" in ready.stdout  # one (offscreen) screen: a warning only

    no_vlc = cli("check", "--group", "Demo group", "--chapter", "1",
                 env={"PYTHON_VLC_LIB_PATH": str(tmp_path / "no-libvlc.so")})
    assert no_vlc.returncode == 1, no_vlc.stdout + no_vlc.stderr
    assert "PROBLEM  Video player" in no_vlc.stdout and "Install VLC" in no_vlc.stdout

    missing = cli("check", "--group", "Nobody", "--chapter", "1")
    assert missing.returncode == 2 and "no group called 'Nobody'" in missing.stderr


def test_cli_check_fails_on_a_moved_demo_clip(cli, isolated_home):
    assert cli("demo", "--no-window").returncode == 0
    clip = isolated_home / "data" / "media" / "demo-clip.mp4"
    clip.rename(clip.with_name("moved.mp4"))
    done = cli("check", "--group", "Demo group", "--chapter", "1", "--quick")
    assert done.returncode == 1
    assert "PROBLEM  Segment 4" in done.stdout and "Fix: Locate..." in done.stdout
