"""Readable text under any palette: a dark one and a high-contrast one, as the OS may give, and a walk
over a window's visible widgets that measures each text colour against what is drawn behind it."""

from __future__ import annotations

import re
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cos_desktop.ui.appearance import contrast

Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """Fusion's usual dark palette, as a desktop in dark mode gives it."""
    p = QPalette()
    for role, colour in ((Role.Window, "#353535"), (Role.WindowText, "#ffffff"), (Role.Base, "#2a2a2a"),
                         (Role.AlternateBase, "#424242"), (Role.Text, "#ffffff"), (Role.Button, "#353535"),
                         (Role.ButtonText, "#ffffff"), (Role.BrightText, "#ff0000"), (Role.Highlight, "#2a82da"),
                         (Role.HighlightedText, "#000000"), (Role.ToolTipBase, "#2a2a2a"),
                         (Role.ToolTipText, "#ffffff"), (Role.Link, "#6cb4ff"), (Role.PlaceholderText, "#a0a0a0"),
                         (Role.Light, "#505050"), (Role.Midlight, "#424242"), (Role.Mid, "#2b2b2b"),
                         (Role.Dark, "#1e1e1e"), (Role.Shadow, "#000000")):
        p.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return p


def high_contrast_palette() -> QPalette:
    """Black and white with yellow text in fields and lists, like Windows' High Contrast Black."""
    p = QPalette()
    for role, colour in ((Role.Window, "#000000"), (Role.WindowText, "#ffffff"), (Role.Base, "#000000"),
                         (Role.AlternateBase, "#000000"), (Role.Text, "#ffff00"), (Role.Button, "#000000"),
                         (Role.ButtonText, "#ffffff"), (Role.Highlight, "#1aebff"),
                         (Role.HighlightedText, "#000000"), (Role.ToolTipBase, "#000000"),
                         (Role.ToolTipText, "#ffffff"), (Role.Link, "#ffff00"), (Role.PlaceholderText, "#c0c0c0"),
                         (Role.Light, "#ffffff"), (Role.Midlight, "#c0c0c0"), (Role.Mid, "#808080"),
                         (Role.Dark, "#ffffff"), (Role.Shadow, "#ffffff")):
        p.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#00ff00"))
    return p


PALETTES = {"dark": dark_palette, "high contrast": high_contrast_palette}


@contextmanager
def system_palette(name: str):
    """The application palette the OS would give, for windows built inside the block."""
    app = QApplication.instance()
    before = QPalette(app.palette())
    app.setPalette(PALETTES[name]())
    try:
        yield
    finally:
        app.setPalette(before)


_CSS_COLOUR = re.compile(r"color\s*:\s*(#[0-9a-fA-F]{6})")


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    return ""


def _text_colours(widget: QWidget) -> list[QColor]:
    palette = widget.palette()
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        colours = [palette.color(Role.Text)]
    elif isinstance(widget, (QComboBox, QAbstractSpinBox)):
        colours = [palette.color(Role.ButtonText if isinstance(widget, QComboBox) and not widget.isEditable()
                                 else Role.Text)]
    else:
        colours = [palette.color(widget.foregroundRole())]
    if isinstance(widget, QLabel):  # rich text may colour its own spans
        colours += [QColor(c) for c in _CSS_COLOUR.findall(widget.text())]
    return colours


def _background(image: QImage, rect: QRect) -> QColor:
    """The colour drawn most behind a widget: its background, whatever painted it. Borders are left
    out (a few pixels in from each edge) and near shades counted together (a button's gradient)."""
    inset = min(4, rect.width() // 4, rect.height() // 4)
    rect = rect.adjusted(inset, inset, -inset, -inset).intersected(image.rect())
    buckets: dict[tuple, list[QColor]] = {}
    step_x, step_y = max(1, rect.width() // 40), max(1, rect.height() // 20)
    for y in range(rect.top(), rect.bottom() + 1, step_y):
        for x in range(rect.left(), rect.right() + 1, step_x):
            colour = image.pixelColor(x, y)
            buckets.setdefault((colour.red() >> 4, colour.green() >> 4, colour.blue() >> 4), []).append(colour)
    if not buckets:
        return QColor()
    shades = max(buckets.values(), key=len)
    return QColor(*(round(sum(getattr(c, part)() for c in shades) / len(shades)) for part in ("red", "green", "blue")))


def _large(widget: QWidget) -> bool:
    font = widget.font()
    return font.pointSizeF() >= 18 or (font.bold() and font.pointSizeF() >= 14)


def _item_problems(view: QAbstractItemView, where: str) -> list[str]:
    from PySide6.QtCore import Qt

    model, palette, problems = view.model(), view.palette(), []
    if model is None:
        return problems
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its column count private: one column
        columns = 1
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for column in range(min(columns, 30)):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            fore = index.data(Qt.ItemDataRole.ForegroundRole)
            back = index.data(Qt.ItemDataRole.BackgroundRole)
            fore = fore.color() if hasattr(fore, "color") and fore.style() else QColor(fore) if isinstance(
                fore, QColor) else palette.color(Role.Text)
            plain = palette.color(Role.AlternateBase if view.alternatingRowColors() and row % 2 else Role.Base)
            back = back.color() if hasattr(back, "color") and back.style() else QColor(back) if isinstance(
                back, QColor) else plain
            ratio = contrast(fore, back)
            if ratio < 4.5:
                problems.append(f"{where} cell {row},{column} {str(text)[:30]!r}: {fore.name()} on {back.name()} "
                                f"= {ratio:.2f}")
    return problems


def unreadable_texts(window: QWidget) -> list[str]:
    """Each visible text below WCAG's 4.5:1 (3:1 for large text), as 'widget text: ink on paper = ratio'."""
    QApplication.processEvents()
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        where = f"{type(widget).__name__} '{widget.objectName()}'"
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            problems += _item_problems(widget, where)
            continue
        text = _text(widget)
        if not text.strip() or not widget.isEnabled():
            continue  # WCAG leaves disabled controls out
        origin = widget.mapTo(window, QPoint(0, 0)) if widget is not window else QPoint(0, 0)
        rect = widget.visibleRegion().boundingRect().translated(origin)
        back = _background(image, rect)
        wanted = 3.0 if _large(widget) else 4.5
        for ink in _text_colours(widget):
            ratio = contrast(ink, back)
            if ratio < wanted:
                problems.append(f"{where} {text[:40]!r}: {ink.name()} on {back.name()} = {ratio:.2f}")
    return problems
