"""The library as a table model (one row per article) and the proxy behind its filters."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from factcheck_app.gui import palette
from factcheck_app.gui.i18n import format_date, format_number, translate
from factcheck_app.gui.item_models.filtering import refilter
from factcheck_app.models import HIGHLIGHT_CATEGORIES, ArticleStatus, ArticleSummary

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


def status_label(status: str) -> str:
    return {
        ArticleStatus.UNCHECKED: translate("library", "Not analysed"),
        ArticleStatus.OPEN: translate("library", "Open"),
        ArticleStatus.IN_PROGRESS: translate("library", "In progress"),
        ArticleStatus.CHECKED: translate("library", "Done"),
    }.get(status, status)


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ArticleSummary] = []

    def set_articles(self, summaries: Iterable[ArticleSummary]) -> None:
        self.beginResetModel()
        self._items = list(summaries)
        self.endResetModel()

    def summaries(self) -> tuple[ArticleSummary, ...]:
        return tuple(self._items)

    def row_of(self, article_id: str) -> int:
        return next((i for i, s in enumerate(self._items) if s.id == article_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

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
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        s = self._items[index.row()]
        col = index.column()
        if role == SUMMARY_ROLE:
            return s
        if role == ID_ROLE:
            return s.id
        if col >= FIRST_COUNT:
            count = s.open_counts.get(str(COUNT_COLUMNS[col - FIRST_COUNT]), 0)
            if role in (Qt.ItemDataRole.DisplayRole,):
                return format_number(count) if count else ""
            if role == SORT_ROLE:
                return count
            if role == Qt.ItemDataRole.ForegroundRole and count:
                return QBrush(palette.colour(COUNT_COLUMNS[col - FIRST_COUNT]))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        if role == Qt.ItemDataRole.DisplayRole and col == Column.DATE:
            return format_date((s.published or s.created_at or "")[:10])
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            value = {
                Column.TITLE: s.title,
                Column.OUTLET: s.outlet or "",
                Column.DATE: (s.published or s.created_at or "")[:10],
                Column.LANGUAGES: ", ".join(s.languages),
                Column.STATUS: status_label(s.status),
            }[Column(col)]
            return value.casefold() if role == SORT_ROLE else value
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
            return f"{s.title}\n{details}\n{status_label(s.status)}".replace("\n\n", "\n")
        return None


class LibraryFilter(QSortFilterProxyModel):
    """Text (title or outlet), outlet, status and tag filters, all combined with AND."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._outlet = ""
        self._status = ""
        self._tag = ""

    def set_filters(
        self,
        text: str | None = None,
        outlet: str | None = None,
        status: str | None = None,
        tag: str | None = None,
    ) -> None:
        if text is not None:
            self._text = text.casefold().strip()
        if outlet is not None:
            self._outlet = outlet
        if status is not None:
            self._status = status
        if tag is not None:
            self._tag = tag
        refilter(self)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        s: ArticleSummary = self.sourceModel().index(row, 0, parent).data(SUMMARY_ROLE)
        if s is None:
            return False
        if self._text and self._text not in f"{s.title}\n{s.outlet or ''}".casefold():
            return False
        if self._outlet and (s.outlet or "") != self._outlet:
            return False
        if self._status and s.status != self._status:
            return False
        return not self._tag or self._tag in s.tags
