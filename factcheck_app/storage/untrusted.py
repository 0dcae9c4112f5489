"""Opening a library file that came from elsewhere (a share file) without trusting it.

A share file may be broken, from a newer build, or crafted to attack us: triggers or views
that run when we touch a table, values that do not fit our model, oversize blobs. So we
never read the original in place: we take a private copy (``share_copy``: in memory for a
small file, else in a private folder), open it read only with ``trusted_schema=OFF``,
check its integrity, compare its whole schema with what our own migrations create (a
fresh library built in memory), and check every value of every column we will copy with
set-based SQL. Only then is the copy normalised (what the sender could forge is
recomputed) and handed to the merge. An older schema version is upgraded on the copy; the
original file is never written.

The in-memory copy is the same bytes as a file copy (``sqlite3_deserialize``), so every
check is the same; it spares a small share the file copy, the fsync of folding a WAL
header and re-opening the copy for each step, which were most of a small merge's time.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from factcheck_app.cards import Progress
from factcheck_app.i18n import N_
from factcheck_app.storage import article_progress, compact, record_check
from factcheck_app.storage.annotations import MAX_SNAPSHOT_BYTES
from factcheck_app.storage.db import LibraryDatabase
from factcheck_app.storage.merge_rows import nonempty_sql
from factcheck_app.storage.migrations import MIGRATIONS, SYNCED_TABLES, migration_names
from factcheck_app.storage.share_copy import (
    DAMAGED,
    ShareFileError,
    copy_private,
    one_line,
    open_copy,
    open_image,
    read_private,
    refuse,
)
from factcheck_app.storage.validate import (
    CONSISTENCY_SQL,
    ENUMS,
    FLAG_COLUMNS,
    MAX_OFFSET,
    OFFSET_COLUMNS,
    TIME_COLUMNS,
    UUID_COLUMNS,
    UUID_RE,
    json_rows_problem,
    text_limit,
)

log = logging.getLogger(__name__)

__all__ = ["CheckedFile", "Normalise", "ShareFileError", "open_untrusted"]

#: Tables the merge reads from a share file (and nothing else is ever read).
READ_TABLES: tuple[str, ...] = (
    *SYNCED_TABLES,
    "blocks",
    "article_findings",
    "row_revisions",
    "meta",
)

#: sqlite_master entries SQLite itself may add to any file; harmless to the reader.
_TOLERATED = {"sqlite_stat1", "sqlite_stat4", "sqlite_sequence"}

_HEX = "[0-9a-fA-F]"
UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
ISO_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]*"

#: Tables holding archived bytes: size and SHA-256 are checked against the data.
_BLOB_TABLES = ("snapshots", "article_snapshots")
_ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    **ENUMS,
    ("row_revisions", "table_name"): SYNCED_TABLES,
}


@dataclass(frozen=True)
class CheckedFile:
    """A validated private copy of a share file, at the current schema version.

    The copy is either ``image`` (the database's bytes, for ``sqlite3_deserialize``) or
    the file ``path`` in the private folder; ``attach_to`` attaches whichever it is.
    ``library_id`` is the library the file was shared from (or its own id if it is a
    library rather than a share file). ``record_counts`` holds, per article with a
    findings record, the record's findings per category as ``compact.counts_text``
    spells them: counted while checking the record, so the merge need not unpack it
    again for an article no row of which hides a finding; ``record_progress`` its card
    progress counted then (``article_progress.of_record``), for the same articles.
    ``clamped`` is how many timestamps normalising set back to the merge time.
    """

    path: Path | None
    source: Path
    library_id: str
    schema_version: int
    upgraded: bool
    record_counts: Mapping[str, str] = field(default_factory=dict)
    record_progress: Mapping[str, Progress] = field(default_factory=dict)
    image: bytes | None = field(default=None, repr=False)
    clamped: int = 0

    def attach_to(self, conn: sqlite3.Connection, name: str) -> None:
        """Attach the checked copy to ``conn`` as schema ``name`` (outside a transaction)."""
        if self.image is not None:
            conn.execute("ATTACH DATABASE ':memory:' AS " + _q(name))
            try:
                conn.deserialize(self.image, name=name)
            except BaseException:
                conn.execute("DETACH DATABASE " + _q(name))
                raise
        else:
            conn.execute("ATTACH DATABASE ? AS " + _q(name), [str(self.path)])


@dataclass(frozen=True)
class Normalise:
    """How to normalise the checked copy (see :func:`_normalise`): our ``content_hash``
    of an article's text, and the merge time ``at`` later timestamps are set back to."""

    content_hash: Callable[[str], str]
    at: str


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    notnull: bool


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def expected_schema(version: int) -> frozenset[tuple[str, str, str, str]]:
    """sqlite_master of a fresh library with the first ``version`` migrations applied."""
    return _reference(version)[0]


def expected_columns(version: int) -> dict[str, tuple[Column, ...]]:
    return _reference(version)[1]


@lru_cache(maxsize=8)
def _reference(
    version: int,
) -> tuple[frozenset[tuple[str, str, str, str]], dict[str, tuple[Column, ...]]]:
    """Schema and columns of one fresh library, built once per version and process."""
    names = migration_names()
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        stop = names[version] if version < len(names) else None
        MIGRATIONS.apply(LibraryDatabase(conn), stop_before=stop)
        columns = {
            table: tuple(
                Column(r[1], r[2].upper(), bool(r[3]))
                for r in conn.execute(f"PRAGMA table_info({_q(table)})")
            )
            for table in READ_TABLES
        }
        return frozenset(_schema_of(conn)), columns
    finally:
        conn.close()


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _schema_of(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (str(t), str(n), str(tbl), _normal(sql)) for t, n, tbl, sql in rows if n not in _TOLERATED
    }


_NEWER = N_(
    "it was written by a newer version of Factcheck (schema {applied}, this version knows"
    " {known}); please update the app"
)


def open_untrusted(
    source: Path | str, workdir: Path, normalise: Normalise | None = None
) -> CheckedFile:
    """Validate ``source`` into a private copy; raises ShareFileError.

    A small file is copied into memory; a large one (or one with a WAL beside it) into
    ``workdir``, created if needed (and then the caller's to remove). With ``normalise``
    the checked copy is also normalised (:func:`_normalise`), on the same connection.
    """
    source = Path(source)
    data = read_private(source)
    copy: Path | None = None
    image: bytes | None = None
    if data is None:
        copy = copy_private(source, workdir)
        conn = open_copy(copy, source, read_only=False)
    else:
        conn = open_image(data, source)
        del data  # the connection holds its own copy
    try:
        version, records = _check(conn, source)
        current = len(migration_names())
        upgraded = version < current
        if upgraded:
            _upgrade(conn, source)
            upgraded_to, records = _check(conn, source)
            if upgraded_to != current:
                raise refuse(source, N_("upgrading its schema failed"))
        meta = _meta(conn)
        clamped = 0 if normalise is None else _normalise(conn, source, normalise)
        if copy is None:
            image = conn.serialize()
    finally:
        conn.close()
    # A share file names the library it was cut from: that is where the work comes from.
    shared_from = meta.get("shared_from", "")
    library_id = shared_from if UUID_RE.match(shared_from) else meta["library_id"]
    counts, progress = records
    return CheckedFile(
        copy, source, library_id, version, upgraded, counts, progress, image, clamped
    )


def _writable(conn: sqlite3.Connection) -> None:
    """Let our own statements write the private copy (after the checks passed)."""
    conn.execute("PRAGMA query_only = OFF")


def _upgrade(conn: sqlite3.Connection, source: Path) -> None:
    """Apply our later migrations to the (already validated) private copy."""
    try:
        _writable(conn)
        MIGRATIONS.apply(Database(conn))
        conn.commit()
        conn.execute("PRAGMA query_only = ON")  # read only again for checking it again
    except sqlite3.DatabaseError as exc:
        raise refuse(source, N_("its schema could not be upgraded ({why})"), why=exc) from exc


#: Per article with a findings record: its counts and its progress (``CheckedFile``).
_Records = tuple[dict[str, str], dict[str, Progress]]


def _check(conn: sqlite3.Connection, source: Path) -> tuple[int, _Records]:
    """Integrity, version, schema, then values; returns the file's schema version and
    what its findings records count (``CheckedFile.record_counts``, ``record_progress``)."""
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            # The raw report is many lines of page numbers: log it, tell the user one line.
            log.warning("integrity_check of %s: %s", source, problems)
            raise refuse(source, N_("the file is damaged (SQLite integrity check failed)"))
        version = _version(conn, source)
        _check_schema(conn, source, version)
        _check_meta(conn, source)
        columns = expected_columns(version)
        # (a table newer than the file's schema has no columns; an empty one no values)
        filled = _filled(conn, tuple(t for t in READ_TABLES if t != "meta" and columns[t]))
        for table in READ_TABLES:
            if table in filled:
                _check_values(conn, source, table, columns[table])
        _check_snapshots(conn, source)
        records = _check_consistency(conn, source, filled)
        bad_fk = conn.execute("PRAGMA foreign_key_check").fetchone()
        if bad_fk:
            raise refuse(
                source,
                N_("a row of {table} points to a missing {parent} row"),
                table=bad_fk[0],
                parent=bad_fk[2],
            )
    except sqlite3.DatabaseError as exc:
        raise refuse(source, DAMAGED, why=one_line(exc)) from exc
    return version, records


def _filled(conn: sqlite3.Connection, tables: tuple[str, ...]) -> frozenset[str]:
    """Those of ``tables`` holding any row: a share of a few articles fills a few of
    them, and each check skipped for the others is a statement fewer to prepare."""
    return frozenset(r[0] for r in conn.execute(nonempty_sql(tables)))


def _check_consistency(conn: sqlite3.Connection, source: Path, filled: frozenset[str]) -> _Records:
    """Rows that fit their columns but not each other (spans, quotes, cues, parents);
    returns what the findings records count per article (``CheckedFile``)."""
    problem = json_rows_problem(
        conn.execute("SELECT id, languages FROM articles"), "articles", "languages"
    )
    if problem:
        raise refuse(source, N_("a row is inconsistent: {problem}"), problem=problem)
    counts: dict[str, str] = {}
    progress: dict[str, Progress] = {}
    if "article_findings" in filled:
        params_ok: set[str] = set()  # explanation parameters repeat across records
        for article_id, data, length in conn.execute(
            "SELECT f.article_id, f.data, length(a.text)"
            " FROM article_findings f LEFT JOIN articles a ON a.id = f.article_id"
        ):
            why, found = (
                ("no article", [])
                if length is None
                else record_check.inspect_record(data, length, params_ok)
            )
            counts[article_id] = compact.counts_text(compact.category_counts(c for *_, c in found))
            progress[article_id] = article_progress.of_record(found)
            if why:
                raise refuse(
                    source,
                    N_("a row is inconsistent: {problem} ({id})"),
                    problem=f"findings record: {why}",
                    id=str(article_id)[:8],
                )
    for what, table, query in CONSISTENCY_SQL:
        bad = conn.execute(query).fetchone() if table in filled else None
        if bad:
            raise refuse(
                source,
                N_("a row is inconsistent: {problem} ({id})"),
                problem=what,
                id=str(bad[0])[:8],
            )
    return counts, progress


def _version(conn: sqlite3.Connection, source: Path) -> int:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in tables or "meta" not in tables:
        raise refuse(source, N_("it is an SQLite file but not a Factcheck library"))
    applied = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATIONS.name],
        )
    ]
    known = migration_names()
    if any(name not in known for name in applied):
        raise refuse(source, _NEWER, applied=len(applied), known=len(known))
    if applied != known[: len(applied)] or not applied:
        raise refuse(source, N_("its schema history is inconsistent"))
    return len(applied)


