"""Reviewing assertions from the keyboard: next, previous, keep, dismiss (with a reason).

Keep and dismiss are the ``set_review`` operation, run through ``edits.perform``: saved at
once and undoable like every other edit.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from factcheck_app.gui.assertion_panel import AssertionPanel
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edits import perform
from factcheck_app.models import Assertion, ReviewState
from factcheck_app.services import annotations


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
            self.tr("&Keep to check"),
            "A",
            "fa5s.check",
            self.keep,
            self.tr("Keep: this is an issue to check (A)"),
        )
        self.dismiss_action = self._action(
            self.tr("&Dismiss"),
            "D",
            "fa5s.times",
            lambda: self.dismiss(),
            self.tr("Dismiss: not an issue (D)"),
        )
        self.dismiss_reason_action = self._action(
            self.tr("Dismiss with &reason…"),
            "Shift+D",
            "fa5s.comment-slash",
            self.dismiss_with_reason,
        )
        self.actions = [
            self.next_action,
            self.previous_action,
            self.keep_action,
            self.dismiss_action,
            self.dismiss_reason_action,
        ]
        panel.assertion_selected.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, key: str, icon: str, slot, tip: str | None = None) -> QAction:
        action = QAction(_icon(icon), text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(tip or f"{text.replace('&', '')} ({key})")
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _update_enabled(self, *_: object) -> None:
        has = self.panel.current_assertion() is not None
        for action in (self.keep_action, self.dismiss_action, self.dismiss_reason_action):
            action.setEnabled(has)

    # --- review ---------------------------------------------------------------------

    def keep(self) -> bool:
        return self._review(ReviewState.ACCEPTED, None, self.tr("Keep “{quote}”"))

    def dismiss(self, reason: str | None = None) -> bool:
        return self._review(ReviewState.DISMISSED, reason or None, self.tr("Dismiss “{quote}”"))

    def dismiss_with_reason(self) -> bool:
        if self.panel.current_assertion() is None:
            return False
        reason, ok = QInputDialog.getText(
            self.window,
            self.tr("Dismiss assertion"),
            self.tr("Why is this not an issue? (optional)"),
            QLineEdit.EchoMode.Normal,
        )
        return self.dismiss(reason.strip()) if ok else False

    def _review(self, state: ReviewState, reason: str | None, label: str) -> bool:
        current: Assertion | None = self.panel.current_assertion()
        if current is None:
            return False
        lib, aid = self.ctx.library, current.id
        quote = " ".join(current.quote.split())
        quote = quote if len(quote) <= 30 else quote[:29] + "…"
        perform(
            self.window,
            self.ctx,
            lambda: annotations.set_review(lib, aid, state, reason),
            text=label.format(quote=quote),
        )
        # on to the next one that still needs a decision: reviewing is a keyboard flow
        self.panel.select_next(1, skip_reviewed=True) or self.panel.select(aid)
        return True
