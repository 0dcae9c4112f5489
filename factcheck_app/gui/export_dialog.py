"""File -> Export: choose a format, the options and a file; the export runs as a job.

``open_export_dialog`` shows it modally; tests build ``ExportDialog`` directly and click.
The job never touches widgets: it gets the service call with progress and cancel, and
the dialog reacts to the job's signals on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.categories import ERROR_COLOUR
from factcheck_app.errors import FactcheckError
from factcheck_app.export.claimreview import SUMMARY_LIMIT
from factcheck_app.export.model import EXTENSIONS, ExportFormat, PageSize, ReportOptions
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edits import run as run_edit
from factcheck_app.gui.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    current_language,
    format_number,
    translate,
)
from factcheck_app.gui.messages import show_error
from factcheck_app.gui.tasks import Job
from factcheck_app.i18n import translator as core_translator
from factcheck_app.services import annotations as edit_api
from factcheck_app.services import exports
from factcheck_app.services.articles import get_article

FORMAT_LABELS: dict[ExportFormat, str] = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP("export_dialog", "PDF report"),
    ExportFormat.HTML: QT_TRANSLATE_NOOP("export_dialog", "HTML page"),
    ExportFormat.MD: QT_TRANSLATE_NOOP("export_dialog", "Markdown"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP("export_dialog", "JSON (everything, for other tools)"),
    ExportFormat.CLAIMREVIEW: QT_TRANSLATE_NOOP(
        "export_dialog", "ClaimReview JSON-LD (schema.org)"
    ),
    ExportFormat.W3C: QT_TRANSLATE_NOOP("export_dialog", "W3C Web Annotations (re-importable)"),
}


class ExportDialog(QDialog):
    def __init__(
        self, ctx: GuiContext, article_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article_ids = list(article_ids)
        self.job: Job | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(translate("export_dialog", "Export"))
        self.setMinimumWidth(520)

        self.scope = QComboBox()
        if self.article_ids:
            self.scope.addItem(self._selection_label(), None)
        for name, count in exports.article_tags(ctx.library):
            self.scope.addItem(
                translate("export_dialog", "All articles tagged “{name}” ({count})").format(
                    name=name, count=format_number(count)
                ),
                name,
            )
        self.format = QComboBox()
        for fmt, label in FORMAT_LABELS.items():
            self.format.addItem(translate("export_dialog", label), fmt)
        self.include_dismissed = QCheckBox(
            translate("export_dialog", "Include dismissed assertions")
        )
        self.include_sourced = QCheckBox(translate("export_dialog", "Include sourced assertions"))
        self.no_private = QCheckBox(translate("export_dialog", "Leave out notes marked private"))
        self.no_private.setChecked(True)
        self.page_size = QComboBox()
        self.page_size.addItem(translate("export_dialog", "A4"), PageSize.A4)
        self.page_size.addItem(translate("export_dialog", "Letter"), PageSize.LETTER)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setToolTip(
            translate("export_dialog", "Language of the report's headings, labels and dates")
        )
        self.pdf_a = QCheckBox(translate("export_dialog", "Archival PDF/A-1b (no attached JSON)"))
        self.base_url = QLineEdit(ctx.settings.publish_base_url)
        self.base_url.setPlaceholderText("https://…")
        self.base_url.setToolTip(
            translate(
                "export_dialog",
                "The address where the report will be published; each review's url points "
                "into it. Set a default in Settings.",
            )
        )
        self.split = QCheckBox(
            translate("export_dialog", "One file per review (its own page), into a folder")
        )
        self.summaries = QTableWidget(0, 3)
        self.summaries.setHorizontalHeaderLabels(
            [
                translate("export_dialog", "Verdict"),
                translate("export_dialog", "Claim as search engines show it"),
                translate("export_dialog", "Length"),
            ]
        )
        self.summaries.horizontalHeader().setStretchLastSection(False)
        self.summaries.horizontalHeader().setSectionResizeMode(
            1, self.summaries.horizontalHeader().ResizeMode.Stretch
        )
        self.summaries.verticalHeader().setVisible(False)
        self.summaries.setMinimumHeight(110)
        self.summary_hint = QLabel()
        self.summary_hint.setWordWrap(True)
        self._defaults: dict[str, str] = {}
        self._fill_summaries()
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("export_dialog", "Where to save the file"))
        self.browse = QPushButton(translate("export_dialog", "Choose…"))
        self.open_after = QCheckBox(translate("export_dialog", "Open the file when it is done"))
        self.open_after.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        form = self.form = QFormLayout()
        form.addRow(translate("export_dialog", "Articles:"), self.scope)
        form.addRow(translate("export_dialog", "Format:"), self.format)
        form.addRow(translate("export_dialog", "Report language:"), self.language)
        form.addRow(translate("export_dialog", "Page size:"), self.page_size)
        form.addRow("", self.pdf_a)
        form.addRow(translate("export_dialog", "Published at:"), self.base_url)
        form.addRow("", self.split)
        form.addRow(translate("export_dialog", "Claim summaries:"), self.summaries)
        form.addRow("", self.summary_hint)
        form.addRow("", self.include_dismissed)
        form.addRow("", self.include_sourced)
        form.addRow("", self.no_private)
        form.addRow(translate("export_dialog", "Save as:"), path_row)
        form.addRow("", self.open_after)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            translate("export_dialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.cancel_button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.summaries.itemChanged.connect(self._summary_edited)
        self.browse.clicked.connect(self._choose_path)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.reject)
        self.path.setText(str(self._default_path()))
        self._format_changed()

    # --- choices -------------------------------------------------------------------

    def _selection_label(self) -> str:
        if len(self.article_ids) == 1:
            return f"“{get_article(self.ctx.library, self.article_ids[0]).title}”"
        return self.tr("The %Ln selected article(s)", "", len(self.article_ids))

    def chosen_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def options(self) -> ReportOptions:
        return ReportOptions(
            include_dismissed=self.include_dismissed.isChecked(),
            include_sourced=self.include_sourced.isChecked(),
            include_private=not self.no_private.isChecked(),
            page_size=PageSize(self.page_size.currentData()),
            lang=self.language.currentData() or "en",
            pdf_a=self.pdf_a.isChecked() and self.chosen_format() is ExportFormat.PDF,
            base_url=self.base_url.text().strip(),
            split=self.split.isChecked() and self.chosen_format() is ExportFormat.CLAIMREVIEW,
        )

    # --- ClaimReview summaries -------------------------------------------------------

    def _fill_summaries(self) -> None:
        """One row per verdict: the short claim, the quote until the checker edits it."""
        ids = [i for i in self.article_ids]
        rows = exports.claim_summary_defaults(self.ctx.library, ids) if ids else []
        self.summaries.blockSignals(True)
        self.summaries.setRowCount(len(rows))
        for row, (assertion_id, rating, text) in enumerate(rows):
            verdict = QTableWidgetItem(
                core_translator(current_language()).pgettext("verdict", rating)
            )
            verdict.setFlags(verdict.flags() & ~Qt.ItemFlag.ItemIsEditable)
            verdict.setData(Qt.ItemDataRole.UserRole, assertion_id)
            summary = QTableWidgetItem(text)
            summary.setToolTip(text)
            length = QTableWidgetItem()
            length.setFlags(length.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.summaries.setItem(row, 0, verdict)
            self.summaries.setItem(row, 1, summary)
            self.summaries.setItem(row, 2, length)
            self._defaults[assertion_id] = text
        self.summaries.blockSignals(False)
        self.summaries.resizeColumnToContents(0)
        self._summary_edited()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.summaries.item(row, column)
        assert item is not None  # every cell is filled in _fill_summaries
        return item

    def _summary_edited(self, *_args: object) -> None:
        too_long = 0
        self.summaries.blockSignals(True)
        for row in range(self.summaries.rowCount()):
            text = self._cell(row, 1).text().strip()
            length = self._cell(row, 2)
            length.setText(format_number(len(text)))
            long = len(text) > SUMMARY_LIMIT
            too_long += long
            length.setForeground(QColor(ERROR_COLOUR) if long else self.palette().text().color())
        self.summaries.blockSignals(False)
        if too_long:
            self.summary_hint.setText(
                translate(
                    "export_dialog",
                    "Summaries longer than {limit} characters, which search engines cut off: {n}",
                ).format(limit=SUMMARY_LIMIT, n=format_number(too_long))
            )
        else:
            self.summary_hint.setText("")

    def claim_summaries(self) -> dict[str, str]:
        """The summaries the checker changed in the table (stored before exporting)."""
        found: dict[str, str] = {}
        for row in range(self.summaries.rowCount()):
            assertion_id = self._cell(row, 0).data(Qt.ItemDataRole.UserRole)
            text = self._cell(row, 1).text().strip()
            if text != self._defaults.get(assertion_id):
                found[assertion_id] = text
        return found

    def _store_summaries(self) -> bool:
        """Edited summaries belong to the verdicts, not to this one export: store them as
        one undo step, so the verdict editor, shares and the next export see them too."""
        edited = self.claim_summaries()
        if not edited:
            return True
        lib = self.ctx.library
        if not run_edit(self, self.ctx, lambda: edit_api.set_claim_summaries(lib, edited)):
            return False
        for assertion_id, text in edited.items():
            self._defaults[assertion_id] = text
        return True

    def chosen_articles(self) -> list[str]:
        tag = self.scope.currentData()
        if tag:
            return exports.select_articles(self.ctx.library, (), tag)
        return self.article_ids

    def _default_path(self) -> Path:
        stem = "factcheck-report"
        if len(self.article_ids) == 1:
            title = get_article(self.ctx.library, self.article_ids[0]).title
            safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
            stem = "-".join(safe.split())[:60] or stem
        return Path.home() / (stem + EXTENSIONS[ExportFormat.PDF])

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        self.page_size.setEnabled(fmt is ExportFormat.PDF)
        self.pdf_a.setEnabled(fmt is ExportFormat.PDF)
        publishes = fmt in (ExportFormat.CLAIMREVIEW, ExportFormat.HTML)
        self.base_url.setEnabled(publishes)
        self.summaries.setEnabled(publishes)
        self.split.setEnabled(fmt is ExportFormat.CLAIMREVIEW)
        self.language.setEnabled(fmt in (ExportFormat.PDF, ExportFormat.HTML, ExportFormat.MD))
        # the publishing rows only where they apply, so the dialog stays short
        for widget in (self.pdf_a,):
            self.form.setRowVisible(widget, fmt is ExportFormat.PDF)
        self.form.setRowVisible(self.base_url, publishes)
        for row in (self.summaries, self.summary_hint):
            self.form.setRowVisible(row, publishes and self.summaries.rowCount() > 0)
        self.form.setRowVisible(self.split, fmt is ExportFormat.CLAIMREVIEW)
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(EXTENSIONS[fmt])))

    def _choose_path(self) -> None:
        fmt = self.chosen_format()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("export_dialog", "Export to"),
            self.path.text(),
            translate("export_dialog", FORMAT_LABELS[fmt])
            + f" (*{EXTENSIONS[fmt]});;"
            + translate("export_dialog", "All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)

    # --- running -------------------------------------------------------------------

    def start_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(translate("export_dialog", "Choose where to save the file first."))
            return
        try:
            ids = self.chosen_articles()
        except FactcheckError as exc:
            show_error(self, translate("export_dialog", "Export"), exc)
            return
        if not ids:
            self.status.setText(
                translate(
                    "export_dialog", "There is no article to export: select one in the library."
                )
            )
            return
        fmt, options, out = self.chosen_format(), self.options(), Path(text).expanduser()
        if self.summaries.isEnabled() and not self._store_summaries():
            return
        if fmt is ExportFormat.PDF:
            from factcheck_app.export.pdf_render import report_families

            report_families()  # register the report fonts on the GUI thread, once
        lib = self.ctx.library

        def run(progress, cancelled):
            return exports.export_articles(lib, ids, fmt, out, options, progress, cancelled)

        self._set_running(True)
        self.status.setText(self.tr("Exporting %Ln article(s)…", "", len(ids)))
        self.job = self.ctx.tasks.start(translate("export_dialog", "Export"), run)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(running)
        for widget in (self.export_button, self.close_button, self.format, self.path, self.browse):
            widget.setEnabled(not running)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, result: exports.ExportResult) -> None:
        self._set_running(False)
        self.result_path = result.path
        self.status.setText(
            translate("export_dialog", "Saved {assertions} from {articles} to {path}").format(
                assertions=self.tr("%Ln assertion(s)", "", result.assertions),
                articles=self.tr("%Ln article(s)", "", result.articles),
                path=result.path,
            )
            + "".join("\n" + w for w in result.warnings)
        )
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.status.setText(translate("export_dialog", "The export failed."))
        QMessageBox.warning(
            self,
            translate("export_dialog", "Export failed"),
            translate("export_dialog", "Could not export: {error}").format(error=exc),
        )

    def _cancelled(self) -> None:
        self._set_running(False)
        self.status.setText(translate("export_dialog", "Export cancelled; nothing was written."))

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()


def open_export_dialog(parent: QWidget | None, ctx: GuiContext, article_ids: list[str]) -> None:
    dialog = ExportDialog(ctx, article_ids, parent)
    dialog.exec()
