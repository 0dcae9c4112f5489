"""Remembering the window's geometry and splitter sizes between sessions (QSettings).

The INI file sits next to the user's ``settings.json`` (``factcheck-app.ini``), so it
follows ``FACTCHECK_CONFIG`` like every other per-user file: tests and screenshot runs that
point that variable at a temporary folder never touch the real one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from factcheck_app.settings import config_path

INI_NAME = "factcheck-app.ini"
_redirect: Path | None = None


def ini_path() -> Path:
    """Where the window state is kept: beside ``settings.json`` unless redirected."""
    return _redirect or config_path().with_name(INI_NAME)


def redirect(path: Path | None) -> None:
    """Keep the window state in ``path`` for this process (``--screenshot`` uses a temp file)."""
    global _redirect
    _redirect = path


def qsettings() -> QSettings:
    return QSettings(str(ini_path()), QSettings.Format.IniFormat)


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
