"""User-facing error messages: one clear sentence, never a traceback."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from factcheck_app import logs
from factcheck_app.error_text import error_text
from factcheck_app.errors import FactcheckError
from factcheck_app.gui.i18n import current_language

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """What the user reads: only our own errors carry messages meant for a person.

    A ``FactcheckError``'s message template is looked up in the core catalogue
    (``factcheck_app.error_text``), so the German UI reads it in German. An
    ``OSError`` (a file the user chose cannot be written, the disk is full) is the file's
    name and the system's reason. Anything else is a bug: a summary, the log has the rest.
    """
    if isinstance(exc, FactcheckError):
        return error_text(exc, current_language())
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or type(exc).__name__
        if not exc.filename:
            return reason
        return QCoreApplication.translate("messages", "{file}: {reason}").format(
            file=Path(os.fsdecode(exc.filename)).name, reason=reason
        )
    return QCoreApplication.translate(
        "messages", "Something went wrong ({kind}). Details were written to the log."
    ).format(kind=type(exc).__name__)


def is_bug(exc: BaseException) -> bool:
    """Not a message for the user but a fault: the log has its traceback.

    Built-in ``ValueError``/``LookupError``/``RuntimeError`` are never taken as messages:
    the core raises ``FactcheckError`` subclasses for everything a user should read.
    """
    return not isinstance(exc, (FactcheckError, OSError))


def show_error(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> None:
    """One way to tell the user something failed; a bug's box offers to open the log."""
    if not isinstance(exc_or_text, BaseException):
        QMessageBox.warning(parent, title, exc_or_text)
        return
    exc = exc_or_text
    text = describe(exc)
    if not is_bug(exc):
        log.info("%s: %s", title, text)
        QMessageBox.warning(parent, title, text)
        return
    log.error("%s", title, exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    open_log = box.addButton(
        QCoreApplication.translate("messages", "Open log"), QMessageBox.ButtonRole.ActionRole
    )
    box.exec()
    if box.clickedButton() is open_log:
        open_log_file()


def open_log_file() -> bool:
    """Show the log file in the system's text viewer (its folder if there is no file yet)."""
    path = logs.log_file()
    target = path if path.is_file() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
