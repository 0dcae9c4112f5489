"""The open library: one database handle, its lock, and who is working on it.

There is no global app object: the GUI and the CLI each open a ``Library`` and pass it to
the service functions. The lock serialises the single writer connection between the GUI
thread and background jobs.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from factcheck_app.services.leftovers import clean_leftovers
from factcheck_app.settings import Settings, load_settings
from factcheck_app.storage.db import get_meta, open_database


class Library:
    def __init__(self, path: Path | str | None = None, settings: Settings | None = None):
        self.path = Path(path) if path not in (None, ":memory:") else None
        self.settings = settings or load_settings()
        if self.path is not None and not self.path.exists() and self.path.parent.is_dir():
            # A library holds unpublished work: owner-only from the first byte (SQLite
            # gives its -wal and -shm files the same mode).
            with contextlib.suppress(OSError):
                self.path.touch(mode=0o600, exist_ok=False)
        self._db = open_database(self.path)
        if self.path is not None:
            clean_leftovers([self.path.parent])
        self._lock = threading.RLock()

    @property
    def author(self) -> str:
        return self.settings.user_name

    @property
    def library_id(self) -> str:
        with self.session() as db:
            return get_meta(db, "library_id")

    @contextmanager
    def session(self) -> Iterator[Database]:
        """Exclusive use of the connection for one service call."""
        with self._lock:
            yield self._db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Library({str(self.path) if self.path else ':memory:'})"
