<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Documents</name>
        <message>
            <source>en</source>
            <comment>the code of the language translated into (es, de...)</comment>
            <translation>es</translation>
        </message>
    </context>
    <context>
        <name>Fidelity</name>
        <message>
            <source>Delivered</source>
            <translation>Impartidos</translation>
        </message>
        <message>
            <source>Shortened</source>
            <translation>Acortados</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered in programme order.</source>
            <translation>El capítulo {chapter} se impartió en el orden del programa.</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered after {later}, which comes later in the programme.</source>
            <translation>El capítulo {chapter} se impartió después del {later}, que va más adelante en el programa.</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered after {later}, which come later in the programme.</source>
            <translation>El capítulo {chapter} se impartió después de los {later}, que van más adelante en el programa.</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered before {earlier}, which comes earlier.</source>
            <translation>El capítulo {chapter} se impartió antes del {earlier}, que va antes.</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered before {earlier}, which come earlier.</source>
            <translation>El capítulo {chapter} se impartió antes de los {earlier}, que van antes.</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered after {later}, which comes later in the programme and before {earlier}, which comes earlier.</source>
            <translation>El capítulo {chapter} se impartió después del {later}, que va más adelante en el programa, y antes del {earlier}, que va antes.</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered after {later}, which comes later in the programme and before {earlier}, which come earlier.</source>
            <translation>El capítulo {chapter} se impartió después del {later}, que va más adelante en el programa, y antes de los {earlier}, que van antes.</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered after {later}, which come later in the programme and before {earlier}, which comes earlier.</source>
            <translation>El capítulo {chapter} se impartió después de los {later}, que van más adelante en el programa, y antes del {earlier}, que va antes.</translation>
        </message>
        <message>
            <source>Chapter {chapter} was delivered after {later}, which come later in the programme and before {earlier}, which come earlier.</source>
            <translation>El capítulo {chapter} se impartió después de los {later}, que van más adelante en el programa, y antes de los {earlier}, que van antes.</translation>
        </message>
        <message>
            <source>chapter {number}</source>
            <translation>capítulo {number}</translation>
        </message>
        <message>
            <source>chapters {numbers} and {last}</source>
            <translation>capítulos {numbers} y {last}</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Check-in</source>
            <translation>Ronda de inicio</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>Hoja para repartir</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Llegó tarde</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificado</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Impartida</translation>
        </message>
    </context>
    <context>
        <name>Measures</name>
        <message>
            <source>Higher is better</source>
            <translation>Mejor cuanto más alto</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Mejor cuanto más bajo</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>Mejoró</translation>
        </message>
        <message>
            <source>Stayed the same</source>
            <translation>Se mantuvo igual</translation>
        </message>
        <message>
            <source>Worsened</source>
            <translation>Empeoró</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <source>{value} is outside the range of {measure}: a total from {range}.</source>
            <translation>{value} está fuera del rango de {measure}: un total {range}.</translation>
        </message>
        <message>
            <source>A measure needs a name, for example the questionnaire's short name.</source>
            <translation>Una medida necesita un nombre, por ejemplo el nombre corto del cuestionario.</translation>
        </message>
        <message>
            <source>That name is too long: keep it under {limit} characters.</source>
            <translation>Ese nombre es demasiado largo: use menos de {limit} caracteres.</translation>
        </message>
        <message>
            <source>The lowest and highest totals must be numbers.</source>
            <translation>Los totales mínimo y máximo deben ser números.</translation>
        </message>
        <message>
            <source>The lowest and highest totals must be ordinary numbers.</source>
            <translation>Los totales mínimo y máximo deben ser números normales.</translation>
        </message>
        <message>
            <source>The lowest total ({low}) must be below the highest ({high}).</source>
            <translation>El total mínimo ({low}) debe ser menor que el máximo ({high}).</translation>
        </message>
        <message>
            <source>Say whether a higher or a lower total is better.</source>
            <translation>Indique si es mejor un total más alto o más bajo.</translation>
        </message>
    </context>
</TS>