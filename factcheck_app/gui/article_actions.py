"""Managing articles from the window: details, notes on the whole article, move to the
trash (Delete in the library list, undoable) and the Trash dialog.

Installed on the main window by :func:`install`, which puts the actions in the File menu
and the library list's context menu; every change is a service operation run through
``edits.perform``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from factcheck_app.gui.edits import perform
from factcheck_app.services import articles as article_service

if TYPE_CHECKING:
    from factcheck_app.gui.main_window import MainWindow


def _icon(name: str):
    import qtawesome as qta

    return qta.icon(name)


class ArticleActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.details_action = QAction(
            _icon("fa5s.info-circle"), self.tr("Article &details…"), window
        )
        self.details_action.setShortcut(QKeySequence("Ctrl+I"))
        self.details_action.setToolTip(
            self.tr("Title, web address, outlet, author, date and language of the article")
        )
        self.details_action.triggered.connect(self.edit_details)
        self.notes_action = QAction(_icon("fa5s.sticky-note"), self.tr("Article &notes…"), window)
        self.notes_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.notes_action.setToolTip(self.tr("Notes on the whole article, not on one claim"))
        self.notes_action.triggered.connect(self.edit_notes)
        self.trash_action = QAction(_icon("fa5s.trash-alt"), self.tr("Mo&ve to Trash"), window)
        self.trash_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete acts in the library list only (in the text it is no shortcut at all)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.trash_action.setToolTip(self.tr("Delete the selected articles (undo with Ctrl+Z)"))
        self.trash_action.triggered.connect(self.move_to_trash)
        self.open_trash_action = QAction(_icon("fa5s.trash-restore"), self.tr("&Trash…"), window)
        self.open_trash_action.setToolTip(self.tr("Restore deleted articles, or empty the trash"))
        self.open_trash_action.triggered.connect(self.open_trash)
        self.actions = [self.details_action, self.notes_action, self.trash_action]

        view = window.library_view.view
        view.addAction(self.trash_action)  # its shortcut context: the library list
        menu_actions = [self.details_action, self.notes_action, self.trash_action]
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos: self._context_menu(pos, menu_actions))
        view.selectionModel().selectionChanged.connect(self._update_enabled)
        window.ctx.bus.changed.connect(self._update_enabled)
        window.library_view.article_activated.connect(self._update_enabled)
        window.menus["file"].aboutToShow.connect(self._update_enabled)
        self._update_enabled()

    def _context_menu(self, pos, actions: list[QAction]) -> None:
        from PySide6.QtWidgets import QMenu

        view = self.window.library_view.view
        menu = QMenu(view)
        menu.addActions(actions[:2])
        menu.addSeparator()
        menu.addAction(actions[2])
        menu.addAction(self.open_trash_action)
        menu.popup(view.viewport().mapToGlobal(pos))

    def _article_id(self) -> str | None:
        ids = self.window.selected_article_ids()
        return ids[0] if ids else None

    def _update_enabled(self, *_: object) -> None:
        has = bool(self.window.selected_article_ids())
        for action in self.actions:
            action.setEnabled(has)

    # --- the actions ------------------------------------------------------------------

    def edit_details(self) -> bool:
        from factcheck_app.gui.article_dialogs import ArticleDetailsDialog

        article_id = self._article_id()
        if article_id is None:
            return False
        dialog = ArticleDetailsDialog(self.ctx, article_id, self.window)
        if dialog.exec() != ArticleDetailsDialog.DialogCode.Accepted:
            return False
        if dialog.language_changed():  # the language decides which rules apply
            self.window.analysis.analyze([article_id])
        return True

    def edit_notes(self) -> None:
        from factcheck_app.gui.article_dialogs import ArticleNotesDialog

        article_id = self._article_id()
        if article_id is not None:
            ArticleNotesDialog(self.ctx, article_id, self.window).exec()

    def move_to_trash(self) -> bool:
        ids = self.window.selected_article_ids()
        if not ids:
            return False
        lib = self.ctx.library
        changes = perform(self.window, self.ctx, lambda: article_service.delete_articles(lib, ids))
        if changes is None:
            return False
        self.window.statusBar().showMessage(
            self.tr("Moved %n article(s) to the Trash. Undo with Ctrl+Z.", "", len(ids)), 8000
        )
        return True

    def open_trash(self) -> None:
        from factcheck_app.gui.trash_dialog import open_trash_dialog

        open_trash_dialog(self.window, self.ctx)


def install(window: MainWindow) -> ArticleActions:
    """Create the actions and add them to the File menu, after the import actions."""
    actions = ArticleActions(window)
    file_menu = window.menus["file"]
    entries = file_menu.actions()
    paste = window.importer.paste_action
    before = entries[entries.index(paste) + 1] if paste in entries else None
    items = [
        actions.details_action,
        actions.notes_action,
        actions.trash_action,
        actions.open_trash_action,
    ]
    if before is None:
        file_menu.addSeparator()
        file_menu.addActions(items)
    else:  # paste, separator, these, separator, export...
        file_menu.insertSeparator(before)
        file_menu.insertActions(before, items)
    return actions
