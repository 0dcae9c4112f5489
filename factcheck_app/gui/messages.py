"""User-facing error messages: one clear sentence, never a traceback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from factcheck_app.errors import FactcheckError

#: Messages of the core's operations, so lupdate extracts them for translation.
CORE_MESSAGES = (
    QT_TRANSLATE_NOOP("errors", "a note needs some text"),
    QT_TRANSLATE_NOOP("errors", "a reference needs a title"),
    QT_TRANSLATE_NOOP("errors", "a tag needs a name"),
    QT_TRANSLATE_NOOP("errors", "{name} is not a file"),
    QT_TRANSLATE_NOOP("errors", "{name} is empty; nothing to keep as a copy"),
    QT_TRANSLATE_NOOP("errors", "{name} is larger than {limit} MB"),
    QT_TRANSLATE_NOOP("errors", "{name} cannot be read: {why}"),
    QT_TRANSLATE_NOOP("errors", "the selection is outside the article"),
    QT_TRANSLATE_NOOP("errors", "the span is outside the article"),
    QT_TRANSLATE_NOOP("errors", "{rating} is not in the verdict scheme"),
    QT_TRANSLATE_NOOP("errors", "the stored copy of {name} is damaged (checksum differs)"),
)


def describe(exc: BaseException) -> str:
    """What the user reads: our own errors carry readable messages, others get a summary.

    A ``FactcheckError``'s message template is looked up in the "errors" translations
    (the strings listed in ``CORE_MESSAGES``), so the German UI reads it in German.
    """
    if isinstance(exc, FactcheckError):
        template = QCoreApplication.translate("errors", exc.template)
        try:
            return template.format(**exc.params) if exc.params else template
        except (KeyError, IndexError, ValueError):
            return str(exc)
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
