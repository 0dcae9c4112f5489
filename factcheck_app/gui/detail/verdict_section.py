"""The verdict of one claim card: a rating from the scheme, an explanation and the claim
summary.

The claim summary is the short claim the verdict is published under (ClaimReview
``claimReviewed``): empty means the quote; over 75 characters (Google's recommendation)
the counter turns into a warning, but the text is kept: the checker decides.

The verdict saves on "Save verdict" (or a verdict key, 1-9), because the explanation is
written over time and should not create an undo step per keystroke. Until then what is
typed is the card's *draft* (``services.cards.save_draft``): kept per card at once, so
J/K, another article or a restart never drop it and it never shows on another card.
Giving a verdict checks the card; its state is shown and changed in the header.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from factcheck_app.cards import ClaimCard
from factcheck_app.categories import ERROR_COLOUR
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import local_time, muted, rating_label
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_app.models import CLAIM_SUMMARY_LIMIT, Assertion, Verdict
from factcheck_app.services import cards as card_service

NO_RATING = QT_TRANSLATE_NOOP("verdict_section", "— no verdict —")


class VerdictSection(QGroupBox):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("verdict_section", "Verdict"), parent)
        self.ctx = ctx
        self.assertion: Assertion | None = None
        self.card: ClaimCard | None = None
        self.verdict: Verdict | None = None
        self._loading = False
        self._dirty = False
        self._shown: str | None = None  # the card whose summary the box holds

        self.rating = QComboBox()
        self.rating.setToolTip(
            translate("verdict_section", "The verdict; keys 1-9 choose one in this order")
        )
        self.explanation = QPlainTextEdit()
        self.explanation.setPlaceholderText(
            translate("verdict_section", "Why this rating? (what the evidence shows)")
        )
        self.explanation.setMaximumHeight(44)
        self.summary = QLineEdit()
        self.summary.setToolTip(
            translate(
                "verdict_section",
                "The short claim this verdict is published under (what search engines show); "
                "empty: the quote",
            )
        )
        self.summary_count = QLabel()  # "111/75": the full sentence is its tooltip
        self.save_button = QPushButton(translate("verdict_section", "Save verdict"))
        self.clear_button = QPushButton(translate("verdict_section", "Clear"))
        self.stamp = muted()

        # compact: the buttons share the stamp's row (verdict, notes and references must
        # fit the pane at 1440×900); labels go above their fields when the pane is narrow
        buttons = QHBoxLayout()
        buttons.addWidget(self.stamp, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        self.rating.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rating.setMinimumContentsLength(8)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("verdict_section", "Rating"), self.rating)
        form.addRow(translate("verdict_section", "Explanation"), self.explanation)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.summary_count)
        form.addRow(translate("verdict_section", "Claim summary"), summary_row)
        form.addRow(buttons)
        form.setVerticalSpacing(4)

        self.rating.currentIndexChanged.connect(self._edited)
        self.explanation.textChanged.connect(self._edited)
        self.summary.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)

    def load(
        self, card: ClaimCard, verdict: Verdict | None, drafts: dict[str, str] | None = None
    ) -> None:
        """Show the card's verdict, or what was typed for it and not saved (its drafts)."""
        self.card, self.assertion = card, card.primary
        self.verdict = verdict
        drafts = drafts or {}
        self._loading = True
        rating = drafts.get("rating", verdict.rating if verdict else None) or None
        if rating != self.rating.currentData() or self.rating.count() <= 1:
            self._fill_ratings(rating)
        text = drafts.get("explanation", verdict.explanation if verdict else "")
        if text != self.explanation.toPlainText():  # untouched while typing: cursor stays
            self.explanation.setPlainText(text)
        summary = drafts.get("summary", verdict.claim_summary if verdict else "")
        if summary != self._summary_text():  # untouched while typing: cursor stays
            self.summary.setText(summary)
        self.summary.setPlaceholderText(" ".join(card.primary.quote.split()))
        self._loading = False
        stored_summary = verdict.claim_summary if verdict else ""
        self._dirty = self._typed() != self._stored() or self._summary_text() != stored_summary
        self._update_state()

    def _fill_ratings(self, current: str | None) -> None:
        self.rating.clear()
        self.rating.addItem(translate("verdict_section", NO_RATING), None)
        for number, rating in enumerate(self.ctx.settings.verdict_scheme):
            key = f"  ({number + 1})" if number < 9 else ""
            self.rating.addItem(rating_label(rating) + key, rating)
        if current is not None and current not in self.ctx.settings.verdict_scheme:
            self.rating.addItem(
                translate("verdict_section", "{rating} (not in scheme)").format(rating=current),
                current,
            )
        self.rating.setCurrentIndex(max(0, self.rating.findData(current)))

    def refresh_scheme(self) -> None:
        """The scheme was edited in settings: offer the new ratings, keep the choice."""
        self._loading = True
        self._fill_ratings(self.rating.currentData())
        self._loading = False

    def card_changed(self, card: ClaimCard) -> bool:
        return self._shown != card.id

    def _stored(self) -> tuple[str | None, str]:
        return (self.verdict.rating, self.verdict.explanation) if self.verdict else (None, "")

    def _typed(self) -> tuple[str | None, str]:
        return (self.rating.currentData(), self.explanation.toPlainText())

    def _summary_text(self) -> str:
        return " ".join(self.summary.text().split())

    def _show_summary_length(self) -> None:
        """Characters of the summary (or of the quote it defaults to) against the limit.

        Red only once a rating is chosen: only rated claims are published (ClaimReview), so
        a long quote on a card nobody has rated yet is no error to shout about."""
        text = self._summary_text() or self.summary.placeholderText()
        self.summary_count.setText(f"{len(text)}/{CLAIM_SUMMARY_LIMIT}")
        if len(text) > CLAIM_SUMMARY_LIMIT:
            self.summary_count.setToolTip(
                translate(
                    "verdict_section",
                    "{n} characters: search engines show at most {limit}; write a shorter summary",
                ).format(n=len(text), limit=CLAIM_SUMMARY_LIMIT)
            )
            rated = self.rating.currentData() is not None
            self.summary_count.setStyleSheet(
                f"color: {ERROR_COLOUR}; font-weight: bold;" if rated else ""
            )
        else:
            self.summary_count.setToolTip(
                translate("verdict_section", "{n} of {limit} characters").format(
                    n=len(text), limit=CLAIM_SUMMARY_LIMIT
                )
            )
            self.summary_count.setStyleSheet("")

    def _edited(self) -> None:
        if self._loading or self.card is None:
            return
        typed, stored = self._typed(), self._stored()
        summary = self.verdict.claim_summary if self.verdict else ""
        self._dirty = typed != stored or self._summary_text() != summary
        # the card's drafts: what differs from the stored verdict (nothing: no draft)
        lib, card_id = self.ctx.library, self.card.id
        card_service.save_draft(
            lib, card_id, "rating", (typed[0] or "") if typed[0] != stored[0] else ""
        )
        card_service.save_draft(
            lib, card_id, "explanation", typed[1] if typed[1] != stored[1] else ""
        )
        typed_summary = self._summary_text()
        card_service.save_draft(
            lib, card_id, "summary", typed_summary if typed_summary != summary else ""
        )
        self._update_state()

    def _update_state(self) -> None:
        rating = self.rating.currentData()
        typed = (
            (rating, self.explanation.toPlainText().strip(), self._summary_text())
            if rating
            else None
        )
        stored = (
            (self.verdict.rating, self.verdict.explanation, self.verdict.claim_summary)
            if self.verdict
            else None
        )
        self._show_summary_length()
        self._shown = self.card.id if self.card else None
        self.save_button.setEnabled(rating is not None and typed != stored)
        self.clear_button.setEnabled(self.verdict is not None)
        unsaved = self._dirty and typed != stored
        if self.verdict:
            self.stamp.setText(
                translate("verdict_section", "by {author}, {time}").format(
                    author=self.verdict.author, time=local_time(self.verdict.updated_at)
                )
                + (translate("verdict_section", " — unsaved changes") if unsaved else "")
            )
        else:
            self.stamp.setText(translate("verdict_section", "unsaved") if unsaved else "")

    def save(self) -> None:
        rating = self.rating.currentData()
        card = self.card
        if card is None or rating is None:
            return
        explanation = self.explanation.toPlainText().strip()
        summary = self._summary_text()
        self._dirty = False
        if not run(
            self,
            self.ctx,
            lambda: card_service.set_verdict(self.ctx.library, card, rating, explanation, summary),
        ):
            self._dirty = True
        self._update_state()

    def clear(self) -> None:
        card = self.card
        if card is not None and self.verdict is not None:
            self._dirty = False
            run(self, self.ctx, lambda: card_service.clear_verdict(self.ctx.library, card))


__all__ = ["NO_RATING", "VerdictSection"]
