"""How the whole UI looks to the person using it: larger text, and colours readable on any palette.

The OS may give a dark or high-contrast palette. A colour chosen for a light window (dark red on
white, say) is kept when it is readable on the palette's background, and otherwise lightened until
it is: WCAG asks for a contrast of at least 4.5:1 for normal text.

The one home of the app's colours: widgets ask for a meaning (GOOD, WARNING, PROBLEM, MUTED, INFO)
and get a shade readable on the palette in use (text_style, banner_style, item_ink, tint), never a
fixed colour that only works on white. Colour is never the only cue: the words and signs that go
with it (MARK) live here too.
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
    # Panels on the window (a tab's page, a group box) are drawn a shade off it: readable there too.
    near = background.lighter(130) if towards_white else background.darker(110)
    for _ in range(20):
        if min(contrast(shade, background), contrast(shade, near)) >= READABLE_CONTRAST:
            return shade
        shade = shade.lighter(120) if towards_white else shade.darker(120)
        if towards_white and shade.lightness() >= 250:
            break
    return QColor("#ffffff") if towards_white else QColor("#000000")


def ink(colour: str | QColor, widget: QWidget | None = None, role=QPalette.ColorRole.Window) -> str:
    """A text colour for a style sheet, readable on the widget's (or the application's) palette."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    if isinstance(colour, str):
        colour = ROLE_COLOURS.get(colour, colour)  # a meaning (GOOD, PROBLEM...) or a colour
    return readable(colour, palette.color(role)).name()


# What a colour means, and its shade on a light window; readable() adapts it to the palette in use.
GOOD = "good"          # ready, attended, improved, on time
WARNING = "warning"    # worth a look: under time, a notice, a held-back video
PROBLEM = "problem"    # over time, missing, failed, a save that did not happen
MUTED = "muted"        # secondary text: saved, hints
INFO = "info"          # neutral emphasis: a prompt, the next session
ROLE_COLOURS = {GOOD: "#1a7f37", WARNING: "#8a5300", PROBLEM: "#b42318", MUTED: "#5f6b76", INFO: "#0b3d66"}


def _palette(widget: QWidget | None) -> QPalette:
    return widget.palette() if widget is not None else QApplication.palette()


def role_colour(meaning: str, widget: QWidget | None = None, on=QPalette.ColorRole.Window) -> QColor:
    """The colour for a meaning, readable as text on the widget's `on` role (the window, or Base in a list)."""
    return readable(ROLE_COLOURS.get(meaning, meaning), _palette(widget).color(on))


def text_style(meaning: str, widget: QWidget | None = None, *, bold: bool = False) -> str:
    """A style sheet for a label whose text colour carries a meaning (its words say it too)."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {role_colour(meaning, widget).name()};{weight}"


def mix(first: QColor | str, second: QColor | str, amount: float) -> QColor:
    """`amount` of `first` blended into `second` (0: second, 1: first)."""
    a, b = QColor(first), QColor(second)
    return QColor.fromRgbF(*(amount * x + (1 - amount) * y for x, y in
                             ((a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


# The pale backgrounds of notices and cells on a light window.
LIGHT_TINTS = {GOOD: "#dcefdc", WARNING: "#fbe5bd", PROBLEM: "#fde8e4", MUTED: "#ececec", INFO: "#e8f1fb"}


def tint(meaning: str, widget: QWidget | None = None, on=QPalette.ColorRole.Window) -> QColor:
    """A background tinted with a meaning: pale on a light palette, deep on a dark or high-contrast one."""
    base = _palette(widget).color(on)
    if _luminance(base) > 0.5 and meaning in LIGHT_TINTS:
        return QColor(LIGHT_TINTS[meaning])
    return mix(ROLE_COLOURS.get(meaning, meaning), base, 0.14 if _luminance(base) > 0.18 else 0.3)


def ink_on(background: QColor, widget: QWidget | None = None, text_role=QPalette.ColorRole.WindowText) -> QColor:
    """The palette's own text colour when it reads on `background`, otherwise black or white."""
    own = _palette(widget).color(text_role)
    if contrast(own, background) >= READABLE_CONTRAST:
        return own
    return QColor("#000000") if contrast(QColor("#000000"), background) >= contrast(QColor("#ffffff"), background) \
        else QColor("#ffffff")


