"""The one API the GUI and the CLI use. Functions take a ``Library`` and return dataclasses.

Modules: ``library`` (open/close), ``articles`` (import, list, get, search, delete),
``analysis`` (run the analyser and store its findings), ``annotations`` (every edit a
checker makes, as a named operation: review, notes, references, verdicts, tags, manual
assertions), ``history`` (the undo journal those operations record: undo and redo).
"""

from factcheck_app.services.library import Library

__all__ = ["Library"]
