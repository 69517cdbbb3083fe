<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>muestra esta ayuda y termina</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>muestra la versión del programa y termina</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos obligatorios: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>hace falta uno de los argumentos %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como mucho un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ignoró el argumento explícito %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>no se puede abrir '%(filename)s': %(error)s</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Nothing was saved.</source>
            <translation>No se guardó nada.</translation>
        </message>
        <message>
            <source>This database is open in {app} (or another command is changing it). Close the app or wait for the command to finish, then run this command again: two programs changing the same records at once could mix up your notes. Reading commands (export, check, backups) work while the app is open.</source>
            <translation>Esta base de datos está abierta en {app} (u otra orden la está cambiando). Cierre la aplicación o espere a que termine la orden, y vuelva a ejecutar esta orden: dos programas que cambian los mismos registros a la vez podrían mezclar sus notas. Las órdenes que solo leen (export, check, backups) funcionan con la aplicación abierta.</translation>
        </message>
        <message>
            <source>This database is already open in {app}. Switch to the window that is open (look in the task bar or dock). Opening it twice could mix up your notes.</source>
            <translation>Esta base de datos ya está abierta en {app}. Vaya a la ventana que está abierta (búsquela en la barra de tareas o el Dock). Abrirla dos veces podría mezclar sus notas.</translation>
        </message>
        <message>
            <source>Cannot create the lock file {path}: the folder may be read-only or the disk full. Make the folder writable, or start with --database pointing elsewhere.</source>
            <translation>No se puede crear el archivo de bloqueo {path}: puede que la carpeta sea de solo lectura o que el disco esté lleno. Permita escribir en la carpeta o inicie con --database apuntando a otro lugar.</translation>
        </message>
        <message>
            <source>{app}: plan, run and record Circle of Security Parenting sessions.</source>
            <translation>{app}: planifique, dirija y registre sesiones del Círculo de Seguridad Parental.</translation>
        </message>
        <message>
            <source>print the log as well as writing it to file</source>
            <translation>muestra el registro además de guardarlo en un archivo</translation>
        </message>
        <message>
            <source>the language to use, such as es or en (default: Settings, else the system's)</source>
            <translation>el idioma que se usará, como es o en (por defecto: el de Ajustes o, si no hay, el del sistema)</translation>
        </message>
        <message>
            <source>add the fictional demo group, then open the app on it</source>
            <translation>añade el grupo ficticio de demostración y abre la aplicación en él</translation>
        </message>
        <message>
            <source>only add the demo group; do not open the app</source>
            <translation>solo añade el grupo de demostración; no abre la aplicación</translation>
        </message>
        <message>
            <source>check that a session is ready: its videos, VLC and the projector (exit 0 when ready)</source>
            <translation>comprueba que una sesión está lista: sus vídeos, VLC y el proyector (sale con 0 si está lista)</translation>
        </message>
        <message>
            <source>the group's name</source>
            <translation>el nombre del grupo</translation>
        </message>
        <message>
            <source>the chapter number (1-8)</source>
            <translation>el número del capítulo (1-8)</translation>
        </message>
        <message>
            <source>do not test-decode each video (faster)</source>
            <translation>no prueba a descodificar cada vídeo (más rápido)</translation>
        </message>
        <message>
            <source>open the app straight into the presenter view (a group's next session, or a rehearsal)</source>
            <translation>abre la aplicación directamente en la vista de presentación (la próxima sesión de un grupo o un ensayo)</translation>
        </message>
        <message>
            <source>the group (default: none, a rehearsal that records nothing)</source>
            <translation>el grupo (por defecto: ninguno, un ensayo que no registra nada)</translation>
        </message>
        <message>
            <source>the chapter (default: the group's next one)</source>
            <translation>el capítulo (por defecto: el siguiente del grupo)</translation>
        </message>
        <message>
            <source>start the timer at once</source>
            <translation>pone en marcha el temporizador enseguida</translation>
        </message>
        <message>
            <source>carry on with an interrupted session without asking</source>
            <translation>continúa una sesión interrumpida sin preguntar</translation>
        </message>
        <message>
            <source>do not fill the screen</source>
            <translation>no ocupa toda la pantalla</translation>
        </message>
        <message>
            <source>write a document as a PDF file, or a CSV file: {documents}</source>
            <translation>guarda un documento como archivo PDF o CSV: {documents}</translation>
        </message>
        <message>
            <source>Write a printed document as a PDF file, without opening the app.</source>
            <translation>Guarda un documento impreso como archivo PDF, sin abrir la aplicación.</translation>
        </message>
        <message>
            <source>the PDF (or CSV) file to write</source>
            <translation>el archivo PDF (o CSV) que se guardará</translation>
        </message>
        <message>
            <source>print a document (the PDF goes to the printer as it is)</source>
            <translation>imprime un documento (el PDF se envía tal cual a la impresora)</translation>
        </message>
        <message>
            <source>Print a document on a printer, without opening the app.</source>
            <translation>Imprime un documento en una impresora, sin abrir la aplicación.</translation>
        </message>
        <message>
            <source>the printer (default: the computer's default printer)</source>
            <translation>la impresora (por defecto: la predeterminada del ordenador)</translation>
        </message>
        <message>
            <source>how many copies (default 1)</source>
            <translation>cuántas copias (por defecto 1)</translation>
        </message>
        <message>
            <source>export, import or check a programme template file</source>
            <translation>exporta, importa o comprueba un archivo de plantilla de programa</translation>
        </message>
        <message>
            <source>write a programme to a YAML or JSON file (by the file's suffix)</source>
            <translation>guarda un programa en un archivo YAML o JSON (según la extensión del archivo)</translation>
        </message>
        <message>
            <source>the programme's name (default: the built-in programme)</source>
            <translation>el nombre del programa (por defecto: el programa incluido)</translation>
        </message>
        <message>
            <source>add the programme in a template file as a new programme</source>
            <translation>añade como programa nuevo el programa de un archivo de plantilla</translation>
        </message>
        <message>
            <source>check a template file: exit 0 if valid, 1 with every problem</source>
            <translation>comprueba un archivo de plantilla: sale con 0 si es válido, con 1 y cada problema si no</translation>
        </message>
        <message>
            <source>export everything held about one parent, or erase them</source>
            <translation>exporta todo lo guardado sobre un participante, o lo borra</translation>
        </message>
        <message>
            <source>write one parent's details, attendance and notes to a file (.txt or .json)</source>
            <translation>guarda en un archivo (.txt o .json) los datos, la asistencia y las notas de un participante</translation>
        </message>
        <message>
            <source>erase one parent: list exactly what goes; nothing goes without --yes</source>
            <translation>borra a un participante: enumera exactamente lo que se borra; no se borra nada sin --yes</translation>
        </message>
        <message>
            <source>the parent's name (or #ID when two parents share a name)</source>
            <translation>el nombre del participante (o #ID si dos comparten nombre)</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>el archivo que se guardará</translation>
        </message>
        <message>
            <source>erase for good what the list shows</source>
            <translation>borra para siempre lo que muestra la lista</translation>
        </message>
        <message>
            <source>print where COS Desktop keeps its database, backups and log</source>
            <translation>muestra dónde guarda COS Desktop su base de datos, sus copias de seguridad y su registro</translation>
        </message>
        <message>
            <source>which document</source>
            <translation>qué documento</translation>
        </message>
        <message>
            <source>the chapter (parent summary, print pack, facilitator record, catch-up); default: the last one delivered</source>
            <translation>el capítulo (resumen para la familia, paquete de impresión, registro de la persona facilitadora, hoja de recuperación); por defecto: el último impartido</translation>
        </message>
        <message>
            <source>for a chapter delivered in parts: which part (default: the first)</source>
            <translation>para un capítulo impartido en partes: qué parte (por defecto: la primera)</translation>
        </message>
        <message>
            <source>one parent: a named parent summary, a catch-up sheet, or a certificate</source>
            <translation>un participante: un resumen para la familia con su nombre, una hoja de recuperación o un certificado</translation>
        </message>
        <message>
            <source>parent summary: one page per parent who agreed to be named, with their name at the top</source>
            <translation>resumen para la familia: una página por participante que aceptó aparecer con su nombre, con el nombre arriba</translation>
        </message>
        <message>
            <source>paper size (default: the saved setting, A4 at first)</source>
            <translation>tamaño del papel (por defecto: el ajuste guardado; al principio, A4)</translation>
        </message>
        <message numerus="yes">
            <source>The demo group is ready: {group} (%n parent(s)).</source>
            <translation>
                <numerusform>El grupo de demostración está listo: {group} (%n participante).</numerusform>
                <numerusform>El grupo de demostración está listo: {group} (%n participantes).</numerusform>
            </translation>
        </message>
        <message>
            <source>Taken out of the parents' pages: “{found}” ({name}) -&gt; “{replacement}”</source>
            <translation>Quitado de las páginas para las familias: “{found}” ({name}) -&gt; “{replacement}”</translation>
        </message>
        <message numerus="yes">
            <source> (%n times)</source>
            <translation>
                <numerusform> (%n vez)</numerusform>
                <numerusform> (%n veces)</numerusform>
            </translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name such as {example}</source>
            <translation>{path} es una carpeta; indique un nombre de archivo, como {example}</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}. Choose another folder.</source>
            <translation>no se puede guardar {path}: {reason}. Elija otra carpeta.</translation>
        </message>
        <message numerus="yes">
            <source>{document}: %n page(s) written to {path}</source>
            <translation>
                <numerusform>{document}: %n página guardada en {path}</numerusform>
                <numerusform>{document}: %n páginas guardadas en {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: valid: {name}, {chapters} chapters, {segments} segments.</source>
            <translation>{path}: válido: {name}, {chapters} capítulos, {segments} segmentos.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message numerus="yes">
            <source>Imported {name} (%n chapter(s)) as a new programme.</source>
            <translation>
                <numerusform>Se importó {name} (%n capítulo) como programa nuevo.</numerusform>
                <numerusform>Se importó {name} (%n capítulos) como programa nuevo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n video(s) need locating on this computer (open the media library):</source>
            <translation>
                <numerusform>Hay que localizar %n vídeo en este ordenador (abra la biblioteca multimedia):</numerusform>
                <numerusform>Hay que localizar %n vídeos en este ordenador (abra la biblioteca multimedia):</numerusform>
            </translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>there is no programme called {name}. Programmes: {names}</source>
            <translation>no hay ningún programa llamado {name}. Programas: {names}</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>no se puede guardar {path}: {reason}</translation>
        </message>
        <message>
            <source>Exported {name} to {path}.</source>
            <translation>Se exportó {name} a {path}.</translation>
        </message>
        <message numerus="yes">
            <source>{path}: %n problem(s):</source>
            <translation>
                <numerusform>{path}: %n problema:</numerusform>
                <numerusform>{path}: %n problemas:</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no group called {name} (groups: {names}).</source>
            <translation>no hay ningún grupo llamado {name} (grupos: {names}).</translation>
        </message>
        <message>
            <source>{group} has no chapter {chapter} (chapters 1-{count}).</source>
            <translation>{group} no tiene capítulo {chapter} (capítulos 1-{count}).</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Grupo: {group}</translation>
        </message>
        <message>
            <source>Outcomes (CSV)</source>
            <translation>Resultados (CSV)</translation>
        </message>
        <message>
            <source>Attendance (CSV)</source>
            <translation>Asistencia (CSV)</translation>
        </message>
        <message numerus="yes">
            <source>{document}: %n line(s) written to {path}</source>
            <translation>
                <numerusform>{document}: %n línea guardada en {path}</numerusform>
                <numerusform>{document}: %n líneas guardadas en {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no group named {name}.</source>
            <translation>no hay ningún grupo llamado {name}.</translation>
        </message>
        <message>
            <source>{group} has no parent named {name}.</source>
            <translation>{group} no tiene ningún participante llamado {name}.</translation>
        </message>
        <message>
            <source>{group} has {count} parents named {name}; give one of {ids} as --parent.</source>
            <translation>{group} tiene {count} participantes llamados {name}; indique uno de {ids} como --parent.</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}.</source>
            <translation>no se puede guardar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Wrote everything held about {name} to {path}.</source>
            <translation>Se guardó en {path} todo lo que se tiene sobre {name}.</translation>
        </message>
        <message>
            <source>Erasing removes, for good:</source>
            <translation>Al borrar se elimina para siempre:</translation>
        </message>
        <message>
            <source>Nothing was erased. Run the same command with --yes to erase exactly this.</source>
            <translation>No se borró nada. Ejecute la misma orden con --yes para borrar exactamente esto.</translation>
        </message>
        <message>
            <source>Erased {name}.</source>
            <translation>Se borró a {name}.</translation>
        </message>
        <message>
            <source>read the database's passphrase (or recovery key) from FILE instead of asking for it</source>
            <translation>lee la frase de contraseña de la base de datos (o la clave de recuperación) de FILE en lugar de preguntarla</translation>
        </message>
        <message>
            <source>protect the database with a passphrase (encrypt it), change the passphrase, or remove it</source>
            <translation>protege la base de datos con una frase de contraseña (la cifra), cambia la frase de contraseña o quita la protección</translation>
        </message>
        <message>
            <source>Encrypt the SQLite database in place with a passphrase; prints a recovery key once.</source>
            <translation>Cifra la base de datos SQLite en su sitio con una frase de contraseña; muestra una clave de recuperación una sola vez.</translation>
        </message>
        <message>
            <source>choose a new passphrase (give the old one or the recovery key)</source>
            <translation>elige una frase de contraseña nueva (indique la anterior o la clave de recuperación)</translation>
        </message>
        <message>
            <source>take the protection off (the file is stored plain again)</source>
            <translation>quita la protección (el archivo vuelve a guardarse sin cifrar)</translation>
        </message>
        <message>
            <source>read the new passphrase from FILE (otherwise it is asked twice on the terminal)</source>
            <translation>lee la frase de contraseña nueva de FILE (si no, se pregunta dos veces en el terminal)</translation>
        </message>
        <message>
            <source>agency mode on a shared PostgreSQL: set up, add or remove facilitators and supervisors</source>
            <translation>modo entidad en un PostgreSQL compartido: preparar, añadir o quitar personas facilitadoras y supervisoras</translation>
        </message>
        <message>
            <source>Run with --database pointing at the agency's database as its owner account.</source>
            <translation>Ejecútelo con --database apuntando a la base de datos de la entidad, con la cuenta propietaria.</translation>
        </message>
        <message>
            <source>create the tables, the facilitator and supervisor roles and their rules (repeatable)</source>
            <translation>crea las tablas, los roles de facilitación y supervisión y sus reglas (se puede repetir)</translation>
        </message>
        <message>
            <source>add a facilitator who signs in as NAME</source>
            <translation>añade una persona facilitadora que inicia sesión como NAME</translation>
        </message>
        <message>
            <source>add a supervisor who signs in as NAME</source>
            <translation>añade una persona supervisora que inicia sesión como NAME</translation>
        </message>
        <message>
            <source>their sign-in name (lower-case letters, digits, _)</source>
            <translation>su nombre de inicio de sesión (minúsculas, cifras, _)</translation>
        </message>
        <message>
            <source>read their first password from FILE (else asked twice)</source>
            <translation>lee su primera contraseña de FILE (si no, se pregunta dos veces)</translation>
        </message>
        <message>
            <source>take someone's access away at once (their notes are kept)</source>
            <translation>retira el acceso de alguien de inmediato (se conservan sus notas)</translation>
        </message>
        <message>
            <source>make a facilitator one of a group's facilitators</source>
            <translation>asigna a una persona facilitadora a un grupo</translation>
        </message>
        <message>
            <source>list facilitators and supervisors with their groups</source>
            <translation>enumera las personas facilitadoras y supervisoras con sus grupos</translation>
        </message>
        <message>
            <source>cannot read the passphrase file {path}: {reason}.</source>
            <translation>no se puede leer el archivo de la frase de contraseña {path}: {reason}.</translation>
        </message>
        <message>
            <source>{what} is needed: give it with a file option (see --help), or run this on a terminal to be asked.</source>
            <translation>Hace falta: {what}. Indíquelo con una opción de archivo (vea --help) o ejecute esto en un terminal para que se le pregunte.</translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Escríbala otra vez: </translation>
        </message>
        <message>
            <source>the two did not match. Nothing was changed.</source>
            <translation>las dos no coinciden. No se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is not protected with a passphrase: run without --passphrase-file (or protect it with: cos-desktop protect).</source>
            <translation>{path} no está protegido con frase de contraseña: ejecute sin --passphrase-file (o protéjalo con: cos-desktop protect).</translation>
        </message>
        <message>
            <source>Passphrase (or recovery key) for {file}: </source>
            <translation>Frase de contraseña (o clave de recuperación) de {file}: </translation>
        </message>
        <message>
            <source>three wrong tries; nothing was changed. Run the command again to try once more.</source>
            <translation>tres intentos fallidos; no se cambió nada. Vuelva a ejecutar la orden para intentarlo otra vez.</translation>
        </message>
        <message>
            <source>Password for {user} on {server}: </source>
            <translation>Contraseña de {user} en {server}: </translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>este ordenador</translation>
        </message>
        <message>
            <source>only a database file on this computer can be protected with a passphrase. On PostgreSQL the server protects the data: use TLS (sslmode=require) and an encrypted disk (see the README).</source>
            <translation>solo se puede proteger con frase de contraseña un archivo de base de datos de este ordenador. En PostgreSQL, el servidor protege los datos: use TLS (sslmode=require) y un disco cifrado (vea el README).</translation>
        </message>
        <message>
            <source>there is no database at {path} yet. Start COS Desktop once, then protect it.</source>
            <translation>todavía no hay ninguna base de datos en {path}. Abra COS Desktop una vez y después protéjala.</translation>
        </message>
        <message>
            <source>Current passphrase (or recovery key) for {file}: </source>
            <translation>Frase de contraseña actual (o clave de recuperación) de {file}: </translation>
        </message>
        <message>
            <source>{path} is no longer protected: anyone who can read the file can read your notes.</source>
            <translation>{path} ya no está protegido: cualquiera que pueda leer el archivo puede leer sus notas.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Frase de contraseña nueva: </translation>
        </message>
        <message>
            <source>The passphrase of {path} is changed. The recovery key stays the same.</source>
            <translation>Se cambió la frase de contraseña de {path}. La clave de recuperación sigue siendo la misma.</translation>
        </message>
        <message>
            <source>{path} is now protected with your passphrase.</source>
            <translation>{path} está ahora protegido con su frase de contraseña.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) beside it are protected too.</source>
            <translation>
                <numerusform>También queda protegida %n copia de seguridad que está a su lado.</numerusform>
                <numerusform>También quedan protegidas %n copias de seguridad que están a su lado.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recovery key (shown only this once: print it or write it down, and keep it apart from the laptop):</source>
            <translation>Clave de recuperación (solo se muestra esta vez: imprímala o anótela, y guárdela lejos del portátil):</translation>
        </message>
        <message>
            <source>With it you can open the database if the passphrase is forgotten, or on another computer.</source>
            <translation>Con ella puede abrir la base de datos si olvida la frase de contraseña, o en otro ordenador.</translation>
        </message>
        <message>
            <source>Close it first, then run this again.</source>
            <translation>Ciérrela primero y vuelva a ejecutar esto.</translation>
        </message>
        <message>
            <source>First password for {name}: </source>
            <translation>Primera contraseña de {name}: </translation>
        </message>
        <message>
            <source>{name} can now sign in as a facilitator: {address}</source>
            <translation>{name} ya puede iniciar sesión como persona facilitadora: {address}</translation>
        </message>
        <message>
            <source>{name} can now sign in as a supervisor: {address}</source>
            <translation>{name} ya puede iniciar sesión como persona supervisora: {address}</translation>
        </message>
        <message>
            <source>{name} now facilitates {group}.</source>
            <translation>{name} facilita ahora {group}.</translation>
        </message>
        <message>
            <source>Nobody has been added yet.</source>
            <translation>Todavía no se ha añadido a nadie.</translation>
        </message>
        <message>
            <source>agency mode needs the agency's PostgreSQL database: give --database postgresql://OWNER@SERVER/DATABASE (the account that owns its tables).</source>
            <translation>el modo entidad necesita la base de datos PostgreSQL de la entidad: indique --database postgresql://OWNER@SERVER/DATABASE (la cuenta propietaria de sus tablas).</translation>
        </message>
        <message>
            <source>cannot write its log file ({reason}); carrying on without it.</source>
            <translation>no puede escribir su archivo de registro ({reason}); continúa sin él.</translation>
        </message>
    </context>
</TS>