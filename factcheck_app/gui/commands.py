"""Undoable edits: each command calls a service function and publishes its ``Changes``.

Everything is saved at once by the service layer; undo calls the inverse service call.
Concrete commands pass two callables that each return ``Changes``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from factcheck_app.gui.bus import ChangeBus
from factcheck_app.models import Changes


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        bus: ChangeBus,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
    ) -> None:
        super().__init__(text)
        self._bus = bus
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._bus.publish(self._do())

    def undo(self) -> None:
        self._bus.publish(self._undo())
