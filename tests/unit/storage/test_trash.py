"""The trash: delete, restore and undo bring back an article with all its work; emptying
erases it for good; trashed articles reach colleagues only as held-back deletions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_merge_support import TEXT, copy_library, populated

from factcheck_app.errors import NotFoundError
from factcheck_app.services import Library, articles, history, sharing, trash
from factcheck_app.services import annotations as ann
from factcheck_app.settings import Settings
from factcheck_app.storage.migrations import migration_names


@pytest.fixture()
def alice(tmp_path: Path):
    lib, ids = populated(tmp_path / "alice.db", "alice")
    yield lib, ids
    lib.close()


def work(lib: Library, article_id: str) -> tuple[int, int, str | None]:
    """(live assertions, live notes, verdict) of an article: what a restore must bring back."""
    assertions = [a for a in ann_list(lib, article_id)]
    notes = ann.notes_for_article(lib, article_id)
    verdict = ann.verdict_for(lib, assertions[0].id) if assertions else None
    return len(assertions), len(notes), verdict.rating if verdict else None


def ann_list(lib: Library, article_id: str):
    from factcheck_app.services.analysis import list_assertions

    return list_assertions(lib, article_id)


def test_delete_then_restore_brings_back_everything_but_earlier_deletions(alice) -> None:
    lib, ids = alice
    art = ids["article"]
    gone = ann.get_note(lib, ann.add_note(lib, art, "deleted before the article").created)
    ann.delete_note(lib, gone.id)
    before = work(lib, art)
    assert before == (1, 2, "false")
    articles.delete_article(lib, art)
    assert articles.list_articles(lib) == []
    [item] = trash.list_trash(lib)
    assert (item.id, item.assertions, item.notes, item.deleted_by) == (art, 1, 2, "alice")
    trash.restore_article(lib, art[:8])
    assert work(lib, art) == before
    assert ann.get_note(lib, gone.id) is None  # deleted earlier: stays deleted
    assert trash.list_trash(lib) == []


def test_delete_undo_and_restore_undo_are_journal_steps(alice) -> None:
    lib, ids = alice
    art = ids["article"]
    before = work(lib, art)
    articles.delete_article(lib, art)
    history.undo(lib)
    assert work(lib, art) == before
    history.redo(lib)
    trash.restore_article(lib, art)
    history.undo(lib)  # back in the trash, with its work counted there
    [item] = trash.list_trash(lib)
    assert (item.assertions, item.notes) == (1, 2)
    history.redo(lib)
    assert work(lib, art) == before


def test_emptying_erases_text_work_and_undo_images(alice) -> None:
    lib, ids = alice
    art = ids["article"]
    articles.delete_article(lib, art)
    assert trash.empty_trash(lib) == 1
    assert trash.list_trash(lib) == []
    with lib.session() as db:
        text, deleted = db.execute(
            "SELECT text, deleted FROM articles WHERE id = ?", [art]
        ).fetchone()
        bodies = [r[0] for r in db.execute("SELECT body FROM notes")]
        blocks = db.execute("SELECT count(*) FROM blocks").fetchone()[0]
        images = db.execute(
            "SELECT count(*) FROM journal_rows WHERE before LIKE '%Officials%'"
            " OR after LIKE '%Officials%' OR after LIKE '%public note%'"
        ).fetchone()[0]
        found = db.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Officials'"
        ).fetchone()[0]
    assert (text, deleted, blocks, images, found) == ("", 1, 0, 0, 0)
    assert set(bodies) == {""}
    with pytest.raises(NotFoundError):
        trash.restore_article(lib, art)
    # the same text imported again is a new article, not a resurrection
    again = articles.import_text(lib, TEXT, fmt="md")
    assert not again.duplicate and again.article.id != art


def test_reimporting_a_trashed_article_points_to_the_trash(alice) -> None:
    lib, ids = alice
    articles.delete_article(lib, ids["article"])
    result = articles.import_text(lib, TEXT, fmt="md")
    assert result.duplicate and result.in_trash and result.article.id == ids["article"]
    assert articles.list_articles(lib) == []  # nothing stored


def test_a_colleagues_trash_is_a_held_back_deletion(alice, tmp_path: Path) -> None:
    lib, ids = alice
    bob = copy_library(lib, tmp_path / "bob.db", "bob")
    articles.delete_article(bob, ids["article"])
    out = tmp_path / "bob.factcheck"
    sharing.share_library(bob, out, private=True)
    with sqlite3.connect(out) as conn:  # travels as a mark: no text leaves Bob's machine
        assert conn.execute("SELECT text FROM articles").fetchone() == ("",)
    report = sharing.preview_merge(lib, out)
    assert any(r.kind == "delete" and r.table == "articles" for r in report.risks)
    sharing.merge(lib, out)  # not accepted: Alice keeps her article
    assert [s.id for s in articles.list_articles(lib)] == [ids["article"]]
    sharing.merge(lib, out, accept=frozenset({"delete"}))  # accepted: into her trash
    [item] = trash.list_trash(lib)
    assert item.id == ids["article"]
    before = (1, 2, "false")
    trash.restore_article(lib, ids["article"])
    assert work(lib, ids["article"]) == before
    # Alice's restore travels back to Bob as a newer version
    back = tmp_path / "alice.factcheck"
    sharing.share_library(lib, back, private=True)
    sharing.merge(bob, back)
    assert work(bob, ids["article"]) == before
    bob.close()


def test_emptied_article_is_not_brought_back_by_an_old_copy(alice, tmp_path: Path) -> None:
    lib, ids = alice
    bob = copy_library(lib, tmp_path / "bob.db", "bob")
    articles.delete_article(lib, ids["article"])
    trash.empty_trash(lib)
    out = tmp_path / "bob.factcheck"
    sharing.share_library(bob, out, private=True)
    sharing.merge(lib, out, accept=sharing.RISK_KINDS)
    assert articles.list_articles(lib) == [] and trash.list_trash(lib) == []
    bob.close()


def test_a_library_of_the_previous_schema_migrates(tmp_path: Path) -> None:
    lib, ids = populated(tmp_path / "old.db", "alice")
    lib.close()
    conn = sqlite3.connect(tmp_path / "old.db")  # back to the schema before m0012
    conn.executescript(
        """
        ALTER TABLE articles DROP COLUMN lang;
        ALTER TABLE assertions DROP COLUMN trashed;
        ALTER TABLE notes DROP COLUMN trashed;
        ALTER TABLE article_snapshots DROP COLUMN trashed;
        DELETE FROM _sqlite_migrations WHERE name = 'm0012_library_management';
        """
    )
    conn.commit()
    conn.close()
    assert "m0012_library_management" in migration_names()
    lib = Library(tmp_path / "old.db", Settings(user_name="alice"))
    try:
        assert work(lib, ids["article"]) == (1, 2, "false")
        assert articles.get_article(lib, ids["article"]).language == ""
        articles.delete_article(lib, ids["article"])
        trash.restore_article(lib, ids["article"])
        assert work(lib, ids["article"]) == (1, 2, "false")
    finally:
        lib.close()


def test_cli_delete_trash_restore_and_empty(tmp_path: Path, monkeypatch) -> None:
    from factcheck_app.cli import main

    lib, ids = populated(tmp_path / "lib.db", "alice")
    lib.close()
    db = ["--db", str(tmp_path / "lib.db")]
    runner = CliRunner()
    art = ids["article"]
    assert "Moved to the trash" in runner.invoke(main, [*db, "delete", art[:8]]).output
    listed = runner.invoke(main, [*db, "trash", "--json"])
    assert '"notes": 2' in listed.output
    assert runner.invoke(main, [*db, "restore", "nonsense"]).exit_code == 2
    assert "Restored" in runner.invoke(main, [*db, "restore", art[:8]]).output
    assert "Undone: Restore article" in runner.invoke(main, [*db, "undo"]).output
    refused = runner.invoke(main, [*db, "trash", "--empty"], input="n\n")
    assert refused.exit_code == 2
    assert "Erased 1 article(s)." in runner.invoke(main, [*db, "trash", "--empty", "--yes"]).output
    assert "The trash is empty." in runner.invoke(main, [*db, "trash"]).output
