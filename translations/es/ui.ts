<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The automatic backup did not work: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put this backup back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to put back. Your records as they are now are first kept aside (beside the database), so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup put back. Your records as they were are kept at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the newest backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database is damaged. The newest backup was taken on {when}. Put it back now? The damaged file is kept aside, and anything typed after the backup was taken is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in COS Desktop did not work ({detail}). Everything else carries on: your session, its timer and your notes are safe. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>COS Desktop is not translated into {language} yet, so it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tonight&apos;s p&amp;ack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>Add &amp;parent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in notes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, paper and &amp;holidays...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rojector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session s&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review notes of a session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About COS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About COS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;A companion for facilitators of the Circle of Security Parenting programme: plan, run and record your sessions.&lt;/p&gt;&lt;p&gt;Circle of Security is developed by Bert Powell, Glen Cooper and Kent Hoffman. This app does not include the programme&apos;s video or manual; link your own licensed copy.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your programme...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a delivered session to see its summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded; the old copy is kept at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group (programme template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back from the &amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records are now protected. This is your recovery key. It opens them if the passphrase is forgotten, or on another computer. It is shown only this once: print it or write it down, and keep it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) beside the database are protected too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS Desktop recovery key

{key}

Keep this page somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the session first: the records cannot be protected while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records are protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are no longer protected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS Desktop could not save this change ({detail}). Check that the disk is not full or read-only, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Protec&amp;t with a passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move passphrase protection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
