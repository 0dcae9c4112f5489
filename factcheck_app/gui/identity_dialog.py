"""Who is checking: asked once at the first start (and once for users from before it was
asked), then changed in Settings. The name signs notes and verdicts instead of the login
name; the organisation and its web site go into reports and ClaimReview."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.messages import show_error
from factcheck_app.models import Changes
from factcheck_app.services import checker
from factcheck_app.settings import default_user_name


class IdentityDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Who is checking?"))
        current = ctx.settings
        intro = QLabel(
            self.tr(
                "Your name signs your notes and verdicts, and colleagues see it when you"
                " share your library. Your organisation and its web site appear in reports"
                " and ClaimReview exports. You can change them later in Settings."
            )
        )
        intro.setWordWrap(True)
        login = default_user_name()
        self.name_edit = QLineEdit("" if current.user_name == login else current.user_name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Jane Roe"))
        self.organisation_edit = QLineEdit(current.organisation)
        self.organisation_edit.setPlaceholderText(self.tr("Your newsroom or fact-checking team"))
        self.url_edit = QLineEdit(current.organisation_url)
        self.url_edit.setPlaceholderText("https://…")
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("Organisation &web site:"), self.url_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        try:
            checker.set_identity(
                self.ctx.library,
                self.name_edit.text(),
                self.organisation_edit.text(),
                self.url_edit.text(),
            )
        except Exception as exc:  # a bad address, or the settings file cannot be written
            show_error(self, self.tr("Not saved"), exc)
            return
        self.ctx.bus.publish(Changes(library=True))
        super().accept()

    def reject(self) -> None:
        """ "Not now": not asked again at start (Settings has the same fields)."""
        with contextlib.suppress(OSError):  # then asked again next time: harmless
            checker.skip_identity(self.ctx.library)
        super().reject()


def ask_if_unknown(parent: QWidget, ctx: GuiContext) -> bool:
    """Ask who is checking unless they have answered (or declined) before."""
    if ctx.settings.identity_confirmed:
        return False
    IdentityDialog(ctx, parent).exec()
    return True
