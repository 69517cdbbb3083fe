<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AttendanceGridView</name>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Ch. {n}
{date}</source>
            <translation>Cap. {n}
{date}</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>{n}. {title}</source>
            <translation>{n}. {title}</translation>
        </message>
        <message>
            <source>{status}
missed</source>
            <translation>{status}
faltó</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>faltó</translation>
        </message>
        <message>
            <source>{name} missed part {part} of chapter {n}</source>
            <translation>{name} faltó a la parte {part} del capítulo {n}</translation>
        </message>
        <message>
            <source>{name} missed chapter {n}</source>
            <translation>{name} faltó al capítulo {n}</translation>
        </message>
        <message>
            <source>Counted once this session has been delivered</source>
            <translation>Cuenta cuando esta sesión se haya impartido</translation>
        </message>
        <message>
            <source>{n} of {d}</source>
            <translation>{n} de {d}</translation>
        </message>
        <message>
            <source>none delivered yet</source>
            <translation>ninguna impartida todavía</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Sin marcar</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <source>Green: came (present or late). Orange, marked "missed": a delivered chapter the parent missed (absent, excused or not marked). Marks on a session not yet delivered count once it is delivered. Click a cell to change it; click a chapter's heading to mark its check-in below.</source>
            <translation>Verde: vino (presente o llegó tarde). Naranja, marcado "faltó": un capítulo impartido al que la persona faltó (ausente, justificado o sin marcar). Las marcas de una sesión aún no impartida cuentan cuando se imparte. Haga clic en una casilla para cambiarla; haga clic en el encabezado de un capítulo para marcar su ronda de inicio abajo.</translation>
        </message>
    </context>
    <context>
        <name>CheckInList</name>
        <message>
            <source>&amp;Mark all present</source>
            <translation>&amp;Marcar a todos presentes</translation>
        </message>
        <message>
            <source>Marks everyone not yet marked as present; marks already made stay.</source>
            <translation>Marca como presentes a todas las personas aún sin marcar; las marcas ya hechas se mantienen.</translation>
        </message>
        <message>
            <source>{name}: {status}</source>
            <translation>{name}: {status}</translation>
        </message>
        <message>
            <source>{n} of {total} here</source>
            <translation>{n} de {total} aquí</translation>
        </message>
    </context>
    <context>
        <name>DeleteGroupCommand</name>
        <message>
            <source>delete group “{name}”</source>
            <translation>borrar el grupo “{name}”</translation>
        </message>
    </context>
    <context>
        <name>DeleteNoteCommand</name>
        <message>
            <source>delete note</source>
            <translation>borrar la nota</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase {name}</source>
            <translation>Borrar a {name}</translation>
        </message>
        <message>
            <source>This removes, for good (it cannot be undone):</source>
            <translation>Esto quita para siempre (no se puede deshacer):</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Borrar para siempre</translation>
        </message>
    </context>
    <context>
        <name>GroupActions</name>
        <message>
            <source>Group created: {name}</source>
            <translation>Grupo creado: {name}</translation>
        </message>
        <message>
            <source>Add parent</source>
            <translation>Añadir participante</translation>
        </message>
        <message>
            <source>{name} archived: View &gt; Show archived groups brings it back.</source>
            <translation>Se archivó {name}: Ver &gt; Mostrar grupos archivados lo trae de vuelta.</translation>
        </message>
        <message>
            <source>{name} is back in the group list.</source>
            <translation>{name} vuelve a estar en la lista de grupos.</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Borrar grupo</translation>
        </message>
        <message numerus="yes">
            <source>Delete {name} with its %n parent(s), attendance and notes? Edit &gt; Undo brings it back until you close COS Desktop.</source>
            <translation>
                <numerusform>¿Borrar {name} con su %n participante, la asistencia y las notas? Editar &gt; Deshacer lo trae de vuelta hasta que cierre COS Desktop.</numerusform>
                <numerusform>¿Borrar {name} con sus %n participantes, la asistencia y las notas? Editar &gt; Deshacer lo trae de vuelta hasta que cierre COS Desktop.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: {detail}</source>
            <translation>No guardado: {detail}</translation>
        </message>
        <message>
            <source>Deleted {name}. Edit &gt; Undo brings it back.</source>
            <translation>Se borró {name}. Editar &gt; Deshacer lo trae de vuelta.</translation>
        </message>
        <message>
            <source>Choose a group first.</source>
            <translation>Elija un grupo primero.</translation>
        </message>
        <message>
            <source>A note is not saved yet</source>
            <translation>Hay una nota sin guardar</translation>
        </message>
        <message>
            <source>COS Desktop cannot save a note right now (the note says why). If you close now, the text that is not saved will be lost. Keep COS Desktop open to copy the text or free some space.</source>
            <translation>COS Desktop no puede guardar una nota ahora mismo (la nota dice por qué). Si cierra ahora, se perderá el texto sin guardar. Mantenga COS Desktop abierto para copiar el texto o liberar espacio.</translation>
        </message>
        <message>
            <source>Keep open</source>
            <translation>Mantener abierto</translation>
        </message>
        <message>
            <source>Close and lose the text</source>
            <translation>Cerrar y perder el texto</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>&amp;Edit group...</source>
            <translation>&amp;Editar grupo...</translation>
        </message>
        <message>
            <source>Session dates</source>
            <translation>Fechas de las sesiones</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>Capítulo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Change &amp;date...</source>
            <translation>Cambiar &amp;fecha...</translation>
        </message>
        <message>
            <source>&amp;Review notes...</source>
            <translation>&amp;Revisar notas...</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>&amp;Add parent...</source>
            <translation>&amp;Añadir participante...</translation>
        </message>
        <message>
            <source>E&amp;dit...</source>
            <translation>Edi&amp;tar...</translation>
        </message>
        <message>
            <source>E&amp;xport their data...</source>
            <translation>E&amp;xportar sus datos...</translation>
        </message>
        <message>
            <source>Erase...</source>
            <translation>Borrar...</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Choose a group above, or make a new one, to see its sessions and parents.</source>
            <translation>Elija un grupo arriba, o cree uno nuevo, para ver sus sesiones y participantes.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>{kind}, {minutes} min, every {weekday} at {time}</source>
            <translation>{kind}, {minutes} min, cada {weekday} a las {time}</translation>
        </message>
        <message>
            <source>with {names}</source>
            <translation>con {names}</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archivado)</translation>
        </message>
        <message>
            <source>{n}. {title}</source>
            <translation>{n}. {title}</translation>
        </message>
        <message>
            <source> (children: {ages})</source>
            <translation> (hijos: {ages})</translation>
        </message>
        <message>
            <source>{session}: {title}</source>
            <translation>{session}: {title}</translation>
        </message>
        <message>
            <source>★ {session} falls on a public holiday ({name}).</source>
            <translation>★ {session} cae en un día festivo ({name}).</translation>
        </message>
        <message>
            <source>Move {session} and the later sessions a week later</source>
            <translation>Pasar {session} y las sesiones siguientes una semana más tarde</translation>
        </message>
        <message>
            <source>★ Chapter {n} falls on a public holiday ({name}).</source>
            <translation>★ El capítulo {n} cae en un día festivo ({name}).</translation>
        </message>
        <message>
            <source>Move chapter {n} and the later ones a week later</source>
            <translation>Pasar el capítulo {n} y los siguientes una semana más tarde</translation>
        </message>
        <message>
            <source>Export {name}'s data</source>
            <translation>Exportar los datos de {name}</translation>
        </message>
        <message>
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Texto (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>No exportado</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation>No se pudo escribir el archivo: {reason}.</translation>
        </message>
        <message>
            <source>Saved {name}'s data to {path}</source>
            <translation>Datos de {name} guardados en {path}</translation>
        </message>
        <message>
            <source>Not erased</source>
            <translation>No borrado</translation>
        </message>
        <message>
            <source>The database could not be changed; nothing was erased.</source>
            <translation>No se pudo cambiar la base de datos; no se borró nada.</translation>
        </message>
    </context>
    <context>
        <name>LocalSettingsDialog</name>
        <message>
            <source>Language, dates, paper and holidays</source>
            <translation>Idioma, fechas, papel y festivos</translation>
        </message>
        <message>
            <source>As my language and region have it</source>
            <translation>Como lo usan mi idioma y mi región</translation>
        </message>
        <message>
            <source>12-hour (6:30 PM)</source>
            <translation>12 horas (6:30 p. m.)</translation>
        </message>
        <message>
            <source>24-hour (18:30)</source>
            <translation>24 horas (18:30)</translation>
        </message>
        <message>
            <source>As my region has it ({paper})</source>
            <translation>Como lo usa mi región ({paper})</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>{code} (from your region)</source>
            <translation>{code} (de su región)</translation>
        </message>
        <message>
            <source>e.g. SCT for Scotland; empty for the whole country</source>
            <translation>p. ej., AN para Andalucía; vacío para todo el país</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Reloj</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Country code for public holidays</source>
            <translation>Código de país para los festivos</translation>
        </message>
        <message>
            <source>Region for public holidays</source>
            <translation>Región para los festivos</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Clock:</source>
            <translation>Rel&amp;oj:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>Public holidays of (&amp;country code):</source>
            <translation>Festivos de (código de p&amp;aís):</translation>
        </message>
        <message>
            <source>&amp;Region (optional):</source>
            <translation>&amp;Región (opcional):</translation>
        </message>
        <message>
            <source>Dates are written the way {language} writes them. A session on a public holiday is marked with ★ on the Group tab.</source>
            <translation>Las fechas se escriben como se escriben en {language}. Una sesión en un día festivo se marca con ★ en la pestaña Grupo.</translation>
        </message>
        <message>
            <source>As the computer ({language})</source>
            <translation>Como el ordenador ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>A new language is used the next time COS Desktop starts.</source>
            <translation>Un idioma nuevo se usa la próxima vez que se abra COS Desktop.</translation>
        </message>
        <message>
            <source>{language} is used the next time COS Desktop starts: save here, then close COS Desktop and open it again.</source>
            <translation>Se usará {language} la próxima vez que se abra COS Desktop: guarde aquí, cierre COS Desktop y vuelva a abrirlo.</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <source>Change measure</source>
            <translation>Cambiar medida</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>Añadir una medida</translation>
        </message>
        <message>
            <source>e.g. the questionnaire's short name</source>
            <translation>p. ej., el nombre corto del cuestionario</translation>
        </message>
        <message>
            <source>A higher total is better</source>
            <translation>Un total más alto es mejor</translation>
        </message>
        <message>
            <source>A lower total is better (e.g. stress)</source>
            <translation>Un total más bajo es mejor (p. ej., estrés)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Lowest total:</source>
            <translation>Total &amp;mínimo:</translation>
        </message>
        <message>
            <source>&amp;Highest total:</source>
            <translation>Total má&amp;ximo:</translation>
        </message>
        <message>
            <source>&amp;Better when:</source>
            <translation>Es mejor &amp;cuando:</translation>
        </message>
        <message>
            <source>Only the questionnaire's total is kept for each parent, never the answers.</source>
            <translation>Solo se guarda el total del cuestionario de cada participante, nunca las respuestas.</translation>
        </message>
    </context>
    <context>
        <name>MeasuresPage</name>
        <message>
            <source>Pre and post questionnaire totals for each parent. Type a total and press Enter (down) or Tab (right). Only totals are kept, never the answers to single questions.</source>
            <translation>Totales del cuestionario antes y después de cada participante. Escriba un total y pulse Intro (abajo) o Tab (derecha). Solo se guardan los totales, nunca las respuestas a cada pregunta.</translation>
        </message>
        <message>
            <source>&amp;Add measure...</source>
            <translation>&amp;Añadir medida...</translation>
        </message>
        <message>
            <source>C&amp;hange measure...</source>
            <translation>&amp;Cambiar medida...</translation>
        </message>
        <message>
            <source>&amp;Delete measure...</source>
            <translation>&amp;Borrar medida...</translation>
        </message>
        <message>
            <source>Save outcomes as CS&amp;V...</source>
            <translation>Guardar resultados como CS&amp;V...</translation>
        </message>
        <message>
            <source>Save attendance as CSV...</source>
            <translation>Guardar asistencia como CSV...</translation>
        </message>
        <message>
            <source>{name}
Pre</source>
            <translation>{name}
Antes</translation>
        </message>
        <message>
            <source>{name}
Post</source>
            <translation>{name}
Después</translation>
        </message>
        <message>
            <source>{name}
Change</source>
            <translation>{name}
Cambio</translation>
        </message>
        <message>
            <source>{name}: a total from {range}; {better}</source>
            <translation>{name}: un total de {range}; {better}</translation>
        </message>
        <message>
            <source>Choose a group to enter its parents' totals.</source>
            <translation>Elija un grupo para escribir los totales de sus participantes.</translation>
        </message>
        <message>
            <source>No measures yet: Add measure... names one, with the range of its total.</source>
            <translation>Todavía no hay medidas: Añadir medida... crea una, con el rango de su total.</translation>
        </message>
        <message>
            <source>{name} ({range}, {better}): mean change {mean} (n = {n}); {up} improved, {same} the same, {down} worse</source>
            <translation>{name} ({range}, {better}): cambio medio {mean} (n = {n}); {up} mejoraron, {same} igual, {down} empeoraron</translation>
        </message>
        <message>
            <source>Change is post minus pre: ▲ better, ▼ worse, by the measure's direction.</source>
            <translation>El cambio es después menos antes: ▲ mejor, ▼ peor, según el sentido de la medida.</translation>
        </message>
        <message>
            <source>COS Desktop could not save this total ({detail}). Check that the disk is not full.</source>
            <translation>COS Desktop no pudo guardar este total ({detail}). Compruebe que el disco no esté lleno.</translation>
        </message>
        <message>
            <source>Not saved: {detail}</source>
            <translation>No guardado: {detail}</translation>
        </message>
        <message>
            <source>Kept {name} and its totals.</source>
            <translation>Se mantienen {name} y sus totales.</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Se borró {name}.</translation>
        </message>
        <message>
            <source>Delete measure</source>
            <translation>Borrar medida</translation>
        </message>
        <message numerus="yes">
            <source>{name} holds the totals of %n parent(s). Delete the measure and those totals? This cannot be undone.</source>
            <translation>
                <numerusform>{name} tiene los totales de %n participante. ¿Borrar la medida y esos totales? No se puede deshacer.</numerusform>
                <numerusform>{name} tiene los totales de %n participantes. ¿Borrar la medida y esos totales? No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete measure and totals</source>
            <translation>Borrar la medida y los totales</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>resultados</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>asistencia</translation>
        </message>
        <message>
            <source>Save {what} as CSV</source>
            <translation>Guardar {what} como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>COS Desktop could not write {path} ({detail}). Choose another folder.</source>
            <translation>COS Desktop no pudo escribir {path} ({detail}). Elija otra carpeta.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n line(s) to {path}.</source>
            <translation>
                <numerusform>%n línea guardada en {path}.</numerusform>
                <numerusform>%n líneas guardadas en {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MoveDateDialog</name>
        <message>
            <source>Change the date</source>
            <translation>Cambiar la fecha</translation>
        </message>
        <message numerus="yes">
            <source>Move the %n later session(s) by the same amount</source>
            <translation>
                <numerusform>Mover también %n sesión posterior lo mismo</numerusform>
                <numerusform>Mover también las %n sesiones posteriores lo mismo</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New date:</source>
            <translation>&amp;Nueva fecha:</translation>
        </message>
    </context>
    <context>
        <name>NameWarning</name>
        <message>
            <source>Make &amp;private</source>
            <translation>Hacer &amp;privada</translation>
        </message>
        <message>
            <source>This shareable note names {names}. Other parents' pages will show “{words}” instead.</source>
            <translation>Esta nota para compartir nombra a {names}. Las páginas de los demás participantes mostrarán “{words}” en su lugar.</translation>
        </message>
        <message>
            <source>Replace with “{words}”</source>
            <translation>Cambiar por “{words}”</translation>
        </message>
    </context>
    <context>
        <name>NewGroupDialog</name>
        <message>
            <source>New group</source>
            <translation>Nuevo grupo</translation>
        </message>
        <message>
            <source>Edit group</source>
            <translation>Editar grupo</translation>
        </message>
        <message>
            <source>For example: Tuesday evening group</source>
            <translation>Por ejemplo: grupo del martes por la tarde</translation>
        </message>
        <message>
            <source>Group (several parents)</source>
            <translation>Grupo (varios participantes)</translation>
        </message>
        <message>
            <source>Individual (one parent or a couple)</source>
            <translation>Individual (una madre, un padre o una pareja)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Online: each chapter in two 60-minute parts</source>
            <translation>En líne&amp;a: cada capítulo en dos partes de 60 minutos</translation>
        </message>
        <message>
            <source>Every chapter is split into two parts fitted to 60 minutes, each part a session with its own date</source>
            <translation>Cada capítulo se divide en dos partes ajustadas a 60 minutos; cada parte es una sesión con su propia fecha</translation>
        </message>
        <message>
            <source>Create group</source>
            <translation>Crear grupo</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Delivery:</source>
            <translation>&amp;Modalidad:</translation>
        </message>
        <message>
            <source>Session &amp;length:</source>
            <translation>D&amp;uración de la sesión:</translation>
        </message>
        <message>
            <source>&amp;Weekday:</source>
            <translation>&amp;Día de la semana:</translation>
        </message>
        <message>
            <source>&amp;Start time:</source>
            <translation>&amp;Hora de inicio:</translation>
        </message>
        <message>
            <source>&amp;First session:</source>
            <translation>&amp;Primera sesión:</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>Faci&amp;litators:</source>
            <translation>&amp;Facilitadores:</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>Pro&amp;grama:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Fechas:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>★ Session {n} falls on a public holiday ({name}).</source>
            <translation>★ La sesión {n} cae en un día festivo ({name}).</translation>
        </message>
        <message>
            <source>Move session {n} and the later ones a week later</source>
            <translation>Pasar la sesión {n} y las siguientes una semana más tarde</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Write a note. Type @ to name a parent.</source>
            <translation>Escriba una nota. Escriba @ para nombrar a un participante.</translation>
        </message>
        <message>
            <source>&amp;Shareable with the group</source>
            <translation>Para &amp;compartir con el grupo</translation>
        </message>
        <message>
            <source>Private notes are for you only and never go on a parent's summary.</source>
            <translation>Las notas privadas son solo para usted y nunca aparecen en el resumen para la familia.</translation>
        </message>
        <message>
            <source>About &amp;parents...</source>
            <translation>Sobre &amp;participantes...</translation>
        </message>
        <message>
            <source>No parents in this group yet</source>
            <translation>Todavía no hay participantes en este grupo</translation>
        </message>
        <message>
            <source>About: {names}</source>
            <translation>Sobre: {names}</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>the database is read-only</source>
            <translation>la base de datos es de solo lectura</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the database cannot be reached</source>
            <translation>no se puede acceder a la base de datos</translation>
        </message>
        <message>
            <source>you no longer have access to this group's records (ask your agency's administrator)</source>
            <translation>ya no tiene acceso a los registros de este grupo (pregunte a quien administra su organización)</translation>
        </message>
        <message>
            <source>⚠ Not saved yet: {reason}. Your text stays here and COS Desktop keeps trying to save it.</source>
            <translation>⚠ Aún no guardado: {reason}. Su texto sigue aquí y COS Desktop sigue intentando guardarlo.</translation>
        </message>
    </context>
    <context>
        <name>ParentDialog</name>
        <message>
            <source>Parent</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>A first name or initials is enough</source>
            <translation>Basta con un nombre de pila o las iniciales</translation>
        </message>
        <message>
            <source>Optional, e.g. 2 and 4</source>
            <translation>Opcional, p. ej., 2 y 4</translation>
        </message>
        <message>
            <source>May be named in printed material</source>
            <translation>Puede aparecer con su nombre en lo impreso</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Children's ages:</source>
            <translation>&amp;Edades de los hijos:</translation>
        </message>
        <message>
            <source>Another parent in this group has this name; add an initial to tell them apart.</source>
            <translation>Otro participante de este grupo tiene este nombre; añada una inicial para distinguirlos.</translation>
        </message>
    </context>
    <context>
        <name>ScoreTable</name>
        <message>
            <source>Outcome scores</source>
            <translation>Puntuaciones de resultados</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find in notes</source>
            <translation>Buscar en las notas</translation>
        </message>
        <message>
            <source>For example: sleep</source>
            <translation>Por ejemplo: sueño</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>&amp;Palabras:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Grupo:</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Sobre:</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Todos los grupos</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archivado)</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Cualquier persona</translation>
        </message>
        <message>
            <source>Type a word to search every note.</source>
            <translation>Escriba una palabra para buscar en todas las notas.</translation>
        </message>
        <message>
            <source>{group} · chapter {n} · {date}</source>
            <translation>{group} · capítulo {n} · {date}</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privada</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>Para compartir</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) found. Press Enter or double-click to open one.</source>
            <translation>
                <numerusform>%n nota encontrada. Pulse Intro o haga doble clic para abrirla.</numerusform>
                <numerusform>%n notas encontradas. Pulse Intro o haga doble clic para abrir una.</numerusform>
            </translation>
        </message>
        <message>
            <source>No note has those words.</source>
            <translation>Ninguna nota tiene esas palabras.</translation>
        </message>
    </context>
    <context>
        <name>SessionAttendance</name>
        <message>
            <source>No session chosen</source>
            <translation>No hay ninguna sesión elegida</translation>
        </message>
        <message>
            <source>Check-in: chapter {n}, {date}</source>
            <translation>Ronda de inicio: capítulo {n}, {date}</translation>
        </message>
        <message>
            <source>Check-in: chapter {n}, part {part} of {count}, {date}</source>
            <translation>Ronda de inicio: capítulo {n}, parte {part} de {count}, {date}</translation>
        </message>
    </context>
    <context>
        <name>SessionReview</name>
        <message>
            <source>Notes of chapter {n}, {date}</source>
            <translation>Notas del capítulo {n}, {date}</translation>
        </message>
        <message>
            <source>{group}: chapter {n}, {title} ({date})</source>
            <translation>{group}: capítulo {n}, {title} ({date})</translation>
        </message>
        <message>
            <source>Notes by segment</source>
            <translation>Notas por segmento</translation>
        </message>
        <message>
            <source>&amp;Add a note here</source>
            <translation>&amp;Añadir una nota aquí</translation>
        </message>
        <message>
            <source>&amp;Delete note</source>
            <translation>&amp;Borrar nota</translation>
        </message>
        <message>
            <source>No notes yet. Pick a segment and add one.</source>
            <translation>Todavía no hay notas. Elija un segmento y añada una.</translation>
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
            <source>Not tied to a segment</source>
            <translation>Sin segmento</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privada</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>Para compartir</translation>
        </message>
    </context>
</TS>