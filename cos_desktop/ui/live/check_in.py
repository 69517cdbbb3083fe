"""Check-in in the presenter: every parent with a state told three ways (colour, a sign and a word),
set by mouse or by keys: Up/Down to choose a parent, P, L, A or E to mark, Shift+P for everyone
not yet marked. Each mark is saved at once; Esc gives the keys back to the session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.kinds import AttendanceStatus
from cos_desktop.ui.appearance import contrast  # noqa: F401 (the states' pairs are checked with it)
from cos_desktop.ui.errors import save

# (background, text, sign) per state; every pair has a contrast of at least 4.5:1.
LOOKS = {
    AttendanceStatus.PRESENT: ("#1d5e2f", "#ffffff", "✓"),
    AttendanceStatus.LATE: ("#f3c969", "#1a1a1a", "◔"),
    AttendanceStatus.ABSENT: ("#8a1c00", "#ffffff", "✗"),
    AttendanceStatus.EXCUSED: ("#3d4f7a", "#ffffff", "–"),
    None: ("#ffffff", "#3a3a3a", "·"),
}
KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_L: AttendanceStatus.LATE,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
}


def status_text(status: AttendanceStatus | None) -> str:
    if status is None:
        return QCoreApplication.translate("CheckIn", "not marked yet")
    return QCoreApplication.translate("CheckIn", status.label)


class MarkDelegate(QStyledItemDelegate):
    """The chosen parent gets a thick frame; the state's own colour stays visible under it."""

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, plain, index)
        if selected:
            # Black outside, white inside: the frame shows on the dark states and the light ones alike.
            painter.save()
            painter.setPen(QPen(QColor("#000000"), 4))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.drawRect(option.rect.adjusted(5, 5, -5, -5))
            painter.restore()


class CheckInList(QListWidget):
    markKey = Signal(object)  # AttendanceStatus for the current row
    allKey = Signal()
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        key = event.key()
        if key == Qt.Key.Key_P and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.allKey.emit()
        elif key in KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.markKey.emit(KEYS[key])
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)


class LiveCheckIn(QWidget):
    """Marks attendance for one session run; `changed` after each saved mark."""

    changed = Signal()
    doneMarking = Signal()

    def __init__(self, session, run_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("liveCheckIn")
        self.session = session
        self.run_id = run_id
        self.marks: dict[int, AttendanceStatus | None] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("checkInCount")
        self.list = CheckInList()
        self.list.setObjectName("checkInList")
        self.list.setAccessibleName(self.tr("Check-in: Up and Down choose a parent, P L A E mark them"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(2)
        self.list.setItemDelegate(MarkDelegate(self.list))
        self.list.markKey.connect(self.mark_current)
        self.list.allKey.connect(self.mark_all_present)
        self.list.escaped.connect(self.doneMarking)
        self.all_present = QPushButton(self.tr("Mark all present (Shift+P)"))
        self.all_present.setObjectName("markAllPresent")
        self.all_present.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.all_present.clicked.connect(lambda _checked=False: self.mark_all_present())
        self.mark_buttons = QHBoxLayout()
        for key, status in KEYS.items():
            button = QPushButton(self.tr("{word} ({key})").format(word=status_text(status), key=chr(key)))
            button.setObjectName(f"mark-{status.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, st=status: self.mark_current(st))
            self.mark_buttons.addWidget(button)
        hint = QLabel(self.tr("Up/Down: choose · P present · L late · A absent · E excused · Esc: back to the session"))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.mark_buttons)
        layout.addWidget(self.all_present)
        layout.addWidget(hint)
        self.reload()

    # ---- data -----------------------------------------------------------------------
    def _run(self):
        from cos_desktop.db.models import SessionRun

        return self.session.get(SessionRun, self.run_id)

    def reload(self) -> None:
        from cos_desktop.db import records

        run = self._run()
        if run is None:
            return
        self.heading.setText(self.tr("Check-in: chapter {n}").format(n=run.chapter_position))
        if run.part_count > 1:  # each part of a chapter in parts has its own check-in
            self.heading.setText(self.tr("Check-in: chapter {n}, part {part} of {count}").format(
                n=run.chapter_position, part=run.part, count=run.part_count))
        saved = records.attendance_for_run(self.session, run)
        self.participants = [(p.id, p.display_name) for p in run.group.participants]
        self.marks = {pid: AttendanceStatus(saved[pid]) if saved.get(pid) else None for pid, _ in self.participants}
        row = max(0, self.list.currentRow())
        self.list.clear()
        for pid, name in self.participants:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.list.addItem(item)
            self._paint(item, name, self.marks[pid])
        if self.participants:
            self.list.setCurrentRow(min(row, len(self.participants) - 1))
        here = sum(1 for s in self.marks.values() if s in (AttendanceStatus.PRESENT, AttendanceStatus.LATE))
        self.count_label.setText(self.tr("%n of {total} here", "", here).format(total=len(self.participants)))

    def _paint(self, item: QListWidgetItem, name: str, status: AttendanceStatus | None) -> None:
        background, foreground, sign = LOOKS[status]
        item.setText(f"{sign}  {name}: {status_text(status)}")
        item.setBackground(QBrush(QColor(background)))
        item.setForeground(QBrush(QColor(foreground)))
        item.setSizeHint(QSize(0, self.list.fontMetrics().height() + 14))

    def status_of(self, participant_id: int) -> AttendanceStatus | None:
        return self.marks.get(participant_id)

    # ---- marking ----------------------------------------------------------------------
    def mark_current(self, status: AttendanceStatus) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        return self.mark(item.data(Qt.ItemDataRole.UserRole), status)

    def mark(self, participant_id: int, status: AttendanceStatus | None) -> bool:
        from cos_desktop.db import records
        from cos_desktop.db.models import Participant

        run, participant = self._run(), self.session.get(Participant, participant_id)
        if run is None or participant is None:
            return False
        value = status.value if status is not None else None
        ok = save(self.session, self, lambda: records.set_attendance(self.session, run, participant, value))
        self.reload()
        if ok:
            self.changed.emit()
        return ok

    def mark_all_present(self) -> bool:
        from cos_desktop.db import records

        run = self._run()
        if run is None:
            return False
        ok = save(self.session, self, lambda: records.mark_all_present(self.session, run))
        self.reload()
        if ok:
            self.changed.emit()
        return ok