def banner_style(meaning: str, name: str, widget: QWidget | None = None, *, radius: int = 4, border: int = 1) -> str:
    """Style sheet for a framed notice (object name `name`) and its labels, from the palette in use."""
    background = tint(meaning, widget)
    edge = role_colour(meaning, widget)
    text = ink_on(background, widget)
    return (f"#{name} {{ background: {background.name()}; border: {border}px solid {edge.name()};"
            f" border-radius: {radius}px; }} #{name} QLabel {{ color: {text.name()}; background: transparent; }}")


def item_ink(meaning: str, view: QWidget | None = None) -> QColor:
    """Text colour for a list or table cell (drawn on the Base role) that carries a meaning."""
    return role_colour(meaning, view, QPalette.ColorRole.Base)


def tinted_cell(item, meaning: str, view: QWidget | None = None) -> None:
    """Give a table or tree cell a tinted background and a text colour readable on it."""
    from PySide6.QtGui import QBrush

    background = tint(meaning, view, QPalette.ColorRole.Base)
    item.setBackground(QBrush(background))
    item.setForeground(QBrush(ink_on(background, view, QPalette.ColorRole.Text)))
    item.setData(_MEANING_ROLE, ("tint", meaning))


def notice_style(meaning: str, widget: QWidget | None = None, *, padding: int = 6) -> str:
    """Style sheet for a single label shown as a tinted notice (its own background and text)."""
    background = tint(meaning, widget)
    return (f"background: {background.name()}; color: {ink_on(background, widget).name()};"
            f" border: 1px solid {role_colour(meaning, widget).name()}; padding: {padding}px; border-radius: 4px;")


# ---- following the palette when the OS changes it (dark mode switched on while the app is open) ----
# Each style made from the palette is remembered with the way to make it again; cells remember
# their meaning. When the application palette changes, they are all made again from the new one.
_MEANING_ROLE = 0x0100 + 0x4C0  # Qt.UserRole + an offset of our own, out of the way of the views' data
_styled: dict[int, tuple] = {}
_watcher: QWidget | None = None


class _PaletteWatcher(QWidget):
    """Never shown: Qt tells every widget when the application palette changes."""

    def event(self, event) -> bool:  # noqa: N802 (Qt name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ApplicationPaletteChange:
            from PySide6.QtCore import QTimer

            # Once every widget has taken the new palette (they are told one after another).
            QTimer.singleShot(0, restyle_all)
        return super().event(event)


def keep_styled(widget: QWidget, make_style) -> None:
    """widget.setStyleSheet(make_style()), made again from the new palette whenever it changes."""
    global _watcher
    import weakref

    style = make_style()
    widget.setStyleSheet(style)
    _styled[id(widget)] = (weakref.ref(widget), make_style, style)
    if _watcher is None and QApplication.instance() is not None:
        _watcher = _PaletteWatcher()


def ink_cell(item, meaning: str, view: QWidget | None = None) -> None:
    """A cell's text in a meaning's colour, readable on the view's Base, kept so on a new palette."""
    from PySide6.QtGui import QBrush

    item.setForeground(QBrush(item_ink(meaning, view)))
    item.setData(_MEANING_ROLE, ("ink", meaning))


def restyle_all() -> None:
    """Make every remembered style and cell colour again from the palette in use."""
    from shiboken6 import Shiboken

    for key, (ref, make_style, style) in list(_styled.items()):
        widget = ref()
        if widget is None or not Shiboken.isValid(widget) or widget.styleSheet() != style:
            del _styled[key]  # gone, or styled since by other means
            continue
        new = make_style()
        _styled[key] = (ref, make_style, new)
        if new != style:
            widget.setStyleSheet(new)
    for view in QApplication.allWidgets():
        _recolour_cells(view)


def _recolour_cells(view: QWidget) -> None:
    from PySide6.QtWidgets import QListWidget, QTableWidget

    if isinstance(view, QTableWidget):
        items = (view.item(r, c) for r in range(view.rowCount()) for c in range(view.columnCount()))
    elif isinstance(view, QListWidget):
        items = (view.item(r) for r in range(view.count()))
    else:
        return
    for item in items:
        kept = item.data(_MEANING_ROLE) if item is not None else None
        if kept:
            how, meaning = kept
            (tinted_cell if how == "tint" else ink_cell)(item, meaning, view)
