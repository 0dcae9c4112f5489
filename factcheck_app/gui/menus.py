"""The menu bar and toolbar of the main window, built from the window's parts.

Kept apart from ``main_window`` so the window stays composition only; every action here
calls a method of one of the window's parts.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from factcheck_app.gui import palette
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.item_models.assertions import AssertionsProxy

if TYPE_CHECKING:
    from factcheck_app.gui.main_window import MainWindow


def _icon(name: str):
    import qtawesome as qta

    return qta.icon(name)


def _colleague_action(
    window: MainWindow, text: str, module: str, func: str, with_ids: bool
) -> QAction:
    """An action calling another part of the app, imported only when first used."""
    action = QAction(text, window)
    action.setEnabled(importlib.util.find_spec(module) is not None)

    def run() -> None:
        opener = getattr(importlib.import_module(module), func)
        if with_ids:
            opener(window, window.ctx, window.selected_article_ids())
        else:
            opener(window, window.ctx)

    action.triggered.connect(run)
    return action


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
    export = _colleague_action(
        window,
        translate("menus", "&Export report…"),
        "factcheck_app.gui.export_dialog",
        "open_export_dialog",
        True,
    )
    export.setShortcut(QKeySequence("Ctrl+E"))
    file.addAction(export)
    file.addAction(
        _colleague_action(
            window,
            translate("menus", "Import &Web Annotations…"),
            "factcheck_app.gui.annotation_import_dialog",
            "open_annotation_import",
            True,
        )
    )
    file.addAction(
        _colleague_action(
            window,
            translate("menus", "&Share library…"),
            "factcheck_app.gui.share_dialog",
            "open_share_dialog",
            True,
        )
    )
    file.addAction(
        _colleague_action(
            window,
            translate("menus", "&Merge library…"),
            "factcheck_app.gui.merge_dialog",
            "open_merge_dialog",
            False,
        )
    )
    file.addSeparator()
    quit_action = file.addAction(translate("menus", "&Quit"), window.close)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    edit = menus["edit"]
    undo = window.ctx.undo_stack.createUndoAction(window, translate("menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setIcon(_icon("fa5s.undo"))
    redo = window.ctx.undo_stack.createRedoAction(window, translate("menus", "&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    redo.setIcon(_icon("fa5s.redo"))
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
    order = view.addMenu(translate("menus", "&Order assertions"))
    group = QActionGroup(window)
    panel = window.assertion_panel
    for index, (label, mode) in enumerate(
        (
            (translate("menus", "By &position"), AssertionsProxy.BY_POSITION),
            (translate("menus", "By c&ategory"), AssertionsProxy.BY_CATEGORY),
        )
    ):
        action = order.addAction(label)
        action.setCheckable(True)
        action.setChecked(mode == panel.proxy.mode)
        group.addAction(action)
        action.triggered.connect(lambda _=False, i=index: panel.order.setCurrentIndex(i))
        panel.order.currentIndexChanged.connect(lambda i, a=action, n=index: a.setChecked(i == n))

    analysis = menus["analysis"]
    reanalyse = analysis.addAction(
        _icon("fa5s.sync-alt"), translate("menus", "&Re-analyse"), window.reanalyse
    )
    reanalyse.setShortcut(QKeySequence("F5"))
    reanalyse.setToolTip(
        translate("menus", "Analyse the selected articles again; your reviews are kept (F5)")
    )
    window.reanalyse_action = reanalyse
    claims = _colleague_action(
        window,
        translate("menus", "&Claims across the library…"),
        "factcheck_app.gui.claims_view",
        "open_claims_view",
        False,
    )
    claims.setToolTip(
        translate("menus", "The same claim in several articles, its verdicts, contradictions")
    )
    analysis.addAction(claims)
    window.claims_action = claims

    for action in review.actions:
        menus["review"].addAction(action)
        if action is review.previous_action:
            menus["review"].addSeparator()

    help_menu = menus["help"]
    keys = help_menu.addAction(
        _icon("fa5s.keyboard"), translate("menus", "&Keyboard shortcuts"), window.show_shortcuts
    )
    keys.setShortcut(QKeySequence("Ctrl+/"))
    help_menu.addAction(translate("menus", "&About Factcheck"), lambda: _about(window))

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


def _about(window: MainWindow) -> None:
    from factcheck_app import __version__

    QMessageBox.about(
        window,
        translate("menus", "About Factcheck"),
        translate(
            "menus",
            "Factcheck {version}\nAn offline assistant for fact-checkers: it highlights the "
            "assertions in an article that are not properly sourced.",
        ).format(version=__version__),
    )
