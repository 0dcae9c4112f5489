"""Writing a share file: a standalone library holding all or part of this one.

The file is created through the same migrations as any library, so it is a valid library
the colleague can open, work in and share back. Rows keep their UUIDs, revs and rev
history (``row_revisions``), and deletion marks travel too, which is what lets the merge
tell who changed what. Local history (change log, merge log, conflicts) stays at home.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from sqlite_utils import Database

from factcheck_app.i18n import N_
from factcheck_app.models import Progress
from factcheck_app.storage.db import StorageError, get_meta, open_database
from factcheck_app.storage.migrations import SYNCED_TABLES
from factcheck_app.storage.rows import now
from factcheck_app.storage.trash import blank_assignments

#: Extension of share files (CLI default, dialog filters, desktop file association).
SHARE_EXTENSION = ".factcheck"


def columns(db: Database, table: str, schema: str = "main") -> list[str]:
    return [r[1] for r in db.execute(f'PRAGMA {schema}.table_info("{table}")').fetchall()]


def _column_list(db: Database, table: str) -> str:
    return ", ".join(f'"{c}"' for c in columns(db, table))


def _selection(article_ids: Sequence[str] | None, snapshots: bool, private: bool) -> dict[str, str]:
    """WHERE clause per table (over ``main``) choosing what goes into the share."""
    whole = article_ids is None
    arts = "1" if whole else "id IN (SELECT id FROM temp.share_articles)"
    in_arts = "1" if whole else "article_id IN (SELECT id FROM temp.share_articles)"
    in_asserts = "assertion_id IN (SELECT id FROM share.assertions)"
    refs = (
        "1"
        if whole
        else "id IN (SELECT reference_id FROM main.evidence"
        " WHERE assertion_id IN (SELECT id FROM share.assertions))"
    )
    tags = (
        "1"
        if whole
        else "(target_kind = 'article' AND target_id IN (SELECT id FROM share.articles))"
        " OR (target_kind = 'assertion' AND target_id IN (SELECT id FROM share.assertions))"
    )
    if not private:  # a tag on a private note says something about it too
        tags = f"({tags}) AND NOT (target_kind = 'note' AND target_id IN" + (
            " (SELECT id FROM main.notes WHERE private = 1))"
        )
    return {
        "articles": arts,
        "article_snapshots": "article_id IN (SELECT id FROM share.articles)" if snapshots else "0",
        "assertions": in_arts,
        "notes": in_arts + ("" if private else " AND private = 0"),
        "evidence": in_asserts,
        "refs": refs,
        "snapshots": "reference_id IN (SELECT id FROM share.refs)" if snapshots else "0",
        "verdicts": in_asserts,
        "tags": tags,
        # published fact-checks are public, library-wide data: they always travel
        "claim_reviews": "1",
    }


def _blank_deleted(db: Database, table: str) -> None:
    """Strip the content of deleted rows in the share, keeping a valid row (NOT NULLs):
    deleted work does not leave the machine."""
    sets = blank_assignments(db, "share", table)
    if sets:
        db.execute(f"UPDATE share.{table} SET {', '.join(sets)} WHERE deleted = 1")


def write_share(
    db: Database,
    out: Path,
    *,
    author: str,
    article_ids: Sequence[str] | None = None,
    snapshots: bool = True,
    private: bool = False,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the share file ``out`` (replacing it); returns rows copied per table."""
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    for leftover in _sidecars(partial):
        leftover.unlink(missing_ok=True)
    partial.touch(mode=0o600)  # shares hold unpublished work: owner-only from the start
    os.chmod(partial, 0o600)
    created = open_database(partial)  # a valid, empty library at our schema version
    created.close()
    counts: dict[str, int] = {}
    order = SYNCED_TABLES  # parents first; each WHERE looks only at earlier ones
    total = len(order) + 2
    try:
        db.execute("ATTACH DATABASE ? AS share", [str(partial)])
        try:
            with db.atomic():
                _select_articles(db, article_ids)
                where = _selection(article_ids, snapshots, private)
                for step, table in enumerate(order):
                    cols = _column_list(db, table)
                    cursor = db.execute(
                        f"INSERT INTO share.{table} ({cols}) SELECT {cols} FROM main.{table}"
                        f" WHERE {where[table]}"
                    )
                    counts[table] = cursor.rowcount
                    if progress:
                        progress(step + 1, total)
                for table in order:
                    _blank_deleted(db, table)
                cols = _column_list(db, "blocks")
                db.execute(
                    f"INSERT INTO share.blocks ({cols}) SELECT {cols} FROM main.blocks"
                    " WHERE article_id IN (SELECT id FROM share.articles WHERE deleted = 0)"
                )
                # untouched findings travel as their article's record, like its blocks
                cols = _column_list(db, "article_findings")
                db.execute(
                    f"INSERT INTO share.article_findings ({cols}) SELECT {cols}"
                    " FROM main.article_findings WHERE article_id IN"
                    " (SELECT id FROM share.articles WHERE deleted = 0)"
                )
                for table in SYNCED_TABLES:
                    db.execute(
                        "INSERT INTO share.row_revisions (table_name, row_id, rev)"
                        " SELECT table_name, row_id, rev FROM main.row_revisions"
                        f" WHERE table_name = ? AND row_id IN (SELECT id FROM share.{table})",
                        [table],
                    )
                for key, value in (
                    ("shared_from", get_meta(db, "library_id")),
                    ("shared_by", author),
                    ("shared_at", now()),
                    ("user_name", author),
                ):
                    db.execute(
                        "INSERT OR REPLACE INTO share.meta (key, value) VALUES (?, ?)",
                        [key, value],
                    )
            if progress:
                progress(total - 1, total)
        finally:
            db.execute("DROP TABLE IF EXISTS temp.share_articles")
            db.execute("DETACH DATABASE share")
        _finish(partial)
        partial.replace(out)
    except BaseException:
        for leftover in _sidecars(partial):
            leftover.unlink(missing_ok=True)
        raise
    if progress:
        progress(total, total)
    return counts


def _select_articles(db: Database, article_ids: Sequence[str] | None) -> None:
    db.execute("DROP TABLE IF EXISTS temp.share_articles")
    db.execute("CREATE TEMP TABLE share_articles (id TEXT PRIMARY KEY)")
    if article_ids is None:
        return
    db.conn.executemany(
        "INSERT OR IGNORE INTO temp.share_articles (id) VALUES (?)", [(a,) for a in article_ids]
    )
    missing = db.execute(
        "SELECT id FROM temp.share_articles WHERE id NOT IN (SELECT id FROM main.articles)"
    ).fetchone()
    if missing:
        raise StorageError(N_("no article {id} in this library"), id=missing[0])


def _finish(path: Path) -> None:
    """One self-contained file: no WAL beside it, no free pages left over."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


def _sidecars(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]
