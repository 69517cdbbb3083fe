<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Cli</name>
        <message>
            <source>a SQLite file (a plain path) or a database URL such as postgresql+psycopg://user@server/cos (default: a SQLite file in your user data folder; also read from COS_DESKTOP_DATABASE)</source>
            <translation>un archivo SQLite (una ruta normal) o la dirección de una base de datos como postgresql+psycopg://user@server/cos (por defecto: un archivo SQLite en su carpeta de datos de usuario; también se lee de COS_DESKTOP_DATABASE)</translation>
        </message>
    </context>
    <context>
        <name>Curriculum</name>
        <message>
            <source>{key} appears twice in the same place</source>
            <translation>{key} aparece dos veces en el mismo sitio</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Give a file path such as ~/cos/records.sqlite3, or an address such as postgresql+psycopg://user@server/cos for a shared database.</source>
            <translation>Indique la ruta de un archivo, como ~/cos/records.sqlite3, o una dirección como postgresql+psycopg://user@server/cos para una base de datos compartida.</translation>
        </message>
        <message>
            <source>No database was given after --database. {EXAMPLES}</source>
            <translation>No se indicó ninguna base de datos después de --database. {EXAMPLES}</translation>
        </message>
        <message>
            <source>{typed} is not a database address {APP_NAME} understands. {EXAMPLES}</source>
            <translation>{typed} no es una dirección de base de datos que {APP_NAME} entienda. {EXAMPLES}</translation>
        </message>
        <message>
            <source>{typed} is a database that lives only in memory: everything would be lost when {APP_NAME} closes. {EXAMPLES}</source>
            <translation>{typed} es una base de datos que solo existe en memoria: todo se perdería al cerrar {APP_NAME}. {EXAMPLES}</translation>
        </message>
        <message>
            <source>{typed} is not a database address {APP_NAME} understands: a SQLite address has three slashes before the file's path, as in sqlite:///home/me/records.sqlite3. {EXAMPLES}</source>
            <translation>{typed} no es una dirección de base de datos que {APP_NAME} entienda: una dirección SQLite lleva tres barras antes de la ruta del archivo, como en sqlite:///home/me/records.sqlite3. {EXAMPLES}</translation>
        </message>
        <message>
            <source>{typed} is a folder, not a database file. Add a file name to it, for example {value}; {APP_NAME} creates the file if it is not there yet.</source>
            <translation>{typed} es una carpeta, no un archivo de base de datos. Añádale un nombre de archivo, por ejemplo {value}; {APP_NAME} crea el archivo si todavía no existe.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist, so {APP_NAME} cannot keep a database there. Create the folder first, or check the path for a typing mistake.</source>
            <translation>La carpeta {parent} no existe, así que {APP_NAME} no puede guardar ahí una base de datos. Cree primero la carpeta o revise si la ruta tiene algún error.</translation>
        </message>
    </context>
    <context>
        <name>Delivery</name>
        <message>
            <source>Delivered</source>
            <translation>Impartido</translation>
        </message>
        <message>
            <source>Shortened</source>
            <translation>Acortado</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitido</translation>
        </message>
    </context>
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
        <name>Holidays</name>
        <message>
            <source>No country is chosen, so public holidays are not marked. You can choose one in Edit &gt; Language, dates, paper and holidays.</source>
            <translation>No hay ningún país elegido, así que no se marcan los días festivos. Puede elegir uno en Editar &gt; Idioma, fechas, papel y días festivos.</translation>
        </message>
        <message>
            <source>Public holidays for the country '{country}' are not known, so no dates are marked. You can choose another country in Edit &gt; Language, dates, paper and holidays.</source>
            <translation>No se conocen los días festivos del país '{country}', así que no se marca ninguna fecha. Puede elegir otro país en Editar &gt; Idioma, fechas, papel y días festivos.</translation>
        </message>
        <message>
            <source>The region '{region}' is not known for {country}, so no dates are marked. You can choose another region in Edit &gt; Language, dates, paper and holidays.</source>
            <translation>No se conoce la región '{region}' de {country}, así que no se marca ninguna fecha. Puede elegir otra región en Editar &gt; Idioma, fechas, papel y días festivos.</translation>
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
            <source>"{text}" is not a number. Type the total, from {range}.</source>
            <translation>"{text}" no es un número. Escriba el total, {range}.</translation>
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
    <context>
        <name>Media</name>
        <message>
            <source>disc “{name}”, title {title}, chapter {chapter}</source>
            <translation>disco “{name}”, título {title}, capítulo {chapter}</translation>
        </message>
        <message>
            <source>disc “{name}”, title {title}</source>
            <translation>disco “{name}”, título {title}</translation>
        </message>
        <message>
            <source>{disc}, last found at {place}</source>
            <translation>{disc}, encontrado por última vez en {place}</translation>
        </message>
        <message>
            <source>That does not look like a web address. It should start with https:// (or http://).</source>
            <translation>Eso no parece una dirección web. Debe empezar por https:// (o http://).</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <source>Part {part} of chapter {n} would have no segments. Every part needs at least one segment: join it to the part before instead.</source>
            <translation>La parte {part} del capítulo {n} se quedaría sin segmentos. Cada parte necesita al menos un segmento: únala a la parte anterior.</translation>
        </message>
        <message>
            <source>A chapter can have at most {n} parts.</source>
            <translation>Un capítulo puede tener como mucho {n} partes.</translation>
        </message>
        <message>
            <source>A new part cannot start here: the part before it would have no segments. Choose a later segment.</source>
            <translation>No puede empezar una parte nueva aquí: la parte anterior se quedaría sin segmentos. Elija un segmento posterior.</translation>
        </message>
        <message>
            <source>This segment does not start a part, so there is nothing to join.</source>
            <translation>Este segmento no empieza una parte, así que no hay nada que unir.</translation>
        </message>
        <message>
            <source>Chapter {n}</source>
            <translation>Capítulo {n}</translation>
        </message>
        <message>
            <source>Chapter {n}, part {part} of {count}</source>
            <translation>Capítulo {n}, parte {part} de {count}</translation>
        </message>
        <message>
            <source>Part {part}: {reason}</source>
            <translation>Parte {part}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message numerus="yes">
            <source>%n min over</source>
            <translation>
                <numerusform>%n min de más</numerusform>
                <numerusform>%n min de más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min under</source>
            <translation>
                <numerusform>%n min de menos</numerusform>
                <numerusform>%n min de menos</numerusform>
            </translation>
        </message>
        <message>
            <source>on time</source>
            <translation>a tiempo</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>The target length must be a whole number of minutes, at least 1.</source>
            <translation>La duración deseada debe ser un número entero de minutos, al menos 1.</translation>
        </message>
        <message>
            <source>The shortest segment must be at least 1 minute.</source>
            <translation>El segmento más corto debe durar al menos 1 minuto.</translation>
        </message>
        <message>
            <source>This chapter has no segments to fit.</source>
            <translation>Este capítulo no tiene segmentos que ajustar.</translation>
        </message>
        <message>
            <source>The videos alone take {value}, longer than the {value2} you asked for. Shorten a clip or choose a longer session.</source>
            <translation>Solo los vídeos ya duran {value}, más que los {value2} que pidió. Acorte un fragmento o elija una sesión más larga.</translation>
        </message>
        <message>
            <source>The videos and the break take {value}, longer than the {value2} you asked for.</source>
            <translation>Los vídeos y el descanso duran {value}, más que los {value2} que pidió.</translation>
        </message>
        <message>
            <source>This chapter has only videos and breaks ({value}): there is nothing that can grow or shrink to make {value2}.</source>
            <translation>Este capítulo solo tiene vídeos y descansos ({value}): no hay nada que pueda alargarse o acortarse para llegar a {value2}.</translation>
        </message>
        <message>
            <source>The videos and the break take {fixed}, which leaves {left} for {count} other segments; at {shortest} each they need {needed}. Remove a segment, lower the shortest length, or choose a longer session.</source>
            <translation>Los vídeos y el descanso duran {fixed}, lo que deja {left} para los otros {count} segmentos; con {shortest} cada uno necesitan {needed}. Quite un segmento, reduzca la duración mínima o elija una sesión más larga.</translation>
        </message>
        <message>
            <source>The videos take {fixed}, which leaves {left} for {count} other segments; at {shortest} each they need {needed}. Remove a segment, lower the shortest length, or choose a longer session.</source>
            <translation>Los vídeos duran {fixed}, lo que deja {left} para los otros {count} segmentos; con {shortest} cada uno necesitan {needed}. Quite un segmento, reduzca la duración mínima o elija una sesión más larga.</translation>
        </message>
        <message>
            <source>A chapter can have at most {MAX_SEGMENTS} segments.</source>
            <translation>Un capítulo puede tener como mucho {MAX_SEGMENTS} segmentos.</translation>
        </message>
        <message>
            <source>A chapter needs at least one segment.</source>
            <translation>Un capítulo necesita al menos un segmento.</translation>
        </message>
        <message>
            <source>A segment lasts from {MIN_MINUTES} to {MAX_MINUTES} minutes.</source>
            <translation>Un segmento dura de {MIN_MINUTES} a {MAX_MINUTES} minutos.</translation>
        </message>
        <message>
            <source>A programme can have at most {MAX_CHAPTERS} chapters.</source>
            <translation>Un programa puede tener como mucho {MAX_CHAPTERS} capítulos.</translation>
        </message>
        <message>
            <source>A programme needs at least one chapter.</source>
            <translation>Un programa necesita al menos un capítulo.</translation>
        </message>
    </context>
    <context>
        <name>Projector</name>
        <message>
            <source>Chapter {number}: {title}</source>
            <translation>Capítulo {number}: {title}</translation>
        </message>
    </context>
    <context>
        <name>TextRules</name>
        <message>
            <source>name</source>
            <translation>el nombre</translation>
        </message>
        <message>
            <source>title</source>
            <translation>el título</translation>
        </message>
        <message>
            <source>parent's name</source>
            <translation>el nombre del participante</translation>
        </message>
        <message>
            <source>children's ages</source>
            <translation>las edades de los hijos</translation>
        </message>
        <message>
            <source>venue</source>
            <translation>el lugar</translation>
        </message>
        <message>
            <source>facilitators</source>
            <translation>las personas facilitadoras</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>el contacto</translation>
        </message>
        <message>
            <source>note</source>
            <translation>la nota</translation>
        </message>
        <message>
            <source>description</source>
            <translation>la descripción</translation>
        </message>
        <message>
            <source>parent summary</source>
            <translation>el resumen para la familia</translation>
        </message>
        <message>
            <source>notice this week</source>
            <translation>el texto de algo en lo que fijarse esta semana</translation>
        </message>
        <message>
            <source>facilitator prompt</source>
            <translation>la indicación para la persona facilitadora</translation>
        </message>
        <message>
            <source>parent take-away</source>
            <translation>la idea para llevar</translation>
        </message>
        <message>
            <source>video title</source>
            <translation>el título del vídeo</translation>
        </message>
        <message>
            <source>link title</source>
            <translation>el título del enlace</translation>
        </message>
        <message>
            <source>link address</source>
            <translation>la dirección del enlace</translation>
        </message>
        <message>
            <source>video location</source>
            <translation>la ubicación del vídeo</translation>
        </message>
        <message>
            <source>pause prompt</source>
            <translation>la pregunta de la pausa</translation>
        </message>
        <message>
            <source>event details</source>
            <translation>los detalles del evento</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>el ajuste</translation>
        </message>
        <message>
            <source>the {where} {field}</source>
            <translation>{field} ({where})</translation>
        </message>
        <message>
            <source>the {field}</source>
            <translation>{field}</translation>
        </message>
        <message>
            <source>{field} is {length:,} characters long; at most {limit:,} fit. Shorten it by {over:,} characters.</source>
            <translation>{field} tiene {length:,} caracteres; caben como mucho {limit:,}. Acórtelo en {over:,} caracteres.</translation>
        </message>
        <message>
            <source>{field} is {length:,} characters long; at most {limit:,} fit. Shorten it by {over:,} characters, or split it in two.</source>
            <translation>{field} tiene {length:,} caracteres; caben como mucho {limit:,}. Acórtelo en {over:,} caracteres o divídalo en dos.</translation>
        </message>
    </context>
</TS>