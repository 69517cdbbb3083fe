<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> chapters</source>
        <comment>after a number: certificate after 10 chapters</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate &amp;after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your ser&amp;vice...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's name, contact line and logo on every document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n}. {title} ({date}, {status})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole group (no names)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One page per parent who agreed to be named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone who missed this chapter ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone who reached the threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a group first: documents are printed for a group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document could not be made: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page(s), ready to save or print. The preview shows the first page.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>{problem}

Save the PDF instead?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a group first (at the top of the window): documents are printed for a group. A new group starts with File &gt; New group...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print tonight's pack...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent summary...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator record...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preview: install poppler-utils (pdftoppm) to see one. You can still save and print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the document...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chapter {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintChecks</name>
    <message>
        <source>{pages}: {summaries}, {catch_ups}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation>
    </message>
    <message>
        <source>In this order:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• {reader}: catch-up sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• {reader}: catch-up sheet (not named on the page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• {reader}: summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• {reader}: summary (not named on the page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shareable notes for this session: the pages carry the chapter's ideas only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names taken out of the parents' pages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• “{found}” ({name}) → “{replaced}” ({n} times)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• “{found}” ({name}) → “{replaced}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No font on this computer can print {scripts}: those letters will come out as empty boxes. You can still save or print the document; installing a font for {scripts} puts them right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters that cannot be printed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no way to print a PDF. Save the PDF and print it from your PDF reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to {printer} as pictures of the pages.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Your service on printed documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Riverside Family Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 01632 960 123 · hello@riverside.example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ontact line:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Logo (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on every document instead of “COS Desktop”. Leave empty to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>