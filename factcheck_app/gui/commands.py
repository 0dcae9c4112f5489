"""The one undo command: two service calls that each return ``Changes``, published on the bus.

Edits push it through ``edits.record`` with the library journal's undo and redo of their
step (the edit itself already ran, so the first ``redo`` only publishes ``done``). A step
that can no longer be replayed (the analyser or a merge changed its rows since) is
explained to the checker and dropped from the stack instead of half-applied.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from factcheck_app.errors import FactcheckError
from factcheck_app.gui.bus import ChangeBus
from factcheck_app.models import Changes

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        bus: ChangeBus,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        done: Changes | None = None,
    ) -> None:
        super().__init__(text)
        self._bus = bus
        self._do = do
        self._undo = undo
        self._done = done

    def redo(self) -> None:
        if self._done is not None:  # the edit ran before it was pushed
            changes, self._done = self._done, None
            self._bus.publish(changes)
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: Callable[[], Changes]) -> None:
        try:
            self._bus.publish(call())
        except FactcheckError as exc:
            log.info("undo/redo refused: %s", exc)
            self.setObsolete(True)
            self._bus.refused.emit(exc)