def _check_schema(conn: sqlite3.Connection, source: Path, version: int) -> None:
    actual = _schema_of(conn)
    expected = expected_schema(version)
    extra = sorted(actual - expected)
    if extra:
        kind, name = extra[0][0], extra[0][1]
        missing_names = {e[1] for e in expected}
        changed = name in missing_names
        raise refuse(
            source,
            N_("it contains a changed {kind} {name}")
            if changed
            else N_("it contains an unexpected {kind} {name}"),
            kind=kind,
            name=repr(name),
        )
    missing = sorted(expected - actual)
    if missing:
        raise refuse(
            source, N_("it lacks the {kind} {name}"), kind=missing[0][0], name=repr(missing[0][1])
        )


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {
        str(k): str(v)
        for k, v in conn.execute("SELECT key, value FROM meta WHERE length(key) <= 100 LIMIT 100")
    }


def _check_meta(conn: sqlite3.Connection, source: Path) -> None:
    bad = conn.execute(
        "SELECT count(*) FROM meta WHERE typeof(key) != 'text' OR typeof(value) != 'text'"
        " OR length(key) > 100 OR length(value) > 1000"
    ).fetchone()[0]
    if bad or conn.execute("SELECT count(*) FROM meta").fetchone()[0] > 100:
        raise refuse(source, N_("its meta table holds unexpected values"))
    if not UUID_RE.match(_meta(conn).get("library_id", "")):
        raise refuse(source, N_("it has no valid library id"))


