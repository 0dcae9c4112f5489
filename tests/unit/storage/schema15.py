"""A library put back into the shape schema 15 (before m0016) stored: no stored card
progress (``storage.article_progress``), its triggers and its migration record gone."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def as_schema_15(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    triggers = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'progress_%'"
        )
    ]
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.executescript(
        """
        DROP TABLE IF EXISTS article_progress;
        DELETE FROM _sqlite_migrations WHERE name = 'm0016_article_progress';
        """
    )
    conn.close()
