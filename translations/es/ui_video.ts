<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CuePrompt</name>
        <message>
            <source>Press Space or the clicker to continue the video.</source>
            <translation>Pulse Espacio o el mando para continuar el vídeo.</translation>
        </message>
        <message>
            <source>Paused at {time}: ask the group</source>
            <translation>En pausa en {time}: pregunte al grupo</translation>
        </message>
        <message>
            <source>(No question written for this pause point.)</source>
            <translation>(No hay ninguna pregunta escrita para este punto de pausa.)</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Play or pause the video (Space)</source>
            <translation>Reproducir o pausar el vídeo (Espacio)</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Desde el principio</translation>
        </message>
        <message>
            <source>Play the clip again from its start</source>
            <translation>Reproducir el fragmento otra vez desde el principio</translation>
        </message>
        <message>
            <source>-10 s</source>
            <translation>-10 s</translation>
        </message>
        <message>
            <source>Back 10 seconds</source>
            <translation>Atrás 10 segundos</translation>
        </message>
        <message>
            <source>+10 s</source>
            <translation>+10 s</translation>
        </message>
        <message>
            <source>Forward 10 seconds</source>
            <translation>Adelante 10 segundos</translation>
        </message>
        <message>
            <source>Position in the clip</source>
            <translation>Posición en el fragmento</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Silenciar</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <source>Show the video on the whole screen (F)</source>
            <translation>Mostrar el vídeo en toda la pantalla (F)</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>Activar el sonido</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pausa (Espacio)</translation>
        </message>
        <message>
            <source>Continue from {time} (Space)</source>
            <translation>Continuar desde {time} (Espacio)</translation>
        </message>
        <message>
            <source>Carry on (Space)</source>
            <translation>Continuar (Espacio)</translation>
        </message>
        <message>
            <source>Play again (Space)</source>
            <translation>Reproducir de nuevo (Espacio)</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Reproducir (Espacio)</translation>
        </message>
    </context>
    <context>
        <name>PreflightDialog</name>
        <message>
            <source>Check this session</source>
            <translation>Comprobar esta sesión</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Comprobar de nuevo</translation>
        </message>
    </context>
    <context>
        <name>PreflightView</name>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Revisar</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
    </context>
    <context>
        <name>VideoPanel</name>
        <message>
            <source>Locate...</source>
            <translation>Buscar...</translation>
        </message>
        <message>
            <source>Link a video...</source>
            <translation>Enlazar un vídeo...</translation>
        </message>
        <message>
            <source>Edit the clip...</source>
            <translation>Editar el fragmento...</translation>
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
            <source>How to install VLC</source>
            <translation>Cómo instalar VLC</translation>
        </message>
        <message>
            <source>Pick another screen</source>
            <translation>Elegir otra pantalla</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Comprobar de nuevo</translation>
        </message>
        <message>
            <source>Install VLC</source>
            <translation>Instalar VLC</translation>
        </message>
        <message>
            <source>Open videolan.org</source>
            <translation>Abrir videolan.org</translation>
        </message>
        <message>
            <source>Ready to play.</source>
            <translation>Listo para reproducir.</translation>
        </message>
        <message>
            <source>No video linked.</source>
            <translation>No hay ningún vídeo enlazado.</translation>
        </message>
        <message>
            <source>Opening the video...</source>
            <translation>Abriendo el vídeo...</translation>
        </message>
        <message>
            <source>Playing.</source>
            <translation>Reproduciendo.</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>En pausa.</translation>
        </message>
        <message>
            <source>The clip has ended.</source>
            <translation>El fragmento ha terminado.</translation>
        </message>
        <message>
            <source>The video cannot be shown.</source>
            <translation>No se puede mostrar el vídeo.</translation>
        </message>
        <message>
            <source>Open the video</source>
            <translation>Abrir el vídeo</translation>
        </message>
        <message>
            <source>This computer has no program set to open it. The video is at: {where}</source>
            <translation>Este ordenador no tiene ningún programa configurado para abrirlo. El vídeo está en: {where}</translation>
        </message>
    </context>
</TS>