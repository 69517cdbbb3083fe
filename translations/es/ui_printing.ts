<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a document</source>
            <translation>Exportar un documento</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source> chapters</source>
            <comment>after a number: certificate after 10 chapters</comment>
            <translation> capítulos</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Documento:</translation>
        </message>
        <message>
            <source>&amp;Chapter:</source>
            <translation>C&amp;apítulo:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Para:</translation>
        </message>
        <message>
            <source>Certificate &amp;after:</source>
            <translation>Certificado &amp;tras:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>Pap&amp;el:</translation>
        </message>
        <message>
            <source>&amp;Save PDF...</source>
            <translation>&amp;Guardar PDF...</translation>
        </message>
        <message>
            <source>P&amp;rint...</source>
            <translation>&amp;Imprimir...</translation>
        </message>
        <message>
            <source>Your ser&amp;vice...</source>
            <translation>Su ser&amp;vicio...</translation>
        </message>
        <message>
            <source>The service's name, contact line and logo on every document</source>
            <translation>El nombre del servicio, la línea de contacto y el logotipo en cada documento</translation>
        </message>
        <message>
            <source>Preparing the preview...</source>
            <translation>Preparando la vista previa...</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>previsto</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>impartido</translation>
        </message>
        <message>
            <source>{n}. {title} ({date}, {status})</source>
            <translation>{n}. {title} ({date}, {status})</translation>
        </message>
        <message>
            <source>The whole group (no names)</source>
            <translation>Todo el grupo (sin nombres)</translation>
        </message>
        <message>
            <source>One page per parent who agreed to be named</source>
            <translation>Una página por participante que aceptó aparecer con su nombre</translation>
        </message>
        <message>
            <source>Everyone who missed this chapter ({n})</source>
            <translation>Todas las personas que faltaron a este capítulo ({n})</translation>
        </message>
        <message>
            <source>Everyone who reached the threshold</source>
            <translation>Todas las personas que alcanzaron el mínimo</translation>
        </message>
        <message>
            <source>Choose a group first: documents are printed for a group.</source>
            <translation>Elija un grupo primero: los documentos se imprimen para un grupo.</translation>
        </message>
        <message>
            <source>The document could not be made: {reason}</source>
            <translation>No se pudo hacer el documento: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), ready to save or print. The preview shows the first page.</source>
            <translation>
                <numerusform>%n página, lista para guardar o imprimir. La vista previa muestra la primera página.</numerusform>
                <numerusform>%n páginas, listas para guardar o imprimir. La vista previa muestra la primera página.</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem}

Save the PDF instead?</source>
            <translation>{problem}