def column_checks(table: str, column: Column, utf8: bool = True) -> list[str]:
    """SQL conditions that every value of ``table.column`` must satisfy; ``utf8=False``
    leaves out the UTF-8 check of a text column (``_utf8_check`` does it per row)."""
    c = _q(column.name)
    types = {
        "TEXT": "'text'",
        "INTEGER": "'integer'",
        "REAL": "'real', 'integer'",
        "BLOB": "'blob'",
    }.get(column.type, "'text', 'integer', 'real', 'blob'")
    allowed = types if column.notnull else types + ", 'null'"
    checks = [f"typeof({c}) IN ({allowed})"]
    name = column.name
    if column.type == "TEXT":
        limit = text_limit(table, name)
        checks.append(f"length({c}) <= {limit}")
        if utf8:
            checks.append(f"fc_utf8(CAST({c} AS BLOB))")
    if name in UUID_COLUMNS or (table == "row_revisions" and name in ("row_id", "rev")):
        checks.append(f"{c} GLOB '{UUID_GLOB}'")
    if name in TIME_COLUMNS:
        checks.append(f"{c} GLOB '{ISO_GLOB}' AND length({c}) <= 40")
    if name in FLAG_COLUMNS:
        checks.append(f"{c} IN (0, 1)")
    if name in OFFSET_COLUMNS:
        checks.append(f"{c} BETWEEN 0 AND {MAX_OFFSET}")
    if (table, name) in _ENUMS:
        values = ", ".join("'" + v + "'" for v in _ENUMS[(table, name)])
        checks.append(f"{c} IN ({values})")
    if table in _BLOB_TABLES and name == "data":
        checks.append(f"length({c}) <= {MAX_SNAPSHOT_BYTES}")
    if table in _BLOB_TABLES and name == "size":
        checks.append(f"{c} >= 0")  # and equal to length(data), checked after
    if table == "claim_reviews" and name == "rating_value":
        checks.append(f"{c} BETWEEN 1 AND 5")
    if table == "assertions" and name == "confidence":
        checks.append(f"{c} BETWEEN 0 AND 1")
    if table == "articles" and name == "http_status":
        checks.append(f"{c} BETWEEN 100 AND 599")
    if table == "articles" and name in ("languages", "redirects"):
        checks.append(f"json_valid({c})")
    if table == "article_findings" and name == "data":
        checks.append(f"length({c}) <= {compact.MAX_UNPACKED}")
    if table == "article_findings" and name == "counts":
        checks.append(f"json_valid({c}) AND json_type({c}) = 'object'")
    if table == "article_findings" and name == "analysed_at":
        checks.append(f"{c} GLOB '{ISO_GLOB}' AND length({c}) <= 40")
    if table == "assertions" and name == "explain_params":
        checks.append(f"json_valid({c}) AND json_type({c}) = 'object'")
    if column.notnull:
        return checks
    return [f"({c} IS NULL OR ({check}))" for check in checks]


