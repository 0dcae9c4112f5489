"""Rendering a checker's Markdown notes without letting them reach out.

Notes may contain text pasted from anywhere. Raw HTML is escaped (markdown-it with
``html`` off), no resource is ever loaded (no remote images, no local files), and links
never navigate inside the view: a click goes through :func:`links.open_link`.
"""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from factcheck_app.gui import links

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def render_markdown(text: str) -> str:
    return _MD.render(text)


class MarkdownView(QTextBrowser):
    """A read-only, self-sizing view of one Markdown text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)  # the card's colour shows through
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.anchorClicked.connect(lambda url: links.open_link(self, url))
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.set_markdown(text)

    def set_markdown(self, text: str) -> None:
        self.markdown = text
        self.setHtml(render_markdown(text))

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Refuse every resource: images and style sheets never load, local or remote."""
        return None

    def _fit(self) -> None:
        height = int(self.document().size().height()) + 4
        self.setFixedHeight(max(24, min(height, 600)))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()
