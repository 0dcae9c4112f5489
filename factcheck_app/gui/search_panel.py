"""One search box over article text, notes, references and tags, with a results list.

The box sits in the toolbar (Ctrl+F); results show where each hit is and the snippet
with the match in bold. Choosing a result emits ``hit_chosen``; the workbench decides how
to show that place (article span, note, reference), so this module knows no views.

Built for large libraries: the summary gives the real number of results; the list
shows one page (``PAGE``) and loads the next when scrolled to its end. Two filters keep
the results tied to claims in one lifecycle state or with one verdict; like every
filter they change the list only, never the open article. A page is listed
at once with titles (cheap); its snippets, most of the cost of a search, come from a
background job that a newer search cancels.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.categories import MUTED_COLOUR
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import rating_label, state_label
from factcheck_app.gui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_app.gui.tasks import Job
from factcheck_app.models import Lifecycle, SearchHit
from factcheck_app.services import articles as article_service

#: Results listed at a time; scrolling to the end of the list loads the next page.
PAGE = 50

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
        self.counts: dict[str, int] = {}
        self.total = 0
        self._query = ""
        self._labels: list[tuple[QListWidgetItem, QLabel]] = []
        self._jobs: list[Job] = []
        self.box = QLineEdit()
        self.box.setPlaceholderText(
            translate("search_panel", "Search articles, notes, references, tags (Ctrl+F)")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(260)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.state_filter = QComboBox()
        self.state_filter.addItem(translate("search_panel", "Any state"), None)
        for state in Lifecycle:
            self.state_filter.addItem(state_label(state), str(state))
        self.state_filter.setToolTip(
            translate("search_panel", "Only results tied to claims in this state")
        )
        self.verdict_filter = QComboBox()
        self.verdict_filter.setToolTip(
            translate("search_panel", "Only results tied to claims with this verdict")
        )
        self.refresh_scheme()
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.verdict_filter, 1)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.run)
        self.box.textEdited.connect(lambda _: self._timer.start())
        self.box.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self.results.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.state_filter.currentIndexChanged.connect(self._filter_changed)
        self.verdict_filter.currentIndexChanged.connect(self._filter_changed)

    def refresh_scheme(self) -> None:
        """Offer the scheme's verdicts (settings may change it); keep the choice."""
        chosen = self.verdict_filter.currentData()
        blocker = self.verdict_filter.blockSignals(True)
        self.verdict_filter.clear()
        self.verdict_filter.addItem(translate("search_panel", "Any verdict"), None)
        for rating in self.ctx.settings.verdict_scheme:
            self.verdict_filter.addItem(rating_label(rating), rating)
        self.verdict_filter.setCurrentIndex(max(0, self.verdict_filter.findData(chosen)))
        self.verdict_filter.blockSignals(blocker)

    def claim_filter(self) -> article_service.ClaimFilter:
        return article_service.ClaimFilter(
            self.state_filter.currentData(), self.verdict_filter.currentData()
        )

    def set_filters(self, state: str | None = None, verdict: str | None = None) -> None:
        """Choose the state and verdict filters as the combo boxes would."""
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(state)))
        self.verdict_filter.setCurrentIndex(max(0, self.verdict_filter.findData(verdict)))

    def _filter_changed(self) -> None:
        if self._query:
            self.run()

    def search(self, query: str) -> list[SearchHit]:
        self.box.setText(query)
        return self.run()

    def run(self) -> list[SearchHit]:
        self._timer.stop()
        self._cancel_snippets()
        query = self.box.text().strip()
        self._query = query
        self.results.clear()
        self._labels = []
        self.hits = []
        flt = self.claim_filter()
        self.counts = article_service.count_hits(self.ctx.library, query, flt) if query else {}
        self.total = sum(self.counts.values())
        self._load_page()
        if not query:
            self.summary.setText(translate("search_panel", "Type to search."))
        else:
            text = self.tr("%Ln result(s) for “{query}”", "", self.total)
            self.summary.setText(text.format(query=query))
        if query:
            self.show_requested.emit()
        return self.hits

    def more(self) -> bool:
        """Load the next page, if any (the list does it when scrolled to its end)."""
        if not self._query or len(self.hits) >= self.total:
            return False
        self._load_page()
        return True

    def _scrolled(self, value: int) -> None:
        if value >= self.results.verticalScrollBar().maximum():
            self.more()

    def _load_page(self) -> None:
        if not self._query:
            return
        first = len(self.hits)
        page = article_service.search_page(
            self.ctx.library, self._query, first, PAGE, self.counts, flt=self.claim_filter()
        )
        self.hits.extend(page)
        for hit in page:
            self._add(hit)
        self._fetch_snippets(first, page)

    def _fetch_snippets(self, first: int, page: list[SearchHit]) -> None:
        if not any(h.kind != "tag" for h in page):
            return
        library, query, counts = self.ctx.library, self._query, self.counts
        flt = self.claim_filter()

        def fetch(progress, cancelled) -> list[SearchHit]:
            if cancelled():
                return []
            return article_service.search_page(library, query, first, len(page), counts, True, flt)

        job = self.ctx.tasks.start(translate("search_panel", "Finding snippets"), fetch)
        job.finished.connect(lambda found, q=query, at=first: self._snippets_found(q, at, found))
        self._jobs.append(job)
        job.done.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)

    def _snippets_found(self, query: str, first: int, found: list[SearchHit]) -> None:
        if query != self._query:
            return  # an older search finished late
        for offset, hit in enumerate(found):
            row = first + offset
            if row < len(self.hits) and self.hits[row].id == hit.id:
                self.hits[row] = hit
                self._set_label(row, hit)

    def _cancel_snippets(self) -> None:
        for job in self._jobs:
            job.cancel()
        self._jobs = []

    def _add(self, hit: SearchHit) -> None:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(4, 3, 4, 3)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, self.results.count())
        self.results.addItem(item)
        self.results.setItemWidget(item, label)
        self._labels.append((item, label))
        self._set_label(self.results.count() - 1, hit)

    def _set_label(self, row: int, hit: SearchHit) -> None:
        item, label = self._labels[row]
        kind = translate("search_panel", KIND_LABELS.get(hit.kind, hit.kind))
        snippet = snippet_html(hit.snippet) if hit.snippet else "…"
        label.setText(
            f"<span style='color:{MUTED_COLOUR}'>{kind} · {escape(hit.title)}</span><br>{snippet}"
        )
        item.setToolTip(f"<p>{escape(hit.snippet)}</p>" if hit.snippet else "")  # never as markup
        item.setSizeHint(label.sizeHint())

    def _activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and 0 <= index < len(self.hits):
            self.hit_chosen.emit(self.hits[index])

    def choose(self, row: int) -> None:
        """Choose result ``row`` as a click would."""
        self._activated(self.results.item(row))
