"""Migration m0014 (issue 15, file size) on a library as the previous schema left it.

The library is made by the service layer with checker work on it (notes, a verdict, a
reference, an edit, an undo step, a merge with a conflict), then put back into the
schema-13 shape the previous build wrote: every current revision also in
``row_revisions`` (a table with a rowid), the English explanation stored beside its key,
the old per-article index, a claim index of every finding. Opening it migrates; nothing a
user or a merge can see may change.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from schema14 import as_schema_14
from sqlite_utils import Database
from test_merge_support import copy_library, open_lib, populated

from factcheck_app.explanations import render_stored
from factcheck_app.models import Block, BlockKind, Category, Finding, ParsedArticle
from factcheck_app.services import annotations as ann
from factcheck_app.services import history, sharing
from factcheck_app.services.articles import store_parsed
from factcheck_app.storage import compact
from factcheck_app.storage.assertions import stored_explanation, sync_findings
from factcheck_app.storage.migrations import SYNCED_TABLES

TEXT = "Officials said the plan failed. Reports indicate it was late. " * 3


def _findings() -> list[Finding]:
    from factcheck_app.explanations import Explanation

    return [
        Finding(
            Category.VAGUE_SOURCE,
            start,
            start + 30,
            start,
            start + 9,
            Explanation.of("attributed to an unnamed source ('{cue}')", "Officials"),
            "rule",
            0.9,
            "en",
            "1",
        )
        for start in (0, 63, 126)
    ]


def _as_schema_13(path: Path) -> None:
    """What the previous build stored for the same content."""
    conn = sqlite3.connect(path)
    conn.create_function("render_en", 2, lambda k, p: render_stored(k, p, "en") if k else "")
    with conn:
        conn.executescript(
            """
            ALTER TABLE row_revisions RENAME TO row_revisions_new;
            CREATE TABLE row_revisions (
                table_name TEXT NOT NULL,
                row_id TEXT NOT NULL,
                rev TEXT NOT NULL,
                PRIMARY KEY (table_name, row_id, rev)
            );
            INSERT INTO row_revisions SELECT * FROM row_revisions_new;
            DROP TABLE row_revisions_new;
            DROP INDEX assertions_summary;
            CREATE INDEX assertions_article ON assertions(article_id, start);
            CREATE INDEX assertions_summary ON assertions(
                article_id, category, deleted, review, status
            );
            UPDATE assertions SET explanation = render_en(explain_key, explain_params)
                WHERE explanation = '' AND explain_key IS NOT NULL;
            INSERT INTO claim_index VALUES ('x', 'assertion', '', 'h', 'en', '{}');
            DELETE FROM _sqlite_migrations WHERE name = 'm0014_size';
            """
        )
        for table in SYNCED_TABLES:
            conn.execute(
                f"INSERT OR IGNORE INTO row_revisions SELECT ?, id, rev FROM {table}", [table]
            )
    conn.close()


def _state(path: Path) -> tuple[dict, dict]:
    """Every synced row as a reader sees it (findings packed by m0015 as rows), and every
    row's known revisions."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    rows: dict = {}
    known: dict = {}
    packed: list[dict] = []
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_findings'").fetchone():
        ids = [r[0] for r in conn.execute("SELECT article_id FROM article_findings")]
        packed = [
            {**r, "rev": compact.revision(r["id"])}
            for found in compact.rows_for(Database(conn), ids).values()
            for r in found
        ]
    for table in SYNCED_TABLES:
        stored = map(dict, conn.execute(f"SELECT * FROM {table}"))
        for row in [*stored, *(packed if table == "assertions" else ())]:
            if table == "assertions":
                row["explanation"] = stored_explanation(row)
            rows[(table, row["id"])] = row
            known.setdefault((table, row["id"]), set()).add(row["rev"])
    for table, row_id, rev in conn.execute("SELECT * FROM row_revisions"):
        known.setdefault((table, row_id), set()).add(rev)
    conn.close()
    return rows, known


def test_a_schema_13_library_migrates_losing_nothing(tmp_path: Path) -> None:
    alice, ids = populated(tmp_path / "alice.db", "alice")
    parsed = ParsedArticle("Plan", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    article_id = store_parsed(alice, parsed).article.id
    with alice.session() as db:
        sync_findings(db, article_id, TEXT, _findings(), "alice")
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    ann.edit_note(alice, ids["note"], "alice's words")
    ann.edit_note(bob, ids["note"], "bob's words")  # rewrites alice's note: held back
    added = ann.add_note(bob, ids["article"], "bob's own note").created
    sharing.share_library(bob, tmp_path / "bob.factcheck", private=True)
    bob.close()
    merged = sharing.merge(alice, tmp_path / "bob.factcheck")
    assert len(merged.conflicts) == 1
    ann.add_note(alice, ids["article"], "undone later")
    alice.close()
    old = tmp_path / "old.db"
    as_schema_14(alice.path, random_ids=False)  # every finding a row, named as m0015 names it
    _as_schema_13(alice.path)
    shutil.copyfile(alice.path, old)

    lib = open_lib(alice.path, "alice")  # migrates
    with lib.session() as db:
        assert db.execute("SELECT count(*) FROM claim_index").fetchone()[0] == 0
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        blank = sum(
            1
            for rows in compact.rows_for(
                db, [r[0] for r in db.execute("SELECT id FROM articles")]
            ).values()
            for r in rows
            if r["explanation"] == "" and r["explain_key"]
        )
        kept = db.execute("SELECT count(*) FROM row_revisions").fetchone()[0]
        indexes = {r[1] for r in db.execute("PRAGMA index_list(assertions)")}
    assert blank >= 3  # the three findings' English text is rendered from their keys again
    assert "assertions_article" not in indexes and "assertions_summary" in indexes
    before, after = _state(old), _state(alice.path)
    assert after == before  # the same rows and the same histories (past plus current)
    assert kept < sum(len(v) for v in before[1].values())  # current revisions not repeated
    # the edit history and the merge still undo; the merge still knows what it merged
    history.undo(lib)
    assert "undone later" not in [n.body for n in ann.notes_for_article(lib, ids["article"])]
    assert sharing.merge(lib, tmp_path / "bob.factcheck").merge_id is None
    assert ann.get_note(lib, added).body == "bob's own note"
    assert sharing.undo_merge(lib, sharing.list_merges(lib)[0].id).restored == 1
    assert ann.get_note(lib, added) is None
    assert ann.get_note(lib, ids["note"]).body == "alice's words"
    lib.close()
