"""The room's own pictures and messages in a live session (I, M, X and their buttons).

Added to a LiveSession. I shows this segment's picture (or lets the facilitator choose among
several, add one, or find a moved one); I or Esc hides it. M opens a box for a message; X takes
it off. Each file is read before it goes up: a missing file or one that is not a picture gives a
calm word on the laptop, and the room keeps what it had.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from cos_desktop.db import picture_links
from cos_desktop.db.picture_links import PictureRow
from cos_desktop.db.transactions import NotSaved, committed
from cos_desktop.ui.live.picture_chooser import PictureChooser
from cos_desktop.ui.live.projector_picture import PictureProblem, read_picture
from cos_desktop.ui.live.room_message_box import RoomMessageBox

log = logging.getLogger(__name__)


class PicturesAndMessages(QObject):
    def __init__(self, live):
        super().__init__(live)
        self.live = live
        self.controller = live.controller
        self.presenter = live.presenter
        self.chooser: PictureChooser | None = None
        self.message_box: RoomMessageBox | None = None
        self.controller.pictureRequested.connect(self.request_picture)
        self.controller.messageRequested.connect(self.open_message_box)
        live.closed.connect(self._close_boxes)
        # A picture belongs to its moment, like a slide: the next segment takes it down. A message
        # ("Back at 19:45") stays until it is cleared.
        self.controller.segmentChanged.connect(lambda _index: self.controller.picture and self.controller.hide_picture())

    @property
    def db(self):
        return self.live.db_session

    def segment_id(self) -> int | None:
        snap = self.controller.snapshot()
        segments = self.controller.segments
        return segments[snap.current].segment_id if 0 <= snap.current < len(segments) else None

    # ---- pictures --------------------------------------------------------------------------
    def request_picture(self) -> None:
        """One picture of this segment's own: up at once. Several, or none: the list to choose from."""
        rows = picture_links.pictures_for(self.db, self.segment_id()) if self.db is not None else []
        own = [row for row in rows if row.segment_id is not None]
        if len(own) == 1 and not own[0].missing:
            problem = self.try_show(own[0])
            if not problem:
                return
        self.open_chooser(rows)

    def open_chooser(self, rows: list[PictureRow]) -> PictureChooser:
        chooser = PictureChooser(rows, self.try_show, self.presenter)
        chooser.addRequested.connect(self._add)
        chooser.findRequested.connect(self._find)
        chooser.removeRequested.connect(self._remove)
        chooser.finished.connect(lambda _result: self._closed("chooser"))
        self.chooser = chooser
        self._open(chooser, chooser.list)
        return chooser

    def try_show(self, row: PictureRow) -> str:
        """Put the picture up; "" when it is up, else why not (also said on the presenter)."""
        _image, problem = read_picture(row.location)
        if problem is PictureProblem.MISSING:
            text = self.tr("\u201c{title}\u201d is not where it was ({path}). Choose Find it again... in the list "
                           "of pictures (I) and show where it is now. The projector still shows what it showed.").format(
                title=row.title, path=row.location)
        elif problem is PictureProblem.NOT_A_PICTURE:
            text = self.tr("\u201c{title}\u201d could not be shown: the file is not a picture COS Desktop can read "
                           "(PNG, JPEG or SVG). The projector still shows what it showed.").format(title=row.title)
        else:
            self.controller.show_picture(row.location)
            return ""
        log.info("picture not shown: %s", problem)
        self.presenter.messages.set_notice(text)
        return text

    def _refill(self, select_id: int | None = None) -> None:
        if self.chooser is not None:
            self.chooser.fill(picture_links.pictures_for(self.db, self.segment_id()), select_id)

    def _pick_file(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self.chooser or self.presenter, title, "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.svg *.svgz)"))
        return path

    def _add(self, for_segment: bool) -> None:
        path = self._pick_file(self.tr("Add a picture"))
        if not path:
            return
        added: list[PictureRow] = []
        segment_id = self.segment_id() if for_segment else None
        if self._save(lambda: added.append(picture_links.link_picture(self.db, path, segment_id=segment_id))):
            self._refill(added[0].id)

    def _find(self, row: PictureRow) -> None:
        path = self._pick_file(self.tr("Find \u201c{title}\u201d").format(title=row.title))
        if path and self._save(lambda: picture_links.relink_picture(self.db, row.id, path)):
            self._refill(row.id)

    def _remove(self, row: PictureRow) -> None:
        if self._save(lambda: picture_links.unlink_picture(self.db, row.id)):
            if self.controller.picture == row.location:
                self.controller.hide_picture()
            self._refill()

    def _save(self, write) -> bool:
        """The write, finished by the data layer; a refusal is said in the list, nothing changed."""
        if self.db is None:
            return False
        try:
            committed(self.db, write)
        except ValueError as exc:  # no file there, not a picture
            self._say(str(exc))
            return False
        except NotSaved as exc:
            self._say(self.tr("COS Desktop could not save this change ({detail}). Check that the disk is not "
                              "full or read-only, then try again.").format(detail=exc.detail))
            return False
        self._say("")
        return True

    def _say(self, text: str) -> None:
        if self.chooser is not None:
            self.chooser.say(text)
        elif text:
            self.presenter.messages.set_notice(text)

    # ---- messages --------------------------------------------------------------------------
    def open_message_box(self) -> RoomMessageBox:
        box = RoomMessageBox(self.controller.room_message, self.presenter)
        box.shown.connect(self.controller.set_message)
        box.cleared.connect(self.controller.clear_message)
        box.finished.connect(lambda _result: self._closed("message_box"))
        self.message_box = box
        self._open(box, box.text)
        return box

    def _close_boxes(self) -> None:
        for box in (self.chooser, self.message_box):
            if box is not None:
                box.reject()

    def _closed(self, name: str) -> None:
        setattr(self, name, None)  # each box is made afresh; a closed one is deleted
        self.presenter.setFocus()

    @staticmethod
    def _open(dialog, focus) -> None:
        """Modal to the presenter (its letters are text, not the session's keys), with the keyboard."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

        def take_keyboard() -> None:
            dialog.raise_()
            dialog.activateWindow()
            focus.setFocus()

        take_keyboard()
        # Again once the window system has finished giving the presenter back its focus (a box
        # opened just after another closed).
        QTimer.singleShot(50, dialog, lambda: dialog.isVisible() and take_keyboard())
