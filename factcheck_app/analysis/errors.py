"""Exceptions the analyser raises; kept apart so every module can import them cheaply."""

from __future__ import annotations

from factcheck_app.errors import FactcheckError, InputError


class Cancelled(Exception):
    """Raised by ``Analyzer.analyze_article`` when the caller's ``cancel()`` returns True."""


class LexiconError(InputError):
    """A cue file is malformed; the message names the file and the line so users can fix it."""

    def __init__(self, path: object, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class MissingLexiconsError(FactcheckError, RuntimeError):
    """The bundled lexicons are not where the installation should have put them.

    Without them the analyser would find nothing and report "0 assertions" as if the text
    were clean, so this stops the analysis with a message instead.
    """
