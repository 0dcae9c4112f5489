"""One search box over article text, notes, references and tags, with a results list.

The box sits in the toolbar (Ctrl+F); results show where each hit is and the snippet
with the match in bold. Choosing a result emits ``hit_chosen``; the workbench decides how
to show that place (article span, note, reference), so this module knows no views.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.i18n import translate
from factcheck_app.models import SearchHit
from factcheck_app.services import articles as article_service

KIND_LABELS = {
    "article": QT_TRANSLATE_NOOP("search_panel", "Article"),
    "note": QT_TRANSLATE_NOOP("search_panel", "Note"),
    "reference": QT_TRANSLATE_NOOP("search_panel", "Reference"),
    "tag": QT_TRANSLATE_NOOP("search_panel", "Tag"),
}
_MARK = re.compile(r"\[([^\[\]]*)\]")


def snippet_html(snippet: str) -> str:
    """The FTS snippet (matches in [brackets]) as HTML with the matches in bold."""
    parts, last = [], 0
    for match in _MARK.finditer(snippet):
        parts.append(escape(snippet[last : match.start()]))
        parts.append(f"<b style='background:#fff59d'>{escape(match.group(1))}</b>")
        last = match.end()
    parts.append(escape(snippet[last:]))
    return "".join(parts).replace("\n", " ")


class SearchPanel(QWidget):
    hit_chosen = Signal(object)  # SearchHit
    #: A search ran: the workbench shows the results panel.
    show_requested = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: list[SearchHit] = []
        self.box = QLineEdit()
        self.box.setPlaceholderText(
            translate("search_panel", "Search articles, notes, references, tags (Ctrl+F)")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(260)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.run)
        self.box.textEdited.connect(lambda _: self._timer.start())
        self.box.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)

    def search(self, query: str) -> list[SearchHit]:
        self.box.setText(query)
        return self.run()

    def run(self) -> list[SearchHit]:
        self._timer.stop()
        query = self.box.text().strip()
        self.results.clear()
        self.hits = article_service.search(self.ctx.library, query) if query else []
        for hit in self.hits:
            self._add(hit)
        if not query:
            self.summary.setText(translate("search_panel", "Type to search."))
        else:
            found = len(self.hits)
            text = self.tr("%Ln result(s) for “{query}”", "", found)
            self.summary.setText(text.format(query=query))
        if query:
            self.show_requested.emit()
        return self.hits

    def _add(self, hit: SearchHit) -> None:
        kind = translate("search_panel", KIND_LABELS.get(hit.kind, hit.kind))
        label = QLabel(
            f"<span style='color:#5f6368'>{kind} · "
            f"{escape(hit.title)}</span><br>{snippet_html(hit.snippet)}"
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(4, 3, 4, 3)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, self.results.count())
        item.setToolTip(hit.snippet)
        self.results.addItem(item)
        item.setSizeHint(label.sizeHint())
        self.results.setItemWidget(item, label)

    def _activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and 0 <= index < len(self.hits):
            self.hit_chosen.emit(self.hits[index])

    def choose(self, row: int) -> None:
        """Choose result ``row`` as a click would."""
        self._activated(self.results.item(row))
