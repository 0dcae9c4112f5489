"""What every widget needs, passed explicitly instead of a global app object."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from factcheck_app.gui.bus import ChangeBus
from factcheck_app.gui.tasks import TaskRunner
from factcheck_app.services import Library
from factcheck_app.settings import Settings


@dataclass
class GuiContext:
    library: Library
    bus: ChangeBus
    undo_stack: QUndoStack
    tasks: TaskRunner

    @property
    def settings(self) -> Settings:
        return self.library.settings

    @classmethod
    def create(cls, library: Library) -> GuiContext:
        return cls(library, ChangeBus(), QUndoStack(), TaskRunner())
