"""Review > Don't flag this again…: dismiss a false positive and teach the analyser.

The dismissal is the ordinary ``set_status`` operation (undoable); the exception (the cue,
optionally only inside a phrase) goes into the checker's own settings, listed and
removable in Settings, and every later analysis leaves such findings out. It is the
person's, not the library's: a shared library does not carry it to colleagues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui import palette
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edits import perform
from factcheck_app.gui.messages import show_error
from factcheck_app.models import Assertion, Lifecycle, Origin
from factcheck_app.services import annotations as review_service
from factcheck_app.services import checker
from factcheck_app.settings import ui_language

if TYPE_CHECKING:
    from factcheck_app.gui.main_window import MainWindow


class NeverFlagDialog(QDialog):
    """Choose the scope: the cue everywhere, or only where the sentence has a phrase."""

    def __init__(self, ctx: GuiContext, assertion: Assertion, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.assertion = assertion
        self.cue = checker.cue_of(ctx.library, assertion)
        self.setWindowTitle(self.tr("Don't flag this again"))
        label = palette.label(assertion.category)
        intro = QLabel(
            self.tr(
                "Dismiss this finding as a false alarm, and stop flagging “{cue}” as"
                " {category} in later analyses."
            ).format(cue=self.cue, category=label)
        )
        intro.setWordWrap(True)
        self.everywhere = QRadioButton(self.tr("&Everywhere"))
        self.in_phrase = QRadioButton(self.tr("Only where the sentence contains &this phrase:"))
        self.everywhere.setChecked(True)
        self.phrase_edit = QLineEdit(self._suggested_phrase())
        self.phrase_edit.setEnabled(False)
        self.in_phrase.toggled.connect(self.phrase_edit.setEnabled)
        hint = QLabel(
            self.tr(
                "Kept in your settings (Settings lists and removes it), not in the library:"
                " colleagues' analyses are not affected."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Dismiss and don't flag")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.everywhere)
        layout.addWidget(self.in_phrase)
        layout.addWidget(self.phrase_edit)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _suggested_phrase(self) -> str:
        """The cue with up to three words either side, from the flagged sentence."""
        quote = " ".join(self.assertion.quote.split())
        at = quote.casefold().find(self.cue.casefold())
        if at < 0:
            return self.cue
        before = quote[:at].split()[-3:]
        after = quote[at + len(self.cue) :].split()[:3]
        return " ".join([*before, quote[at : at + len(self.cue)], *after]).strip(" ,.;:")

    def accept(self) -> None:
        phrase = self.phrase_edit.text() if self.in_phrase.isChecked() else ""
        lib, aid = self.ctx.library, self.assertion.id
        try:
            exception = checker.exception_for(lib, self.assertion, phrase)
        except Exception as exc:  # the phrase lost its cue
            show_error(self, self.tr("Not saved"), exc)
            return
        reason = checker.never_flag_reason(exception.cue, ui_language(lib.settings))
        if self.assertion.status is not Lifecycle.DISMISSED and (
            perform(
                self,
                self.ctx,
                lambda: review_service.set_status(lib, aid, Lifecycle.DISMISSED, reason),
            )
            is None
        ):
            return
        try:
            checker.add_exception(lib, exception)
        except OSError as exc:
            show_error(self, self.tr("Settings not saved"), exc)
            return
        super().accept()


class NeverFlagAction(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        import qtawesome as qta

        self.window = window
        self.action = QAction(qta.icon("fa5s.ban"), self.tr("Don't flag this &again…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+D"))
        self.action.setToolTip(
            self.tr("Dismiss as a false alarm and stop flagging its cue (Ctrl+D)")
        )
        self.action.triggered.connect(self.run)
        window.addAction(self.action)
        window.assertion_panel.assertion_selected.connect(self._update_enabled)
        self._update_enabled()

    def _target(self) -> Assertion | None:
        current = self.window.assertion_panel.current_assertion()
        if current is None or current.origin is not Origin.DETECTOR or current.cue_start is None:
            return None
        return current

    def _update_enabled(self, *_: object) -> None:
        self.action.setEnabled(self._target() is not None)

    def run(self) -> bool:
        target = self._target()
        if target is None:
            return False
        dialog = NeverFlagDialog(self.window.ctx, target, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.window.statusBar().showMessage(
            self.tr("“{cue}” will not be flagged again. Re-analyse (F5) to apply it.").format(
                cue=dialog.cue
            ),
            8000,
        )
        return True


def install(window: MainWindow) -> NeverFlagAction:
    """Add the action to the Review menu, after the dismiss actions."""
    never = NeverFlagAction(window)
    review = window.menus["review"]
    dismiss = window.review.dismiss_reason_action
    entries = review.actions()
    after = entries.index(dismiss) + 1 if dismiss in entries else len(entries)
    if after < len(entries):
        review.insertAction(entries[after], never.action)
    else:
        review.addAction(never.action)
    return never
