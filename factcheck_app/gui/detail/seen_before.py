""" "Seen before": the same claim in other articles and in published fact-checks.

The detail panel lists each match (article or publisher, date, verdict, who checked it,
what the two share) with one action that copies the verdict, notes and references onto
the card as links to the same reference rows, undoable as one step. The cards of the open
article get a marker when they have a match. Matching reads the library, so it runs as a
background job and the view fills in when it is done.

Both lookups start only once the user has stayed on the article or card for ``DWELL_MS``,
and a newer lookup cancels the one before: matching is Python work that shares the
interpreter lock (and the library's connection) with the window, so a user paging through
articles or cards must not leave a queue of lookups behind that slows every later click.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.claim_models import ClaimMatch
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import card, muted
from factcheck_app.gui.edits import perform
from factcheck_app.gui.i18n import format_number, translate
from factcheck_app.gui.tasks import Job
from factcheck_app.models import Assertion, Category
from factcheck_app.services import claim_copy, claim_memory

#: How long an article or card must stay shown before its "seen before" lookup starts.
DWELL_MS = 350


def _seen_before(lib, ids: list[str], cancelled) -> set[str]:
    """``claim_memory.seen_before`` card by card, so a stale lookup stops early."""
    found: set[str] = set()
    for assertion_id in ids:
        if cancelled():
            break
        found |= claim_memory.seen_before(lib, [assertion_id])
    return found


def verdict_line(match: ClaimMatch) -> str:
    verdict = match.verdict or translate("seen_before", "no verdict yet")
    if match.kind == claim_memory.REVIEW:
        text = translate("seen_before", "Published fact-check: {verdict}").format(verdict=verdict)
    else:
        text = translate("seen_before", "Verdict: {verdict}").format(verdict=verdict)
    if match.checker:
        text += translate("seen_before", " — {who}").format(who=match.checker)
    return text


class MatchCard(QWidget):
    copy_requested = Signal(object)  # ClaimMatch
    open_requested = Signal(str, str)  # article id, assertion id

    def __init__(self, match: ClaimMatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match = match
        frame = card()
        title = QLabel(match.title + (f" · {match.date}" if match.date else ""))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.verdict = QLabel(verdict_line(match))
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        quote = " ".join(match.text.split())
        self.quote = QLabel("“" + (quote if len(quote) < 220 else quote[:217] + "…") + "”")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setWordWrap(True)
        score = format_number(round(match.score * 100)) + " %"
        self.reason = muted(
            translate("seen_before", "Match {score}: {reason}").format(
                score=score, reason=match.reason
            )
        )
        self.copy_button = QPushButton(
            translate("seen_before", "Copy verdict, notes and references")
        )
        self.copy_button.setToolTip(
            translate(
                "seen_before",
                "Take over this verdict and notes, and link the same references as evidence"
                " (they are linked, not duplicated); undo takes it all back",
            )
        )
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.match))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if match.kind == claim_memory.ASSERTION and match.article_id:
            self.open_button: QPushButton | None = QPushButton(
                translate("seen_before", "Open article")
            )
            self.open_button.clicked.connect(
                lambda: self.open_requested.emit(self.match.article_id or "", self.match.id)
            )
            buttons.addWidget(self.open_button)
        else:
            self.open_button = None
        buttons.addWidget(self.copy_button)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(6, 4, 6, 4)
        for widget in (title, self.verdict, self.quote, self.reason):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)


class SeenBeforeSection(QGroupBox):
    """Matches of the shown card; filled in by a background job."""

    open_requested = Signal(str, str)
    loaded = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("seen_before", "Seen before"), parent)
        self.ctx = ctx
        self.assertion: Assertion | None = None
        self.cards: list[MatchCard] = []
        self.status = muted()
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.list)
        self._generation = 0
        self._job: Job | None = None
        # a lookup still waiting for its dwell when the window goes away never runs
        jobs: list[Job] = []
        self._jobs = jobs

        def cancel_waiting(*_: object) -> None:
            for job in jobs:
                job.cancel()

        self.destroyed.connect(cancel_waiting)

    def load(self, assertion: Assertion) -> None:
        self.assertion = assertion
        self._generation += 1
        generation = self._generation
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self._jobs.clear()
        if assertion.category is Category.SOURCED:
            self._show([], translate("seen_before", "Sourced statements are not compared."))
            return
        self.status.setText(translate("seen_before", "Looking for the same claim…"))
        lib, assertion_id = self.ctx.library, assertion.id
        job = self._job = self.ctx.tasks.start(
            translate("seen_before", "Looking for the same claim"),
            lambda progress, cancelled: claim_memory.match_assertion(lib, assertion_id),
            delay_ms=DWELL_MS,
        )
        self._jobs.append(job)
        job.finished.connect(lambda found: self._found(generation, found))
        job.failed.connect(lambda exc: self._failed(generation, exc))

    def _found(self, generation: int, matches: list[ClaimMatch]) -> None:
        if generation != self._generation:
            return  # another card was selected meanwhile, or the window went away
        empty = translate(
            "seen_before", "Not seen before in other articles or published fact-checks."
        )
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._show(matches, "" if matches else empty)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            text = translate("seen_before", "Matching failed: {error}").format(error=exc)
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self._show([], text)

    def _show(self, matches: list[ClaimMatch], status: str) -> None:
        for old in self.cards:
            old.setParent(None)
            old.deleteLater()
        self.cards = []
        for match in matches:
            widget = MatchCard(match)
            widget.copy_requested.connect(self.copy)
            widget.open_requested.connect(self.open_requested)
            self.list.addWidget(widget)
            self.cards.append(widget)
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.loaded.emit()

    def copy(self, match: ClaimMatch) -> bool:
        if self.assertion is None:
            return False
        lib, target = self.ctx.library, self.assertion.id
        text = translate("seen_before", "Copy from “{title}”").format(title=match.title[:60])
        made = perform(
            self, self.ctx, lambda: claim_copy.copy_across(lib, match.kind, match.id, target), text
        )
        return made is not None


class SeenBeforeMarkers(QObject):
    """Keeps the "seen before" marker of the open article's cards current."""

    updated = Signal(object)  # frozenset of card ids with a match

    def __init__(self, ctx: GuiContext, panel) -> None:  # panel: AssertionPanel
        super().__init__(panel)
        self.ctx, self.panel = ctx, panel
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._generation = 0
        self._job: Job | None = None
        panel.model.modelReset.connect(self._timer.start)
        ctx.bus.changed.connect(lambda _changes: self._timer.start())

    def refresh(self) -> None:
        ids = [a.id for a in self.panel.model.assertions() if a.category is not Category.SOURCED]
        self._generation += 1
        generation = self._generation
        if self._job is not None:
            self._job.cancel()  # another article, or its cards changed: the old answer is stale
            self._job = None
        if not ids:
            self._apply(generation, set())
            return
        lib = self.ctx.library
        job = self._job = self.ctx.tasks.start(
            translate("seen_before", "Looking for claims seen before"),
            lambda progress, cancelled: _seen_before(lib, ids, cancelled),
            delay_ms=DWELL_MS,
        )
        job.finished.connect(lambda found: self._apply(generation, found))

    def _apply(self, generation: int, found: set[str]) -> None:
        try:
            self._apply_found(generation, found)
        except RuntimeError:  # the window was closed or replaced before the job finished
            return

    def _apply_found(self, generation: int, found: set[str]) -> None:
        # the job outlives a window that was closed or replaced (language switch)
        if generation != self._generation:
            return
        delegate = self.panel.list.itemDelegate()
        delegate.seen = frozenset(found)
        self.panel.list.viewport().update()
        self.updated.emit(delegate.seen)
