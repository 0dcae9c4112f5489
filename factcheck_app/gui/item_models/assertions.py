"""The assertions of one article as a list model, and a proxy that sorts and filters it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from factcheck_app.gui import palette
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.item_models.filtering import refilter
from factcheck_app.models import Assertion, Category, CheckStatus, ReviewState

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ASSERTION = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    CATEGORY = Qt.ItemDataRole.UserRole + 3
    EXPLANATION = Qt.ItemDataRole.UserRole + 4
    STATUS = Qt.ItemDataRole.UserRole + 5


def review_text(assertion: Assertion) -> str:
    if assertion.review is ReviewState.DISMISSED:
        if assertion.dismiss_reason:
            return translate("assertions", "Dismissed: {reason}").format(
                reason=assertion.dismiss_reason
            )
        return translate("assertions", "Dismissed")
    if assertion.status is CheckStatus.CHECKED:
        return translate("assertions", "Checked")
    if assertion.status is CheckStatus.IN_PROGRESS:
        return translate("assertions", "Being checked")
    if assertion.review is ReviewState.ACCEPTED:
        return translate("assertions", "Kept to check")
    return translate("assertions", "New")


class AssertionsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Assertion] = []
        self._rows: dict[str, int] = {}

    def set_assertions(self, assertions: Iterable[Assertion]) -> None:
        self.beginResetModel()
        self._items = list(assertions)
        self._rows = {a.id: row for row, a in enumerate(self._items)}
        self.endResetModel()

    def assertions(self) -> Sequence[Assertion]:
        return tuple(self._items)

    def get(self, assertion_id: str) -> Assertion | None:
        row = self._rows.get(assertion_id)
        return self._items[row] if row is not None else None

    def replace(self, assertion: Assertion) -> None:
        """Update one row in place (keeps selection and scroll position)."""
        row = self._rows.get(assertion.id)
        if row is None:
            return
        self._items[row] = assertion
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def index_of(self, assertion_id: str) -> QModelIndex:
        row = self._rows.get(assertion_id)
        return self.index(row) if row is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        a = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(a.quote.split())
        if role == Qt.ItemDataRole.DecorationRole:
            return palette.icon(a.category)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{palette.label(a.category)}: {a.explanation or palette.description(a.category)}"
            )
        if role == Role.ASSERTION:
            return a
        if role == Role.ID:
            return a.id
        if role == Role.CATEGORY:
            return str(a.category)
        if role == Role.EXPLANATION:
            return a.explanation or palette.description(a.category)
        if role == Role.STATUS:
            return review_text(a)
        return None


class AssertionsProxy(QSortFilterProxyModel):
    """Sorts by position or by category, and hides the categories the legend switched off."""

    BY_POSITION = "position"
    BY_CATEGORY = "category"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mode = self.BY_POSITION
        self._hidden: frozenset[str] = frozenset()
        self.setDynamicSortFilter(False)

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        self.invalidate()
        self.sort(0)

    def set_hidden(self, categories: Iterable[str]) -> None:
        self._hidden = frozenset(str(c) for c in categories)
        refilter(self)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        a = self.sourceModel().index(row, 0, parent).data(Role.ASSERTION)
        return a is not None and str(a.category) not in self._hidden

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(Role.ASSERTION), right.data(Role.ASSERTION)
        return _sort_key(a, self._mode) < _sort_key(b, self._mode)


def _sort_key(a: Assertion, mode: str) -> tuple[int, int, int]:
    position = (a.start, a.end)
    if mode == AssertionsProxy.BY_CATEGORY:
        return (palette.ORDER.index(Category(a.category)), *position)
    return (0, *position)
