<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>DiscLinkDialog</name>
        <message>
            <source>Link a video from a disc</source>
            <translation>Vincular un vídeo de un disco</translation>
        </message>
        <message>
            <source>Find the disc “{name}”</source>
            <translation>Buscar el disco “{name}”</translation>
        </message>
        <message>
            <source>&amp;Disc:</source>
            <translation>&amp;Disco:</translation>
        </message>
        <message>
            <source>Look in the &amp;drives again</source>
            <translation>&amp;Buscar otra vez en las unidades</translation>
        </message>
        <message>
            <source>DVD &amp;folder...</source>
            <translation>&amp;Carpeta de DVD...</translation>
        </message>
        <message>
            <source>Disc &amp;image (ISO)...</source>
            <translation>&amp;Imagen de disco (ISO)...</translation>
        </message>
        <message>
            <source>Title or chapter</source>
            <translation>Título o capítulo</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Empieza en</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Vincular</translation>
        </message>
        <message>
            <source>Use this disc</source>
            <translation>Usar este disco</translation>
        </message>
        <message>
            <source>Drive: {name} ({place})</source>
            <translation>Unidad: {name} ({place})</translation>
        </message>
        <message>
            <source>No disc was found in a drive. Put the disc in and choose “Look in the drives again”, or open a DVD folder or disc image copied to this computer.</source>
            <translation>No se encontró ningún disco en las unidades. Ponga el disco y elija “Buscar otra vez en las unidades”, o abra una carpeta de DVD o una imagen de disco copiada en este ordenador.</translation>
        </message>
        <message>
            <source>Open a DVD folder (it holds VIDEO_TS)</source>
            <translation>Abrir una carpeta de DVD (contiene VIDEO_TS)</translation>
        </message>
        <message>
            <source>Folder: {name}</source>
            <translation>Carpeta: {name}</translation>
        </message>
        <message>
            <source>Open a disc image</source>
            <translation>Abrir una imagen de disco</translation>
        </message>
        <message>
            <source>Disc images (*.iso *.img);;All files (*)</source>
            <translation>Imágenes de disco (*.iso *.img);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Image: {name}</source>
            <translation>Imagen: {name}</translation>
        </message>
        <message>
            <source>No DVD video could be read there. Choose the folder that holds VIDEO_TS, or a disc image (.iso).</source>
            <translation>No se pudo leer ningún vídeo de DVD ahí. Elija la carpeta que contiene VIDEO_TS, o una imagen de disco (.iso).</translation>
        </message>
        <message>
            <source>This is another disc (“{found}”), not “{wanted}”.</source>
            <translation>Este es otro disco (“{found}”), no “{wanted}”.</translation>
        </message>
        <message numerus="yes">
            <source>“{name}”: %n title(s). Pick the one this segment shows.</source>
            <translation>
                <numerusform>“{name}”: %n título. Elija el que muestra este segmento.</numerusform>
                <numerusform>“{name}”: %n títulos. Elija el que muestra este segmento.</numerusform>
            </translation>
        </message>
        <message>
            <source>Title {n}</source>
            <translation>Título {n}</translation>
        </message>
        <message numerus="yes">
            <source>%n chapter(s)</source>
            <translation>
                <numerusform>%n capítulo</numerusform>
                <numerusform>%n capítulos</numerusform>
            </translation>
        </message>
        <message>
            <source>Chapter {n}</source>
            <translation>Capítulo {n}</translation>
        </message>
    </context>
    <context>
        <name>FitDialog</name>
        <message>
            <source>Fit to length</source>
            <translation>Ajustar a la duración</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>Capítulo</translation>
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
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Aplicar</translation>
        </message>
        <message>
            <source>This chapter ({n}. {title})</source>
            <translation>Este capítulo ({n}. {title})</translation>
        </message>
        <message>
            <source>Every chapter</source>
            <translation>Todos los capítulos</translation>
        </message>
        <message>
            <source>{hours}</source>
            <translation>{hours}</translation>
        </message>
        <message>
            <source>Another length</source>
            <translation>Otra duración</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Fit:</source>
            <translation>Ajustar:</translation>
        </message>
        <message>
            <source>&amp;Session length:</source>
            <translation>&amp;Duración de la sesión:</translation>
        </message>
        <message>
            <source>S&amp;hortest segment:</source>
            <translation>Segmento más &amp;corto:</translation>
        </message>
        <message>
            <source>Videos keep their length. Other segments grow or shrink in proportion, in whole minutes. Sessions of {hours} or more get a break in the middle; shorter ones lose it.</source>
            <translation>Los vídeos mantienen su duración. Los demás segmentos se alargan o se acortan en proporción, en minutos enteros. Las sesiones de {hours} o más tienen un descanso a la mitad; las más cortas lo pierden.</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <source>This chapter has been delivered or is running; its plan stays as it was.</source>
            <translation>Este capítulo ya se impartió o está en curso; su plan se queda como estaba.</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Chapter {n}: {reason}</source>
            <translation>Capítulo {n}: {reason}</translation>
        </message>
        <message>
            <source>Cannot fit to {target} min:</source>
            <translation>No se puede ajustar a {target} min:</translation>
        </message>
        <message>
            <source>Already {target} min: nothing to change.</source>
            <translation>Ya dura {target} min: no hay nada que cambiar.</translation>
        </message>
        <message>
            <source>Each chapter will last exactly {target} min.</source>
            <translation>Cada capítulo durará exactamente {target} min.</translation>
        </message>
        <message>
            <source>Each session will last exactly {target} min: a chapter in parts has each of its parts fitted.</source>
            <translation>Cada sesión durará exactamente {target} min: en un capítulo dividido en partes, se ajusta cada parte.</translation>
        </message>
        <message>
            <source>Delivered chapters stay as they were.</source>
            <translation>Los capítulos impartidos se quedan como estaban.</translation>
        </message>
        <message>
            <source>{n}. {title}</source>
            <translation>{n}. {title}</translation>
        </message>
        <message>
            <source>cannot fit</source>
            <translation>no se puede ajustar</translation>
        </message>
        <message>
            <source>{n}. {title}, part {part} of {count}</source>
            <translation>{n}. {title}, parte {part} de {count}</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>quitado</translation>
        </message>
        <message>
            <source>{m} (new)</source>
            <translation>{m} (nuevo)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Fit chapter {n} to {m} min</source>
            <translation>Ajustar el capítulo {n} a {m} min</translation>
        </message>
        <message>
            <source>Fit every chapter to {m} min</source>
            <translation>Ajustar todos los capítulos a {m} min</translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsDialog</name>
        <message>
            <source>This file cannot be imported</source>
            <translation>Este archivo no se puede importar</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; {file} has %n problem(s). Fix them in the file and import it again:</source>
            <translation>
                <numerusform>&lt;b&gt;No se importó nada.&lt;/b&gt; {file} tiene %n problema. Corríjalo en el archivo e impórtelo de nuevo:</numerusform>
                <numerusform>&lt;b&gt;No se importó nada.&lt;/b&gt; {file} tiene %n problemas. Corríjalos en el archivo e impórtelo de nuevo:</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>&amp;Copy the list</source>
            <translation>&amp;Copiar la lista</translation>
        </message>
    </context>
    <context>
        <name>PlannerEdits</name>
        <message>
            <source>Change the chapter</source>
            <translation>Cambiar el capítulo</translation>
        </message>
        <message>
            <source>Change minutes</source>
            <translation>Cambiar los minutos</translation>
        </message>
        <message>
            <source>Rename a segment</source>
            <translation>Cambiar el nombre de un segmento</translation>
        </message>
        <message>
            <source>Change a kind</source>
            <translation>Cambiar un tipo</translation>
        </message>
        <message>
            <source>Edit a prompt</source>
            <translation>Editar una indicación</translation>
        </message>
        <message>
            <source>Edit a take-away</source>
            <translation>Editar una idea para llevar</translation>
        </message>
        <message>
            <source>Edit a segment</source>
            <translation>Editar un segmento</translation>
        </message>
        <message>
            <source>Link a video</source>
            <translation>Vincular un vídeo</translation>
        </message>
        <message>
            <source>New segment</source>
            <translation>Segmento nuevo</translation>
        </message>
        <message>
            <source>Add a segment</source>
            <translation>Añadir un segmento</translation>
        </message>
        <message>
            <source>Duplicate a segment</source>
            <translation>Duplicar un segmento</translation>
        </message>
        <message>
            <source>Remove a segment</source>
            <translation>Quitar un segmento</translation>
        </message>
        <message>
            <source>Move a segment</source>
            <translation>Mover un segmento</translation>
        </message>
        <message>
            <source>Add a chapter</source>
            <translation>Añadir un capítulo</translation>
        </message>
        <message>
            <source>New chapter</source>
            <translation>Capítulo nuevo</translation>
        </message>
        <message>
            <source>Duplicate a chapter</source>
            <translation>Duplicar un capítulo</translation>
        </message>
        <message>
            <source>Remove a chapter</source>
            <translation>Quitar un capítulo</translation>
        </message>
        <message>
            <source>Move a chapter</source>
            <translation>Mover un capítulo</translation>
        </message>
        <message>
            <source>Link a video file</source>
            <translation>Vincular un archivo de vídeo</translation>
        </message>
        <message>
            <source>Videos (*.mp4 *.m4v *.mkv *.mov *.avi *.webm *.mpg);;All files (*)</source>
            <translation>Vídeos (*.mp4 *.m4v *.mkv *.mov *.avi *.webm *.mpg);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>PlannerParts</name>
        <message>
            <source>Split i&amp;nto parts here</source>
            <translation>D&amp;ividir en partes aquí</translation>
        </message>
        <message>
            <source>Start a new part, delivered as a session of its own, at this segment</source>
            <translation>Empezar en este segmento una parte nueva, que se imparte como una sesión aparte</translation>
        </message>
        <message>
            <source>&amp;Join to the part before</source>
            <translation>&amp;Juntar con la parte anterior</translation>
        </message>
        <message>
            <source>Split a chapter into parts</source>
            <translation>Dividir un capítulo en partes</translation>
        </message>
        <message>
            <source>Join parts</source>
            <translation>Juntar partes</translation>
        </message>
        <message>
            <source>Part {part}</source>
            <translation>Parte {part}</translation>
        </message>
        <message>
            <source>Part {part}: {minutes} min ({difference})</source>
            <translation>Parte {part}: {minutes} min ({difference})</translation>
        </message>
    </context>
    <context>
        <name>PlannerProgrammes</name>
        <message>
            <source>&amp;Import a programme file...</source>
            <translation>Importar un archivo de pro&amp;grama...</translation>
        </message>
        <message>
            <source>Export this pro&amp;gramme...</source>
            <translation>Exportar es&amp;te programa...</translation>
        </message>
        <message>
            <source>Fit to &amp;length...</source>
            <translation>Ajustar a la duració&amp;n...</translation>
        </message>
        <message>
            <source>Save as new programme</source>
            <translation>Guardar como programa nuevo</translation>
        </message>
        <message>
            <source>Name of the new programme:</source>
            <translation>Nombre del programa nuevo:</translation>
        </message>
        <message>
            <source>{name} (my version)</source>
            <translation>{name} (mi versión)</translation>
        </message>
        <message>
            <source>Import a programme file</source>
            <translation>Importar un archivo de programa</translation>
        </message>
        <message>
            <source>Programme files (*.yaml *.yml *.json);;All files (*)</source>
            <translation>Archivos de programa (*.yaml *.yml *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import a programme</source>
            <translation>Importar un programa</translation>
        </message>
        <message>
            <source>Imported {name} as a new programme.</source>
            <translation>{name} importado como programa nuevo.</translation>
        </message>
        <message>
            <source>Videos to locate</source>
            <translation>Vídeos por localizar</translation>
        </message>
        <message numerus="yes">
            <source>{message}

%n video(s) to locate on this computer:
{names}

If they are together in one folder, COS Desktop can find them there now. Otherwise use Locate... in the Programme tab, or "Link a file..." here.</source>
            <translation>
                <numerusform>{message}

%n vídeo por localizar en este ordenador:
{names}

Si está en una carpeta, COS Desktop puede encontrarlo ahí ahora. Si no, use Localizar... en la pestaña Programa, o "Vincular un archivo..." aquí.</numerusform>
                <numerusform>{message}

%n vídeos por localizar en este ordenador:
{names}

Si están juntos en una carpeta, COS Desktop puede encontrarlos ahí ahora. Si no, use Localizar... en la pestaña Programa, o "Vincular un archivo..." aquí.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Find them in a folder...</source>
            <translation>&amp;Buscarlos en una carpeta...</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Más &amp;tarde</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Times in this file look wrong</source>
            <translation>Los tiempos de este archivo parecen incorrectos</translation>
        </message>
        <message>
            <source>Some clip or pause times in {file} are longer than their video, or than a day. An older COS Desktop wrote times 1000 times too large. These are the times as written and as they were meant:

{lines}

Use the corrected times?</source>
            <translation>Algunos tiempos de fragmentos o pausas de {file} son más largos que su vídeo, o que un día. Una versión anterior de COS Desktop escribía los tiempos 1000 veces más grandes. Estos son los tiempos tal como están escritos y como debían ser:

{lines}

¿Usar los tiempos corregidos?</translation>
        </message>
        <message>
            <source>&amp;Use the corrected times</source>
            <translation>&amp;Usar los tiempos corregidos</translation>
        </message>
        <message>
            <source>&amp;Keep them as written</source>
            <translation>&amp;Dejarlos como están</translation>
        </message>
        <message>
            <source>The folder with your videos</source>
            <translation>La carpeta con sus vídeos</translation>
        </message>
        <message numerus="yes">
            <source>Found %n video(s) in {folder}.</source>
            <translation>
                <numerusform>Se encontró %n vídeo en {folder}.</numerusform>
                <numerusform>Se encontraron %n vídeos en {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export this programme</source>
            <translation>Exportar este programa</translation>
        </message>
        <message>
            <source>YAML (*.yaml);;JSON (*.json)</source>
            <translation>YAML (*.yaml);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>No se puede escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
        <message>
            <source>Use in a group</source>
            <translation>Usar en un grupo</translation>
        </message>
        <message>
            <source>There is no group yet.</source>
            <translation>Todavía no hay ningún grupo.</translation>
        </message>
        <message>
            <source>Which group should follow this programme from now on?</source>
            <translation>¿Qué grupo debe seguir este programa a partir de ahora?</translation>
        </message>
        <message numerus="yes">
            <source>chapter(s) {numbers}</source>
            <translation>
                <numerusform>capítulo {numbers}</numerusform>
                <numerusform>capítulos {numbers}</numerusform>
            </translation>
        </message>
        <message>
            <source>{group} will follow "{programme}" for {chapters}.</source>
            <translation>{group} seguirá "{programme}" en {chapters}.</translation>
        </message>
        <message>
            <source>{group} has no chapter left to change.</source>
            <translation>A {group} no le queda ningún capítulo por cambiar.</translation>
        </message>
        <message>
            <source>Delivered or running chapters keep their plan: {chapters}.</source>
            <translation>Los capítulos impartidos o en curso mantienen su plan: {chapters}.</translation>
        </message>
        <message>
            <source>The group's own video links, clips and pause points stay: {chapters}.</source>
            <translation>Los vínculos de vídeo, fragmentos y puntos de pausa propios del grupo se mantienen: {chapters}.</translation>
        </message>
        <message>
            <source>The programme has fewer videos in {chapters}: the group's extra video links, clips and pause points there will be replaced.</source>
            <translation>El programa tiene menos vídeos en {chapters}: ahí se sustituirán los vínculos de vídeo, fragmentos y puntos de pausa de más del grupo.</translation>
        </message>
        <message>
            <source>Edit &gt; Undo brings everything back.</source>
            <translation>Editar &gt; Deshacer lo trae todo de vuelta.</translation>
        </message>
        <message>
            <source>Use a programme in {group}</source>
            <translation>Usar un programa en {group}</translation>
        </message>
    </context>
    <context>
        <name>PlannerView</name>
        <message>
            <source>Programme to edit</source>
            <translation>Programa que editar</translation>
        </message>
        <message>
            <source>P&amp;rogramme:</source>
            <translation>P&amp;rograma:</translation>
        </message>
        <message>
            <source>Save as new programme...</source>
            <translation>Guardar como programa nuevo...</translation>
        </message>
        <message>
            <source>Fit to &amp;length...</source>
            <translation>Ajustar a la duració&amp;n...</translation>
        </message>
        <message>
            <source>Use in a group...</source>
            <translation>Usar en un grupo...</translation>
        </message>
        <message>
            <source>Give a group this programme for the chapters it has not had yet</source>
            <translation>Dar a un grupo este programa para los capítulos que aún no ha tenido</translation>
        </message>
        <message>
            <source>Chapters</source>
            <translation>Capítulos</translation>
        </message>
        <message>
            <source>Add chapter</source>
            <translation>Añadir capítulo</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Chapter title</source>
            <translation>Título del capítulo</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Chapter title:</source>
            <translation>Título del capítulo:</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Duración:</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Move u&amp;p</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Drag a row, or press Ctrl+Up / Ctrl+Down, to move a segment.</source>
            <translation>Arrastre una fila, o pulse Ctrl+Arriba / Ctrl+Abajo, para mover un segmento.</translation>
        </message>
        <message>
            <source>Link a file...</source>
            <translation>Vincular un archivo...</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>M&amp;inutes:</source>
            <translation>&amp;Minutos:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ti&amp;po:</translation>
        </message>
        <message>
            <source>For &amp;you (facilitator):</source>
            <translation>Para usted (&amp;facilitador/a):</translation>
        </message>
        <message>
            <source>For pa&amp;rents (take-away):</source>
            <translation>Para los padres (idea para &amp;llevar):</translation>
        </message>
        <message>
            <source>&amp;Video:</source>
            <translation>&amp;Vídeo:</translation>
        </message>
        <message>
            <source> (built in)</source>
            <translation> (incluido)</translation>
        </message>
        <message>
            <source>Plan of group: {name}</source>
            <translation>Plan del grupo: {name}</translation>
        </message>
        <message>
            <source>A group's chapters match its sessions; change chapters in a programme, then use it in the group.</source>
            <translation>Los capítulos de un grupo corresponden a sus sesiones; cambie los capítulos en un programa y después úselo en el grupo.</translation>
        </message>
        <message>
            <source>{n}. {title}
{minutes} of {target} min ({difference})</source>
            <translation>{n}. {title}
{minutes} de {target} min ({difference})</translation>
        </message>
        <message numerus="yes">
            <source>{n}. {title}
%n part(s) of {target} min</source>
            <translation>
                <numerusform>{n}. {title}
%n parte de {target} min</numerusform>
                <numerusform>{n}. {title}
%n partes de {target} min</numerusform>
            </translation>
        </message>
        <message>
            <source> - delivered on {date}</source>
            <translation> - impartido el {date}</translation>
        </message>
        <message>
            <source>Chapter {n} was delivered on {date}, so its plan, videos, clips and pause points stay as they were on the day.</source>
            <translation>El capítulo {n} se impartió el {date}, así que su plan, vídeos, fragmentos y puntos de pausa se quedan como estaban ese día.</translation>
        </message>
        <message>
            <source>Not linked yet</source>
            <translation>Aún sin vincular</translation>
        </message>
        <message>
            <source>{minutes} min planned: {difference}</source>
            <translation>{minutes} min previstos: {difference}</translation>
        </message>
        <message>
            <source>{name} (needs locating)</source>
            <translation>{name} (hay que localizarlo)</translation>
        </message>
        <message>
            <source>No video</source>
            <translation>Sin vídeo</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeView</name>
        <message>
            <source>Chapters</source>
            <translation>Capítulos</translation>
        </message>
        <message>
            <source>Segments of the chapter</source>
            <translation>Segmentos del capítulo</translation>
        </message>
        <message>
            <source>About the chosen segment</source>
            <translation>Sobre el segmento elegido</translation>
        </message>
        <message>
            <source>{n}. {title}</source>
            <translation>{n}. {title}</translation>
        </message>
        <message>
            <source>(delivered)</source>
            <translation>(impartido)</translation>
        </message>
        <message>
            <source>No programme loaded</source>
            <translation>No hay ningún programa cargado</translation>
        </message>
        <message>
            <source>Chapter {n}: {title}</source>
            <translation>Capítulo {n}: {title}</translation>
        </message>
        <message>
            <source>{minutes} min of {target} ({difference})</source>
            <translation>{minutes} min de {target} ({difference})</translation>
        </message>
        <message>
            <source>Part {part}: {minutes} min ({difference})</source>
            <translation>Parte {part}: {minutes} min ({difference})</translation>
        </message>
        <message>
            <source>The file cannot be found: {path}. Use Locate... to find it.</source>
            <translation>No se encuentra el archivo: {path}. Use Localizar... para encontrarlo.</translation>
        </message>
        <message>
            <source>Part {part}</source>
            <translation>Parte {part}</translation>
        </message>
        <message>
            <source>Not linked yet</source>
            <translation>Aún sin vincular</translation>
        </message>
        <message>
            <source>Missing: {title}</source>
            <translation>Falta: {title}</translation>
        </message>
        <message>
            <source>For you:</source>
            <translation>Para usted:</translation>
        </message>
        <message>
            <source>For parents:</source>
            <translation>Para los padres:</translation>
        </message>
        <message>
            <source>Optional clip:</source>
            <translation>Fragmento opcional:</translation>
        </message>
        <message>
            <source>Video:</source>
            <translation>Vídeo:</translation>
        </message>
        <message>
            <source>not linked yet. Use Link video... or drop your copy of the video on this segment.</source>
            <translation>aún sin vincular. Use Vincular vídeo... o suelte su copia del vídeo sobre este segmento.</translation>
        </message>
        <message>
            <source>The file cannot be found. Use Locate... to find it.</source>
            <translation>No se encuentra el archivo. Use Localizar... para encontrarlo.</translation>
        </message>
        <message>
            <source>Clip {start} to {end}</source>
            <translation>Fragmento de {start} a {end}</translation>
        </message>
        <message>
            <source>the end</source>
            <translation>el final</translation>
        </message>
        <message numerus="yes">
            <source>%n pause point(s)</source>
            <translation>
                <numerusform>%n punto de pausa</numerusform>
                <numerusform>%n puntos de pausa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SegmentColumns</name>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
    </context>
    <context>
        <name>VideoLinks</name>
        <message>
            <source>Videos (*.mp4 *.m4v *.mov *.mkv *.avi *.wmv *.webm *.mpg *.mpeg *.ts *.vob *.ogv);;All files (*)</source>
            <translation>Vídeos (*.mp4 *.m4v *.mov *.mkv *.avi *.wmv *.webm *.mpg *.mpeg *.ts *.vob *.ogv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Link &amp;video file...</source>
            <translation>Vincular &amp;archivo de vídeo...</translation>
        </message>
        <message>
            <source>Link from a &amp;disc...</source>
            <translation>Vincular desde un dis&amp;co...</translation>
        </message>
        <message>
            <source>Link video &amp;address...</source>
            <translation>Vincular &amp;dirección de vídeo...</translation>
        </message>
        <message>
            <source>&amp;Locate...</source>
            <translation>&amp;Localizar...</translation>
        </message>
        <message>
            <source>&amp;Preview and pause points...</source>
            <translation>Vista &amp;previa y puntos de pausa...</translation>
        </message>
        <message>
            <source>&amp;Unlink video</source>
            <translation>Des&amp;vincular vídeo</translation>
        </message>
        <message>
            <source>&amp;Check this session...</source>
            <translation>&amp;Comprobar esta sesión...</translation>
        </message>
        <message>
            <source>From a disc...</source>
            <translation>Desde un disco...</translation>
        </message>
        <message>
            <source>Check this session...</source>
            <translation>Comprobar esta sesión...</translation>
        </message>
        <message>
            <source>Chapter {n} was delivered on {date}, so its videos, clips and pause points stay as they were on the day.</source>
            <translation>El capítulo {n} se impartió el {date}, así que sus vídeos, fragmentos y puntos de pausa se quedan como estaban ese día.</translation>
        </message>
        <message numerus="yes">
            <source>%n linked video file(s) cannot be found; they are marked in the programme. Use Locate... to find them.</source>
            <translation>
                <numerusform>No se encuentra %n archivo de vídeo vinculado; está marcado en el programa. Use Localizar... para encontrarlo.</numerusform>
                <numerusform>No se encuentran %n archivos de vídeo vinculados; están marcados en el programa. Use Localizar... para encontrarlos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Link a video</source>
            <translation>Vincular un vídeo</translation>
        </message>
        <message>
            <source>“{title}” is not a video segment. Link the video to it anyway?</source>
            <translation>“{title}” no es un segmento de vídeo. ¿Vincularle el vídeo de todos modos?</translation>
        </message>
        <message>
            <source>Link a video to “{t}”</source>
            <translation>Vincular un vídeo a “{t}”</translation>
        </message>
        <message>
            <source>Linked {name} to “{title}”.</source>
            <translation>{name} vinculado a “{title}”.</translation>
        </message>
        <message>
            <source>Link a video address</source>
            <translation>Vincular una dirección de vídeo</translation>
        </message>
        <message>
            <source>The video's web address (it needs internet in the room; a local copy is safer):</source>
            <translation>La dirección web del vídeo (necesita internet en la sala; una copia en el ordenador es más segura):</translation>
        </message>
        <message>
            <source>Link a video from a disc</source>
            <translation>Vincular un vídeo de un disco</translation>
        </message>
        <message>
            <source>Linked title {title} of “{name}” to “{segment}”.</source>
            <translation>Título {title} de “{name}” vinculado a “{segment}”.</translation>
        </message>
        <message>
            <source>Linked title {title}, chapter {chapter} of “{name}” to “{segment}”.</source>
            <translation>Título {title}, capítulo {chapter} de “{name}” vinculado a “{segment}”.</translation>
        </message>
        <message>
            <source>Locate {name}</source>
            <translation>Localizar {name}</translation>
        </message>
        <message>
            <source>Locate</source>
            <translation>Localizar</translation>
        </message>
        <message>
            <source>Linked. This file is not the same as the one linked before; check it is the right video.</source>
            <translation>Vinculado. Este archivo no es el mismo que el vinculado antes; compruebe que es el vídeo correcto.</translation>
        </message>
        <message>
            <source>Other missing videos found</source>
            <translation>Se encontraron otros vídeos que faltaban</translation>
        </message>
        <message numerus="yes">
            <source>%n other missing video(s) are in the same folder:
{names}

Link them too?</source>
            <translation>
                <numerusform>Hay %n vídeo más que faltaba en la misma carpeta:
{names}

¿Vincularlo también?</numerusform>
                <numerusform>Hay %n vídeos más que faltaban en la misma carpeta:
{names}

¿Vincularlos también?</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking the videos...</source>
            <translation>Comprobando los vídeos...</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Proyector</translation>
        </message>
        <message>
            <source>Plug in the projector and set your computer to extend the desktop to it (not mirror). COS Desktop shows the projector window on the second screen.</source>
            <translation>Conecte el proyector y configure el ordenador para extender el escritorio a él (no duplicar). COS Desktop muestra la ventana del proyector en la segunda pantalla.</translation>
        </message>
    </context>
    <context>
        <name>VideoPreviewDialog</name>
        <message>
            <source>Preview: {title}</source>
            <translation>Vista previa: {title}</translation>
        </message>
        <message>
            <source>Press Play to continue.</source>
            <translation>Pulse Reproducir para continuar.</translation>
        </message>
        <message>
            <source>Clip starts here</source>
            <translation>El fragmento empieza aquí</translation>
        </message>
        <message>
            <source>Clip ends here</source>
            <translation>El fragmento termina aquí</translation>
        </message>
        <message>
            <source>Whole video</source>
            <translation>Vídeo completo</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Question for the group</source>
            <translation>Pregunta para el grupo</translation>
        </message>
        <message>
            <source>Add pause point here</source>
            <translation>Añadir punto de pausa aquí</translation>
        </message>
        <message>
            <source>Delete pause point</source>
            <translation>Borrar punto de pausa</translation>
        </message>
        <message>
            <source>Add pause point</source>
            <translation>Añadir punto de pausa</translation>
        </message>
        <message>
            <source>Edit pause point question</source>
            <translation>Editar la pregunta del punto de pausa</translation>
        </message>
        <message>
            <source>Change clip</source>
            <translation>Cambiar el fragmento</translation>
        </message>
        <message>
            <source>Go to it</source>
            <translation>Ir ahí</translation>
        </message>
        <message>
            <source>Pause the video where you want to stop and ask, then press Add pause point here. Double-click a question to change it.</source>
            <translation>Pause el vídeo donde quiera parar y preguntar, y pulse Añadir punto de pausa aquí. Haga doble clic en una pregunta para cambiarla.</translation>
        </message>
        <message>
            <source>Pause points</source>
            <translation>Puntos de pausa</translation>
        </message>
        <message>
            <source>Clip: {start} to {end}</source>
            <translation>Fragmento: de {start} a {end}</translation>
        </message>
        <message>
            <source>the end of the video</source>
            <translation>el final del vídeo</translation>
        </message>
        <message>
            <source>There is already a pause point at {time}. Move the video a little further first.</source>
            <translation>Ya hay un punto de pausa en {time}. Avance un poco el vídeo primero.</translation>
        </message>
        <message>
            <source>The clip must end after it starts: move the video past {start} first.</source>
            <translation>El fragmento debe terminar después de empezar: lleve el vídeo más allá de {start} primero.</translation>
        </message>
    </context>
</TS>