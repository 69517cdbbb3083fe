<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
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