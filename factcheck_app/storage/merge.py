"""Merging a validated share file into this library, set-based, in one transaction.

Rows are matched by UUID. Whether a row changed on one side only or on both is read from
the rev histories (``row_revisions``) of both sides, so no common ancestor is needed:
if their history holds our current rev, they saw our version and changed it (take
theirs); if ours holds theirs, we are newer (keep ours); otherwise both changed since
they last agreed, a conflict. The newer change wins (``updated_at``, tie-broken by the
rev string so both merge directions choose the same) and the other version is kept in
``conflicts``. Both histories are united afterwards, so merging again changes nothing.

The incoming file is attached only after ``untrusted.open_untrusted`` has validated it;
we read it with plain SELECTs of known columns and never write to it.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from factcheck_app.models import Changes, Conflict, MergeReport, Progress
from factcheck_app.storage.migrations import SYNCED_TABLES
from factcheck_app.storage.rows import new_id, now, query_dicts

#: Columns that say which version a row is, not what it says.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "rev"})

#: Which ``Changes`` field each synced table refreshes.
_CHANGE_FIELD = {"articles": "articles", "assertions": "assertions", "notes": "notes"}
_CHANGE_FIELD["refs"] = "references"

_SQL_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||"
    " substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||"
    " substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


@dataclass(frozen=True)
class MergeRecord:
    """One past merge, as listed by ``factcheck merges`` and the app's history."""

    id: str
    at: str
    author: str
    source_library_id: str
    source_file: str
    added: dict[str, int]
    changed: dict[str, int]
    deleted: dict[str, int]
    conflicts: int
    backup_path: str | None


def columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f'PRAGMA main.table_info("{table}")').fetchall()]


def _cols(names: list[str], alias: str = "") -> str:
    return ", ".join(f'{alias}"{c}"' for c in names)


def attach(db: Database, path: Path) -> None:
    db.execute("ATTACH DATABASE ? AS other", [str(path)])


def detach(db: Database) -> None:
    if db.conn.in_transaction:
        db.conn.rollback()
    db.execute("DROP TABLE IF EXISTS temp.merge_plan")
    _commit_temp(db)
    db.execute("DETACH DATABASE other")


def _commit_temp(db: Database) -> None:
    """End the implicit transaction Python opened for our temp-table writes."""
    if db.conn.in_transaction:
        db.conn.commit()


# --- planning (reads only) ------------------------------------------------------------


def plan(
    db: Database, source_library_id: str, progress: Progress | None = None
) -> tuple[MergeReport, list[Conflict]]:
    """Classify every incoming row into temp.merge_plan; nothing in ``main`` is written."""
    db.execute("DROP TABLE IF EXISTS temp.merge_plan")
    db.execute(
        "CREATE TEMP TABLE merge_plan (table_name TEXT NOT NULL, id TEXT NOT NULL,"
        " action TEXT NOT NULL, theirs_deleted INTEGER, ours_deleted INTEGER,"
        " PRIMARY KEY (table_name, id))"
    )
    conflicts: list[Conflict] = []
    for step, table in enumerate(SYNCED_TABLES):
        db.execute(
            "INSERT INTO temp.merge_plan SELECT ?, o.id, CASE"
            " WHEN m.id IS NULL THEN 'add'"
            " WHEN EXISTS (SELECT 1 FROM other.row_revisions r WHERE r.table_name = ?"
            "   AND r.row_id = o.id AND r.rev = m.rev) THEN 'take'"
            " WHEN EXISTS (SELECT 1 FROM main.row_revisions r WHERE r.table_name = ?"
            "   AND r.row_id = o.id AND r.rev = o.rev) THEN 'keep'"
            " ELSE 'conflict' END, o.deleted, m.deleted"
            f" FROM other.{table} o LEFT JOIN main.{table} m ON m.id = o.id"
            " WHERE m.id IS NULL OR m.rev != o.rev",
            [table, table, table],
        )
        conflicts.extend(_resolve_conflicts(db, table))
        if progress:
            progress(step + 1, len(SYNCED_TABLES) * 2)
    db.execute("DELETE FROM temp.merge_plan WHERE action = 'keep'")
    _commit_temp(db)
    return _report(db, source_library_id, conflicts), conflicts


