"""The one native window that video draws into (the only Qt code in cos_desktop.media).

libvlc draws into a native window handle: an X11 window id under the xcb platform, an HWND on
Windows, an NSView on macOS. Other Qt platforms (offscreen, Wayland) have no such handle; there
the backend is made with a dummy video output instead, so VLC never opens a window of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from cos_desktop.media.backend import MediaBackend

OUTPUT_KINDS = {"xcb": "xid", "windows": "hwnd", "cocoa": "nsobject"}


def output_kind() -> str | None:
    """How libvlc can draw into our windows on this platform, or None when it cannot."""
    return OUTPUT_KINDS.get(QGuiApplication.platformName())


def embedding_supported() -> bool:
    return output_kind() is not None


class VideoSurface(QWidget):
    """A black native child window; `attach` hands its handle to a backend."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("videoSurface")
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(0, 0, 0))
        self.setPalette(palette)
        self.setMinimumSize(160, 90)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._backend: MediaBackend | None = None

    def attach(self, backend: MediaBackend) -> bool:
        """Draw this backend's video here; False when the platform cannot embed video.

        The window handle is handed over only once this widget sits in its final window (a
        native widget gets a new handle when it is moved into another window), and again
        whenever the handle changes.
        """
        kind = output_kind()
        self._backend = backend
        if kind is None:
            return False
        self._apply()
        return True

    def _apply(self) -> None:
        kind = output_kind()
        if self._backend is not None and self._backend.released:
            self._backend = None  # its player is gone: never hand it a window again
        if self._backend is None or kind is None:
            return
        if self.parentWidget() is None and not self.isVisible():
            # A parentless widget would become a window of its own: wait until it is placed.
            self._backend.set_output(kind, None)
            return
        self._backend.set_output(kind, int(self.winId()))

    def event(self, event) -> bool:
        if event.type() in (QEvent.Type.WinIdChange, QEvent.Type.ParentChange, QEvent.Type.Show):
            if self._backend is not None:
                self._apply()
        return super().event(event)

    def detach(self) -> None:
        """Take this window away from the backend (before the backend is released)."""
        kind = output_kind()
        backend, self._backend = self._backend, None
        if backend is not None and kind is not None and not backend.released:
            backend.set_output(kind, None)

    @property
    def backend(self) -> MediaBackend | None:
        return self._backend
