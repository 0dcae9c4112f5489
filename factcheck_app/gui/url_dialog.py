"""File > Import from URL…: ask for a web address, check it as it is typed.

The dialog only collects the address (prefilled from the clipboard when that holds
one); fetching runs as a background job in ``ImportActions``, which also reports a
failed fetch. The same check (``services.articles.url_problem``) serves the reference
dialog's "Fetch" button, so both refuse the same addresses with the same words.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.categories import ERROR_COLOUR
from factcheck_app.gui.i18n import translate
from factcheck_app.services.articles import url_problem


def clipboard_url() -> str:
    text = (QGuiApplication.clipboard().text() or "").strip()
    return text if text and "\n" not in text and url_problem(text) is None else ""


class UrlDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("url_dialog", "Import from URL"))
        self.setObjectName("url-dialog")
        intro = QLabel(
            translate(
                "url_dialog",
                "The page is fetched once, its article and metadata are extracted, and "
                "what the server sent is kept as an archived copy (WARC) with the article.",
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(url or clipboard_url())
        self.url.setPlaceholderText("https://…")
        self.url.setAccessibleName(translate("url_dialog", "Web address"))
        self.hint = QLabel()
        self.hint.setObjectName("url-hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("url_dialog", "Import")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.url)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.url.textChanged.connect(self._check)
        self._check(self.url.text())
        self.resize(560, self.sizeHint().height())

    def _check(self, text: str) -> None:
        problem = url_problem(text) if text.strip() else None
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()) and problem is None)

    def value(self) -> str:
        return self.url.text().strip()

    def accept(self) -> None:
        if url_problem(self.value()) is None:
            super().accept()
