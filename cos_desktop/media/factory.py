"""Choosing a backend: libvlc when it loads, otherwise the null backend with the reason."""

from __future__ import annotations

import logging
import os

from cos_desktop.core.translation import translate
from cos_desktop.media.backend import MediaBackend, Post
from cos_desktop.media.null_backend import NullBackend

log = logging.getLogger(__name__)

# "none" turns video off (the app behaves as if VLC were not installed).
ENV_BACKEND = "COS_DESKTOP_MEDIA_BACKEND"


def create_vlc_backend(post: Post | None = None, *, embedded: bool = True, options: list[str] | None = None) -> MediaBackend:
    from cos_desktop.media.vlc_backend import VlcBackend

    return VlcBackend(post, embedded=embedded, options=options)


def create_backend(post: Post | None = None, *, embedded: bool = True, options: list[str] | None = None) -> MediaBackend:
    """A working backend, or a NullBackend that explains why videos cannot play. Never raises."""
    if os.environ.get(ENV_BACKEND, "").strip().lower() == "none":
        return NullBackend(translate("Media", "Video playback is turned off ({setting}).").format(
            setting=f"{ENV_BACKEND}=none"), post)
    try:
        return create_vlc_backend(post, embedded=embedded, options=options)
    except (Exception, SystemExit) as exc:  # BackendUnavailable, or anything a broken libvlc throws
        log.warning("video playback unavailable: %s", exc)
        return NullBackend(str(exc), post)
