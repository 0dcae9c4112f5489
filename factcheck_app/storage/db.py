"""Opening a library file: pragmas, migrations and the checks that keep data safe.

A library is one SQLite file. We open a single writer connection (WAL, foreign keys on)
and apply pending migrations; a file from a newer build or a file that is not a library
is refused with a message instead of being "upgraded" into something else.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlite_utils import Database

from factcheck_app.errors import LibraryError
from factcheck_app.storage.migrations import MIGRATIONS, migration_names


class StorageError(LibraryError):
    """A library file that cannot be used; the message is meant for the user."""


def _connect(path: Path | str) -> sqlite3.Connection:
    # check_same_thread=False: the service layer serialises access with a lock, and
    # background jobs hand their writes to it.
    return sqlite3.connect(str(path), check_same_thread=False, timeout=10.0)


def open_database(path: Path | str | None) -> Database:
    """Open (creating if needed) a library; ``None`` or ':memory:' gives a private one."""
    if path is None or str(path) == ":memory:":
        db = Database(sqlite3.connect(":memory:", check_same_thread=False))
    else:
        path = Path(path)
        if path.exists() and path.is_dir():
            raise StorageError(f"{path} is a folder, not a library file")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = Database(_connect(path), execute_plugins=False)
            db.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"{path} is not a Factcheck library ({exc})") from exc
    try:
        _prepare(db, path)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StorageError(f"{path} cannot be opened as a library: {exc}") from exc
    except StorageError:
        db.close()
        raise
    return db


#: ``PRAGMA application_id`` of every library and share file (the bytes "FCHK" at offset 68
#: of the SQLite header), so tools recognise the files by content: ``file``, and the
#: shared-mime-info magic rule in packaging/linux/factcheck-mime.xml.
APPLICATION_ID = 0x4643484B


def stamp_application_id(db: Database) -> None:
    """Mark the file as a Factcheck library (kept by VACUUM and backups, so shares too)."""
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _prepare(db: Database, path: Path | str | None) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")
    if path is not None and str(path) != ":memory:":
        db.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL never corrupts and survives an app crash or kill; only an OS
        # crash or power cut may lose the last commits. FULL costs an fsync per edit.
        db.execute("PRAGMA synchronous = NORMAL")
        status = db.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise StorageError(f"{path} is damaged (SQLite integrity check: {status})")
    check_schema(db, path)
    MIGRATIONS.apply(db)
    _ensure_meta(db)
    stamp_application_id(db)


def check_schema(db: Database, path: Path | str | None) -> None:
    """Refuse files that are not libraries or come from a newer build."""
    tables = set(db.table_names())
    if not tables:
        return  # a new, empty file becomes a library
    if "_sqlite_migrations" not in tables or "meta" not in tables:
        raise StorageError(f"{path} is an SQLite file but not a Factcheck library")
    known = set(migration_names())
    applied = {m.name for m in MIGRATIONS.applied(db)}
    unknown = applied - known
    if unknown:
        raise StorageError(
            f"{path} was written by a newer version of Factcheck "
            f"(schema {len(applied)}, this version knows {len(known)}); please update the app"
        )


def _ensure_meta(db: Database) -> None:
    meta = db.table("meta")
    existing = {row["key"] for row in meta.rows}
    defaults = {
        "library_id": str(uuid.uuid4()),
        "schema_version": str(len(migration_names())),
        "user_name": "",
    }
    with db.atomic():
        for key, value in defaults.items():
            if key not in existing:
                meta.insert({"key": key, "value": value})
        meta.upsert({"key": "schema_version", "value": str(len(migration_names()))}, pk="key")


def get_meta(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else default
