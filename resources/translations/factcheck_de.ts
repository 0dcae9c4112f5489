<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Factcheck</source>
        <translation>Über Factcheck</translation>
    </message>
    <message>
        <source>An offline assistant for fact-checkers: it highlights the assertions in a news article that are not properly sourced and keeps your notes, references and verdicts next to them. Nothing leaves your computer unless you share or export it.</source>
        <translation>Ein Offline-Assistent für Faktenprüfer: Er markiert die Behauptungen in einem Nachrichtentext, die nicht sauber belegt sind, und bewahrt Ihre Notizen, Quellen und Urteile direkt daneben auf. Nichts verlässt Ihren Rechner, außer Sie teilen oder exportieren es.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Die Versionen kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>Loading the analyser</source>
        <extracomment>results of a finished job (list[AnalysisResult]) the analyser is ready (after ``preload``) an analysis job failed (the exception; its message is for the user)</extracomment>
        <translation>Analyse wird geladen</translation>
    </message>
    <message>
        <source>Analysing the article</source>
        <translation>Artikel wird analysiert</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel wird analysiert</numerusform>
            <numerusform>%Ln Artikel werden analysiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleActions</name>
    <message>
        <source>Article &amp;details…</source>
        <translation>Artikel&amp;details…</translation>
    </message>
    <message>
        <source>Title, web address, outlet, author, date and language of the article</source>
        <translation>Titel, Webadresse, Medium, Autor, Datum und Sprache des Artikels</translation>
    </message>
    <message>
        <source>Article &amp;notes…</source>
        <translation>Artikel&amp;notizen…</translation>
    </message>
    <message>
        <source>Notes on the whole article, not on one claim</source>
        <translation>Notizen zum ganzen Artikel, nicht zu einer Behauptung</translation>
    </message>
    <message>
        <source>Mo&amp;ve to Trash</source>
        <translation>In den Papierkorb &amp;verschieben</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo with Ctrl+Z)</source>
        <translation>Die ausgewählten Artikel löschen (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Restore deleted articles, or empty the trash</source>
        <translation>Gelöschte Artikel wiederherstellen oder den Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the Trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Artikel in den Papierkorb verschoben. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Artikel in den Papierkorb verschoben. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <source>Article details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>The newspaper, agency or site</source>
        <translation>Die Zeitung, Agentur oder Website</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Detected per paragraph</source>
        <translation>Je Absatz erkannt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when the article is analysed again.</source>
        <translation>Eine neue Sprache gilt, sobald der Artikel erneut analysiert wird.</translation>
    </message>
</context>
<context>
    <name>ArticleNotesDialog</name>
    <message>
        <source>Article notes</source>
        <translation>Artikelnotizen</translation>
    </message>
    <message>
        <source>Notes on this article</source>
        <translation>Notizen zu diesem Artikel</translation>
    </message>
    <message>
        <source>A note on the whole article…</source>
        <translation>Eine Notiz zum ganzen Artikel…</translation>
    </message>
    <message>
        <source>Private (left out of shares and exports)</source>
        <translation>Privat (nicht in Weitergaben und Exporten)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privat)</translation>
    </message>
    <message>
        <source>No notes on this article yet.</source>
        <translation>Noch keine Notizen zu diesem Artikel.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Open or paste an article (File menu, Ctrl+O or Ctrl+Shift+V),
import one from a web address (Ctrl+L), or drop files or links here.</source>
        <translation>Öffnen oder fügen Sie einen Artikel ein (Menü Datei, Strg+O oder Strg+Umschalt+V),
importieren Sie ihn von einer Webadresse (Strg+L) oder ziehen Sie Dateien oder Links hierher.</translation>
    </message>
