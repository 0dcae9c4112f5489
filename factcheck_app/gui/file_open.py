"""Files the desktop hands to the running app (macOS sends a ``FileOpen`` event instead of
a command-line argument when the user double-clicks a document).

A colleague's share file opens the merge dialog; anything else is imported as an article.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent


class FileOpenHandler(QObject):
    def __init__(self, window) -> None:  # MainWindow
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            # after the event returns: the merge dialog is modal and runs its own loop
            QTimer.singleShot(0, lambda: self.open(path))
            return True
        return super().eventFilter(watched, event)

    def open(self, path: Path) -> None:
        from factcheck_app.services.sharing import SHARE_EXTENSION

        if path.suffix == SHARE_EXTENSION:
            self.window.open_share_file(path)
        else:
            self.window.importer.import_paths([path])


def install(app, window) -> FileOpenHandler:
    handler = FileOpenHandler(window)
    app.installEventFilter(handler)
    return handler
