"""Verdict (rating from the scheme, explanation, claim summary) and check status of one
assertion.

The claim summary is the short claim the verdict is published under (ClaimReview
``claimReviewed``): empty means the quote; over 75 characters (Google's recommendation)
the counter turns into a warning, but the text is kept: the checker decides.

The status saves as soon as it is chosen; the verdict saves on "Save verdict" because the
explanation is written over time and should not create an undo step per keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import STATUS_LABELS, local_time, muted, rating_label
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import translate
from factcheck_app.models import CLAIM_SUMMARY_LIMIT, Assertion, CheckStatus, Verdict
from factcheck_app.services import annotations

NO_RATING = QT_TRANSLATE_NOOP("verdict_section", "— no verdict —")


class VerdictSection(QGroupBox):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("verdict_section", "Verdict and status"), parent)
        self.ctx = ctx
        self.assertion: Assertion | None = None
        self.verdict: Verdict | None = None
        self._loading = False
        self._dirty = False

        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(label, status)
        self.status.setToolTip(
            translate("verdict_section", "Where the check of this assertion stands; saved at once")
        )
        self.rating = QComboBox()
        self.explanation = QPlainTextEdit()
        self.explanation.setPlaceholderText(
            translate("verdict_section", "Why this rating? (what the evidence shows)")
        )
        self.explanation.setMaximumHeight(64)
        self.summary = QLineEdit()
        self.summary.setToolTip(
            translate(
                "verdict_section",
                "The short claim this verdict is published under (what search engines show); "
                "empty: the quote",
            )
        )
        self.summary_count = QLabel()
        self.summary_count.setWordWrap(True)
        self.save_button = QPushButton(translate("verdict_section", "Save verdict"))
        self.clear_button = QPushButton(translate("verdict_section", "Clear"))
        self.stamp = muted()

        buttons = QHBoxLayout()
        buttons.addWidget(self.stamp, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        form = QFormLayout(self)
        form.addRow(translate("verdict_section", "Status"), self.status)
        form.addRow(translate("verdict_section", "Rating"), self.rating)
        form.addRow(translate("verdict_section", "Explanation"), self.explanation)
        form.addRow(translate("verdict_section", "Claim summary"), self.summary)
        form.addRow("", self.summary_count)
        form.addRow(buttons)

        self.status.currentIndexChanged.connect(self._status_chosen)
        self.rating.currentIndexChanged.connect(self._edited)
        self.explanation.textChanged.connect(self._edited)
        self.summary.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)

    def load(self, assertion: Assertion, verdict: Verdict | None) -> None:
        """Show stored values, keeping an unsaved edit of the same assertion's verdict."""
        same = self.assertion is not None and self.assertion.id == assertion.id
        self.assertion = assertion
        self._loading = True
        self.status.setCurrentIndex(max(0, self.status.findData(assertion.status)))
        if not (same and self._dirty):
            self.verdict = verdict
            self._fill_ratings(verdict.rating if verdict else None)
            self.explanation.setPlainText(verdict.explanation if verdict else "")
            self.summary.setText(verdict.claim_summary if verdict else "")
            self._dirty = False
        else:
            self.verdict = verdict
        self.summary.setPlaceholderText(" ".join(assertion.quote.split()))
        self._loading = False
        self._update_state()

    def _fill_ratings(self, current: str | None) -> None:
        self.rating.clear()
        self.rating.addItem(translate("verdict_section", NO_RATING), None)
        for rating in self.ctx.settings.verdict_scheme:
            self.rating.addItem(rating_label(rating), rating)
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

    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self._update_state()

    def _update_state(self) -> None:
        rating = self.rating.currentData()
        stored = (
            (self.verdict.rating, self.verdict.explanation, self.verdict.claim_summary)
            if self.verdict
            else None
        )
        typed = (
            (rating, self.explanation.toPlainText().strip(), self._summary_text())
            if rating
            else None
        )
        self._show_summary_length()
        self.save_button.setEnabled(rating is not None and typed != stored)
        self.clear_button.setEnabled(self.verdict is not None)
        if self.verdict:
            self.stamp.setText(
                translate("verdict_section", "by {author}, {time}").format(
                    author=self.verdict.author, time=local_time(self.verdict.updated_at)
                )
                + (
                    translate("verdict_section", " — unsaved changes")
                    if self._dirty and typed != stored
                    else ""
                )
            )
        else:
            self.stamp.setText(
                translate("verdict_section", "unsaved") if self._dirty and rating else ""
            )

    def _summary_text(self) -> str:
        return " ".join(self.summary.text().split())

    def _show_summary_length(self) -> None:
        """Characters of the summary (or of the quote it defaults to) against the limit."""
        text = self._summary_text() or self.summary.placeholderText()
        if len(text) > CLAIM_SUMMARY_LIMIT:
            self.summary_count.setText(
                translate(
                    "verdict_section",
                    "{n} characters: search engines show at most {limit}; write a shorter summary",
                ).format(n=len(text), limit=CLAIM_SUMMARY_LIMIT)
            )
            self.summary_count.setStyleSheet("color: #c62828;")
        else:
            self.summary_count.setText(
                translate("verdict_section", "{n} of {limit} characters").format(
                    n=len(text), limit=CLAIM_SUMMARY_LIMIT
                )
            )
            self.summary_count.setStyleSheet("")

    def _status_chosen(self) -> None:
        status = self.status.currentData()
        if self._loading or self.assertion is None or status == self.assertion.status:
            return
        aid = self.assertion.id
        run(
            self,
            self.ctx,
            lambda: annotations.set_status(self.ctx.library, aid, CheckStatus(status)),
        )

    def save(self) -> None:
        rating = self.rating.currentData()
        if self.assertion is None or rating is None:
            return
        aid, explanation = self.assertion.id, self.explanation.toPlainText().strip()
        summary = self._summary_text()
        self._dirty = False
        if not run(
            self,
            self.ctx,
            lambda: annotations.set_verdict(self.ctx.library, aid, rating, explanation, summary),
        ):
            self._dirty = True
        self._update_state()

    def clear(self) -> None:
        if self.assertion is not None and self.verdict is not None:
            self._dirty = False
            aid = self.assertion.id
            run(self, self.ctx, lambda: annotations.clear_verdict(self.ctx.library, aid))


__all__ = ["NO_RATING", "VerdictSection"]
