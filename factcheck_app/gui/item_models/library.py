"""The library as a table model (one row per article) that sorts and filters itself.

Built for 10,000 articles: there is no ``QSortFilterProxyModel``. A proxy sorts through a
Python ``lessThan`` (one header click made hundreds of thousands of ``data()`` calls) and
filters through a Python ``filterAcceptsRow`` per row; here sorting is one ``list.sort``
over keys computed once per column, filtering one pass over pre-folded strings, and
``data()`` computes only the cell and role asked for.

Edits do not reload the list: ``update_rows`` replaces the summaries of the articles an
edit touched (the view asks the service for just those) and emits ``dataChanged`` for
those rows, or, when the order or the filter's verdict changed, a layout change that
keeps the selection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from factcheck_app.cards import Progress
from factcheck_app.gui import palette
from factcheck_app.gui.detail.common import progress_text, state_label
from factcheck_app.gui.i18n import format_date, format_number, translate
from factcheck_app.gui.links import plain_tooltip
from factcheck_app.models import HIGHLIGHT_CATEGORIES, ArticleStatus, ArticleSummary, Lifecycle

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    OUTLET = 1
    DATE = 2
    LANGUAGES = 3
    STATUS = 4
    #: one count column per highlight category follows


COUNT_COLUMNS = tuple(HIGHLIGHT_CATEGORIES)
FIRST_COUNT = len(Column)
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


#: the article statuses ``list_summaries`` gives, in the order the filter lists them
STATUSES: tuple[ArticleStatus, ...] = tuple(ArticleStatus)


def status_label(status: str) -> str:
    """An article's status in the lifecycle's words (``cards.LIFECYCLE_LABELS``)."""
    if status == ArticleStatus.UNCHECKED:
        return progress_text(None)
    if status == ArticleStatus.CLEAR:
        return progress_text(Progress(0, 0, 0))
    state = (
        {
            ArticleStatus.OPEN: Lifecycle.TO_CHECK,
            ArticleStatus.IN_PROGRESS: Lifecycle.IN_PROGRESS,
            ArticleStatus.CHECKED: Lifecycle.CHECKED,
        }.get(ArticleStatus(status))
        if status in tuple(ArticleStatus)
        else None
    )
    return state_label(state) if state else status


def _date(s: ArticleSummary) -> str:
    return (s.published or s.created_at or "")[:10]


def sort_key(column: int) -> Callable[[ArticleSummary], Any]:
    """The key one column sorts by (labels translated once per sort, not per row)."""
    if column >= FIRST_COUNT:
        category = str(COUNT_COLUMNS[column - FIRST_COUNT])
        return lambda s: s.open_counts.get(category, 0)
    if column == Column.STATUS:
        labels = {k: status_label(k).casefold() for k in STATUSES}
        return lambda s: labels.get(s.status, s.status)
    return {
        Column.TITLE: lambda s: s.title.casefold(),
        Column.OUTLET: lambda s: (s.outlet or "").casefold(),
        Column.DATE: _date,
        Column.LANGUAGES: lambda s: ", ".join(s.languages),
    }[Column(column)]


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        SUMMARY_ROLE,
        ID_ROLE,
        SORT_ROLE,
    }
)


class LibraryModel(QAbstractTableModel):
    """Every article (``summaries``) and the rows shown: filtered, then sorted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ArticleSummary] = []
        self._where: dict[str, int] = {}  # article id -> index in _all
        self._rows: list[int] = []  # shown rows -> index in _all
        self._row_of: dict[str, int] = {}  # article id -> shown row
        self._keys: dict[int, list[Any]] = {}  # column -> sort key per index in _all
        self._folded: list[str] | None = None  # title + outlet, case-folded, per index
        self._column = Column.DATE.value
        self._order = Qt.SortOrder.DescendingOrder
        self._text = ""
        self._outlet = ""
        self._status = ""
        self._tag = ""
        #: "7 of 12 checked" per article, counted by claim card: read on demand for the
        #: rows being painted (``progress_source`` is ``services.cards.progress_many``)
        self.progress_source: Callable[[list[str]], dict[str, Progress]] | None = None
        self._progress: dict[str, Progress] = {}

    # --- content ---------------------------------------------------------------------

    def set_articles(self, summaries: Iterable[ArticleSummary]) -> None:
        self.beginResetModel()
        self._progress = {}
        self._all = list(summaries)
        self._where = {s.id: i for i, s in enumerate(self._all)}
        self._invalidate_keys()
        self._rows = self._arranged()
        self._index_rows()
        self.endResetModel()

    def update_rows(self, summaries: Iterable[ArticleSummary], removed: Iterable[str] = ()) -> None:
        """New summaries for some articles (added if unknown) and ids gone from the library.

        Only those rows are repainted when the order and the filter's verdict stay as they
        were (a keep or dismiss); otherwise the rows are re-arranged in one layout change
        that keeps the selection. Never a reset.
        """
        changed: list[str] = []
        grown = False
        summaries = list(summaries)
        for s in summaries:
            self._progress.pop(s.id, None)
            at = self._where.get(s.id)
            if at is None:
                self._where[s.id] = len(self._all)
                self._all.append(s)
                grown = True
            else:
                self._all[at] = s
            changed.append(s.id)
        gone = {i for i in removed if i in self._where}
        if gone:
            self._all = [s for s in self._all if s.id not in gone]
            self._where = {s.id: i for i, s in enumerate(self._all)}
        if grown or gone:
            self._invalidate_keys()
        else:
            self._refresh_keys([self._where[i] for i in changed])
        rows = self._arranged()
        if rows == self._rows and not gone:
            for article_id in changed:
                row = self._row_of.get(article_id)
                if row is not None:
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, self.columnCount() - 1)
                    )
            return
        self._relayout(rows, gone)

    def summaries(self) -> tuple[ArticleSummary, ...]:
        return tuple(self._all)

    def summary(self, article_id: str) -> ArticleSummary | None:
        at = self._where.get(article_id)
        return self._all[at] if at is not None else None

    def has(self, article_id: str) -> bool:
        return article_id in self._where

    def row_of(self, article_id: str) -> int:
        """The shown row of the article, -1 when it is filtered out or unknown."""
        return self._row_of.get(article_id, -1)

    def index_of(self, article_id: str) -> QModelIndex:
        row = self.row_of(article_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def article_count(self) -> int:
        return len(self._all)

    # --- sorting and filtering ---------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """What a click on a header does (the view calls it)."""
        if not 0 <= column < self.columnCount():
            return
        self._column, self._order = column, order
        self._relayout(self._arranged(), set())

    def set_filters(
        self,
        text: str | None = None,
        outlet: str | None = None,
        status: str | None = None,
        tag: str | None = None,
    ) -> None:
        """Text (title or outlet), outlet, status and tag filters, combined with AND."""
        if text is not None:
            self._text = text.casefold().strip()
        if outlet is not None:
            self._outlet = outlet
        if status is not None:
            self._status = status
        if tag is not None:
            self._tag = tag
        rows = self._arranged()
        if rows != self._rows:
            self._relayout(rows, set())

    def _arranged(self) -> list[int]:
        """The indices into ``_all`` to show, in order."""
        items = self._all
        shown: Iterable[int] = range(len(items))
        if self._text:
            if self._folded is None:
                self._folded = [f"{s.title}\n{s.outlet or ''}".casefold() for s in items]
            text, folded = self._text, self._folded
            shown = [i for i in shown if text in folded[i]]
        if self._outlet:
            shown = [i for i in shown if (items[i].outlet or "") == self._outlet]
        if self._status:
            shown = [i for i in shown if items[i].status == self._status]
        if self._tag:
            shown = [i for i in shown if self._tag in items[i].tags]
        keys = self._keys.get(self._column)
        if keys is None:
            key = sort_key(self._column)
            keys = self._keys[self._column] = [key(s) for s in items]
        return sorted(
            shown,
            key=keys.__getitem__,
            reverse=self._order == Qt.SortOrder.DescendingOrder,
        )

    def _invalidate_keys(self) -> None:
        self._keys.clear()
        self._folded = None

    def _refresh_keys(self, indices: list[int]) -> None:
        for column, keys in self._keys.items():
            key = sort_key(column)
            for i in indices:
                keys[i] = key(self._all[i])
        if self._folded is not None:
            for i in indices:
                s = self._all[i]
                self._folded[i] = f"{s.title}\n{s.outlet or ''}".casefold()

    def _index_rows(self) -> None:
        items = self._all
        self._row_of = {items[i].id: row for row, i in enumerate(self._rows)}

    def _relayout(self, rows: list[int], gone: set[str]) -> None:
        """Show ``rows``; persistent indexes (selection, current) follow their article."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._id_at(index.row()) for index in old]
        self._rows = rows
        self._index_rows()
        new = []
        for index, article_id in zip(old, old_ids, strict=True):
            row = self._row_of.get(article_id, -1) if article_id not in gone else -1
            new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _id_at(self, row: int) -> str:
        return self._all[self._rows[row]].id if 0 <= row < len(self._rows) else ""

    # --- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_COUNT + len(COUNT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section >= FIRST_COUNT:
            category = COUNT_COLUMNS[section - FIRST_COUNT]
            if role == Qt.ItemDataRole.DecorationRole:
                return palette.icon(category)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("library", "Open assertions: {category}").format(
                    category=palette.label(category)
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.TITLE: translate("library", "Title"),
                Column.OUTLET: translate("library", "Outlet"),
                Column.DATE: translate("library", "Date"),
                Column.LANGUAGES: translate("library", "Lang."),
                Column.STATUS: translate("library", "Status"),
            }[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # a delegate asks for a dozen roles per cell: answer fast
            return None
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        s = self._all[self._rows[row]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, index.column())
        if role == ID_ROLE:
            return s.id
        if role == SUMMARY_ROLE:
            return s
        col = index.column()
        if col >= FIRST_COUNT:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.ForegroundRole:
                category = COUNT_COLUMNS[col - FIRST_COUNT]
                if s.open_counts.get(str(category), 0):
                    return QBrush(palette.colour(category))
            if role == SORT_ROLE:
                return sort_key(col)(s)
            return None
        if role == SORT_ROLE:
            return sort_key(col)(s)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.TITLE:
            details = " · ".join(
                part
                for part in (
                    s.outlet,
                    format_date((s.published or "")[:10]),
                    ", ".join(s.languages),
                )
                if part
            )
            status = self._display(s, Column.STATUS)
            text = f"{s.title}\n{details}\n{status}".replace("\n\n", "\n")
            return plain_tooltip(text)
        return None

    def progress(self, article_id: str) -> Progress | None:
        """The article's progress, read with its neighbours in the shown order on a miss."""
        if article_id not in self._progress and self.progress_source is not None:
            row = self._row_of.get(article_id, 0)
            near = [self._all[i].id for i in self._rows[max(0, row - 40) : row + 60]]
            wanted = [i for i in dict.fromkeys([article_id, *near]) if i not in self._progress]
            self._progress.update(self.progress_source(wanted))
        return self._progress.get(article_id)

    def _display(self, s: ArticleSummary, col: int) -> str:
        if col >= FIRST_COUNT:
            count = s.open_counts.get(str(COUNT_COLUMNS[col - FIRST_COUNT]), 0)
            return format_number(count) if count else ""
        if col == Column.TITLE:
            return s.title
        if col == Column.DATE:
            return format_date(_date(s))
        if col == Column.OUTLET:
            return s.outlet or ""
        if col == Column.LANGUAGES:
            return ", ".join(s.languages)
        progress = self.progress(s.id) if s.status != ArticleStatus.UNCHECKED else None
        if progress is None or not (progress.total or progress.dismissed):
            return status_label(s.status)
        return progress_text(progress)
