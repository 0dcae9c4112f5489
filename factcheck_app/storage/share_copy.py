"""Taking the private copy of a share file before anything of it is read.

A file from elsewhere is never read in place (``untrusted`` checks the copy): a small one
is read into memory and opened there (``sqlite3_deserialize``: no file, no folder, no
fsync), a large one, or one with a live WAL beside it, is copied into a private folder.
Either way the copy is opened read only (``query_only``) with ``trusted_schema=OFF``, so
nothing of the file's schema may call a function of ours while it is checked. What is
not a file, not SQLite or too large is refused before a byte is copied.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from factcheck_app.i18n import N_
from factcheck_app.storage.db import StorageError

#: The first bytes of every SQLite file.
SQLITE_HEADER = b"SQLite format 3\x00"


#: Largest share file we copy at all (checked before a byte is copied).
MAX_SHARE_BYTES = 4 * 1024**3
#: Share files up to this size are copied into memory rather than into a private folder
#: (their bytes are held about three times over while they are checked and merged).
MEMORY_COPY_BYTES = 64 * 1024**2


class ShareFileError(StorageError):
    """A share file we refuse to read; the message says why, for the user."""


DAMAGED = N_("the file is damaged ({why})")


def refuse(source: Path, reason: str, **params: object) -> ShareFileError:
    """The one refusal of a share file: its name, the reason (a template of its own, so
    it is translated too) and the promise that the library was not touched."""
    return ShareFileError(
        N_("{name} cannot be merged: {why}. Your library was not changed."),
        name=source.name,
        why=ShareFileError(reason, **params),
    )


def inspect_file(source: Path) -> tuple[int, Path]:
    """Refuse what is not a file or not SQLite, or too large, before a byte is copied;
    returns the size (with a WAL beside it) and that WAL's path."""
    if not source.exists():
        raise ShareFileError(N_("{path} does not exist"), path=source)
    if not source.is_file():
        raise refuse(source, N_("it is not a file"))
    with source.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise refuse(source, N_("it is not a Factcheck library or share file (not SQLite)"))
    wal = source.with_name(source.name + "-wal")
    size = source.stat().st_size + (wal.stat().st_size if wal.is_file() else 0)
    if size > MAX_SHARE_BYTES:
        raise refuse(source, N_("it is too large ({size} MB)"), size=size // 1024**2)
    return size, wal


def copy_private(source: Path, workdir: Path) -> Path:
    """Copy the file (and its WAL, if any) so nothing we do can reach the original."""
    size, wal = inspect_file(source)
    workdir.mkdir(mode=0o700, parents=True, exist_ok=True)
    free = shutil.disk_usage(workdir).free
    if size > free:
        raise refuse(source, N_("there is not enough free disk space to check it"))
    copy = workdir / "incoming.db"
    shutil.copyfile(source, copy)
    os.chmod(copy, 0o600)
    if wal.is_file():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return copy


def read_private(source: Path) -> bytearray | None:
    """The file's bytes, for a copy in memory; None when it must be copied to a file
    instead (large, or a WAL with changes beside it, which only a file copy can fold)."""
    size, wal = inspect_file(source)
    if size > MEMORY_COPY_BYTES or (wal.is_file() and wal.stat().st_size > 0):
        return None
    data = bytearray(size + 1)  # one byte more: a file that grew since is noticed
    with source.open("rb") as fh:
        del data[fh.readinto(data) :]
    if len(data) > size or data[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return None  # changed under us: the file path checks it again
    if len(data) >= 20 and data[18] == 2 and data[19] == 2:
        # A WAL database with no log beside it: the same pages in rollback mode. The
        # in-memory copy cannot keep a log, so the header says so (bytes 18-19: 1).
        data[18] = data[19] = 1
    return data


def open_image(data: bytearray, source: Path) -> sqlite3.Connection:
    """A private connection holding ``data`` in memory, prepared like a file copy."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(data)
        prepare_check(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise refuse(source, DAMAGED, why=one_line(exc)) from exc
    return conn


def prepare_check(conn: sqlite3.Connection) -> None:
    """Read only, and nothing of the file's schema may call a function of ours, until
    the checks passed (``untrusted`` then lifts the first for upgrading and normalising
    our private copy)."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA query_only = ON")
    # Messages and values may hold any bytes; never let decoding raise mid-check.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    conn.create_function("fc_utf8", 1, is_utf8, deterministic=True)
    conn.execute("PRAGMA schema_version").fetchone()


def open_copy(copy: Path, source: Path, read_only: bool = True) -> sqlite3.Connection:
    """A connection to the private file copy (its WAL folded in first), prepared like
    the copy in memory."""
    try:
        if is_wal(copy):
            # A read-only connection cannot recover a WAL; fold it into our copy first.
            rw = sqlite3.connect(str(copy))
            rw.execute("PRAGMA trusted_schema = OFF")
            rw.execute("PRAGMA journal_mode = DELETE")
            rw.close()
        mode = "ro" if read_only else "rw"
        conn = sqlite3.connect(f"file:{copy}?mode={mode}", uri=True)
        prepare_check(conn)
    except sqlite3.DatabaseError as exc:
        raise refuse(source, DAMAGED, why=one_line(exc)) from exc
    return conn


def is_utf8(value: object) -> int:
    if not isinstance(value, bytes):  # a str arrived decoded, so it is valid; NULL too
        return 1
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return 0
    return 1


def is_wal(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(20)
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:199] + "…"
