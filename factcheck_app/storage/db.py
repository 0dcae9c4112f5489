"""Opening a library file: pragmas, migrations and the checks that keep data safe.

A library is one SQLite file. We open a single writer connection (WAL, foreign keys on)
and apply pending migrations; a file from a newer build or a file that is not a library
is refused with a message instead of being "upgraded" into something else.

Opening costs the same for 10 or 10,000 articles and writes nothing when nothing changed:
the full ``quick_check`` (0.45 s at 10,000 articles) runs on open only for a file this
machine has not closed cleanly (``OpenMarker``: a file from elsewhere, one changed behind
our back, or one left open by a crash); otherwise the GUI runs it in the background after
its window is shown, and Help > Check library runs it on demand.

Several processes may use one library (the app and ``factcheck`` commands): every write
transaction starts with ``BEGIN IMMEDIATE`` so it waits (busy timeout) for the write lock
up front instead of failing half-way, and a lock still held after the waits is reported as
one clear ``LibraryError``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

from sqlite_utils import Database

from factcheck_app.errors import LibraryError
from factcheck_app.i18n import N_
from factcheck_app.storage import article_progress
from factcheck_app.storage.migrations import MIGRATIONS, migration_names

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
#: Further attempts at the write lock after the busy timeout ran out once.
LOCK_RETRIES = 2
BUSY_MESSAGE = (
    "The library is busy: another Factcheck window or command is writing to it; "
    "try again in a moment"
)


class StorageError(LibraryError):
    """A library file that cannot be used; the message is meant for the user."""


class LibraryBusy(StorageError):
    """Another process held the write lock through every wait."""


class LibraryDatabase(Database):
    """A sqlite-utils ``Database`` whose transactions take the write lock up front.

    A deferred ``BEGIN`` that later wants to write can fail at once with "database is
    locked" (WAL cannot wait for a newer snapshot); ``BEGIN IMMEDIATE`` waits the busy
    timeout for the lock, so a transaction that started always finishes.
    """

    path: Path | None = None
    marker: OpenMarker | None = None
    #: whether the full integrity check ran while opening
    checked: bool = False

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            with super().atomic():  # nested: a savepoint
                yield self
            return
        begin_immediate(self.conn)
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                # derived counts the transaction's changes made stale, recounted once
                article_progress.refresh_stale(self)
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    def executescript(self, sql: str) -> sqlite3.Cursor:
        """As sqlite-utils does inside a transaction (statement by statement, no implicit
        COMMIT), but splitting in linear time: sqlite-utils re-joins the script once per
        character, which made building a library's schema (every new library and share
        file, and the reference schema a merge checks a share against) cost ~0.1 s."""
        if not self.conn.in_transaction:
            return super().executescript(sql)
        cursor = self.conn.cursor()
        for statement in split_statements(sql):
            cursor.execute(statement)
        return cursor

    def close(self) -> None:
        super().close()
        if self.marker is not None:
            self.marker.closed()
            self.marker = None


def split_statements(sql: str) -> Iterator[str]:
    """The complete statements of ``sql``: a statement can only end at a ``;``, so only
    there do we ask SQLite whether what we have is complete (a ``;`` inside a string or a
    trigger body is not an end)."""
    pending = ""
    for piece in sql.split(";"):
        pending = f"{pending};{piece}" if pending else piece
        candidate = pending.strip() + ";"
        if candidate == ";":
            pending = ""
        elif sqlite3.complete_statement(candidate):
            yield candidate
            pending = ""
    if pending.strip():
        yield pending.strip()


def begin_immediate(conn: sqlite3.Connection) -> None:
    """Start a write transaction, retrying a lock held longer than the busy timeout."""
    for attempt in range(LOCK_RETRIES + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            log.warning("library locked (attempt %d): %s", attempt + 1, exc)
            time.sleep(0.05 * (attempt + 1))
    raise LibraryBusy(BUSY_MESSAGE)


class OpenMarker:
    """Per-user record of a library: who has it open, and how this machine last left it.

    ``record`` is a small JSON file outside the library (next to the user's settings)
    holding, per library path, the ids of the processes that have it open and the size and
    modification time the file had when it was last closed cleanly here. A library with no
    entry (a file from elsewhere), a different size or time (changed by some other
    program) or listing a process that is gone (a crash) gets the full check on open. The
    record never lives inside the library, so opening writes nothing to the library.
    """

    def __init__(self, path: Path, record: Path) -> None:
        self.path = path
        self.record = record
        self.key = str(path.resolve())

    def _read_all(self) -> dict:
        try:
            data = json.loads(self.record.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _read(self) -> dict:
        entry = self._read_all().get(self.key)
        return entry if isinstance(entry, dict) else {}

    def _write(self, entry: dict) -> None:
        data = self._read_all()
        data[self.key] = entry
        try:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            partial = self.record.with_name(f"{self.record.name}.{os.getpid()}")
            partial.write_text(json.dumps(data, indent=1), encoding="utf-8")
            partial.replace(self.record)
        except OSError as exc:  # a read-only folder: the check just runs every time
            log.info("cannot write %s: %s", self.record, exc)

    def _fingerprint(self) -> list[int]:
        stat = self.path.stat()
        return [stat.st_size, stat.st_mtime_ns]

    def _pids(self, entry: dict) -> list[int]:
        return [p for p in entry.get("open", []) if isinstance(p, int) and p != os.getpid()]

    def needs_check(self) -> bool:
        """True for a file this machine did not close cleanly (see the class)."""
        entry = self._read()
        others = self._pids(entry)
        if any(not _alive(pid) for pid in others):
            return True  # a crash (or kill) while it was open
        if others:
            return False  # open in another process right now: it was checked there
        return entry.get("clean") != self._fingerprint()

    def opened(self) -> None:
        entry = self._read()
        entry["open"] = sorted({*(p for p in self._pids(entry) if _alive(p)), os.getpid()})
        self._write(entry)

    def closed(self) -> None:
        entry = self._read()
        entry["open"] = [p for p in self._pids(entry) if _alive(p)]
        if self.path.exists():
            entry["clean"] = self._fingerprint()
        self._write(entry)

    def checked(self) -> None:
        """The file passed the full check: a clean state as far as we know."""
        entry = self._read()
        if self.path.exists():
            entry["clean"] = self._fingerprint()
        self._write(entry)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _connect(path: Path | str) -> sqlite3.Connection:
    # check_same_thread=False: the service layer serialises access with a lock, and
    # background jobs hand their writes to it.
    return sqlite3.connect(
        str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
    )


def open_database(
    path: Path | str | None, check: bool | None = None, marker: OpenMarker | None = None
) -> LibraryDatabase:
    """Open (creating if needed) a library; ``None`` or ':memory:' gives a private one.

    ``check`` forces the full integrity check on (True) or off (False). By default an
    existing file is checked unless ``marker`` says this machine left it cleanly.
    """
    if path is None or str(path) == ":memory:":
        db = LibraryDatabase(
            sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        )
        path = None
    else:
        path = Path(path)
        if path.exists() and path.is_dir():
            raise StorageError(N_("{path} is a folder, not a library file"), path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        if check is None:
            check = existed and (marker is None or marker.needs_check())
        try:
            db = LibraryDatabase(_connect(path), execute_plugins=False)
            db.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StorageError(
                N_("{path} is not a Factcheck library ({why})"), path=path, why=exc
            ) from exc
    db.path = path
    db.checked = bool(check)
    try:
        _prepare(db, path, bool(check))
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StorageError(
            N_("{path} cannot be opened as a library: {why}"), path=path, why=exc
        ) from exc
    except StorageError:
        db.close()
        raise
    if marker is not None:
        if check:
            marker.checked()
        marker.opened()
        db.marker = marker
    return db


#: ``PRAGMA application_id`` of every library and share file (the bytes "FCHK" at offset 68
#: of the SQLite header), so tools recognise the files by content: ``file``, and the
#: shared-mime-info magic rule in packaging/linux/factcheck-mime.xml.
APPLICATION_ID = 0x4643484B


def stamp_application_id(db: Database) -> None:
    """Mark the file as a Factcheck library (kept by VACUUM and backups, so shares too)."""
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _prepare(db: Database, path: Path | None, check: bool) -> None:
    """Everything that only reads comes first: a file we refuse (not a library, from a
    newer build, damaged) is left byte-identical, not even switched to WAL."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    check_schema(db, path)
    if path is not None:
        if check:
            check_integrity(db, path)
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL never corrupts and survives an app crash or kill; only an OS
        # crash or power cut may lose the last commits. FULL costs an fsync per edit.
        db.execute("PRAGMA synchronous = NORMAL")
    pending = {m.name for m in MIGRATIONS.pending(db)}
    if pending:
        MIGRATIONS.apply(db)
        if path is not None and pending & SHRINKING_MIGRATIONS and _existed_before(pending):
            # m0014/m0015 free most of the file: give it back to the disk once
            db.execute("VACUUM")
    _ensure_meta(db)
    stamp_application_id(db)


#: The migrations that free much of an existing file (issue 15); one VACUUM follows them.
SHRINKING_MIGRATIONS = frozenset({"m0014_size", "m0015_compact_findings"})


def _existed_before(pending: set[str]) -> bool:
    """A file that had a schema already (not a new library being created)."""
    return "m0001_initial" not in pending


def check_file(path: Path) -> None:
    """``quick_check`` on a private read-only connection: safe in a background thread
    while the library's own connection keeps serving the window (WAL readers do not
    block writers). Raises StorageError when the file is damaged."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    try:
        status = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StorageError(N_("{path} is damaged ({why})"), path=path, why=exc) from exc
    finally:
        conn.close()
    if status != "ok":
        raise StorageError(_INTEGRITY, path=path, status=status)


_INTEGRITY = N_("{path} is damaged (SQLite integrity check: {status})")


def check_integrity(db: Database, path: Path | str | None = None) -> None:
    """SQLite's ``quick_check`` over the whole file; raises StorageError when damaged."""
    status = db.execute("PRAGMA quick_check").fetchone()[0]
    if status != "ok":
        raise StorageError(_INTEGRITY, path=path or "the library", status=status)


def check_schema(db: Database, path: Path | str | None) -> None:
    """Refuse files that are not libraries or come from a newer build."""
    tables = set(db.table_names())
    if not tables:
        return  # a new, empty file becomes a library
    if "_sqlite_migrations" not in tables or "meta" not in tables:
        raise StorageError(N_("{path} is an SQLite file but not a Factcheck library"), path=path)
    known = set(migration_names())
    applied = {m.name for m in MIGRATIONS.applied(db)}
    unknown = applied - known
    if unknown:
        raise StorageError(
            N_(
                "{path} was written by a newer version of Factcheck "
                "(schema {applied}, this version knows {known}); please update the app"
            ),
            path=path,
            applied=len(applied),
            known=len(known),
        )


def _ensure_meta(db: Database) -> None:
    """Fill in missing meta rows; writes only when something is missing or out of date."""
    existing = dict(db.execute("SELECT key, value FROM meta").fetchall())
    version = str(len(migration_names()))
    wanted = {"library_id": str(uuid.uuid4()), "schema_version": version, "user_name": ""}
    missing = {k: v for k, v in wanted.items() if k not in existing}
    if not missing and existing.get("schema_version") == version:
        return
    with db.atomic():
        for key, value in missing.items():
            db.table("meta").insert({"key": key, "value": value})
        db.table("meta").upsert({"key": "schema_version", "value": version}, pk="key")


def get_meta(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_meta(db: Database, key: str, value: str) -> None:
    with db.atomic():
        db.table("meta").upsert({"key": key, "value": value}, pk="key")
