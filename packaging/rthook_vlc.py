"""PyInstaller runtime hook: tell python-vlc where libvlc and its plugins are, before it is imported.

The bundle carries libvlc and VLC's plugins when they were found at build time (see
cos-desktop.spec). Otherwise the system's VLC is used: on Windows and macOS python-vlc only
looks in a few places itself, so the usual install folders are tried here. Nothing is set when
nothing is found: the app then starts with video turned off and says how to install VLC.
Variables already set by the user win.
"""

import os
import sys
from pathlib import Path


def bundled_vlc(base: Path, platform: str):
    """(libvlc, plugin folder) inside the bundle at `base`, or None."""
    if platform == "win32":
        lib = base / "vlc" / "libvlc.dll"
    elif platform == "darwin":
        lib = base / "vlc" / "lib" / "libvlc.dylib"
    else:
        lib = base / "libvlc.so.5"  # beside libvlccore: VLC looks for its plugins from there
    plugins = base / "vlc" / "plugins"
    return (lib, plugins) if lib.is_file() and plugins.is_dir() else None


def system_vlc(platform: str, environ, home: Path):
    """(libvlc, plugin folder) of a VLC installed the usual way on Windows or macOS, or None.
    On Linux python-vlc finds the distribution's libvlc.so.5 by itself."""
    if platform == "win32":
        roots = [environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
        for root in filter(None, roots):
            folder = Path(root) / "VideoLAN" / "VLC"
            if (folder / "libvlc.dll").is_file():
                return folder / "libvlc.dll", folder / "plugins"
    elif platform == "darwin":
        for app in (Path("/Applications/VLC.app"), home / "Applications" / "VLC.app"):
            folder = app / "Contents" / "MacOS"
            if (folder / "lib" / "libvlc.dylib").is_file():
                return folder / "lib" / "libvlc.dylib", folder / "plugins"
    return None


def point_python_vlc(base: Path, platform: str, environ) -> None:
    if environ.get("PYTHON_VLC_LIB_PATH"):
        return
    found = bundled_vlc(base, platform) or system_vlc(platform, environ, Path.home())
    if found is None:
        return
    lib, plugins = found
    if platform == "win32":
        os.add_dll_directory(str(lib.parent))  # libvlc.dll loads libvlccore.dll from its own folder
    elif platform == "darwin":
        import ctypes

        ctypes.CDLL(str(lib.with_name("libvlccore.dylib")))  # the core first, as python-vlc does
    environ["PYTHON_VLC_LIB_PATH"] = str(lib)
    if plugins.is_dir():
        environ["PYTHON_VLC_MODULE_PATH"] = str(plugins)


if getattr(sys, "frozen", False):
    point_python_vlc(Path(sys._MEIPASS), sys.platform, os.environ)  # type: ignore[attr-defined]
