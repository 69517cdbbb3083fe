"""Qt widgets and windows: they show state and forward intent; the logic lives in core/ and db/."""


def _follow_qt_locale() -> None:
    """Dates, times and paper on screen follow QLocale (so QLocale.setDefault switches them all),
    and the 12/24-hour clock follows the Settings preference when one is chosen."""
    from PySide6.QtCore import QLocale

    from cos_desktop.core import local_formats
    from cos_desktop.ui import preferences

    local_formats.follow(lambda: QLocale().name(), lambda: str(preferences.read(preferences.CLOCK)))


_follow_qt_locale()
