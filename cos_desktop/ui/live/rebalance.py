"""Finishing on time: the offer to shorten the segments still to come, and its undo step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from cos_desktop.core.live_run import PlannedSegment, RebalanceProposal
from cos_desktop.core.plan import whole_minutes
from cos_desktop.core.programme_text import programme_text
from cos_desktop.ui.errors import interactive


class RebalanceCommand(QUndoCommand):
    """Shorten the remaining flexible segments; undo puts their times back (both are recorded)."""

    def __init__(self, controller, proposal: RebalanceProposal, text: str):
        super().__init__(text)
        self.controller = controller
        self.before = {i: old for i, (old, _new) in proposal.changes.items()}
        self.after = proposal.planned

    def redo(self) -> None:
        # Kept in English in the records; the summary translates it when it shows it.
        self.controller.set_planned(
            self.after, QT_TRANSLATE_NOOP("SessionSummaryDialog", "Rebalanced to finish on time"))

    def undo(self) -> None:
        self.controller.set_planned(self.before, QT_TRANSLATE_NOOP("SessionSummaryDialog", "Rebalance undone"))


def rebalance_text(segments: list[PlannedSegment], proposal: RebalanceProposal) -> str:
    lines = [
        QCoreApplication.translate("Rebalance", "{title}: {old} min → {new} min").format(
            title=programme_text(segments[i].title), old=whole_minutes(old), new=whole_minutes(new))
        for i, (old, new) in sorted(proposal.changes.items())
    ]
    late = QCoreApplication.translate(
        "Rebalance", "At this pace the session ends about {minutes} min after the planned end.").format(
        minutes=max(1, whole_minutes(proposal.over_seconds)))
    if proposal.on_time:
        lead = QCoreApplication.translate(
            "Rebalance", "To finish on time, these segments would be shorter (videos keep their time):")
    else:
        lead = QCoreApplication.translate(
            "Rebalance", "Even the shortest times cannot make up all the time; this gets closest (videos keep their time):")
    undo = QCoreApplication.translate("Rebalance", "You can undo this with Ctrl+Z.")
    return late + "\n\n" + lead + "\n\n" + "\n".join(lines) + "\n\n" + undo


def confirm_rebalance(parent: QWidget, segments: list[PlannedSegment], proposal: RebalanceProposal) -> bool:
    if not interactive():
        return True
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
        "Rebalance", "Finish on time"), rebalance_text(segments, proposal),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    apply = box.addButton(QCoreApplication.translate("Rebalance", "Apply"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(apply)  # Enter applies, Esc cancels
    box.exec()
    return box.clickedButton() is apply
