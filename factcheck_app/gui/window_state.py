"""Remembering the window's geometry and splitter sizes between sessions (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


def qsettings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "factcheck", "factcheck-app"
    )


def restore(window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
    """Returns False on the first run (nothing stored), so the caller can set defaults."""
    store = qsettings()
    geometry = store.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        return False
    state = store.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for name, splitter in splitters.items():
        sizes = store.value(f"splitters/{name}")
        if isinstance(sizes, QByteArray):
            splitter.restoreState(sizes)
    return True


def save(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    store = qsettings()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    for name, splitter in splitters.items():
        store.setValue(f"splitters/{name}", splitter.saveState())
    store.sync()
