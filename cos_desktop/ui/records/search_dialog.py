"""Find in notes: every note of every group, by words, optionally one group or one parent."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from cos_desktop.core import local_formats

SEARCH_DELAY_MS = 250


class SearchDialog(QDialog):
    """Type words; results list the group, chapter, date and segment; open one to see it in its session."""

    openNote = Signal(int, int)  # run id, note id

    def __init__(self, session, parent: QWidget | None = None, group_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Find in notes"))
        self.session = session
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("For example: sleep"))
        self.query.setClearButtonEnabled(True)
        self.group = QComboBox()
        self.group.setObjectName("searchGroup")
        self.parent_filter = QComboBox()
        self.parent_filter.setObjectName("searchParent")
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.count = QLabel()
        self.count.setObjectName("searchCount")
        form = QFormLayout()
        form.addRow(self.tr("&Words:"), self.query)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&About:"), self.parent_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.resize(720, 560)

        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda: self.timer.start())
        self.query.returnPressed.connect(self._enter)
        self._fill_groups(group_id)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.parent_filter.currentIndexChanged.connect(self.search)
        self.results.itemActivated.connect(self._activated)
        self._group_changed()

    def _fill_groups(self, group_id: int | None) -> None:
        from cos_desktop.db import records

        self.group.addItem(self.tr("All groups"), None)
        for row in records.group_list(self.session, include_archived=True):
            label = row.name + (self.tr(" (archived)") if row.archived else "")
            self.group.addItem(label, row.id)
        index = self.group.findData(group_id) if group_id is not None else 0
        self.group.setCurrentIndex(max(index, 0))

    def _group_changed(self) -> None:
        from cos_desktop.db.models import Group

        self.parent_filter.blockSignals(True)
        self.parent_filter.clear()
        self.parent_filter.addItem(self.tr("Anyone"), None)
        group_id = self.group.currentData()
        group = self.session.get(Group, group_id) if group_id is not None else None
        for participant in group.participants if group else []:
            self.parent_filter.addItem(participant.display_name, participant.id)
        self.parent_filter.setEnabled(group is not None)
        self.parent_filter.blockSignals(False)
        self.search()

    def search(self) -> None:
        from cos_desktop.db.search import search_notes

        self.timer.stop()
        self.results.clear()
        words = self.query.text()
        if not words.strip():
            self.count.setText(self.tr("Type a word to search every note."))
            return
        hits = search_notes(self.session, words, group_id=self.group.currentData(),
                            participant_id=self.parent_filter.currentData())
        for hit in hits:
            where = self.tr("{group} · chapter {n} · {date}").format(
                group=hit.group_name, n=hit.chapter_position, date=local_formats.medium_date(hit.date))
            if hit.segment_title:
                where += f" · {hit.segment_title}"
            text = " ".join(hit.text.split())
            if len(text) > 240:
                text = text[:239] + "…"
            private = self.tr("Private") if hit.visibility == "private" else self.tr("Shareable")
            item = QListWidgetItem(f"{where}  [{private}]\n{text}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.run_id, hit.note_id))
            self.results.addItem(item)
        self.count.setText(self.tr("%n note(s) found. Press Enter or double-click to open one.", "", len(hits))
                           if hits else self.tr("No note has those words."))
        if hits:
            self.results.setCurrentRow(0)

    def _enter(self) -> None:
        """Enter in the words: search now if the words changed, then open the result chosen in the list."""
        if self.timer.isActive() or self.results.count() == 0:
            self.search()
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def hit_ids(self) -> list[int]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole)[1] for i in range(self.results.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        run_id, note_id = item.data(Qt.ItemDataRole.UserRole)
        self.openNote.emit(run_id, note_id)
