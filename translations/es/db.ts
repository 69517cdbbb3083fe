<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Agency</name>
        <message>
            <source>Agency mode needs a shared PostgreSQL database: give its address with --database postgresql://OWNER@SERVER/DATABASE (the account that owns the agency's tables).</source>
            <translation>El modo entidad necesita una base de datos PostgreSQL compartida: indique su dirección con --database postgresql://OWNER@SERVER/DATABASE (la cuenta propietaria de las tablas de la entidad).</translation>
        </message>
        <message>
            <source>The account {me} does not own the agency's tables (their owner is {owner}), so it cannot switch on row-level security. Run setup with the owner's account. Nothing was changed.</source>
            <translation>La cuenta {me} no es propietaria de las tablas de la entidad (su propietaria es {owner}), así que no puede activar la seguridad por filas. Ejecute setup con la cuenta propietaria. No se cambió nada.</translation>
        </message>
        <message>
            <source>The account {me} may not create roles on this server, so it cannot add the facilitator and supervisor roles. Ask the server's administrator to run: ALTER ROLE {me} CREATEROLE; then run setup again. Nothing was changed.</source>
            <translation>La cuenta {me} no puede crear roles en este servidor, así que no puede añadir los roles de facilitación y supervisión. Pida a quien administra el servidor que ejecute: ALTER ROLE {me} CREATEROLE; y vuelva a ejecutar setup. No se cambió nada.</translation>
        </message>
        <message>
            <source>Setting up agency mode failed, and nothing was changed: {value}</source>
            <translation>No se pudo preparar el modo entidad y no se cambió nada: {value}</translation>
        </message>
        <message>
            <source>Roles {FACILITATOR} and {SUPERVISOR} are ready.</source>
            <translation>Los roles {FACILITATOR} y {SUPERVISOR} están listos.</translation>
        </message>
        <message>
            <source>Row-level security is on for {ROW_TABLES} tables ({POLICIES} policies).</source>
            <translation>La seguridad por filas está activada en {ROW_TABLES} tablas ({POLICIES} políticas).</translation>
        </message>
        <message>
            <source>The audit trail is append-only.</source>
            <translation>En el registro de actividad solo se puede añadir.</translation>
        </message>
        <message>
            <source>{name} cannot be a sign-in name: use lower-case letters, digits and _ (up to 63, starting with a letter), for example maria_lopez.</source>
            <translation>{name} no puede ser un nombre de inicio de sesión: use minúsculas, cifras y _ (hasta 63, empezando por una letra), por ejemplo maria_lopez.</translation>
        </message>
        <message>
            <source>The password is empty. Choose one of at least 8 characters.</source>
            <translation>La contraseña está vacía. Elija una de al menos 8 caracteres.</translation>
        </message>
        <message>
            <source>An account called {name} already exists on this server (perhaps removed earlier). Choose another sign-in name.</source>
            <translation>Ya existe una cuenta llamada {name} en este servidor (quizá se quitó antes). Elija otro nombre de inicio de sesión.</translation>
        </message>
        <message>
            <source>{name} could not be added: {value}. Nothing was changed.</source>
            <translation>No se pudo añadir a {name}: {value}. No se cambió nada.</translation>
        </message>
        <message>
            <source>There is no account called {name} on this server.</source>
            <translation>No hay ninguna cuenta llamada {name} en este servidor.</translation>
        </message>
        <message numerus="yes">
            <source>{name} can no longer sign in, and was taken off %n group(s).</source>
            <translation>
                <numerusform>{name} ya no puede iniciar sesión y se le quitó de %n grupo.</numerusform>
                <numerusform>{name} ya no puede iniciar sesión y se le quitó de %n grupos.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no group called {group}.</source>
            <translation>No hay ningún grupo llamado {group}.</translation>
        </message>
        <message>
            <source>There is more than one group called {group}.</source>
            <translation>Hay más de un grupo llamado {group}.</translation>
        </message>
        <message>
            <source>{name} is not a facilitator here: add them with agency add-facilitator first.</source>
            <translation>{name} no es una persona facilitadora aquí: añádala primero con agency add-facilitator.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>This database is on a PostgreSQL server, and backing it up is the server's job: ask whoever runs the server, or use pg_dump (for example: pg_dump -Fc -f cos.dump DATABASE). Backups made by COS Desktop are for the SQLite file on this computer.</source>
            <translation>Esta base de datos está en un servidor PostgreSQL, y hacer sus copias de seguridad le corresponde al servidor: pregunte a quien lo administra o use pg_dump (por ejemplo: pg_dump -Fc -f cos.dump DATABASE). Las copias de seguridad de COS Desktop son para el archivo SQLite de este ordenador.</translation>
        </message>
        <message>
            <source>Cannot use the backup folder {folder} ({value}). Check that the disk or USB stick is connected and writable, or choose another folder.</source>
            <translation>No se puede usar la carpeta de copias de seguridad {folder} ({value}). Compruebe que el disco o la memoria USB está conectado y se puede escribir en él, o elija otra carpeta.</translation>
        </message>
        <message>
            <source>There is no database at {database} to back up.</source>
            <translation>No hay ninguna base de datos en {database} de la que hacer una copia.</translation>
        </message>
        <message>
            <source>{target} already exists. Give a new file name, or a folder to put the copy in.</source>
            <translation>{target} ya existe. Indique un nombre de archivo nuevo o una carpeta donde guardar la copia.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist. Create it first, or check the path.</source>
            <translation>La carpeta {parent} no existe. Créela primero o revise la ruta.</translation>
        </message>
        <message>
            <source>The copy of {source} failed its check ({verdict}), so it was not kept. The database itself may be damaged: keep your earlier backups safe and restore the newest one.</source>
            <translation>La copia de {source} no superó la comprobación ({verdict}), así que no se guardó. Puede que la propia base de datos esté dañada: conserve sus copias anteriores y restaure la más reciente.</translation>
        </message>
        <message>
            <source>The disk holding {parent} is full, so no backup was made. Free some space or choose another folder.</source>
            <translation>El disco donde está {parent} está lleno, así que no se hizo ninguna copia. Libere espacio o elija otra carpeta.</translation>
        </message>
        <message>
            <source>Cannot write the backup {target}: the folder is read-only or not yours. Choose another backup folder.</source>
            <translation>No se puede guardar la copia {target}: la carpeta es de solo lectura o no es suya. Elija otra carpeta para las copias.</translation>
        </message>
        <message>
            <source>Cannot write the backup {target} ({value}). Check that the folder exists and its disk or USB stick is connected, or choose another backup folder.</source>
            <translation>No se puede guardar la copia {target} ({value}). Compruebe que la carpeta existe y que su disco o memoria USB está conectado, o elija otra carpeta para las copias.</translation>
        </message>
        <message>
            <source>The database {source} is damaged ({exc}), so no backup was made. Keep your earlier backups safe and restore the newest one.</source>
            <translation>La base de datos {source} está dañada ({exc}), así que no se hizo ninguna copia. Conserve sus copias anteriores y restaure la más reciente.</translation>
        </message>
        <message>
            <source>The backup of {source} to {target} did not work ({exc}). Check both disks and try again.</source>
            <translation>La copia de {source} en {target} no funcionó ({exc}). Revise los dos discos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>{path} cannot be read as a COS Desktop database ({exc}).</source>
            <translation>{path} no se puede leer como base de datos de COS Desktop ({exc}).</translation>
        </message>
        <message>
            <source>{group}, chapter {number}, {date}</source>
            <translation>{group}, capítulo {number}, {date}</translation>
        </message>
        <message>
            <source>There is no backup at {backup}. `cos-desktop backups` lists the ones there are.</source>
            <translation>No hay ninguna copia de seguridad en {backup}. `cos-desktop backups` muestra las que hay.</translation>
        </message>
        <message>
            <source>{backup} is not a COS Desktop database ({exc}); nothing was changed.</source>
            <translation>{backup} no es una base de datos de COS Desktop ({exc}); no se cambió nada.</translation>
        </message>
        <message>
            <source>The backup {backup} is damaged ({verdict}); nothing was changed. Choose an older one.</source>
            <translation>La copia de seguridad {backup} está dañada ({verdict}); no se cambió nada. Elija una más antigua.</translation>
        </message>
        <message>
            <source>{backup} is not a COS Desktop database; nothing was changed.</source>
            <translation>{backup} no es una base de datos de COS Desktop; no se cambió nada.</translation>
        </message>
        <message>
            <source>database: {address}</source>
            <translation>base de datos: {address}</translation>
        </message>
        <message>
            <source>data folder: {folder}</source>
            <translation>carpeta de datos: {folder}</translation>
        </message>
        <message>
            <source>backup folder: {folder}</source>
            <translation>carpeta de copias de seguridad: {folder}</translation>
        </message>
        <message>
            <source>database: {render_as_string} (backups: the server's job)</source>
            <translation>base de datos: {render_as_string} (copias de seguridad: le corresponden al servidor)</translation>
        </message>
        <message>
            <source>log folder: {folder}</source>
            <translation>carpeta del registro: {folder}</translation>
        </message>
        <message>
            <source>Backed up {database} to {target} (checked: ok).</source>
            <translation>Copia de seguridad de {database} hecha en {target} (comprobada: correcta).</translation>
        </message>
        <message>
            <source>Backups are kept in {parent}: the newest of each of the last {KEEP_DAILY} days and {KEEP_WEEKLY} weeks.</source>
            <translation>Las copias de seguridad se guardan en {parent}: la más reciente de cada uno de los últimos {KEEP_DAILY} días y {KEEP_WEEKLY} semanas.</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>copia de seguridad</translation>
        </message>
        <message>
            <source>copy made before an upgrade</source>
            <translation>copia hecha antes de una actualización</translation>
        </message>
        <message>
            <source>copy kept aside by a restore</source>
            <translation>copia guardada aparte al restaurar</translation>
        </message>
        <message>
            <source>.</source>
            <comment>the decimal mark</comment>
            <translation>,</translation>
        </message>
        <message>
            <source>{date} {time}, {size} MB, {kind}</source>
            <translation>{date} {time}, {size} MB, {kind}</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message>
            <source>no session delivered yet</source>
            <translation>todavía no se ha impartido ninguna sesión</translation>
        </message>
        <message>
            <source>{groups}; last session: {last}</source>
            <translation>{groups}; última sesión: {last}</translation>
        </message>
        <message>
            <source>There are no backups of {database} yet. Make one now with: cos-desktop backup</source>
            <translation>Todavía no hay copias de seguridad de {database}. Haga una ahora con: cos-desktop backup</translation>
        </message>
        <message>
            <source>(Automatic backups go to {backup_folder}.)</source>
            <translation>(Las copias automáticas se guardan en {backup_folder}.)</translation>
        </message>
        <message>
            <source>Backups of {database}, newest first:</source>
            <translation>Copias de seguridad de {database}, de la más reciente a la más antigua:</translation>
        </message>
        <message>
            <source>To put one back: cos-desktop restore "PATH" (the current database is kept aside first).</source>
            <translation>Para recuperar una: cos-desktop restore "PATH" (antes se guarda aparte la base de datos actual).</translation>
        </message>
        <message>
            <source>Restored {database} from {backup}.</source>
            <translation>Se restauró {database} desde {backup}.</translation>
        </message>
        <message>
            <source>The database as it was is kept at {aside}.</source>
            <translation>La base de datos tal como estaba se guarda en {aside}.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>copy the database now into the backup folder, or to --to PATH</source>
            <translation>copia ahora la base de datos en la carpeta de copias de seguridad, o en --to PATH</translation>
        </message>
        <message>
            <source>a file or folder for this one copy (kept out of the rotation)</source>
            <translation>un archivo o carpeta para esta copia concreta (queda fuera de la rotación)</translation>
        </message>
        <message>
            <source>list the backups of the database, newest first, with what each holds</source>
            <translation>enumera las copias de seguridad de la base de datos, de la más reciente a la más antigua, con lo que contiene cada una</translation>
        </message>
        <message>
            <source>put a backup in place of the database (the current file is kept aside)</source>
            <translation>pone una copia de seguridad en lugar de la base de datos (el archivo actual se guarda aparte)</translation>
        </message>
        <message>
            <source>the backup file (see: cos-desktop backups)</source>
            <translation>el archivo de la copia de seguridad (vea: cos-desktop backups)</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot create the data folder {folder}</source>
            <translation>No se puede crear la carpeta de datos {folder}</translation>
        </message>
        <message>
            <source>The data folder {folder} is read-only, so the database cannot be created there. Make the folder writable, or start {APP_NAME} with --database pointing elsewhere.</source>
            <translation>La carpeta de datos {folder} es de solo lectura, así que no se puede crear ahí la base de datos. Permita escribir en la carpeta o inicie {APP_NAME} con --database apuntando a otro lugar.</translation>
        </message>
        <message>
            <source>Cannot create the database {path}</source>
            <translation>No se puede crear la base de datos {path}</translation>
        </message>
        <message>
            <source>{what}: the disk is full. Free some space (empty the bin, move videos elsewhere), or start {APP_NAME} with --database pointing to a folder on another disk.</source>
            <translation>{what}: el disco está lleno. Libere espacio (vacíe la papelera, mueva vídeos a otro sitio) o inicie {APP_NAME} con --database apuntando a una carpeta de otro disco.</translation>
        </message>
        <message>
            <source>{what}: permission denied. Ask whoever manages this computer for access, or start {APP_NAME} with --database pointing to a folder of your own.</source>
            <translation>{what}: permiso denegado. Pida acceso a quien administra este ordenador o inicie {APP_NAME} con --database apuntando a una carpeta suya.</translation>
        </message>
        <message>
            <source>{what} ({value}). Check that the disk is connected and not read-only.</source>
            <translation>{what} ({value}). Compruebe que el disco está conectado y no es de solo lectura.</translation>
        </message>
        <message>
            <source>You do not have permission to read the database {path}. Ask whoever manages this computer to give you access to the file.</source>
            <translation>No tiene permiso para leer la base de datos {path}. Pida a quien administra este ordenador que le dé acceso al archivo.</translation>
        </message>
        <message>
            <source>The database {path} or its folder is read-only, so nothing you type could be saved. Make the folder writable, or copy the database somewhere writable and start {APP_NAME} with --database NEW/PATH.</source>
            <translation>La base de datos {path} o su carpeta es de solo lectura, así que no se podría guardar nada de lo que escriba. Permita escribir en la carpeta, o copie la base de datos a un lugar donde se pueda escribir e inicie {APP_NAME} con --database NUEVA/RUTA.</translation>
        </message>
        <message>
            <source>{name} is not a kind of database {APP_NAME} can use. Use a SQLite file (a plain path such as ~/cos/records.sqlite3) or a PostgreSQL server (postgresql+psycopg://user@server/dbname).</source>
            <translation>{name} no es un tipo de base de datos que {APP_NAME} pueda usar. Use un archivo SQLite (una ruta normal, como ~/cos/records.sqlite3) o un servidor PostgreSQL (postgresql+psycopg://user@server/dbname).</translation>
        </message>
        <message>
            <source>{value} is not a database address {APP_NAME} understands ({exc}). Give a file path such as ~/cos/records.sqlite3, or an address such as postgresql+psycopg://user@server/dbname.</source>
            <translation>{value} no es una dirección de base de datos que {APP_NAME} entienda ({exc}). Indique la ruta de un archivo, como ~/cos/records.sqlite3, o una dirección como postgresql+psycopg://user@server/dbname.</translation>
        </message>
        <message>
            <source>The driver for {get_backend_name} databases is not installed ({exc}). {APP_NAME} is tested with SQLite and PostgreSQL; for PostgreSQL install the driver with: pip install 'psycopg[binary]'.</source>
            <translation>El controlador para bases de datos {get_backend_name} no está instalado ({exc}). {APP_NAME} se prueba con SQLite y PostgreSQL; para PostgreSQL instale el controlador con: pip install 'psycopg[binary]'.</translation>
        </message>
        <message>
            <source>Cannot use the database {render_as_string} ({exc}). For PostgreSQL install the driver with: pip install 'psycopg[binary]'.</source>
            <translation>No se puede usar la base de datos {render_as_string} ({exc}). Para PostgreSQL instale el controlador con: pip install 'psycopg[binary]'.</translation>
        </message>
        <message>
            <source>The database {shown_url} already holds tables that COS Desktop did not make. It has been left untouched. Point COS Desktop at an empty or a COS Desktop database.</source>
            <translation>La base de datos {shown_url} ya contiene tablas que no creó COS Desktop. No se ha tocado. Indique a COS Desktop una base de datos vacía o de COS Desktop.</translation>
        </message>
        <message>
            <source>The database {shown_url} was made by a newer version of COS Desktop (schema {revision}). This version cannot read it safely, so it has been left untouched. Install the newest COS Desktop, or start this one with a different --database.</source>
            <translation>La base de datos {shown_url} la creó una versión más reciente de COS Desktop (esquema {revision}). Esta versión no puede leerla con seguridad, así que no se ha tocado. Instale la versión más reciente de COS Desktop o inicie esta con otro --database.</translation>
        </message>
        <message>
            <source>Could not open the database {shown_url} ({driver_detail}). Nothing was changed.</source>
            <translation>No se pudo abrir la base de datos {shown_url} ({driver_detail}). No se cambió nada.</translation>
        </message>
        <message>
            <source>The database {shown} is damaged. It has been left exactly as it is. </source>
            <translation>La base de datos {shown} está dañada. Se ha dejado exactamente como estaba. </translation>
        </message>
        <message>
            <source>The newest backup is {path}, taken {taken:%d %B %Y at %H:%M}. To put it back, run: cos-desktop restore "{path}" (the damaged file is kept aside).</source>
            <translation>La copia de seguridad más reciente es {path}, hecha el {taken:%d/%m/%Y a las %H:%M}. Para recuperarla, ejecute: cos-desktop restore "{path}" (el archivo dañado se guarda aparte).</translation>
        </message>
        <message>
            <source>There is no backup of it yet: move the file aside to start afresh, or ask for help to repair it.</source>
            <translation>Todavía no hay ninguna copia de seguridad: aparte el archivo para empezar de nuevo o pida ayuda para repararlo.</translation>
        </message>
        <message>
            <source>The disk holding the database {shown} is full, so nothing more can be saved. Free some space (empty the bin, move videos elsewhere), or start {APP_NAME} with --database pointing to a folder on another disk.</source>
            <translation>El disco donde está la base de datos {shown} está lleno, así que no se puede guardar nada más. Libere espacio (vacíe la papelera, mueva vídeos a otro sitio) o inicie {APP_NAME} con --database apuntando a una carpeta de otro disco.</translation>
        </message>
        <message>
            <source>The database {shown} is read-only ({detail}), so nothing you type could be saved. Make the file and its folder writable, or copy it somewhere you can write and use --database with the copy.</source>
            <translation>La base de datos {shown} es de solo lectura ({detail}), así que no se podría guardar nada de lo que escriba. Permita escribir en el archivo y su carpeta, o cópiela a un lugar donde pueda escribir y use --database con la copia.</translation>
        </message>
        <message>
            <source>Another program is holding the database {shown} locked ({detail}): perhaps a backup or sync tool, or a database viewer. Close that program, wait a moment and try again.</source>
            <translation>Otro programa tiene bloqueada la base de datos {shown} ({detail}): quizá una herramienta de copias o de sincronización, o un visor de bases de datos. Cierre ese programa, espere un momento y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>You do not have permission to use the database {shown} or its folder {where} ({detail}). Ask whoever manages this computer to give you access, or use --database with a file of your own.</source>
            <translation>No tiene permiso para usar la base de datos {shown} o su carpeta {where} ({detail}). Pida acceso a quien administra este ordenador o use --database con un archivo suyo.</translation>
        </message>
        <message>
            <source>The server refused access to the database {shown} ({detail}). Check the user name and password in the address, and that this user may use that database.</source>
            <translation>El servidor rechazó el acceso a la base de datos {shown} ({detail}). Revise el usuario y la contraseña de la dirección, y que ese usuario pueda usar esa base de datos.</translation>
        </message>
        <message>
            <source>The database file {shown} could not be read or written ({detail}). If it is on a USB stick or a network folder, check that it is still connected, then try again.</source>
            <translation>No se pudo leer ni escribir el archivo de base de datos {shown} ({detail}). Si está en una memoria USB o en una carpeta de red, compruebe que sigue conectada y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot reach the database {shown} ({detail}). Check that the server is running and the address, user and password are right, or start without --database to use the database on this computer.</source>
            <translation>No se puede acceder a la base de datos {shown} ({detail}). Compruebe que el servidor está en marcha y que la dirección, el usuario y la contraseña son correctos, o inicie sin --database para usar la base de datos de este ordenador.</translation>
        </message>
    </context>
    <context>
        <name>Media</name>
        <message>
            <source>This video is not linked to a disc.</source>
            <translation>Este vídeo no está vinculado a un disco.</translation>
        </message>
        <message>
            <source>This is not the same disc: “{found}” is not “{linked}” (its titles differ).</source>
            <translation>No es el mismo disco: “{found}” no es “{linked}” (sus títulos son distintos).</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <source>{title}, part {part} of {count}</source>
            <translation>{title}, parte {part} de {count}</translation>
        </message>
        <message>
            <source>Part {part} of chapter {n} already has attendance, notes or a timed run, so it cannot be joined to the part before it.</source>
            <translation>La parte {part} del capítulo {n} ya tiene asistencia, notas o una sesión cronometrada, así que no se puede unir a la parte anterior.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>There is no picture file at {path}.</source>
            <translation>No hay ningún archivo de imagen en {path}.</translation>
        </message>
        <message>
            <source>{name} is not a picture COS Desktop can show. Choose a PNG, JPEG or SVG file.</source>
            <translation>{name} no es una imagen que COS Desktop pueda mostrar. Elija un archivo PNG, JPEG o SVG.</translation>
        </message>
        <message>
            <source>That picture is no longer linked.</source>
            <translation>Esa imagen ya no está vinculada.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>The passphrase is empty. Type the passphrase you chose, or the recovery key.</source>
            <translation>La frase de contraseña está vacía. Escriba la frase de contraseña que eligió o la clave de recuperación.</translation>
        </message>
        <message>
            <source>{name} is not protected with a passphrase: open it without one (or protect it with: cos-desktop protect).</source>
            <translation>{name} no está protegido con frase de contraseña: ábralo sin ella (o protéjalo con: cos-desktop protect).</translation>
        </message>
        <message>
            <source>The passphrase is right, but {name} cannot be read with it: the file is damaged, or the key file beside it belongs to another database. Nothing was changed; restore a backup.</source>
            <translation>La frase de contraseña es correcta, pero con ella no se puede leer {name}: el archivo está dañado o el archivo de clave que tiene al lado es de otra base de datos. No se cambió nada; restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>{name} has no usable key file beside it ({name2}), so only its recovery key can open it. Type the recovery key (five groups of five letters and digits).</source>
            <translation>{name} no tiene al lado un archivo de clave que se pueda usar ({name2}), así que solo su clave de recuperación puede abrirlo. Escriba la clave de recuperación (cinco grupos de cinco letras y cifras).</translation>
        </message>
        <message>
            <source>That passphrase is not right. Nothing was changed; try again, or use the recovery key.</source>
            <translation>Esa frase de contraseña no es correcta. No se cambió nada; vuelva a intentarlo o use la clave de recuperación.</translation>
        </message>
        <message>
            <source>The database {path} is protected with a passphrase. Give it with --passphrase-file FILE, or start from a terminal or the app to be asked for it.</source>
            <translation>La base de datos {path} está protegida con una frase de contraseña. Indíquela con --passphrase-file FILE o inicie desde un terminal o la aplicación para que se le pregunte.</translation>
        </message>
        <message>
            <source>Backups of this database on the server are kept by whoever runs it: ask them how long their copies keep erased records.</source>
            <translation>Las copias de seguridad de esta base de datos en el servidor las guarda quien lo administra: pregúntele cuánto tiempo conservan sus copias los registros borrados.</translation>
        </message>
        <message>
            <source>The automatic backups in {value} still hold these records for a while. They are replaced as new ones are made (one for each of the last {KEEP_DAILY} days and {KEEP_WEEKLY} weeks): if you use COS Desktop every week, the last one holding them is deleted on or soon after {expiry}.</source>
            <translation>Las copias de seguridad automáticas de {value} todavía conservan estos registros durante un tiempo. Se sustituyen a medida que se hacen otras nuevas (una por cada uno de los últimos {KEEP_DAILY} días y {KEEP_WEEKLY} semanas): si usa COS Desktop cada semana, la última que los conserva se borra el {expiry} o poco después.</translation>
        </message>
        <message>
            <source>No automatic backup holds these records.</source>
            <translation>Ninguna copia de seguridad automática conserva estos registros.</translation>
        </message>
        <message>
            <source>1 copy made before an upgrade or a restore, beside the database in {parent}, also hold them and are never deleted by themselves: delete them once you no longer need them.</source>
            <translation>1 copia hecha antes de una actualización o una restauración, junto a la base de datos en {parent}, también los conserva y nunca se borra sola: bórrela cuando ya no la necesite.</translation>
        </message>
        <message numerus="yes">
            <source>%n copies made before an upgrade or a restore, beside the database in {parent}, also hold them and are never deleted by themselves: delete them once you no longer need them.</source>
            <translation>
                <numerusform>%n copias hechas antes de una actualización o una restauración, junto a la base de datos en {parent}, también los conservan y nunca se borran solas: bórrelas cuando ya no las necesite.</numerusform>
                <numerusform>%n copias hechas antes de una actualización o una restauración, junto a la base de datos en {parent}, también los conservan y nunca se borran solas: bórrelas cuando ya no las necesite.</numerusform>
            </translation>
        </message>
        <message>
            <source>This copy of COS Desktop was installed without keyring support, so it cannot remember the passphrase.</source>
            <translation>Esta copia de COS Desktop se instaló sin acceso al llavero del sistema, así que no puede recordar la frase de contraseña.</translation>
        </message>
        <message>
            <source>This computer has no keyring that COS Desktop can use (such as the macOS Keychain, Windows Credential Manager, GNOME Keyring or KWallet), so it cannot remember the passphrase.</source>
            <translation>Este ordenador no tiene ningún llavero que COS Desktop pueda usar (como el Llavero de macOS, el Administrador de credenciales de Windows, GNOME Keyring o KWallet), así que no puede recordar la frase de contraseña.</translation>
        </message>
        <message>
            <source>The parent {name} of {group_name}, with their name and children's ages.</source>
            <translation>El participante {name} de {group_name}, con su nombre y las edades de sus hijos.</translation>
        </message>
        <message>
            <source>Attendance, chapter {chapter} ({date}): {status}.</source>
            <translation>Asistencia, capítulo {chapter} ({date}): {status}.</translation>
        </message>
        <message>
            <source>Note (about them only), deleted: “{preview}”</source>
            <translation>Nota (solo sobre esta persona), borrada: “{preview}”</translation>
        </message>
        <message>
            <source>Note about them and others, kept without their name; their name in it becomes “{A_PARENT}”: “{preview}”</source>
            <translation>Nota sobre esta persona y otras, que se conserva sin su nombre; su nombre pasa a ser “{A_PARENT}”: “{preview}”</translation>
        </message>
        <message>
            <source>Note about them and others, kept without their name: “{preview}”</source>
            <translation>Nota sobre esta persona y otras, que se conserva sin su nombre: “{preview}”</translation>
        </message>
        <message>
            <source>Their name in this note becomes “{A_PARENT}”: “{preview}”</source>
            <translation>Su nombre en esta nota pasa a ser “{A_PARENT}”: “{preview}”</translation>
        </message>
        <message>
            <source>This parent has already been erased.</source>
            <translation>Este participante ya se ha borrado.</translation>
        </message>
        <message>
            <source>This parent's records changed since you confirmed. Please check the list again.</source>
            <translation>Los registros de este participante cambiaron después de que usted confirmara. Revise otra vez la lista.</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>para compartir</translation>
        </message>
        <message>
            <source>private</source>
            <translation>privada</translation>
        </message>
        <message>
            <source>What COS Desktop holds about {name}</source>
            <translation>Lo que COS Desktop guarda sobre {name}</translation>
        </message>
        <message>
            <source>Name: {name}</source>
            <translation>Nombre: {name}</translation>
        </message>
        <message>
            <source>Children's ages: {ages}</source>
            <translation>Edades de los hijos: {ages}</translation>
        </message>
        <message>
            <source>(none recorded)</source>
            <translation>(no consta ninguno)</translation>
        </message>
        <message>
            <source>May be named in printed material: yes</source>
            <translation>Puede aparecer con su nombre en material impreso: sí</translation>
        </message>
        <message>
            <source>May be named in printed material: no</source>
            <translation>Puede aparecer con su nombre en material impreso: no</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Grupo: {group}</translation>
        </message>
        <message>
            <source>Venue: {venue}</source>
            <translation>Lugar: {venue}</translation>
        </message>
        <message>
            <source>Facilitators: {names}</source>
            <translation>Personas facilitadoras: {names}</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Chapter {chapter}, {date} ({title}): {status}</source>
            <translation>Capítulo {chapter}, {date} ({title}): {status}</translation>
        </message>
        <message>
            <source>Notes written about you</source>
            <translation>Notas escritas sobre usted</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Chapter {chapter}, {date}, {segment} ({visibility}):</source>
            <translation>Capítulo {chapter}, {date}, {segment} ({visibility}):</translation>
        </message>
        <message>
            <source>Chapter {chapter}, {date} ({visibility}):</source>
            <translation>Capítulo {chapter}, {date} ({visibility}):</translation>
        </message>
        <message>
            <source>Questionnaire totals (before and after the programme)</source>
            <translation>Totales de los cuestionarios (antes y después del programa)</translation>
        </message>
        <message>
            <source>Who exported or printed your details, and when</source>
            <translation>Quién exportó o imprimió sus datos, y cuándo</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nadie)</translation>
        </message>
        <message>
            <source>The new copy did not check out, so it was not used. Nothing was changed.</source>
            <translation>La copia nueva no superó la comprobación, así que no se usó. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is already protected. To choose another passphrase, change it.</source>
            <translation>{name} ya está protegido. Para elegir otra frase de contraseña, cámbiela.</translation>
        </message>
        <message>
            <source>The passphrase is empty. Choose one you will remember, of several words.</source>
            <translation>La frase de contraseña está vacía. Elija una que vaya a recordar, de varias palabras.</translation>
        </message>
        <message>
            <source>The new passphrase is empty. Choose one you will remember.</source>
            <translation>La frase de contraseña nueva está vacía. Elija una que vaya a recordar.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>That measure has been deleted.</source>
            <translation>Esa medida se ha borrado.</translation>
        </message>
        <message>
            <source>{outside} total(s) already entered lie outside {range_text} ({examples}). Correct those totals first, or choose a range that holds them.</source>
            <translation>Hay totales ya introducidos ({outside}) fuera del rango {range_text} ({examples}). Corrija primero esos totales o elija un rango que los incluya.</translation>
        </message>
        <message>
            <source>That parent is not in this measure's group.</source>
            <translation>Ese participante no está en el grupo de esta medida.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>{measure} ({low} to {high}): before {before}, after {after}</source>
            <translation>{measure} (de {low} a {high}): antes {before}, después {after}</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a video file.</source>
            <translation>{name} es una carpeta, no un archivo de vídeo.</translation>
        </message>
        <message>
            <source>There is no file at {new_path}.</source>
            <translation>No hay ningún archivo en {new_path}.</translation>
        </message>
        <message>
            <source>Chapter {position} was delivered on {day_month_year}, so its plan, videos, clips and pause points stay as they were on the day.</source>
            <translation>El capítulo {position} se impartió el {day_month_year}, así que su plan, sus vídeos, fragmentos y puntos de pausa se quedan como estaban ese día.</translation>
        </message>
        <message>
            <source>A group needs a name (a first name or initials is enough).</source>
            <translation>Un grupo necesita un nombre (basta con un nombre o unas iniciales).</translation>
        </message>
        <message>
            <source>A parent needs a name (a first name or initials is enough).</source>
            <translation>Un participante necesita un nombre (basta con el nombre de pila o unas iniciales).</translation>
        </message>
        <message>
            <source>That name is too long: keep it under {NAME_MAX} characters.</source>
            <translation>Ese nombre es demasiado largo: use menos de {NAME_MAX} caracteres.</translation>
        </message>
        <message>
            <source>A session lasts from 10 to 600 minutes.</source>
            <translation>Una sesión dura de 10 a 600 minutos.</translation>
        </message>
        <message>
            <source>Keep {field} under {limit} characters.</source>
            <translation>Escriba {field} con menos de {limit} caracteres.</translation>
        </message>
        <message>
            <source>A note can only be tagged to parents of its own group.</source>
            <translation>Una nota solo se puede asociar a participantes de su propio grupo.</translation>
        </message>
        <message>
            <source>Resume chapter {chapter_position}, segment {segment_position} ({value} elapsed)</source>
            <translation>Reanudar el capítulo {chapter_position}, segmento {segment_position} ({value} transcurridos)</translation>
        </message>
        <message>
            <source>Paper size must be one of {join}.</source>
            <translation>El tamaño del papel debe ser uno de estos: {join}.</translation>
        </message>
        <message>
            <source>The certificate threshold must be at least one chapter.</source>
            <translation>El mínimo para el certificado debe ser al menos un capítulo.</translation>
        </message>
        <message>
            <source>The service's name and contact line must each fit on one line.</source>
            <translation>El nombre del servicio y la línea de contacto deben caber cada uno en una línea.</translation>
        </message>
        <message>
            <source>The date style must be one of {join}.</source>
            <translation>El formato de fecha debe ser uno de estos: {join}.</translation>
        </message>
        <message>
            <source>A group needs a name.</source>
            <translation>Un grupo necesita un nombre.</translation>
        </message>
        <message>
            <source>A group's chapters match its sessions: change chapters in a programme, then use it in the group.</source>
            <translation>Los capítulos de un grupo corresponden a sus sesiones: cambie los capítulos en un programa y después úselo en el grupo.</translation>
        </message>
        <message>
            <source>This chapter has been delivered or is running, so its plan cannot change.</source>
            <translation>Este capítulo ya se impartió o está en curso, así que su plan no puede cambiar.</translation>
        </message>
        <message>
            <source>A programme needs a name.</source>
            <translation>Un programa necesita un nombre.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>There is no group called "{name}". Groups: {known}.</source>
            <translation>No hay ningún grupo llamado "{name}". Grupos: {known}.</translation>
        </message>
        <message>
            <source>"{group}" has not delivered a session yet. Name a chapter with --chapter N.</source>
            <translation>"{group}" aún no ha impartido ninguna sesión. Indique un capítulo con --chapter N.</translation>
        </message>
        <message numerus="yes">
            <source>Chapter {chapter} of "{group}" has no part {part}: it has %n part(s).</source>
            <translation>
                <numerusform>El capítulo {chapter} de «{group}» no tiene la parte {part}: tiene %n parte.</numerusform>
                <numerusform>El capítulo {chapter} de «{group}» no tiene la parte {part}: tiene %n partes.</numerusform>
            </translation>
        </message>
        <message>
            <source>"{group}" has no chapter {chapter}. Its chapters are {positions}.</source>
            <translation>"{group}" no tiene capítulo {chapter}. Sus capítulos son {positions}.</translation>
        </message>
        <message>
            <source>More than one parent in "{group}" starts with "{name}": {known}.</source>
            <translation>Hay más de un participante en "{group}" cuyo nombre empieza por "{name}": {known}.</translation>
        </message>
        <message>
            <source>There is no parent called "{name}" in "{group}". Parents: {known}.</source>
            <translation>No hay ningún participante llamado "{name}" en "{group}". Participantes: {known}.</translation>
        </message>
        <message>
            <source>Chapter {chapter} has not been delivered yet, so there is nothing to catch up on.</source>
            <translation>El capítulo {chapter} aún no se ha impartido, así que no hay nada que recuperar.</translation>
        </message>
        <message>
            <source>Attendance for "{name}" at chapter {chapter} is not marked. Mark them absent or excused first: catch-up sheets are for parents who missed the session.</source>
            <translation>La asistencia de "{name}" al capítulo {chapter} no está marcada. Márquela primero como ausente o justificada: las hojas de recuperación son para quienes faltaron a la sesión.</translation>
        </message>
        <message>
            <source>"{name}" was {status} at chapter {chapter}, so there is nothing to catch up on: catch-up sheets are for parents who were absent or excused.</source>
            <translation>"{name}" consta como «{status}» en el capítulo {chapter}, así que no hay nada que recuperar: las hojas de recuperación son para quienes estuvieron ausentes o justificados.</translation>
        </message>
        <message>
            <source>Chapter {chapter} has not been delivered yet: the print pack is made after the session.</source>
            <translation>El capítulo {chapter} aún no se ha impartido: el paquete de impresión se prepara después de la sesión.</translation>
        </message>
        <message>
            <source>Nobody is marked as having come to chapter {chapter} yet. Mark attendance first (the Attendance page), then make the print pack.</source>
            <translation>Todavía nadie consta como asistente al capítulo {chapter}. Marque primero la asistencia (la página Asistencia) y después prepare el paquete de impresión.</translation>
        </message>
        <message numerus="yes">
            <source>"{name}" has not attended %n chapter(s) yet, so has no certificate.</source>
            <translation>
                <numerusform>"{name}" aún no ha asistido a %n capítulo, así que no tiene certificado.</numerusform>
                <numerusform>"{name}" aún no ha asistido a %n capítulos, así que no tiene certificado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nobody in "{group}" has attended %n chapter(s) yet, so there is no certificate to print.</source>
            <translation>
                <numerusform>Nadie en "{group}" ha asistido aún a %n capítulo, así que no hay ningún certificado que imprimir.</numerusform>
                <numerusform>Nadie en "{group}" ha asistido aún a %n capítulos, así que no hay ningún certificado que imprimir.</numerusform>
            </translation>
        </message>
        <message>
            <source>"{name}" has not agreed to be named on printed pages. Print the group summary instead.</source>
            <translation>"{name}" no ha aceptado que su nombre aparezca en las páginas impresas. Imprima en su lugar el resumen del grupo.</translation>
        </message>
        <message>
            <source>Chapter {chapter} has not been delivered yet, so nobody has come to it. The group summary shows it marked “planned, not yet delivered”.</source>
            <translation>El capítulo {chapter} aún no se ha impartido, así que nadie ha asistido. El resumen del grupo lo muestra marcado como “previsto, aún no impartido”.</translation>
        </message>
        <message>
            <source>No parent who came to this session has agreed to be named on printed pages.</source>
            <translation>Ningún participante que vino a esta sesión ha aceptado que su nombre aparezca en las páginas impresas.</translation>
        </message>
        <message>
            <source>Nobody missed chapter {chapter} (or it has not been delivered yet). Name a parent with --participant.</source>
            <translation>Nadie faltó al capítulo {chapter} (o aún no se ha impartido). Indique un participante con --participant.</translation>
        </message>
        <message>
            <source>Unknown document: {kind}.</source>
            <translation>Documento desconocido: {kind}.</translation>
        </message>
    </context>
</TS>