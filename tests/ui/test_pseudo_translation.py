"""A pseudo-translation finds untranslated and clipped texts in every main window.

Every text of the catalogues is made a third longer, accented and bracketed ("Print" ->
"[Ƥŕíñţ~~]", tools/translations.py pseudo). The app then starts in that made-up language on the
demo group, on a 1366x768 laptop with a 1024x768 projector, in a child process (a native crash
fails the test), and a facilitator's gestures open each page of the main window (View's Ctrl+1..5),
each menu, File > Export... (Ctrl+E), the start dialog and the presenter (F5) and the projector
(F5 again starts the session, Page Down moves on, W shows the chapter title). For every visible
widget that shows a text:

(a) the text is translated: it holds a pseudo-translated part ("[" ... "~]"), or it is data. The
    rule for data: take the text, cut out the pseudo-translated parts, every text stored in the
    database (group, parent and venue names, the group's copy of the programme, notes, video
    titles and paths), the locale's month and day names, the product name and the shortcut
    names; when no letter is left, it was data (numbers, dates and times have no other letters).
    A letter left over is English the catalogue never saw: a string not wrapped in tr(), or a
    sentence built from pieces.
(b) the text is not clipped: a label gets the height its words need at its width
    (heightForWidth) or its size hint without word wrap; a button, check box or tool button its
    size hint; a tab its tab size hint; a combo box's edit field its current text's width; a
    group box its title; each menu of the menu bar a place on the bar; a window its minimum size
    on the laptop screen. A text cut with "…" is allowed only where the widget puts the whole
    text in its tooltip.

Screenshots of each window go to COS_PSEUDO_SHOTS (a temporary folder when not set).

    python -m tests.ui.test_pseudo_translation OUT_FOLDER   (the child process; prints nothing,
                                                             writes OUT_FOLDER/results.json)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS_VARIABLE = "COS_PSEUDO_SHOTS"
LAPTOP = (1366, 768)
PROJECTOR = (1024, 768)
PSEUDO_PART = re.compile(r"\[[^\[\]]*~+\]", re.DOTALL)
LETTERS = re.compile(r"[^\W\d_]+")
# The pseudo-translation accents every vowel: a word with a plain one is English.
ENGLISH_VOWEL = re.compile(r"[aeiouyAEIOUY]")
# Names that stay as they are in every language.
KEPT_NAMES = ("COS Desktop", "COS-P", "VLC", "PDF", "Ctrl", "Shift", "Alt", "Esc", "PgDown", "PgUp",
              "Page Down", "Page Up", "F1", "F5", "F11")


# ---- the parent: runs the child and reads its findings ---------------------------------------
def screens_config(folder: Path) -> str:
    """The offscreen platform with a laptop screen and a projector beside it (it takes the first
    name in alphabetical order as the primary screen)."""
    path = folder / "screens.json"
    screens = [{"name": "DP-1", "x": 0, "y": 0, "width": LAPTOP[0], "height": LAPTOP[1]},
               {"name": "HDMI-1", "x": LAPTOP[0], "y": 0, "width": PROJECTOR[0], "height": PROJECTOR[1]}]
    for screen in screens:
        screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return f"offscreen:configfile={path}"


def run_child(module: str, language: str, out: Path, extra_env: dict | None = None) -> tuple[subprocess.CompletedProcess, dict]:
    """Run `python -m module out` with the app in `language`; (the process, its results.json)."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": screens_config(out), "COS_DESKTOP_LANGUAGE": language,
           "COS_DESKTOP_NONINTERACTIVE": "1", **(extra_env or {})}
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-m", module, str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    found = out / "results.json"
    return result, (json.loads(found.read_text(encoding="utf-8")) if found.exists() else {})


def shots_folder(name: str) -> Path:
    wanted = os.environ.get(SHOTS_VARIABLE)
    return Path(wanted) / name if wanted else Path(tempfile.mkdtemp(prefix=f"cos-{name}-"))


def describe(problems: list[dict]) -> str:
    return "\n".join(f"{p['where']}: {p['owner']} {p['widget']}: {p['problem']}: {p['text']!r}" for p in problems)


