"""Fit to length: choose a target, see every segment before and after, then apply in one step."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cos_desktop.core.plan import whole_minutes
from cos_desktop.core import parts, plan_edit
from cos_desktop.core.fit import BREAK_FROM_MINUTES, COMMON_TARGETS, FitResult
from cos_desktop.core.kinds import SegmentKind
from cos_desktop.ui.appearance import GOOD, PROBLEM, item_ink, text_style

# What the preview's colours mean (the words "removed", "cannot fit", "(new)" and the Before column say it too).
RED = PROBLEM
GREEN = GOOD


class FitDialog(QDialog):
    def __init__(self, snapshot: dict, chapter_row: int, locked_rows: set[int], *, minimum: int = 2,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fitDialog")
        self.setWindowTitle(self.tr("Fit to length"))
        self.snapshot = snapshot
        self.chapter_row = max(chapter_row, 0)
        self.locked_rows = locked_rows
        self._after: dict | None = None
        self._outcomes: dict[int, tuple[FitResult, ...] | str] = {}

        form, note = self._build_form(snapshot["chapters"][self.chapter_row], minimum)
        self.summary = QLabel()
        self.summary.setObjectName("fitSummary")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("fitPreview")
        self.preview.setHorizontalHeaderLabels([self.tr("Chapter"), self.tr("Segment"), self.tr("Kind"),
                                                self.tr("Before"), self.tr("After")])
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

        for signal in (self.this_chapter.toggled, self.target.valueChanged, self.minimum.valueChanged):
            signal.connect(lambda *_: self.update_preview())
        self.update_preview()

    def _build_form(self, chapter: dict, minimum: int) -> tuple[QFormLayout, QLabel]:
        """What to fit, to which length, and the shortest a segment may become."""
        self.this_chapter = QRadioButton(self.tr("This chapter ({n}. {title})").format(
            n=chapter["position"], title=chapter["title"]))
        self.every_chapter = QRadioButton(self.tr("Every chapter"))
        self.this_chapter.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.this_chapter)
        scope.addButton(self.every_chapter)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.this_chapter)
        scope_row.addWidget(self.every_chapter)
        scope_row.addStretch(1)

        self.preset = QComboBox()
        self.preset.setObjectName("fitPreset")
        for minutes in COMMON_TARGETS:
            self.preset.addItem(self.tr("{hours}").format(hours=self._hours(minutes)), minutes)
        self.preset.addItem(self.tr("Another length"), None)
        self.target = QSpinBox()
        self.target.setObjectName("fitTarget")
        self.target.setRange(10, 480)
        self.target.setSuffix(self.tr(" min"))
        self.target.setValue(chapter["target_minutes"])
        index = self.preset.findData(chapter["target_minutes"])
        self.preset.setCurrentIndex(index if index >= 0 else self.preset.count() - 1)
        self.preset.currentIndexChanged.connect(self._preset_picked)
        target_row = QHBoxLayout()
        target_row.addWidget(self.preset)
        target_row.addWidget(self.target)
        target_row.addStretch(1)
        self.minimum = QSpinBox()
        self.minimum.setObjectName("fitMinimum")
        self.minimum.setRange(1, 30)
        self.minimum.setValue(minimum)
        self.minimum.setSuffix(self.tr(" min"))

        form = QFormLayout()
        form.addRow(self.tr("Fit:"), scope_row)
        target_label = QLabel(self.tr("&Session length:"))
        target_label.setBuddy(self.preset)
        form.addRow(target_label, target_row)
        minimum_row = QHBoxLayout()
        minimum_row.addWidget(self.minimum)
        minimum_row.addStretch(1)
        minimum_label = QLabel(self.tr("S&hortest segment:"))
        minimum_label.setBuddy(self.minimum)
        form.addRow(minimum_label, minimum_row)
        note = QLabel(self.tr("Videos keep their length. Other segments grow or shrink in proportion, in whole "
                              "minutes. Sessions of {hours} or more get a break in the middle; shorter ones lose "
                              "it.").format(hours=self._hours(BREAK_FROM_MINUTES)))
        note.setWordWrap(True)
        return form, note

    def _hours(self, minutes: int) -> str:
        if minutes % 60 == 0:
            hours = minutes // 60
            return self.tr("%n hour(s)", "", hours)
        return self.tr("{m} min").format(m=minutes)

    def _preset_picked(self) -> None:
        minutes = self.preset.currentData()
        if minutes is not None:
            self.target.setValue(minutes)
        else:
            self.target.setFocus()
            self.target.selectAll()

    def chapters(self) -> list[int]:
        if self.this_chapter.isChecked():
            return [self.chapter_row]
        return [i for i in range(len(self.snapshot["chapters"])) if i not in self.locked_rows]

    def update_preview(self) -> None:
        target = self.target.value()
        index = self.preset.findData(target)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(index if index >= 0 else self.preset.count() - 1)
        self.preset.blockSignals(False)
        chosen = self.chapters()
        if self.this_chapter.isChecked() and self.chapter_row in self.locked_rows:
            self._after, self._outcomes = None, {}
            self._show([], self.tr("This chapter has been delivered or is running; its plan stays as it was."))
            return
        after, outcomes = plan_edit.fit_chapters(self.snapshot, chosen, target, minimum=self.minimum.value(),
                                                 break_title=self.tr("Break"))
        self._outcomes = outcomes
        failures = {i: reason for i, reason in outcomes.items() if isinstance(reason, str)}
        self._after = None if failures or after == self.snapshot else after
        if failures:
            lines = [self.tr("Chapter {n}: {reason}").format(n=self.snapshot["chapters"][i]["position"], reason=r)
                     for i, r in failures.items()]
            text = self.tr("Cannot fit to {target} min:").format(target=target) + "\n" + "\n".join(lines)
        elif after == self.snapshot:
            text = self.tr("Already {target} min: nothing to change.").format(target=target)
        else:
            text = self.tr("Each chapter will last exactly {target} min.").format(target=target)
            if any(parts.part_count(self.snapshot["chapters"][i]) > 1 for i in chosen):
                text = self.tr("Each session will last exactly {target} min: a chapter in parts has each of its "
                               "parts fitted.").format(target=target)
            if self.locked_rows and not self.this_chapter.isChecked():
                text += " " + self.tr("Delivered chapters stay as they were.")
        self._show(chosen, text, failed=bool(failures))

    def _show(self, chosen: list[int], text: str, failed: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(text_style(RED, self) if failed or not chosen else "")
        self.apply_button.setEnabled(self._after is not None)
        rows: list[tuple[str, str, str, str, str, str | None]] = []
        for index in chosen:
            rows.extend(self._chapter_rows(index))
        self.preview.setRowCount(len(rows))
        bold = QFont(self.preview.font())
        bold.setBold(True)
        for r, (chapter, title, kind, before, after, colour) in enumerate(rows):
            for c, text in enumerate((chapter, title, kind, before, after)):
                item = QTableWidgetItem(text)
                if c == 4 and colour is not None:
                    item.setForeground(QBrush(item_ink(colour, self.preview)))
                if title == self.tr("Total") or c == 0:
                    item.setFont(bold)
                self.preview.setItem(r, c, item)

    def _chapter_rows(self, index: int) -> list[tuple]:
        """The preview rows of one chapter: each part (a session) with its own segments and total."""
        chapter = self.snapshot["chapters"][index]
        outcome = self._outcomes.get(index)
        count = parts.part_count(chapter)
        rows: list[tuple] = []
        if isinstance(outcome, str):
            label = self.tr("{n}. {title}").format(n=chapter["position"], title=chapter["title"])
            before_total = whole_minutes(plan_edit.chapter_seconds(chapter))
            return [(label, outcome, "", str(before_total), self.tr("cannot fit"), RED)]
        assert outcome is not None
        for part, result in enumerate(outcome, start=1):
            label = self.tr("{n}. {title}").format(n=chapter["position"], title=chapter["title"]) if count == 1 else self.tr(
                "{n}. {title}, part {part} of {count}").format(n=chapter["position"], title=chapter["title"],
                                                                 part=part, count=count)
            new_minutes = {item.key: item.minutes for item in result.items}
            removed = {item.key for item in result.removed_breaks}
            segments = [(i, s) for i, s in enumerate(chapter["segments"]) if parts.part_of(s) == part]
            part_rows = []
            for position, segment in segments:
                before = plan_edit.segment_minutes(segment)
                if position in removed:
                    after_text, colour = self.tr("removed"), RED
                else:
                    after = new_minutes[position]
                    after_text, colour = str(after), (None if after == before else GREEN)
                part_rows.append((label, segment["title"], self._kind(segment["kind"]), str(before), after_text, colour))
                label = ""
            if result.added_break is not None:
                at = result.items.index(result.added_break)
                part_rows.insert(at, ("", result.added_break.title, self._kind("break"), "",
                                      self.tr("{m} (new)").format(m=result.added_break.minutes), GREEN))
            before_total = whole_minutes(sum(s["planned_seconds"] for _i, s in segments))
            part_rows.append(("", self.tr("Total"), "", str(before_total), str(result.total), None))
            rows.extend(part_rows)
        return rows

    def _kind(self, kind: str) -> str:
        try:
            return self.tr(SegmentKind(kind).label)
        except ValueError:
            return kind

    def result_snapshot(self) -> dict | None:
        """The fitted plan, or None when it cannot be fitted or nothing changes."""
        return self._after

    def description(self) -> str:
        if self.this_chapter.isChecked():
            return self.tr("Fit chapter {n} to {m} min").format(
                n=self.snapshot["chapters"][self.chapter_row]["position"], m=self.target.value())
        return self.tr("Fit every chapter to {m} min").format(m=self.target.value())
