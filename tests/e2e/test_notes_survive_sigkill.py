"""Type notes in a real app process, SIGKILL it 1.1 s after the last keystroke, start again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT
from tests.e2e.notes_driver import NOTES


def driver(url: str, mode: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", COS_DESKTOP_NONINTERACTIVE="1")
    return subprocess.Popen([sys.executable, "-m", "tests.e2e.notes_driver", url, mode], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


@pytest.mark.slow
def test_every_note_survives_a_sigkill_1_1_s_after_the_last_keystroke(tmp_path):
    url = "sqlite:///" + str(tmp_path / "notes.sqlite3")
    typing = driver(url, "type")
    try:
        line = typing.stdout.readline()  # blocks until the driver has typed its last key
        last_key = time.monotonic()
        assert line.strip() == "LAST KEY", typing.stderr.read() if typing.poll() is not None else line
        time.sleep(max(0.0, last_key + 1.1 - time.monotonic()))
        typing.send_signal(signal.SIGKILL)
        typing.wait(10)
    finally:
        if typing.poll() is None:
            typing.kill()
            typing.wait()
    assert typing.returncode == -signal.SIGKILL

    checking = driver(url, "check")
    out, err = checking.communicate(timeout=60)
    assert checking.returncode == 0, err
    notes = json.loads(out.strip().splitlines()[-1])["notes"]
    for text in NOTES:
        assert notes.count(text) == 1, (text, notes)
