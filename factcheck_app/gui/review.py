"""Working through the claim queue from the keyboard: next/previous card (J/K), start
checking (A), dismiss (D, Shift+D with a reason) and one key per verdict (1-9, in the
scheme's order).

Every one is a core operation (``services.cards.set_state`` / ``set_verdict``) run
through ``edits.perform``: saved at once and undoable like every other edit. A verdict
key files the card's typed explanation draft with it.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from factcheck_app.cards import ClaimCard
from factcheck_app.gui.assertion_panel import AssertionPanel
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import rating_label
from factcheck_app.gui.edits import perform
from factcheck_app.models import Lifecycle
from factcheck_app.services import cards as card_service

#: Verdict keys: 1..9 choose the scheme's first nine ratings.
VERDICT_KEYS = 9


def _icon(name: str):
    import qtawesome as qta

    return qta.icon(name)


class ReviewActions(QObject):
    def __init__(self, ctx: GuiContext, panel: AssertionPanel, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.panel = panel
        self.window = window
        self.next_action = self._action(
            self.tr("&Next assertion"), "J", "fa5s.arrow-down", lambda: panel.select_next(1)
        )
        self.previous_action = self._action(
            self.tr("&Previous assertion"), "K", "fa5s.arrow-up", lambda: panel.select_next(-1)
        )
        self.keep_action = self._action(
            self.tr("&Start checking"),
            "A",
            "fa5s.adjust",
            self.keep,
            self.tr("Start checking: mark the claim in progress (A)"),
        )
        self.dismiss_action = self._action(
            self.tr("&Dismiss"),
            "D",
            "fa5s.times",
            lambda: self.dismiss(),
            self.tr("Dismiss: not a claim to check (D)"),
        )
        self.dismiss_reason_action = self._action(
            self.tr("Dismiss with &reason…"),
            "Shift+D",
            "fa5s.comment-slash",
            self.dismiss_with_reason,
        )
        self.verdict_actions = [
            self._action("", str(n + 1), "fa5s.gavel", lambda _=False, i=n: self.give_verdict(i))
            for n in range(VERDICT_KEYS)
        ]
        self.actions = [
            self.next_action,
            self.previous_action,
            self.keep_action,
            self.dismiss_action,
            self.dismiss_reason_action,
            *self.verdict_actions,
        ]
        self.refresh_scheme()
        panel.assertion_selected.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, key: str, icon: str, slot, tip: str | None = None) -> QAction:
        action = QAction(_icon(icon), text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(tip or f"{text.replace('&', '')} ({key})")
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def refresh_scheme(self) -> None:
        """Name the verdict keys after the scheme's ratings (settings may change it)."""
        scheme = list(self.ctx.settings.verdict_scheme)[:VERDICT_KEYS]
        for n, action in enumerate(self.verdict_actions):
            rating = scheme[n] if n < len(scheme) else None
            action.setVisible(rating is not None)
            action.setText(
                self.tr("Verdict: {rating}").format(rating=rating_label(rating)) if rating else ""
            )
            action.setToolTip(f"{action.text()} ({n + 1})" if rating else "")
        self._update_enabled()

    def _update_enabled(self, *_: object) -> None:
        has = self.panel.current_card() is not None
        for action in (
            self.keep_action,
            self.dismiss_action,
            self.dismiss_reason_action,
            *self.verdict_actions,
        ):
            action.setEnabled(has)

    # --- lifecycle ------------------------------------------------------------------

    def keep(self) -> bool:
        card = self.panel.current_card()
        if card is None or card.state is not Lifecycle.TO_CHECK:
            return False
        return self._state(Lifecycle.IN_PROGRESS, None, self.tr("Start checking “{quote}”"))

    def dismiss(self, reason: str | None = None) -> bool:
        return self._state(Lifecycle.DISMISSED, reason or None, self.tr("Dismiss “{quote}”"))

    def dismiss_with_reason(self) -> bool:
        if self.panel.current_card() is None:
            return False
        reason, ok = QInputDialog.getText(
            self.window,
            self.tr("Dismiss claim"),
            self.tr("Why is this not a claim to check?"),
            QLineEdit.EchoMode.Normal,
        )
        return self.dismiss(reason.strip()) if ok else False

    def give_verdict(self, number: int) -> bool:
        """The scheme's rating ``number`` (from 0) for the current card, with the card's
        typed explanation; the card is then checked."""
        card = self.panel.current_card()
        scheme = list(self.ctx.settings.verdict_scheme)
        if card is None or number >= len(scheme):
            return False
        lib, rating = self.ctx.library, scheme[number]
        current = card_service.verdict_of(lib, card)
        typed = card_service.drafts(lib, card).get("explanation")
        explanation = typed if typed is not None else (current.explanation if current else "")
        return (
            perform(
                self.window,
                self.ctx,
                lambda: card_service.set_verdict(lib, card, rating, explanation.strip()),
                text=self.tr("Verdict “{rating}” on “{quote}”").format(
                    rating=rating_label(rating), quote=_short(card)
                ),
            )
            is not None
        )

    def _state(self, state: Lifecycle, reason: str | None, label: str) -> bool:
        card: ClaimCard | None = self.panel.current_card()
        if card is None:
            return False
        lib = self.ctx.library
        done = perform(
            self.window,
            self.ctx,
            lambda: card_service.set_state(lib, card, state, reason),
            text=label.format(quote=_short(card)),
        )
        if done is None:
            return False
        if state is Lifecycle.DISMISSED:
            # on to the next card still to do: dismissing is a keyboard flow
            self.panel.select_next(1, skip_done=True) or self.panel.select(card.id)
        return True


def _short(card: ClaimCard) -> str:
    quote = " ".join(card.primary.quote.split())
    return quote if len(quote) <= 30 else quote[:29] + "…"
