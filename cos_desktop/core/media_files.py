"""Facts about video files that need no player: a fingerprint, and whether an MP4 is cut short."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

BLOCK = 64 * 1024


def fingerprint(path: Path) -> str:
    """Size plus a hash of the first and last 64 KiB: quick even for a 2 GB video."""
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as f:
        digest.update(f.read(BLOCK))
        if size > BLOCK:
            f.seek(max(BLOCK, size - BLOCK))
            digest.update(f.read(BLOCK))
    return f"{size}:{digest.hexdigest()[:40]}"


def mp4_cut_short(path: Path) -> bool:
    """True when an MP4/MOV file's own box sizes say it should be longer than it is.

    libvlc plays such a file without an error and simply ends early, so this is checked first.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
            if len(head) < 8 or head[4:8] not in (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip"):
                return False
            offset = 0
            while offset + 8 <= size:
                f.seek(offset)
                header = f.read(16)
                if len(header) < 8:
                    return True
                box_size, box_type = struct.unpack(">I4s", header[:8])
                if not box_type.isascii():
                    return False
                if box_size == 1:
                    if len(header) < 16:
                        return True
                    box_size = struct.unpack(">Q", header[8:16])[0]
                elif box_size == 0:
                    return False  # this box runs to the end of the file
                if box_size < 8:
                    return False  # not a box structure we understand: let libvlc judge
                if offset + box_size > size:
                    return True
                offset += box_size
            return False
    except OSError:
        return False


def looks_like_text(path: Path) -> bool:
    """True for a plain text file (notes saved with a video's name, say): no video starts like that."""
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    if not head or b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return printable >= 0.95 * len(text)
