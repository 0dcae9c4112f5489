"""The right pane: the article's assertions as cards, sortable by position or category.

Selecting one emits ``assertion_selected`` (the main window scrolls the article to it).
Review actions (keep, dismiss) live in ``gui.review``; the panel shows their buttons.
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

from factcheck_app.gui.assertion_delegate import AssertionDelegate
from factcheck_app.gui.item_models.assertions import AssertionsModel, AssertionsProxy, Role
from factcheck_app.models import Assertion, ReviewState


class AssertionPanel(QWidget):
    assertion_selected = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AssertionsModel(self)
        self.proxy = AssertionsProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setMinimumWidth(40)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.order = QComboBox()
        self.order.setToolTip(self.tr("Order of the list"))
        self.order.addItem(self.tr("By position"), AssertionsProxy.BY_POSITION)
        self.order.addItem(self.tr("By category"), AssertionsProxy.BY_CATEGORY)
        self.order.currentIndexChanged.connect(
            lambda: self.proxy.set_mode(self.order.currentData())
        )

        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(AssertionDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Assertions"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.empty = QLabel(self.tr("No assertions to check in this article."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.setContentsMargins(4, 2, 4, 2)
        head.addWidget(self.title, 1)
        head.addWidget(self.order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        self._update_title()

    # --- content -------------------------------------------------------------------

    def set_assertions(self, assertions: Sequence[Assertion], keep_selection: bool = True) -> None:
        """Show these assertions. For the article already shown (``keep_selection``), only
        the rows that differ are updated (``update_assertions``): no reset, no re-sort."""
        shown = self.model.assertions()
        if keep_selection and shown and assertions:
            article = shown[0].article_id
            if all(a.article_id == article for a in assertions):
                new_ids = {a.id for a in assertions}
                before = {a.id: a for a in shown}
                self.update_assertions(
                    [a for a in assertions if before.get(a.id) != a],
                    removed=[i for i in before if i not in new_ids],
                )
                return
        current = self.current_assertion_id() if keep_selection else None
        blocker = self.list.selectionModel().blockSignals(True)
        self.model.set_assertions(assertions)
        self.list.selectionModel().blockSignals(blocker)
        self._update_title()
        if current and self.model.get(current) is not None:
            self.select(current, emit=False)
        elif current:
            self.assertion_selected.emit(None)

    def update_assertion(self, assertion: Assertion) -> None:
        self.model.replace(assertion)
        self._update_title()

    def update_assertions(
        self, assertions: Sequence[Assertion], removed: Iterable[str] = ()
    ) -> None:
        """Changed, new or removed assertions of the shown article, without a reset: the
        selection and scroll position stay (a keep or dismiss repaints one card)."""
        current = self.current_assertion_id()
        self.model.update_assertions(assertions, removed)
        self._update_title()
        if current and self.model.get(current) is None:
            self.assertion_selected.emit(None)

    def set_hidden(self, categories: Iterable[str]) -> None:
        current = self.current_assertion_id()
        self.proxy.set_hidden(categories)
        self._update_title()
        if current and not self.proxy.mapFromSource(self.model.index_of(current)).isValid():
            self.assertion_selected.emit(None)

    def add_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.buttons.addWidget(button, 1)
        return button

    # --- selection -----------------------------------------------------------------

    def current_assertion_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def current_assertion(self) -> Assertion | None:
        index = self.list.currentIndex()
        return index.data(Role.ASSERTION) if index.isValid() else None

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(row, 0).data(Role.ID) for row in range(self.proxy.rowCount())]

    def select(self, assertion_id: str | None, emit: bool = True) -> bool:
        index = (
            self.proxy.mapFromSource(self.model.index_of(assertion_id)) if assertion_id else None
        )
        sm = self.list.selectionModel()
        if index is None or not index.isValid():
            sm.clear()
            if emit:
                self.assertion_selected.emit(None)
            return False
        blocker = sm.blockSignals(not emit)
        sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        sm.blockSignals(blocker)
        self.list.scrollTo(index)
        return True

    def select_next(self, step: int = 1, skip_reviewed: bool = False) -> bool:
        """Move to the next (or, with -1, previous) assertion in the list's order."""
        count = self.proxy.rowCount()
        if not count:
            return False
        row = self.list.currentIndex().row()
        row = (-1 if step > 0 else count) if row < 0 else row
        while 0 <= row + step < count:
            row += step
            a = self.proxy.index(row, 0).data(Role.ASSERTION)
            if not skip_reviewed or a.review is ReviewState.NEW:
                return self.select(a.id)
        return False

    def _current_changed(self, current, _previous) -> None:
        self.assertion_selected.emit(current.data(Role.ID) if current.isValid() else None)

    def _update_title(self) -> None:
        shown = self.proxy.rowCount()
        items = self.model.assertions()
        new = sum(1 for a in items if a.review is ReviewState.NEW)
        self.title.setText(
            self.tr("{shown}, {new}").format(
                shown=self.tr("%Ln assertion(s)", "", shown),
                new=self.tr("%Ln not reviewed", "", new),
            )
        )
        self.empty.setVisible(not shown)
        self.list.setVisible(bool(shown))