@pytest.fixture(scope="module")
def pseudo_run(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    catalogues = tmp_path_factory.mktemp("catalogues")
    translations.pseudo(catalogues)
    out = shots_folder("pseudo")
    result, found = run_child("tests.ui.test_pseudo_translation", "pseudo", out,
                              {"COS_DESKTOP_TRANSLATIONS_DIR": str(catalogues)})
    assert result.returncode == 0, f"the app failed (exit {result.returncode}):\n{result.stderr[-4000:]}"
    return out, found


def test_every_main_window_was_opened_by_its_gesture_and_photographed(pseudo_run):
    out, found = pseudo_run
    wanted = {"first day", "first day group", "programme", "group", "planner", "attendance", "outcomes", "menus",
              "print", "start dialog", "presenter", "projector", "presenter running", "projector running",
              "projector title"}
    assert wanted <= set(found["looked_at"]), found["looked_at"]
    assert all((out / f"{name.replace(' ', '-')}.png").stat().st_size > 0 for name in wanted - {"menus"})
    assert len(list(out.glob("menu-*.png"))) == 5  # File, Edit, View, Session, Help
    assert found["language"] == "pseudo"
    assert found["texts_checked"] > 300  # the walk really read the windows


def test_every_visible_text_is_translated(pseudo_run):
    _out, found = pseudo_run
    assert not found["untranslated"], describe(found["untranslated"])


def test_no_text_is_clipped_when_it_grows_by_a_third(pseudo_run):
    _out, found = pseudo_run
    assert not found["clipped"], describe(found["clipped"])


def test_the_pseudo_catalogue_is_found_through_the_folder_variable(tmp_path, monkeypatch):
    from cos_desktop.ui import language

    (tmp_path / "cos_desktop_pseudo.qm").write_bytes(b"")
    monkeypatch.setenv(language.FOLDER_VARIABLE, str(tmp_path))
    assert language.catalogue_folder() == tmp_path
    assert language.resolve("pseudo").catalogue == tmp_path / "cos_desktop_pseudo.qm"
    monkeypatch.delenv(language.FOLDER_VARIABLE)
    assert language.resolve("pseudo").code == "en"


# ---- the child: the app, the gestures, the walk over the widgets -----------------------------
def settle(ms: int = 80) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check, what: str, timeout_ms: int = 8000) -> None:
    waited = 0
    while not check():
        if waited > timeout_ms:
            raise AssertionError(f"timed out waiting for {what}")
        settle(40)
        waited += 40


def key(key, modifiers=None) -> None:
    """A key to whatever has the focus, as the keyboard or a clicker sends it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the focus"
    QTest.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)
    settle(150)


def on_modal(action, delay_ms: int = 300) -> None:
    """Act on the next modal dialog once it shows (its exec() blocks the key that opened it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(50, act)
            return
        action(modal)

    QTimer.singleShot(delay_ms, act)


def click(button) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert button.isVisible() and button.isEnabled(), f"{button.text()} cannot be clicked"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(100)


def open_main_window(first_day=None):
    """A new facilitator's first window on an empty database (first_day(window) looks at it),
    then Help > Load demo group."""
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cos_desktop.ui.main_window import MainWindow

    url = "sqlite:///" + str(Path(tempfile.mkdtemp()) / "pseudo.sqlite3")
    window = MainWindow(url)
    window.show()
    QTest.qWaitForWindowExposed(window)
    assert window.open_database()
    if first_day is not None:
        window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is window, "the main window to be active")
        settle(300)
        first_day(window)
    window.findChild(QAction, "loadDemo").trigger()
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window, "the main window to be active")
    settle(300)
    return window


def stored_texts(url: str) -> list[str]:
    """Every text in the database: what the facilitator typed and the group's copy of the programme."""
    from sqlalchemy import String, Text, create_engine, inspect, select, table, column

    engine = create_engine(url)
    found: set[str] = set()
    with engine.connect() as conn:
        for name in inspect(engine).get_table_names():
            columns = [c["name"] for c in inspect(engine).get_columns(name) if isinstance(c["type"], (String, Text))]
            if columns:
                for row in conn.execute(select(*[column(c) for c in columns]).select_from(table(name))):
                    found.update(str(v).strip() for v in row if v and len(str(v).strip()) > 1)
    engine.dispose()
    return sorted(found, key=len, reverse=True)


