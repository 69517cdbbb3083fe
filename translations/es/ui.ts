<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackupRunner</name>
    <message>
        <source>The automatic backup did not work: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
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
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
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
    <name>Errors</name>
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
    <message>
        <source>{why} Nothing was saved.</source>
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
        <source>{name} (archived)</source>
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
    <name>PassphraseActions</name>
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
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the session first: the records cannot be protected while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Your records in {name} are protected with a passphrase. Type it to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS Desktop cannot read {name} as a plain database. If it was protected with a passphrase (on this or another computer), type its recovery key. Otherwise it is damaged: choose Cancel and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open protected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS Desktop then opens without asking. Anyone who can sign in to this computer as you can then open the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is right, but the keyring did not keep it. Untick the box to go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on COS Desktop asks for this passphrase when it starts, and anyone who copies the database file cannot read it. Choose a sentence of several words you will remember. Next you will see a recovery key: print it or write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty. Choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you use now (or the recovery key), then the new one twice. The recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who copies the database file can read every note. Type the passphrase (or the recovery key) to store the records unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
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
    <name>RestoreDialog</name>
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
        <source>There are no backups yet. COS Desktop makes one after each session and when it closes; you can also back up now.</source>
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
</context>
</TS>
