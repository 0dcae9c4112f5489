"""The library pane: every article with its open counts, filters, sorting, multi-select.

The model sorts and filters itself (see ``item_models.library``). On a ``Changes``
broadcast only the summaries of the touched articles are fetched and replaced
(``refresh_articles``); the whole list is reloaded only when the library as a whole
changed (an import, a merge, a change made by another process).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.cards import Progress
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import progress_text
from factcheck_app.gui.i18n import format_date
from factcheck_app.gui.item_models.library import (
    FIRST_COUNT,
    ID_ROLE,
    STATUSES,
    Column,
    LibraryModel,
    status_label,
)
from factcheck_app.models import Changes
from factcheck_app.services import articles as article_service
from factcheck_app.services import cards as card_service

#: How often the window looks for changes another process made (a cheap PRAGMA).
EXTERNAL_POLL_MS = 2000


#: Below this width the library drops its count columns and stacks its filters.
COMPACT_WIDTH = 420


class LibraryView(QWidget):
    #: the article the user opened (current row changed), or None when the list is empty
    article_activated = Signal(object)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = LibraryModel(self)

        self.search = QLineEdit(placeholderText=self.tr("Filter by title or outlet"))
        self.search.setClearButtonEnabled(True)
        self.outlet_filter = QComboBox()
        self.status_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.outlet_filter.setToolTip(self.tr("Outlet"))
        self.status_filter.setToolTip(self.tr("Status"))
        self.tag_filter.setToolTip(self.tr("Tag"))
        self.status_filter.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)

        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(self.tr("Articles"))
        # Titles often share their opening words ("Nordkorea: …"): keep both ends visible.
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.header()
        header.setStretchLastSection(False)
        # widths from the font, not ResizeToContents: that measures thousands of rows at
        # every layout change (a sort, a filter keystroke)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        widths: dict[int, int] = {
            Column.OUTLET: metrics.horizontalAdvance("M" * 10),
            Column.DATE: metrics.horizontalAdvance(format_date("2026-12-28")),
            Column.LANGUAGES: metrics.horizontalAdvance("en, de"),
            Column.STATUS: max(
                *(metrics.horizontalAdvance(status_label(s)) for s in STATUSES),
                metrics.horizontalAdvance(progress_text(Progress(88, 88))),
            ),
        }
        for col, width in widths.items():
            header.resizeSection(col, width + 16)
        for col in range(FIRST_COUNT, self.model.columnCount()):  # icon-headed counts
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 28)
        for col in (Column.OUTLET, Column.LANGUAGES):
            # shown in the title's tooltip and filters; the header's menu brings them back
            header.setSectionHidden(col, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._add_header_toggles()

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        self._filters = filters
        for combo in self._filter_combos():
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(4)
        self._compact: bool | None = None
        self._lay_out_filters(compact=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.search.textChanged.connect(lambda text: self.filter(text=text))
        self.outlet_filter.currentIndexChanged.connect(
            lambda: self.filter(outlet=self.outlet_filter.currentData() or "")
        )
        self.status_filter.currentIndexChanged.connect(
            lambda: self.filter(status=self.status_filter.currentData() or "")
        )
        self.tag_filter.currentIndexChanged.connect(
            lambda: self.filter(tag=self.tag_filter.currentData() or "")
        )
        self._open_id: str | None = None  # the article this list opened last
        self.model.progress_source = lambda ids: card_service.progress_many(self.ctx.library, ids)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()
        # another process (a `factcheck` command, a second window) may change the file
        self._poll = QTimer(self, interval=EXTERNAL_POLL_MS)
        self._poll.timeout.connect(self._check_external_changes)
        self._poll.start()

    # --- public API ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list from the library, keeping the current article and selection."""
        current, selected = self.current_article_id(), self.selected_article_ids()
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.set_articles(article_service.list_articles(self.ctx.library))
        self._fill_combos()
        for article_id in selected:
            self._select(article_id, QItemSelectionModel.SelectionFlag.Select, current=False)
        if current:
            self._select(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.selectionModel().blockSignals(blocker)

    def refresh_articles(self, article_ids: set[str] | frozenset[str]) -> None:
        """Re-read just these articles' rows (an edit touched them); no reset, no reload."""
        if not article_ids:
            return
        summaries = article_service.list_articles(self.ctx.library, article_ids)
        found = {s.id for s in summaries}
        before = [self.model.summary(s.id) for s in summaries]
        self.model.update_rows(summaries, removed=set(article_ids) - found)
        if any(
            old is None or old.outlet != new.outlet or old.tags != new.tags
            for old, new in zip(before, summaries, strict=True)
        ):
            self._fill_combos()

    def current_article_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_article_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in rows]

    def select_article(self, article_id: str) -> bool:
        """Make ``article_id`` current (clearing filters that hide it); False if unknown."""
        if not self.model.has(article_id):
            return False
        if not self.model.index_of(article_id).isValid():
            self.search.clear()
            for combo in (self.outlet_filter, self.status_filter, self.tag_filter):
                combo.setCurrentIndex(0)
        return self._select(article_id, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def filter(self, **filters: str) -> None:
        """Apply list filters. A filter only changes the list, never the open article:
        the current row stays current while it is listed, and when the filter hides it
        nothing else becomes current (the article stays open in the window)."""
        current = self.current_article_id() or self._open_id
        sm = self.view.selectionModel()
        blocker = sm.blockSignals(True)
        try:
            self.model.set_filters(**filters)
            if current and self.model.index_of(current).isValid():
                self._select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                sm.clearSelection()
                sm.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            sm.blockSignals(blocker)
        self.view.viewport().update()

    def article_count(self) -> int:
        return self.model.article_count()

    def open_assertion_count(self) -> int:
        return self.model.open_assertion_count()

    # --- internals -----------------------------------------------------------------

    def _select(self, article_id: str, flags, current: bool = True) -> bool:
        index: QModelIndex = self.model.index_of(article_id)
        if not index.isValid():
            return False
        sm = self.view.selectionModel()
        flags |= QItemSelectionModel.SelectionFlag.Rows
        if current:
            sm.setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        else:
            sm.select(index, flags)
        return True

    def _current_changed(self, current, _previous) -> None:
        article_id = current.data(ID_ROLE) if current.isValid() else None
        self._open_id = article_id
        self.article_activated.emit(article_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.library:
            self.refresh()
            return
        touched = set(changes.articles)
        if changes.assertions:
            touched |= article_service.articles_of_assertions(self.ctx.library, changes.assertions)
        self.refresh_articles(touched)

    def _check_external_changes(self) -> None:
        if self.ctx.library.changed_elsewhere():
            self.ctx.bus.publish(Changes(library=True))

    def _fill_combos(self) -> None:
        summaries = self.model.summaries()
        outlets = sorted({s.outlet for s in summaries if s.outlet}, key=str.casefold)
        tags = sorted({t for s in summaries for t in s.tags}, key=str.casefold)
        _refill(self.outlet_filter, self.tr("Any outlet"), outlets)
        _refill(self.tag_filter, self.tr("Any tag"), tags)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow library keeps its titles readable: counts fold into the tooltip.

        Below ``COMPACT_WIDTH`` the per-category count columns and the date hide (the
        title's tooltip lists them) and the filters take two rows, so titles are not cut to
        a few letters; the progress column stays.
        """
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_WIDTH
        if compact != self._compact:
            self._compact = compact
            header = self.view.header()
            for col in range(FIRST_COUNT, self.model.columnCount()):
                header.setSectionHidden(col, compact)
            # narrow: the progress ("7 of 12 checked") matters more than the date, which
            # the title's tooltip still gives
            header.setSectionHidden(Column.DATE, compact)
            self._lay_out_filters(compact)

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.outlet_filter, self.status_filter, self.tag_filter)

    def _lay_out_filters(self, compact: bool) -> None:
        per_row = 2 if compact else 3
        for index, combo in enumerate(self._filter_combos()):
            self._filters.removeWidget(combo)
            self._filters.addWidget(combo, index // per_row, index % per_row)
        for column in range(3):
            self._filters.setColumnStretch(column, 1 if column < per_row else 0)

    def _add_header_toggles(self) -> None:
        from PySide6.QtGui import QAction

        header = self.view.header()
        for col in range(FIRST_COUNT):
            if col == Column.TITLE:
                continue
            name = self.model.headerData(col, Qt.Orientation.Horizontal, 0)
            action = QAction(name, header, checkable=True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
            header.addAction(action)


def _refill(combo: QComboBox, any_label: str, values: list[str]) -> None:
    current = combo.currentData() or ""
    blocker = combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_label, "")
    for value in values:
        combo.addItem(value, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocker)
    combo.setEnabled(bool(values))
