"""The user-facing error hierarchy shared by every layer.

An exception that derives from :class:`FactcheckError` carries a message meant for the
person at the keyboard: the CLI prints it as one line with exit code 2, the GUI shows it in
a message box. Anything else is a bug and is logged with its traceback. The classes also
derive from the matching built-in (``ValueError`` ...) so code that only knows the standard
library still catches them.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error whose ``str()`` is one line a user can act on.

    ``message`` may be a ``str.format`` template filled from ``params``; the GUI looks the
    template up in its translations (``gui/messages.py``), so the German UI shows the
    message in German while the CLI prints the English one.
    """

    def __init__(self, message: str = "", **params: object) -> None:
        self.template = " ".join(str(message).split())
        self.params = params
        super().__init__(self.template.format(**params) if params else self.template)


class InputError(FactcheckError, ValueError):
    """The user's input (a file, an argument, pasted text) cannot be used."""


class LibraryError(FactcheckError, RuntimeError):
    """A library or share file cannot be opened, read or written as asked."""


class ConflictError(FactcheckError):
    """The change clashes with the library's current state (stale edit, busy library)."""


class NotFoundError(InputError, LookupError):
    """An id or name the user gave matches nothing (or more than one thing)."""
