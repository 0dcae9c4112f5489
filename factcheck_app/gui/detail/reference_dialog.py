"""Entering a reference and how it bears on an assertion.

``ReferenceForm`` (the shared record: URL, title, publisher, dates, kind) and
``EvidenceFields`` (this assertion's link: relation, quote, locator) are reused by the
reference library. ``ReferenceDialog`` combines them for "New reference…" and "Edit…";
tests build it directly, fill the fields and call ``accept()``.
"""

from __future__ import annotations

import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.categories import ERROR_COLOUR
from factcheck_app.gui.detail.common import KIND_LABELS, RELATION_LABELS
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.links import is_openable
from factcheck_app.models import Evidence, ParsedArticle, Reference, ReferenceKind, Relation
from factcheck_app.services.annotations import ReferenceFields

_FETCH_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reference-fetch")


class ReferenceForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            translate("reference_dialog", "Title of the document, page or data set (required)")
        )
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.publisher = QLineEdit()
        self.publisher.setPlaceholderText(translate("reference_dialog", "Publisher or author"))
        self.published = QLineEdit()
        self.published.setPlaceholderText(translate("reference_dialog", "YYYY-MM-DD"))
        self.accessed = QLineEdit()
        self.accessed.setPlaceholderText(translate("reference_dialog", "YYYY-MM-DD"))
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind)
        self.url_hint = QLabel()
        self.url_hint.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.url_hint.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("reference_dialog", "Title"), self.title)
        form.addRow("URL", self.url)
        form.addRow("", self.url_hint)
        form.addRow(translate("reference_dialog", "Publisher / author"), self.publisher)
        form.addRow(translate("reference_dialog", "Published"), self.published)
        form.addRow(translate("reference_dialog", "Accessed"), self.accessed)
        form.addRow(translate("reference_dialog", "Kind"), self.kind)
        self.url.textChanged.connect(self._check_url)

    def _check_url(self, text: str) -> None:
        bad = bool(text.strip()) and not is_openable(text)
        self.url_hint.setText(
            translate(
                "reference_dialog", "Only http:// and https:// addresses can be opened later."
            )
        )
        self.url_hint.setVisible(bad)

    def load(self, ref: Reference | None) -> None:
        self.title.setText(ref.title if ref else "")
        self.url.setText((ref.url or "") if ref else "")
        self.publisher.setText((ref.publisher or "") if ref else "")
        self.published.setText((ref.published or "") if ref else "")
        self.accessed.setText((ref.accessed or "") if ref else date.today().isoformat())
        kind = ref.kind if ref else ReferenceKind.OTHER
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def values(self) -> ReferenceFields:
        """What the form says, as the reference operations take it."""

        def opt(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return ReferenceFields(
            title=self.title.text().strip(),
            url=opt(self.url),
            publisher=opt(self.publisher),
            published=opt(self.published),
            accessed=opt(self.accessed),
            kind=ReferenceKind(self.kind.currentData()),
        )


class EvidenceFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relation = QComboBox()
        for relation, label in RELATION_LABELS.items():
            self.relation.addItem(label, relation)
        self.quote = QPlainTextEdit()
        self.quote.setPlaceholderText(
            translate("reference_dialog", "The passage of the source that matters")
        )
        self.quote.setMaximumHeight(70)
        self.locator = QLineEdit()
        self.locator.setPlaceholderText(
            translate("reference_dialog", "page 4, paragraph 2, 12:30 …")
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("reference_dialog", "Bears on the assertion"), self.relation)
        form.addRow(translate("reference_dialog", "Quote"), self.quote)
        form.addRow(translate("reference_dialog", "Locator"), self.locator)

    def load(self, evidence: Evidence | None) -> None:
        relation = evidence.relation if evidence else Relation.SUPPORTS
        self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
        self.quote.setPlainText(evidence.quote if evidence else "")
        self.locator.setText(evidence.locator if evidence else "")

    def values(self) -> tuple[Relation, str, str]:
        return (
            Relation(self.relation.currentData()),
            self.quote.toPlainText().strip(),
            self.locator.text().strip(),
        )


class ReferenceDialog(QDialog):
    """New reference (with an optional local file to attach) or edit of a linked one."""

    def __init__(
        self,
        parent: QWidget | None = None,
        reference: Reference | None = None,
        evidence: Evidence | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference, self.evidence = reference, evidence
        self.setWindowTitle(
            translate("reference_dialog", "Edit reference")
            if reference
            else translate("reference_dialog", "New reference")
        )
        self.form = ReferenceForm()
        self.form.load(reference)
        self.link = EvidenceFields()
        self.link.load(evidence)
        self.attach_path: Path | None = None
        self.attach_label = QLabel(translate("reference_dialog", "No local copy chosen"))
        self.attach_button = QPushButton(translate("reference_dialog", "Choose file…"))
        self.fetch_button = QPushButton(translate("reference_dialog", "Fetch from URL"))
        self.fetch_button.setToolTip(
            translate(
                "reference_dialog",
                "Fetch the address: fill in title, publisher and date, and keep the page "
                "as the local copy (WARC)",
            )
        )
        self.fetch_status = QLabel()
        self.fetch_status.setWordWrap(True)
        self._fetching: Future[ParsedArticle] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._fetch_done)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")

        ref_box = QGroupBox(
            translate("reference_dialog", "Reference (shared by every assertion that cites it)")
        )
        QVBoxLayout(ref_box).addWidget(self.form)
        link_box = QGroupBox(translate("reference_dialog", "Evidence for this assertion"))
        QVBoxLayout(link_box).addWidget(self.link)
        layout = QVBoxLayout(self)
        layout.addWidget(ref_box)
        if reference is None:
            fetch_row = QHBoxLayout()
            fetch_row.addWidget(self.fetch_status, 1)
            fetch_row.addWidget(self.fetch_button)
            layout.addLayout(fetch_row)
            row = QHBoxLayout()
            row.addWidget(self.attach_label, 1)
            row.addWidget(self.attach_button)
            layout.addLayout(row)
        layout.addWidget(link_box)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.attach_button.clicked.connect(self._choose_file)
        self.fetch_button.clicked.connect(self.fetch)
        self.resize(520, 600)

    # --- fetch from URL (the same path as File > Import from URL) ---------------------

    def fetch(self) -> None:
        from factcheck_app.services.articles import fetch_source, url_problem

        url = self.form.url.text().strip()
        problem = url_problem(url)
        if problem:
            self.fetch_status.setText(problem)
            self.fetch_status.setStyleSheet(f"color: {ERROR_COLOUR};")
            return
        self.fetch_button.setEnabled(False)
        self.fetch_status.setStyleSheet("")
        self.fetch_status.setText(translate("reference_dialog", "Fetching {url}…").format(url=url))
        self._fetching = _FETCH_POOL.submit(fetch_source, url)
        self._poll.start()

    def _fetch_done(self) -> None:
        future = self._fetching
        if future is None or not future.done():
            return
        self._poll.stop()
        self._fetching = None
        self.fetch_button.setEnabled(True)
        try:
            source = future.result()
        except Exception as exc:  # IngestError says what went wrong; others are summarised
            from factcheck_app.gui.messages import describe

            self.fetch_status.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.fetch_status.setText(describe(exc))
            return
        self.fill_from(source)

    def fill_from(self, source: ParsedArticle) -> None:
        """Fill the empty fields from the fetched source and keep its archive as the copy."""
        form = self.form
        for edit, value in (
            (form.title, source.title),
            (form.publisher, source.outlet or source.byline),
            (form.published, source.published),
        ):
            if value and not edit.text().strip():
                edit.setText(value)
        origin = source.provenance
        form.accessed.setText((origin.fetched_at or date.today().isoformat())[:10])
        if form.kind.currentData() == ReferenceKind.OTHER:
            kind = (
                ReferenceKind.PRIMARY_DOCUMENT
                if source.source_format in ("pdf", "docx")
                else ReferenceKind.NEWS_REPORT
            )
            form.kind.setCurrentIndex(max(0, form.kind.findData(kind)))
        if source.original is not None:
            folder = Path(tempfile.mkdtemp(prefix="factcheck-fetch-"))
            path = folder / source.original.filename
            path.write_bytes(source.original.data)
            self.set_attachment(path)
        message = translate("reference_dialog", "Fetched {url}").format(
            url=origin.final_url or form.url.text()
        )
        if origin.redirects:
            message += " " + translate("reference_dialog", "(redirected from {url})").format(
                url=origin.requested_url
            )
        self.fetch_status.setText(message)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("reference_dialog", "Local copy of the source")
        )
        if name:
            self.set_attachment(Path(name))

    def set_attachment(self, path: Path | None) -> None:
        self.attach_path = path
        self.attach_label.setText(
            translate("reference_dialog", "Local copy: {name}").format(name=path.name)
            if path
            else translate("reference_dialog", "No local copy chosen")
        )

    def accept(self) -> None:
        if not self.form.values().title:
            self.error.setText(translate("reference_dialog", "A reference needs a title."))
            self.form.title.setFocus()
            return
        super().accept()
