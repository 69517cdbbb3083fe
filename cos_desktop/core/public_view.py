"""What the room may see: the projector is built from this type and nothing else.

A PublicView holds only the chapter and segment titles, the timer, a break's return time, and
what the facilitator chose to put up themselves (a picture file, a short message typed for the
room). It has no field for a parent's name, attendance or a note, so nothing private can reach the
projector by accident.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from cos_desktop.core.clock import local_time
from cos_desktop.core.live_run import RunSnapshot, RunState, format_countdown
from cos_desktop.core import local_formats
from cos_desktop.core.programme_text import programme_text
from cos_desktop.core.translation import translate


class Screen(StrEnum):
    SEGMENT = "segment"  # chapter and segment title (and the timer if shown)
    TITLE = "title"  # a calm title screen: the chapter only
    BLANK = "blank"  # nothing at all (B or . on a clicker)


class TimerSize(StrEnum):
    SMALL = "small"  # a corner of the screen
    LARGE = "large"  # under the segment title
    FULL = "full"  # the timer alone, as large as the screen allows


@dataclass(frozen=True)
class PublicView:
    screen: Screen
    chapter_title: str
    chapter_position: int | None = None
    segment_title: str = ""
    segment_kind: str = ""
    timer_text: str = ""  # empty when the timer is hidden
    timer_over: bool = False
    timer_size: TimerSize = TimerSize.LARGE
    back_at: str = ""  # during a break: "19:45" (local time)
    ended: bool = False
    message: str = ""  # typed for the room by the facilitator ("Back at 19:45"), until cleared
    picture: str = ""  # the path of a picture the facilitator put up, until hidden

    @property
    def chapter_heading(self) -> str:
        if self.chapter_position is None:
            return self.chapter_title
        return translate("Projector", "Chapter {number}: {title}").format(number=self.chapter_position,
                                                                           title=self.chapter_title)


def public_view(
    snapshot: RunSnapshot | None,
    *,
    chapter_title: str,
    chapter_position: int | None,
    screen: Screen = Screen.SEGMENT,
    show_timer: bool = False,
    timer_size: TimerSize = TimerSize.LARGE,
    message: str = "",
    picture: str = "",
    to_local=local_time,
) -> PublicView:
    """The projector's view of a run at one moment. The built-in programme's titles are shown in the
    chosen language (a title the facilitator wrote is shown as written)."""
    chapter_title = programme_text(chapter_title)
    if snapshot is None or snapshot.segment is None or snapshot.state is RunState.NOT_STARTED:
        return PublicView(
            screen=Screen.BLANK if screen is Screen.BLANK else Screen.TITLE,
            chapter_title=chapter_title,
            chapter_position=chapter_position,
            message=message,
            picture=picture,
        )
    ended = snapshot.state is RunState.ENDED
    back_at = ""
    until = snapshot.break_until
    if until is not None and not ended:
        back_at = _clock_text(to_local(until), round_up=True)
    timer_text = ""
    if show_timer and not ended:
        timer_text = format_countdown(snapshot.remaining_ns)
    return PublicView(
        screen=Screen.TITLE if ended and screen is Screen.SEGMENT else screen,
        chapter_title=chapter_title,
        chapter_position=chapter_position,
        segment_title="" if ended else programme_text(snapshot.segment.title),
        segment_kind="" if ended else snapshot.segment.kind,
        timer_text=timer_text,
        timer_over=snapshot.remaining_ns < 0,
        timer_size=TimerSize(timer_size),
        back_at=back_at,
        ended=ended,
        message=message,
        picture=picture,
    )


def _clock_text(moment: dt.datetime, round_up: bool = False) -> str:
    """'19:45'; with round_up, a time with seconds shows the next minute (never too early)."""
    if round_up and (moment.second or moment.microsecond):
        moment = moment.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    return local_formats.clock_time(moment)  # as the presenter writes it: 19:45 or 7:45 PM
