"""The list of problems in a programme file that could not be imported."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget


class ImportProblemsDialog(QDialog):
    """Every problem in a file that could not be imported, each with where it is."""

    def __init__(self, path: Path, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importProblems")
        self.setWindowTitle(self.tr("This file cannot be imported"))
        self.problems = problems
        intro = QLabel(
            self.tr("<b>Nothing was imported.</b> {file} has %n problem(s). Fix them in the file and import it "
                    "again:", "", len(problems)).format(file=html.escape(path.name))
        )
        intro.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setWordWrap(True)
        self.problem_list.setSpacing(3)
        self.problem_list.addItems(problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy_button = buttons.addButton(self.tr("&Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy_button.clicked.connect(lambda: QApplication.clipboard().setText("\n".join(problems)))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

