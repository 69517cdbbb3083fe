"""'From a disc...': pick a DVD (in a drive, or a DVD folder or ISO image copied to this computer),
see its titles with their lengths and chapters, and choose the one a segment shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.disc import DiscContents, DiscLink, link_for
from cos_desktop.media.backend import format_ms

# Data kept on each row of the title list: (title number, chapter number or None).
CHOICE_ROLE = Qt.ItemDataRole.UserRole


class DiscLinkDialog(QDialog):
    """Reads a disc when a place is chosen; `choice()` is the picked title (and chapter) once accepted.

    With `wanted` (Locate... for a disc link) the same disc is looked for and its title picked."""

    def __init__(self, parent: QWidget | None = None, *, wanted: DiscLink | None = None, last_folder: str = ""):
        super().__init__(parent)
        self.setObjectName("discLinkDialog")
        self.wanted = wanted
        self.last_folder = last_folder
        self.contents: DiscContents | None = None
        self._places: list[tuple[str, str | None]] = []  # (place, volume id known from the drive)
        if wanted is None:
            self.setWindowTitle(self.tr("Link a video from a disc"))
        else:
            self.setWindowTitle(self.tr("Find the disc \u201c{name}\u201d").format(name=wanted.display_name))
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_source_row())
        self.status = QLabel()
        self.status.setObjectName("discStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self._build_title_list(), 1)
        layout.addWidget(self._build_buttons())
        self.resize(620, 420)
        self.look_in_drives()

    # ---- building ------------------------------------------------------------------------
    def _build_source_row(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Disc:"))
        self.sources = QComboBox()
        self.sources.setObjectName("discSources")
        self.sources.setMinimumContentsLength(24)
        label.setBuddy(self.sources)
        self.sources.activated.connect(lambda index: self._read(index))
        self.drives_button = QPushButton(self.tr("Look in the &drives again"))
        self.drives_button.setObjectName("discDrivesButton")
        self.drives_button.clicked.connect(lambda: self.look_in_drives())
        self.folder_button = QPushButton(self.tr("DVD &folder..."))
        self.folder_button.setObjectName("discFolderButton")
        self.folder_button.clicked.connect(lambda: self.open_folder())
        self.image_button = QPushButton(self.tr("Disc &image (ISO)..."))
        self.image_button.setObjectName("discImageButton")
        self.image_button.clicked.connect(lambda: self.open_image())
        box.addWidget(label)
        box.addWidget(self.sources, 1)
        for button in (self.drives_button, self.folder_button, self.image_button):
            box.addWidget(button)
        return row

    def _build_title_list(self) -> QTreeWidget:
        self.titles = QTreeWidget()
        self.titles.setObjectName("discTitles")
        self.titles.setHeaderLabels([self.tr("Title or chapter"), self.tr("Length"), self.tr("Starts at")])
        self.titles.setRootIsDecorated(True)
        self.titles.setColumnWidth(0, 300)
        self.titles.currentItemChanged.connect(lambda *_: self._update_ok())
        self.titles.itemDoubleClicked.connect(lambda *_: self.accept() if self.choice() is not None else None)
        return self.titles

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Link") if self.wanted is None else self.tr("Use this disc"))
        self.ok_button.setObjectName("discLinkButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()
        return self.buttons

    # ---- choosing a place ------------------------------------------------------------------
    def look_in_drives(self) -> None:
        from cos_desktop.media.disc_drives import disc_drives

        self._places = [(d.place, d.volume_id) for d in disc_drives()]
        self.sources.clear()
        for place, volume in self._places:
            self.sources.addItem(self.tr("Drive: {name} ({place})").format(name=volume or Path(place).name,
                                                                          place=place))
        if self._places:
            self._read(0)
        else:
            self._show(None, self.tr("No disc was found in a drive. Put the disc in and choose \u201cLook in the "
                                     "drives again\u201d, or open a DVD folder or disc image copied to this computer."))

    def open_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Open a DVD folder (it holds VIDEO_TS)"),
                                                      self.last_folder)
            if not folder:
                return
        self._add_place(folder, self.tr("Folder: {name}").format(name=Path(folder).name or folder))

    def open_image(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a disc image"), self.last_folder,
                                                  self.tr("Disc images (*.iso *.img);;All files (*)"))
            if not path:
                return
        self._add_place(path, self.tr("Image: {name}").format(name=Path(path).name))

    def _add_place(self, place: str, label: str) -> None:
        self.last_folder = str(Path(place).parent)
        self._places.append((place, None))
        self.sources.addItem(label)
        self.sources.setItemData(self.sources.count() - 1, place, Qt.ItemDataRole.ToolTipRole)  # the whole path
        self.sources.setCurrentIndex(self.sources.count() - 1)
        self._read(self.sources.count() - 1)

    def _read(self, index: int) -> None:
        from cos_desktop.media.disc_reader import read_disc

        if not 0 <= index < len(self._places):
            return
        place, volume = self._places[index]
        contents = read_disc(place, volume_id=volume)
        if contents is None:
            self._show(None, self.tr("No DVD video could be read there. Choose the folder that holds VIDEO_TS, "
                                     "or a disc image (.iso)."))
        elif self.wanted is not None and not self.wanted.identity.matches(contents.identity):
            self._show(contents, self.tr("This is another disc (\u201c{found}\u201d), not \u201c{wanted}\u201d.")
                       .format(found=contents.name, wanted=self.wanted.display_name))
        else:
            self._show(contents, self.tr("\u201c{name}\u201d: %n title(s). Pick the one this segment shows.", "",
                                         len(contents.titles)).format(name=contents.name))

    # ---- the titles ----------------------------------------------------------------------------
    def _show(self, contents: DiscContents | None, message: str) -> None:
        self.contents = contents
        self.status.setText(message)
        self.titles.clear()
        for title in contents.titles if contents is not None else ():
            row = QTreeWidgetItem([self.tr("Title {n}").format(n=title.number), format_ms(title.length_ms), ""])
            row.setData(0, CHOICE_ROLE, (title.number, None))
            row.setToolTip(0, self.tr("%n chapter(s)", "", len(title.chapters)))
            for chapter in title.chapters if len(title.chapters) > 1 else ():
                child = QTreeWidgetItem([self.tr("Chapter {n}").format(n=chapter.number),
                                         format_ms(chapter.length_ms), format_ms(chapter.start_ms)])
                child.setData(0, CHOICE_ROLE, (title.number, chapter.number))
                row.addChild(child)
            self.titles.addTopLevelItem(row)
            row.setExpanded(True)
        if self.titles.topLevelItemCount():
            self.titles.setCurrentItem(self._wanted_row() or self.titles.topLevelItem(0))
        self._update_ok()

    def _wanted_row(self) -> QTreeWidgetItem | None:
        if self.wanted is None:
            return None
        for i in range(self.titles.topLevelItemCount()):
            row = self.titles.topLevelItem(i)
            if row.data(0, CHOICE_ROLE)[0] == self.wanted.title:
                return row
        return None

    def choice(self) -> tuple[DiscContents, int, int | None] | None:
        item = self.titles.currentItem()
        if self.contents is None or item is None:
            return None
        if self.wanted is not None and not self.wanted.identity.matches(self.contents.identity):
            return None
        title, chapter = item.data(0, CHOICE_ROLE)
        return self.contents, title, chapter

    def chosen_link(self) -> DiscLink | None:
        picked = self.choice()
        return link_for(*picked) if picked is not None else None

    def _update_ok(self) -> None:
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(self.choice() is not None)