def _check_values(
    conn: sqlite3.Connection, source: Path, table: str, columns: tuple[Column, ...]
) -> None:
    conditions = [check for column in columns for check in column_checks(table, column, utf8=False)]
    texts = [column.name for column in columns if column.type == "TEXT"]
    if texts:
        conditions.append(_utf8_check(texts))
    if table in ("assertions", "blocks"):
        conditions.append('start <= "end"')
    where = " OR ".join(f"NOT ({cond})" for cond in conditions)
    found = conn.execute(f"SELECT 1 FROM {_q(table)} WHERE {where} LIMIT 1").fetchone()
    if found is None:
        return
    # Which value (only on the way to a refusal; no rowid: row_revisions has none)
    for column in columns:
        for check in column_checks(table, column):
            bad = conn.execute(f"SELECT 1 FROM {_q(table)} WHERE NOT ({check}) LIMIT 1").fetchone()
            if bad:
                raise refuse(
                    source,
                    N_("{table}.{column} holds a value we do not accept"),
                    table=table,
                    column=column.name,
                )
    raise refuse(source, N_("a row of {table} holds an impossible span"), table=table)


def _utf8_check(names: list[str]) -> str:
    """One call of ``fc_utf8`` per row instead of one per text value: the row's text
    values joined by a newline are valid UTF-8 exactly when each value is (a newline
    can neither complete a cut-off sequence nor start one), and each call from SQL into
    Python costs more than checking the bytes."""
    joined = " || x'0a' || ".join(f"COALESCE(CAST({_q(n)} AS BLOB), x'')" for n in names)
    return f"fc_utf8(CAST({joined} AS BLOB))"  # (|| gives text, which Python would decode)


