"""The side-panel view of one claim card, where the checker does the whole job on it.

Top: what was flagged and why (quote, every category of the card with its explanation,
origin, source), with the card's lifecycle state and the controls to re-categorise,
re-span or delete it. Below: verdict, notes and references (of every finding on the
card; new work is filed on the card's primary finding), tags. What is typed but not
saved is kept as the card's draft (``services.cards.save_draft``). Every control saves
at once through an undoable command; the view reloads when the change bus reports
something it shows.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.cards import ClaimCard
from factcheck_app.categories import MUTED_COLOUR
from factcheck_app.explanations import explain
from factcheck_app.gui import palette
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import (
    CATEGORY_LABELS,
    local_time,
    muted,
    state_label,
    tool_button,
)
from factcheck_app.gui.detail.evidence_section import EvidenceSection
from factcheck_app.gui.detail.notes_section import NotesSection
from factcheck_app.gui.detail.seen_before import SeenBeforeSection
from factcheck_app.gui.detail.tags_section import TagsSection
from factcheck_app.gui.detail.verdict_section import VerdictSection
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import current_language, translate
from factcheck_app.models import Assertion, Category, Changes, Lifecycle, Origin
from factcheck_app.services import annotations
from factcheck_app.services import cards as card_service


def _icon(name: str):
    import qtawesome as qta

    return qta.icon(name)


#: Longer quotes are shortened in the header (the article shows the whole span), so the
#: verdict, notes and references stay in view.
QUOTE_CHARS = 90

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
        self.card: ClaimCard | None = None
        self.selection_provider: SelectionProvider | None = None
        self._loading = False
        self.category = QComboBox()
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(label, category)
        self.category.setToolTip(
            translate("assertion_detail", "Change the category of this assertion")
        )
        self.state = QComboBox()
        for state in Lifecycle:
            self.state.addItem(state_label(state), state)
        self.state.setToolTip(
            translate(
                "assertion_detail",
                "Where the check of this claim stands: to check, in progress, checked (give a"
                " verdict) or dismissed",
            )
        )
        self.review = self.state  # the name earlier tests and scripts used
        self.quote = QLabel()
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setStyleSheet("font-size: 10pt;")
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.origin = muted()
        self.source = muted()
        self.span_button = tool_button(translate("assertion_detail", "Set span to selection"))
        self.span_button.setIcon(_icon("fa5s.i-cursor"))
        self.span_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.span_button.setToolTip(
            translate(
                "assertion_detail",
                "Make the text selected in the article the span of this assertion",
            )
        )
        self.delete_button = tool_button(translate("assertion_detail", "Delete assertion"))

        # compact, so verdict, notes and references fit below it without scrolling
        for combo in (self.category, self.state):  # they give way in a narrow pane
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        top = QHBoxLayout()
        top.addWidget(self.category, 1)
        top.addWidget(self.state)
        top.addWidget(self.span_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.quote)
        layout.addWidget(self.explanation)
        self.origin.setWordWrap(False)  # one line; the whole text is its tooltip
        self.origin.setMinimumWidth(1)
        self.origin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.origin)

        self.category.currentIndexChanged.connect(self._category_chosen)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.span_button.clicked.connect(self.set_span_to_selection)
        self.delete_button.clicked.connect(self.delete)

    def load(self, card: ClaimCard) -> None:
        assertion = card.primary
        self.card = card
        self.assertion = assertion
        self._loading = True
        self.category.setCurrentIndex(max(0, self.category.findData(assertion.category)))
        self.state.setCurrentIndex(max(0, self.state.findData(card.state)))
        self._loading = False
        colour = palette.colour(assertion.category).name()
        quote = " ".join(assertion.quote.split())
        short = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"
        self.quote.setText(translate("assertion_detail", "“{quote}”").format(quote=short))
        self.quote.setToolTip(quote if short != quote else "")
        red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        self.quote.setStyleSheet(
            f"font-size: 10pt; padding: 2px 6px; border-left: 4px solid {colour};"
            f" background: rgba({red}, {green}, {blue}, 40);"
        )
        # every finding of the card, most severe first: why each category was flagged
        whys = [
            (palette.label(m.category), explain(m, current_language()))
            for m in card.members
            if m.explanation and m.explanation != MANUAL_EXPLANATION
        ]
        if len(card.members) > 1:
            self.explanation.setText(
                "\n".join(
                    translate("assertion_detail", "{category}: {why}").format(category=c, why=w)
                    for c, w in whys
                )
                or " · ".join(palette.label(m.category) for m in card.members)
            )
        else:
            self.explanation.setText(whys[0][1] if whys else "")
        self.explanation.setVisible(bool(self.explanation.text()))
        self.origin.setText(origin_text(assertion))
        source = assertion.source_text
        self.source.setText(
            translate("assertion_detail", "Source named in the text: {source}").format(
                source=source
            )
            if source
            else ""
        )
        self.source.setVisible(False)  # shown in the origin line: one line less
        if source:
            self.origin.setText(f"{self.origin.text()} · {self.source.text()}")
        if card.state is Lifecycle.DISMISSED and card.dismiss_reason:
            self.origin.setText(
                translate("assertion_detail", "{origin} — dismissed: {reason}").format(
                    origin=self.origin.text(), reason=card.dismiss_reason
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

    def _state_chosen(self) -> None:
        card = self.card
        if self._loading or card is None or self.state.currentData() is None:
            return
        new = Lifecycle(self.state.currentData())
        if new is card.state:
            return
        reason = None
        if new is Lifecycle.DISMISSED:
            from PySide6.QtWidgets import QInputDialog

            reason, ok = QInputDialog.getText(
                self,
                translate("assertion_detail", "Dismiss claim"),
                translate("assertion_detail", "Why is this not a claim to check?"),
            )
            if not ok:
                self._restore_state()
                return
        if not run(
            self, self.ctx, lambda: card_service.set_state(self.ctx.library, card, new, reason)
        ):
            self._restore_state()

    def _restore_state(self) -> None:
        if self.card is not None:
            self._loading = True
            self.state.setCurrentIndex(max(0, self.state.findData(self.card.state)))
            self._loading = False

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
        self.card: ClaimCard | None = None
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
        # the work on the claim first (verdict, notes, references), so it is in view
        parts = (self.header, self.verdict, self.notes, self.evidence, self.seen_before, self.tags)
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
        self.hint.setStyleSheet(f"color: {MUTED_COLOUR}; padding: 24px;")
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
        """Show the card holding this finding (a card's id or any of its findings')."""
        card = None
        if assertion_id:
            try:
                card = card_service.card_of(self.ctx.library, assertion_id)
            except LookupError:
                card = None
        self.card = card
        self.assertion = card.primary if card else None
        if card is None:
            self.pages.setCurrentIndex(0)
            return
        self.setUpdatesEnabled(False)  # one layout pass for the whole reload
        try:
            self._load(card)
        finally:
            self.setUpdatesEnabled(True)
        self.pages.setCurrentIndex(1)

    def _load(self, card: ClaimCard) -> None:
        from factcheck_app.services.articles import page_at

        lib = self.ctx.library
        assertion = card.primary
        self.header.load(card)
        page = page_at(lib, assertion.article_id, assertion.start)
        if page:  # a PDF: cite the page, as a report would
            self.header.origin.setText(
                translate("assertion_detail", "{origin} · p. {page}").format(
                    origin=self.header.origin.text(), page=page
                )
            )
        drafts = card_service.drafts(lib, card)
        self.verdict.load(card, card_service.verdict_of(lib, card), drafts)
        notes = [n for i in card.ids for n in annotations.notes_for_assertion(lib, i)]
        self.notes.load(card, notes, drafts.get("note", ""), drafts.get("private") == "1")
        items = []
        evidence_rows = [e for i in card.ids for e in annotations.evidence_for_assertion(lib, i)]
        for evidence in evidence_rows:
            try:
                items.append((evidence, annotations.get_reference(lib, evidence.reference_id)))
            except LookupError:
                continue  # the reference was deleted; the link is hidden with it
        self.evidence.load(assertion, items)
        self.header.origin.setToolTip(self.header.origin.text())
        self.tags.editor.load(assertion.id)
        self.seen_before.load(assertion)

    def highlight_note(self, note_id: str | None) -> bool:
        return self.notes.highlight_note(note_id) is not None

    def refresh_scheme(self) -> None:
        self.verdict.refresh_scheme()

    def _shows(self, changes: Changes) -> bool:
        a, card = self.assertion, self.card
        if a is None or card is None:
            return False
        if (
            changes.library
            or set(card.ids) & changes.assertions
            or a.article_id in changes.articles
        ):
            return True
        shown_notes = {c.note.id for c in self.notes.cards}
        shown_refs = {c.reference.id for c in self.evidence.cards}
        return bool(changes.notes & shown_notes or changes.references & shown_refs)

    def _on_changes(self, changes: Changes) -> None:
        if self._shows(changes):
            self.show_assertion(self.assertion.id if self.assertion else None)
