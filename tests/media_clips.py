"""Video files for the media tests, made once per test run with ffmpeg (a pytest plugin).

Good clips: a 4-second test pattern with a tone, a clip whose grey level counts the frames (so a
screenshot tells which moment is showing), a silent clip and a sound-only file. Bad ones: each
bad input the app must survive.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

FFMPEG = shutil.which("ffmpeg")
UNICODE_NAME = "Vidéo de groupe – 第一章 Кругом.mp4"


@dataclass
class Clips:
    folder: Path
    good: Path  # 4 s, 160x120, 25 fps, H.264 + AAC, keyframe every second
    gray: Path  # 6 s; frame N has grey level 16 + 2N (limited range)
    silent: Path
    sound_only: Path
    empty: Path
    text: Path
    random: Path
    truncated: Path
    unsupported: Path
    unicode: Path

    GOOD_MS = 4000
    GRAY_MS = 6000


def _ffmpeg(*args: str) -> None:
    subprocess.run([FFMPEG, "-loglevel", "error", "-y", *args], check=True, timeout=60)


def make_clips(folder: Path) -> Clips:
    folder.mkdir(parents=True, exist_ok=True)
    good = folder / "good.mp4"
    video = ["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "25"]
    _ffmpeg("-f", "lavfi", "-i", "testsrc=duration=4:size=160x120:rate=25", "-f", "lavfi", "-i",
            "sine=frequency=440:duration=4", *video, "-c:a", "aac", "-shortest", "-movflags", "+faststart", str(good))
    gray = folder / "gray.mp4"
    _ffmpeg("-f", "lavfi", "-i", "color=c=black:s=160x120:r=25:d=6,geq=lum='16+mod(N*2\\,218)':cb=128:cr=128",
            "-f", "lavfi", "-i", "sine=frequency=330:duration=6", *video, "-c:a", "aac", "-shortest", str(gray))
    silent = folder / "silent.mp4"
    _ffmpeg("-f", "lavfi", "-i", "testsrc=duration=3:size=160x120:rate=25", *video, "-an", str(silent))
    sound_only = folder / "sound-only.mp4"
    _ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=3", "-c:a", "aac", "-vn", str(sound_only))
    empty = folder / "empty.mp4"
    empty.write_bytes(b"")
    text = folder / "notes.mp4"
    text.write_text("These are my session notes, not a video.\n", encoding="utf-8")
    random = folder / "random.mp4"
    random.write_bytes(bytes((i * 7919 + 13) % 251 for i in range(60_000)))
    data = good.read_bytes()
    truncated = folder / "truncated.mp4"
    truncated.write_bytes(data[: int(len(data) * 0.45)])
    unsupported = folder / "unsupported.mp4"
    # The same file with its video and sound formats renamed to ones no decoder knows.
    unsupported.write_bytes(data.replace(b"avc1", b"zzv1").replace(b"mp4a", b"zza1"))
    unicode = folder / "a folder with spaces" / UNICODE_NAME
    unicode.parent.mkdir(exist_ok=True)
    shutil.copyfile(good, unicode)
    return Clips(folder, good, gray, silent, sound_only, empty, text, random, truncated, unsupported, unicode)


@pytest.fixture(scope="session")
def clips(tmp_path_factory) -> Clips:
    if FFMPEG is None:
        pytest.fail("ffmpeg is needed to make the test videos (tools/dev installs it)")
    return make_clips(tmp_path_factory.mktemp("clips"))