def _resolve_conflicts(db: Database, table: str) -> list[Conflict]:
    """Pick the newer side of each both-sides change; identical content is no conflict."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM temp.merge_plan WHERE table_name = ? AND action = 'conflict'",
            [table],
        )
    ]
    found: list[Conflict] = []
    names = columns(db, table)
    for row_id in ids:
        ours = _row(db, "main", table, names, row_id)
        theirs = _row(db, "other", table, names, row_id)
        theirs_win = (theirs["updated_at"], theirs["rev"]) > (ours["updated_at"], ours["rev"])
        db.execute(
            "UPDATE temp.merge_plan SET action = ? WHERE table_name = ? AND id = ?",
            ["take" if theirs_win else "keep", table, row_id],
        )
        if _content(ours) != _content(theirs):
            found.append(
                Conflict(
                    new_id(),
                    table,
                    row_id,
                    to_json(ours),
                    to_json(theirs),
                    "theirs" if theirs_win else "ours",
                )
            )
    return found


def _row(db: Database, schema: str, table: str, names: list[str], row_id: str) -> dict[str, Any]:
    cursor = db.execute(f"SELECT {_cols(names)} FROM {schema}.{table} WHERE id = ?", [row_id])
    return dict(zip(names, cursor.fetchone(), strict=True))


def _content(row: dict[str, Any]) -> dict[str, Any]:
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


def _report(db: Database, source_library_id: str, conflicts: list[Conflict]) -> MergeReport:
    added = dict.fromkeys(SYNCED_TABLES, 0)
    changed = dict.fromkeys(SYNCED_TABLES, 0)
    deleted = dict.fromkeys(SYNCED_TABLES, 0)
    for table, action, theirs_del, ours_del, count in db.execute(
        "SELECT table_name, action, theirs_deleted, ours_deleted, count(*) FROM temp.merge_plan"
        " GROUP BY 1, 2, 3, 4"
    ):
        if theirs_del and not ours_del:
            deleted[table] += count
        elif action == "add":
            added[table] += count
        else:
            changed[table] += count
    return MergeReport(source_library_id, True, added, changed, deleted, tuple(conflicts))


def has_work(db: Database) -> bool:
    """False when merging would change nothing: no planned row and no unknown revision."""
    if db.execute("SELECT 1 FROM temp.merge_plan LIMIT 1").fetchone():
        return True
    known = ", ".join(f"'{t}'" for t in SYNCED_TABLES)
    found = db.execute(
        f"SELECT 1 FROM other.row_revisions o WHERE o.table_name IN ({known}) AND NOT EXISTS"
        " (SELECT 1 FROM main.row_revisions m WHERE m.table_name = o.table_name"
        " AND m.row_id = o.row_id AND m.rev = o.rev) LIMIT 1"
    ).fetchone()
    return found is not None


# --- applying ---------------------------------------------------------------------------


def apply(
    db: Database,
    report: MergeReport,
    conflicts: list[Conflict],
    *,
    author: str,
    source_file: str,
    backup_path: str | None,
    progress: Progress | None = None,
) -> tuple[str, Changes]:
    """Write the planned rows, the united histories and the merge record; one transaction."""
    merge_id = new_id()
    stamp = now()
    with db.atomic():
        for step, table in enumerate(SYNCED_TABLES):
            _apply_table(db, table)
            if progress:
                progress(len(SYNCED_TABLES) + step + 1, len(SYNCED_TABLES) * 2)
        _copy_blocks(db)
        for table in SYNCED_TABLES:
            db.execute(
                "INSERT OR IGNORE INTO main.row_revisions (table_name, row_id, rev)"
                " SELECT table_name, row_id, rev FROM other.row_revisions"
                f" WHERE table_name = ? AND row_id IN (SELECT id FROM other.{table})",
                [table],
            )
        db.execute(
            "INSERT INTO main.change_log (id, at, author, action, table_name, row_id, summary)"
            f" SELECT {_SQL_UUID}, ?, ?, 'merge', table_name, id, ? FROM temp.merge_plan",
            [stamp, author, f"merge {merge_id}"],
        )
        db.execute(
            "INSERT INTO main.merges (id, at, author, source_library_id, source_file, added,"
            " changed, deleted, conflicts, backup_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                merge_id,
                stamp,
                author,
                report.source_library_id,
                source_file,
                json.dumps(report.added),
                json.dumps(report.changed),
                json.dumps(report.deleted),
                len(conflicts),
                backup_path,
            ],
        )
        db.conn.executemany(
            "INSERT INTO main.conflicts (id, merge_id, table_name, row_id, ours, theirs, chosen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.id,
                    merge_id,
                    c.table,
                    c.row_id,
                    json.dumps(c.ours, ensure_ascii=False),
                    json.dumps(c.theirs, ensure_ascii=False),
                    c.chosen,
                )
                for c in conflicts
            ],
        )
    return merge_id, _changes(db)


def _apply_table(db: Database, table: str) -> None:
    names = columns(db, table)
    planned = "SELECT id FROM temp.merge_plan WHERE table_name = ? AND action = ?"
    db.execute(
        f"INSERT INTO main.{table} ({_cols(names)}) SELECT {_cols(names)} FROM other.{table}"
        f" WHERE id IN ({planned})",
        [table, "add"],
    )
    updated = [c for c in names if c != "id"]
    db.execute(
        f"UPDATE main.{table} AS m SET ({_cols(updated)}) = ({_cols(updated, 'o.')})"
        f" FROM other.{table} AS o WHERE o.id = m.id AND m.id IN ({planned})",
        [table, "take"],
    )


def _copy_blocks(db: Database) -> None:
    """Blocks belong to their article: an article taken from the other side brings its own."""
    taken = (
        "SELECT id FROM temp.merge_plan WHERE table_name = 'articles' AND action IN ('add', 'take')"
    )
    db.execute(f"DELETE FROM main.blocks WHERE article_id IN ({taken})")
    names = [r[1] for r in db.execute('PRAGMA main.table_info("blocks")').fetchall()]
    db.execute(
        f"INSERT INTO main.blocks ({_cols(names)}) SELECT {_cols(names)} FROM other.blocks"
        f" WHERE article_id IN ({taken})"
    )


def _changes(db: Database) -> Changes:
    ids: dict[str, set[str]] = {"articles": set(), "assertions": set(), "notes": set()}
    ids["references"] = set()
    for table, row_id in db.execute("SELECT table_name, id FROM temp.merge_plan"):
        field = _CHANGE_FIELD.get(table)
        if field:
            ids[field].add(row_id)
    return Changes(
        frozenset(ids["articles"]),
        frozenset(ids["assertions"]),
        frozenset(ids["notes"]),
        frozenset(ids["references"]),
        library=True,
    )


# --- backup, history, conflicts -----------------------------------------------------------


def backup(db: Database, target: Path) -> Path:
    """Copy the library next to itself with SQLite's backup API (consistent, WAL included)."""
    stamp = now()[:19].replace("-", "").replace(":", "").replace("T", "-")
    path = target.with_name(f"{target.stem}.before-merge-{stamp}.db")
    counter = 1
    while path.exists():
        counter += 1
        path = target.with_name(f"{target.stem}.before-merge-{stamp}-{counter}.db")
    dest = sqlite3.connect(str(path))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return path