¿Guardar el PDF en su lugar?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Choose a group first (at the top of the window): documents are printed for a group. A new group starts with File &gt; New group...</source>
            <translation>Elija un grupo primero (en la parte de arriba de la ventana): los documentos se imprimen para un grupo. Un grupo nuevo se crea con Archivo &gt; Nuevo grupo...</translation>
        </message>
        <message>
            <source>Print a document</source>
            <translation>Imprimir un documento</translation>
        </message>
        <message>
            <source>Print tonight's pack...</source>
            <translation>Imprimir los documentos de hoy...</translation>
        </message>
        <message>
            <source>Parent summary...</source>
            <translation>Resumen para la familia...</translation>
        </message>
        <message>
            <source>Facilitator record...</source>
            <translation>Registro de la persona facilitadora...</translation>
        </message>
        <message>
            <source>No preview: install poppler-utils (pdftoppm) to see one. You can still save and print.</source>
            <translation>Sin vista previa: instale poppler-utils (pdftoppm) para verla. Puede guardar e imprimir igualmente.</translation>
        </message>
        <message>
            <source>Making the document...</source>
            <translation>Haciendo el documento...</translation>
        </message>
        <message>
            <source>chapter {n}</source>
            <translation>capítulo {n}</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Guardar PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved to {path}: {reason}. Choose another folder.</source>
            <translation>No se pudo guardar el PDF en {path}: {reason}. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <source>Nothing was printed.</source>
            <translation>No se imprimió nada.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>No impreso</translation>
        </message>
    </context>
    <context>
        <name>PrintChecks</name>
        <message>
            <source>{pages}: {summaries}, {catch_ups}</source>
            <translation>{pages}: {summaries}, {catch_ups}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summary sheet(s)</source>
            <translation>
                <numerusform>%n hoja de resumen</numerusform>
                <numerusform>%n hojas de resumen</numerusform>
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
            <source>In this order:</source>
            <translation>En este orden:</translation>
        </message>
        <message>
            <source>• {reader}: catch-up sheet</source>
            <translation>• {reader}: hoja de recuperación</translation>
        </message>
        <message>
            <source>• {reader}: catch-up sheet (not named on the page)</source>
            <translation>• {reader}: hoja de recuperación (sin su nombre en la página)</translation>
        </message>
        <message>
            <source>• {reader}: summary</source>
            <translation>• {reader}: resumen</translation>
        </message>
        <message>
            <source>• {reader}: summary (not named on the page)</source>
            <translation>• {reader}: resumen (sin su nombre en la página)</translation>
        </message>
        <message>
            <source>No shareable notes for this session: the pages carry the chapter's ideas only.</source>
            <translation>No hay notas para compartir de esta sesión: las páginas llevan solo las ideas del capítulo.</translation>
        </message>
        <message>
            <source>Names taken out of the parents' pages:</source>
            <translation>Nombres quitados de las páginas de los participantes:</translation>
        </message>
        <message>
            <source>• “{found}” ({name}) → “{replaced}” ({n} times)</source>
            <translation>• “{found}” ({name}) → “{replaced}” ({n} veces)</translation>
        </message>
        <message>
            <source>• “{found}” ({name}) → “{replaced}”</source>
            <translation>• “{found}” ({name}) → “{replaced}”</translation>
        </message>
        <message>
            <source>No font on this computer can print {scripts}: those letters will come out as empty boxes. You can still save or print the document; installing a font for {scripts} puts them right.</source>
            <translation>Ninguna fuente de este ordenador puede imprimir las letras en {scripts}: saldrán como cuadros vacíos. Puede guardar o imprimir el documento igualmente; si instala una fuente para {scripts}, saldrán bien.</translation>
        </message>
        <message>
            <source>Letters that cannot be printed</source>
            <translation>Letras que no se pueden imprimir</translation>
        </message>
    </context>
    <context>
        <name>PrintJob</name>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation>No se pudo escribir el archivo: {reason}.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message numerus="yes">
            <source>Sent to {printer} (copies: %n).</source>
            <translation>
                <numerusform>Enviado a {printer} (%n copia).</numerusform>
                <numerusform>Enviado a {printer} (%n copias).</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>No se pudo poner en marcha la impresora.</translation>
        </message>
        <message>
            <source>This computer has no way to print a PDF. Save the PDF and print it from your PDF reader.</source>
            <translation>Este ordenador no tiene forma de imprimir un PDF. Guarde el PDF e imprímalo desde su lector de PDF.</translation>
        </message>
        <message>
            <source>Sent to {printer} as pictures of the pages.</source>
            <translation>Enviado a {printer} como imágenes de las páginas.</translation>
        </message>
    </context>
    <context>
        <name>Scripts</name>
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
            <source>Thai</source>
            <translation>tailandés</translation>
        </message>
        <message>
            <source>Devanagari</source>
            <translation>devanagari</translation>
        </message>
        <message>
            <source>Bengali</source>
            <translation>bengalí</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>tamil</translation>
        </message>
        <message>
            <source>Telugu</source>
            <translation>telugu</translation>
        </message>
        <message>
            <source>Gujarati</source>
            <translation>guyaratí</translation>
        </message>
        <message>
            <source>Gurmukhi</source>
            <translation>gurmukhi</translation>
        </message>
        <message>
            <source>Kannada</source>
            <translation>canarés</translation>
        </message>
        <message>
            <source>Malayalam</source>
            <translation>malayalam</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>cingalés</translation>
        </message>
        <message>
            <source>Khmer</source>
            <translation>jemer</translation>
        </message>
        <message>
            <source>Lao</source>
            <translation>lao</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <translation>birmano</translation>
        </message>
        <message>
            <source>Tibetan</source>
            <translation>tibetano</translation>
        </message>
        <message>
            <source>Georgian</source>
            <translation>georgiano</translation>
        </message>
        <message>
            <source>Armenian</source>
            <translation>armenio</translation>
        </message>
        <message>
            <source>Ethiopic</source>
            <translation>etíope</translation>
        </message>
        <message>
            <source>Syriac</source>
            <translation>siríaco</translation>
        </message>
        <message>
            <source>Thaana</source>
            <translation>thaana</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Your service on printed documents</source>
            <translation>Su servicio en los documentos impresos</translation>
        </message>
        <message>
            <source>e.g. Riverside Family Centre</source>
            <translation>p. ej., Centro de Familias del Río</translation>
        </message>
        <message>
            <source>e.g. 01632 960 123 · hello@riverside.example</source>
            <translation>p. ej., 01632 960 123 · hola@rio.example</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sin logotipo</translation>
        </message>
        <message>
            <source>&amp;Choose...</source>
            <translation>&amp;Elegir...</translation>
        </message>
        <message>
            <source>Service &amp;name:</source>
            <translation>&amp;Nombre del servicio:</translation>
        </message>
        <message>
            <source>C&amp;ontact line:</source>
            <translation>Línea de c&amp;ontacto:</translation>
        </message>
        <message>
            <source>&amp;Logo (optional):</source>
            <translation>&amp;Logotipo (opcional):</translation>
        </message>
        <message>
            <source>Printed on every document instead of “COS Desktop”. Leave empty to keep it.</source>
            <translation>Se imprime en cada documento en lugar de “COS Desktop”. Déjelo vacío para mantener “COS Desktop”.</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Elegir un logotipo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
</TS>