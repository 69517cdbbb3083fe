"""The Windows and macOS recipes cannot be run here: check that they agree with the app and the
spec they build on, so that they do not drift while nobody can try them."""

from __future__ import annotations

import re
import subprocess

from cos_desktop import __version__
from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"
ISS = (PACKAGING / "windows" / "cos-desktop.iss").read_text(encoding="utf-8")
SPEC = (PACKAGING / "cos-desktop.spec").read_text(encoding="utf-8")


def iss_value(key: str) -> str:
    match = re.search(rf"^{key}=(.+)$", ISS, re.MULTILINE)
    assert match, key
    return match.group(1).strip()


def test_windows_installer_uses_files_that_exist_and_the_exe_the_spec_makes():
    assert (ROOT / iss_value("SetupIconFile").replace("\\", "/")).is_file()
    assert (ROOT / iss_value("LicenseFile")).is_file()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", iss_value("AppId"))
    assert f'#define AppVersion "{__version__}"' in ISS
    assert 'name="cos-desktop"' in SPEC and 'name="cos-desktop-cli"' in SPEC
    # The Start menu shortcut opens the windowed app, never the console one.
    shortcut = next(line for line in ISS.splitlines() if line.startswith('Name: "{autoprograms}'))
    assert 'Filename: "{app}\\cos-desktop.exe"' in shortcut
    assert 'Source: "dist\\cos-desktop\\*"' in ISS


def test_macos_and_linux_scripts_parse():
    for script in (PACKAGING / "macos" / "make-dmg.sh", PACKAGING / "linux" / "install-desktop-entry.sh"):
        done = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

