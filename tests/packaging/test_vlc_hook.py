"""The bundle's runtime hook points python-vlc at the right VLC on each system (folders laid out
as each system has them; only Linux is also tried for real, in test_bundle.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("rthook_vlc", ROOT / "packaging" / "rthook_vlc.py")
hook = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hook)


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def test_linux_bundle_with_vlc_inside_uses_it(tmp_path):
    lib = touch(tmp_path / "_internal" / "libvlc.so.5")
    (tmp_path / "_internal" / "vlc" / "plugins").mkdir(parents=True)
    env = {}
    hook.point_python_vlc(tmp_path / "_internal", "linux", env)
    assert env == {"PYTHON_VLC_LIB_PATH": str(lib),
                   "PYTHON_VLC_MODULE_PATH": str(tmp_path / "_internal" / "vlc" / "plugins")}


def test_linux_bundle_without_vlc_leaves_python_vlc_to_find_the_system_one(tmp_path):
    env = {}
    hook.point_python_vlc(tmp_path, "linux", env)
    assert env == {}


def test_windows_vlc_is_found_where_its_installer_puts_it(tmp_path):
    program_files = tmp_path / "Program Files"
    lib = touch(program_files / "VideoLAN" / "VLC" / "libvlc.dll")
    assert hook.bundled_vlc(tmp_path / "_internal", "win32") is None
    found = hook.system_vlc("win32", {"ProgramFiles": str(program_files)}, tmp_path)
    assert found == (lib, lib.parent / "plugins")


def test_windows_bundle_prefers_its_own_vlc(tmp_path):
    lib = touch(tmp_path / "_internal" / "vlc" / "libvlc.dll")
    (tmp_path / "_internal" / "vlc" / "plugins").mkdir()
    assert hook.bundled_vlc(tmp_path / "_internal", "win32") == (lib, lib.parent / "plugins")


def test_macos_vlc_app_in_the_users_applications_folder_is_found(tmp_path):
    lib = touch(tmp_path / "Applications" / "VLC.app" / "Contents" / "MacOS" / "lib" / "libvlc.dylib")
    found = hook.system_vlc("darwin", {}, tmp_path)
    assert found == (lib, tmp_path / "Applications" / "VLC.app" / "Contents" / "MacOS" / "plugins")


def test_a_path_the_user_set_wins(tmp_path):
    touch(tmp_path / "libvlc.so.5")
    (tmp_path / "vlc" / "plugins").mkdir(parents=True)
    env = {"PYTHON_VLC_LIB_PATH": "/opt/vlc/libvlc.so.5"}
    hook.point_python_vlc(tmp_path, "linux", env)
    assert env == {"PYTHON_VLC_LIB_PATH": "/opt/vlc/libvlc.so.5"}