def list_merges(db: Database) -> list[MergeRecord]:
    return [
        MergeRecord(
            r["id"],
            r["at"],
            r["author"],
            r["source_library_id"],
            r["source_file"],
            json.loads(r["added"]),
            json.loads(r["changed"]),
            json.loads(r["deleted"]),
            r["conflicts"],
            r["backup_path"],
        )
        for r in query_dicts(db, "SELECT * FROM merges ORDER BY at DESC, rowid DESC")
    ]


def list_conflicts(db: Database, merge_id: str | None = None) -> list[Conflict]:
    where, params = ("WHERE c.merge_id = ?", [merge_id]) if merge_id else ("", [])
    return [
        _conflict(r)
        for r in query_dicts(
            db,
            "SELECT c.* FROM conflicts c JOIN merges m ON m.id = c.merge_id"
            f" {where} ORDER BY m.at DESC, c.table_name, c.rowid",
            params,
        )
    ]


def conflicts_for_row(db: Database, table: str, row_id: str) -> list[Conflict]:
    """Every kept version of one row (e.g. the losing text of a note edited on both sides)."""
    return [
        _conflict(r)
        for r in query_dicts(
            db,
            "SELECT * FROM conflicts WHERE table_name = ? AND row_id = ? ORDER BY rowid",
            [table, row_id],
        )
    ]


def get_conflict(db: Database, conflict_id: str) -> Conflict | None:
    rows = query_dicts(db, "SELECT * FROM conflicts WHERE id = ?", [conflict_id])
    return _conflict(rows[0]) if rows else None


def _conflict(r: dict[str, Any]) -> Conflict:
    return Conflict(
        r["id"],
        r["table_name"],
        r["row_id"],
        json.loads(r["ours"]),
        json.loads(r["theirs"]),
        r["chosen"],
    )


def flip(db: Database, conflict_id: str, author: str) -> Conflict:
    """Write the version not chosen into the row, as a new change; record the new choice."""
    from factcheck_app.storage.rows import update_row

    conflict = get_conflict(db, conflict_id)
    if conflict is None:
        raise LookupError(f"no conflict {conflict_id}")
    other = "ours" if conflict.chosen == "theirs" else "theirs"
    version = from_json(conflict.ours if other == "ours" else conflict.theirs)
    live = set(columns(db, conflict.table))
    changes = {k: v for k, v in version.items() if k in live and k not in BOOKKEEPING}
    with db.atomic():
        update_row(db, conflict.table, conflict.row_id, changes, author)
        db.execute(
            "UPDATE conflicts SET chosen = ?, flipped_at = ?, flipped_by = ? WHERE id = ?",
            [other, now(), author, conflict_id],
        )
    return Conflict(
        conflict.id, conflict.table, conflict.row_id, conflict.ours, conflict.theirs, other
    )


def change_for(table: str, row_id: str) -> Changes:
    field = _CHANGE_FIELD.get(table)
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
