"""Every per-user window preference (QSettings) with its default, in one place.

Settings that belong with the data (paper size, certificate threshold) live in db/settings.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Preference:
    key: str
    default: Any = None


PROJECTOR_SCREEN = Preference("projector/screen", "")
PROJECTOR_TIMER_SHOWN = Preference("projector/timerShown", False)
PROJECTOR_TIMER_SIZE = Preference("projector/timerSize", "large")  # small, large or full
# Online groups: the projector's picture in a normal window to share in a video call, not full screen.
PROJECTOR_SHARED_WINDOW = Preference("projector/sharedWindow", False)
MAIN_WINDOW_GEOMETRY = Preference("mainWindow/geometry")
LAST_GROUP_DATABASE = Preference("mainWindow/lastGroupDatabase", "")
LAST_GROUP_ID = Preference("mainWindow/lastGroupId", "")
LARGER_TEXT = Preference("view/largerText", False)  # View > Larger text: the whole UI's font, bigger
CLOCK = Preference("formats/clock", "locale")  # locale, 12 or 24 (core/local_formats.CLOCKS)
LANGUAGE = Preference("language/chosen", "")  # "" follows the system; else a code such as "es"
LANGUAGE_NOTICE_SHOWN = Preference("language/noticeShownFor", "")  # said once: no catalogue for it


def read(preference: Preference) -> Any:
    return QSettings().value(preference.key, preference.default)


def write(preference: Preference, value: Any) -> None:
    QSettings().setValue(preference.key, value)
