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
from typing import TYPE_CHECKING, Any

from factcheck_app.errors import NotFoundError
from factcheck_app.settings import Settings, config_path, load_settings
from factcheck_app.storage.db import (  # first: see factcheck_app.storage on sqlite-utils
    OpenMarker,
    check_file,
    check_integrity,
    get_meta,
    open_database,
)
from factcheck_app.storage.rows import get_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def open_record_path() -> Path:
    """Where this user's machine records how it left each library (see ``OpenMarker``)."""
    return config_path().parent / "libraries-open.json"


class Library:
    def __init__(
        self,
        path: Path | str | None = None,
        settings: Settings | None = None,
        remember: bool = True,
    ):
        """``remember=False`` for a throw-away library (a screenshot's): it is not added to
        the user's record of libraries left cleanly (see ``storage.db.OpenMarker``)."""
        self.path = Path(path) if path not in (None, ":memory:") else None
        self.settings = settings or load_settings()
        if self.path is not None and not self.path.exists() and self.path.parent.is_dir():
            # A library holds unpublished work: owner-only from the first byte (SQLite
            # gives its -wal and -shm files the same mode).
            with contextlib.suppress(OSError):
                self.path.touch(mode=0o600, exist_ok=False)
        marker = OpenMarker(self.path, open_record_path()) if self.path and remember else None
        self._db = open_database(self.path, marker=marker)
        #: the full integrity check ran while opening; otherwise the GUI runs it later
        self.checked_on_open = self._db.checked or self.path is None
        self._data_version = self._read_data_version()
        if self.path is not None:
            from factcheck_app.services.leftovers import clean_leftovers  # after storage.db

            clean_leftovers([self.path.parent])
        self._lock = threading.RLock()
        self._closed = False

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

    def check_integrity(self) -> None:
        """The full SQLite check of the file; raises ``LibraryError`` when it is damaged.

        Seconds on a large library: the GUI runs it off the GUI thread after start-up and
        from Help > Check library.
        """
        if self.path is None:
            with self._lock:
                check_integrity(self._db, None)
            return
        check_file(self.path)  # its own read-only connection: the window stays usable
        with self._lock:
            if self._db.marker is not None:
                self._db.marker.checked()

    def _read_data_version(self) -> int:
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True once after another process (a ``factcheck`` command, another window)
        committed to this library; SQLite's ``data_version`` makes the poll nearly free."""
        if self._closed or not self._lock.acquire(blocking=False):
            return False  # closed, or a job is writing: ask again at the next poll
        try:
            version = self._read_data_version()
            changed, self._data_version = version != self._data_version, version
        finally:
            self._lock.release()
        return changed

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Library({str(self.path) if self.path else ':memory:'})"


def live_row(lib: Library, table: str, row_id: str, missing: str) -> dict[str, Any]:
    """The row, unless it does not exist or is marked deleted (``NotFoundError``)."""
    with lib.session() as db:
        row = get_row(db, table, row_id)
    if row is None or row["deleted"]:
        raise NotFoundError(missing, id=row_id)
    return row
