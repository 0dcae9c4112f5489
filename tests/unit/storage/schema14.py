"""A library put back into the shape schema 14 (before m0015) stored: every finding a row.

The service layer of this build keeps untouched detector findings packed per article
(``storage.compact``); the previous build wrote each as an ``assertions`` row with its
own random id and revision, counted by the m0011 triggers. Tests of m0015 and of older
migrations build a library with today's code and turn it into that shape.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from schema15 import as_schema_15
from sqlite_utils import Database

from factcheck_app.storage import compact

_OLD = uuid.UUID("0d9e3a53-51a4-4cf6-8a53-0a0c3ad2b0a1")

_COUNT = """
    INSERT OR REPLACE INTO assertion_counts (article_id, category, open, done, total)
    SELECT {row}.article_id, {row}.category,
        COALESCE(SUM(status IN ('to_check', 'in_progress')), 0),
        COALESCE(SUM(status IN ('checked', 'dismissed')), 0),
        COUNT(*)
    FROM assertions
    WHERE article_id = {row}.article_id AND category = {row}.category AND deleted = 0;
"""


def as_schema_14(path: Path, *, random_ids: bool = True) -> None:
    """Expand every record into rows (random-looking ids, as the old sync wrote; the same
    in every copy, as a library and a share cut from it had), drop m0015 (and m0016)."""
    as_schema_15(path)
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    ids = [r[0] for r in conn.execute("SELECT article_id FROM article_findings")]
    rows = [r for found in compact.rows_for(db, ids).values() for r in found]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(assertions)")]
    conn.executescript(
        """
        DROP TRIGGER assertion_counts_insert;
        DROP TRIGGER assertion_counts_update;
        DROP TRIGGER assertion_counts_delete;
        DROP TABLE article_findings;
        """
    )
    for row in rows:
        row = {**row, "rev": compact.revision(row["id"])}
        if random_ids:  # random-looking, but the same in every copy converted
            row = {**row, "id": str(uuid.uuid5(_OLD, row["id"])), "rev": str(uuid.uuid4())}
        conn.execute(
            f"INSERT INTO assertions ({', '.join(repr(c) for c in columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})",
            [row[c] for c in columns],
        )
    conn.executescript(
        f"""
        DELETE FROM assertion_counts;
        INSERT INTO assertion_counts (article_id, category, open, done, total)
        SELECT article_id, category, SUM(status IN ('to_check', 'in_progress')),
            SUM(status IN ('checked', 'dismissed')), COUNT(*)
        FROM assertions WHERE deleted = 0 GROUP BY article_id, category;
        CREATE TRIGGER assertion_counts_insert AFTER INSERT ON assertions BEGIN
            {_COUNT.format(row="NEW")}
        END;
        CREATE TRIGGER assertion_counts_update
        AFTER UPDATE OF article_id, category, status, deleted ON assertions BEGIN
            {_COUNT.format(row="OLD")}
            {_COUNT.format(row="NEW")}
        END;
        CREATE TRIGGER assertion_counts_delete AFTER DELETE ON assertions BEGIN
            {_COUNT.format(row="OLD")}
        END;
        DELETE FROM _sqlite_migrations WHERE name = 'm0015_compact_findings';
        """
    )
    conn.execute("VACUUM")
    conn.close()
