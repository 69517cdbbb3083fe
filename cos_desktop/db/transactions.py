"""The data layer's one way to finish a write: commit it, or roll it back and say why in plain words.

Widgets hand a write (a db function call) to `committed`; they never commit or roll back themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
T = TypeVar("T")


class NotSaved(Exception):
    """The database refused or could not store a change; `detail` is the driver's first line."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def committed(session: Session, write: Callable[[], T]) -> T:
    """Run `write` and commit. A ValueError (the change is not allowed) passes through after a
    rollback; a database failure rolls back and becomes NotSaved."""
    try:
        result = write()
        session.commit()
        return result
    except ValueError:
        session.rollback()
        raise
    except SQLAlchemyError as exc:
        session.rollback()
        log.exception("a change could not be saved")
        raise NotSaved(str(getattr(exc, "orig", exc)).splitlines()[0] if str(exc) else type(exc).__name__) from exc


def rolled_back(session: Session) -> None:
    """Forget unsaved changes after a failed write, so the next one starts clean."""
    session.rollback()


def save_on_close(session: Session) -> None:
    """Commit whatever is pending as a window closes; a failure is logged, never raised."""
    try:
        session.commit()
    except SQLAlchemyError:
        log.exception("saving on close failed")
        session.rollback()
