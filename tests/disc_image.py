"""A small DVD for the disc tests, made once per test run (a pytest plugin).

Two titles made from generated clips with Debian's dvdauthor and genisoimage: title 1 is 4 s (a
test pattern) with a second chapter near 2 s, title 2 is 3 s whose grey level counts the frames. The disc exists as a DVD folder (VIDEO_TS) and as an ISO
image with the volume id COS_TEST.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOLS = ("ffmpeg", "dvdauthor", "genisoimage")
VOLUME = "COS_TEST"


@dataclass
class TestDisc:
    folder: Path  # the disc as a DVD folder (holds VIDEO_TS)
    iso: Path  # the same disc as an ISO image
    volume: str = VOLUME

    __test__ = False  # not a test class

    def copy_iso(self, folder: Path, name: str = "disc.iso") -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copyfile(self.iso, folder / name))


def _run(*args: str, env: dict | None = None) -> None:
    subprocess.run(args, check=True, timeout=60, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_disc(folder: Path) -> TestDisc:
    folder.mkdir(parents=True, exist_ok=True)
    clips = []
    # Title 2's frame N has grey level 16 + 2N, so a screenshot tells which moment is showing. libvlc's
    # DVD readers count time from the stream's clock reference, which ffmpeg's DVD muxing starts 0.5 s
    # before the first picture (measured: the picture then trails the reported time by ~0.55 s), so
    # title 2 is muxed without that lead and its picture matches the time; title 1 keeps it.
    gray = "color=c=black:s=720x576:r=25:d=3,geq=lum='16+mod(N*2\\,218)':cb=128:cr=128"
    for name, seconds, source, mux in (("one", 4, "testsrc=duration=4:size=720x576:rate=25", []),
                                       ("two", 3, gray, ["-muxpreload", "0", "-muxdelay", "0"])):
        clip = folder / f"{name}.mpg"
        _run("ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", source,
             "-f", "lavfi", "-i", f"sine=duration={seconds}", "-target", "pal-dvd", *mux, "-shortest", str(clip))
        clips.append(clip)
    disc = folder / "disc"
    env = os.environ | {"VIDEO_FORMAT": "PAL"}
    _run("dvdauthor", "-o", str(disc), "-t", "-c", "0,2", str(clips[0]), env=env)
    _run("dvdauthor", "-o", str(disc), "-t", str(clips[1]), env=env)
    _run("dvdauthor", "-o", str(disc), "-T", env=env)
    iso = folder / "disc.iso"
    _run("genisoimage", "-quiet", "-dvd-video", "-V", VOLUME, "-o", str(iso), str(disc))
    return TestDisc(disc, iso)


@pytest.fixture(scope="session")
def test_disc(tmp_path_factory) -> TestDisc:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} needed to make the test DVD (tools/dev installs them)")
    return make_disc(tmp_path_factory.mktemp("dvd"))


@pytest.fixture
def no_drives(monkeypatch, tmp_path):
    """This computer's disc drives, as the app finds them: an empty folder list to start with."""
    from cos_desktop.media.disc_drives import DRIVES_ENV

    monkeypatch.setenv(DRIVES_ENV, "")
    return tmp_path
