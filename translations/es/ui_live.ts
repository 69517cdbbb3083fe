<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CheckIn</name>
        <message>
            <source>not marked yet</source>
            <translation>sin marcar todavía</translation>
        </message>
    </context>
    <context>
        <name>FullScreenVideo</name>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
    </context>
    <context>
        <name>LiveActions</name>
        <message>
            <source>Review &amp;notes...</source>
            <translation>Revisar las &amp;notas...</translation>
        </message>
        <message>
            <source>This session has not been run yet.</source>
            <translation>Esta sesión todavía no se ha realizado.</translation>
        </message>
        <message>
            <source>{number}. {title} ({date}, {status})</source>
            <translation>{number}. {title} ({date}, {status})</translation>
        </message>
        <message>
            <source>{group} · Chapter {n}: {title}</source>
            <translation>{group} · Capítulo {n}: {title}</translation>
        </message>
        <message>
            <source>Carry on with the session?</source>
            <translation>¿Continuar con la sesión?</translation>
        </message>
        <message>
            <source>{group}: the session was interrupted.</source>
            <translation>{group}: la sesión se interrumpió.</translation>
        </message>
        <message>
            <source>Resume chapter {chapter}, segment {segment} ({elapsed} elapsed)?</source>
            <translation>¿Retomar el capítulo {chapter}, segmento {segment} (llevaba {elapsed})?</translation>
        </message>
        <message>
            <source>It was paused: the time since then does not count. Press Space to carry on.</source>
            <translation>Estaba en pausa: el tiempo transcurrido desde entonces no cuenta. Pulse Espacio para continuar.</translation>
        </message>
        <message>
            <source>The time since it stopped counts in that segment, as the group kept going.</source>
            <translation>El tiempo transcurrido desde que se detuvo cuenta en ese segmento, porque el grupo siguió adelante.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Retomar</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Start session</source>
            <translation>Empezar sesión</translation>
        </message>
        <message>
            <source>There is no group called {name}.</source>
            <translation>No hay ningún grupo llamado {name}.</translation>
        </message>
        <message>
            <source>Every chapter of this group has been delivered.</source>
            <translation>Ya se han dado todos los capítulos de este grupo.</translation>
        </message>
    </context>
    <context>
        <name>LiveCheckIn</name>
        <message>
            <source>Check-in: Up and Down choose a parent, P L A E mark them</source>
            <translation>Ronda de inicio: Arriba y Abajo eligen a un participante; P L A E lo marcan</translation>
        </message>
        <message>
            <source>Mark all present (Shift+P)</source>
            <translation>Marcar a todos presentes (Mayús+P)</translation>
        </message>
        <message>
            <source>{word} ({key})</source>
            <translation>{word} ({key})</translation>
        </message>
        <message>
            <source>Up/Down: choose · P present · L late · A absent · E excused · Esc: back to the session</source>
            <translation>Arriba/Abajo: elegir · P presente · L llegó tarde · A ausente · E justificado · Esc: volver a la sesión</translation>
        </message>
        <message>
            <source>Check-in: chapter {n}</source>
            <translation>Ronda de inicio: capítulo {n}</translation>
        </message>
        <message>
            <source>Check-in: chapter {n}, part {part} of {count}</source>
            <translation>Ronda de inicio: capítulo {n}, parte {part} de {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} here</source>
            <translation>
                <numerusform>%n de {total} presente</numerusform>
                <numerusform>%n de {total} presentes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LiveRecords</name>
        <message>
            <source>Notes (N)</source>
            <translation>Notas (N)</translation>
        </message>
        <message>
            <source>Check-in (C)</source>
            <translation>Ronda de inicio (C)</translation>
        </message>
        <message>
            <source>Chapter {chapter}, segment {n}: {title}</source>
            <translation>Capítulo {chapter}, segmento {n}: {title}</translation>
        </message>
    </context>
    <context>
        <name>LiveSession</name>
        <message>
            <source>Screen</source>
            <translation>Pantalla</translation>
        </message>
        <message>
            <source>Practice notes: type here while you rehearse. They are not kept.</source>
            <translation>Notas de ensayo: escriba aquí mientras ensaya. No se guardan.</translation>
        </message>
        <message>
            <source>Notes (N)</source>
            <translation>Notas (N)</translation>
        </message>
        <message>
            <source>the summary</source>
            <translation>el resumen</translation>
        </message>
        <message>
            <source>The session is still running</source>
            <translation>La sesión sigue en marcha</translation>
        </message>
        <message>
            <source>Close the presenter now? The session stays open: the main window's Carry on button (F5) brings it back where it was. To finish the session, use End session instead.</source>
            <translation>¿Cerrar ahora la vista de presentación? La sesión sigue abierta: el botón Continuar (F5) de la ventana principal la devuelve adonde estaba. Para terminar la sesión, use Terminar sesión.</translation>
        </message>
        <message>
            <source>Keep the session open</source>
            <translation>Mantener la sesión abierta</translation>
        </message>
        <message>
            <source>Close the presenter</source>
            <translation>Cerrar la vista de presentación</translation>
        </message>
    </context>
    <context>
        <name>LiveVideo</name>
        <message>
            <source>Check again</source>
            <translation>Comprobar de nuevo</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>Vídeos</translation>
        </message>
        <message numerus="yes">
            <source>Videos (%n to fix)</source>
            <translation>
                <numerusform>Vídeos (%n por arreglar)</numerusform>
                <numerusform>Vídeos (%n por arreglar)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessageStrip</name>
        <message>
            <source>End the session? Press Page Down or Enter again to end it; Page Up to carry on.</source>
            <translation>¿Terminar la sesión? Pulse otra vez Av Pág o Intro para terminarla; Re Pág para continuar.</translation>
        </message>
        <message>
            <source>End now</source>
            <translation>Terminar ahora</translation>
        </message>
        <message>
            <source>Carry on</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Show how to finish on time...</source>
            <translation>Ver cómo terminar a tiempo...</translation>
        </message>
        <message>
            <source>Key: R</source>
            <translation>Tecla: R</translation>
        </message>
    </context>
    <context>
        <name>Miniature</name>
        <message>
            <source>ON AIR</source>
            <translation>EN DIRECTO</translation>
        </message>
        <message>
            <source>TIMER</source>
            <translation>RELOJ</translation>
        </message>
        <message>
            <source>VIDEO</source>
            <translation>VÍDEO</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>TÍTULO</translation>
        </message>
        <message>
            <source>BLANK</source>
            <translation>EN NEGRO</translation>
        </message>
        <message>
            <source>PICTURE</source>
            <translation>IMAGEN</translation>
        </message>
        <message>
            <source>MESSAGE</source>
            <translation>MENSAJE</translation>
        </message>
    </context>
    <context>
        <name>NextSessionBanner</name>
        <message>
            <source>Start (F5)</source>
            <translation>Empezar (F5)</translation>
        </message>
        <message>
            <source>No group yet. You can rehearse any chapter: nothing is recorded.</source>
            <translation>Todavía no hay ningún grupo. Puede ensayar cualquier capítulo: no se registra nada.</translation>
        </message>
        <message>
            <source>Rehearse (F5)</source>
            <translation>Ensayar (F5)</translation>
        </message>
        <message>
            <source>No group chosen. Choose your group at the top of the window, or rehearse any chapter: nothing is recorded.</source>
            <translation>No hay ningún grupo elegido. Elija su grupo arriba en la ventana, o ensaye cualquier capítulo: no se registra nada.</translation>
        </message>
        <message>
            <source>{group}: every chapter has been delivered.</source>
            <translation>{group}: ya se han dado todos los capítulos.</translation>
        </message>
        <message>
            <source>Chapter {n} ({when}) is still in progress.</source>
            <translation>El capítulo {n} ({when}) sigue en curso.</translation>
        </message>
        <message>
            <source>Carry on (F5)</source>
            <translation>Continuar (F5)</translation>
        </message>
        <message>
            <source>Next session: chapter {n}, part {part} of {count}, {when}</source>
            <translation>Próxima sesión: capítulo {n}, parte {part} de {count}, {when}</translation>
        </message>
        <message>
            <source>Next session: chapter {n}, {when}</source>
            <translation>Próxima sesión: capítulo {n}, {when}</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>No session</source>
            <translation>Ninguna sesión</translation>
        </message>
        <message>
            <source>Notes in this segment</source>
            <translation>Notas de este segmento</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nueva nota</translation>
        </message>
        <message>
            <source>Start another note (key: {key})</source>
            <translation>Empezar otra nota (tecla: {key})</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
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
    <context>
        <name>PictureChooser</name>
        <message>
            <source>Show a picture</source>
            <translation>Mostrar una imagen</translation>
        </message>
        <message>
            <source>Add for this segment...</source>
            <translation>Añadir para este segmento...</translation>
        </message>
        <message>
            <source>Add to the picture library...</source>
            <translation>Añadir a la biblioteca de imágenes...</translation>
        </message>
        <message>
            <source>Find it again...</source>
            <translation>Volver a encontrarla...</translation>
        </message>
        <message>
            <source>Remove from the list</source>
            <translation>Quitar de la lista</translation>
        </message>
        <message>
            <source>Show on the projector</source>
            <translation>Mostrar en el proyector</translation>
        </message>
        <message>
            <source>this segment</source>
            <translation>este segmento</translation>
        </message>
        <message>
            <source>library</source>
            <translation>biblioteca</translation>
        </message>
        <message>
            <source>{title} ({where}) – missing: find it again</source>
            <translation>{title} ({where}) – no se encuentra: vuelva a buscarla</translation>
        </message>
        <message>
            <source>{title} ({where})</source>
            <translation>{title} ({where})</translation>
        </message>
        <message>
            <source>Choose the picture the room sees. I or Esc in the presenter hides it again.</source>
            <translation>Elija la imagen que verá la sala. I o Esc en la vista de presentación la vuelven a ocultar.</translation>
        </message>
        <message>
            <source>No pictures yet. Add one for this segment, or to the picture library to show it in any session.</source>
            <translation>Todavía no hay imágenes. Añada una para este segmento, o a la biblioteca de imágenes para mostrarla en cualquier sesión.</translation>
        </message>
    </context>
    <context>
        <name>PicturesAndMessages</name>
        <message>
            <source>“{title}” is not where it was ({path}). Choose Find it again... in the list of pictures (I) and show where it is now. The projector still shows what it showed.</source>
            <translation>«{title}» ya no está donde estaba ({path}). Elija Volver a encontrarla... en la lista de imágenes (I) e indique dónde está ahora. El proyector sigue mostrando lo que mostraba.</translation>
        </message>
        <message>
            <source>“{title}” could not be shown: the file is not a picture COS Desktop can read (PNG, JPEG or SVG). The projector still shows what it showed.</source>
            <translation>No se pudo mostrar «{title}»: el archivo no es una imagen que COS Desktop pueda leer (PNG, JPEG o SVG). El proyector sigue mostrando lo que mostraba.</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.svg *.svgz)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.svgz)</translation>
        </message>
        <message>
            <source>Add a picture</source>
            <translation>Añadir una imagen</translation>
        </message>
        <message>
            <source>Find “{title}”</source>
            <translation>Buscar «{title}»</translation>
        </message>
        <message>
            <source>COS Desktop could not save this change ({detail}). Check that the disk is not full or read-only, then try again.</source>
            <translation>COS Desktop no pudo guardar este cambio ({detail}). Compruebe que el disco no esté lleno ni sea de solo lectura y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>PresenterOutline</name>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
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
            <source>Click a segment to go to it</source>
            <translation>Haga clic en un segmento para ir a él</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>{now} (was {was})</source>
            <translation>{now} (antes {was})</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Presenter</source>
            <translation>Vista de presentación</translation>
        </message>
        <message>
            <source>Rehearsal: nothing is recorded</source>
            <translation>Ensayo: no se registra nada</translation>
        </message>
        <message>
            <source>The time now</source>
            <translation>La hora actual</translation>
        </message>
        <message>
            <source>One screen only: a mirrored projector shows this laptop's view. Set the display to extend.</source>
            <translation>Solo hay una pantalla: un proyector en modo espejo muestra lo mismo que este portátil. Configure la pantalla en modo extendido.</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Esquema</translation>
        </message>
        <message>
            <source>Picture (I)</source>
            <translation>Imagen (I)</translation>
        </message>
        <message>
            <source>Show a picture on the projector, or hide it</source>
            <translation>Mostrar una imagen en el proyector, u ocultarla</translation>
        </message>
        <message>
            <source>Message (M)</source>
            <translation>Mensaje (M)</translation>
        </message>
        <message>
            <source>Type a short message for the projector</source>
            <translation>Escribir un mensaje breve para el proyector</translation>
        </message>
        <message>
            <source>Clear message (X)</source>
            <translation>Quitar mensaje (X)</translation>
        </message>
        <message>
            <source>Take the message off the projector</source>
            <translation>Quitar el mensaje del proyector</translation>
        </message>
        <message>
            <source>Start (F5)</source>
            <translation>Empezar (F5)</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Anterior</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pausa (Espacio)</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Siguiente &gt;</translation>
        </message>
        <message>
            <source>Blank (B)</source>
            <translation>Negro (B)</translation>
        </message>
        <message>
            <source>Blank the projector, or show it again</source>
            <translation>Poner el proyector en negro, o volver a mostrarlo</translation>
        </message>
        <message>
            <source>Title (W)</source>
            <translation>Título (W)</translation>
        </message>
        <message>
            <source>A calm title screen on the projector</source>
            <translation>Una pantalla de título tranquila en el proyector</translation>
        </message>
        <message>
            <source>Timer (T)</source>
            <translation>Reloj (T)</translation>
        </message>
        <message>
            <source>Show the timer on the projector</source>
            <translation>Mostrar el reloj en el proyector</translation>
        </message>
        <message>
            <source>How big the timer is on the projector (S)</source>
            <translation>Tamaño del reloj en el proyector (S)</translation>
        </message>
        <message>
            <source>Keys (F1)</source>
            <translation>Teclas (F1)</translation>
        </message>
        <message>
            <source>Show every shortcut</source>
            <translation>Mostrar todos los atajos de teclado</translation>
        </message>
        <message>
            <source>End session...</source>
            <translation>Terminar sesión...</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Online: in your video call, share the window called “COS Desktop: shared screen”, not the whole screen. The group sees that window only.</source>
            <translation>En línea: en su videollamada, comparta la ventana llamada «COS Desktop: pantalla compartida», no toda la pantalla. El grupo solo ve esa ventana.</translation>
        </message>
        <message>
            <source>Session {elapsed} of {planned}</source>
            <translation>Sesión: {elapsed} de {planned}</translation>
        </message>
        <message>
            <source>Planned length {minutes} min</source>
            <translation>Duración prevista: {minutes} min</translation>
        </message>
        <message>
            <source>Planned end {planned} · Finished {projected}</source>
            <translation>Fin previsto: {planned} · Terminó: {projected}</translation>
        </message>
        <message>
            <source>Planned end {planned} · Projected finish {projected}</source>
            <translation>Fin previsto: {planned} · Fin estimado: {projected}</translation>
        </message>
        <message>
            <source>({minutes} min late)</source>
            <translation>({minutes} min de retraso)</translation>
        </message>
        <message>
            <source>Carry on (Space)</source>
            <translation>Continuar (Espacio)</translation>
        </message>
        <message>
            <source>End &gt;</source>
            <translation>Terminar &gt;</translation>
        </message>
        <message>
            <source>Close presenter</source>
            <translation>Cerrar la vista de presentación</translation>
        </message>
        <message>
            <source>Size: small</source>
            <translation>Tamaño: pequeño</translation>
        </message>
        <message>
            <source>Size: large</source>
            <translation>Tamaño: grande</translation>
        </message>
        <message>
            <source>Size: full</source>
            <translation>Tamaño: pantalla completa</translation>
        </message>
        <message>
            <source>At this pace the session ends about {minutes} min after the planned end. Shorter times for the segments still to come can make it up.</source>
            <translation>A este ritmo la sesión terminará unos {minutes} min después de lo previsto. Acortar los segmentos que faltan puede compensarlo.</translation>
        </message>
        <message>
            <source>Chapter {n}: {title}</source>
            <translation>Capítulo {n}: {title}</translation>
        </message>
        <message>
            <source>Keys: your note (Page Down/Up still move on)</source>
            <translation>Teclas: su nota (Av Pág/Re Pág siguen funcionando)</translation>
        </message>
        <message>
            <source>Keys: the session and the clicker (type to go on with the note)</source>
            <translation>Teclas: la sesión y el mando (escriba para seguir con la nota)</translation>
        </message>
        <message>
            <source>Keys: the session and the clicker</source>
            <translation>Teclas: la sesión y el mando</translation>
        </message>
        <message>
            <source>Rebalance the session</source>
            <translation>Reajustar la sesión</translation>
        </message>
        <message>
            <source>The last change could not be saved ({reason}). The session goes on; COS Desktop tries again with the next change.</source>
            <translation>El último cambio no se pudo guardar ({reason}). La sesión sigue; COS Desktop lo intentará de nuevo con el próximo cambio.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorMiniature</name>
        <message>
            <source>The room sees</source>
            <translation>Lo que ve la sala</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>Projector</source>
            <translation>Proyector</translation>
        </message>
        <message>
            <source>Chapter {n}: {title}</source>
            <translation>Capítulo {n}: {title}</translation>
        </message>
        <message>
            <source>Thank you for coming</source>
            <translation>Gracias por venir</translation>
        </message>
        <message>
            <source>Back at {time}</source>
            <translation>Volvemos a las {time}</translation>
        </message>
        <message>
            <source>COS Desktop: shared screen</source>
            <translation>COS Desktop: pantalla compartida</translation>
        </message>
    </context>
    <context>
        <name>Rebalance</name>
        <message>
            <source>{title}: {old} min → {new} min</source>
            <translation>{title}: {old} min → {new} min</translation>
        </message>
        <message>
            <source>At this pace the session ends about {minutes} min after the planned end.</source>
            <translation>A este ritmo la sesión terminará unos {minutes} min después de lo previsto.</translation>
        </message>
        <message>
            <source>To finish on time, these segments would be shorter (videos keep their time):</source>
            <translation>Para terminar a tiempo, estos segmentos serían más cortos (los vídeos mantienen su duración):</translation>
        </message>
        <message>
            <source>Even the shortest times cannot make up all the time; this gets closest (videos keep their time):</source>
            <translation>Ni con los tiempos más cortos se recupera todo el tiempo; así es como más se acerca (los vídeos mantienen su duración):</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Finish on time</source>
            <translation>Terminar a tiempo</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
    </context>
    <context>
        <name>RoomMessageBox</name>
        <message>
            <source>A message for the room</source>
            <translation>Un mensaje para la sala</translation>
        </message>
        <message>
            <source>Type a short message for the projector, for example “Back at 19:45”. It stays on the screen until you take it off (X).</source>
            <translation>Escriba un mensaje breve para el proyector, por ejemplo «Volvemos a las 19:45». Se queda en la pantalla hasta que lo quite (X).</translation>
        </message>
        <message>
            <source>Phones on silent, thank you</source>
            <translation>Teléfonos en silencio, gracias</translation>
        </message>
        <message>
            <source>Message for the projector</source>
            <translation>Mensaje para el proyector</translation>
        </message>
        <message>
            <source>Show on the projector</source>
            <translation>Mostrar en el proyector</translation>
        </message>
        <message>
            <source>Take it off the screen</source>
            <translation>Quitarlo de la pantalla</translation>
        </message>
    </context>
    <context>
        <name>SegmentView</name>
        <message>
            <source>-1 min</source>
            <translation>-1 min</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>Press Page Down, F5 or Start to begin</source>
            <translation>Pulse Av Pág, F5 o Empezar para comenzar</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>The session has ended</source>
            <translation>La sesión ha terminado</translation>
        </message>
        <message>
            <source>{time} spent</source>
            <translation>{time} transcurridos</translation>
        </message>
        <message>
            <source>Paused: press Space to carry on</source>
            <translation>En pausa: pulse Espacio para continuar</translation>
        </message>
        <message>
            <source>over</source>
            <translation>de más</translation>
        </message>
        <message numerus="yes">
            <source>%n min left</source>
            <translation>
                <numerusform>queda %n min</numerusform>
                <numerusform>quedan %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>left of {minutes} min</source>
            <translation>restantes de {minutes} min</translation>
        </message>
        <message>
            <source>back at {time}</source>
            <translation>volvemos a las {time}</translation>
        </message>
        <message>
            <source>No prompt for this segment.</source>
            <translation>No hay indicaciones para este segmento.</translation>
        </message>
        <message>
            <source>Next: {title} ({kind}, {minutes} min)</source>
            <translation>Siguiente: {title} ({kind}, {minutes} min)</translation>
        </message>
        <message>
            <source>Next: end of the session</source>
            <translation>Siguiente: fin de la sesión</translation>
        </message>
    </context>
    <context>
        <name>SessionSummaryDialog</name>
        <message>
            <source>Session summary</source>
            <translation>Resumen de la sesión</translation>
        </message>
        <message>
            <source>Time per segment</source>
            <translation>Tiempo por segmento</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Planned (min)</source>
            <translation>Previsto (min)</translation>
        </message>
        <message>
            <source>Actual (m:ss)</source>
            <translation>Real (m:ss)</translation>
        </message>
        <message>
            <source>Actual (min)</source>
            <translation>Real (min)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Changes made during the session:</source>
            <translation>Cambios hechos durante la sesión:</translation>
        </message>
        <message>
            <source>• Segment {number}: {change}</source>
            <translation>• Segmento {number}: {change}</translation>
        </message>
        <message>
            <source>{now} (was {was})</source>
            <translation>{now} (antes {was})</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>a tiempo</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Rebalanced to finish on time</source>
            <translation>Reajustada para terminar a tiempo</translation>
        </message>
        <message>
            <source>Rebalance undone</source>
            <translation>Reajuste deshecho</translation>
        </message>
    </context>
    <context>
        <name>ShortcutHelp</name>
        <message>
            <source>Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>While you type a note, letters are text. Page Down, Page Up and F5 still work; the clicker's blank key works again as soon as you use the clicker or stop typing for a few seconds. Esc gives every key back to the session.</source>
            <translation>Mientras escribe una nota, las letras son texto. Av Pág, Re Pág y F5 siguen funcionando; la tecla del mando para poner en negro vuelve a funcionar en cuanto usa el mando o deja de escribir unos segundos. Esc devuelve todas las teclas a la sesión.</translation>
        </message>
        <message>
            <source>Start the session</source>
            <translation>Empezar la sesión</translation>
        </message>
        <message>
            <source>Page Down or Right arrow</source>
            <translation>Av Pág o flecha derecha</translation>
        </message>
        <message>
            <source>Next segment; on the last one, end the session (press twice)</source>
            <translation>Segmento siguiente; en el último, terminar la sesión (pulsar dos veces)</translation>
        </message>
        <message>
            <source>Page Up or Left arrow</source>
            <translation>Re Pág o flecha izquierda</translation>
        </message>
        <message>
            <source>Previous segment (or: do not end yet)</source>
            <translation>Segmento anterior (o: no terminar todavía)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>End the session, once it has asked "End the session?"</source>
            <translation>Terminar la sesión, cuando haya preguntado "¿Terminar la sesión?"</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Pause or carry on (on a video segment: play or pause the video)</source>
            <translation>Pausar o continuar (en un segmento de vídeo: reproducir o pausar el vídeo)</translation>
        </message>
        <message>
            <source>One screen: the video on the whole screen, or back</source>
            <translation>Una sola pantalla: el vídeo en toda la pantalla, o volver</translation>
        </message>
        <message>
            <source>B or . (full stop)</source>
            <translation>B o . (punto)</translation>
        </message>
        <message>
            <source>Blank the projector, or show it again</source>
            <translation>Poner el proyector en negro, o volver a mostrarlo</translation>
        </message>
        <message>
            <source>A calm title screen on the projector, or back to the segment</source>
            <translation>Una pantalla de título tranquila en el proyector, o volver al segmento</translation>
        </message>
        <message>
            <source>Show or hide the timer on the projector</source>
            <translation>Mostrar u ocultar el reloj en el proyector</translation>
        </message>
        <message>
            <source>Timer size on the projector: small, large, full screen</source>
            <translation>Tamaño del reloj en el proyector: pequeño, grande, pantalla completa</translation>
        </message>
        <message>
            <source>Write a note (Esc gives the keys back to the session)</source>
            <translation>Escribir una nota (Esc devuelve las teclas a la sesión)</translation>
        </message>
        <message>
            <source>Check-in: Up/Down choose a parent, P/L/A/E mark, Shift+P all present, Esc back</source>
            <translation>Ronda de inicio: Arriba/Abajo eligen a un participante, P/L/A/E marcan, Mayús+P todos presentes, Esc vuelve</translation>
        </message>
        <message>
            <source>+ or =</source>
            <translation>+ o =</translation>
        </message>
        <message>
            <source>One more minute for this segment</source>
            <translation>Un minuto más para este segmento</translation>
        </message>
        <message>
            <source>- (minus)</source>
            <translation>- (menos)</translation>
        </message>
        <message>
            <source>One minute less for this segment (never below 1 minute)</source>
            <translation>Un minuto menos para este segmento (nunca menos de 1 minuto)</translation>
        </message>
        <message>
            <source>When the session runs late: show how to finish on time</source>
            <translation>Cuando la sesión se retrasa: ver cómo terminar a tiempo</translation>
        </message>
        <message>
            <source>Show a picture on the projector (choose one when there are several), or hide it</source>
            <translation>Mostrar una imagen en el proyector (elija una cuando haya varias), u ocultarla</translation>
        </message>
        <message>
            <source>Type a short message for the projector ("Back at 19:45")</source>
            <translation>Escribir un mensaje breve para el proyector («Volvemos a las 19:45»)</translation>
        </message>
        <message>
            <source>Take the message off the projector</source>
            <translation>Quitar el mensaje del proyector</translation>
        </message>
        <message>
            <source>Hide the picture; else leave full screen (the session keeps running)</source>
            <translation>Ocultar la imagen; si no hay, salir de la pantalla completa (la sesión sigue)</translation>
        </message>
        <message>
            <source>Full screen on or off</source>
            <translation>Activar o desactivar la pantalla completa</translation>
        </message>
        <message>
            <source>F1 or ?</source>
            <translation>F1 o ?</translation>
        </message>
        <message>
            <source>Show these shortcuts</source>
            <translation>Mostrar estos atajos</translation>
        </message>
        <message>
            <source>Click a segment in the outline</source>
            <translation>Clic en un segmento del esquema</translation>
        </message>
        <message>
            <source>Go to that segment</source>
            <translation>Ir a ese segmento</translation>
        </message>
    </context>
    <context>
        <name>StartSessionDialog</name>
        <message>
            <source>Start session</source>
            <translation>Empezar una sesión</translation>
        </message>
        <message>
            <source>Run a chapter with {group}.</source>
            <translation>Elija el capítulo de la sesión con {group}.</translation>
        </message>
        <message>
            <source>No group is selected: you can rehearse a chapter. Nothing is recorded.</source>
            <translation>No hay ningún grupo elegido: puede ensayar un capítulo. No se registra nada.</translation>
        </message>
        <message>
            <source>Rehearsal: run through it without recording anything</source>
            <translation>Ensayo: repasarlo sin registrar nada</translation>
        </message>
        <message>
            <source>Online group: show the projector's picture in a window to share in your video call</source>
            <translation>Grupo en línea: mostrar la imagen del proyector en una ventana para compartir en su videollamada</translation>
        </message>
        <message>
            <source>A normal window, 1280 by 720, instead of full screen on a second screen. Works with one screen. The laptop keeps the presenter view.</source>
            <translation>Una ventana normal, de 1280 por 720, en lugar de pantalla completa en una segunda pantalla. Funciona con una sola pantalla. El portátil conserva la vista de presentación.</translation>
        </message>
        <message>
            <source>Open presenter</source>
            <translation>Abrir la vista de presentación</translation>
        </message>
    </context>
</TS>