"""How the whole UI looks to the person using it: larger text, and colours readable on any palette.

The OS may give a dark or high-contrast palette. A colour chosen for a light window (dark red on
white, say) is kept when it is readable on the palette's background, and otherwise lightened until
it is: WCAG asks for a contrast of at least 4.5:1 for normal text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from cos_desktop.ui import preferences

LARGER_TEXT_FACTOR = 1.25
READABLE_CONTRAST = 4.5
_BASE_FONT = "cosBaseFont"


def larger_text_wanted() -> bool:
    value = preferences.read(preferences.LARGER_TEXT)
    # QSettings gives "true"/"false" back as text on some platforms.
    return value is True or str(value).lower() == "true"


def apply_text_size(larger: bool | None = None) -> None:
    """Scale the application font (and so every widget that follows it); None: as remembered."""
    app = QApplication.instance()
    if app is None:
        return
    if larger is None:
        larger = larger_text_wanted()
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    font = QFont(base)
    if larger:
        font.setPointSizeF(base.pointSizeF() * LARGER_TEXT_FACTOR)
    app.setFont(font)


def set_larger_text(larger: bool) -> None:
    preferences.write(preferences.LARGER_TEXT, bool(larger))
    apply_text_size(larger)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((_luminance(QColor(first)), _luminance(QColor(second))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def readable(colour: str | QColor, background: QColor | None = None) -> QColor:
    """`colour`, or a lighter (on dark) / darker (on light) shade of it readable on `background`."""
    wanted = QColor(colour)
    background = QColor(background) if background is not None else QApplication.palette().color(QPalette.ColorRole.Window)
    shade = QColor(wanted)
    towards_white = _luminance(background) < 0.18
    for _ in range(20):
        if contrast(shade, background) >= READABLE_CONTRAST:
            return shade
        shade = shade.lighter(120) if towards_white else shade.darker(120)
        if towards_white and shade.lightness() >= 250:
            break
    return QColor("#ffffff") if towards_white else QColor("#000000")


def ink(colour: str | QColor, widget: QWidget | None = None, role=QPalette.ColorRole.Window) -> str:
    """A text colour for a style sheet, readable on the widget's (or the application's) palette."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return readable(colour, palette.color(role)).name()
