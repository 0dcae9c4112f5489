"""The three columns of the main window, kept readable at every window size.

A checker works on laptops (1024×640) as well as on wide desk monitors. The article is what
they read, so its column never drops below a readable width: when the window is too narrow
for library + article + side pane, the library folds away (the View menu and the toolbar's
"Library" button bring it back as a drawer). Extra width is shared by all three columns
instead of turning into grey margins around the article. Sizes the user drags are kept (the
window state stores them); only a window too narrow for them folds the library.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QSplitter,
    QToolBar,
    QToolButton,
    QWidget,
)

#: Below this the article column wraps a short sentence over three lines: fold the library.
ARTICLE_MIN_WIDTH = 480
LIBRARY_WIDTH = (260, 480)
SIDE_WIDTH = (340, 620)
#: Share of the width each side column aims for; the article takes the rest.
LIBRARY_SHARE = 0.24
SIDE_SHARE = 0.29
#: How extra width is shared when the window grows (library, article, side).
STRETCH = (2, 5, 3)


def _clamp(value: float, bounds: tuple[int, int]) -> int:
    low, high = bounds
    return int(max(low, min(high, value)))


@dataclass(frozen=True)
class ColumnPlan:
    """Widths of the library, article and side columns; a library of 0 is folded away."""

    library: int
    article: int
    side: int

    @property
    def library_shown(self) -> bool:
        return self.library > 0


def plan_columns(total: int, handles: int = 0) -> ColumnPlan:
    """Widths for a splitter ``total`` pixels wide (``handles``: the splitter handles)."""
    usable = max(0, total - handles)
    side = _clamp(usable * SIDE_SHARE, SIDE_WIDTH)
    library = _clamp(usable * LIBRARY_SHARE, LIBRARY_WIDTH)
    if usable - side - library < ARTICLE_MIN_WIDTH:
        library = 0
    if usable - side - library < ARTICLE_MIN_WIDTH:
        side = max(SIDE_WIDTH[0] * 3 // 4, usable - ARTICLE_MIN_WIDTH)
    return ColumnPlan(library=library, article=max(0, usable - side - library), side=side)


class ResponsiveColumns(QObject):
    """Watches the main splitter and folds or restores the library column as width allows.

    ``toggle_action`` is the checkable "Library" action: unchecking it hides the library
    for good; checking it shows the library even when that narrows the article (the user's
    choice wins until the window is resized again).
    """

    def __init__(self, splitter: QSplitter, library: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.splitter = splitter
        self.library = library
        self.toggle_action: QAction | None = None
        self._folded = False  # hidden by us (not by the user) because the window is narrow
        for index, stretch in enumerate(STRETCH):
            splitter.setStretchFactor(index, stretch)
        splitter.installEventFilter(self)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)

    def attach_toggle(self, action: QAction) -> None:
        self.toggle_action = action
        action.setCheckable(True)
        action.setChecked(self.library.isVisibleTo(self.splitter.window()) or self._folded)
        action.toggled.connect(self._toggled)

    def apply_default_sizes(self) -> None:
        """First run: the planned widths for the splitter's current width."""
        plan = plan_columns(self.splitter.width(), self._handles())
        self._show_library(plan.library_shown, folded=not plan.library_shown)
        self.splitter.setSizes([plan.library, plan.article, plan.side])

    def fit(self) -> None:
        """Keep the article and the side pane usable; fold or unfold the library to do it.

        Sizes the user dragged (or that were restored) stay as long as the article keeps
        its readable width and the side pane its minimum; otherwise the planned widths for
        this window width are applied, which folds the library when there is no room.
        """
        sizes = self.splitter.sizes()
        if len(sizes) < 3 or self._empty or self.splitter.width() <= 0:
            return
        _library, article, side = sizes[:3]
        shown = self.library.isVisibleTo(self.splitter)
        plan = plan_columns(self.splitter.width(), self._handles())
        cramped = article < ARTICLE_MIN_WIDTH or side < min(SIDE_WIDTH[0], plan.side)
        if shown and cramped and not self._user_forced:
            self._show_library(plan.library_shown, folded=not plan.library_shown)
            self.splitter.setSizes([plan.library, plan.article, plan.side])
        elif not shown and self._folded and plan.library_shown:
            self._show_library(True, folded=False)
            self.splitter.setSizes([plan.library, plan.article, plan.side])
        elif not shown and cramped:
            self.splitter.setSizes([0, plan.library + plan.article, plan.side])

    _user_forced = False
    _empty = False

    def set_empty(self, empty: bool) -> None:
        """An empty library shows the welcome page alone; the library returns with articles."""
        if empty == self._empty:
            return
        self._empty = empty
        if empty:
            if self.library.isVisibleTo(self.splitter):
                self._show_library(False, folded=True)
        elif self._folded:
            self._show_library(True, folded=False)
            self._pending.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._user_forced = False
            self._pending.start()
        return False

    def _handles(self) -> int:
        return self.splitter.handleWidth() * (self.splitter.count() - 1)

    def _toggled(self, checked: bool) -> None:
        if checked == self.library.isVisibleTo(self.splitter):
            return
        self._user_forced = checked
        self._folded = False
        self._show_library(checked, folded=False)
        if checked:
            sizes = self.splitter.sizes()
            plan = plan_columns(max(self.splitter.width(), 1), self._handles())
            width = max(plan.library, LIBRARY_WIDTH[0])
            self.splitter.setSizes([width, max(0, sizes[1] - width), sizes[2]])

    def _show_library(self, shown: bool, folded: bool) -> None:
        self._folded = folded
        self.library.setVisible(shown)
        if self.toggle_action is not None and self.toggle_action.isChecked() != shown:
            self.toggle_action.blockSignals(True)
            self.toggle_action.setChecked(shown)
            self.toggle_action.blockSignals(False)


