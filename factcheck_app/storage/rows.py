"""The one place rows are created, changed and marked deleted.

Funnelling every write through here keeps the merge bookkeeping (timestamps, ``rev``,
``row_revisions``, the change log) and the undo journal (``journal``) correct without each
repository remembering it.

``row_revisions`` holds a row's *past* revisions only (from m0014): the current one is the
row's own ``rev``, so a row never changed since it was written (most detector findings)
costs no history row at all. A change records the revision it replaces. The history a
merge compares is therefore ``row_revisions`` plus the row's ``rev``.
Callers wrap multi-row changes in ``db.atomic()``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from factcheck_app.storage import journal


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())


def _record(
    db: Database,
    table: str,
    row_id: str,
    replaced: str | None,
    action: str,
    author: str,
    summary: str = "",
) -> None:
    """Log a write; ``replaced`` is the revision the write superseded (None for a new row)."""
    if replaced:
        db.execute(
            "INSERT OR IGNORE INTO row_revisions (table_name, row_id, rev) VALUES (?, ?, ?)",
            [table, row_id, replaced],
        )
    db.execute(
        "INSERT INTO change_log (id, at, author, action, table_name, row_id, summary)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [new_id(), now(), author, action, table, row_id, summary[:200]],
    )


#: Columns naming an assertion that must be a row (a foreign key) before they are written.
_ASSERTION_REFS = {"notes": "assertion_id", "verdicts": "assertion_id", "evidence": "assertion_id"}


def _materialise(db: Database, assertion_id: object) -> None:
    """An untouched finding (``compact``) gets its row before the first write needing it."""
    from factcheck_app.storage import compact  # compact builds on this module

    if isinstance(assertion_id, str) and assertion_id:
        compact.materialise(db, assertion_id)


def insert_row(db: Database, table: str, values: dict[str, Any], author: str) -> dict[str, Any]:
    if table in _ASSERTION_REFS:
        _materialise(db, values.get(_ASSERTION_REFS[table]))
    elif table == "tags" and values.get("target_kind") == "assertion":
        _materialise(db, values.get("target_id"))
    stamp = now()
    row = {
        **values,
        "id": values.get("id") or new_id(),
        "created_at": values.get("created_at") or stamp,
        # a row imported from another library keeps its version (rev, updated_at), so
        # merging with that library later sees the same version, not a change
        "updated_at": values.get("updated_at") or stamp,
        "author": values.get("author") or author,
        "deleted": 0,
        "rev": values.get("rev") or new_id(),
    }
    db.table(table).insert(row)
    _record(db, table, row["id"], None, "insert", author)
    stored = get_row(db, table, row["id"]) or row  # with the schema's defaults filled in
    journal.note_write(db, table, row["id"], None, stored)
    return stored


def insert_rows(db: Database, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Many new rows in one ``executemany``, no history rows, no change-log rows.

    For bulk writes (an analysis run stores dozens of findings) whose caller logs the run
    once with ``log_change``: a change-log row per finding made up a third of a library.
    """
    if not rows:
        return []
    stamp = now()
    full = [
        {**r, "id": r.get("id") or new_id(), "created_at": r.get("created_at") or stamp}
        | {"updated_at": stamp, "deleted": 0, "rev": new_id()}
        for r in rows
    ]
    columns = list(full[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
        [[r.get(c) for c in columns] for r in full],
    )
    return full


def update_rows(db: Database, table: str, changes: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Apply ``{row_id: {column: value}}`` (same columns for every row) in one statement.

    Returns the new rev of each row. Rows are expected to have changed; callers compare
    first (``update_row`` does it row by row). No change-log rows: see ``insert_rows``.
    """
    if not changes:
        return {}
    columns = list(next(iter(changes.values())))
    stamp = now()
    revs = {row_id: new_id() for row_id in changes}
    _record_replaced(db, table, list(changes))
    sets = ", ".join(f'"{c}" = ?' for c in (*columns, "updated_at", "rev"))
    db.conn.executemany(
        f"UPDATE [{table}] SET {sets} WHERE id = ?",
        [[*(v[c] for c in columns), stamp, revs[k], k] for k, v in changes.items()],
    )
    return revs


def _record_replaced(db: Database, table: str, row_ids: list[str]) -> None:
    """Keep the current revision of rows about to change as history."""
    db.conn.executemany(
        f"INSERT OR IGNORE INTO row_revisions (table_name, row_id, rev)"
        f" SELECT ?, id, rev FROM [{table}] WHERE id = ?",
        [(table, row_id) for row_id in row_ids],
    )


def log_change(
    db: Database, table: str, row_id: str, action: str, author: str, summary: str = ""
) -> None:
    """One change-log entry for a whole operation (e.g. an analysis run on an article)."""
    db.execute(
        "INSERT INTO change_log (id, at, author, action, table_name, row_id, summary)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [new_id(), now(), author, action, table, row_id, summary[:200]],
    )


def update_row(
    db: Database, table: str, row_id: str, changes: dict[str, Any], author: str
) -> dict[str, Any] | None:
    """Apply ``changes``; returns the new row, or None when nothing actually changed."""
    if table == "assertions":
        _materialise(db, row_id)
    current = get_row(db, table, row_id)
    if current is None:
        raise KeyError(f"{table} {row_id} not found")
    if all(current.get(k) == v for k, v in changes.items()):
        return None
    updated = {**changes, "updated_at": now(), "rev": new_id()}
    db.table(table).update(row_id, updated)
    action = "delete" if changes.get("deleted") == 1 else "update"
    _record(db, table, row_id, current["rev"], action, author, ", ".join(sorted(changes)))
    journal.note_write(db, table, row_id, current, {**current, **updated})
    return {**current, **updated}


def update_local(db: Database, table: str, row_id: str, changes: dict[str, Any]) -> None:
    """Change a local bookkeeping row (one of ``journal.LOCAL_TABLES``: no revisions, never
    shared), still recorded in the undo journal so the edit around it undoes whole."""
    current = get_row(db, table, row_id)
    if current is None:
        raise KeyError(f"{table} {row_id} not found")
    sets = ", ".join(f'"{c}" = ?' for c in changes)
    db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*changes.values(), row_id])
    journal.note_write(db, table, row_id, current, {**current, **changes})


def mark_deleted(db: Database, table: str, row_id: str, author: str) -> bool:
    return update_row(db, table, row_id, {"deleted": 1}, author) is not None


def get_row(db: Database, table: str, row_id: str) -> dict[str, Any] | None:
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    names = [d[0] for d in cursor.description]
    found = cursor.fetchone()
    return dict(zip(names, found, strict=True)) if found else None


def query_dicts(db: Database, sql: str, params: list[Any] | tuple = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
