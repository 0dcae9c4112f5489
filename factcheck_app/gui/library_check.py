"""Help > Check library, and the same check in the background once the window is shown.

The full SQLite check reads the whole file (0.45 s at 10,000 articles), so opening the
library runs it only for files this machine did not close cleanly (``storage.db``).
Otherwise it runs here, off the GUI thread on its own read-only connection, after the
window is on screen; a damaged file is reported then. The menu entry runs it on demand
and says what it found.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from factcheck_app.gui.i18n import translate
from factcheck_app.gui.messages import show_error
from factcheck_app.gui.tasks import Job

# Let the window paint and settle before reading the whole file.
BACKGROUND_DELAY_MS = 1500


def install(window: Any) -> LibraryCheck:
    """Add the Help menu entry and schedule the background check (kept on the window)."""
    check = LibraryCheck(window)
    window.library_check = check
    return check


class LibraryCheck(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.job: Job | None = None
        self.action = QAction(translate("library_check", "&Check library"), window)
        self.action.setStatusTip(
            translate(
                "library_check", "Check the whole library file for damage (takes a few seconds)"
            )
        )
        self.action.triggered.connect(lambda _=False: self.check(report=True))
        menu = window.menus["help"]
        actions = menu.actions()
        menu.insertAction(actions[-1] if actions else None, self.action)  # before About
        self._pending = not self.ctx.library.checked_on_open
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and self._pending:
            self._pending = False
            QTimer.singleShot(BACKGROUND_DELAY_MS, lambda: self.check(report=False))
        return False

    def check(self, report: bool) -> Job:
        """Run the check off the GUI thread; ``report`` says "intact" too, not only damage."""
        library = self.ctx.library
        self.job = self.ctx.tasks.start(
            translate("library_check", "Checking the library"),
            lambda progress, cancelled: library.check_integrity(),
        )
        if report:
            self.job.finished.connect(lambda _: self._intact())
        self.job.failed.connect(self._damaged)
        return self.job

    def _intact(self) -> None:
        QMessageBox.information(
            self.window,
            translate("library_check", "Check library"),
            translate("library_check", "The library file is intact."),
        )

    def _damaged(self, exc: BaseException) -> None:
        show_error(
            self.window,
            translate("library_check", "The library file is damaged"),
            exc,
        )
