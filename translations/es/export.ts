<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Documents</name>
        <message>
            <source>Parent summary</source>
            <translation>Resumen para la familia</translation>
        </message>
        <message>
            <source>Tonight's print pack</source>
            <translation>Paquete de impresión de hoy</translation>
        </message>
        <message>
            <source>Facilitator record</source>
            <translation>Registro de la persona facilitadora</translation>
        </message>
        <message>
            <source>Programme report</source>
            <translation>Informe del programa</translation>
        </message>
        <message>
            <source>Catch-up sheets</source>
            <translation>Hojas de recuperación</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificados</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>L</source>
            <translation>T</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>E</source>
            <translation>J</translation>
        </message>
        <message>
            <source>.</source>
            <comment>the decimal mark</comment>
            <translation>,</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Facilitators:</source>
            <translation>Personas facilitadoras:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>Lugar:</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>de {start} a {end}</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Hora:</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>No parents in this group yet.</source>
            <translation>Todavía no hay participantes en este grupo.</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Chapter {n} so far</source>
            <translation>Capítulo {n} hasta ahora</translation>
        </message>
        <message>
            <source>{came} of {total} parts</source>
            <translation>{came} de {total} partes</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>{segment} (not covered)</source>
            <translation>{segment} (no tratado)</translation>
        </message>
        <message>
            <source>Total (minutes)</source>
            <translation>Total (minutos)</translation>
        </message>
        <message>
            <source>Timeline: planned and actual minutes</source>
            <translation>Cronología: minutos previstos y reales</translation>
        </message>
        <message>
            <source>No timings were recorded for this session; the plan is shown.</source>
            <translation>No se registraron tiempos en esta sesión; se muestra el plan.</translation>
        </message>
        <message>
            <source>Pause points reached</source>
            <translation>Puntos de pausa alcanzados</translation>
        </message>
        <message>
            <source>{segment}, at {time}: {question}</source>
            <translation>{segment}, en {time}: {question}</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>No se registró ninguno.</translation>
        </message>
        <message>
            <source>Adjustments made during the session</source>
            <translation>Ajustes hechos durante la sesión</translation>
        </message>
        <message>
            <source>{segment}: {change} {minutes} min</source>
            <translation>{segment}: {change} {minutes} min</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>No hay notas.</translation>
        </message>
        <message>
            <source>PRIVATE</source>
            <translation>PRIVADA</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>Para compartir</translation>
        </message>
        <message>
            <source>Whole session</source>
            <translation>Toda la sesión</translation>
        </message>
        <message>
            <source>about {names}</source>
            <translation>sobre {names}</translation>
        </message>
        <message>
            <source>nudge</source>
            <translation>ajuste</translation>
        </message>
        <message>
            <source>rebalance</source>
            <translation>reparto</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impreso</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Borrado</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restaurado</translation>
        </message>
        <message>
            <source>{document} of group #{group}</source>
            <translation>{document} del grupo n.º {group}</translation>
        </message>
        <message>
            <source>{document} of group #{group}, chapter {chapter}</source>
            <translation>{document} del grupo n.º {group}, capítulo {chapter}</translation>
        </message>
        <message>
            <source>{document} of group #{group}, for parent #{parent}</source>
            <translation>{document} del grupo n.º {group}, para el participante n.º {parent}</translation>
        </message>
        <message>
            <source>{document} of group #{group}, chapter {chapter}, for parent #{parent}</source>
            <translation>{document} del grupo n.º {group}, capítulo {chapter}, para el participante n.º {parent}</translation>
        </message>
        <message>
            <source>The whole database, from the backup {backup}</source>
            <translation>Toda la base de datos, desde la copia de seguridad {backup}</translation>
        </message>
        <message>
            <source>Everything held about parent #{number}</source>
            <translation>Todo lo guardado sobre el participante n.º {number}</translation>
        </message>
        <message>
            <source>Parent #{number}</source>
            <translation>Participante n.º {number}</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Registro de actividad</translation>
        </message>
        <message>
            <source>Nothing exported, printed, erased or restored for this group yet.</source>
            <translation>Todavía no se ha exportado, impreso, borrado ni restaurado nada de este grupo.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>{group} · Chapter {number}: {title}</source>
            <translation>{group} · Capítulo {number}: {title}</translation>
        </message>
        <message>
            <source>Facilitator record - {session}</source>
            <translation>Registro de la persona facilitadora - {session}</translation>
        </message>
        <message>
            <source>Facilitator record (confidential)</source>
            <translation>Registro de la persona facilitadora (confidencial)</translation>
        </message>
        <message>
            <source>Facilitator record · keep securely</source>
            <translation>Registro de la persona facilitadora · guárdelo en lugar seguro</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: facilitator record, not for parents</source>
            <translation>CONFIDENCIAL: registro de la persona facilitadora, no para las familias</translation>
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
            <source>Came</source>
            <translation>Vinieron</translation>
        </message>
        <message>
            <source>{count} of {total}</source>
            <translation>{count} de {total}</translation>
        </message>
        <message>
            <source>Delivered: {count} of {total}</source>
            <translation>Impartidas: {count} de {total}</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Minutes per session; totals count the sessions with recorded timings. “Came”: parents present or late (retention across the programme).</source>
            <translation>Minutos por sesión; los totales cuentan las sesiones con tiempos registrados. “Vinieron”: participantes presentes o que llegaron tarde (permanencia a lo largo del programa).</translation>
        </message>
        <message>
            <source>{n}. {title}, part {part} of {count}</source>
            <translation>{n}. {title}, parte {part} de {count}</translation>
        </message>
        <message>
            <source>Chapters in parts</source>
            <translation>Capítulos en partes</translation>
        </message>
        <message>
            <source>A chapter delivered in parts counts as attended when the parent came (present or late) to every part of it. Chapters with a part held so far are listed; a part not yet held counts as not attended.</source>
            <translation>Un capítulo impartido en partes cuenta como asistido cuando la persona vino (presente o con retraso) a todas sus partes. Se enumeran los capítulos con alguna parte ya celebrada; una parte aún no celebrada cuenta como no asistida.</translation>
        </message>
        <message>
            <source>attended {came} of {total} parts of chapter {n}</source>
            <translation>asistió a {came} de {total} partes del capítulo {n}</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Asistencia total</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificado</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Le corresponde</translation>
        </message>
        <message>
            <source>✓ present · L late · A absent · E excused · blank: not marked or not yet held. Completion: chapters attended of the programme's chapters. Hours: contact hours attended.</source>
            <translation>✓ presente · T llegó tarde · A ausente · J justificado · en blanco: sin marcar o aún no celebrada. Asistencia total: capítulos asistidos de los capítulos del programa. Horas: horas presenciales asistidas.</translation>
        </message>
        <message>
            <source>A chapter delivered in parts has one mark per part, in order.</source>
            <translation>Un capítulo impartido en partes tiene una marca por parte, en orden.</translation>
        </message>
        <message>
            <source>Contact hours delivered: {hours}.</source>
            <translation>Horas presenciales impartidas: {hours}.</translation>
        </message>
        <message numerus="yes">
            <source>Certificates due: {due} of {total} parents (at least %n chapter(s) attended).</source>
            <translation>
                <numerusform>Certificados que corresponden: {due} de {total} participantes (con al menos %n capítulo asistido).</numerusform>
                <numerusform>Certificados que corresponden: {due} de {total} participantes (con al menos %n capítulos asistidos).</numerusform>
            </translation>
        </message>
        <message>
            <source>On average {average} of {total} parents came to each delivered session.</source>
            <translation>De media, vinieron {average} de {total} participantes a cada sesión impartida.</translation>
        </message>
        <message>
            <source>As of:</source>
            <translation>A fecha de:</translation>
        </message>
        <message>
            <source>Programme report - {group}</source>
            <translation>Informe del programa - {group}</translation>
        </message>
        <message>
            <source>Programme report · contains personal data</source>
            <translation>Informe del programa · contiene datos personales</translation>
        </message>
        <message>
            <source>{group} · as of {date}</source>
            <translation>{group} · a fecha de {date}</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Página {number} de {total}</translation>
        </message>
        <message>
            <source>Circle of Security Parenting</source>
            <translation>Círculo de Seguridad Parental</translation>
        </message>
        <message numerus="yes">
            <source>{programme} (%n chapter(s))</source>
            <translation>
                <numerusform>{programme} (%n capítulo)</numerusform>
                <numerusform>{programme} (%n capítulos)</numerusform>
            </translation>
        </message>
        <message>
            <source>{service} · {document} · Prepared on {date}</source>
            <translation>{service} · {document} · Preparado el {date}</translation>
        </message>
        <message>
            <source>Dear parent, {name}</source>
            <translation>Hola, {name}</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>Hola, {name}:</translation>
        </message>
        <message>
            <source>For {name}</source>
            <translation>Para {name}</translation>
        </message>
        <message>
            <source>Planned, not yet delivered: this is what the group plans to explore at this session.</source>
            <translation>Prevista, aún no impartida: esto es lo que el grupo tiene previsto explorar en esta sesión.</translation>
        </message>
        <message>
            <source>We missed you at this session. Here is what the group explored, so you can join in easily next time.</source>
            <translation>Le echamos de menos en esta sesión. Aquí tiene lo que exploró el grupo, para que pueda sumarse sin dificultad la próxima vez.</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>La próxima vez</translation>
        </message>
        <message>
            <source>This was the last session of the programme.</source>
            <translation>Esta fue la última sesión del programa.</translation>
        </message>
        <message>
            <source>This was the last session of the programme. Thank you for coming.</source>
            <translation>Esta fue la última sesión del programa. Gracias por venir.</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
        <message>
            <source>What we explored</source>
            <translation>Lo que exploramos</translation>
        </message>
        <message>
            <source>What we will explore</source>
            <translation>Lo que exploraremos</translation>
        </message>
        <message>
            <source>Ideas to take home</source>
            <translation>Ideas para llevar a casa</translation>
        </message>
        <message>
            <source>From our group</source>
            <translation>De nuestro grupo</translation>
        </message>
        <message>
            <source>Something to notice this week</source>
            <translation>Algo en lo que fijarse esta semana</translation>
        </message>
        <message>
            <source>Questions? Contact {contact}</source>
            <translation>¿Preguntas? Contacte con {contact}</translation>
        </message>
        <message>
            <source>Chapter {number}: {title}</source>
            <translation>Capítulo {number}: {title}</translation>
        </message>
        <message>
            <source>There is no page to print.</source>
            <translation>No hay ninguna página que imprimir.</translation>
        </message>
        <message>
            <source>Catch-up sheet</source>
            <translation>Hoja de recuperación</translation>
        </message>
        <message>
            <source>{document} for parents</source>
            <translation>{document} para las familias</translation>
        </message>
        <message>
            <source>Print pack</source>
            <translation>Paquete de impresión</translation>
        </message>
        <message>
            <source>Parent summaries and catch-up sheets</source>
            <translation>Resúmenes para la familia y hojas de recuperación</translation>
        </message>
        <message>
            <source>For parents</source>
            <translation>Para las familias</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Persona facilitadora</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificado de participación</translation>
        </message>
        <message>
            <source>This certificate is presented to</source>
            <translation>Este certificado se entrega a</translation>
        </message>
        <message>
            <source>for taking part in</source>
            <translation>por participar en</translation>
        </message>
        <message>
            <source>with {group}, {service}</source>
            <translation>con {group}, {service}</translation>
        </message>
        <message>
            <source>with {group}</source>
            <translation>con {group}</translation>
        </message>
        <message numerus="yes">
            <source>attending {count} of %n session(s)</source>
            <translation>
                <numerusform>con asistencia a {count} de %n sesión</numerusform>
                <numerusform>con asistencia a {count} de %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>from {first} to {last}</source>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>Prepared on {date}</source>
            <translation>Preparado el {date}</translation>
        </message>
        <message>
            <source>There is no certificate to print.</source>
            <translation>No hay ningún certificado que imprimir.</translation>
        </message>
        <message>
            <source>Certificates of completion - {group}</source>
            <translation>Certificados de participación - {group}</translation>
        </message>
        <message>
            <source>Certificates of completion</source>
            <translation>Certificados de participación</translation>
        </message>
    </context>
    <context>
        <name>Fidelity</name>
        <message>
            <source>Skipped: never shown, or shown for under a quarter of its planned time. Shortened: at least two minutes (and 15% of its time) short of the plan. Delivered: the rest, including segments that ran over. Minutes are as planned before any change made during the session.</source>
            <translation>Omitido: nunca se mostró, o se mostró menos de una cuarta parte del tiempo previsto. Acortado: al menos dos minutos (y el 15 % de su tiempo) por debajo del plan. Impartido: el resto, incluidos los segmentos que se alargaron. Los minutos son los previstos antes de cualquier cambio hecho durante la sesión.</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s): {delivered} delivered, {shortened} shortened, {skipped} skipped</source>
            <translation>
                <numerusform>%n segmento: {delivered} impartidos, {shortened} acortados, {skipped} omitidos</numerusform>
                <numerusform>%n segmentos: {delivered} impartidos, {shortened} acortados, {skipped} omitidos</numerusform>
            </translation>
        </message>
        <message>
            <source>none planned</source>
            <translation>ninguno previsto</translation>
        </message>
        <message>
            <source>{count} planned, not recorded</source>
            <translation>{count} previstos, no registrados</translation>
        </message>
        <message>
            <source>{used} of {count} used</source>
            <translation>{used} de {count} usados</translation>
        </message>
        <message>
            <source>Not recorded (no timer events for this session).</source>
            <translation>No registrado (no hay eventos del temporizador en esta sesión).</translation>
        </message>
        <message>
            <source>Segments were shown in the planned order.</source>
            <translation>Los segmentos se mostraron en el orden previsto.</translation>
        </message>
        <message>
            <source>Not in the planned order: shown {shown} (segment {early} came early).</source>
            <translation>No en el orden previsto: se mostraron {shown} (el segmento {early} se adelantó).</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Impartición</translation>
        </message>
        <message>
            <source>Total (minutes)</source>
            <translation>Total (minutos)</translation>
        </message>
        <message>
            <source>This chapter's videos have no pause points.</source>
            <translation>Los vídeos de este capítulo no tienen puntos de pausa.</translation>
        </message>
        <message>
            <source>At</source>
            <translation>En</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Used?</source>
            <translation>¿Se usó?</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Usado</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <source>The session did not end normally, so the video's stops were not recorded.</source>
            <translation>La sesión no terminó con normalidad, así que no se registraron las paradas del vídeo.</translation>
        </message>
        <message>
            <source>Fidelity for supervision</source>
            <translation>Fidelidad para la supervisión</translation>
        </message>
        <message>
            <source>{group} · Chapter {number}: {title} · {date}</source>
            <translation>{group} · Capítulo {number}: {title} · {date}</translation>
        </message>
        <message>
            <source>No timings were recorded for this session; the plan is shown.</source>
            <translation>No se registraron tiempos en esta sesión; se muestra el plan.</translation>
        </message>
        <message>
            <source>Pause points in the videos</source>
            <translation>Puntos de pausa en los vídeos</translation>
        </message>
        <message>
            <source>Order and timer</source>
            <translation>Orden y temporizador</translation>
        </message>
        <message numerus="yes">
            <source>The timer was paused %n time(s) ({duration} in all).</source>
            <translation>
                <numerusform>El temporizador se pausó %n vez ({duration} en total).</numerusform>
                <numerusform>El temporizador se pausó %n veces ({duration} en total).</numerusform>
            </translation>
        </message>
        <message>
            <source>The timer was not paused.</source>
            <translation>El temporizador no se pausó.</translation>
        </message>
        <message>
            <source>Changes to the timing made during the session: {count}.</source>
            <translation>Cambios en los tiempos hechos durante la sesión: {count}.</translation>
        </message>
        <message>
            <source>No session has been delivered yet.</source>
            <translation>Todavía no se ha impartido ninguna sesión.</translation>
        </message>
        <message>
            <source>Chapters delivered in order: {chapters}.</source>
            <translation>Capítulos impartidos en orden: {chapters}.</translation>
        </message>
        <message>
            <source>Chapters NOT delivered in order: {chapters}.</source>
            <translation>Capítulos NO impartidos en orden: {chapters}.</translation>
        </message>
        <message>
            <source>Not delivered although a later chapter was: {chapters}.</source>
            <translation>No impartidos aunque sí se impartió un capítulo posterior: {chapters}.</translation>
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
            <source>Delivered</source>
            <translation>Impartidos</translation>
        </message>
        <message>
            <source>Shortened</source>
            <translation>Acortados</translation>
        </message>
        <message>
            <source>Pause points</source>
            <translation>Puntos de pausa</translation>
        </message>
        <message>
            <source>In plan order</source>
            <translation>En el orden del plan</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Segments per session and minutes; in plan order: the segments were shown in the planned order.</source>
            <translation>Segmentos por sesión y minutos; en el orden del plan: los segmentos se mostraron en el orden previsto.</translation>
        </message>
        <message>
            <source>Each session's own fidelity page is at the end of its facilitator record.</source>
            <translation>La página de fidelidad de cada sesión está al final de su registro de la persona facilitadora.</translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <source>Arabic</source>
            <translation>árabe</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>hebreo</translation>
        </message>
        <message>
            <source>Chinese, Japanese and Korean</source>
            <translation>chino, japonés y coreano</translation>
        </message>
        <message>
            <source>emoji</source>
            <translation>emojis</translation>
        </message>
        <message>
            <source>symbols</source>
            <translation>símbolos</translation>
        </message>
        <message>
            <source>other characters</source>
            <translation>otros caracteres</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>Reviewed in supervision on {date} by {name}</source>
            <translation>Revisado en supervisión el {date} por {name}</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Rango</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>Pre</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation>Cambio medio</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>Mejoró</translation>
        </message>
        <message>
            <source>Same</source>
            <translation>Igual</translation>
        </message>
        <message>
            <source>Worse</source>
            <translation>Peor</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>más alto</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>más bajo</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Not both totals</source>
            <translation>Faltan totales</translation>
        </message>
        <message>
            <source>Mean change (n = {n})</source>
            <translation>Cambio medio (n = {n})</translation>
        </message>
        <message>
            <source>{improved} improved · {same} same · {worse} worse</source>
            <translation>{improved} mejoraron · {same} igual · {worse} empeoraron</translation>
        </message>
        <message>
            <source>Outcomes: pre and post measures</source>
            <translation>Resultados: medidas antes y después</translation>
        </message>
        <message>
            <source>No pre/post measures were recorded for this group.</source>
            <translation>No se registraron medidas antes/después para este grupo.</translation>
        </message>
        <message>
            <source>Pre, Post: how many of the {count} parents have that total. Both: how many have both, the n of the mean change. Change is post minus pre; improved or worse follows the measure's direction. Only questionnaire totals are kept, never the answers to single questions.</source>
            <translation>Antes, Después: cuántos de los {count} participantes tienen ese total. Ambos: cuántos tienen los dos, la n del cambio medio. El cambio es después menos antes; mejoró o empeoró según la dirección de la medida. Solo se guardan los totales de los cuestionarios, nunca las respuestas a cada pregunta.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>no reason given</source>
            <translation>sin motivo indicado</translation>
        </message>
        <message>
            <source>The printing service (CUPS) is not running on this computer, so nothing was printed. Start it (or restart the computer), or save the PDF and print it later.</source>
            <translation>El servicio de impresión (CUPS) no está en marcha en este ordenador, así que no se imprimió nada. Póngalo en marcha (o reinicie el ordenador), o guarde el PDF e imprímalo más tarde.</translation>
        </message>
        <message>
            <source>No printer is chosen as the default, so nothing was printed. Choose one (printers here: {printers}), or save the PDF instead.</source>
            <translation>No hay ninguna impresora elegida como predeterminada, así que no se imprimió nada. Elija una (impresoras disponibles: {printers}) o guarde el PDF.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer yet, so nothing was printed. Add a printer in your system settings, or save the PDF instead.</source>
            <translation>Todavía no hay ninguna impresora configurada en este ordenador, así que no se imprimió nada. Añada una impresora en los ajustes del sistema o guarde el PDF.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>There is no printer called "{printer}". Printers here: {printers}.</source>
            <translation>No hay ninguna impresora llamada "{printer}". Impresoras disponibles: {printers}.</translation>
        </message>
        <message>
            <source>The printer "{printer}" is not taking jobs at the moment (it may be offline or switched off). Nothing was printed; save the PDF, or try again later.</source>
            <translation>La impresora "{printer}" no acepta trabajos en este momento (puede estar desconectada o apagada). No se imprimió nada; guarde el PDF o vuelva a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>The printer did not take the document ({detail}). Save the PDF instead.</source>
            <translation>La impresora no aceptó el documento ({detail}). Guarde el PDF.</translation>
        </message>
        <message>
            <source>Printing needs CUPS, the printing system of Linux and macOS, which is not installed here (on Debian or Ubuntu: the cups and cups-client packages). Save the PDF instead.</source>
            <translation>Para imprimir hace falta CUPS, el sistema de impresión de Linux y macOS, que no está instalado aquí (en Debian o Ubuntu: los paquetes cups y cups-client). Guarde el PDF.</translation>
        </message>
        <message>
            <source>The printing service did not answer, so nothing was printed. Save the PDF instead.</source>
            <translation>El servicio de impresión no respondió, así que no se imprimió nada. Guarde el PDF.</translation>
        </message>
        <message>
            <source>The printer could not be reached ({reason}).</source>
            <translation>No se pudo contactar con la impresora ({reason}).</translation>
        </message>
        <message>
            <source>the default printer</source>
            <translation>la impresora predeterminada</translation>
        </message>
        <message>
            <source>The printer "{printer}" is paused or offline: the document waits in its queue and prints when the printer is back.</source>
            <translation>La impresora "{printer}" está en pausa o desconectada: el documento espera en su cola y se imprimirá cuando vuelva a estar disponible.</translation>
        </message>
        <message>
            <source>No app on this computer offers Windows a Print command for PDF files ({reason}); Microsoft Edge does not. Print from the app instead (File &gt; Print...), or save the PDF and print it from your PDF reader.</source>
            <translation>Ninguna aplicación de este ordenador ofrece a Windows una orden Imprimir para archivos PDF ({reason}); Microsoft Edge no lo hace. Imprima desde la aplicación (Archivo &gt; Imprimir...) o guarde el PDF e imprímalo desde su lector de PDF.</translation>
        </message>
        <message>
            <source>Windows' PDF app prints it on the default printer.</source>
            <translation>La aplicación de PDF de Windows lo imprime en la impresora predeterminada.</translation>
        </message>
        <message>
            <source>1 summary</source>
            <translation>1 resumen</translation>
        </message>
        <message numerus="yes">
            <source>%n summaries</source>
            <translation>
                <numerusform>%n resúmenes</numerusform>
                <numerusform>%n resúmenes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n catch-up sheet(s)</source>
            <translation>
                <numerusform>%n hoja de recuperación</numerusform>
                <numerusform>%n hojas de recuperación</numerusform>
            </translation>
        </message>
        <message>
            <source>{summaries}, {catch_ups}, in this order:</source>
            <translation>{summaries}, {catch_ups}, en este orden:</translation>
        </message>
        <message>
            <source>catch-up sheet</source>
            <translation>hoja de recuperación</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>resumen</translation>
        </message>
        <message>
            <source>catch-up sheet (not named on the page)</source>
            <translation>hoja de recuperación (sin nombre en la página)</translation>
        </message>
        <message>
            <source>summary (not named on the page)</source>
            <translation>resumen (sin nombre en la página)</translation>
        </message>
        <message>
            <source>--copies must be 1 or more.</source>
            <translation>--copies debe ser 1 o más.</translation>
        </message>
        <message>
            <source>chapter {number}</source>
            <translation>capítulo {number}</translation>
        </message>
        <message>
            <source>(Nothing was printed: `cos-desktop export` saves the PDF.)</source>
            <translation>(No se imprimió nada: `cos-desktop export` guarda el PDF.)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>1 copy</source>
            <translation>1 copia</translation>
        </message>
        <message numerus="yes">
            <source>%n copies</source>
            <translation>
                <numerusform>%n copias</numerusform>
                <numerusform>%n copias</numerusform>
            </translation>
        </message>
        <message>
            <source>{document}: {pages}, {copies}, sent to {printer} as job {job}.</source>
            <translation>{document}: {pages}, {copies}, enviado a {printer} como trabajo {job}.</translation>
        </message>
        <message>
            <source>{document}: {pages}, {copies}, sent to {printer}.</source>
            <translation>{document}: {pages}, {copies}, enviado a {printer}.</translation>
        </message>
    </context>
</TS>