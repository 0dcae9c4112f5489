"""Switching the UI language while the app runs: a fresh window in the new language.

Every widget sets its texts when it is built, so instead of teaching each of them to
re-read its strings on a ``LanguageChange`` event (and missing one), the window is built
again: the new translators are installed, a new main window takes the old one's place,
size, splitters, open article and selected assertion, and the old window is retired
without cancelling anything. The library, its undo history and background jobs live in the
context, which both windows share, so nothing the user did is lost.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from factcheck_app.gui import file_open
from factcheck_app.gui.i18n import current_language, install_translators, resolve_language
from factcheck_app.models import Changes

if TYPE_CHECKING:
    from factcheck_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How long to let running jobs finish before the window they report to is replaced.
JOB_GRACE_MS = 10_000


def apply_language(window: MainWindow, preference: str) -> MainWindow:
    """Show the UI in the language ``preference`` names now; returns the window to use."""
    app = QApplication.instance()
    wanted = resolve_language(preference)
    if app is None or wanted == current_language():
        return window
    install_translators(app, wanted)
    return rebuild(window)


def rebuild(old: MainWindow) -> MainWindow:
    """A new main window in the installed language, in the old one's place and state."""
    from factcheck_app.gui.main_window import MainWindow

    old.ctx.tasks.wait(JOB_GRACE_MS)  # their results are published to the old window
    new = MainWindow(old.ctx, old.analyzer_factory, preload_analyzer=old.preloads_analyzer)
    new.restoreGeometry(old.saveGeometry())
    new.restoreState(old.saveState())
    for name, splitter in old.splitters().items():
        new.splitters()[name].restoreState(splitter.saveState())
    article_id = old.current_article_id()
    assertion_id = old.assertion_panel.current_assertion_id()
    handler = old.findChild(file_open.FileOpenHandler)
    old.retire()
    new.show()
    if article_id:
        new.show_article(article_id, assertion_id)
    if handler is not None:
        app = QApplication.instance()
        if app is not None:
            file_open.install(app, new)
    new.ctx.bus.publish(Changes(library=True))
    log.info("UI language switched to %s", current_language())
    return new
