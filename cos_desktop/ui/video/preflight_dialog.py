"""'Check this session': the pre-flight check's findings, each with a button for its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.media.backend import Fix
from cos_desktop.media.preflight import PreflightReport, Severity
from cos_desktop.ui.appearance import GOOD, PROBLEM, WARNING, ink
from cos_desktop.ui.video.video_panel import fix_label

MARKS = {Severity.OK: ("\u2714", GOOD), Severity.WARNING: ("!", WARNING), Severity.FAILURE: ("\u2716", PROBLEM)}


def screen_names() -> list[str]:
    """The connected screens, named as the projector setting remembers them."""
    from cos_desktop.ui.live.live_session import screen_key

    return [screen_key(screen) for screen in QGuiApplication.screens()]


class PreflightView(QWidget):
    """A report's findings, problems first, each with a button for its fix."""

    fixRequested = Signal(str, object)  # Fix value, segment id (or None)

    def __init__(self, report: PreflightReport | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preflightView")
        self.summary = QLabel()
        self.summary.setObjectName("preflightSummary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.rows = QVBoxLayout()
        self.rows.addStretch(1)
        inner = QWidget()
        inner.setLayout(self.rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.report: PreflightReport | None = None
        if report is not None:
            self.show_report(report)

    def show_report(self, report: PreflightReport) -> None:
        self.report = report
        while self.rows.count() > 1:
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.summary.setText(f"{report.chapter_title}\n{report.summary()}")
        order = {Severity.FAILURE: 0, Severity.WARNING: 1, Severity.OK: 2}
        for finding in sorted(report.findings, key=lambda f: order[f.severity]):
            self.rows.insertWidget(self.rows.count() - 1, self._row(finding))

    def _row(self, finding) -> QWidget:
        frame = QFrame()
        frame.setObjectName(f"finding-{finding.severity.value}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        mark, colour = MARKS[finding.severity]
        mark_label = QLabel(mark)
        mark_label.setStyleSheet(f"color: {ink(colour, self)}; font-weight: bold; font-size: 16pt;")
        mark_label.setFixedWidth(28)
        mark_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        words = {Severity.OK: self.tr("Ready"), Severity.WARNING: self.tr("Check"), Severity.FAILURE: self.tr("Problem")}
        mark_label.setAccessibleName(words[finding.severity])  # the word, not only the colour and sign
        text = QLabel(f"{words[finding.severity]} \u2014 {finding.subject}\n{finding.message}")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        row = QHBoxLayout(frame)
        row.addWidget(mark_label)
        row.addWidget(text, 1)
        buttons = QVBoxLayout()
        for fix in finding.fixes:
            button = QPushButton(fix_label(self, fix))
            button.setObjectName(f"fix-{fix.value}")
            # Tab reaches it, a click does not take the focus (the presenter's keys stay with the session).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleDescription(f"{finding.subject}: {finding.message}")
            button.clicked.connect(lambda _=False, f=fix, s=finding.segment_id: self.fixRequested.emit(f.value, s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return frame

    def fix_buttons(self, fix: Fix) -> list[QPushButton]:
        return [b for b in self.findChildren(QPushButton) if b.objectName() == f"fix-{fix.value}"]


class PreflightDialog(QDialog):
    """Shows a report; `fixRequested(fix, segment_id)` asks the owner to carry a fix out."""

    fixRequested = Signal(str, object)
    recheckRequested = Signal()

    def __init__(self, report: PreflightReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preflightDialog")
        self.setWindowTitle(self.tr("Check this session"))
        self.view = PreflightView(report)
        self.summary = self.view.summary
        self.view.fixRequested.connect(self.fixRequested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        again = buttons.addButton(self.tr("Check again"), QDialogButtonBox.ButtonRole.ActionRole)
        again.clicked.connect(self.recheckRequested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    @property
    def report(self) -> PreflightReport:
        return self.view.report

    def show_report(self, report: PreflightReport) -> None:
        self.view.show_report(report)

    def fix_buttons(self, fix: Fix) -> list[QPushButton]:
        return self.view.fix_buttons(fix)
