"""Share files: whole library or chosen articles, options, and a valid library as result."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_merge_support import open_lib, populated

from factcheck_app.services import annotations as ann
from factcheck_app.services import articles, sharing
from factcheck_app.storage.migrations import migration_names
from factcheck_app.storage.untrusted import open_untrusted


def count(path: Path, table: str, where: str = "1") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
    finally:
        conn.close()


def test_whole_library_share_is_a_valid_library(tmp_path: Path) -> None:
    lib, ids = populated(tmp_path / "lib.db")
    out = tmp_path / "all.factcheck"
    counts = sharing.share_library(lib, out, private=True)
    # the populated article was pasted: it has no archived copy; no published fact-checks
    assert counts == {t: 1 for t in counts} | {
        "notes": 2,
        "article_snapshots": 0,
        "claim_reviews": 0,
    }
    assert not out.with_name(out.name + "-wal").exists()
    shared = open_lib(out, "bob")
    assert shared.library_id != lib.library_id
    art = articles.get_article(shared, ids["article"])
    assert art.blocks == articles.get_article(lib, ids["article"]).blocks
    assert ann.get_reference(shared, ids["ref"]).snapshots[0].sha256
    assert ann.verdict_for(shared, ids["assertion"]).rating == "false"
    assert [h.kind for h in articles.search(shared, "public")] == ["note"]
    with shared.session() as db:
        # the history of the shared rows travels: their past revisions (a row's current
        # one is its rev), so the edited rows have some and each is a row of the share
        history = db.execute("SELECT table_name, row_id, rev FROM row_revisions").fetchall()
        assert history
        for table, row_id, rev in history:
            current = db.execute(f"SELECT rev FROM {table} WHERE id = ?", [row_id]).fetchone()
            assert current is not None and current[0] != rev
        assert db.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
    shared.close()
    checked = open_untrusted(out, tmp_path / "work")
    assert checked.schema_version == len(migration_names())


def test_options_leave_out_local_copies_and_private_notes(tmp_path: Path) -> None:
    lib, ids = populated(tmp_path / "lib.db")
    out = tmp_path / "lean.factcheck"
    counts = sharing.share_library(lib, out, snapshots=False, private=False)
    assert counts["snapshots"] == 0 and counts["notes"] == 1
    assert count(out, "notes", "private = 1") == 0
    assert count(out, "snapshots") == 0
    assert count(out, "row_revisions", f"row_id = '{ids['private']}'") == 0


def test_chosen_articles_bring_everything_attached_and_nothing_else(tmp_path: Path) -> None:
    lib, ids = populated(tmp_path / "lib.db")
    other = articles.import_text(lib, "# Other\n\nSomething else entirely.", fmt="md").article
    ann.add_note(lib, other.id, "unrelated")
    ann.add_reference(lib, "Unrelated source")
    out = tmp_path / "one.factcheck"
    counts = sharing.share_library(lib, out, [ids["article"]], private=True)
    assert counts["articles"] == 1 and counts["notes"] == 2 and counts["refs"] == 1
    assert count(out, "articles", f"id = '{other.id}'") == 0
    assert count(out, "blocks", f"article_id = '{other.id}'") == 0
    by_tag = tmp_path / "tag.factcheck"
    assert sharing.share_library(lib, by_tag, tag="energy")["articles"] == 1
    with pytest.raises(ValueError, match="tagged"):
        sharing.share_library(lib, tmp_path / "none.factcheck", tag="nothing")


def test_deletion_marks_travel(tmp_path: Path) -> None:
    lib, ids = populated(tmp_path / "lib.db")
    ann.delete_note(lib, ids["note"])
    out = tmp_path / "s.factcheck"
    sharing.share_library(lib, out)
    assert count(out, "notes", f"id = '{ids['note']}' AND deleted = 1") == 1


def test_unknown_article_is_refused_and_no_file_left(tmp_path: Path) -> None:
    lib, _ = populated(tmp_path / "lib.db")
    out = tmp_path / "x.factcheck"
    with pytest.raises(Exception, match="no article"):
        sharing.share_library(lib, out, ["00000000-0000-4000-8000-000000000000"])
    assert list(tmp_path.glob("x.factcheck*")) == []
