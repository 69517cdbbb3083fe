<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>FitDialog</name>
    <message>
        <source>Fit to length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chapter ({n}. {title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hortest segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos keep their length. Other segments grow or shrink in proportion, in whole minutes. Sessions of {hours} or more get a break in the middle; shorter ones lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chapter has been delivered or is running; its plan stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {n}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fit to {target} min:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already {target} min: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chapter will last exactly {target} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered chapters stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit chapter {n} to {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit every chapter to {m} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; {file} has %n problem(s). Fix them in the file and import it again:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerEdits</name>
    <message>
        <source>Change the chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a take-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.mkv *.mov *.avi *.webm *.mpg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerProgrammes</name>
    <message>
        <source>&amp;Import a programme file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this pro&amp;gramme...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to &amp;length...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (my version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme files (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name} as a new programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos to locate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{message}

%n video(s) to locate on this computer:
{names}

If they are together in one folder, COS Desktop can find them there now. Otherwise use Locate... in the Programme tab, or &quot;Link a file...&quot; here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find them in a folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Times in this file look wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some clip or pause times in {file} are longer than their video, or than a day. An older COS Desktop wrote times 1000 times too large. These are the times as written and as they were meant:

{lines}

Use the corrected times?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the corrected times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder with your videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n video(s) in {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group should follow this programme from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>chapter(s) {numbers}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{group} will follow &quot;{programme}&quot; for {chapters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} has no chapter left to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered or running chapters keep their plan: {chapters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s own video links, clips and pause points stay: {chapters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has fewer videos in {chapters}: the group&apos;s extra video links, clips and pause points there will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a programme in {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <source>Programme to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new programme...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to &amp;length...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in a group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a group this programme for the chapters it has not had yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a row, or press Ctrl+Up / Ctrl+Down, to move a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;you (facilitator):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For pa&amp;rents (take-away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of group: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s chapters match its sessions; change chapters in a programme, then use it in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {title}
{minutes} of {target} min ({difference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - delivered on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {n} was delivered on {date}, so its plan, videos, clips and pause points stay as they were on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min planned: {difference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (needs locating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments of the chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min of {target} ({difference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be found: {path}. Use Locate... to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked yet. Use Link video... or drop your copy of the video on this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be found. Use Locate... to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pause point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentColumns</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoLinks</name>
    <message>
        <source>Videos (*.mp4 *.m4v *.mov *.mkv *.avi *.wmv *.webm *.mpg *.mpeg *.ts *.vob *.ogv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;video file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link video &amp;address...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and pause points...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check this session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {n} was delivered on {date}, so its videos, clips and pause points stay as they were on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked video file(s) cannot be found; they are marked in the programme. Use Locate... to find them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Link a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is not a video segment. Link the video to it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a video to “{t}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked {name} to “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a video address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s web address (it needs internet in the room; a local copy is safer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked. This file is not the same as the one linked before; check it is the right video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other missing videos found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other missing video(s) are in the same folder:
{names}

Link them too?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the videos...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in the projector and set your computer to extend the desktop to it (not mirror). COS Desktop shows the projector window on the second screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoPreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Play to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip ends here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pause point here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pause point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pause point question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the video where you want to stop and ask, then press Add pause point here. Double-click a question to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a pause point at {time}. Move the video a little further first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip must end after it starts: move the video past {start} first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
