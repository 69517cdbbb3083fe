<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CheckIn</name>
    <message>
        <source>not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveActions</name>
    <message>
        <source>Review &amp;notes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has not been run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: the session was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume chapter {chapter}, segment {segment} ({elapsed} elapsed)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was paused: the time since then does not count. Press Space to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time since it stopped counts in that segment, as the group kept going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chapter of this group has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCheckIn</name>
    <message>
        <source>Check-in: Up and Down choose a parent, P L A E mark them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all present (Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down: choose · P present · L late · A absent · E excused · Esc: back to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: chapter {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRecords</name>
    <message>
        <source>Notes (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {chapter}, segment {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>Practice notes: type here while you rehearse. They are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the presenter now? The session stays open: the main window&apos;s Carry on button (F5) brings it back where it was. To finish the session, use End session instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the presenter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveVideo</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos ({n} to fix)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <source>End the session? Press Page Down or Enter again to end it; Page Up to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how to finish on time...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: R</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Miniature</name>
    <message>
        <source>ON AIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLANK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSessionBanner</name>
    <message>
        <source>Start (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group yet. You can rehearse any chapter: nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: every chapter has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {n} ({when}) is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session: chapter {n}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes in this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another note (key: {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterOutline</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a segment to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{now} (was {was})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal: nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One screen only: a mirrored projector shows this laptop&apos;s view. Set the display to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the projector, or show it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm title screen on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timer on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big the timer is on the projector (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {elapsed} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned length {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end {planned} · Finished {projected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end {planned} · Projected finish {projected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({minutes} min late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the session ends about {minutes} min after the planned end. Shorter times for the segments still to come can make it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: your note (Page Down/Up still move on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: the session and the clicker (type to go on with the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: the session and the clicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change could not be saved ({reason}). The session goes on; COS Desktop tries again with the next change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorMiniature</name>
    <message>
        <source>The room sees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentView</name>
    <message>
        <source>-1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Page Down, F5 or Start to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: press Space to carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>left of {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt for this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} ({kind}, {minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made during the session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{now} (was {was})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you type a note, letters are text. Page Down, Page Up and F5 still work; the clicker&apos;s blank key works again as soon as you use the clicker or stop typing for a few seconds. Esc gives every key back to the session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a chapter with {group}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group is selected: you can rehearse a chapter. Nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal: run through it without recording anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open presenter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
