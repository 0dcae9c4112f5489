"""What a merge leaves behind: its record, its undo, the kept conflicts and backups.

Undoing a merge puts back the rows it changed from ``merge_undo`` (written by
``merge.apply``) as new changes, so the undo travels to other libraries like any edit;
a conflict can be flipped to the version not chosen. A full backup copy is made only
for merges that overwrite many of our rows (``services.sharing``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from factcheck_app.errors import ConflictError, NotFoundError
from factcheck_app.i18n import N_
from factcheck_app.merge_report import Conflict
from factcheck_app.models import Changes
from factcheck_app.storage import compact
from factcheck_app.storage.merge_rows import BOOKKEEPING, CHANGE_FIELD, columns, from_json
from factcheck_app.storage.migrations import SYNCED_TABLES
from factcheck_app.storage.rows import now, query_dicts, update_local, update_row


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
    undone_at: str | None = None


@dataclass(frozen=True)
class UndoResult:
    """What undoing a merge did: rows put back, and rows left alone because they were
    changed after the merge (that later work is kept)."""

    restored: int
    kept_later: int
    changes: Changes


def undo(db: Database, merge_id: str, author: str) -> UndoResult:
    """Put back every row this merge changed, as new changes (so they travel); rows
    changed since the merge keep their later version. Added rows are marked deleted."""
    found = db.execute("SELECT undone_at FROM merges WHERE id = ?", [merge_id]).fetchone()
    if found is None:
        raise NotFoundError(N_("no merge {id}"), id=merge_id)
    if found[0]:
        raise ConflictError(N_("this merge was already undone"))
    restored = kept = 0
    touched: dict[str, set[str]] = {}
    refresh: set[str] = set()
    with db.atomic():
        rows = db.execute(
            "SELECT table_name, row_id, action, before, after_rev FROM merge_undo"
            " WHERE merge_id = ? ORDER BY rowid DESC",
            [merge_id],
        ).fetchall()
        for table, row_id, action, before, after_rev in rows:
            if table not in SYNCED_TABLES:
                continue
            current = db.execute(f"SELECT rev FROM main.{table} WHERE id = ?", [row_id]).fetchone()
            if current is None:
                continue
            if current[0] != after_rev:
                kept += 1
                continue
            live = set(columns(db, table))
            untouched = _untouched_values(db, table, row_id) if action == "add" else None
            if untouched is not None:
                # their work on a finding we hold untouched: the finding goes back to it
                update_row(db, table, row_id, untouched, author)
                refresh.add(untouched["article_id"])
            elif action == "add":
                update_row(db, table, row_id, {"deleted": 1}, author)
            else:
                version = from_json(json.loads(before))
                blocks = version.pop("$blocks", None)
                findings = version.pop("$findings", False)
                changes = {k: v for k, v in version.items() if k in live and k not in BOOKKEEPING}
                update_row(db, table, row_id, changes, author)
                if blocks is not None:
                    db.execute("DELETE FROM main.blocks WHERE article_id = ?", [row_id])
                    if blocks:
                        db.table("blocks").insert_all(blocks)
                if findings is not False:
                    compact.restore_record(db, row_id, findings)
            restored += 1
            touched.setdefault(table, set()).add(row_id)
        compact.refresh_counts(db, refresh)
        db.execute("UPDATE merges SET undone_at = ? WHERE id = ?", [now(), merge_id])
    ids = {field: touched.get(table, set()) for table, field in CHANGE_FIELD.items()}
    return UndoResult(
        restored,
        kept,
        Changes(
            frozenset(ids["articles"]),
            frozenset(ids["assertions"]),
            frozenset(ids["notes"]),
            frozenset(ids["references"]),
            library=True,
        ),
    )


def _untouched_values(db: Database, table: str, row_id: str) -> dict[str, Any] | None:
    """For an assertion a merge added that is a finding of our compact record: the
    values it has there (untouched), to go back to instead of deleting the finding."""
    if table != "assertions":
        return None
    found = db.execute("SELECT article_id FROM assertions WHERE id = ?", [row_id]).fetchone()
    row = compact.entry(db, found[0], row_id) if found else None
    if row is None:
        return None
    keep = ("article_id", "category", "start", "end", "quote", "prefix", "suffix", "status")
    return {k: row[k] for k in (*keep, "dismiss_reason", "deleted", "explanation", "rule")}


def backup(db: Database, target: Path, keep: int = 5) -> Path:
    """Copy the library next to itself with SQLite's backup API (consistent, WAL included);
    only the newest ``keep`` pre-merge backups of this library are kept."""
    stamp = now()[:19].replace("-", "").replace(":", "").replace("T", "-")
    path = target.with_name(f"{target.stem}.before-merge-{stamp}.db")
    counter = 1
    while path.exists():
        counter += 1
        path = target.with_name(f"{target.stem}.before-merge-{stamp}-{counter}.db")
    path.touch(mode=0o600)  # a backup holds everything the library holds: owner-only
    dest = sqlite3.connect(str(path))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    rotate_backups(target, keep)
    return path


def rotate_backups(target: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` ``<stem>.before-merge-*.db`` files; returns them."""
    found = sorted(
        target.parent.glob(f"{glob_escape(target.stem)}.before-merge-*.db"),
        key=lambda p: (p.stat().st_mtime, p.name),
        reverse=True,
    )
    removed = found[max(keep, 1) :]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


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
            r.get("undone_at"),
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
    conflict = get_conflict(db, conflict_id)
    if conflict is None:
        raise NotFoundError(N_("no conflict {id}"), id=conflict_id)
    other = "ours" if conflict.chosen == "theirs" else "theirs"
    version = from_json(conflict.ours if other == "ours" else conflict.theirs)
    live = set(columns(db, conflict.table))
    changes = {k: v for k, v in version.items() if k in live and k not in BOOKKEEPING}
    if changes.get("deleted") == 1:
        changes = {"deleted": 1}  # a deletion mark carries no content: keep ours
    with db.atomic():
        update_row(db, conflict.table, conflict.row_id, changes, author)
        update_local(
            db,
            "conflicts",
            conflict_id,
            {"chosen": other, "flipped_at": now(), "flipped_by": author},
        )
    return Conflict(
        conflict.id, conflict.table, conflict.row_id, conflict.ours, conflict.theirs, other
    )
