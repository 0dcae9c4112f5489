"""File -> Import Web Annotations: bring in a colleague's or another tool's annotations.

The same service as ``factcheck import-annotations``: a file of ours recreates its
articles (or finds them), a file from Hypothesis, Recogito and the like is placed in the
selected article. The import runs as a job; the dialog lists what happened, including
quotes placed by similarity (with their confidence) and quotes that could not be placed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.i18n import format_number, translate
from factcheck_app.gui.messages import describe
from factcheck_app.gui.tasks import Job
from factcheck_app.services import annotation_import
from factcheck_app.services.articles import get_article


class AnnotationImportDialog(QDialog):
    def __init__(
        self, ctx: GuiContext, article_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.outcome: annotation_import.AnnotationImport | None = None
        self.setWindowTitle(translate("annotation_import", "Import Web Annotations"))
        self.setMinimumWidth(560)

        intro = QLabel(
            translate(
                "annotation_import",
                "Web Annotation files (W3C JSON-LD) come from Factcheck, Hypothesis, "
                "Recogito and other annotation tools. A Factcheck file brings its articles "
                "along; another tool's annotations are placed in the article you choose.",
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("annotation_import", "The file to import"))
        self.browse = QPushButton(translate("annotation_import", "Choose…"))
        self.target = QComboBox()
        # a long article title must not squeeze the labels out of the form
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.setMinimumContentsLength(30)
        self.target.addItem(translate("annotation_import", "The articles in the file"), None)
        for article_id in article_ids[:1]:
            title = get_article(ctx.library, article_id).title
            self.target.addItem(
                translate("annotation_import", "The selected article “{title}”").format(
                    title=title
                ),
                article_id,
            )
        self.status = QLabel()
        self.status.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(translate("annotation_import", "File:"), row)
        form.addRow(translate("annotation_import", "Place them in:"), self.target)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            translate("annotation_import", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._choose)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("annotation_import", "Import Web Annotations"),
            self.path.text(),
            translate("annotation_import", "Web Annotations (*.jsonld *.json);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)

    def start_import(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(translate("annotation_import", "Choose a file first."))
            return
        path, article_id, lib = Path(text).expanduser(), self.target.currentData(), self.ctx.library

        def run(progress, cancelled):
            return annotation_import.import_annotations(lib, path, article_id)

        self.import_button.setEnabled(False)
        self.status.setText(translate("annotation_import", "Importing…"))
        self.job = self.ctx.tasks.start(translate("annotation_import", "Import annotations"), run)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)

    def _finished(self, result: annotation_import.AnnotationImport) -> None:
        self.outcome = result
        self.import_button.setEnabled(True)
        self.ctx.bus.publish(result.changes)
        lines = [
            translate("annotation_import", "Imported: {n}").format(n=format_number(result.imported))
        ]
        if result.created_articles:
            lines.append(
                translate("annotation_import", "New articles: {n}").format(
                    n=format_number(len(result.created_articles))
                )
            )
        if result.already_present:
            lines.append(
                translate("annotation_import", "Already in the library: {n}").format(
                    n=format_number(result.already_present)
                )
            )
        if result.moved:
            lines.append(
                translate("annotation_import", "Found at a new place in the text: {n}").format(
                    n=format_number(result.moved)
                )
            )
        for placed in result.fuzzy:
            lines.append(
                translate(
                    "annotation_import", "Edited quote placed ({percent} % alike): “{quote}”"
                ).format(percent=round(placed.confidence * 100), quote=placed.placed[:60])
            )
        for orphan in result.orphans:
            lines.append(
                translate("annotation_import", "Not placed: “{quote}”").format(
                    quote=orphan.quote[:60]
                )
            )
        lines.extend(result.warnings)
        self.status.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(
            translate("annotation_import", "Nothing was imported: {error}").format(
                error=describe(exc)
            )
        )


def open_annotation_import(parent: QWidget | None, ctx: GuiContext, article_ids: list[str]) -> None:
    dialog = AnnotationImportDialog(ctx, article_ids, parent)
    dialog.exec()
