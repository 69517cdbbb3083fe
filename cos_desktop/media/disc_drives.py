"""Where a DVD can be right now: the computer's disc drives (Qt-free, no libvlc).

A drive is listed as the place a player reads it from (a mount point, or the device when the
system has not mounted it) with the volume id when that can be read without playing. The
`COS_DESKTOP_DISC_DRIVES` setting (folders or image files, separated like PATH) replaces the
search: the tests point it at a folder, and it helps on a computer whose drive is not found.
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cos_desktop.core.disc import iso_volume_id, looks_like_disc

DRIVES_ENV = "COS_DESKTOP_DISC_DRIVES"
DISC_FILESYSTEMS = frozenset({"iso9660", "udf"})


@dataclass(frozen=True)
class Drive:
    place: str  # what a player opens: a folder with VIDEO_TS, an image, or a device
    volume_id: str  # "" when it cannot be read without playing


def volume_of(place: str | Path, device: str = "") -> str:
    """A place's volume id: read from the image or device, else (a mount point) the folder's name,
    which is how Linux and macOS name the mount point of a disc."""
    path = Path(place)
    if path.exists() and (path.is_file() or path.is_block_device()):
        return iso_volume_id(path)
    found = iso_volume_id(device) if device else ""
    return found or path.name


def _unescape_mount(text: str) -> str:
    # /proc/mounts writes spaces and tabs in paths as octal escapes.
    return text.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mounted_discs(mounts_text: str) -> list[tuple[str, str]]:
    """(mount point, device) of the disc file systems in a /proc/mounts text."""
    found = []
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[2] in DISC_FILESYSTEMS:
            found.append((_unescape_mount(parts[1]), parts[0]))
    return found


def _linux_drives() -> list[Drive]:
    drives: list[Drive] = []
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        mounts = ""
    devices = set()
    for mount_point, device in mounted_discs(mounts):
        devices.add(os.path.realpath(device))
        if looks_like_disc(mount_point):
            drives.append(Drive(mount_point, volume_of(mount_point, device)))
    for device in sorted(glob.glob("/dev/sr[0-9]*")):
        # A disc the desktop did not mount is still readable through its device.
        if os.path.realpath(device) not in devices and os.access(device, os.R_OK):
            volume = iso_volume_id(device)
            if volume:
                drives.append(Drive(device, volume))
    return drives


def _mac_drives() -> list[Drive]:
    return [Drive(str(p), p.name) for p in sorted(Path("/Volumes").glob("*")) if looks_like_disc(p)]


def _windows_drives() -> list[Drive]:
    import ctypes
    import string

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    drives = []
    for i, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if mask >> i & 1 and kernel.GetDriveTypeW(root) == 5:  # DRIVE_CDROM
            label = ctypes.create_unicode_buffer(261)
            if kernel.GetVolumeInformationW(root, label, 261, None, None, None, None, 0) and looks_like_disc(root):
                drives.append(Drive(root, label.value))
    return drives


def disc_drives() -> list[Drive]:
    """The discs in this computer's drives now (an empty list when there is no drive or no disc)."""
    setting = os.environ.get(DRIVES_ENV)
    if setting is not None:
        return [Drive(p, volume_of(p)) for p in setting.split(os.pathsep) if p and looks_like_disc(p)]
    try:
        if sys.platform.startswith("win"):
            return _windows_drives()
        if sys.platform == "darwin":
            return _mac_drives()
        return _linux_drives()
    except OSError:
        return []
