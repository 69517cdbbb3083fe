"""Videos on the planning screen: link a file (dialog or drag-and-drop onto a segment) or an
address, Locate... a moved file, preview a clip with its pause points, and check a session."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QPushButton

from cos_desktop.core.disc import is_disc_link, parse_link
from cos_desktop.core.kinds import SegmentKind
from cos_desktop.db import media_library as library
from cos_desktop.media.backend import Fix
from cos_desktop.db.media_library import LinkError, LinkStatus
from cos_desktop.ui.screen_fit import fit_on_screen
from cos_desktop.core import local_formats

log = logging.getLogger(__name__)

VIDEO_FILTER = QT_TRANSLATE_NOOP(
    "VideoLinks", "Videos (*.mp4 *.m4v *.mov *.mkv *.avi *.wmv *.webm *.mpg *.mpeg *.ts *.vob *.ogv);;All files (*)")


class VideoLinks(QObject):
    """Owned by the main window; acts on the programme view's selected segment."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view = window.programme
        self.preview_dialog = None
        self.preflight_dialog = None
        self.disc_dialog = None
        self.last_folder = ""

        self.link_file_action = self._action(self.tr("Link &video file..."), self.link_file, "linkVideoFile")
        self.link_disc_action = self._action(self.tr("Link from a &disc..."), self.link_from_disc, "linkVideoDisc")
        self.link_address_action = self._action(self.tr("Link video &address..."), self.link_address, "linkVideoAddress")
        self.locate_action = self._action(self.tr("&Locate..."), self.locate, "locateVideo")
        self.preview_action = self._action(self.tr("&Preview and pause points..."), self.preview, "previewVideo")
        self.unlink_action = self._action(self.tr("&Unlink video"), self.unlink, "unlinkVideo")
        self.check_action = self._action(self.tr("&Check this session..."), self.check_session, "checkSession")
        self.check_action.setShortcut("Ctrl+Shift+K")

        buttons = self.view.segment_buttons
        short = {self.link_disc_action: self.tr("From a disc...")}
        for action in (self.link_file_action, self.link_disc_action, self.locate_action, self.preview_action):
            button = QPushButton(short.get(action, action.text()).replace("&", ""))
            button.setObjectName(action.objectName() + "Button")
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            buttons.addWidget(button)
        buttons.addStretch(1)
        check_button = QPushButton(self.tr("Check this session..."))
        check_button.setObjectName("checkSessionButton")
        check_button.clicked.connect(self.check_action.trigger)
        buttons.addWidget(check_button)

        window.session_menu.addAction(self.check_action)
        table = self.view.segment_table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.setAcceptDrops(True)
        table.viewport().setAcceptDrops(True)
        table.viewport().installEventFilter(self)
        table.currentCellChanged.connect(lambda *_: self.update_actions())
        self.view.chapterChanged.connect(lambda *_: self.update_actions())
        window.databaseReady.connect(self._report_missing)
        self.update_actions()

    def _action(self, text: str, slot, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda: slot())
        return action

    # ---- state ---------------------------------------------------------------------------
    def segment(self):
        return self.view.current_segment()

    def locked_reason(self, segment) -> str:
        """Why this segment's video set-up cannot change (its chapter was delivered), or ""."""
        from cos_desktop.db import plans

        if segment is None or self.window.session is None:
            return ""
        date = plans.delivered_on(self.window.session, segment.chapter_id)
        if date is None:
            return ""
        return self.tr("Chapter {n} was delivered on {date}, so its videos, clips and pause points stay as they "
                       "were on the day.").format(n=segment.chapter.position, date=local_formats.day_month_year(date))

    def update_actions(self) -> None:
        segment = self.segment()
        status = library.segment_status(segment) if segment is not None else LinkStatus.NOT_LINKED
        locked = self.locked_reason(segment)
        for action in (self.link_file_action, self.link_disc_action, self.link_address_action, self.unlink_action):
            action.setToolTip(locked)
        self.link_file_action.setEnabled(segment is not None and not locked)
        self.link_disc_action.setEnabled(segment is not None and not locked)
        self.link_address_action.setEnabled(segment is not None and not locked)
        self.locate_action.setEnabled(status is LinkStatus.MISSING)
        self.preview_action.setEnabled(status in (LinkStatus.FOUND, LinkStatus.ADDRESS, LinkStatus.MISSING))
        self.unlink_action.setEnabled(status is not LinkStatus.NOT_LINKED and not locked)
        self.check_action.setEnabled(self.view.current_chapter() is not None)

    def _refresh(self) -> None:
        self.view.refresh()
        self.update_actions()

    def _write(self, write):
        """One change through the data layer; returns what `write` returned, or None when it was not saved."""
        from cos_desktop.ui.errors import save

        result = []
        saved = save(self.window.session, self.window, lambda: result.append(write()))
        self.view.refresh()
        self.update_actions()
        return result[0] if saved else None

    def _report_missing(self) -> None:
        missing = library.missing_items(self.window.session) if self.window.session is not None else []
        if missing:
            self.window.statusBar().showMessage(self.tr(
                "%n linked video file(s) cannot be found; they are marked in the programme. Use Locate... "
                "to find them.", "", len(missing)), 15000)

    def _context_menu(self, pos) -> None:
        row = self.view.segment_table.rowAt(pos.y())
        if row >= 0:
            self.view.segment_table.setCurrentCell(row, 0)
        menu = QMenu(self.view)
        for action in (self.link_file_action, self.link_disc_action, self.link_address_action, self.locate_action,
                       self.preview_action, self.unlink_action):
            menu.addAction(action)
        menu.exec(self.view.segment_table.viewport().mapToGlobal(pos))

    # ---- linking ---------------------------------------------------------------------------
    def _confirm_not_video_segment(self, segment) -> bool:
        if segment.kind == SegmentKind.VIDEO.value:
            return True
        answer = QMessageBox.question(self.window, self.tr("Link a video"), self.tr(
            "\u201c{title}\u201d is not a video segment. Link the video to it anyway?").format(title=segment.title))
        return answer == QMessageBox.StandardButton.Yes

    def link_file(self, path: str | None = None, segment=None) -> bool:
        segment = segment or self.segment()
        if segment is None or self.window.session is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Link a video to \u201c{t}\u201d").format(
                t=segment.title), self.last_folder, self.tr(VIDEO_FILTER))
            if not path:
                return False
        elif not self._confirm_not_video_segment(segment):
            return False
        def link():
            item = library.link_file(self.window.session, segment, path)
            self._probe_duration(item)
            return item

        try:
            if self._write(link) is None:
                return False
        except (LinkError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Link a video"), str(exc))
            return False
        self.last_folder = str(Path(path).parent)
        self.window.statusBar().showMessage(self.tr("Linked {name} to \u201c{title}\u201d.").format(
            name=Path(path).name, title=segment.title), 5000)
        return True

    def _probe_duration(self, item) -> None:
        """Record the video's length (for the clip and the check) when VLC is there to tell."""
        from cos_desktop.media.factory import create_backend

        backend = create_backend(embedded=False)
        try:
            if backend.available:
                library.record_duration(item, backend.probe(item.location).duration_ms)
        finally:
            backend.release()

    def link_address(self, address: str | None = None, segment=None) -> bool:
        segment = segment or self.segment()
        if segment is None or self.window.session is None:
            return False
        if address is None:
            address, ok = QInputDialog.getText(self.window, self.tr("Link a video address"), self.tr(
                "The video's web address (it needs internet in the room; a local copy is safer):"))
            if not ok or not address.strip():
                return False
        try:
            return self._write(lambda: library.link_address(self.window.session, segment, address)) is not None
        except LinkError as exc:
            QMessageBox.warning(self.window, self.tr("Link a video address"), str(exc))
            return False

    def unlink(self, segment=None) -> None:
        segment = segment or self.segment()
        if segment is not None and segment.media_item is not None:
            self._write(lambda: library.unlink(self.window.session, segment) or True)

    # ---- from a disc --------------------------------------------------------------------------
    def link_from_disc(self, segment=None, *, find: bool = False, on_done=None):
        """Open 'From a disc...'; with `find`, the search for a disc link's own disc (Locate...)."""
        from cos_desktop.ui.planning.disc_link_dialog import DiscLinkDialog

        segment = segment or self.segment()
        if segment is None or self.window.session is None:
            return None
        item = segment.media_item
        wanted = parse_link(item.location) if find and item is not None else None
        if wanted is None and self.locked_reason(segment):
            return None
        dialog = DiscLinkDialog(self.window, wanted=wanted, last_folder=self.last_folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._disc_chosen(dialog, segment, item if wanted else None, on_done))
        fit_on_screen(dialog)
        self.disc_dialog = dialog
        dialog.show()
        return dialog

    def _disc_chosen(self, dialog, segment, located_item, on_done) -> None:
        self.last_folder = dialog.last_folder
        picked = dialog.choice()
        if picked is None:
            return
        contents, title, chapter = picked
        link = dialog.chosen_link()

        def write():
            if located_item is not None:
                return library.relink_disc(self.window.session, located_item, contents)
            before = parse_link(segment.media_item.location) if segment.media_item is not None else None
            item = library.link_disc(self.window.session, segment, link)
            if before is None or not before.same_video(link):  # another video: its own clip
                span = contents.title(title).chapter(chapter) if chapter else None
                # A chapter is shown as the title's clip from the chapter's start to its end.
                start, end = (span.start_ms, span.start_ms + span.length_ms) if span is not None else (None, None)
                library.set_clip(self.window.session, segment, start, end)
            return item

        try:
            if self._write(write) is None:
                return
        except LinkError as exc:
            QMessageBox.warning(self.window, self.tr("Link a video from a disc"), str(exc))
            return
        words = self.tr("Linked title {title} of \u201c{name}\u201d to \u201c{segment}\u201d.") if not chapter else \
            self.tr("Linked title {title}, chapter {chapter} of \u201c{name}\u201d to \u201c{segment}\u201d.")
        self.window.statusBar().showMessage(words.format(title=title, chapter=chapter, name=contents.name,
                                                         segment=segment.title), 5000)
        if on_done is not None:
            on_done()
        elif self.preflight_dialog is not None:
            self.preflight_dialog.show_report(self.run_check(segment.chapter))

    # ---- Locate... ---------------------------------------------------------------------------
    def locate(self, path: str | None = None, segment=None) -> bool:
        segment = segment or self.segment()
        if segment is None or segment.media_item is None:
            return False
        item = segment.media_item
        if is_disc_link(item.location):
            self.link_from_disc(segment, find=True)  # the disc is looked for, and recognised, in its own dialog
            return False
        if path is None:
            start = self.last_folder or str(Path(item.location).parent)
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Locate {name}").format(
                name=Path(item.location).name), start, self.tr(VIDEO_FILTER))
            if not path:
                return False
        try:
            result = self._write(lambda: library.relink(self.window.session, item, path))
            if result is None:
                return False
        except (LinkError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Locate"), str(exc))
            return False
        self.last_folder = str(Path(path).parent)
        if result.same_file is False:
            self.window.statusBar().showMessage(self.tr(
                "Linked. This file is not the same as the one linked before; check it is the right video."), 10000)
        if result.others_found:
            names = "\n".join(f"\u2022 {Path(p).name}" for _, p in result.others_found)
            answer = QMessageBox.question(self.window, self.tr("Other missing videos found"), self.tr(
                "%n other missing video(s) are in the same folder:\n{names}\n\nLink them too?", "",
                len(result.others_found)).format(names=names))
            if answer == QMessageBox.StandardButton.Yes:
                self._write(lambda: library.apply_relinks(self.window.session, result.others_found))
        return True

    # ---- drag and drop -------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_file(event) is not None and self._row_at(event) >= 0:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            path, row = self._dropped_file(event), self._row_at(event)
            if path is None or row < 0:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.view.segment_table.setCurrentCell(row, 0)
            self.link_file(path, self.view.current_segment())
            return True
        return False

    def _row_at(self, event) -> int:
        return self.view.segment_table.rowAt(event.position().toPoint().y())

    @staticmethod
    def _dropped_file(event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return files[0] if files else None

    # ---- preview ---------------------------------------------------------------------------------
    def preview(self, segment=None):
        from cos_desktop.ui.planning.video_preview import VideoPreviewDialog

        segment = segment or self.segment()
        if segment is None or segment.media_item is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        dialog = VideoPreviewDialog(segment, self.window.session, self.window.undo_stack, self.window,
                                    on_saved=self._refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.locked_reason(segment):
            dialog.lock(self.locked_reason(segment))
        fit_on_screen(dialog)
        dialog.locateRequested.connect(lambda: self.locate(segment=segment) and dialog.reload())
        dialog.destroyed.connect(lambda *_: setattr(self, "preview_dialog", None))
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    # ---- check this session ------------------------------------------------------------------------
    def run_check(self, chapter=None, *, decode: bool = True):
        from cos_desktop.media.factory import create_backend
        from cos_desktop.media.preflight import check_chapter
        from cos_desktop.ui.video.preflight_dialog import screen_names

        chapter = chapter or self.view.current_chapter()
        backend = create_backend(embedded=False)
        try:
            return check_chapter(chapter, backend, screens=screen_names(), projector_screen=self._projector_name(),
                                 decode=decode)
        finally:
            backend.release()

    def _projector_name(self) -> str | None:
        from cos_desktop.ui import preferences

        value = preferences.read(preferences.PROJECTOR_SCREEN)
        return str(value) if value else None

    def check_session(self, chapter=None):
        from cos_desktop.ui.video.preflight_dialog import PreflightDialog

        chapter = chapter or self.view.current_chapter()
        if chapter is None:
            return None
        self.window.statusBar().showMessage(self.tr("Checking the videos..."))
        report = self.run_check(chapter)
        self.window.statusBar().clearMessage()
        if self.preflight_dialog is not None:
            self.preflight_dialog.close()
        dialog = PreflightDialog(report, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fixRequested.connect(lambda fix, segment_id: self._apply_fix(fix, segment_id, chapter))
        dialog.recheckRequested.connect(lambda: dialog.show_report(self.run_check(chapter)))
        dialog.destroyed.connect(lambda *_: setattr(self, "preflight_dialog", None))
        self.preflight_dialog = dialog
        dialog.show()
        return dialog

    def _segment_by_id(self, chapter, segment_id):
        return next((s for s in chapter.segments if s.id == segment_id), None)

    def _apply_fix(self, fix: str, segment_id, chapter, on_done=None) -> None:
        from cos_desktop.ui.video.video_panel import open_externally, show_install_help

        fix = Fix(fix)
        segment = self._segment_by_id(chapter, segment_id) if segment_id is not None else None
        if fix is Fix.INSTALL_VLC:
            show_install_help(self.window)
            return
        if fix is Fix.PICK_SCREEN:
            self._pick_screen()
            return
        if segment is None:
            return
        if fix is Fix.CHECK_AGAIN:
            done = True  # the disc may be in now: the check runs again
        elif fix is Fix.LOCATE and segment.media_item is not None and is_disc_link(segment.media_item.location):
            self.link_from_disc(segment, find=True, on_done=on_done)
            done = False
        elif fix is Fix.LOCATE:
            done = self.locate(segment=segment)
        elif fix is Fix.LINK:
            done = self.link_file(segment=segment)
        elif fix is Fix.EDIT_CLIP:
            self.preview(segment)
            done = False
        elif fix in (Fix.OPEN_IN_BROWSER, Fix.OPEN_IN_SYSTEM_PLAYER):
            open_externally(segment.media_item.location if segment.media_item else "")
            done = False
        else:
            done = False
        if done and on_done is not None:
            on_done()
        elif done and self.preflight_dialog is not None:
            self.preflight_dialog.show_report(self.run_check(chapter))

    def _pick_screen(self) -> None:
        """The View > Projector menu, right where the facilitator clicked."""
        from PySide6.QtGui import QCursor

        menu = getattr(self.window, "projector_menu", None)
        if menu is not None:
            menu.popup(QCursor.pos())
            return
        QMessageBox.information(self.window, self.tr("Projector"), self.tr(
            "Plug in the projector and set your computer to extend the desktop to it (not mirror). "
            "COS Desktop shows the projector window on the second screen."))
