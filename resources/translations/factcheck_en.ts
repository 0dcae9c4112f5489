<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisRunner</name>
    <message numerus="yes">
        <source>Analysing %Ln article(s)</source>
        <translation>
            <numerusform>Analysing %Ln article</numerusform>
            <numerusform>Analysing %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleActions</name>
    <message numerus="yes">
        <source>Moved %n article(s) to the Trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Moved %n article to the Trash. Undo with Ctrl+Z.</numerusform>
            <numerusform>Moved %n articles to the Trash. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssertionPanel</name>
    <message numerus="yes">
        <source>%Ln claim(s) listed</source>
        <translation>
            <numerusform>%Ln claim listed</numerusform>
            <numerusform>%Ln claims listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>The selected article</numerusform>
            <numerusform>The %Ln selected articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln article(s)…</source>
        <translation>
            <numerusform>Exporting %Ln article…</numerusform>
            <numerusform>Exporting %Ln articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assertion(s)</source>
        <translation>
            <numerusform>%Ln assertion</numerusform>
            <numerusform>%Ln assertions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <source>Importing %Ln file(s)</source>
        <translation>
            <numerusform>Importing %Ln file</numerusform>
            <numerusform>Importing %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>Imported %Ln article.</numerusform>
            <numerusform>Imported %Ln articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library.</source>
        <translation>
            <numerusform>%Ln was already in the library.</numerusform>
            <numerusform>%Ln were already in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to check</source>
        <translation>
            <numerusform>%Ln claim to check</numerusform>
            <numerusform>%Ln claims to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Merge undone: %Ln row(s) put back.</source>
        <translation>
            <numerusform>Merge undone: %Ln row put back.</numerusform>
            <numerusform>Merge undone: %Ln rows put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) changed since were kept.</source>
        <translation>
            <numerusform>%Ln row changed since was kept.</numerusform>
            <numerusform>%Ln rows changed since were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceLibraryDialog</name>
    <message numerus="yes">
        <source>{shown} of %Ln reference(s)</source>
        <translation>
            <numerusform>{shown} of %Ln reference</numerusform>
            <numerusform>{shown} of %Ln references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{title}” is cited by %n claim(s):</source>
        <translation>
            <numerusform>“{title}” is cited by %n claim:</numerusform>
            <numerusform>“{title}” is cited by %n claims:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln result for “{query}”</numerusform>
            <numerusform>%Ln results for “{query}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Erase %n article(s) and all their work for good? This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n article and all its work for good? This cannot be undone.</numerusform>
            <numerusform>Erase %n articles and all their work for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
