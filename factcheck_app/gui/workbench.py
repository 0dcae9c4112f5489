"""The checker's workbench: the assertion detail view, marking text by hand, the reference
library, article tags, the verdict scheme editor and the search box with its results.

:class:`Workbench` is behaviour only: it gets the parts it works with (the article view,
the assertion panel, a way to open an article) and makes its widgets and actions.
:func:`install` is the one place that puts them into the main window (the detail view
under the assertion list, the search dock, the menu entries, the toolbar's search box),
as ``menus.build`` does for the window's own actions.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QSplitter, QWidget

from factcheck_app.gui import window_state
from factcheck_app.gui.article_view import ArticleView
from factcheck_app.gui.assertion_panel import AssertionPanel
from factcheck_app.gui.columns import DockPlacement
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.assertion_detail import AssertionDetail
from factcheck_app.gui.detail.common import CATEGORY_LABELS
from factcheck_app.gui.detail.seen_before import SeenBeforeMarkers
from factcheck_app.gui.detail.tags_section import ArticleTagsDialog
from factcheck_app.gui.detail.verdict_scheme_editor import VerdictSchemeEditor
from factcheck_app.gui.edits import perform
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.offsets import to_utf16
from factcheck_app.gui.reference_library import ReferenceLibraryDialog
from factcheck_app.gui.search_panel import SearchPanel
from factcheck_app.models import Category, Changes, SearchHit
from factcheck_app.services import annotations
from factcheck_app.services import articles as article_service
from factcheck_app.settings import Settings

if TYPE_CHECKING:
    from factcheck_app.gui.main_window import MainWindow

# Opens an article (None: none) and optionally selects one of its assertions.
Navigate = Callable[[str | None, str | None], None]


def install(window: "MainWindow") -> "Workbench":
    """Make the workbench for ``window`` and place its parts in it."""
    bench = Workbench(
        window.ctx, window, window.article_view, window.assertion_panel, window.show_article
    )
    _add_to_splitter(bench.detail, window.right_splitter)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, bench.search_dock)
    bench.search_dock.hide()
    bench.search_dock_placement = DockPlacement(window, bench.search_dock)
    # shortcuts work wherever focus is in the window, menus or not
    for action in (bench.mark_action, bench.find_action):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
    edit = window.menus["edit"]
    anchor = window.settings_action  # Settings… stays last in the Edit menu
    for action in (bench.find_action, bench.mark_action, bench.span_action):
        edit.insertAction(anchor, action)
    edit.insertSeparator(anchor)
    analysis = window.menus["analysis"]
    analysis.addSeparator()
    for action in (bench.article_tags_action, bench.library_action, bench.scheme_action):
        analysis.addAction(action)
    window.toolbar.addSeparator()
    window.toolbar.addWidget(bench.search.box)
    bench.scheme_changed.connect(window.review.refresh_scheme)
    return bench


def _add_to_splitter(detail: QWidget, splitter: QSplitter) -> None:
    """Below the assertion list; the sizes the checker left last time win."""
    splitter.addWidget(detail)
    splitter.setStretchFactor(splitter.indexOf(detail), 3)
    splitter.setStretchFactor(0, 2)
    total = max(sum(splitter.sizes()), 700)
    queue = max(total // 4, 200)  # two cards at least; the detail gets the rest
    splitter.setSizes([queue, total - queue])
    saved = window_state.qsettings().value("splitters/right")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    if min(splitter.sizes()) < 80:  # saved before the detail view existed
        splitter.setSizes([queue, total - queue])


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection without the blanks a drag tends to pick up at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Workbench(QObject):
    """The workbench's widgets and actions, working on the parts it is given."""

    # the verdict scheme was edited (the window's review keys follow it)
    scheme_changed = Signal()

    def __init__(
        self,
        ctx: GuiContext,
        window: QWidget,
        article_view: ArticleView,
        assertion_panel: AssertionPanel,
        navigate: Navigate,
    ) -> None:
        super().__init__(window)
        self.window = window  # the parent of its dialogs, messages and actions
        self.ctx = ctx
        self.article_view = article_view
        self.navigate = navigate
        self.search_dock_placement: DockPlacement | None = None  # set by install()

        self.detail = AssertionDetail(ctx)
        self.detail.setObjectName("assertion-detail")
        self.detail.selection_provider = self._selection
        assertion_panel.assertion_selected.connect(self.detail.show_assertion)
        assertion_panel.model.modelReset.connect(self._assertions_replaced)
        self.detail.show_assertion(assertion_panel.current_assertion_id())
        self.detail.library_requested.connect(self._library_requested)
        self.detail.open_requested.connect(navigate)
        self.seen_markers = SeenBeforeMarkers(ctx, assertion_panel)
        ctx.bus.show_note.connect(self.show_note)

        self.search = SearchPanel(ctx)
        self.search_dock = QDockWidget(translate("workbench", "Search results"), window)
        self.search_dock.setObjectName("search-dock")
        self.search_dock.setWidget(self.search)
        self.search.show_requested.connect(self.search_dock.show)
        self.search.hit_chosen.connect(self.go_to_hit)

        self._build_actions()
        text_edit = article_view.text_edit
        text_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        text_edit.customContextMenuRequested.connect(self._show_context_menu)

    def _current_article_id(self) -> str | None:
        article = self.article_view.article
        return article.id if article is not None else None

    def _assertions_replaced(self) -> None:
        """Another article was opened: do not keep showing an assertion of the old one."""
        shown = self.detail.assertion
        if shown is not None and shown.article_id != self._current_article_id():
            self.detail.show_assertion(None)

    # --- actions and menus -------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        self.mark_action = self._action(
            translate("workbench", "&Mark selection as assertion…"),
            lambda: self.choose_category_and_mark(),
            "Ctrl+M",
            translate(
                "workbench",
                "Mark the selected article text as an assertion of a category you choose (Ctrl+M)",
            ),
        )
        self.span_action = self._action(
            translate("workbench", "Set &span to selection"),
            self.detail.header.set_span_to_selection,
        )
        self.find_action = self._action(
            translate("workbench", "&Find…"), self.focus_search, "Ctrl+F"
        )
        self.library_action = self._action(
            translate("workbench", "&Reference library…"),
            lambda: self.open_library(),
            "Ctrl+Shift+R",
        )
        self.article_tags_action = self._action(
            translate("workbench", "&Tag article…"),
            self.tag_article,
            "Ctrl+T",
        )
        self.scheme_action = self._action(
            translate("workbench", "Edit &verdict scheme…"), self.edit_verdict_scheme
        )

    def category_menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(translate("workbench", "Mark as assertion"), parent)
        for category, label in CATEGORY_LABELS.items():
            action = menu.addAction(label)
            action.setData(str(category))
            action.triggered.connect(lambda _=False, c=category: self.mark_selection(c))
        menu.setEnabled(self._selection() is not None)
        return menu

    def context_menu(self, pos: QPoint) -> QMenu:
        """The article text's context menu: copy etc., then marking and re-spanning."""
        menu = self.article_view.text_edit.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addMenu(self.category_menu(menu))
        span = menu.addAction(
            translate("workbench", "Set span of the selected assertion to this text")
        )
        span.setEnabled(self._selection() is not None and self.detail.assertion is not None)
        span.triggered.connect(self.detail.header.set_span_to_selection)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        text_edit = self.article_view.text_edit
        self.popup(self.context_menu(pos), text_edit.viewport().mapToGlobal(pos))

    def popup(self, menu: QMenu, global_pos: QPoint) -> None:
        """Show a menu where the checker works; the one place a menu blocks (tests stub it)."""
        menu.exec(global_pos)
        menu.deleteLater()

    # --- manual assertions -------------------------------------------------------------

    def _selection(self) -> tuple[str, int, int] | None:
        article_id = self._current_article_id()
        selected = self.article_view.selected_range()
        if article_id is None or selected is None:
            return None
        article = self.article_view.article
        if article is not None:
            selected = trimmed(article.text, *selected)
        start, end = selected
        return (article_id, start, end) if start < end else None

    def choose_category_and_mark(self) -> None:
        if self._selection() is None:
            QMessageBox.information(
                self.window,
                translate("workbench", "Nothing selected"),
                translate("workbench", "Select some article text to mark first."),
            )
            return
        text_edit = self.article_view.text_edit
        rect = text_edit.cursorRect()
        self.popup(
            self.category_menu(self.window), text_edit.viewport().mapToGlobal(rect.bottomLeft())
        )

    def mark_selection(self, category: Category) -> str | None:
        """Store the selected text as a manual assertion and select it; returns its id."""
        selected = self._selection()
        if selected is None:
            return None
        article_id, start, end = selected
        made = perform(
            self.window,
            self.ctx,
            lambda: annotations.add_manual_assertion(
                self.ctx.library, article_id, start, end, category
            ),
        )
        if made is None or made.created is None:
            return None
        self.navigate(article_id, made.created)
        return made.created

    # --- references, tags, scheme ----------------------------------------------------------

    def _library_requested(self, reference_id: str | None, pick: bool) -> None:
        if pick and self.detail.assertion is not None:
            self.open_library(pick_for=self.detail.assertion.id)
        else:
            self.open_library(reference_id)

    def library_dialog(
        self, reference_id: str | None = None, pick_for: str | None = None
    ) -> ReferenceLibraryDialog:
        return ReferenceLibraryDialog(
            self.ctx, self.window, pick_for=pick_for, select_id=reference_id
        )

    def open_library(self, reference_id: str | None = None, pick_for: str | None = None) -> None:
        dialog = self.library_dialog(reference_id, pick_for)
        dialog.exec()
        dialog.deleteLater()

    def tag_article(self) -> None:
        article = self.article_view.article
        if article is None:
            QMessageBox.information(
                self.window,
                translate("workbench", "No article"),
                translate("workbench", "Open an article to tag it."),
            )
            return
        dialog = ArticleTagsDialog(self.ctx, article.id, article.title, self.window)
        dialog.exec()
        dialog.deleteLater()

    def verdict_scheme_dialog(self) -> VerdictSchemeEditor:
        return VerdictSchemeEditor(self.ctx.settings, self.window)

    def edit_verdict_scheme(self) -> None:
        dialog = self.verdict_scheme_dialog()
        if dialog.exec() and dialog.saved is not None:
            self.scheme_saved(dialog.saved)
        dialog.deleteLater()

    def scheme_saved(self, settings: Settings) -> None:
        """Use the new scheme at once: validation and every verdict view follow it."""
        self.ctx.library.settings = settings
        self.detail.refresh_scheme()
        self.scheme_changed.emit()
        self.search.refresh_scheme()
        self.ctx.bus.publish(Changes(library=True))

    # --- search ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    def go_to_hit(self, hit: SearchHit) -> None:
        if hit.kind == "reference":
            self.open_library(hit.id)
            return
        if hit.article_id is None:
            return
        self.navigate(hit.article_id, hit.assertion_id)
        if hit.kind == "note":
            self.show_note(hit.id)
        elif hit.kind == "article":
            self._select_match(hit)

    def show_note(self, note_id: str) -> None:
        """Select the note's assertion and highlight the note in the detail view."""
        note = annotations.get_note(self.ctx.library, note_id)
        if note is None:
            return
        if note.assertion_id and self._shown_assertion() != note.assertion_id:
            self.navigate(note.article_id, note.assertion_id)
            if self._shown_assertion() != note.assertion_id:
                self.detail.show_assertion(note.assertion_id)
        self.detail.highlight_note(note_id)

    def _shown_assertion(self) -> str | None:
        return self.detail.assertion.id if self.detail.assertion else None

    def _select_match(self, hit: SearchHit) -> None:
        """Put the text cursor on the first occurrence of a matched word in the article."""
        words = [w for w in self.search.box.text().split() if w]
        try:
            text = article_service.get_article(self.ctx.library, hit.article_id or "").text
        except LookupError:
            return
        folded = text.casefold()
        for word in words:
            start = folded.find(word.casefold())
            if start >= 0:
                text_edit = self.article_view.text_edit
                cursor = text_edit.textCursor()
                cursor.setPosition(to_utf16(text, start))
                cursor.setPosition(
                    to_utf16(text, start + len(word)), QTextCursor.MoveMode.KeepAnchor
                )
                text_edit.setTextCursor(cursor)
                text_edit.ensureCursorVisible()
                return
