<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AttendanceGridView</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch. {n}
{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}
missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} missed chapter {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted once this session has been delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none delivered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Green: came (present or late). Orange, marked &quot;missed&quot;: a delivered chapter the parent missed (absent, excused or not marked). Marks on a session not yet delivered count once it is delivered. Click a cell to change it; click a chapter&apos;s heading to mark its check-in below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInList</name>
    <message>
        <source>&amp;Mark all present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks everyone not yet marked as present; marks already made stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteGroupCommand</name>
    <message>
        <source>delete group “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteNoteCommand</name>
    <message>
        <source>delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes, for good (it cannot be undone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <source>Group created: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} archived: View &gt; Show archived groups brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is back in the group list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} with its %n parent(s), attendance and notes? Edit &gt; Undo brings it back until you close COS Desktop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS Desktop cannot save a note right now (the note says why). If you close now, the text that is not saved will be lost. Keep COS Desktop open to copy the text or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>&amp;Edit group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;date...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review notes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add parent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport their data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group above, or make a new one, to see its sessions and parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {minutes} min, every {weekday} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (children: {ages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Chapter {n} falls on a public holiday ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move chapter {n} and the later ones a week later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {name}&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}&apos;s data to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be changed; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSettingsDialog</name>
    <message>
        <source>Language, dates, paper and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As my language and region have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-hour (6:30 PM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour (18:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As my region has it ({paper})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} (from your region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SCT for Scotland; empty for the whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code for public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region for public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays of (&amp;country code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written the way {language} writes them. A session on a public holiday is marked with ★ on the Group tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time COS Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is used the next time COS Desktop starts: save here, then close COS Desktop and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Change measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the questionnaire&apos;s short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher total is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower total is better (e.g. stress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lowest total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highest total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the questionnaire&apos;s total is kept for each parent, never the answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Pre and post questionnaire totals for each parent. Type a total and press Enter (down) or Tab (right). Only totals are kept, never the answers to single questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add measure...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange measure...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete measure...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outcomes as CS&amp;V...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attendance as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Pre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a total from {range}; {better}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group to enter its parents&apos; totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures yet: Add measure... names one, with the range of its total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({range}, {better}): mean change {mean} (n = {n}); {up} improved, {same} the same, {down} worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change is post minus pre: ▲ better, ▼ worse, by the measure&apos;s direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS Desktop could not save this total ({detail}). Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept {name} and its totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} holds the totals of %n parent(s). Delete the measure and those totals? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete measure and totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {what} as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS Desktop could not write {path} ({detail}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDateDialog</name>
    <message>
        <source>Change the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the %n later session(s) by the same amount</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameWarning</name>
    <message>
        <source>Make &amp;private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shareable note names {names}. Other parents&apos; pages will show “{words}” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Tuesday evening group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (several parents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual (one parent or a couple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faci&amp;litators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Session {n} falls on a public holiday ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move session {n} and the later ones a week later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note. Type @ to name a parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shareable with the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes are for you only and never go on a parent&apos;s summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;parents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parents in this group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you no longer have access to this group&apos;s records (ask your agency&apos;s administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved yet: {reason}. Your text stays here and COS Desktop keeps trying to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentDialog</name>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name or initials is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 2 and 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be named in printed material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children&apos;s ages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another parent in this group has this name; add an initial to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreTable</name>
    <message>
        <source>Outcome scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search every note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} · chapter {n} · {date}</source>
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
    <message numerus="yes">
        <source>%n note(s) found. Press Enter or double-click to open one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No note has those words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionAttendance</name>
    <message>
        <source>No session chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: chapter {n}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionReview</name>
    <message>
        <source>Notes of chapter {n}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: chapter {n}, {title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a note here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Pick a segment and add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to a segment</source>
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
</TS>
