<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BackupRunner</name>
        <message>
            <source>The automatic backup did not work: {why}</source>
            <translation>La copia de seguridad automática no funcionó: {why}</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Copia de seguridad guardada en {path}</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Put back the newest backup?</source>
            <translation>¿Recuperar la copia de seguridad más reciente?</translation>
        </message>
        <message>
            <source>Your database is damaged. The newest backup was taken on {when}. Put it back now? The damaged file is kept aside, and anything typed after the backup was taken is not in it.</source>
            <translation>Su base de datos está dañada. La copia de seguridad más reciente es del {when}. ¿Recuperarla ahora? El archivo dañado se guarda aparte, y lo que se escribió después de esa copia no estará en ella.</translation>
        </message>
        <message>
            <source>Put the backup back</source>
            <translation>Recuperar la copia</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
    </context>
    <context>
        <name>CrashGuard</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo no funcionó</translation>
        </message>
        <message>
            <source>Something in COS Desktop did not work ({detail}). Everything else carries on: your session, its timer and your notes are safe. The details are in the log file.</source>
            <translation>Algo en COS Desktop no funcionó ({detail}). Todo lo demás sigue: su sesión, su reloj y sus notas están a salvo. Los detalles están en el archivo de registro.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>COS Desktop could not save this change ({detail}). Check that the disk is not full or read-only, then try again.</source>
            <translation>COS Desktop no pudo guardar este cambio ({detail}). Compruebe que el disco no esté lleno ni sea de solo lectura y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>{why} Nothing was saved.</source>
            <translation>{why} No se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>COS Desktop is not translated into {language} yet, so it is shown in English.</source>
            <translation>COS Desktop todavía no está traducido a {language}, así que se muestra en inglés.</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;New group...</source>
            <translation>&amp;Nuevo grupo...</translation>
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation>&amp;Exportar...</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Imprimir...</translation>
        </message>
        <message>
            <source>Print tonight's p&amp;ack...</source>
            <translation>Imprimir los &amp;documentos de hoy...</translation>
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation>&amp;Restaurar desde una copia de seguridad...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Add &amp;parent...</source>
            <translation>Añadir &amp;participante...</translation>
        </message>
        <message>
            <source>&amp;Edit group...</source>
            <translation>&amp;Editar grupo...</translation>
        </message>
        <message>
            <source>&amp;Archive group</source>
            <translation>&amp;Archivar grupo</translation>
        </message>
        <message>
            <source>&amp;Delete group...</source>
            <translation>Eli&amp;minar grupo...</translation>
        </message>
        <message>
            <source>&amp;Find in notes...</source>
            <translation>&amp;Buscar en las notas...</translation>
        </message>
        <message>
            <source>Language, dates, paper and &amp;holidays...</source>
            <translation>Idioma, fechas, papel y días &amp;festivos...</translation>
        </message>
        <message>
            <source>&amp;Programme</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Grupo</translation>
        </message>
        <message>
            <source>P&amp;lanner</source>
            <translation>P&amp;lanificador</translation>
        </message>
        <message>
            <source>A&amp;ttendance</source>
            <translation>A&amp;sistencia</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <source>Show &amp;archived groups</source>
            <translation>Mostrar grupos arc&amp;hivados</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>Pantalla &amp;completa</translation>
        </message>
        <message>
            <source>P&amp;rojector</source>
            <translation>Pro&amp;yector</translation>
        </message>
        <message>
            <source>Larger te&amp;xt</source>
            <translation>&amp;Texto más grande</translation>
        </message>
        <message>
            <source>&amp;Start session...</source>
            <translation>&amp;Empezar sesión...</translation>
        </message>
        <message>
            <source>Session s&amp;ummary</source>
            <translation>&amp;Resumen de la sesión</translation>
        </message>
        <message>
            <source>&amp;Review notes of a session...</source>
            <translation>Re&amp;visar las notas de una sesión...</translation>
        </message>
        <message>
            <source>Load &amp;demo group</source>
            <translation>Cargar el grupo de &amp;demostración</translation>
        </message>
        <message>
            <source>&amp;About COS Desktop</source>
            <translation>&amp;Acerca de COS Desktop</translation>
        </message>
        <message>
            <source>Show the projector window</source>
            <translation>Mostrar la ventana del proyector</translation>
        </message>
        <message>
            <source>Projector screen</source>
            <translation>Pantalla del proyector</translation>
        </message>
        <message>
            <source>&amp;Share this window in a video call</source>
            <translation>&amp;Compartir esta ventana en una videollamada</translation>
        </message>
        <message>
            <source>About COS Desktop</source>
            <translation>Acerca de COS Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;A companion for facilitators of the Circle of Security Parenting programme: plan, run and record your sessions.&lt;/p&gt;&lt;p&gt;Circle of Security is developed by Bert Powell, Glen Cooper and Kent Hoffman. This app does not include the programme's video or manual; link your own licensed copy.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Un apoyo para quienes facilitan el programa Círculo de Seguridad Parental: planifique, dirija y registre sus sesiones.&lt;/p&gt;&lt;p&gt;El Círculo de Seguridad fue creado por Bert Powell, Glen Cooper y Kent Hoffman. Esta aplicación no incluye los vídeos ni el manual del programa; enlace su propia copia con licencia.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Grupo:</translation>
        </message>
        <message>
            <source>New group...</source>
            <translation>Nuevo grupo...</translation>
        </message>
        <message>
            <source>&amp;Programme</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <source>G&amp;roup</source>
            <translation>Gr&amp;upo</translation>
        </message>
        <message>
            <source>P&amp;lanner</source>
            <translation>P&amp;lanificador</translation>
        </message>
        <message>
            <source>A&amp;ttendance</source>
            <translation>A&amp;sistencia</translation>
        </message>
        <message>
            <source>Opening your programme...</source>
            <translation>Abriendo su programa...</translation>
        </message>
        <message>
            <source>Double-click a delivered session to see its summary</source>
            <translation>Haga doble clic en una sesión ya realizada para ver su resumen</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Database upgraded; the old copy is kept at {path}</source>
            <translation>Base de datos actualizada; la copia anterior se guarda en {path}</translation>
        </message>
        <message>
            <source>No group (programme template)</source>
            <translation>Sin grupo (plantilla del programa)</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archivado)</translation>
        </message>
        <message>
            <source>Bring back from the &amp;archive</source>
            <translation>Sacar del &amp;archivo</translation>
        </message>
        <message>
            <source>&amp;Archive group</source>
            <translation>&amp;Archivar grupo</translation>
        </message>
    </context>
    <context>
        <name>PassphraseActions</name>
        <message>
            <source>Protec&amp;t with a passphrase...</source>
            <translation>Proteger con una &amp;frase de contraseña...</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase...</source>
            <translation>&amp;Cambiar la frase de contraseña...</translation>
        </message>
        <message>
            <source>Re&amp;move passphrase protection...</source>
            <translation>&amp;Quitar la protección con frase de contraseña...</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Finish the session first: the records cannot be protected while it runs.</source>
            <translation>Termine primero la sesión: los registros no se pueden proteger mientras está en marcha.</translation>
        </message>
        <message>
            <source>Nothing was changed</source>
            <translation>No se cambió nada</translation>
        </message>
        <message>
            <source>Your records are protected with a passphrase.</source>
            <translation>Sus registros están protegidos con una frase de contraseña.</translation>
        </message>
        <message>
            <source>The passphrase is changed.</source>
            <translation>La frase de contraseña se ha cambiado.</translation>
        </message>
        <message>
            <source>The records are no longer protected.</source>
            <translation>Los registros ya no están protegidos.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Your records in {name} are protected with a passphrase. Type it to open them.</source>
            <translation>Sus registros en {name} están protegidos con una frase de contraseña. Escríbala para abrirlos.</translation>
        </message>
        <message>
            <source>COS Desktop cannot read {name} as a plain database. If it was protected with a passphrase (on this or another computer), type its recovery key. Otherwise it is damaged: choose Cancel and restore a backup.</source>
            <translation>COS Desktop no puede leer {name} como una base de datos normal. Si se protegió con una frase de contraseña (en este u otro ordenador), escriba su clave de recuperación. Si no, está dañada: elija Cancelar y restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>Open protected records</source>
            <translation>Abrir registros protegidos</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key:</source>
            <translation>&amp;Frase de contraseña o clave de recuperación:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Remember the passphrase in this computer's keyring</source>
            <translation>&amp;Recordar la frase de contraseña en el llavero de este ordenador</translation>
        </message>
        <message>
            <source>COS Desktop then opens without asking. Anyone who can sign in to this computer as you can then open the records.</source>
            <translation>Así COS Desktop se abre sin preguntar. Cualquier persona que pueda entrar en este ordenador con su usuario podrá abrir los registros.</translation>
        </message>
        <message>
            <source>The passphrase is right, but the keyring did not keep it. Untick the box to go on without it.</source>
            <translation>La frase de contraseña es correcta, pero el llavero no la guardó. Desmarque la casilla para seguir sin él.</translation>
        </message>
        <message>
            <source>Protect with a passphrase</source>
            <translation>Proteger con una frase de contraseña</translation>
        </message>
        <message>
            <source>From now on COS Desktop asks for this passphrase when it starts, and anyone who copies the database file cannot read it. Choose a sentence of several words you will remember. Next you will see a recovery key: print it or write it down.</source>
            <translation>A partir de ahora COS Desktop pedirá esta frase de contraseña al iniciarse, y quien copie el archivo de la base de datos no podrá leerlo. Elija una frase de varias palabras que vaya a recordar. Después verá una clave de recuperación: imprímala o anótela.</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>&amp;Type it again:</source>
            <translation>&amp;Escríbala otra vez:</translation>
        </message>
        <message>
            <source>&amp;Protect</source>
            <translation>&amp;Proteger</translation>
        </message>
        <message>
            <source>The passphrase is empty. Choose one you will remember.</source>
            <translation>La frase de contraseña está vacía. Elija una que vaya a recordar.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>Las dos frases de contraseña no coinciden. Escríbalas otra vez.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Type the passphrase you use now (or the recovery key), then the new one twice. The recovery key stays the same.</source>
            <translation>Escriba la frase de contraseña que usa ahora (o la clave de recuperación) y luego la nueva dos veces. La clave de recuperación no cambia.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Frase de contraseña &amp;actual:</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>Ca&amp;mbiar</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same. Type them again.</source>
            <translation>Las dos frases de contraseña nuevas no coinciden. Escríbalas otra vez.</translation>
        </message>
        <message>
            <source>Remove the passphrase</source>
            <translation>Quitar la frase de contraseña</translation>
        </message>
        <message>
            <source>Without a passphrase, anyone who copies the database file can read every note. Type the passphrase (or the recovery key) to store the records unprotected.</source>
            <translation>Sin frase de contraseña, cualquiera que copie el archivo de la base de datos puede leer todas las notas. Escriba la frase de contraseña (o la clave de recuperación) para guardar los registros sin protección.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>&amp;Remove protection</source>
            <translation>&amp;Quitar la protección</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Identificarse</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Con&amp;traseña:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Entrar</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Su clave de recuperación</translation>
        </message>
        <message>
            <source>Your records are now protected. This is your recovery key. It opens them if the passphrase is forgotten, or on another computer. It is shown only this once: print it or write it down, and keep it somewhere safe, away from this laptop.</source>
            <translation>Sus registros ya están protegidos. Esta es su clave de recuperación. Sirve para abrirlos si olvida la frase de contraseña, o en otro ordenador. Solo se muestra esta vez: imprímala o anótela, y guárdela en un lugar seguro, lejos de este portátil.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) beside the database are protected too.</source>
            <translation>
                <numerusform>%n copia de seguridad junto a la base de datos también está protegida.</numerusform>
                <numerusform>%n copias de seguridad junto a la base de datos también están protegidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>&amp;Imprimir...</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>Ya la he &amp;anotado</translation>
        </message>
        <message>
            <source>COS Desktop recovery key

