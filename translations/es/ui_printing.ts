<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ser&amp;vice...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s name, contact line and logo on every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole group (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per parent who agreed to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who missed this chapter ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who reached the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group first: documents are printed for a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page, ready to save or print. The preview shows the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages, ready to save or print. The preview shows the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: install poppler-utils (pdftoppm) to see one. You can still save and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapter {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF instead?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Your service on printed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside Family Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 01632 960 123 · hello@riverside.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on every document instead of “COS Desktop”. Leave empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Print a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary_dialog</name>
    <message>
        <source>Print tonight&apos;s pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent summary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator record...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group first (at the top of the window): documents are printed for a group. A new group starts with File &gt; New group...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
