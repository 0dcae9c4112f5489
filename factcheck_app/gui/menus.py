"""The menu bar and toolbar of the main window, built from the window's parts.

Kept apart from ``main_window`` so the window stays composition only; every action here
calls a method of one of the window's parts or opens a dialog through its module's
``open_...`` function (imported when first used, so start-up stays light). To add a menu
entry: build the ``QAction`` in the part that owns the behaviour (or here, for a dialog),
add it to its menu below, and keep the reference on the window if other code needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from factcheck_app.gui import palette
from factcheck_app.gui.i18n import translate

if TYPE_CHECKING:
    from factcheck_app.gui.main_window import MainWindow


def _icon(name: str):
    import qtawesome as qta

    return qta.icon(name)


def _dialog_action(window: MainWindow, text: str, open_dialog: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(lambda _=False: open_dialog())
    return action


def _open_export(window: MainWindow) -> None:
    from factcheck_app.gui.export_dialog import open_export_dialog

    open_export_dialog(window, window.ctx, window.selected_article_ids())


def _open_annotation_import(window: MainWindow) -> None:
    from factcheck_app.gui.annotation_import_dialog import open_annotation_import

    open_annotation_import(window, window.ctx, window.selected_article_ids())


def _open_claims(window: MainWindow) -> None:
    from factcheck_app.gui.claims_view import open_claims_view

    open_claims_view(window, window.ctx)


def _open_share(window: MainWindow) -> None:
    from factcheck_app.gui.share_dialog import open_share_dialog

    open_share_dialog(window, window.ctx, window.selected_article_ids())


def _open_merge(window: MainWindow) -> None:
    from factcheck_app.gui.merge_dialog import open_merge_dialog

    open_merge_dialog(window, window.ctx)


def undo_actions(window: MainWindow) -> tuple[QAction, QAction]:
    """Undo and Redo of the window's undo stack, with every usual key.

    The keys are set on the actions themselves: a standard key keeps only its first
    binding (Ctrl+Y for Redo on Linux), so the others are added here, whatever language
    the menu texts are in.
    """
    stack = window.ctx.undo_stack
    undo = stack.createUndoAction(window, translate("menus", "&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    undo.setIcon(_icon("fa5s.undo"))
    redo = stack.createRedoAction(window, translate("menus", "&Redo"))
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
        if extra not in keys:
            keys.append(extra)
    redo.setShortcuts(keys)
    redo.setIcon(_icon("fa5s.redo"))
    return undo, redo


def build(window: MainWindow) -> tuple[dict[str, QMenu], QToolBar]:
    bar = window.menuBar()
    menus = {
        "file": bar.addMenu(translate("menus", "&File")),
        "edit": bar.addMenu(translate("menus", "&Edit")),
        "view": bar.addMenu(translate("menus", "&View")),
        "analysis": bar.addMenu(translate("menus", "&Analysis")),
        "review": bar.addMenu(translate("menus", "&Review")),
        "help": bar.addMenu(translate("menus", "&Help")),
    }
    imports, review = window.importer, window.review

    file = menus["file"]
    file.addAction(imports.open_action)
    file.addAction(imports.url_action)
    file.addAction(imports.paste_action)
    file.addSeparator()
    export = _dialog_action(
        window, translate("menus", "&Export report…"), lambda: _open_export(window)
    )
    export.setShortcut(QKeySequence("Ctrl+E"))
    file.addAction(export)
    file.addAction(
        _dialog_action(
            window,
            translate("menus", "Import &Web Annotations…"),
            lambda: _open_annotation_import(window),
        )
    )
    file.addAction(
        _dialog_action(window, translate("menus", "&Share library…"), lambda: _open_share(window))
    )
    file.addAction(
        _dialog_action(window, translate("menus", "&Merge library…"), lambda: _open_merge(window))
    )
    file.addSeparator()
    quit_action = file.addAction(translate("menus", "&Quit"), window.close)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    edit = menus["edit"]
    undo, redo = window.undo_action, window.redo_action = undo_actions(window)
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    copy = edit.addAction(translate("menus", "&Copy"), window.article_view.text_edit.copy)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.article_view.text_edit.addAction(copy)
    edit.addSeparator()
    settings = edit.addAction(
        _icon("fa5s.cog"), translate("menus", "&Settings…"), window.open_settings
    )
    settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.settings_action = settings

    view = menus["view"]
    categories = view.addMenu(translate("menus", "Show &categories"))
    window.category_actions = {}
    for category in palette.ORDER:
        action = categories.addAction(palette.icon(category), palette.label(category))
        action.setCheckable(True)
        action.setChecked(True)
        button = window.article_view.legend.buttons[str(category)]
        action.toggled.connect(button.setChecked)
        button.toggled.connect(action.setChecked)
        window.category_actions[str(category)] = action
    queue = view.addMenu(translate("menus", "Claim &queue"))
    group = QActionGroup(window)
    panel = window.assertion_panel
    for index, label in enumerate(
        (
            translate("menus", "&All claims"),
            translate("menus", "&To do"),
            translate("menus", "&Done"),
            translate("menus", "D&ismissed"),
        )
    ):
        action = queue.addAction(label)
        action.setCheckable(True)
        action.setChecked(index == panel.state_filter.currentIndex())
        group.addAction(action)
        action.triggered.connect(lambda _=False, i=index: panel.state_filter.setCurrentIndex(i))
        panel.state_filter.currentIndexChanged.connect(
            lambda i, a=action, n=index: a.setChecked(i == n)
        )
    queue.addSeparator()
    sourced = queue.addAction(translate("menus", "Show &sourced claims"))
    sourced.setCheckable(True)
    sourced.setChecked(panel.sourced_button.isChecked())
    sourced.toggled.connect(panel.set_show_sourced)
    panel.sourced_button.toggled.connect(sourced.setChecked)
    window.show_sourced_action = sourced

    analysis = menus["analysis"]
    reanalyse = analysis.addAction(
        _icon("fa5s.sync-alt"), translate("menus", "&Re-analyse"), window.reanalyse
    )
    reanalyse.setShortcut(QKeySequence("F5"))
    reanalyse.setToolTip(
        translate("menus", "Analyse the selected articles again; your reviews are kept (F5)")
    )
    window.reanalyse_action = reanalyse
    claims = _dialog_action(
        window, translate("menus", "&Claims across the library…"), lambda: _open_claims(window)
    )
    claims.setToolTip(
        translate("menus", "The same claim in several articles, its verdicts, contradictions")
    )
    analysis.addAction(claims)
    window.claims_action = claims

    for action in review.actions:
        menus["review"].addAction(action)
        if action in (review.previous_action, review.dismiss_reason_action):
            menus["review"].addSeparator()

    help_menu = menus["help"]
    keys = help_menu.addAction(
        _icon("fa5s.keyboard"), translate("menus", "&Keyboard shortcuts"), window.show_shortcuts
    )
    keys.setShortcut(QKeySequence("Ctrl+/"))

    toolbar = QToolBar(translate("menus", "Main"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for action in (imports.open_action, imports.paste_action, reanalyse):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (
        review.previous_action,
        review.next_action,
        review.keep_action,
        review.dismiss_action,
    ):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(undo)
    window.addToolBar(toolbar)
    return menus, toolbar