{key}

Keep this page somewhere safe.</source>
            <translation>Clave de recuperación de COS Desktop

{key}

Guarde esta hoja en un lugar seguro.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>&amp;Put this backup back</source>
            <translation>&amp;Recuperar esta copia</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer una &amp;copia ahora</translation>
        </message>
        <message>
            <source>Choose backup &amp;folder...</source>
            <translation>E&amp;legir la carpeta de las copias...</translation>
        </message>
        <message>
            <source>Choose a backup to put back. Your records as they are now are first kept aside (beside the database), so this can be undone.</source>
            <translation>Elija la copia de seguridad que quiere recuperar. Antes, sus registros tal como están ahora se guardan aparte (junto a la base de datos), así que se puede deshacer.</translation>
        </message>
        <message>
            <source>There are no backups yet. COS Desktop makes one after each session and when it closes; you can also back up now.</source>
            <translation>Todavía no hay copias de seguridad. COS Desktop hace una después de cada sesión y al cerrarse; también puede hacer una ahora.</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Las copias de seguridad se guardan en {folder}</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia ahora</translation>
        </message>
        <message>
            <source>Keep backups in</source>
            <translation>Guardar las copias de seguridad en</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Carpeta de las copias de seguridad</translation>
        </message>
        <message>
            <source>Finish the session that is running first.</source>
            <translation>Termine primero la sesión que está en marcha.</translation>
        </message>
        <message>
            <source>Backup put back. Your records as they were are kept at {path}</source>
            <translation>Copia recuperada. Sus registros tal como estaban se guardan en {path}</translation>
        </message>
    </context>
</TS>