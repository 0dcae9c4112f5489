"""The change bus: service calls return ``Changes``; the bus broadcasts them.

Views subscribe and refresh only what they show (the Anki pattern), so no widget needs
to know which other widgets exist.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from factcheck_app.models import Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes
    #: (article_id, assertion_id or None): a view asks the others to show this place.
    navigate = Signal(str, object)
    #: (note_id): show a note (search results).
    show_note = Signal(str)
    #: (FactcheckError): an undo or redo the library refused; the main window explains it.
    refused = Signal(object)

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)