def qt_own_texts() -> list[str]:
    """Qt's own button texts (OK, Cancel, Close...): translated by Qt's catalogue, which a made-up
    language does not have."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton(0xFFFFF00 & ~0x400))
    texts = [button.text().replace("&", "") for button in box.buttons()]
    box.deleteLater()
    return [t for t in texts if t]


def locale_words() -> list[str]:
    from PySide6.QtCore import QLocale

    words = []
    for locale in (QLocale(), QLocale(QLocale.Language.English)):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words += [locale.monthName(m, form) for m in range(1, 13)]
            words += [locale.standaloneMonthName(m, form) for m in range(1, 13)]
            words += [locale.dayName(d, form) for d in range(1, 8)]
        words += [locale.amText(), locale.pmText()]
    return sorted({w for w in words if w}, key=len, reverse=True)


class Inspector:
    """Walks windows and writes down what it finds."""

    def __init__(self, data: list[str], out: Path):
        self.data = data
        from PySide6.QtGui import QGuiApplication

        screens = [screen.name() for screen in QGuiApplication.screens()]  # the system's names for them
        self.kept = sorted([*KEPT_NAMES, *screens, *locale_words(), *qt_own_texts()], key=len, reverse=True)
        self.out = out
        self.untranslated: list[dict] = []
        self.clipped: list[dict] = []
        self.looked_at: list[str] = []
        self.checked = 0
        self._seen: set[tuple] = set()

    # -- (a) translated or data
    def leftover(self, text: str) -> str:
        """The English words of text: those with a vowel the pseudo-translation would have accented,
        once the data and the names kept in every language are cut out."""
        rest = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        for known in [*self.data, *self.kept]:
            if known in rest:
                rest = re.sub(r"(?<!\w)" + re.escape(known) + r"(?!\w)", " ", rest)
        for piece in re.split(r"[\[\]~]|…", rest) if "…" in rest else []:  # a stored text elided by its widget
            piece = piece.strip(" ,.:;()")
            if len(piece) > 3 and any(known.startswith(piece) for known in self.data):
                rest = rest.replace(piece, " ")
        return " ".join(word for word in LETTERS.findall(rest) if ENGLISH_VOWEL.search(word))

    def text(self, where: str, widget, text: str, kind: str = "") -> None:
        text = (text or "").strip()
        if not text:
            return
        self.checked += 1
        english = self.leftover(text)
        if english:
            problem = "untranslated" if not PSEUDO_PART.search(text) else f"English put into a translation ({english})"
            self._add(self.untranslated, where, widget, text, problem + (f" ({kind})" if kind else ""))

    # -- (b) clipped
    def clip(self, where: str, widget, text: str, problem: str) -> None:
        tip = plain(widget.toolTip()) if hasattr(widget, "toolTip") else ""
        pieces = [p.strip() for p in plain(text).split("…") if p.strip()]
        elides = "…" in text or widget.inherits("QComboBox")  # Qt cuts a combo box's text itself
        if tip and elides and all(p in tip for p in pieces):
            return  # elided on purpose, the whole text in the tooltip
        self._add(self.clipped, where, widget, text, problem)

    def _add(self, found: list, where: str, widget, text: str, problem: str) -> None:
        key = (owner(widget), type(widget).__name__, text, problem)
        if key in self._seen:
            return
        self._seen.add(key)
        found.append({"where": where, "owner": owner(widget), "widget": f"{type(widget).__name__}"
                      + (f"#{widget.objectName()}" if widget.objectName() else ""), "text": text, "problem": problem})

    # -- the walk
    def window(self, where: str, window) -> None:
        from PySide6.QtWidgets import QWidget

        settle(150)
        self.looked_at.append(where)
        window.grab().save(str(self.out / f"{where.replace(' ', '-')}.png"))
        self.text(where, window, window.windowTitle(), "window title")
        screen = window.screen().availableGeometry()
        hint = window.minimumSizeHint()
        if hint.width() > screen.width() or hint.height() > screen.height():
            self.clip(where, window, window.windowTitle(), f"needs {hint.width()}x{hint.height()}, the screen has "
                      f"{screen.width()}x{screen.height()}")
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible() and widget.window() is window:
                self.widget(where, widget)

    def widget(self, where: str, w) -> None:
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QComboBox,
            QGroupBox,
            QLabel,
            QLineEdit,
            QMenuBar,
            QPlainTextEdit,
            QTabBar,
            QTextEdit,
        )

        if hasattr(w, "text_fits"):  # sizes its font to its box (the countdown): the text must lie inside
            self.text(where, w, w.text(), "label")
            if not w.text_fits():
                self.clip(where, w, w.text(), f"does not fit {size_text(w.size())}")
        elif isinstance(w, QLabel):
            self.label(where, w)
        elif isinstance(w, QAbstractButton):
            self.text(where, w, w.text(), "button")
            if w.text() and not fits(w.sizeHint(), w.size()):
                self.clip(where, w, w.text(), f"needs {size_text(w.sizeHint())}, has {size_text(w.size())}")
        elif isinstance(w, QGroupBox):
            self.text(where, w, w.title(), "group box title")
            if w.fontMetrics().horizontalAdvance(w.title()) + 16 > w.width():
                self.clip(where, w, w.title(), "title wider than the box")
        elif isinstance(w, QTabBar):
            self.tabs(where, w)
        elif isinstance(w, QComboBox):
            self.combo(where, w)
        elif isinstance(w, QLineEdit):
            if not w.text():
                self.text(where, w, w.placeholderText(), "placeholder")
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            if not w.toPlainText():
                self.text(where, w, w.placeholderText(), "placeholder")
            elif w.isReadOnly():
                self.text(where, w, w.toPlainText(), "read-only text")
        elif isinstance(w, QMenuBar):
            self.menu_bar(where, w)
        elif isinstance(w, QAbstractItemView):
            self.view(where, w)

    def label(self, where: str, w) -> None:
        if w.pixmap() is not None and not w.pixmap().isNull() or not w.text():
            return
        text = plain(w.text())
        self.text(where, w, text, "label")
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                self.clip(where, w, text, f"needs {need} px of height at its width {w.width()}, has {w.height()}")
        elif not fits(w.sizeHint(), w.size()):
            self.clip(where, w, text, f"needs {size_text(w.sizeHint())}, has {size_text(w.size())}")

    def tabs(self, where: str, bar) -> None:
        for i in range(bar.count()):
            if not bar.isTabVisible(i):
                continue
            self.text(where, bar, bar.tabText(i), "tab")
            if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width():
                self.clip(where, bar, bar.tabText(i), f"tab needs {bar.tabSizeHint(i).width()} px, has {bar.tabRect(i).width()}")

    def combo(self, where: str, w) -> None:
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        text = w.currentText()
        if not w.isEditable():
            self.text(where, w, text, "combo box")
        option = QStyleOptionComboBox()
        w.initStyleOption(option)
        field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, w)
        need = w.fontMetrics().horizontalAdvance(text)
        if text and need > field.width() + 1:
            self.clip(where, w, text, f"needs {need} px, its field has {field.width()}")

    def menu_bar(self, where: str, bar) -> None:
        for action in bar.actions():
            if not action.isVisible():
                continue
            self.text(where, bar, action.text(), "menu title")
            place = bar.actionGeometry(action)
            if place.isEmpty() or not bar.rect().contains(place):
                self.clip(where, bar, action.text(), "no room on the menu bar")

    def menu(self, where: str, menu) -> None:
        self.text(where, menu, menu.title(), "menu title")
        for action in menu.actions():
            if action.isVisible() and not action.isSeparator():
                self.text(where, menu, action.text(), "menu item")
        screen = menu.screen().availableGeometry()
        if menu.width() > screen.width():
            self.clip(where, menu, menu.title(), "wider than the screen")

    def view(self, where: str, view) -> None:
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtWidgets import QStyle

        model = view.model()
        if model is None:
            return
        header = (view.horizontalHeader() if hasattr(view, "horizontalHeader")
                  else view.header() if hasattr(view, "header") else None)
        columns = header.count() if header is not None else 1
        if header is not None and header.isVisible():
            for column in range(columns):
                if header.isSectionHidden(column):
                    continue
                text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                self.text(where, header, text, "column title")
                margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
                need = max(header.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""]) + margin
                if text and header.sectionSize(column) < need and column < columns - 1:
                    self.clip(where, header, text, f"column needs {need} px, has {header.sectionSize(column)}")
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            for column in range(columns):
                index = model.index(row, column)
                if view.visualRect(index).isEmpty():
                    continue
                text = str(model.data(index) or "")
                self.text(where, view, text, "cell")
                if text and not cell_fits(view, index, text):
                    tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
                    if text not in tip:  # a cell cut short with its whole text in the tooltip is fine
                        self.clip(where, view, text, f"cut in its cell ({view.visualRect(index).width()}x"
                                  f"{view.visualRect(index).height()} px)")

    def results(self) -> dict:
        return {"untranslated": self.untranslated, "clipped": self.clipped, "looked_at": self.looked_at,
                "texts_checked": self.checked}


def cell_fits(view, index, text: str) -> bool:
    """Does the cell's text fit its cell, as the view draws it (wrapped at words where the view wraps)?"""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFont, QFontMetrics

    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    cell = view.visualRect(index)
    width = cell.width() - 6  # the style's text margins
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        width -= view.iconSize().width() + 4 if view.iconSize().width() > 0 else 20
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        width -= 20
    wraps = getattr(view, "wordWrap", lambda: False)()
    flags = Qt.TextFlag.TextWordWrap if wraps else 0
    need = metrics.boundingRect(QRect(0, 0, max(width, 1), 100000), int(flags), text)
    return need.width() <= width + 1 and need.height() <= cell.height()


