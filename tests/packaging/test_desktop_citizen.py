"""The app as a desktop citizen: its own icon, a menu entry and software-centre data that the
freedesktop validators accept, and package metadata that says what it is and under which licence."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser

import pytest
from PIL import Image

from cos_desktop import __version__
from cos_desktop.app import DESKTOP_FILE_NAME, ICON_SIZES, make_application
from tests.conftest import ROOT

ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_FILE_NAME}.desktop"
METAINFO = LINUX / f"{DESKTOP_FILE_NAME}.metainfo.xml"


def test_icon_comes_in_every_size_each_platform_asks_for():
    for size in (*ICON_SIZES, 512):
        with Image.open(ICONS / f"cos-desktop-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((0, 0))[3] == 0, "the corners are transparent (a rounded tile)"
    with Image.open(ICONS / "cos-desktop.ico") as ico:
        assert {16, 32, 48, 256} <= {w for w, _h in ico.info["sizes"]}
    with Image.open(ICONS / "cos-desktop.icns") as icns:
        assert {(512, 512, 2), (128, 128, 1), (16, 16, 2)} <= set(icns.info["sizes"])


def test_the_window_icon_is_ours(qapp):
    icon = make_application().windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    image = icon.pixmap(64, 64).toImage()
    centre = image.pixelColor(32, 26)  # the warm circle held in the hands
    assert centre.red() > 200 and centre.blue() < 150


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream; tools/dev test installs them)")
    return path


def test_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


def test_metainfo_passes_appstreamcli_validate():
    done = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout


def test_menu_entry_and_metainfo_name_the_same_app():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP_FILE, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_FILE_NAME == desktop["Icon"]
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("name") == desktop["Name"] == "COS Desktop"
    assert component.findtext("project_license") == "MIT"
    assert component.find("releases/release").get("version") == __version__
    scripts = {e.name: e.value for e in importlib.metadata.entry_points(group="console_scripts")}
    assert desktop["Exec"] == component.findtext("provides/binary") == "cos-desktop" and "cos-desktop" in scripts


def test_package_metadata_has_an_spdx_licence_classifiers_and_urls():
    from trove_classifiers import classifiers as known

    meta = importlib.metadata.metadata("cos-desktop")
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert "MIT License" in (ROOT / "LICENSE").read_text() and "The COS Desktop authors" in (ROOT / "LICENSE").read_text()
    classifiers = meta.get_all("Classifier")
    assert classifiers and set(classifiers) <= known
    assert not any(c.startswith("License ::") for c in classifiers), "the SPDX expression replaces licence classifiers"
    assert {url.split(",")[0] for url in meta.get_all("Project-URL")} >= {"Homepage", "Issues"}


def test_windows_gets_a_windowed_launcher_and_the_command_line_stays():
    entry_points = importlib.metadata.distribution("cos-desktop").entry_points
    gui = {e.name: e.value for e in entry_points if e.group == "gui_scripts"}
    cli = {e.name: e.value for e in entry_points if e.group == "console_scripts"}
    assert cli["cos-desktop"] == "cos_desktop.cli:main"
    assert gui["cos-desktop-gui"] == "cos_desktop.cli:main"
