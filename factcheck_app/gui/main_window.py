"""The main window: library left, article centre, assertions right. Composition only.

Each part refreshes itself from the ``Changes`` broadcast on the context's bus; the window
only wires the parts together and keeps track of which article is open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from factcheck_app.cards import ClaimCard
from factcheck_app.gui import (
    article_actions,
    library_check,
    never_flag,
    provenance_bar,
    window_state,
    workbench,
)
from factcheck_app.gui import menus as menu_builder
from factcheck_app.gui.analysis_runner import AnalysisRunner
from factcheck_app.gui.article_view import ArticleView
from factcheck_app.gui.assertion_panel import AssertionPanel
from factcheck_app.gui.columns import AdaptiveToolbar, ResponsiveColumns
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.help_dialogs import install_help_menu
from factcheck_app.gui.import_actions import ImportActions
from factcheck_app.gui.library_view import LibraryView
from factcheck_app.gui.messages import show_error
from factcheck_app.gui.progress_widget import TaskProgress
from factcheck_app.gui.review import ReviewActions
from factcheck_app.gui.start_view import StartView
from factcheck_app.models import Article, Assertion, Category, Changes
from factcheck_app.paths import sample_path
from factcheck_app.services import articles as article_service
from factcheck_app.services import cards as card_service


class MainWindow(QMainWindow):
    #: A window built in another UI language took this one's place (see language_switch).
    replaced = Signal(object)

    def __init__(
        self,
        ctx: GuiContext,
        analyzer_factory: Callable[[], Any] | None = None,
        preload_analyzer: bool = True,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Factcheck"))
        self.setObjectName("main-window")
        self._article_id: str | None = None
        self._open_claims: int | None = None  # claims to check in the library (status bar)
        self._preload = preload_analyzer
        self.analyzer_factory = analyzer_factory
        self._retired = False
        self._shown_once = False
        self._select_first_in: str | None = None  # article whose first assertion to select

        self.library_view = LibraryView(ctx)
        self.article_view = ArticleView()
        self.start_view = StartView(ctx)
        self.centre = QStackedWidget()
        start_scroll = QScrollArea()  # the welcome page must not force a minimum window size
        start_scroll.setWidget(self.start_view)
        start_scroll.setWidgetResizable(True)
        start_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.centre.addWidget(start_scroll)
        self.centre.addWidget(self.article_view)
        self.assertion_panel = AssertionPanel()
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.assertion_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.library_view)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setChildrenCollapsible(False)
        self.columns = ResponsiveColumns(self.splitter, self.library_view, self)
        self.setCentralWidget(self.splitter)

        self.analysis = AnalysisRunner(ctx, analyzer_factory, self)
        self.review = ReviewActions(ctx, self.assertion_panel, self)
        self.importer = ImportActions(ctx, self, self.analysis)
        provenance_bar.install(self.article_view.provenance, self, ctx)
        self.category_actions: dict[str, QAction] = {}
        self.undo_action: QAction
        self.redo_action: QAction
        self.reanalyse_action: QAction
        self.settings_action: QAction
        self.claims_action: QAction
        self.show_sourced_action: QAction
        self.menus: dict[str, QMenu]
        self.toolbar: QToolBar
        self.menus, self.toolbar = menu_builder.build(self)
        for action in (self.review.keep_action, self.review.dismiss_action):
            self.assertion_panel.add_button(action)

        self.progress = TaskProgress(ctx.tasks)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

        self.library_view.article_activated.connect(self._article_activated)
        self.article_view.assertion_clicked.connect(self.assertion_panel.select)
        self.article_view.hidden_changed.connect(self.assertion_panel.set_hidden)
        self.assertion_panel.assertion_selected.connect(self.article_view.select_assertion)
        self.importer.imported.connect(self.show_article)
        self.start_view.open_file_requested.connect(self.importer.choose_files)
        self.start_view.paste_requested.connect(self.importer.paste)
        self.start_view.sample_requested.connect(self.try_sample)
        self.importer.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.analysis.analysed.connect(self._analysed)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.navigate.connect(self.show_article)
        self.analysis.failed.connect(lambda exc: show_error(self, self.tr("Analysis failed"), exc))
        ctx.bus.refused.connect(lambda exc: show_error(self, self.tr("Not undone"), exc))

        self._apply_highlight_setting()
        self._restored = window_state.restore(self, self.splitters())
        if not self._restored:
            self.resize(1400, 860)
        self._install_layout_actions()
        self._update_status()
        self.workbench = workbench.install(self)
        install_help_menu(self)
        self.article_actions = article_actions.install(self)  # details, notes, trash
        self.never_flag = never_flag.install(self)  # Review > Don't flag this again…
        library_check.install(self)  # Help > Check library; in the background once shown

    # --- public API (used by the workbench and tests) ---------------------------------

    def current_article_id(self) -> str | None:
        return self._article_id

    def selected_article_ids(self) -> list[str]:
        ids = self.library_view.selected_article_ids()
        return ids or ([self._article_id] if self._article_id else [])

    def show_article(self, article_id: str | None, assertion_id: str | None = None) -> None:
        """Open an article (selecting it in the library) and optionally one assertion."""
        if article_id and article_id != self._article_id:
            if not self.library_view.select_article(article_id):
                self._open(article_id)  # not listed yet (e.g. just imported)
        elif not article_id:
            self._open(None)
        if assertion_id:
            self.assertion_panel.select(assertion_id)

    def select_first_assertion(self) -> None:
        """Select the highlight nearest the top of the article (first run, screenshots)."""
        shown = set(self.article_view.highlighted_ids())
        ranked = [i for i in self.assertion_panel.visible_ids() if i in shown]
        if ranked:
            self.assertion_panel.select(ranked[0])

    def try_sample(self) -> None:
        """Import the bundled sample; once analysed, its first assertion is selected."""
        job = self.importer.import_paths([sample_path()])
        job.finished.connect(self._sample_imported)

    def _sample_imported(self, outcome: tuple[list, list]) -> None:
        results, _errors = outcome
        if not results:
            return
        article_id = results[0].article.id
        if results[0].duplicate:  # already analysed earlier: show it as it is
            self.show_article(article_id)
            self.select_first_assertion()
        else:
            self._select_first_in = article_id

    def open_share_file(self, path: Path) -> None:
        """A colleague's share file (double-clicked or given on the command line): merge it."""
        from factcheck_app.gui.merge_dialog import open_merge_dialog

        open_merge_dialog(self, self.ctx, source=path)

    def reanalyse(self) -> None:
        ids = self.selected_article_ids()
        if ids:
            self.analysis.analyze(ids)

    @property
    def preloads_analyzer(self) -> bool:
        return self._preload

    def open_settings(self) -> None:
        from factcheck_app.gui.settings_dialog import open_settings_dialog

        before = self.ctx.settings.ui_language
        if open_settings_dialog(self, self.ctx) and self.ctx.settings.ui_language != before:
            # after the dialog's own event loop has returned: this window is replaced
            QTimer.singleShot(0, lambda: self.switch_language(self.ctx.settings.ui_language))

    def switch_language(self, preference: str) -> MainWindow:
        """Show the UI in another language now (a new window takes this one's place)."""
        from factcheck_app.gui.language_switch import apply_language

        new = apply_language(self, preference)
        if new is not self:
            self.replaced.emit(new)
        return new

    def retire(self) -> None:
        """Leave the screen for a replacement window; running work carries on."""
        self._retired = True
        self.hide()
        self.deleteLater()

    def show_shortcuts(self) -> None:
        from factcheck_app.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menus, self).exec()

    # --- internals ------------------------------------------------------------------------

    def _install_layout_actions(self) -> None:
        """View > Library folds the library column away (it folds itself when narrow)."""
        self.library_toggle = QAction(self.tr("&Library"), self)
        self.library_toggle.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.library_toggle.setToolTip(self.tr("Show or hide the list of articles (Ctrl+Shift+L)"))
        self.library_toggle.setIcon(qta.icon("fa5s.bars"))
        self.columns.attach_toggle(self.library_toggle)
        first = self.toolbar.actions()[0] if self.toolbar.actions() else None
        if first is None:
            self.toolbar.addAction(self.library_toggle)
        else:
            self.toolbar.insertAction(first, self.library_toggle)
        view = self.menus["view"].actions()
        if view:
            self.menus["view"].insertAction(view[0], self.library_toggle)
        else:
            self.menus["view"].addAction(self.library_toggle)
        self.toolbar_fit = AdaptiveToolbar(self.toolbar, self)

    def splitters(self) -> dict[str, QSplitter]:
        return {"main": self.splitter, "right": self.right_splitter}

    def _article_activated(self, article_id: str | None) -> None:
        if article_id != self._article_id:
            self._open(article_id)

    def _open(self, article_id: str | None) -> None:
        self._article_id = article_id
        article: Article | None = None
        cards: tuple[ClaimCard, ...] = ()
        if article_id:
            try:
                article = article_service.get_article(self.ctx.library, article_id)
                cards = self._cards(article_id)
            except LookupError:
                article, self._article_id = None, None
        self.article_view.show_article(article, _members(cards), cards)
        self._show_start_view_if_empty()
        self.assertion_panel.set_cards(cards, keep_selection=False)
        self.setWindowTitle(f"{article.title} — Factcheck" if article else "Factcheck")
        self._update_status(recount=False)

    def _cards(self, article_id: str) -> tuple[ClaimCard, ...]:
        return card_service.article_cards(self.ctx.library, article_id)

    def _on_changed(self, changes: Changes) -> None:
        current = self._article_id
        if current and (changes.library or current in changes.articles or changes.assertions):
            if changes.library:
                self._apply_highlight_setting()
            try:
                article_service.get_article(self.ctx.library, current)
            except LookupError:  # deleted (or merged away)
                self._open(None)
                return
            cards = self._cards(current)
            self.assertion_panel.set_cards(cards)
            self.article_view.set_assertions(_members(cards), cards)
        self._update_status()

    def _apply_highlight_setting(self) -> None:
        """Settings name the categories to highlight; ``sourced`` stays on, shown quietly."""
        wanted = set(self.ctx.settings.highlight) | {str(Category.SOURCED)}
        hidden = {str(c) for c in Category} - wanted
        if hidden != set(self.article_view.hidden_categories()):
            self.article_view.set_hidden_categories(hidden)

    def _show_start_view_if_empty(self) -> None:
        empty = self._article_id is None and self.library_view.article_count() == 0
        self.centre.setCurrentIndex(0 if empty else 1)
        # An empty library has nothing to list or check: the welcome page gets the width.
        self.columns.set_empty(empty)
        self.right_splitter.setVisible(not empty)

    def _analysed(self, results: list) -> None:
        wanted = self._select_first_in
        if wanted and any(getattr(r, "article_id", None) == wanted for r in results):
            self._select_first_in = None
            self.show_article(wanted)
            self.select_first_assertion()
        notices = {r.notice for r in results if getattr(r, "notice", None)}
        if notices:
            self.statusBar().showMessage(" ".join(sorted(notices)), 10000)

    def _update_status(self, recount: bool = True) -> None:
        """The status bar; ``recount=False`` (opening an article changes no count) keeps
        the library's claims-to-check total instead of summing it again (11 ms at 10k)."""
        self._show_start_view_if_empty()
        lib = self.ctx.library
        if recount or self._open_claims is None:
            self._open_claims = card_service.open_claims(lib)
        where = str(lib.path) if lib.path else self.tr("temporary library")
        self.status_label.setText(
            self.tr("{path} · {articles} · {open}").format(
                path=where,
                articles=self.tr("%Ln article(s)", "", self.library_view.article_count()),
                open=self.tr("%Ln claim(s) to check", "", self._open_claims),
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._restored:
                self.columns.apply_default_sizes()
            if self._preload:  # spaCy loads after the window is on screen
                QTimer.singleShot(0, self._preload_analyzer)

    def _preload_analyzer(self) -> None:
        job = self.analysis.preload()
        job.failed.connect(
            lambda exc: show_error(self, self.tr("The analyser could not be loaded"), exc)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.importer.can_drop(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.importer.can_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.importer.drop(event.mimeData())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._retired:  # replaced by a window in another language: nothing to stop
            super().closeEvent(event)
            return
        window_state.save(self, self.splitters())
        self.ctx.tasks.cancel_all()
        self.ctx.tasks.wait(5000)
        super().closeEvent(event)


def _members(cards: Sequence[ClaimCard]) -> list[Assertion]:
    return [a for card in cards for a in card.members]
