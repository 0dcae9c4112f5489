"""Rows as the merge sees them: which columns are bookkeeping, reading one row of either
side, keeping a row as JSON (in ``conflicts`` and ``merge_undo``), and which ``Changes``
field a synced table refreshes. Shared by planning/applying (``merge``) and by the
history of past merges (``merge_history``).
"""

from __future__ import annotations

import base64
from typing import Any

from sqlite_utils import Database

from factcheck_app.models import Changes

#: Columns that say which version a row is, not what it says.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "rev"})


#: Which ``Changes`` field each synced table refreshes.
CHANGE_FIELD = {"articles": "articles", "assertions": "assertions", "notes": "notes"}
CHANGE_FIELD["refs"] = "references"


def columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f'PRAGMA main.table_info("{table}")').fetchall()]


def cols(names: list[str], alias: str = "") -> str:
    return ", ".join(f'{alias}"{c}"' for c in names)


def nonempty_sql(tables: tuple[str, ...], schema: str = "main") -> str:
    """One query naming those of ``tables`` (in ``schema``) that hold any row: a share of
    a few articles fills one or two of the ten synced tables, and every per-table
    statement skipped for the others is one fewer to prepare."""
    return " UNION ALL ".join(
        f"SELECT '{table}' WHERE EXISTS (SELECT 1 FROM {schema}.{table})" for table in tables
    )


def row_of(db: Database, schema: str, table: str, names: list[str], row_id: str) -> dict[str, Any]:
    cursor = db.execute(f"SELECT {cols(names)} FROM {schema}.{table} WHERE id = ?", [row_id])
    return dict(zip(names, cursor.fetchone(), strict=True))


def content_of(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in BOOKKEEPING}


def to_json(row: dict[str, Any]) -> dict[str, Any]:
    """A row as JSON-safe values (blobs as base64), kept in ``conflicts``."""
    return {
        k: {"$base64": base64.b64encode(v).decode()} if isinstance(v, bytes) else v
        for k, v in row.items()
    }


def from_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: base64.b64decode(v["$base64"]) if isinstance(v, dict) and "$base64" in v else v
        for k, v in row.items()
    }


def change_for(table: str, row_id: str) -> Changes:
    field = CHANGE_FIELD.get(table)
    if field is None:
        return Changes(library=True)
    touched = frozenset({row_id})
    none: frozenset[str] = frozenset()
    return Changes(
        articles=touched if field == "articles" else none,
        assertions=touched if field == "assertions" else none,
        notes=touched if field == "notes" else none,
        references=touched if field == "references" else none,
        library=True,
    )