def plain(text: str) -> str:
    if "<" not in (text or ""):
        return text or ""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def fits(need, has) -> bool:
    return need.width() <= has.width() + 1 and need.height() <= has.height() + 1


def size_text(size) -> str:
    return f"{size.width()}x{size.height()}"


def owner(widget) -> str:
    """The app's own class nearest the widget (the file and class to fix)."""
    current = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("cos_desktop"):
            return f"{module}.{type(current).__name__}"
        current = current.parentWidget()
    return "?"


def look_at_menus(inspector: Inspector, window) -> None:
    """Each menu of the menu bar opened by a click on its title, read, then closed with Esc."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    bar = window.menuBar()
    for action in bar.actions():
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
        menu = action.menu()
        wait_until(menu.isVisible, f"the menu {action.text()}")
        inspector.menu("menus", menu)
        for item in [a for a in menu.actions() if a.menu() is not None and a.isVisible()]:
            QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center())
            wait_until(item.menu().isVisible, f"the menu {item.text()}")
            inspector.menu("menus", item.menu())
            item.menu().grab().save(str(inspector.out / f"submenu-{item.menu().objectName() or 'menu'}.png"))
            QTest.keyClick(item.menu(), Qt.Key.Key_Escape)
            settle(80)
        menu.grab().save(str(inspector.out / f"menu-{bar.actions().index(action) + 1}.png"))
        QTest.keyClick(menu, Qt.Key.Key_Escape)
        settle(100)
        if menu.isVisible():
            menu.hide()
    inspector.looked_at.append("menus")
    window.activateWindow()  # the offscreen platform leaves the last menu active
    wait_until(lambda: QApplication.activeWindow() is window, "the main window active again")


def look_at_main_window(inspector: Inspector, window) -> None:
    from PySide6.QtCore import Qt

    pages = [("programme", Qt.Key.Key_1), ("group", Qt.Key.Key_2), ("planner", Qt.Key.Key_3),
             ("attendance", Qt.Key.Key_4), ("outcomes", Qt.Key.Key_5)]
    for name, digit in pages:
        key(digit, Qt.KeyboardModifier.ControlModifier)  # View > Programme ... Outcomes
        inspector.window(name, window)
    key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    look_at_menus(inspector, window)


def look_at_print(inspector: Inspector, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File > Export...
    wait_until(lambda: any(w.isVisible() and w is not window and w.isWindow() and w.inherits("QDialog")
                           for w in QApplication.topLevelWidgets()), "the export dialog")
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QDialog"))
    settle(800)  # the first page's preview
    inspector.window("print", dialog)
    dialog.activateWindow()
    settle(100)
    dialog.close()
    settle(100)


def look_at_live_windows(inspector: Inspector, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    def open_presenter(dialog) -> None:
        inspector.window("start dialog", dialog)
        click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    window.activateWindow()
    settle(100)
    on_modal(open_presenter)
    key(Qt.Key.Key_F5)  # Session > Start session...
    wait_until(lambda: window.live_session is not None and window.live_session.presenter.isVisible(), "the presenter")
    live = window.live_session
    presenter, projector = live.presenter, live.projector
    presenter.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is presenter, "the presenter to take the focus")
    settle(300)
    inspector.window("presenter", presenter)
    inspector.window("projector", projector)
    key(Qt.Key.Key_F5)  # start the clock
    key(Qt.Key.Key_PageDown)
    settle(300)
    inspector.window("presenter running", presenter)
    inspector.window("projector running", projector)
    key(Qt.Key.Key_W)  # the chapter's title on the projector
    inspector.window("projector title", projector)


def child(out: Path) -> None:
    from cos_desktop.app import make_application
    from cos_desktop.ui import crash_guard, language

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    crash_guard.install()
    inspector = Inspector([], out)

    def first_day(window) -> None:
        """What a new facilitator sees before any group exists."""
        from PySide6.QtCore import Qt

        inspector.data = stored_texts(window.database_url)
        inspector.window("first day", window)
        key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        inspector.window("first day group", window)
        key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)

    window = open_main_window(first_day)
    inspector.data = stored_texts(window.database_url)
    problems: list[str] = []
    try:
        look_at_main_window(inspector, window)
        look_at_print(inspector, window)
        look_at_live_windows(inspector, window)
    except Exception:  # the findings so far are still worth reading
        import traceback

        problems.append(traceback.format_exc())
    results = {**inspector.results(), "language": language.resolve(language.asked()).code,
               "errors": problems + list(crash_guard.problems)}
    (out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    sys.stdout.flush()
    app.processEvents()
    os._exit(1 if problems else 0)


if __name__ == "__main__":
    child(Path(sys.argv[1]))