def _check_snapshots(conn: sqlite3.Connection, source: Path) -> None:
    import hashlib

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in _BLOB_TABLES:
        if table not in tables:  # an older schema, upgraded after this check
            continue
        bad = conn.execute(f"SELECT id FROM {table} WHERE size != length(data) LIMIT 1").fetchone()
        if bad:
            raise refuse(source, N_("snapshot {id} has the wrong size"), id=bad[0])
        for snap_id, digest, data in conn.execute(f"SELECT id, sha256, data FROM {table}"):
            if hashlib.sha256(data).hexdigest() != digest:
                raise refuse(source, N_("snapshot {id} does not match its checksum"), id=snap_id)


def _normalise(conn: sqlite3.Connection, source: Path, how: Normalise) -> int:
    """Recompute what the sender could forge, in our private copy; returns rows clamped.

    ``content_hash`` is derived from the text, so it is ours to compute: a forged hash
    would make a planted article answer "already in the library" for a real one.
    Timestamps later than ``at`` (the merge time) are set to it, so an invented
    9999-12-31 cannot win every later conflict. Runs after the checks passed.
    """
    at = how.at
    try:
        # The schema was checked to be exactly ours, so its FTS triggers may run.
        conn.execute("PRAGMA trusted_schema = ON")
        _writable(conn)
        # A throwaway copy: a crash loses nothing, so no journal syncs.
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA journal_mode = MEMORY")
        # Each text hashed once; only forged hashes are rewritten: an UPDATE re-indexes
        # the row's full text (the FTS trigger), which would cost more than the hash.
        forged = [
            (ours, article_id)
            for article_id, text, theirs in conn.execute(
                "SELECT id, text, content_hash FROM articles"
            )
            if (ours := how.content_hash(text)) != theirs
        ]
        conn.executemany("UPDATE articles SET content_hash = ? WHERE id = ?", forged)
        clamped = 0
        filled = {r[0] for r in conn.execute(nonempty_sql(SYNCED_TABLES))}
        for table in [t for t in SYNCED_TABLES if t in filled]:
            for column in ("created_at", "updated_at"):
                clamped += conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {column} > ?", [at, at]
                ).rowcount
        clamped += conn.execute(
            "UPDATE article_findings SET analysed_at = ? WHERE analysed_at > ?", [at, at]
        ).rowcount
        conn.commit()
    except sqlite3.DatabaseError as exc:
        raise refuse(source, DAMAGED, why=one_line(exc)) from exc
    return clamped
