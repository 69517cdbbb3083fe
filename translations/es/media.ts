<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Media</name>
        <message>
            <source>A clip must end after it starts.</source>
            <translation>Un fragmento debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>Videos need VLC media player. Download it from videolan.org (choose the 64-bit Windows installer), install it, then restart COS Desktop.</source>
            <translation>Para los vídeos hace falta el reproductor VLC. Descárguelo de videolan.org (elija el instalador de Windows de 64 bits), instálelo y vuelva a abrir COS Desktop.</translation>
        </message>
        <message>
            <source>Videos need VLC media player. Download it from videolan.org, drag it into Applications, then restart COS Desktop.</source>
            <translation>Para los vídeos hace falta el reproductor VLC. Descárguelo de videolan.org, arrástrelo a Aplicaciones y vuelva a abrir COS Desktop.</translation>
        </message>
        <message>
            <source>Videos need VLC. Install it from your software centre, or in a terminal: 'sudo apt install vlc' (Debian, Ubuntu, Mint) or 'sudo dnf install vlc' (Fedora), then restart COS Desktop.</source>
            <translation>Para los vídeos hace falta VLC. Instálelo desde el centro de software o, en un terminal, con 'sudo apt install vlc' (Debian, Ubuntu, Mint) o 'sudo dnf install vlc' (Fedora), y vuelva a abrir COS Desktop.</translation>
        </message>
        <message>
            <source>Insert the disc “{name}”. If it is copied to this computer, use Locate... to find the copy.</source>
            <translation>Introduzca el disco “{name}”. Si está copiado en este ordenador, use Localizar... para encontrar la copia.</translation>
        </message>
        <message>
            <source>this video</source>
            <translation>este vídeo</translation>
        </message>
        <message>
            <source> (it stops at {stopped} of {length})</source>
            <translation> (se detiene en {stopped} de {length})</translation>
        </message>
        <message>
            <source>No video is linked to this segment yet. Link your copy of the video.</source>
            <translation>Todavía no hay ningún vídeo vinculado a este segmento. Vincule su copia del vídeo.</translation>
        </message>
        <message>
            <source>The video file cannot be found: {name}. It may have been moved, renamed or be on a drive that is not plugged in. Use Locate... to find it.</source>
            <translation>No se encuentra el archivo de vídeo: {name}. Puede que se haya movido, cambiado de nombre o que esté en una unidad que no está conectada. Use Localizar... para encontrarlo.</translation>
        </message>
        <message>
            <source>The video file is empty (0 bytes): {name}. Copy it again, then use Locate...</source>
            <translation>El archivo de vídeo está vacío (0 bytes): {name}. Cópielo de nuevo y use Localizar...</translation>
        </message>
        <message>
            <source>This file is not a video that can be played: {name}. Use Locate... to pick the right file.</source>
            <translation>Este archivo no es un vídeo que se pueda reproducir: {name}. Use Localizar... para elegir el archivo correcto.</translation>
        </message>
        <message>
            <source>This video file is damaged or incomplete: {name}. Copy it again from the original, then use Locate...</source>
            <translation>Este archivo de vídeo está dañado o incompleto: {name}. Cópielo de nuevo desde el original y use Localizar...</translation>
        </message>
        <message>
            <source>This video file is cut short{where}: {name}. The copy is probably incomplete; copy it again from the original, then use Locate...</source>
            <translation>Este archivo de vídeo está cortado{where}: {name}. Probablemente la copia está incompleta; cópielo de nuevo desde el original y use Localizar...</translation>
        </message>
        <message>
            <source>This video uses a format that VLC cannot decode: {name}. Convert it to MP4 (H.264), or try opening it in the system player.</source>
            <translation>Este vídeo usa un formato que VLC no puede descodificar: {name}. Conviértalo a MP4 (H.264) o pruebe a abrirlo en el reproductor del sistema.</translation>
        </message>
        <message>
            <source>This file has sound but no picture: {name}.</source>
            <translation>Este archivo tiene sonido pero no imagen: {name}.</translation>
        </message>
        <message>
            <source>This video has no sound track: {name}.</source>
            <translation>Este vídeo no tiene pista de sonido: {name}.</translation>
        </message>
        <message>
            <source>The clip is set to {start}-{end}, but the video is only {length} long. It will stop at the end of the video; check the clip times.</source>
            <translation>El fragmento va de {start} a {end}, pero el vídeo solo dura {length}. Se detendrá al final del vídeo; revise los tiempos del fragmento.</translation>
        </message>
        <message>
            <source>The video file was moved or deleted while playing: {name}. The session goes on; use Locate... before showing it again.</source>
            <translation>El archivo de vídeo se movió o se borró mientras se reproducía: {name}. La sesión continúa; use Localizar... antes de volver a mostrarlo.</translation>
        </message>
        <message>
            <source>This address cannot be opened (no internet, or the page is not a video): {name}. You can open it in the web browser instead.</source>
            <translation>No se puede abrir esta dirección (no hay internet o la página no es un vídeo): {name}. Puede abrirla en el navegador web.</translation>
        </message>
        <message>
            <source>Video playback is turned off ({setting}).</source>
            <translation>La reproducción de vídeo está desactivada ({setting}).</translation>
        </message>
        <message>
            <source>VLC could not be loaded.</source>
            <translation>No se pudo cargar VLC.</translation>
        </message>
        <message>
            <source>The clip's end is not after its start. Check the clip times.</source>
            <translation>El final del fragmento no es posterior a su inicio. Revise los tiempos del fragmento.</translation>
        </message>
        <message>
            <source>libvlc is not installed or cannot be loaded.</source>
            <translation>libvlc no está instalado o no se puede cargar.</translation>
        </message>
        <message>
            <source>libvlc is not installed or cannot be loaded ({reason}).</source>
            <translation>libvlc no está instalado o no se puede cargar ({reason}).</translation>
        </message>
        <message>
            <source>libvlc is installed but would not start (its plugins may be missing).</source>
            <translation>libvlc está instalado pero no se pudo iniciar (puede que falten sus complementos).</translation>
        </message>
        <message>
            <source>the disc “{name}”, title {title}</source>
            <translation>el disco “{name}”, título {title}</translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message>
            <source>Locate...</source>
            <translation>Localizar...</translation>
        </message>
        <message>
            <source>Link a video...</source>
            <translation>Vincular un vídeo...</translation>
        </message>
        <message>
            <source>Edit the clip times</source>
            <translation>Editar los tiempos del fragmento</translation>
        </message>
        <message>
            <source>Open in the web browser</source>
            <translation>Abrir en el navegador web</translation>
        </message>
        <message>
            <source>Open in the system player</source>
            <translation>Abrir en el reproductor del sistema</translation>
        </message>
        <message>
            <source>Install VLC</source>
            <translation>Instalar VLC</translation>
        </message>
        <message>
            <source>Pick another screen</source>
            <translation>Elegir otra pantalla</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Volver a comprobar</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>BIEN</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>AVISO</translation>
        </message>
        <message>
            <source>PROBLEM</source>
            <translation>PROBLEMA</translation>
        </message>
        <message>
            <source>Fix: {fixes}</source>
            <translation>Solución: {fixes}</translation>
        </message>
        <message numerus="yes">
            <source>Not ready: %n problem(s) to fix before the session.</source>
            <translation>
                <numerusform>No está lista: hay %n problema que resolver antes de la sesión.</numerusform>
                <numerusform>No está lista: hay %n problemas que resolver antes de la sesión.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready, with %n thing(s) to look at.</source>
            <translation>
                <numerusform>Lista, con %n cosa que revisar.</numerusform>
                <numerusform>Lista, con %n cosas que revisar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready: every video and screen checked.</source>
            <translation>Lista: se han comprobado todos los vídeos y pantallas.</translation>
        </message>
        <message>
            <source>Checking: {chapter}</source>
            <translation>Comprobando: {chapter}</translation>
        </message>
        <message>
            <source>Segment {number}, {title}</source>
            <translation>Segmento {number}, {title}</translation>
        </message>
        <message>
            <source>the end</source>
            <translation>el final</translation>
        </message>
        <message>
            <source>The clip's end is not after its start.</source>
            <translation>El final del fragmento no es posterior a su inicio.</translation>
        </message>
        <message>
            <source>Pause points outside the clip will be skipped: {times}.</source>
            <translation>Los puntos de pausa fuera del fragmento se saltarán: {times}.</translation>
        </message>
        <message>
            <source>The address answers ({name}, clip {clip}).</source>
            <translation>La dirección responde ({name}, fragmento {clip}).</translation>
        </message>
        <message>
            <source>The video is ready ({name}, clip {clip}).</source>
            <translation>El vídeo está listo ({name}, fragmento {clip}).</translation>
        </message>
        <message>
            <source>Chapter {number}: {title}</source>
            <translation>Capítulo {number}: {title}</translation>
        </message>
        <message>
            <source>Video player</source>
            <translation>Reproductor de vídeo</translation>
        </message>
        <message>
            <source>VLC is available.</source>
            <translation>VLC está disponible.</translation>
        </message>
        <message>
            <source>VLC cannot be used ({reason}).</source>
            <translation>No se puede usar VLC ({reason}).</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Proyector</translation>
        </message>
        <message>
            <source>Could not look for screens (no display here).</source>
            <translation>No se pudieron buscar pantallas (aquí no hay pantalla).</translation>
        </message>
        <message>
            <source>No second screen is connected. Plug in the projector, or run the session on this screen (fine for one-to-one sessions).</source>
            <translation>No hay una segunda pantalla conectada. Conecte el proyector o dirija la sesión en esta pantalla (sirve para sesiones individuales).</translation>
        </message>
        <message>
            <source>The projector screen you chose ({screen}) is not connected; another screen will be used.</source>
            <translation>La pantalla de proyector que eligió ({screen}) no está conectada; se usará otra pantalla.</translation>
        </message>
        <message>
            <source>A second screen is connected ({name}).</source>
            <translation>Hay una segunda pantalla conectada ({name}).</translation>
        </message>
    </context>
</TS>