"""Getting articles in: File > Open, File > Import from URL, drag and drop (files and
links from a browser), and paste as a new article.

Parsing and storing run as background jobs; new articles are then analysed in the
background too. Files that cannot be read are listed in one message box and nothing is
stored for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from factcheck_app.gui.analysis_runner import AnalysisRunner
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.messages import show_error
from factcheck_app.gui.tasks import Job
from factcheck_app.models import Cancel, Changes, ImportResult, Progress

FILE_FILTER = "*.txt *.md *.markdown *.html *.htm *.docx *.pdf"


def _web_urls(mime: QMimeData) -> list[str]:
    """http(s) links in a drop or paste (a link dragged from a browser)."""
    return [u.toString() for u in mime.urls() if u.scheme().lower() in ("http", "https")]


class ImportActions(QObject):
    #: an article to show after an import (the first new one, or the duplicate found)
    imported = Signal(str)
    #: a one-line summary for the status bar
    message = Signal(str)

    def __init__(self, ctx: GuiContext, window: QMainWindow, analysis: AnalysisRunner) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.analysis = analysis
        import qtawesome as qta

        self.open_action = QAction(qta.icon("fa5s.folder-open"), self.tr("&Open / import…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setToolTip(self.tr("Import articles from files (Ctrl+O)"))
        self.open_action.triggered.connect(self.choose_files)
        self.paste_action = QAction(
            qta.icon("fa5s.paste"), self.tr("&Paste as new article"), window
        )
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.setToolTip(
            self.tr("Import the text or web page on the clipboard (Ctrl+Shift+V)")
        )
        self.paste_action.triggered.connect(self.paste)
        self.url_action = QAction(qta.icon("fa5s.globe"), self.tr("Import from &URL…"), window)
        self.url_action.setShortcut(QKeySequence("Ctrl+L"))
        self.url_action.setToolTip(
            self.tr("Fetch a web page or document and keep an archived copy (Ctrl+L)")
        )
        self.url_action.triggered.connect(self.ask_url)
        window.setAcceptDrops(True)  # the window forwards drag events to ``drop``

    # --- entry points -----------------------------------------------------------------

    def choose_files(self) -> Job | None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import articles"),
            "",
            self.tr("Articles ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        return self.import_paths(paths) if paths else None

    def ask_url(self) -> Job | None:
        from factcheck_app.gui.url_dialog import UrlDialog

        dialog = UrlDialog(self.window)
        if dialog.exec() != UrlDialog.DialogCode.Accepted:
            return None
        url = dialog.value()
        if not self.fetch_again(url):
            return None
        return self.import_sources([url])

    def fetch_again(self, url: str) -> bool:
        """Before fetching an address the library already has: open that article, or
        fetch the page again (it may have changed). True to fetch."""
        from factcheck_app.services.articles import find_by_url

        known = find_by_url(self.ctx.library, url)
        if known is None:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Already in the library"),
            self.tr("“{title}” was imported from this address before.").format(title=known.title),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setInformativeText(
            self.tr("Open it, or fetch the page again to see whether it has changed?")
        )
        open_button = box.addButton(self.tr("Open it"), QMessageBox.ButtonRole.AcceptRole)
        fetch_button = box.addButton(self.tr("Fetch again"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.imported.emit(known.id)
        return box.clickedButton() is fetch_button

    def paste(self) -> Job | None:
        return self.import_mime(QGuiApplication.clipboard().mimeData())

    def import_mime(self, mime: QMimeData | None) -> Job | None:
        """HTML is preferred when present: it keeps headings, quotes and the title."""
        from factcheck_app.services.articles import is_url

        if mime is not None and mime.hasUrls():
            files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            links = _web_urls(mime)
            if files or links:
                return self.import_sources([*files, *links])
        if (
            mime is not None
            and mime.hasText()
            and is_url(mime.text())
            and "\n" not in (mime.text().strip())
        ):
            return self.import_sources([mime.text().strip()])
        if mime is not None and mime.hasHtml() and mime.html().strip():
            data, fmt = mime.html(), "html"
        elif mime is not None and mime.hasText() and mime.text().strip():
            data, fmt = mime.text(), None
        else:
            show_error(
                self.window,
                self.tr("Nothing to paste"),
                self.tr("The clipboard holds no text. Copy an article first."),
            )
            return None
        lib = self.ctx.library

        def run(progress: Progress, cancelled: Cancel):
            from factcheck_app.services.articles import import_text

            return [import_text(lib, data, fmt=fmt, source_name=None)], []

        return self._start(self.tr("Importing the pasted text"), run)

    def import_paths(self, paths: Sequence[str | Path]) -> Job:
        return self.import_sources([str(p) for p in paths])

    def import_sources(self, sources: Sequence[str]) -> Job:
        """Files and web addresses, through the same service path as the CLI."""
        lib = self.ctx.library
        sources = [str(s) for s in sources]

        def run(progress: Progress, cancelled: Cancel):
            from factcheck_app.services.articles import import_sources

            return import_sources(lib, sources, progress=progress, cancel=cancelled)

        first = sources[0]
        label = first if "://" in first else Path(first).name
        name = (
            self.tr("Importing {name}").format(name=label)
            if len(sources) == 1
            else self.tr("Importing %Ln file(s)", "", len(sources))
        )
        return self._start(name, run)

    # --- results --------------------------------------------------------------------

    def _start(self, name: str, run) -> Job:
        job = self.ctx.tasks.start(name, run)
        job.finished.connect(self._imported)
        job.failed.connect(lambda exc: show_error(self.window, self.tr("Import failed"), exc))
        return job

    def _imported(self, outcome: tuple[list[ImportResult], list[tuple[str, str]]]) -> None:
        results, errors = outcome
        changes = Changes()
        for result in results:
            changes = changes | result.changes
        self.ctx.bus.publish(changes)
        new = [r.article.id for r in results if not r.duplicate]
        duplicates = len(results) - len(new)
        if new:
            self.analysis.analyze(new)
            self.imported.emit(new[0])
        known = next((r for r in results if r.duplicate), None) or next(
            (r for r in results if r.same_url), None
        )
        if known is not None:
            self.offer_existing(known)
        parts = []
        if new:
            parts.append(self.tr("Imported %Ln article(s).", "", len(new)))
        if duplicates:
            parts.append(self.tr("%Ln already in the library.", "", duplicates))
        redirected = [r.article.provenance for r in results if r.article.provenance.redirects]
        if redirected:
            parts.append(self.tr("Redirected to {url}.").format(url=redirected[0].final_url or ""))
        warnings = [w for r in results for w in r.warnings]
        if warnings:
            parts.append(warnings[0])
        if parts:
            self.message.emit(" ".join(parts))
        if errors:
            lines = "\n".join(
                f"• {name if '://' in name else Path(name).name}: {text}" for name, text in errors
            )
            show_error(
                self.window,
                self.tr("Some files could not be imported"),
                self.tr("Nothing was stored for these files:\n{lines}").format(lines=lines),
            )

    def offer_existing(self, result: ImportResult) -> QMessageBox:
        """Say the article was already there (same text, or same address) and offer to
        open it, or to restore it from the trash; non-blocking, the import is done."""
        lib = self.ctx.library
        if result.in_trash:
            target = result.article
            text = self.tr("“{title}” is in the Trash.").format(title=target.title)
            detail = self.tr("It was deleted with its notes and verdicts. Nothing new was stored.")
            label = self.tr("Restore and open")
        elif result.duplicate:
            target = result.article
            text = self.tr("“{title}” is already in your library.").format(title=target.title)
            detail = self.tr("The same text was imported before. Nothing new was stored.")
            label = self.tr("Open it")
        else:
            from factcheck_app.services.articles import get_article

            target = get_article(lib, result.same_url or "")
            text = self.tr("Your library already has an article from this address:")
            detail = self.tr(
                "“{title}”. The text differs, so the new version was imported as well."
            ).format(title=target.title)
            label = self.tr("Open the earlier one")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Already in the library"), text)
        box.setInformativeText(detail)
        action = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(action)
        target_id, in_trash = target.id, result.in_trash

        def chosen(button) -> None:
            if button is not action:
                return
            if in_trash:
                from factcheck_app.gui.edits import run
                from factcheck_app.services.trash import restore_article

                if not run(self.window, self.ctx, lambda: restore_article(lib, target_id)):
                    return
            self.imported.emit(target_id)

        box.buttonClicked.connect(chosen)
        box.setParent(self.window, box.windowFlags())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.duplicate_box = box
        box.show()
        return box

    # --- drag and drop ------------------------------------------------------------------

    @staticmethod
    def can_drop(mime: QMimeData | None) -> bool:
        return mime is not None and (mime.hasUrls() or mime.hasHtml() or mime.hasText())

    def drop(self, mime: QMimeData | None) -> Job | None:
        """Files and links dropped on the window are imported; dropped text is pasted."""
        return self.import_mime(mime)
