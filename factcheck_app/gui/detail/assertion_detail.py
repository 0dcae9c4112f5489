"""The side-panel view of one assertion, where the checker does the whole job on it.

Top: what was flagged and why (quote, category, explanation, origin, source), with the
controls to re-categorise, review, re-span or delete it. Below: verdict and status,
notes, evidence, tags. Every control saves at once through an undoable command; the view
reloads when the change bus reports something it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.explanations import explain
from factcheck_app.gui import palette
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import (
    CATEGORY_LABELS,
    REVIEW_LABELS,
    local_time,
    muted,
)
from factcheck_app.gui.detail.evidence_section import EvidenceSection
from factcheck_app.gui.detail.notes_section import NotesSection
from factcheck_app.gui.detail.seen_before import SeenBeforeSection
from factcheck_app.gui.detail.tags_section import TagsSection
from factcheck_app.gui.detail.verdict_section import VerdictSection
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import current_language, translate
from factcheck_app.models import Assertion, Category, Changes, Origin, ReviewState
from factcheck_app.services import annotations

#: What storage writes as the explanation of a hand-made span; the origin line says it.
MANUAL_EXPLANATION = "marked by hand"

#: Returns (article id, start, end) of the text selected in the article view, or None.
SelectionProvider = Callable[[], tuple[str, int, int] | None]


def origin_text(assertion: Assertion) -> str:
    if assertion.origin is Origin.MANUAL:
        return translate("assertion_detail", "Marked by hand by {author}, {time}").format(
            author=assertion.author or translate("assertion_detail", "unknown"),
            time=local_time(assertion.created_at),
        )
    text = translate("assertion_detail", "Found by the detector")
    if assertion.rule:
        if assertion.confidence < 1:
            confidence = QLocale().toString(round(assertion.confidence * 100)) + QLocale().percent()
            text += translate("assertion_detail", " (rule {rule}, confidence {confidence})").format(
                rule=assertion.rule, confidence=confidence
            )
        else:
            text += translate("assertion_detail", " (rule {rule})").format(rule=assertion.rule)
    return text


class AssertionHeader(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assertion: Assertion | None = None
        self.selection_provider: SelectionProvider | None = None
        self._loading = False
        self.category = QComboBox()
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(label, category)
        self.category.setToolTip(
            translate("assertion_detail", "Change the category of this assertion")
        )
        self.review = QComboBox()
        for review, label in REVIEW_LABELS.items():
            self.review.addItem(label, review)
        self.review.setToolTip(
            translate("assertion_detail", "Accept the flag, or dismiss it as a false alarm")
        )
        self.quote = QLabel()
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setStyleSheet("font-size: 11pt;")
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.origin = muted()
        self.source = muted()
        self.span_button = QPushButton(translate("assertion_detail", "Set span to selection"))
        self.span_button.setToolTip(
            translate(
                "assertion_detail",
                "Make the text selected in the article the span of this assertion",
            )
        )
        self.delete_button = QPushButton(translate("assertion_detail", "Delete assertion"))

        top = QHBoxLayout()
        top.addWidget(self.category, 1)
        top.addWidget(self.review)
        buttons = QHBoxLayout()
        buttons.addWidget(self.span_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.quote)
        layout.addWidget(self.explanation)
        layout.addWidget(self.origin)
        layout.addWidget(self.source)
        layout.addLayout(buttons)

        self.category.currentIndexChanged.connect(self._category_chosen)
        self.review.currentIndexChanged.connect(self._review_chosen)
        self.span_button.clicked.connect(self.set_span_to_selection)
        self.delete_button.clicked.connect(self.delete)

    def load(self, assertion: Assertion) -> None:
        self.assertion = assertion
        self._loading = True
        self.category.setCurrentIndex(max(0, self.category.findData(assertion.category)))
        self.review.setCurrentIndex(max(0, self.review.findData(assertion.review)))
        self._loading = False
        colour = palette.colour(assertion.category).name()
        self.quote.setText(translate("assertion_detail", "“{quote}”").format(quote=assertion.quote))
        red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        self.quote.setStyleSheet(
            f"font-size: 11pt; padding: 4px 6px; border-left: 4px solid {colour};"
            f" background: rgba({red}, {green}, {blue}, 40);"
        )
        self.explanation.setText(explain(assertion, current_language()))
        self.explanation.setVisible(
            bool(assertion.explanation) and assertion.explanation != MANUAL_EXPLANATION
        )
        self.origin.setText(origin_text(assertion))
        source = assertion.source_text
        self.source.setText(
            translate("assertion_detail", "Source named in the text: {source}").format(
                source=source
            )
            if source
            else ""
        )
        self.source.setVisible(bool(source))
        if assertion.review is ReviewState.DISMISSED and assertion.dismiss_reason:
            self.origin.setText(
                translate("assertion_detail", "{origin} — dismissed: {reason}").format(
                    origin=self.origin.text(), reason=assertion.dismiss_reason
                )
            )
        self.delete_button.setVisible(assertion.origin is Origin.MANUAL)
        self.span_button.setEnabled(self.selection_provider is not None)

    def _category_chosen(self) -> None:
        new = self.category.currentData()
        if self._loading or self.assertion is None or new == self.assertion.category:
            return
        aid = self.assertion.id
        run(self, self.ctx, lambda: annotations.set_category(self.ctx.library, aid, Category(new)))

    def _review_chosen(self) -> None:
        new = self.review.currentData()
        if self._loading or self.assertion is None or new == self.assertion.review:
            return
        aid = self.assertion.id
        run(
            self,
            self.ctx,
            lambda: annotations.set_review(self.ctx.library, aid, ReviewState(new)),
        )

    def set_span_to_selection(self) -> bool:
        if self.assertion is None or self.selection_provider is None:
            return False
        selected = self.selection_provider()
        if selected is None or selected[0] != self.assertion.article_id:
            QMessageBox.information(
                self,
                translate("assertion_detail", "No selection"),
                translate(
                    "assertion_detail", "Select the new span in this assertion's article first."
                ),
            )
            return False
        _, start, end = selected
        if (start, end) == (self.assertion.start, self.assertion.end):
            return False
        aid = self.assertion.id
        return run(self, self.ctx, lambda: annotations.set_span(self.ctx.library, aid, start, end))

    def delete(self) -> None:
        if self.assertion is not None:
            aid = self.assertion.id
            run(self, self.ctx, lambda: annotations.delete_assertion(self.ctx.library, aid))


class AssertionDetail(QScrollArea):
    """Shows the selected assertion; ``show_assertion(None)`` shows a hint instead."""

    #: Open the reference library: (reference id to show or None, pick mode).
    library_requested = Signal(object, bool)
    #: Open another article at one of its cards (a "seen before" match).
    open_requested = Signal(str, str)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assertion: Assertion | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header = AssertionHeader(ctx)
        self.verdict = VerdictSection(ctx)
        self.notes = NotesSection(ctx)
        self.evidence = EvidenceSection(ctx)
        self.tags = TagsSection(ctx)
        self.seen_before = SeenBeforeSection(ctx)
        self.seen_before.open_requested.connect(self.open_requested)

        page = QWidget()
        column = QVBoxLayout(page)
        parts = (self.header, self.verdict, self.seen_before, self.notes, self.evidence, self.tags)
        for part in parts:
            column.addWidget(part)
        column.addStretch(1)
        self.hint = QLabel(
            translate(
                "assertion_detail",
                "Select an assertion to check it: verdict, notes, evidence and tags.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #5f6368; padding: 24px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(page)
        self.setWidget(self.pages)

        self.notes.reveal.connect(lambda w: self.ensureWidgetVisible(w, 0, 40))
        self.evidence.library_requested.connect(self.library_requested)
        ctx.bus.changed.connect(self._on_changes)

    @property
    def selection_provider(self) -> SelectionProvider | None:
        return self.header.selection_provider

    @selection_provider.setter
    def selection_provider(self, provider: SelectionProvider | None) -> None:
        self.header.selection_provider = provider

    def show_assertion(self, assertion_id: str | None) -> None:
        assertion = None
        if assertion_id:
            try:
                assertion = annotations.get_assertion(self.ctx.library, assertion_id)
            except LookupError:
                assertion = None
        self.assertion = assertion
        if assertion is None:
            self.pages.setCurrentIndex(0)
            return
        self.setUpdatesEnabled(False)  # one layout pass for the whole reload
        try:
            self._load(assertion)
        finally:
            self.setUpdatesEnabled(True)
        self.pages.setCurrentIndex(1)

    def _load(self, assertion: Assertion) -> None:
        from factcheck_app.services.articles import page_at

        lib = self.ctx.library
        self.header.load(assertion)
        page = page_at(lib, assertion.article_id, assertion.start)
        if page:  # a PDF: cite the page, as a report would
            self.header.origin.setText(
                translate("assertion_detail", "{origin} · p. {page}").format(
                    origin=self.header.origin.text(), page=page
                )
            )
        self.verdict.load(assertion, annotations.verdict_for(lib, assertion.id))
        self.notes.load(assertion, annotations.notes_for_assertion(lib, assertion.id))
        items = []
        for evidence in annotations.evidence_for_assertion(lib, assertion.id):
            try:
                items.append((evidence, annotations.get_reference(lib, evidence.reference_id)))
            except LookupError:
                continue  # the reference was deleted; the link is hidden with it
        self.evidence.load(assertion, items)
        self.tags.editor.load(assertion.id)
        self.seen_before.load(assertion)

    def highlight_note(self, note_id: str | None) -> bool:
        return self.notes.highlight_note(note_id) is not None

    def refresh_scheme(self) -> None:
        self.verdict.refresh_scheme()

    def _shows(self, changes: Changes) -> bool:
        a = self.assertion
        if a is None:
            return False
        if changes.library or a.id in changes.assertions or a.article_id in changes.articles:
            return True
        shown_notes = {c.note.id for c in self.notes.cards}
        shown_refs = {c.reference.id for c in self.evidence.cards}
        return bool(changes.notes & shown_notes or changes.references & shown_refs)

    def _on_changes(self, changes: Changes) -> None:
        if self._shows(changes):
            self.show_assertion(self.assertion.id if self.assertion else None)
