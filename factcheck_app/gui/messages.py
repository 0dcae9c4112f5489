"""User-facing error messages: one clear sentence, never a traceback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def describe(exc: BaseException) -> str:
    """What the user reads: our own errors carry readable messages, others get a summary."""
    text = str(exc).strip()
    if isinstance(exc, (ValueError, LookupError, OSError, RuntimeError)) and text:
        return text
    return QCoreApplication.translate(
        "messages", "Something went wrong ({kind}). Details were written to the log."
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> None:
    if isinstance(exc_or_text, BaseException):
        trace = getattr(exc_or_text, "__traceback_text__", None)
        if trace:
            print(trace, file=sys.stderr)
        text = describe(exc_or_text)
    else:
        text = exc_or_text
    QMessageBox.warning(parent, title, text)
