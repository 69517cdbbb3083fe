"""The main window's way into a live session: choose, start, resume, and the summary afterwards."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from cos_desktop.core import local_formats
from cos_desktop.core.programme_text import programme_text
from cos_desktop.ui.errors import interactive, report_error

log = logging.getLogger(__name__)


class LiveActions:
    """Mixed into MainWindow: Session > Start, the presenter's lifetime, crash resume, summaries."""

    def start_session(self) -> None:
        """Session > Start session: choose a chapter (the group's next one), then open the presenter."""
        from cos_desktop.core.kinds import RunStatus, run_status_label
        from cos_desktop.db import store
        from cos_desktop.ui.live.start_dialog import ChapterChoice, StartSessionDialog

        if self.session is None:
            return
        if self.live_session is not None:
            self.live_session.presenter.show()
            self.live_session.presenter.raise_()
            self.live_session.presenter.activateWindow()
            return
        group = self.current_group()
        if group is not None:
            upcoming = store.next_session(group)
            if upcoming is not None and upcoming.status == RunStatus.RUNNING.value:
                self.resume_run(upcoming.id)  # a session left open: carry on with it, clock intact
                return
            choices = [
                ChapterChoice(
                    run.chapter_id, run.id,
                    self.tr("{number}. {title} ({date}, {status})").format(
                        number=run.chapter_position, title=programme_text(run.plan.title),  # with the part, for a chapter in parts
                        date=local_formats.short_date(run.date), status=run_status_label(run.status).lower()),
                    run.status == "ended",
                )
                for run in group.sessions
            ]
            default = next((i for i, run in enumerate(group.sessions) if run is upcoming), 0)
        else:
            template = store.builtin_template(self.session)
            chapters = template.chapters if template is not None else []
            choices = [ChapterChoice(c.id, None, f"{c.position}. {programme_text(c.title)}", False) for c in chapters]
            default = max(0, self.programme.chapter_list.currentRow())
        if not choices:
            return
        dialog = StartSessionDialog(choices, default, group_name=group.name if group else "", parent=self)
        if dialog.exec() != StartSessionDialog.DialogCode.Accepted:
            return
        choice, rehearsal = dialog.choice()
        self.open_live_session(chapter_id=choice.chapter_id, run_id=None if rehearsal else choice.run_id)

    def open_live_session(self, *, chapter_id: int, run_id: int | None, clock=None, start: bool = False):
        """Open the presenter (and projector) on a group's session, or on a chapter as a rehearsal."""
        from cos_desktop.db.models import ChapterPlan, SessionRun
        from cos_desktop.ui.live.live_session import LiveSession

        run = self.session.get(SessionRun, run_id) if run_id is not None else None
        chapter = run.plan if run is not None else self.session.get(ChapterPlan, chapter_id)  # a part: its segments
        live = LiveSession(session=self.session, run=run, chapter=chapter, undo_stack=self.undo_stack,
                           clock=clock, full_screen=self.live_full_screen, parent=self)
        self.live_session = live
        if run is not None:
            from cos_desktop.ui.live.live_records import attach_live_records

            attach_live_records(live, self)
        live.ended.connect(lambda _summary: self._live_session_ended(live))
        live.closed.connect(lambda: self._live_session_closed(live))
        self.presenterOpened.emit(live)
        live.open()
        if start:
            live.controller.start()
        return live

    def _add_live_video(self, live) -> None:
        from cos_desktop.ui.live.live_video import LiveVideo

        live.video = LiveVideo(live, self.session)

    def _live_session_ended(self, live) -> None:
        group = self.current_group()
        if group is not None:
            self._show_programme(group)  # the chapter now shows as delivered
        self._fill_group_page(group)
        if live.summary is not None:
            title = live.presenter.chapter_label.text()
            self.show_summary_dialog(live.summary, title, live.run, parent=live.presenter)

    def show_next_session(self, group) -> None:
        """The banner above the programme, and the programme opened on the chapter due next."""
        from cos_desktop.db import store

        run = store.next_session(group) if group is not None else None
        self.next_session_banner.show_next(group, run, groups_exist=self.group_picker.count() > 1)
        if run is not None:
            chapters = [c.position for c in group.curriculum.chapters]
            if run.chapter_position in chapters:
                self.programme.chapter_list.setCurrentRow(chapters.index(run.chapter_position))

    def _live_session_closed(self, live) -> None:
        if self.live_session is live:
            self.live_session = None
        self.show_next_session(self.current_group())
        self._fill_group_page(self.current_group())
        self.activateWindow()

    def show_summary_dialog(self, summary, title: str, run=None, parent=None):
        from cos_desktop.ui.live.summary_dialog import SessionSummaryDialog

        dialog = SessionSummaryDialog(summary, title, parent or self, run=run)
        if run is not None:
            run_id = run.id
            dialog.add_action_button(self.tr("Review &notes..."), lambda: self.review_notes(run_id))
        self.summaryOpened.emit(dialog)
        dialog.show()
        self.last_summary_dialog = dialog
        return dialog

    def show_run_summary(self, row: int):
        """The saved summary of one of the group's delivered sessions (its history)."""
        from cos_desktop.db import run_store

        group = self.current_group()
        if group is None or not 0 <= row < len(group.sessions):
            return None
        run = group.sessions[row]
        summary = run_store.summary_of(run)
        if summary is None:
            self.statusBar().showMessage(self.tr("This session has not been run yet."), 4000)
            return None
        title = self.tr("{group} · Chapter {n}: {title}").format(
            group=group.name, n=run.chapter_position, title=programme_text(run.plan.title))
        return self.show_summary_dialog(summary, title, run)

    def offer_resume(self) -> bool:
        """After a crash or power cut: offer to carry on with the interrupted session."""
        from cos_desktop.core.plan import format_duration
        from cos_desktop.db import run_store

        if self.session is None or self.live_session is not None:
            return False
        runs = run_store.interrupted_runs(self.session)
        if not runs:
            return False
        run = runs[0]
        offer = run_store.resume_offer(run)
        log.info("interrupted session found: %s", offer.text)
        if not interactive():
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        from PySide6.QtCore import Qt

        box.setTextFormat(Qt.TextFormat.PlainText)  # the group's name is the facilitator's text
        box.setWindowTitle(self.tr("Carry on with the session?"))
        box.setText(self.tr("{group}: the session was interrupted.").format(group=offer.group_name))
        box.setInformativeText(
            self.tr("Resume chapter {chapter}, segment {segment} ({elapsed} elapsed)?").format(
                chapter=offer.chapter_position, segment=offer.segment_position,
                elapsed=format_duration(int(offer.elapsed_seconds)))
            + "\n\n" + (self.tr("It was paused: the time since then does not count. Press Space to carry on.")
                        if offer.paused else
                        self.tr("The time since it stopped counts in that segment, as the group kept going."))
        )
        resume = box.addButton(self.tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not resume:
            return False
        self.resume_run(run.id)
        return True

    def resume_run(self, run_id: int):
        from cos_desktop.db.models import SessionRun

        run = self.session.get(SessionRun, run_id)
        if run is None:
            return None
        if run.group is not None:
            self.refresh_groups(run.group_id)
        live = self.open_live_session(chapter_id=run.chapter_id, run_id=run.id)
        snap = live.controller.snapshot()
        log.info(
            "resumed run %d: chapter %d, segment %d, %.3f s elapsed at %s",
            run.id, run.chapter_position, snap.current + 1, snap.elapsed_ns / 1e9, snap.now_wall.isoformat(),
        )
        return live

    def _present_on_open(self) -> None:
        """`cos-desktop present`: open the presenter on a group's next session straight away."""
        from cos_desktop.db import run_store, store

        options = self.present_on_open or {}
        if options.get("resume"):
            runs = run_store.interrupted_runs(self.session)
            if runs:
                self.resume_run(runs[0].id)
                return
        group = store.group_by_name(self.session, options["group"]) if options.get("group") else None
        if options.get("group") and group is None:
            report_error(self.tr("Start session"), self.tr("There is no group called {name}.").format(
                name=options["group"]), self)
            return
        if group is not None:
            self.refresh_groups(group.id)
            run = store.next_session(group)
            if options.get("chapter"):
                run = next((r for r in group.sessions if r.chapter_position == options["chapter"]), run)
            if run is None:
                report_error(self.tr("Start session"), self.tr("Every chapter of this group has been delivered."), self)
                return
            self.open_live_session(chapter_id=run.chapter_id, run_id=run.id, start=bool(options.get("start")))
            return
        template = store.builtin_template(self.session)
        position = options.get("chapter") or 1
        chapter = next(c for c in template.chapters if c.position == position)
        self.open_live_session(chapter_id=chapter.id, run_id=None, start=bool(options.get("start")))