</context>
<context>
    <name>AssertionPanel</name>
    <message>
        <source>Which claims the list shows</source>
        <extracomment>&quot;Show sourced&quot; or the state filter changed (menus follow).</extracomment>
        <translation>Welche Behauptungen die Liste zeigt</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Alle Behauptungen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Also list claims the analyser found sourced only (hidden by default)</source>
        <translation>Auch Behauptungen zeigen, die die Analyse nur als belegt erkannt hat (sonst ausgeblendet)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>No claims to check in this article.</source>
        <translation>In diesem Artikel gibt es keine Behauptungen zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) listed</source>
        <translation>
            <numerusform>%Ln Behauptung aufgelistet</numerusform>
            <numerusform>%Ln Behauptungen aufgelistet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Claims across the library</source>
        <translation>Behauptungen in der Bibliothek</translation>
    </message>
    <message>
        <source>Only claims with contradictory verdicts</source>
        <translation>Nur Behauptungen mit widersprüchlichen Bewertungen</translation>
    </message>
    <message>
        <source>Import published fact-checks…</source>
        <translation>Veröffentlichte Faktenchecks importieren…</translation>
    </message>
    <message>
        <source>Read ClaimReview JSON-LD or a fact-check feed into the library</source>
        <translation>ClaimReview-JSON-LD oder einen Faktencheck-Feed in die Bibliothek einlesen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Grouping the claims of the library…</source>
        <translation>Die Behauptungen der Bibliothek werden gruppiert…</translation>
    </message>
    <message>
        <source>Grouping the claims of the library</source>
        <translation>Die Behauptungen der Bibliothek werden gruppiert</translation>
    </message>
    <message>
        <source>contradictory verdicts</source>
        <translation>widersprüchliche Bewertungen</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <source>Claims made more than once: {n} · with contradictory verdicts: {clashes}</source>
        <translation>Mehrfach vorkommende Behauptungen: {n} · mit widersprüchlichen Bewertungen: {clashes}</translation>
    </message>
    <message>
        <source>No claim with contradictory verdicts.</source>
        <translation>Keine Behauptung mit widersprüchlichen Bewertungen.</translation>
    </message>
    <message>
        <source>No claim is made more than once yet.</source>
        <translation>Noch keine Behauptung kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>Published: {who}</source>
        <translation>Veröffentlicht: {who}</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>Import published fact-checks</source>
        <translation>Veröffentlichte Faktenchecks importieren</translation>
    </message>
    <message>
        <source>ClaimReview or fact-check feed (*.json *.jsonld *.jsonl);;All files (*)</source>
        <translation>ClaimReview oder Faktencheck-Feed (*.json *.jsonld *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {same} unchanged</source>
        <translation>{file}: {added} neu, {updated} aktualisiert, {same} unverändert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>Der ausgewählte Artikel</numerusform>
            <numerusform>Die %Ln ausgewählten Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln article(s)…</source>
        <translation>
            <numerusform>%Ln Artikel wird exportiert…</numerusform>
            <numerusform>%Ln Artikel werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assertion(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who is checking?</source>
        <translation>Wer prüft?</translation>
    </message>
    <message>
        <source>Your name signs your notes and verdicts, and colleagues see it when you share your library. Your organisation and its web site appear in reports and ClaimReview exports. You can change them later in Settings.</source>
        <translation>Ihr Name zeichnet Ihre Notizen und Bewertungen, und Kolleginnen und Kollegen sehen ihn, wenn Sie Ihre Bibliothek weitergeben. Ihre Organisation und deren Website erscheinen in Berichten und ClaimReview-Exporten. Sie können beides später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>e.g. Jane Roe</source>
        <translation>z. B. Erika Mustermann</translation>
    </message>
    <message>
        <source>Your newsroom or fact-checking team</source>
        <translation>Ihre Redaktion oder Ihr Faktencheck-Team</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation &amp;web site:</source>
        <translation>&amp;Website der Organisation:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Open / import…</source>
        <extracomment>an article to show after an import (the first new one, or the duplicate found) a one-line summary for the status bar</extracomment>
        <translation>&amp;Öffnen / importieren…</translation>
    </message>
    <message>
        <source>Import articles from files (Ctrl+O)</source>
        <translation>Artikel aus Dateien importieren (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Paste as new article</source>
        <translation>Als neuen Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Import the text or web page on the clipboard (Ctrl+Shift+V)</source>
        <translation>Den Text oder die Webseite aus der Zwischenablage importieren (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Von &amp;URL importieren…</translation>
    </message>
    <message>
        <source>Fetch a web page or document and keep an archived copy (Ctrl+L)</source>
        <translation>Eine Webseite oder ein Dokument abrufen und eine archivierte Kopie behalten (Strg+L)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Artikel ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“{title}” was imported from this address before.</source>
        <translation>„{title}“ wurde schon einmal von dieser Adresse importiert.</translation>
    </message>
    <message>
        <source>Open it, or fetch the page again to see whether it has changed?</source>
        <translation>Öffnen oder die Seite erneut abrufen, um zu sehen, ob sie sich geändert hat?</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Erneut abrufen</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nichts einzufügen</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy an article first.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>Importing the pasted text</source>
        <translation>Eingefügter Text wird importiert</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei wird importiert</numerusform>
            <numerusform>%Ln Dateien werden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>%Ln Artikel importiert.</numerusform>
            <numerusform>%Ln Artikel importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library.</source>
        <translation>
            <numerusform>%Ln war bereits in der Bibliothek.</numerusform>
            <numerusform>%Ln waren bereits in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” is in the Trash.</source>
        <translation>„{title}“ liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>It was deleted with its notes and verdicts. Nothing new was stored.</source>
        <translation>Er wurde mit seinen Notizen und Bewertungen gelöscht. Es wurde nichts Neues gespeichert.</translation>
    </message>
    <message>
        <source>Restore and open</source>
        <translation>Wiederherstellen und öffnen</translation>
    </message>
    <message>
        <source>“{title}” is already in your library.</source>
        <translation>„{title}“ ist schon in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <source>The same text was imported before. Nothing new was stored.</source>
        <translation>Derselbe Text wurde schon einmal importiert. Es wurde nichts Neues gespeichert.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Your library already has an article from this address:</source>
        <translation>Ihre Bibliothek enthält schon einen Artikel von dieser Adresse:</translation>
    </message>
    <message>
        <source>“{title}”. The text differs, so the new version was imported as well.</source>
        <translation>„{title}“. Der Text unterscheidet sich, daher wurde die neue Fassung ebenfalls importiert.</translation>
    </message>
    <message>
        <source>Open the earlier one</source>
        <translation>Den früheren öffnen</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Schon in der Bibliothek</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Redirected to {url}.</source>
        <translation>Weitergeleitet zu {url}.</translation>
    </message>
    <message>
        <source>Some files could not be imported</source>
        <translation>Einige Dateien konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was stored for these files:
{lines}</source>
        <translation>Für diese Dateien wurde nichts gespeichert:
{lines}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>{description}
Click to show or hide these highlights.</source>
        <translation>{description}
Klicken, um diese Markierungen ein- oder auszublenden.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Filter by title or outlet</source>
        <extracomment>How often the window looks for changes another process made (a cheap PRAGMA). Below this width the library drops its count columns and stacks its filters. the article the user opened (current row changed), or None when the list is empty</extracomment>
        <translation>Nach Titel oder Medium filtern</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Jedes Medium</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Factcheck</source>
        <extracomment>A window built in another UI language took this one&apos;s place (see language_switch).</extracomment>
        <translation>Factcheck</translation>
    </message>
    <message>
        <source>Analysis failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>Show or hide the list of articles (Ctrl+Shift+L)</source>
        <translation>Artikelliste ein- oder ausblenden (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>temporary library</source>
        <translation>vorübergehende Bibliothek</translation>
    </message>
    <message>
        <source>{path} · {articles} · {open}</source>
        <translation>{path} · {articles} · {open}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) to check</source>
        <translation>
            <numerusform>%Ln Fundstelle zu prüfen</numerusform>
            <numerusform>%Ln Fundstellen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>The analyser could not be loaded</source>
        <translation>Die Analyse konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Merge undone: %Ln row(s) put back.</source>
        <translation>
            <numerusform>Zusammenführung rückgängig gemacht: %Ln Zeile wiederhergestellt.</numerusform>
            <numerusform>Zusammenführung rückgängig gemacht: %Ln Zeilen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) changed since were kept.</source>
        <translation>
            <numerusform>%Ln seither geänderte Zeile wurde behalten.</numerusform>
            <numerusform>%Ln seither geänderte Zeilen wurden behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeverFlagAction</name>
    <message>
        <source>Don&apos;t flag this &amp;again…</source>
        <translation>Nicht mehr &amp;markieren…</translation>
    </message>
    <message>
        <source>Dismiss as a false alarm and stop flagging its cue (Ctrl+D)</source>
        <translation>Als Fehlalarm verwerfen und das Signalwort nicht mehr markieren (Strg+D)</translation>
    </message>
    <message>
        <source>“{cue}” will not be flagged again. Re-analyse (F5) to apply it.</source>
        <translation>„{cue}“ wird nicht mehr markiert. Erneut analysieren (F5), um es anzuwenden.</translation>
    </message>
</context>
<context>
    <name>NeverFlagDialog</name>
    <message>
        <source>Don&apos;t flag this again</source>
        <translation>Nicht mehr markieren</translation>
    </message>
    <message>
        <source>Dismiss this finding as a false alarm, and stop flagging “{cue}” as {category} in later analyses.</source>
        <translation>Diesen Fund als Fehlalarm verwerfen und „{cue}“ in späteren Analysen nicht mehr als {category} markieren.</translation>
    </message>
    <message>
        <source>&amp;Everywhere</source>
        <translation>Ü&amp;berall</translation>
    </message>
    <message>
        <source>Only where the sentence contains &amp;this phrase:</source>
        <translation>Nur wenn der Satz &amp;diese Wendung enthält:</translation>
    </message>
    <message>
        <source>Kept in your settings (Settings lists and removes it), not in the library: colleagues&apos; analyses are not affected.</source>
        <translation>Wird in Ihren Einstellungen gespeichert (dort aufgelistet und entfernbar), nicht in der Bibliothek: Die Analysen von Kolleginnen und Kollegen bleiben unberührt.</translation>
    </message>
    <message>
        <source>Dismiss and don&apos;t flag</source>
        <translation>Verwerfen und nicht mehr markieren</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReferenceLibraryDialog</name>
    <message numerus="yes">
        <source>{shown} of %Ln reference(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Quelle</numerusform>
            <numerusform>{shown} von %Ln Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{title}” is cited by %n claim(s):</source>
        <translation>
            <numerusform>„{title}“ wird von %n Behauptung angeführt:</numerusform>
            <numerusform>„{title}“ wird von %n Behauptungen angeführt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Next assertion</source>
        <extracomment>Verdict keys: 1..9 choose the scheme&apos;s first nine ratings.</extracomment>
        <translation>&amp;Nächste Behauptung</translation>
    </message>
    <message>
        <source>&amp;Previous assertion</source>
        <translation>V&amp;orige Behauptung</translation>
    </message>
    <message>
        <source>&amp;Start checking</source>
        <translation>Prüfung &amp;beginnen</translation>
    </message>
    <message>
        <source>Start checking: mark the claim in progress (A)</source>
        <translation>Prüfung beginnen: die Behauptung als in Arbeit markieren (A)</translation>
    </message>
    <message>
        <source>Dismiss: not a claim to check (D)</source>
        <translation>Verwerfen: keine zu prüfende Behauptung (D)</translation>
    </message>
    <message>
        <source>Verdict: {rating}</source>
        <translation>Bewertung: {rating}</translation>
    </message>
    <message>
        <source>Start checking “{quote}”</source>
        <translation>Prüfung von „{quote}“ beginnen</translation>
    </message>
    <message>
        <source>Dismiss claim</source>
        <translation>Behauptung verwerfen</translation>
    </message>
    <message>
        <source>Why is this not a claim to check?</source>
        <translation>Warum ist das keine zu prüfende Behauptung?</translation>
    </message>
    <message>
        <source>Verdict “{rating}” on “{quote}”</source>
        <translation>Bewertung „{rating}“ für „{quote}“</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss with &amp;reason…</source>
        <translation>Mit Be&amp;gründung verwerfen…</translation>
    </message>
    <message>
        <source>Dismiss “{quote}”</source>
        <translation>„{quote}“ verwerfen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln Treffer für „{query}“</numerusform>
            <numerusform>%Ln Treffer für „{query}“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Shown as the author of your reviews, notes and verdicts</source>
        <translation>Erscheint als Autor Ihrer Entscheidungen, Notizen und Urteile</translation>
    </message>
    <message>
        <source>Your newsroom or fact-checking team</source>
        <translation>Ihre Redaktion oder Ihr Faktencheck-Team</translation>
    </message>
    <message>
        <source>Where your reports are published; ClaimReview exports need it</source>
        <translation>Wo Ihre Berichte veröffentlicht werden; ClaimReview-Exporte brauchen das</translation>
    </message>
    <message>
        <source>Built-in rules only (no model)</source>
        <translation>Nur eingebaute Regeln (kein Modell)</translation>
    </message>
    <message>
        <source>{name} (not installed)</source>
        <translation>{name} (nicht installiert)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation &amp;web site:</source>
        <translation>&amp;Website der Organisation:</translation>
    </message>
    <message>
        <source>Reports &amp;published at:</source>
        <translation>Berichte &amp;veröffentlicht unter:</translation>
    </message>
    <message>
        <source>Analysis &amp;model:</source>
        <translation>Analyse&amp;modell:</translation>
    </message>
    <message>
        <source>A trained model finds who is speaking more reliably; re-analyse (F5) to apply it.</source>
        <translation>Ein trainiertes Modell erkennt zuverlässiger, wer spricht; analysieren Sie neu (F5), um es anzuwenden.</translation>
    </message>
    <message>
        <source>Highlight:</source>
        <translation>Markieren:</translation>
    </message>
    <message>
        <source>Don&apos;t flag:</source>
        <translation>Nicht markieren:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes the next time Factcheck starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Factcheck.</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Added with “Don&apos;t flag this again” when you dismiss a finding</source>
        <translation>Hinzugefügt mit „Nicht mehr markieren“, wenn Sie einen Fund verwerfen</translation>
    </message>
    <message>
        <source>{category}: “{cue}” in “{phrase}”</source>
        <translation>{category}: „{cue}“ in „{phrase}“</translation>
    </message>
    <message>
        <source>{category}: “{cue}”</source>
        <translation>{category}: „{cue}“</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Welcome to Factcheck</source>
        <extracomment>The sample &quot;Try a sample&quot; opens: German headline, English body, every category.</extracomment>
        <translation>Willkommen bei Factcheck</translation>
    </message>
    <message>
        <source>Open a news article and Factcheck highlights the assertions that are not properly sourced, and says why.&lt;br&gt;Check each one with notes, references and a verdict, then export a report. Everything stays on this computer.</source>
        <translation>Öffnen Sie einen Nachrichtentext, und Factcheck markiert die Behauptungen, die nicht sauber belegt sind, und sagt, warum.&lt;br&gt;Prüfen Sie jede mit Notizen, Quellen und einem Urteil und exportieren Sie dann einen Bericht. Alles bleibt auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>A text, Markdown, HTML, PDF or Word file</source>
        <translation>Eine Text-, Markdown-, HTML-, PDF- oder Word-Datei</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Text einfügen</translation>
    </message>
    <message>
        <source>Copied from a web page</source>
        <translation>Von einer Webseite kopiert</translation>
    </message>
    <message>
        <source>Try a sample</source>
        <translation>Beispiel ansehen</translation>
    </message>
    <message>
        <source>An example, already analysed</source>
        <translation>Ein Beispiel, bereits analysiert</translation>
    </message>
    <message>
        <source>Press F1 for the user guide. Your library: {path}</source>
        <translation>F1 öffnet das Benutzerhandbuch. Ihre Bibliothek: {path}</translation>
    </message>
    <message>
        <source>in memory (not saved)</source>
        <translation>im Arbeitsspeicher (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-done is stored</source>
        <translation>Diesen Vorgang anhalten; nichts Halbfertiges wird gespeichert</translation>
    </message>
    <message>
        <source>Cancelling: {name}…</source>
        <translation>Wird abgebrochen: {name}…</translation>
    </message>
    <message>
        <source> (+{n} more)</source>
        <translation> (+{n} weitere)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted articles stay here with their notes, verdicts and references until you empty the trash. Colleagues see a deletion only when they accept it in a merge.</source>
        <translation>Gelöschte Artikel bleiben hier mit ihren Notizen, Bewertungen und Quellen, bis Sie den Papierkorb leeren. Kolleginnen und Kollegen sehen eine Löschung erst, wenn sie sie beim Zusammenführen annehmen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected articles back in the library</source>
        <translation>Die ausgewählten Artikel in die Bibliothek zurücklegen</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Erase every article in the trash for good</source>
        <translation>Alle Artikel im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n article(s) and all their work for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Artikel und alle Arbeit daran endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Artikel und alle Arbeit daran endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Trash not emptied</source>
        <translation>Papierkorb nicht geleert</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Factcheck user guide</source>
        <extracomment>Guide languages, in the order of the language switch, with their own names. Display width of the guide&apos;s screenshots, narrower than the reading pane.</extracomment>
        <translation>Factcheck-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Guide language</source>
        <translation>Sprache des Handbuchs</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source># User guide missing

Cannot read {path}: {error}</source>
        <translation># Benutzerhandbuch fehlt

{path} kann nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>annotation_import</name>
    <message>
        <source>Import Web Annotations</source>
        <translation>Web Annotations importieren</translation>
    </message>
    <message>
        <source>Web Annotation files (W3C JSON-LD) come from Factcheck, Hypothesis, Recogito and other annotation tools. A Factcheck file brings its articles along; another tool&apos;s annotations are placed in the article you choose.</source>
        <translation>Web-Annotation-Dateien (W3C JSON-LD) stammen aus Factcheck, Hypothesis, Recogito und anderen Annotationswerkzeugen. Eine Factcheck-Datei bringt ihre Artikel mit; die Annotationen anderer Werkzeuge kommen in den Artikel, den Sie wählen.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The articles in the file</source>
        <translation>Die Artikel in der Datei</translation>
    </message>
    <message>
        <source>The selected article “{title}”</source>
        <translation>Den ausgewählten Artikel „{title}“</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Place them in:</source>
        <translation>Einfügen in:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotations (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Imported: {n}</source>
        <translation>Importiert: {n}</translation>
    </message>
    <message>
        <source>New articles: {n}</source>
        <translation>Neue Artikel: {n}</translation>
    </message>
    <message>
        <source>Already in the library: {n}</source>
        <translation>Schon in der Bibliothek: {n}</translation>
    </message>
    <message>
        <source>Found at a new place in the text: {n}</source>
        <translation>An neuer Stelle im Text gefunden: {n}</translation>
    </message>
    <message>
        <source>Edited quote placed ({percent} % alike): “{quote}”</source>
        <translation>Geändertes Zitat zugeordnet ({percent} % ähnlich): „{quote}“</translation>
    </message>
    <message>
        <source>Not placed: “{quote}”</source>
        <translation>Nicht zugeordnet: „{quote}“</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Nichts wurde importiert: {error}</translation>
    </message>
</context>
<context>
    <name>assertion_detail</name>
    <message>
        <source>Marked by hand by {author}, {time}</source>
        <extracomment>Longer quotes are shortened in the header (the article shows the whole span), so the verdict, notes and references stay in view. What storage writes as the explanation of a hand-made span; the origin line says it. Returns (article id, start, end) of the text selected in the article view, or None.</extracomment>
        <translation>Von Hand markiert von {author}, {time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Found by the detector</source>
        <translation>Von der Analyse gefunden</translation>
    </message>
    <message>
        <source> (rule {rule}, confidence {confidence})</source>
        <translation> (Regel {rule}, Konfidenz {confidence})</translation>
    </message>
    <message>
        <source> (rule {rule})</source>
        <translation> (Regel {rule})</translation>
    </message>
    <message>
        <source>Change the category of this assertion</source>
        <translation>Die Kategorie dieser Behauptung ändern</translation>
    </message>
    <message>
        <source>Where the check of this claim stands: to check, in progress, checked (give a verdict) or dismissed</source>
        <translation>Wo die Prüfung dieser Behauptung steht: zu prüfen, in Arbeit, geprüft (mit Bewertung) oder verworfen</translation>
    </message>
    <message>
        <source>Set span to selection</source>
        <translation>Bereich auf Auswahl setzen</translation>
    </message>
    <message>
        <source>Make the text selected in the article the span of this assertion</source>
        <translation>Den im Artikel ausgewählten Text zum Bereich dieser Behauptung machen</translation>
    </message>
    <message>
        <source>Delete assertion</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
    <message>
        <source>{category}: {why}</source>
        <translation>{category}: {why}</translation>
    </message>
    <message>
        <source>Source named in the text: {source}</source>
        <translation>Im Text genannte Quelle: {source}</translation>
    </message>
    <message>
        <source>{origin} — dismissed: {reason}</source>
        <translation>{origin} – verworfen: {reason}</translation>
    </message>
    <message>
        <source>Dismiss claim</source>
        <translation>Behauptung verwerfen</translation>
    </message>
    <message>
        <source>Why is this not a claim to check?</source>
        <translation>Warum ist das keine zu prüfende Behauptung?</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
    <message>
        <source>Select the new span in this assertion&apos;s article first.</source>
        <translation>Wählen Sie zuerst den neuen Bereich im Artikel dieser Behauptung aus.</translation>
    </message>
    <message>
        <source>Select an assertion to check it: verdict, notes, evidence and tags.</source>
        <extracomment>Open the reference library: (reference id to show or None, pick mode). Open another article at one of its cards (a &quot;seen before&quot; match).</extracomment>
        <translation>Wählen Sie eine Behauptung aus, um sie zu prüfen: Urteil, Notizen, Belege und Schlagwörter.</translation>
    </message>
    <message>
        <source>{origin} · p. {page}</source>
        <translation>{origin} · S. {page}</translation>
    </message>
</context>
<context>
    <name>assertions</name>
    <message>
        <source>{state}: {reason}</source>
        <extracomment>The queue filter: which states a card must be in to be listed.</extracomment>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <source>{state}: {verdict}</source>
        <translation>{state}: {verdict}</translation>
    </message>
    <message>
        <source>notes: {n}</source>
        <translation>Notizen: {n}</translation>
    </message>
    <message>
        <source>references: {n}</source>
        <translation>Quellen: {n}</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>überwiegend wahr</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>teils, teils</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>überwiegend falsch</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>irreführend</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>nicht überprüfbar</translation>
    </message>
    <message>
        <source>Supports</source>
        <extracomment>Icon and colour of each lifecycle state (list cards, the article text, the panel).</extracomment>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Primary document</source>
        <translation>Primärdokument</translation>
    </message>
    <message>
        <source>Official statement</source>
        <translation>Offizielle Stellungnahme</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Nachrichtenbericht</translation>
    </message>
    <message>
        <source>Academic paper</source>
        <translation>Wissenschaftliche Arbeit</translation>
    </message>
    <message>
        <source>Archive copy</source>
        <translation>Archivkopie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>edit_commands</name>
    <message>
        <source>Add note</source>
        <extracomment>What the Edit menu says for each operation (&quot;Undo Add note&quot;); ``{detail}`` is filled in.</extracomment>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Add reference “{title}”</source>
        <translation>Quelle „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit reference “{title}”</source>
        <translation>Quelle „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete reference “{title}”</source>
        <translation>Quelle „{title}“ löschen</translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation>{name} anhängen</translation>
    </message>
    <message>
        <source>Remove copy {name}</source>
        <translation>Kopie {name} entfernen</translation>
    </message>
    <message>
        <source>Link reference</source>
        <translation>Quelle verknüpfen</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message>
        <source>Unlink reference</source>
        <translation>Verknüpfung der Quelle lösen</translation>
    </message>
    <message>
        <source>Verdict: {rating}</source>
        <translation>Urteil: {rating}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Urteil entfernen</translation>
    </message>
    <message>
        <source>Category: {label}</source>
        <translation>Kategorie: {label}</translation>
    </message>
    <message>
        <source>State: {label}</source>
        <translation>Stand: {label}</translation>
    </message>
    <message>
        <source>Set span</source>
        <translation>Bereich setzen</translation>
    </message>
    <message>
        <source>Mark as {category}</source>
        <translation>Als {category} markieren</translation>
    </message>
    <message>
        <source>Delete assertion</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>Tag “{name}”</source>
        <translation>Schlagwort „{name}“</translation>
    </message>
    <message>
        <source>Remove tag “{name}”</source>
        <translation>Schlagwort „{name}“ entfernen</translation>
    </message>
    <message>
        <source>Delete article “{title}”</source>
        <translation>Artikel „{title}“ löschen</translation>
    </message>
    <message>
        <source>Restore article “{title}”</source>
        <translation>Artikel „{title}“ wiederherstellen</translation>
    </message>
    <message>
        <source>Edit article “{title}”</source>
        <translation>Artikel „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Copy from “{title}”</source>
        <translation>Übernehmen aus „{title}“</translation>
    </message>
    <message>
        <source>Use other version of {title}</source>
        <translation>Andere Fassung von {title} verwenden</translation>
    </message>
    <message>
        <source>Claim summaries</source>
        <translation>Behauptungen in Kurzform</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>evidence_section</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Show this reference and who else cites it</source>
        <translation>Diese Quelle zeigen und wer sie sonst noch anführt</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>abgerufen am {date}</translation>
    </message>
    <message>
        <source>Evidence and references</source>
        <extracomment>Open the reference library: (reference id to show or None, pick mode).</extracomment>
        <translation>Belege und Quellen</translation>
    </message>
    <message>
        <source>No references yet.</source>
        <translation>Noch keine Quellen.</translation>
    </message>
    <message>
        <source>New reference…</source>
        <translation>Neue Quelle…</translation>
    </message>
    <message>
        <source>Link existing…</source>
        <translation>Vorhandene verknüpfen…</translation>
    </message>
    <message>
        <source>Pick a reference from the library</source>
        <translation>Eine Quelle aus der Quellenbibliothek wählen</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON (everything, for other tools)</source>
        <translation>JSON (alles, für andere Programme)</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (schema.org)</source>
        <translation>ClaimReview JSON-LD (schema.org)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (re-importable)</source>
        <translation>W3C Web Annotations (wieder importierbar)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>All articles tagged “{name}” ({count})</source>
        <translation>Alle Artikel mit dem Schlagwort „{name}“ ({count})</translation>
    </message>
    <message>
        <source>Include dismissed assertions</source>
        <translation>Verworfene Behauptungen einschließen</translation>
    </message>
    <message>
        <source>Include sourced assertions</source>
        <translation>Belegte Behauptungen einschließen</translation>
    </message>
    <message>
        <source>Leave out notes marked private</source>
        <translation>Private Notizen weglassen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Language of the report&apos;s headings, labels and dates</source>
        <translation>Sprache der Überschriften, Bezeichnungen und Daten im Bericht</translation>
    </message>
    <message>
        <source>Archival PDF/A-1b (no attached JSON)</source>
        <translation>Archiv-PDF/A-1b (ohne angehängtes JSON)</translation>
    </message>
    <message>
        <source>The address where the report will be published; each review&apos;s url points into it. Set a default in Settings.</source>
        <translation>Die Adresse, unter der der Bericht veröffentlicht wird; die URL jeder Bewertung zeigt hinein. Eine Vorgabe lässt sich in den Einstellungen setzen.</translation>
    </message>
    <message>
        <source>One file per review (its own page), into a folder</source>
        <translation>Eine Datei je Bewertung (eigene Seite), in einen Ordner</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Claim as search engines show it</source>
        <translation>Aussage, wie Suchmaschinen sie zeigen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Open the file when it is done</source>
        <translation>Die Datei danach öffnen</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Berichtssprache:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitenformat:</translation>
    </message>
    <message>
        <source>Published at:</source>
        <translation>Veröffentlicht unter:</translation>
    </message>
    <message>
        <source>Claim summaries:</source>
        <translation>Kurzfassungen:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Saved {assertions} from {articles} to {path}</source>
        <translation>{assertions} aus {articles} gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Summaries longer than {limit} characters, which search engines cut off: {n}</source>
        <translation>Kurzfassungen länger als {limit} Zeichen, die Suchmaschinen abschneiden: {n}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Wählen Sie zuerst, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>There is no article to export: select one in the library.</source>
        <translation>Es gibt keinen Artikel zu exportieren: Wählen Sie einen in der Bibliothek aus.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Export nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Detector</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>built-in rules (no model)</source>
        <translation>eingebaute Regeln (kein Modell)</translation>
    </message>
    <message>
        <source>{model} (not installed: using built-in rules)</source>
        <translation>{model} (nicht installiert: eingebaute Regeln werden verwendet)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Factcheck</source>
        <translation>&amp;Über Factcheck</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Open assertions: {category}</source>
        <extracomment>one count column per highlight category follows the article statuses ``list_summaries`` gives, in the order the filter lists them &quot;7 of 12 checked&quot; per article, counted by claim card: read on demand for the rows being painted (``progress_source`` is ``services.cards.progress_many``)</extracomment>
        <translation>Offene Behauptungen: {category}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>library_check</name>
    <message>
        <source>&amp;Check library</source>
        <translation>Bibliothek &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the whole library file for damage (takes a few seconds)</source>
        <translation>Die ganze Bibliotheksdatei auf Schäden prüfen (dauert einige Sekunden)</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Bibliothek wird geprüft</translation>
    </message>
    <message>
        <source>Check library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <source>The library file is intact.</source>
        <translation>Die Bibliotheksdatei ist unbeschädigt.</translation>
    </message>
    <message>
        <source>The library file is damaged</source>
        <translation>Die Bibliotheksdatei ist beschädigt</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be opened from Factcheck.

Refused: {address}</source>
        <translation>Aus Factcheck lassen sich nur Webadressen (http:// oder https://) öffnen.

Abgelehnt: {address}</translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation>Im Browser öffnen?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>Diese Adresse in Ihrem Webbrowser öffnen?

{address}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import &amp;Web Annotations…</source>
        <translation>&amp;Web Annotations importieren…</translation>
    </message>
    <message>
        <source>&amp;Share library…</source>
        <translation>Bibliothek &amp;teilen…</translation>
    </message>
    <message>
        <source>&amp;Merge library…</source>
        <translation>Bibliothek &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Claim &amp;queue</source>
        <translation>Behauptungs&amp;liste</translation>
    </message>
    <message>
        <source>&amp;All claims</source>
        <translation>&amp;Alle Behauptungen</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;Zu erledigen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>D&amp;ismissed</source>
        <translation>&amp;Verworfen</translation>
    </message>
    <message>
        <source>Show &amp;sourced claims</source>
        <translation>&amp;Belegte Behauptungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Show &amp;categories</source>
        <translation>&amp;Kategorien anzeigen</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>&amp;Neu analysieren</translation>
    </message>
    <message>
        <source>Analyse the selected articles again; your reviews are kept (F5)</source>
        <translation>Die ausgewählten Artikel erneut analysieren; Ihre Entscheidungen bleiben erhalten (F5)</translation>
    </message>
    <message>
        <source>&amp;Claims across the library…</source>
        <translation>&amp;Behauptungen in der Bibliothek…</translation>
    </message>
    <message>
        <source>The same claim in several articles, its verdicts, contradictions</source>
        <translation>Dieselbe Behauptung in mehreren Artikeln, ihre Bewertungen, Widersprüche</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>merge_dialog</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>nicht gelöscht</translation>
    </message>
    <message>
        <source>Merge library</source>
        <translation>Bibliothek zusammenführen</translation>
    </message>
    <message>
        <source>A share file or library from a colleague</source>
        <translation>Eine Austauschdatei oder Bibliothek von Kollegen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Merge from:</source>
        <translation>Zusammenführen aus:</translation>
    </message>
    <message>
        <source>Choose a file and press Preview: you see what would change before anything does.</source>
        <translation>Wählen Sie eine Datei und klicken Sie auf Vorschau: Sie sehen, was sich ändern würde, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>This library</source>
        <translation>Diese Bibliothek</translation>
    </message>
    <message>
        <source>Other library</source>
        <translation>Andere Bibliothek</translation>
    </message>
    <message>
        <source>Using</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Die andere Fassung verwenden</translation>
    </message>
    <message>
        <source>Rows changed on both sides. The newer change is used; the other version is kept and can be used instead.</source>
        <translation>Auf beiden Seiten geänderte Einträge. Die neuere Änderung gilt; die andere Fassung bleibt erhalten und kann stattdessen verwendet werden.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>Aus Bibliothek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Undo this merge…</source>
        <translation>Diese Zusammenführung rückgängig machen…</translation>
    </message>
    <message>
        <source>Put back every row this merge changed; rows edited since keep that work</source>
        <translation>Alle von dieser Zusammenführung geänderten Einträge zurücksetzen; seither bearbeitete Einträge behalten diese Arbeit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Also apply these deletions</source>
        <translation>Auch diese Löschungen übernehmen</translation>
    </message>
    <message>
        <source>Also apply these rewrites of your own work</source>
        <translation>Auch diese Überarbeitungen Ihrer eigenen Arbeit übernehmen</translation>
    </message>
    <message>
        <source>Also apply these article text changes (re-anchored)</source>
        <translation>Auch diese Änderungen am Artikeltext übernehmen (Markierungen werden neu verankert)</translation>
    </message>
    <message>
        <source>Changes to rows you have — not applied unless ticked (your version stays, theirs is kept as a conflict)</source>
        <translation>Änderungen an Einträgen, die Sie haben – nur übernommen, wenn angehakt (Ihre Fassung bleibt, die andere wird als Konflikt aufbewahrt)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing written yet. Press Merge to bring these changes in.</source>
        <translation>Noch nichts geschrieben. Klicken Sie auf Zusammenführen, um diese Änderungen zu übernehmen.</translation>
    </message>
    <message>
        <source>Nothing to merge: both libraries already agree.</source>
        <translation>Nichts zusammenzuführen: Beide Bibliotheken stimmen bereits überein.</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>{name} wird zusammengeführt…</translation>
    </message>
    <message>
        <source>Merged. A backup of your library was saved as {path}.</source>
        <translation>Zusammengeführt. Eine Sicherungskopie Ihrer Bibliothek wurde als {path} gespeichert.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Zusammengeführt.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>this library</source>
        <translation>diese Bibliothek</translation>
    </message>
    <message>
        <source>other library</source>
        <translation>andere Bibliothek</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Konflikte ({n})</translation>
    </message>
    <message>
        <source>Use the other library&apos;s version</source>
        <translation>Die Fassung der anderen Bibliothek verwenden</translation>
    </message>
    <message>
        <source>Use this library&apos;s version</source>
        <translation>Die Fassung dieser Bibliothek verwenden</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Undo merge?</source>
        <translation>Zusammenführung rückgängig machen?</translation>
    </message>
    <message>
        <source>Put back every row this merge changed? Rows you or others edited after the merge keep that later work.</source>
        <translation>Alle von dieser Zusammenführung geänderten Einträge zurücksetzen? Einträge, die Sie oder andere danach bearbeitet haben, behalten diese spätere Arbeit.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Details were written to the log.</source>
        <translation>Etwas ist schiefgegangen ({kind}). Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <extracomment>The freedesktop application id: the .desktop file&apos;s and the AppStream metadata&apos;s name.</extracomment>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>notes_section</name>
    <message>
        <source> (edited {time})</source>
        <extracomment>One style sheet for the whole section: a sheet per card makes every reload slow.</extracomment>
        <translation> (bearbeitet {time})</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Private notes are left out of exports</source>
        <translation>Private Notizen werden nicht exportiert</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>A card the checker should see (after a search hit); the scroll area follows it.</extracomment>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Write a note (Markdown) — Ctrl+Enter adds it</source>
        <translation>Notiz schreiben (Markdown) – Strg+Eingabe fügt sie hinzu</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <source>From {source}</source>
        <translation>Von {source}</translation>
    </message>
    <message>
        <source>(redirected from {url})</source>
        <translation>(weitergeleitet von {url})</translation>
    </message>
    <message>
        <source>From the file {name}</source>
        <translation>Aus der Datei {name}</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>fetched {time}</source>
        <translation>abgerufen {time}</translation>
    </message>
    <message>
        <source>imported {time}</source>
        <translation>importiert {time}</translation>
    </message>
    <message>
        <source>Requested: {url}</source>
        <translation>Angefordert: {url}</translation>
    </message>
    <message>
        <source>Redirected via: {url}</source>
        <translation>Weitergeleitet über: {url}</translation>
    </message>
    <message>
        <source>Final address: {url}</source>
        <translation>Endgültige Adresse: {url}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Datei: {name}</translation>
    </message>
    <message>
        <source>Canonical address: {url}</source>
        <translation>Kanonische Adresse: {url}</translation>
    </message>
    <message>
        <source>Fetched: {time}</source>
        <translation>Abgerufen: {time}</translation>
    </message>
    <message>
        <source>Server answer: HTTP {status}, {type}</source>
        <translation>Antwort des Servers: HTTP {status}, {type}</translation>
    </message>
    <message>
        <source>SHA-256 of the original: {hash}</source>
        <translation>SHA-256 des Originals: {hash}</translation>
    </message>
    <message>
        <source>Archived copy: {name} ({size} bytes)</source>
        <translation>Archivierte Kopie: {name} ({size} Bytes)</translation>
    </message>
    <message>
        <source>Open archived copy</source>
        <translation>Archivierte Kopie öffnen</translation>
    </message>
    <message>
        <source>Open what was received, as archived, in the system viewer</source>
        <translation>Das Empfangene, wie archiviert, im Systemprogramm öffnen</translation>
    </message>
    <message>
        <source>Save copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Save the archived copy (WARC, PDF or Word file)</source>
        <translation>Die archivierte Kopie speichern (WARC-, PDF- oder Word-Datei)</translation>
    </message>
    <message>
        <source>Cannot open the copy</source>
        <translation>Die Kopie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No viewer</source>
        <translation>Kein Anzeigeprogramm</translation>
    </message>
    <message>
        <source>No program is set up to open this file.
It was saved at {path}</source>
        <translation>Kein Programm ist zum Öffnen dieser Datei eingerichtet.
Sie wurde unter {path} gespeichert</translation>
    </message>
    <message>
        <source>Save the archived copy</source>
        <translation>Die archivierte Kopie speichern</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>reference_dialog</name>
    <message>
        <source>Title of the document, page or data set (required)</source>
        <translation>Titel des Dokuments, der Seite oder des Datensatzes (erforderlich)</translation>
    </message>
    <message>
        <source>Publisher or author</source>
        <translation>Herausgeber oder Autor</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher / author</source>
        <translation>Herausgeber / Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be opened later.</source>
        <translation>Nur http://- und https://-Adressen lassen sich später öffnen.</translation>
    </message>
    <message>
        <source>The passage of the source that matters</source>
        <translation>Die entscheidende Stelle der Quelle</translation>
    </message>
    <message>
        <source>page 4, paragraph 2, 12:30 …</source>
        <translation>Seite 4, Absatz 2, 12:30 …</translation>
    </message>
    <message>
        <source>Bears on the assertion</source>
        <translation>Bezug zur Behauptung</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Edit reference</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>New reference</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>No local copy chosen</source>
        <translation>Keine lokale Kopie gewählt</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Fetch from URL</source>
        <translation>Von URL abrufen</translation>
    </message>
    <message>
        <source>Fetch the address: fill in title, publisher and date, and keep the page as the local copy (WARC)</source>
        <translation>Die Adresse abrufen: Titel, Herausgeber und Datum ausfüllen und die Seite als lokale Kopie (WARC) behalten</translation>
    </message>
    <message>
        <source>Reference (shared by every assertion that cites it)</source>
        <translation>Quelle (gemeinsam für alle Behauptungen, die sie anführen)</translation>
    </message>
    <message>
        <source>Evidence for this assertion</source>
        <translation>Beleg für diese Behauptung</translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation>{url} wird abgerufen…</translation>
    </message>
    <message>
        <source>Fetched {url}</source>
        <translation>{url} abgerufen</translation>
    </message>
    <message>
        <source>(redirected from {url})</source>
        <translation>(weitergeleitet von {url})</translation>
    </message>
    <message>
        <source>Local copy of the source</source>
        <translation>Lokale Kopie der Quelle</translation>
    </message>
    <message>
        <source>Local copy: {name}</source>
        <translation>Lokale Kopie: {name}</translation>
    </message>
    <message>
        <source>A reference needs a title.</source>
        <translation>Eine Quelle braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>reference_library</name>
    <message>
        <source>Link a reference</source>
        <translation>Eine Quelle verknüpfen</translation>
    </message>
    <message>
        <source>Reference library</source>
        <translation>Quellenbibliothek</translation>
    </message>
    <message>
        <source>Search title, publisher or URL</source>
        <translation>Titel, Herausgeber oder URL suchen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Changes apply to every assertion that cites this reference</source>
        <translation>Änderungen gelten für alle Behauptungen, die diese Quelle anführen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Remove this reference from the library (undoable)</source>
        <translation>Diese Quelle aus der Bibliothek entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Local copies</source>
        <translation>Lokale Kopien</translation>
    </message>
    <message>
        <source>Double-click to go to the assertion</source>
        <translation>Doppelklick springt zur Behauptung</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Angeführt von</translation>
    </message>
    <message>
        <source>How it bears on the assertion</source>
        <translation>Bezug zur Behauptung</translation>
    </message>
    <message>
        <source>Link to assertion</source>
        <translation>Mit Behauptung verknüpfen</translation>
    </message>
    <message>
        <source>Not cited by any assertion.</source>
        <translation>Von keiner Behauptung angeführt.</translation>
    </message>
    <message>
        <source>Delete reference</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>Deleting it removes these links too. Edit &gt; Undo brings both back.</source>
        <translation>Beim Löschen werden auch diese Verknüpfungen entfernt. Bearbeiten &gt; Rückgängig holt beides zurück.</translation>
    </message>
    <message>
        <source>Delete with links</source>
        <translation>Mit Verknüpfungen löschen</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>Article</source>
        <extracomment>Results listed at a time; scrolling to the end of the list loads the next page.</extracomment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Search articles, notes, references, tags (Ctrl+F)</source>
        <extracomment>A search ran: the workbench shows the results panel.</extracomment>
        <translation>Artikel, Notizen, Quellen, Schlagwörter durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Stand</translation>
    </message>
    <message>
        <source>Only results tied to claims in this state</source>
        <translation>Nur Treffer zu Behauptungen mit diesem Stand</translation>
    </message>
    <message>
        <source>Only results tied to claims with this verdict</source>
        <translation>Nur Treffer zu Behauptungen mit dieser Bewertung</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Suchbegriff eingeben.</translation>
    </message>
    <message>
        <source>Finding snippets</source>
        <translation>Textausschnitte werden gesucht</translation>
    </message>
</context>
<context>
    <name>seen_before</name>
    <message>
        <source>Copy from “{title}”</source>
        <translation>Übernehmen aus „{title}“</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <extracomment>How long an article or card must stay shown before its &quot;seen before&quot; lookup starts.</extracomment>
        <translation>noch keine Bewertung</translation>
    </message>
    <message>
        <source>Published fact-check: {verdict}</source>
        <translation>Veröffentlichter Faktencheck: {verdict}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Bewertung: {verdict}</translation>
    </message>
    <message>
        <source> — {who}</source>
        <translation> — {who}</translation>
    </message>
    <message>
        <source>Match {score}: {reason}</source>
        <translation>Übereinstimmung {score}: {reason}</translation>
    </message>
    <message>
        <source>Copy verdict, notes and references</source>
        <translation>Bewertung, Notizen und Quellen übernehmen</translation>
    </message>
    <message>
        <source>Take over this verdict and notes, and link the same references as evidence (they are linked, not duplicated); undo takes it all back</source>
        <translation>Diese Bewertung und Notizen übernehmen und dieselben Quellen als Belege verknüpfen (verknüpft, nicht kopiert); Rückgängig nimmt alles zurück</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Seen before</source>
        <translation>Schon gesehen</translation>
    </message>
    <message>
        <source>Sourced statements are not compared.</source>
        <translation>Belegte Aussagen werden nicht verglichen.</translation>
    </message>
    <message>
        <source>Looking for the same claim…</source>
        <translation>Dieselbe Behauptung wird gesucht…</translation>
    </message>
    <message>
        <source>Looking for the same claim</source>
        <translation>Dieselbe Behauptung wird gesucht</translation>
    </message>
    <message>
        <source>Not seen before in other articles or published fact-checks.</source>
        <translation>Weder in anderen Artikeln noch in veröffentlichten Faktenchecks gesehen.</translation>
    </message>
    <message>
        <source>Matching failed: {error}</source>
        <translation>Abgleich fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Looking for claims seen before</source>
        <translation>Schon gesehene Behauptungen werden gesucht</translation>
    </message>
</context>
<context>
    <name>share_dialog</name>
    <message>
        <source>Factcheck share files (*{ext});;All files (*)</source>
        <translation>Factcheck-Austauschdateien (*{ext});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Share library</source>
        <translation>Bibliothek teilen</translation>
    </message>
    <message>
        <source>Write a share file a colleague can open in Factcheck. When they send it back, File → Merge library brings their work in without losing yours.</source>
        <translation>Schreiben Sie eine Austauschdatei, die Kollegen in Factcheck öffnen können. Wenn sie zurückkommt, übernimmt Datei → Bibliothek zusammenführen deren Arbeit, ohne Ihre zu verlieren.</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Die ganze Bibliothek</translation>
    </message>
    <message>
        <source>The selected articles ({n}) with everything attached to them</source>
        <translation>Die ausgewählten Artikel ({n}) mit allem, was daran hängt</translation>
    </message>
    <message>
        <source>Include local copies of sources</source>
        <translation>Lokale Kopien der Quellen einschließen</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Private Notizen einschließen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>Teilen:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Save share file</source>
        <translation>Austauschdatei speichern</translation>
    </message>
    <message>
        <source>Choose where to save the share file.</source>
        <translation>Wählen Sie, wo die Austauschdatei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The share file cannot replace the library itself.</source>
        <translation>Die Austauschdatei kann nicht die Bibliothek selbst ersetzen.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Saved {path}: {what}.</source>
        <translation>{path} gespeichert: {what}.</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Einträge</translation>
    </message>
</context>
<context>
    <name>snapshots</name>
    <message>
        <source>Cannot open the copy</source>
        <translation>Die Kopie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>“{name}” is not a document type Factcheck opens (PDF, image, web page or text), so it is not handed to another program.

Save it as a file instead?</source>
        <translation>„{name}“ ist kein Dokumenttyp, den Factcheck öffnet (PDF, Bild, Webseite oder Text), und wird daher keinem anderen Programm übergeben.

Stattdessen als Datei speichern?</translation>
    </message>
    <message>
        <source>Open local copy?</source>
        <translation>Lokale Kopie öffnen?</translation>
    </message>
    <message>
        <source>“{name}” is a {kind} (checked by its content).

Open it with the system viewer?</source>
        <translation>„{name}“ ist ein(e) {kind} (am Inhalt geprüft).

Mit dem Standardprogramm des Systems öffnen?</translation>
    </message>
    <message>
        <source>No viewer</source>
        <translation>Kein Anzeigeprogramm</translation>
    </message>
    <message>
        <source>No program is set up to open this file.
It was saved at {path}</source>
        <translation>Kein Programm ist zum Öffnen dieser Datei eingerichtet.
Sie wurde gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Save local copy as</source>
        <translation>Lokale Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP-Bild</translation>
    </message>
    <message>
        <source>web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>plain text file</source>
        <translation>Textdatei</translation>
    </message>
    <message>
        <source>Nothing attached</source>
        <translation>Nichts angehängt</translation>
    </message>
    <message>
        <source>Only files can be attached.</source>
        <translation>Nur Dateien können angehängt werden.</translation>
    </message>
    <message>
        <source>Attach files ({n})</source>
        <translation>Dateien anhängen ({n})</translation>
    </message>
    <message>
        <source>Attach a local copy</source>
        <translation>Eine lokale Kopie anhängen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.html *.htm *.txt *.md *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Dokumente (*.pdf *.html *.htm *.txt *.md *.png *.jpg *.jpeg *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Store a local copy (PDF, HTML, image, text), or drop a file here</source>
        <translation>Eine lokale Kopie speichern (PDF, HTML, Bild, Text) oder eine Datei hierher ziehen</translation>
    </message>
    <message>
        <source>No local copy.</source>
        <translation>Keine lokale Kopie.</translation>
    </message>
    <message>
        <source>Local copy: {name}</source>
        <translation>Lokale Kopie: {name}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>Mit dem Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>tags_section</name>
    <message>
        <source>No tags.</source>
        <translation>Keine Schlagwörter.</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Schlagwort eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove the tag “{name}”</source>
        <translation>Das Schlagwort „{name}“ entfernen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Article tags</source>
        <translation>Schlagwörter des Artikels</translation>
    </message>
    <message>
        <source>Tags of “{title}”</source>
        <translation>Schlagwörter von „{title}“</translation>
    </message>
</context>
<context>
    <name>url_dialog</name>
    <message>
        <source>Import from URL</source>
        <translation>Von URL importieren</translation>
    </message>
    <message>
        <source>The page is fetched once, its article and metadata are extracted, and what the server sent is kept as an archived copy (WARC) with the article.</source>
        <translation>Die Seite wird einmal abgerufen, Artikel und Metadaten werden extrahiert, und was der Server gesendet hat, wird als archivierte Kopie (WARC) beim Artikel aufbewahrt.</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>verdict_scheme_editor</name>
    <message>
        <source>Verdict scheme</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <source>New rating, e.g. “half true”</source>
        <translation>Neue Bewertung, z. B. „halb wahr“</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Ratings from best to worst. Double-click to rename. Verdicts already given keep their rating even if you remove it here.</source>
        <translation>Bewertungen von der besten zur schlechtesten. Doppelklick zum Umbenennen. Bereits gefällte Urteile behalten ihre Bewertung, auch wenn Sie sie hier entfernen.</translation>
    </message>
    <message>
        <source>“{rating}” is already in the scheme.</source>
        <translation>„{rating}“ ist bereits in der Skala.</translation>
    </message>
    <message>
        <source>The scheme needs at least one rating.</source>
        <translation>Die Skala braucht mindestens eine Bewertung.</translation>
    </message>
    <message>
        <source>A rating cannot be empty.</source>
        <translation>Eine Bewertung darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Each rating may appear only once.</source>
        <translation>Jede Bewertung darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>verdict_section</name>
    <message>
        <source>— no verdict —</source>
        <translation>– kein Urteil –</translation>
    </message>
    <message>
        <source>Why this rating? (what the evidence shows)</source>
        <translation>Warum diese Bewertung? (was die Belege zeigen)</translation>
    </message>
    <message>
        <source>The short claim this verdict is published under (what search engines show); empty: the quote</source>
        <translation>Die kurze Behauptung, unter der dieses Urteil veröffentlicht wird (was Suchmaschinen zeigen); leer: das Zitat</translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation>Urteil speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>The verdict; keys 1-9 choose one in this order</source>
        <translation>Die Bewertung; die Tasten 1–9 wählen sie in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Claim summary</source>
        <translation>Behauptung kurz</translation>
    </message>
    <message>
        <source>{rating} (not in scheme)</source>
        <translation>{rating} (nicht in der Skala)</translation>
    </message>
    <message>
        <source>by {author}, {time}</source>
        <translation>von {author}, {time}</translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation> – ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>{n} characters: search engines show at most {limit}; write a shorter summary</source>
        <translation>{n} Zeichen: Suchmaschinen zeigen höchstens {limit}; bitte kürzer fassen</translation>
    </message>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} von {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>workbench</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>&amp;Mark selection as assertion…</source>
        <translation>Auswahl als Behauptung &amp;markieren…</translation>
    </message>
    <message>
        <source>Mark the selected article text as an assertion of a category you choose (Ctrl+M)</source>
        <translation>Den ausgewählten Artikeltext als Behauptung einer gewählten Kategorie markieren (Strg+M)</translation>
    </message>
    <message>
        <source>Set &amp;span to selection</source>
        <translation>&amp;Bereich auf Auswahl setzen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Reference library…</source>
        <translation>&amp;Quellenbibliothek…</translation>
    </message>
    <message>
        <source>&amp;Tag article…</source>
        <translation>Artikel verschlag&amp;worten…</translation>
    </message>
    <message>
        <source>Edit &amp;verdict scheme…</source>
        <translation>Bewertungsska&amp;la bearbeiten…</translation>
    </message>
    <message>
        <source>Mark as assertion</source>
        <translation>Als Behauptung markieren</translation>
    </message>
    <message>
        <source>Set span of the selected assertion to this text</source>
        <translation>Bereich der ausgewählten Behauptung auf diesen Text setzen</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select some article text to mark first.</source>
        <translation>Wählen Sie zuerst den Artikeltext aus, den Sie markieren möchten.</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <source>Open an article to tag it.</source>
        <translation>Öffnen Sie einen Artikel, um ihn zu verschlagworten.</translation>
    </message>
</context>
</TS>
