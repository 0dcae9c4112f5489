"""The claim cards of one article as a list model in text order, and the queue's filter.

A row is a ``cards.ClaimCard`` (overlapping findings, most severe first), so one
sentence flagged three ways is one row. The model keeps its rows in text order (no
proxy sort: a Python ``lessThan`` once cost 59 % of opening an article); the proxy hides
what the checker filtered out: categories switched off in the legend, cards whose
findings are all ``sourced`` (unless "Show sourced" is on), and states outside the
chosen filter (to do / done / dismissed). The selected card is never hidden by a filter
(``pin``), so a click on a highlight always shows its card.
"""

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

from factcheck_app.cards import ClaimCard
from factcheck_app.gui import palette
from factcheck_app.gui.detail.common import rating_label, state_label
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.item_models.filtering import refilter
from factcheck_app.models import Assertion, Lifecycle

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ASSERTION = Qt.ItemDataRole.UserRole + 1  # the card's primary finding
    ID = Qt.ItemDataRole.UserRole + 2  # the card's id (its primary finding's)
    CATEGORY = Qt.ItemDataRole.UserRole + 3
    EXPLANATION = Qt.ItemDataRole.UserRole + 4
    STATUS = Qt.ItemDataRole.UserRole + 5  # the state in words
    CARD = Qt.ItemDataRole.UserRole + 6
    STATE = Qt.ItemDataRole.UserRole + 7


#: The queue filter: which states a card must be in to be listed.
ALL, TO_DO, DONE, DISMISSED = "all", "todo", "done", "dismissed"
FILTER_STATES: dict[str, frozenset[Lifecycle]] = {
    ALL: frozenset(Lifecycle),
    TO_DO: frozenset({Lifecycle.TO_CHECK, Lifecycle.IN_PROGRESS}),
    DONE: frozenset({Lifecycle.CHECKED}),
    DISMISSED: frozenset({Lifecycle.DISMISSED}),
}


def state_text(card: ClaimCard) -> str:
    """What the card's corner says: the state, the verdict when checked, the reason when
    dismissed."""
    state = card.state
    if state is Lifecycle.DISMISSED and card.dismiss_reason:
        return translate("assertions", "{state}: {reason}").format(
            state=state_label(state), reason=card.dismiss_reason
        )
    if state is Lifecycle.CHECKED and card.verdict:
        return translate("assertions", "{state}: {verdict}").format(
            state=state_label(state), verdict=rating_label(card.verdict)
        )
    return state_label(state)


def card_summary(card: ClaimCard) -> str:
    """The state and what is filed, in one line ("Checked: false · 2 notes · 1 reference")."""
    parts = [state_text(card)]
    if card.notes:
        parts.append(translate("assertions", "notes: {n}").format(n=card.notes))
    if card.references:
        parts.append(translate("assertions", "references: {n}").format(n=card.references))
    return " · ".join(parts)


class AssertionsModel(QAbstractListModel):
    """The article's claim cards, in text order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ClaimCard] = []
        self._rows: dict[str, int] = {}  # every member id -> row of its card

    def set_cards(self, cards: Iterable[ClaimCard]) -> None:
        self.beginResetModel()
        self._items = list(cards)
        self._index()
        self.endResetModel()

    def _index(self) -> None:
        self._rows = {i: row for row, card in enumerate(self._items) for i in card.ids}

    def update_cards(self, cards: Sequence[ClaimCard]) -> None:
        """New cards of the same article: changed rows repaint in place; a changed set
        of cards is one layout change that keeps the selection on its card. Never a reset."""
        if [c.ids for c in cards] == [c.ids for c in self._items]:
            old, self._items = self._items, list(cards)
            for row, (before, after) in enumerate(zip(old, cards, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [
            self._items[i.row()].id if 0 <= i.row() < len(self._items) else "" for i in persistent
        ]
        self._items = list(cards)
        self._index()
        self.changePersistentIndexList(persistent, [self.index_of(i) for i in ids])
        self.layoutChanged.emit()

    def cards(self) -> Sequence[ClaimCard]:
        return tuple(self._items)

    def assertions(self) -> Sequence[Assertion]:
        """Every finding on the cards (all members)."""
        return tuple(a for card in self._items for a in card.members)

    def get(self, assertion_id: str) -> ClaimCard | None:
        """The card holding this finding (any member id, not only the primary)."""
        row = self._rows.get(assertion_id)
        return self._items[row] if row is not None else None

    def index_of(self, assertion_id: str) -> QModelIndex:
        row = self._rows.get(assertion_id)
        return self.index(row) if row is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        card = self._items[index.row()]
        a = card.primary
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(a.quote.split())
        if role == Qt.ItemDataRole.DecorationRole:
            return palette.icon(a.category)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                f"{palette.label(m.category)}: {m.explanation or palette.description(m.category)}"
                for m in card.members
            )
        if role == Role.CARD:
            return card
        if role == Role.ASSERTION:
            return a
        if role == Role.ID:
            return card.id
        if role == Role.CATEGORY:
            return str(a.category)
        if role == Role.EXPLANATION:
            return a.explanation or palette.description(a.category)
        if role == Role.STATUS:
            return state_text(card)
        if role == Role.STATE:
            return card.state
        return None


class AssertionsProxy(QSortFilterProxyModel):
    """The queue's filter; the order is the model's (text order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hidden: frozenset[str] = frozenset()
        self._show_sourced = False
        self._states = FILTER_STATES[ALL]
        self._pinned: str | None = None
        self.setDynamicSortFilter(False)

    @property
    def pinned(self) -> str | None:
        return self._pinned

    @property
    def show_sourced(self) -> bool:
        return self._show_sourced

    def set_show_sourced(self, on: bool) -> None:
        self._show_sourced = on
        refilter(self)

    def set_state_filter(self, name: str) -> None:
        self._states = FILTER_STATES[name]
        refilter(self)

    def set_hidden(self, categories: Iterable[str]) -> None:
        self._hidden = frozenset(str(c) for c in categories)
        refilter(self)

    def pin(self, card_id: str | None) -> None:
        """Keep this card listed whatever the filters say (it is the one being shown)."""
        if card_id != self._pinned:
            self._pinned = card_id
            refilter(self)

    def accepts(self, card: ClaimCard) -> bool:
        if card.id == self._pinned:
            return True
        if card.sourced_only and not self._show_sourced:
            return False
        if self._hidden and all(str(c) in self._hidden for c in card.categories):
            return False
        return card.state in self._states

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        card = self.sourceModel().index(row, 0, parent).data(Role.CARD)
        return card is None or self.accepts(card)
