"""The library pane: every article with its open counts, filters, sorting, multi-select."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.item_models.library import (
    FIRST_COUNT,
    ID_ROLE,
    Column,
    LibraryFilter,
    LibraryModel,
    status_label,
)
from factcheck_app.models import ArticleStatus, Changes
from factcheck_app.services import articles as article_service

STATUSES = tuple(ArticleStatus)


class LibraryView(QWidget):
    #: the article the user opened (current row changed), or None when the list is empty
    article_activated = Signal(object)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(placeholderText=self.tr("Filter by title or outlet"))
        self.search.setClearButtonEnabled(True)
        self.outlet_filter = QComboBox(toolTip=self.tr("Outlet"))
        self.status_filter = QComboBox(toolTip=self.tr("Status"))
        self.tag_filter = QComboBox(toolTip=self.tr("Tag"))
        self.status_filter.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)

        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(self.tr("Articles"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in range(1, FIRST_COUNT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(FIRST_COUNT, self.model.columnCount()):  # icon-headed counts
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 28)
        for col in (Column.OUTLET, Column.LANGUAGES, Column.STATUS):
            # shown in the title's tooltip and filters; the header's menu brings them back
            header.setSectionHidden(col, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._add_header_toggles()

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.outlet_filter, self.status_filter, self.tag_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(4)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.search.textChanged.connect(lambda text: self.proxy.set_filters(text=text))
        self.outlet_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(outlet=self.outlet_filter.currentData() or "")
        )
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(status=self.status_filter.currentData() or "")
        )
        self.tag_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(tag=self.tag_filter.currentData() or "")
        )
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

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

    def current_article_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_article_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in rows]

    def select_article(self, article_id: str) -> bool:
        """Make ``article_id`` current (clearing filters that hide it); False if unknown."""
        if self.model.row_of(article_id) < 0:
            return False
        if not self._proxy_index(article_id).isValid():
            self.search.clear()
            for combo in (self.outlet_filter, self.status_filter, self.tag_filter):
                combo.setCurrentIndex(0)
        return self._select(article_id, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def article_count(self) -> int:
        return self.model.rowCount()

    def open_assertion_count(self) -> int:
        return sum(sum(s.open_counts.values()) for s in self.model.summaries())

    # --- internals -----------------------------------------------------------------

    def _proxy_index(self, article_id: str):
        row = self.model.row_of(article_id)
        if row < 0:
            return self.proxy.index(-1, 0)
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _select(self, article_id: str, flags, current: bool = True) -> bool:
        index = self._proxy_index(article_id)
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
        self.article_activated.emit(current.data(ID_ROLE) if current.isValid() else None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.library or changes.articles or changes.assertions:
            self.refresh()

    def _fill_combos(self) -> None:
        summaries = self.model.summaries()
        outlets = sorted({s.outlet for s in summaries if s.outlet}, key=str.casefold)
        tags = sorted({t for s in summaries for t in s.tags}, key=str.casefold)
        _refill(self.outlet_filter, self.tr("Any outlet"), outlets)
        _refill(self.tag_filter, self.tr("Any tag"), tags)

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