class AdaptiveToolbar(QObject):
    """Shows toolbar labels only while they all fit, so nothing lands in the overflow menu.

    German labels are a third longer than English ones; at 1440 px they pushed the search
    box into the toolbar's overflow, where Ctrl+F could not reach it. Icons alone (with the
    label as tooltip) keep every tool, and the search box, on screen.
    """

    def __init__(self, toolbar: QToolBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.toolbar = toolbar
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        with_text = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
        style = with_text if self._needed_width(with_text) <= self.toolbar.width() else icon_only
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)
        if style == with_text and self.overflowing():
            self.toolbar.setToolButtonStyle(icon_only)

    def overflowing(self) -> bool:
        """True when the toolbar moved a tool into its "»" overflow menu."""
        if not self.toolbar.isVisible():
            return False
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if action.isVisible() and widget is not None and not widget.isVisible():
                return True
        return False

    def _needed_width(self, style: Qt.ToolButtonStyle) -> int:
        """Width of the toolbar's contents with ``style`` (measured, not guessed)."""
        total = 0
        layout = self.toolbar.layout()
        spacing = layout.spacing() if layout is not None else 4
        for action in self.toolbar.actions():
            if not action.isVisible():
                continue
            widget = self.toolbar.widgetForAction(action)
            if widget is None:
                continue
            if isinstance(widget, QToolButton):
                probe = QToolButton()
                probe.setDefaultAction(action)
                probe.setToolButtonStyle(style)
                probe.setIconSize(self.toolbar.iconSize())
                total += probe.sizeHint().width()
                probe.deleteLater()
            else:
                total += max(widget.sizeHint().width(), 200)
            total += spacing
        return total + 2 * self.toolbar.contentsMargins().left() + 24


#: Below this window width a side dock would squeeze the article: dock at the bottom.
SIDE_DOCK_MIN_WINDOW = 1600


class DockPlacement(QObject):
    """Puts a dock (search results) beside the columns on wide windows, below them otherwise.

    On a 1024 px window a right-hand dock left the article about 40 px (one syllable per
    line); stacked below, the article keeps its width and the results their own rows.
    """

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dock = dock
        window.installEventFilter(self)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def wanted_area(self) -> Qt.DockWidgetArea:
        if self.window.width() >= SIDE_DOCK_MIN_WINDOW:
            return Qt.DockWidgetArea.RightDockWidgetArea
        return Qt.DockWidgetArea.BottomDockWidgetArea

    def place(self) -> None:
        area = self.wanted_area()
        if self.dock.isFloating() or self.window.dockWidgetArea(self.dock) == area:
            return
        visible = self.dock.isVisible()
        self.window.addDockWidget(area, self.dock)
        self.dock.setVisible(visible)
