"""The first thing a new user sees: an empty library explained, with three ways in.

An empty article list tells a newcomer nothing, so while the library holds no article the
main window shows this view instead. It only emits signals; the main window decides what
opening, pasting or loading the sample means, so this widget stays free of services.
"""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.paths import resource_path, sample_path

#: The sample "Try a sample" opens: German headline, English body, every category.
__all__ = ["StartView", "app_icon_path", "sample_path"]


def app_icon_path(size: int = 128) -> Path:
    """The bundled PNG of the application icon at ``size`` pixels."""
    return resource_path("icons", "hicolor", f"{size}x{size}", "apps", "factcheck.png")


class StartView(QWidget):
    """Welcome page of an empty library: what the app does and three big ways to start."""

    open_file_requested = Signal()
    paste_requested = Signal()
    sample_requested = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("startView")

        logo = QLabel()
        logo.setPixmap(QPixmap(str(app_icon_path(128))))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = QLabel(self.tr("Welcome to Factcheck"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.intro = QLabel(
            self.tr(
                "Open a news article and Factcheck highlights the assertions that are not"
                " properly sourced, and says why.<br>"
                "Check each one with notes, references and a verdict, then export a report."
                " Everything stays on this computer."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        intro_font = QFont(self.font())
        intro_font.setPointSizeF(intro_font.pointSizeF() * 1.15)
        self.intro.setFont(intro_font)

        self.open_button = self._big_button(
            "fa5s.folder-open",
            self.tr("Open a file…"),
            self.tr("A text, Markdown, HTML, PDF or Word file"),
        )
        self.paste_button = self._big_button(
            "fa5s.paste",
            self.tr("Paste text"),
            self.tr("Copied from a web page"),
        )
        self.sample_button = self._big_button(
            "fa5s.flask",
            self.tr("Try a sample"),
            self.tr("An example, already analysed"),
        )
        self.open_button.clicked.connect(self.open_file_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        self.sample_button.clicked.connect(self.sample_requested)

        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addStretch(1)
        for button in (self.open_button, self.paste_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.hint = QLabel(
            self.tr("Press F1 for the user guide. Your library: {path}").format(
                path=self._library_label()
            )
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        muted = self.hint.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.hint.setPalette(muted)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(self.hint)
        layout.addStretch(3)

    def _big_button(self, icon: str, text: str, detail: str) -> QToolButton:
        """A large icon-over-text button whose second line says what it takes."""
        button = QToolButton(self)
        button.setIcon(qta.icon(icon, color=self.palette().color(self.foregroundRole())))
        button.setIconSize(QSize(48, 48))
        button.setText(f"{text}\n{detail}")
        button.setToolTip(detail)
        button.setAccessibleName(text)
        button.setAccessibleDescription(detail)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setFixedSize(QSize(240, 150))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _library_label(self) -> str:
        path = self.ctx.library.path
        return str(path) if path is not None else self.tr("in memory (not saved)")
