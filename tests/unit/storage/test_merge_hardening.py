"""Merges that cannot hurt silently: held-back deletions/rewrites/text changes, clamped
timestamps, recomputed hashes, marks without content, and undoing a whole merge."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_merge_support import copy_library, file_bytes, populated

from factcheck_app.errors import ConflictError
from factcheck_app.services import annotations as ann
from factcheck_app.services import articles, sharing
from factcheck_app.storage.merge_history import rotate_backups


@pytest.fixture()
def pair(tmp_path: Path):
    alice, ids = populated(tmp_path / "alice.db", "alice")
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    yield alice, bob, ids
    alice.close()
    bob.close()


def live(lib, table: str, row_id: str) -> tuple:
    with lib.session() as db:
        return db.execute(f"SELECT deleted, rev FROM {table} WHERE id = ?", [row_id]).fetchone()


def edit_file(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_forged_deletion_of_everything_is_held_back_and_listed(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    ann.delete_note(bob, ids["note"])
    ann.delete_note(bob, ids["private"])
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out, private=True)
    report = sharing.preview_merge(alice, out)
    [risk] = [r for r in report.risks if r.table == "notes"]
    assert (risk.kind, risk.count, risk.author, risk.accepted) == ("delete", 2, "alice", False)
    text = sharing.format_report(report)
    assert "2 notes by alice deleted (not applied, kept as conflict)" in text
    merged = sharing.merge(alice, out)
    assert live(alice, "notes", ids["note"])[0] == 0
    assert live(alice, "notes", ids["private"])[0] == 0
    kept = [c for c in merged.conflicts if c.table == "notes"]
    assert len(kept) == 2 and {c.chosen for c in kept} == {"ours"}
    # merging the same file again holds them again without piling up conflicts
    again = sharing.merge(alice, out)
    assert again.merge_id is None and len(sharing.list_conflicts(alice)) == 2
    # accepted explicitly: applied
    sharing.merge(alice, out, accept=frozenset({"delete"}))
    assert live(alice, "notes", ids["note"])[0] == 1


def test_accepting_deletions_applies_them_and_keeps_our_text(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    ann.delete_note(bob, ids["note"])
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out)
    conn = sqlite3.connect(out)
    body = conn.execute("SELECT body FROM notes WHERE id = ?", [ids["note"]]).fetchone()[0]
    conn.close()
    assert body == ""  # a deletion travels as a mark without content
    sharing.merge(alice, out, accept=frozenset({"delete"}))
    with alice.session() as db:
        row = db.execute("SELECT deleted, body FROM notes WHERE id = ?", [ids["note"]]).fetchone()
    assert row == (1, "public note")


def test_article_text_changed_under_assertions_is_held_then_reanchored(
    pair, tmp_path: Path
) -> None:
    alice, bob, ids = pair
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out, private=True)
    old = articles.get_article(alice, ids["article"]).text
    new = "Breaking: " + old
    edit_file(  # an edit as the app makes it: the replaced revision becomes history
        out,
        "INSERT INTO row_revisions SELECT 'articles', id, rev FROM articles",
        "UPDATE articles SET text = '" + new.replace("'", "''") + "',"
        " rev = '00000000-0000-4000-8000-00000000000a', updated_at = '9999-12-31T00:00:00Z'",
        "INSERT INTO row_revisions VALUES ('articles', '"
        + ids["article"]
        + "', '00000000-0000-4000-8000-00000000000a')",
        'UPDATE assertions SET start = start + 10, "end" = "end" + 10',
        'UPDATE blocks SET start = start + 10, "end" = "end" + 10 WHERE seq > 0',
    )
    report = sharing.preview_merge(alice, out)
    [risk] = [r for r in report.risks if r.kind == "text"]
    assert risk.assertions == 1
    assert "text changed under 1 assertion(s)" in sharing.format_report(report)
    assert report.clamped >= 1  # 9999-12-31 set to the merge time
    sharing.merge(alice, out)
    assert articles.get_article(alice, ids["article"]).text == old
    # accepted: the text is taken and our assertion moves onto its quote again
    sharing.merge(alice, out, accept=frozenset({"text"}))
    article = articles.get_article(alice, ids["article"])
    assert article.text == new
    assertion = ann.get_assertion(alice, ids["assertion"])
    assert article.text[assertion.start : assertion.end] == assertion.quote
    with alice.session() as db:
        stamp = db.execute(
            "SELECT updated_at FROM articles WHERE id = ?", [ids["article"]]
        ).fetchone()[0]
    assert not stamp.startswith("9999")


def test_planted_content_hash_is_recomputed(pair, tmp_path: Path) -> None:
    alice, bob, _ids = pair
    real = "# Real\n\nReports indicate the real thing happened."
    fake = articles.import_text(bob, "# Fake\n\nSomething else entirely.", fmt="md").article
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out)
    from factcheck_app.ingest import content_hash, parse_string

    digest = content_hash(parse_string(real, fmt="md").text)
    edit_file(out, f"UPDATE articles SET content_hash = '{digest}' WHERE id = '{fake.id}'")
    sharing.merge(alice, out)
    result = articles.import_text(alice, real, fmt="md")
    assert result.article.id != fake.id  # not "already in the library"


def test_undo_a_whole_merge_keeps_later_work(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    ann.edit_note(bob, ids["note"], "bob rewrote alice's note")
    new = ann.get_note(bob, ann.add_note(bob, ids["article"], "bob's new note").created)
    ref = ann.get_reference(bob, ann.add_reference(bob, "Bob's source").created)
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out)
    report = sharing.merge(alice, out, accept=sharing.RISK_KINDS)
    assert report.backup_path is None  # small merge: the undo log is the backup
    ann.edit_note(alice, new.id, "alice edited bob's note after the merge")
    result = sharing.undo_merge(alice, report.merge_id)
    assert result.kept_later == 1 and result.restored >= 2
    bodies = {n.body for n in ann.notes_for_article(alice, ids["article"])}
    assert "public note" in bodies  # the rewrite is undone
    assert "alice edited bob's note after the merge" in bodies  # later work survives
    assert all(r.id != ref.id for r in ann.list_references(alice))
    [record] = sharing.list_merges(alice)
    assert record.undone_at
    with pytest.raises(ConflictError):
        sharing.undo_merge(alice, report.merge_id)


def test_cli_undo_merge_and_accept(pair, tmp_path: Path, monkeypatch) -> None:
    from factcheck_app.cli import main

    alice, bob, ids = pair
    ann.delete_note(bob, ids["note"])
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out)
    bob.close()
    alice.close()
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "settings.json"))
    db = str(tmp_path / "alice.db")
    runner = CliRunner()
    result = runner.invoke(main, ["--db", db, "merge", str(out), "--accept", "delete"])
    assert result.exit_code == 0 and "(accepted)" in result.output
    merge_id = runner.invoke(main, ["--db", db, "merges"]).output.split()[0]
    result = runner.invoke(main, ["--db", db, "undo-merge", merge_id])
    assert result.exit_code == 0 and "undone" in result.output
    assert "(undone)" in runner.invoke(main, ["--db", db, "merges"]).output
    result = runner.invoke(main, ["--db", db, "undo-merge", merge_id])
    assert result.exit_code == 2 and "already undone" in result.output


def test_files_are_owner_only_and_backups_rotate(pair, tmp_path: Path) -> None:
    _alice, bob, _ids = pair
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh.db"
    from test_merge_support import open_lib

    open_lib(fresh).close()
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    for n in range(7):
        (tmp_path / f"alice.before-merge-2026010{n}-000000.db").write_bytes(b"x")
    removed = rotate_backups(tmp_path / "alice.db", 5)
    assert len(removed) == 2 and len(list(tmp_path.glob("alice.before-merge-*"))) == 5


def test_deleted_article_travels_as_a_mark_and_merges(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    articles.delete_article(bob, ids["article"])
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out)
    conn = sqlite3.connect(out)
    row = conn.execute("SELECT deleted, text, title FROM articles").fetchone()
    blocks = conn.execute("SELECT count(*) FROM blocks").fetchone()[0]
    conn.close()
    assert row == (1, "", "") and blocks == 0
    report = sharing.preview_merge(alice, out)
    assert any(r.kind == "delete" and r.table == "articles" for r in report.risks)
    sharing.merge(alice, out, accept=frozenset({"delete"}))
    with alice.session() as db:
        kept = db.execute("SELECT deleted, length(text) FROM articles").fetchone()
    assert kept[0] == 1 and kept[1] > 0  # deleted, and our text is still there


def test_a_merge_failing_half_way_leaves_the_library_byte_identical(
    pair, tmp_path: Path, monkeypatch
) -> None:
    """An error inside the merge's transaction (after rows, findings records and their
    counts were written) rolls all of it back; the same merge then goes through."""
    alice, bob, ids = pair
    ann.add_note(bob, ids["article"], "bob's note")
    articles.import_text(bob, "# Other\n\nReports indicate something else entirely.", fmt="md")
    out = tmp_path / "b.factcheck"
    sharing.share_library(bob, out)
    with alice.session() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_bytes(alice.path)

    def broken(*_args: object) -> None:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(sharing, "_reanchor", broken)
    with pytest.raises(RuntimeError, match="on fire"):
        sharing.merge(alice, out)
    assert file_bytes(alice.path) == before
    assert sharing.list_merges(alice) == []
    monkeypatch.undo()
    report = sharing.merge(alice, out)
    assert report.added["articles"] == 1 and report.added["notes"] == 1
