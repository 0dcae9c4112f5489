"""The right pane: the article's claim cards, in text order, with the queue's filters.

One card per claim (``cards.ClaimCard``: overlapping findings, most severe first).
Selecting a card emits ``assertion_selected`` with its id (its primary finding's; the main
window scrolls the article to it). Cards whose findings are all ``sourced`` are hidden
unless "Show sourced" is on; the state filter lists all, to do, done or dismissed cards.
The title says how far the article is ("7 of 12 checked"). Lifecycle actions (dismiss,
verdict keys) live in ``gui.review``; the panel shows their buttons.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.cards import ClaimCard, progress_of
from factcheck_app.gui.assertion_delegate import AssertionDelegate
from factcheck_app.gui.detail.common import progress_text
from factcheck_app.gui.item_models.assertions import (
    ALL,
    DISMISSED,
    DONE,
    TO_DO,
    AssertionsModel,
    AssertionsProxy,
    Role,
)
from factcheck_app.models import Lifecycle


class AssertionPanel(QWidget):
    assertion_selected = Signal(object)  # str | None: the selected card's id
    #: "Show sourced" or the state filter changed (menus follow).
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AssertionsModel(self)
        self.proxy = AssertionsProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setMinimumWidth(40)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state_filter = QComboBox()
        self.state_filter.setToolTip(self.tr("Which claims the list shows"))
        for label, name in (
            (self.tr("All claims"), ALL),
            (self.tr("To do"), TO_DO),
            (self.tr("Done"), DONE),
            (self.tr("Dismissed"), DISMISSED),
        ):
            self.state_filter.addItem(label, name)
        self.state_filter.currentIndexChanged.connect(self._state_filter_chosen)
        self.sourced_button = QToolButton()
        self.sourced_button.setText(self.tr("Sourced"))
        self.sourced_button.setCheckable(True)
        self.sourced_button.setToolTip(
            self.tr("Also list claims the analyser found sourced only (hidden by default)")
        )
        self.sourced_button.toggled.connect(self.set_show_sourced)
        for fixed in (self.sourced_button, self.state_filter):  # the title gives way first
            fixed.setMinimumWidth(fixed.sizeHint().width())

        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(AssertionDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Claims"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.empty = QLabel(self.tr("No claims to check in this article."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.setContentsMargins(4, 2, 4, 2)
        head.addWidget(self.title, 1)
        head.addWidget(self.sourced_button)
        head.addWidget(self.state_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        self._update_title()

    # --- content -------------------------------------------------------------------

    def set_cards(self, cards: Sequence[ClaimCard], keep_selection: bool = True) -> None:
        """Show these cards. For the article already shown (``keep_selection``) the rows
        are updated in place (no reset): selection and scroll position stay."""
        shown = self.model.cards()
        current = self.current_assertion_id() if keep_selection else None
        if keep_selection and shown and cards and cards[0].article_id == shown[0].article_id:
            self.model.update_cards(cards)
            self._update_title()
            if current and self.model.get(current) is None:
                self.assertion_selected.emit(None)
            elif current:
                card = self.model.get(current)
                if card is not None and card.id != current:  # the card's primary changed
                    self.select(card.id)
            return
        blocker = self.list.selectionModel().blockSignals(True)
        self.proxy.pin(None)
        self.model.set_cards(cards)
        self.list.selectionModel().blockSignals(blocker)
        self._update_title()
        if current and self.model.get(current) is not None:
            self.select(current, emit=False)
        elif current:
            self.assertion_selected.emit(None)

    def cards(self) -> Sequence[ClaimCard]:
        return self.model.cards()

    def set_hidden(self, categories: Iterable[str]) -> None:
        self.proxy.set_hidden(categories)
        self._refiltered()

    def set_show_sourced(self, on: bool) -> None:
        if self.sourced_button.isChecked() != on:
            self.sourced_button.setChecked(on)  # comes back here through toggled
            return
        self.proxy.set_show_sourced(on)
        self._refiltered()

    def set_state_filter(self, name: str) -> None:
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(name)))

    def _state_filter_chosen(self) -> None:
        self.proxy.set_state_filter(self.state_filter.currentData())
        self._refiltered()

    def _refiltered(self) -> None:
        """A filter changed: it only changes the list, never what is open or selected."""
        self._update_title()
        current = self.current_assertion_id()
        if current:
            self.list.scrollTo(self.list.currentIndex())
        self.filters_changed.emit()

    def add_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.buttons.addWidget(button, 1)
        return button

    # --- selection -----------------------------------------------------------------

    def current_assertion_id(self) -> str | None:
        """The selected card's id (its primary finding's)."""
        index = self.list.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def current_assertion(self):  # -> Assertion | None: the card's primary finding
        index = self.list.currentIndex()
        return index.data(Role.ASSERTION) if index.isValid() else None

    def current_card(self) -> ClaimCard | None:
        index = self.list.currentIndex()
        return index.data(Role.CARD) if index.isValid() else None

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(row, 0).data(Role.ID) for row in range(self.proxy.rowCount())]

    def select(self, assertion_id: str | None, emit: bool = True) -> bool:
        """Select the card holding this finding (any of its findings' ids), even when a
        filter hides it: it stays listed while it is selected."""
        card = self.model.get(assertion_id) if assertion_id else None
        sm = self.list.selectionModel()
        if card is None:
            sm.clear()
            self.proxy.pin(None)
            if emit:
                self.assertion_selected.emit(None)
            return False
        if not self.proxy.accepts(card) or self.proxy.pinned not in (None, card.id):
            blocker = sm.blockSignals(True)
            self.proxy.pin(card.id)
            sm.blockSignals(blocker)
        index = self.proxy.mapFromSource(self.model.index_of(card.id))
        blocker = sm.blockSignals(not emit)
        sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        sm.blockSignals(blocker)
        self.list.scrollTo(index)
        self._update_title()
        return True

    def select_next(self, step: int = 1, skip_done: bool = False) -> bool:
        """Move to the next (or, with -1, previous) card in the list; with ``skip_done``
        to the next one still to do."""
        count = self.proxy.rowCount()
        if not count:
            return False
        row = self.list.currentIndex().row()
        row = (-1 if step > 0 else count) if row < 0 else row
        while 0 <= row + step < count:
            row += step
            card = self.proxy.index(row, 0).data(Role.CARD)
            if not skip_done or card.state in (Lifecycle.TO_CHECK, Lifecycle.IN_PROGRESS):
                return self.select(card.id)
        return False

    def _current_changed(self, current, _previous) -> None:
        card_id = current.data(Role.ID) if current.isValid() else None
        if self.proxy.pinned is not None and card_id != self.proxy.pinned:
            self.proxy.pin(card_id)  # a card shown only while selected leaves the list now
        self.assertion_selected.emit(card_id)

    def progress_text(self) -> str:
        return progress_text(progress_of(self.model.cards()))

    def _update_title(self) -> None:
        shown = self.proxy.rowCount()
        self.title.setText(self.progress_text() if self.model.rowCount() else "")
        self.title.setToolTip(self.tr("%Ln claim(s) listed", "", shown))
        self.empty.setVisible(not shown)
        self.list.setVisible(bool(shown))
