<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CuePrompt</name>
    <message>
        <source>Press Space or the clicker to continue the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at {time}: ask the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No question written for this pause point.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the video (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the clip again from its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the video on the whole screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from {time} (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Check this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Ready to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the video...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program set to open it. The video is at: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Open videolan.org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Install VLC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Locate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a video...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the clip...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to install VLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
