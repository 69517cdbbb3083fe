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


def _bundled(base: Path):
    if sys.platform == "win32":
        lib = base / "vlc" / "libvlc.dll"
    elif sys.platform == "darwin":
        lib = base / "vlc" / "lib" / "libvlc.dylib"
    else:
        lib = base / "libvlc.so.5"  # beside libvlccore: VLC looks for its plugins from there
    plugins = base / "vlc" / "plugins"
    return (lib, plugins) if lib.is_file() and plugins.is_dir() else None


def _system():
    if sys.platform == "win32":
        roots = [os.environ.get(name) for name in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")]
        for root in filter(None, roots):
            folder = Path(root) / "VideoLAN" / "VLC"
            if (folder / "libvlc.dll").is_file():
                return folder / "libvlc.dll", folder / "plugins"
    elif sys.platform == "darwin":
        for app in (Path("/Applications/VLC.app"), Path.home() / "Applications" / "VLC.app"):
            folder = app / "Contents" / "MacOS"
            if (folder / "lib" / "libvlc.dylib").is_file():
                return folder / "lib" / "libvlc.dylib", folder / "plugins"
    return None  # Linux: python-vlc finds the distribution's libvlc.so.5 by itself


def _point_python_vlc() -> None:
    if os.environ.get("PYTHON_VLC_LIB_PATH"):
        return
    found = _bundled(Path(sys._MEIPASS)) or _system()  # type: ignore[attr-defined]
    if found is None:
        return
    lib, plugins = found
    if sys.platform == "win32":
        os.add_dll_directory(str(lib.parent))  # libvlc.dll loads libvlccore.dll from its own folder
    elif sys.platform == "darwin":
        import ctypes

        ctypes.CDLL(str(lib.with_name("libvlccore.dylib")))  # load the core first, as python-vlc does
    os.environ["PYTHON_VLC_LIB_PATH"] = str(lib)
    if plugins.is_dir():
        os.environ["PYTHON_VLC_MODULE_PATH"] = str(plugins)


_point_python_vlc()
