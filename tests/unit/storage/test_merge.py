"""Merging: one-sided changes taken, conflicts kept and flippable, idempotent, symmetric."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_merge_support import copy_library, populated, snapshot_rows

from factcheck_app.errors import NotFoundError
from factcheck_app.services import annotations as ann
from factcheck_app.services import history, sharing


@pytest.fixture()
def pair(tmp_path: Path):
    alice, ids = populated(tmp_path / "alice.db", "alice")
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    yield alice, bob, ids
    alice.close()
    bob.close()


ALL = sharing.RISK_KINDS


def share(lib, path: Path) -> Path:
    sharing.share_library(lib, path, private=True)
    return path


def test_one_sided_changes_are_taken_and_report_counts_them(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    ann.edit_note(bob, ids["note"], "bob improved this")
    ann.add_note(bob, ids["article"], "bob's new note")
    ann.delete_note(bob, ids["private"])
    ann.add_reference(bob, "New source")
    preview = sharing.preview_merge(alice, share(bob, tmp_path / "b.factcheck"), accept=ALL)
    assert preview.dry_run and preview.conflicts == ()
    assert (preview.added["notes"], preview.changed["notes"], preview.deleted["notes"]) == (1, 1, 1)
    assert preview.added["refs"] == 1
    assert sharing.list_merges(alice) == []
    report = sharing.merge(alice, tmp_path / "b.factcheck", accept=ALL)
    changes = report.changes
    assert (report.added, report.changed, report.deleted) == (
        preview.added,
        preview.changed,
        preview.deleted,
    )
    assert ids["note"] in changes.notes and changes.library
    bodies = {n.body for n in ann.notes_for_article(alice, ids["article"])}
    assert bodies == {"bob improved this", "bob's new note"}
    # a small merge keeps an undo log instead of a full copy of the library
    assert report.backup_path is None and "undo-merge" in sharing.format_report(report)
    [record] = sharing.list_merges(alice)
    assert record.author == "alice" and record.source_library_id == bob.library_id
    assert record.added["notes"] == 1 and record.conflicts == 0
    assert record.source_file.endswith("b.factcheck")


def test_our_newer_changes_are_kept(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    stale = share(bob, tmp_path / "old.factcheck")
    ann.edit_note(alice, ids["note"], "alice moved on")
    report = sharing.merge(alice, stale, accept=ALL)
    assert sum(report.changed.values()) == 0 and report.conflicts == ()
    assert ann.notes_for_assertion(alice, ids["assertion"])[0].body == "alice moved on"


def _note_edited_on_both_sides(pair, tmp_path: Path):
    """Alice and (later) Bob edit the same note; Alice merges Bob's share: one conflict."""
    alice, bob, ids = pair
    ann.edit_note(alice, ids["note"], "alice's text")
    ann.edit_note(bob, ids["note"], "bob's later text")
    return sharing.merge(alice, share(bob, tmp_path / "b.factcheck"), accept=ALL)


def test_conflict_keeps_both_newer_wins_and_flip_restores_the_other(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    report = _note_edited_on_both_sides(pair, tmp_path)
    [conflict] = report.conflicts
    assert conflict.table == "notes" and conflict.chosen == "theirs"
    assert (conflict.ours["body"], conflict.theirs["body"]) == ("alice's text", "bob's later text")
    text = sharing.format_report(report)
    assert "alice's text" in text and "bob's later text" in text
    assert sharing.conflicts_for_row(alice, "notes", ids["note"])[0].ours["body"] == "alice's text"
    assert [c.id for c in sharing.list_conflicts(alice, report.merge_id)] == [conflict.id]
    changes = sharing.flip_conflict(alice, conflict.id)
    assert ids["note"] in changes.notes
    assert ann.notes_for_assertion(alice, ids["assertion"])[0].body == "alice's text"
    assert sharing.list_conflicts(alice)[0].chosen == "ours"
    # the flip is a new change: it wins when bob merges alice back
    back = sharing.merge(bob, share(alice, tmp_path / "a.factcheck"), accept=ALL)
    assert back.conflicts == ()
    assert ann.notes_for_assertion(bob, ids["assertion"])[0].body == "alice's text"


def test_a_flip_is_one_undoable_edit(pair, tmp_path: Path) -> None:
    """Flipping a conflict is in the journal: undo puts the row and the choice back."""
    alice, _bob, ids = pair
    [conflict] = _note_edited_on_both_sides(pair, tmp_path).conflicts
    flipped = sharing.flip_conflict(alice, conflict.id)
    step = history.get_step(alice, flipped.step)
    assert step is not None
    assert history.describe(step) == "Use other version of bob's later text"
    undone = history.undo(alice)
    assert undone.step == flipped.step and ids["note"] in undone.notes
    assert ann.get_note(alice, ids["note"]).body == "bob's later text"
    assert sharing.list_conflicts(alice)[0].chosen == "theirs"
    history.redo(alice)
    assert ann.get_note(alice, ids["note"]).body == "alice's text"
    assert sharing.list_conflicts(alice)[0].chosen == "ours"
    with pytest.raises(NotFoundError):
        sharing.flip_conflict(alice, "no-such-conflict")


def test_merging_twice_changes_nothing(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    ann.edit_note(alice, ids["note"], "a")
    ann.edit_note(bob, ids["note"], "b")
    ann.add_note(bob, ids["article"], "new")
    file = share(bob, tmp_path / "b.factcheck")
    sharing.merge(alice, file, accept=ALL)
    after_first = snapshot_rows(alice)
    again = sharing.preview_merge(alice, file, accept=ALL)
    assert again.conflicts == () and not any(again.added.values())
    report = sharing.merge(alice, file, accept=ALL)
    changes = report.changes
    assert report.merge_id is None and changes.empty
    assert snapshot_rows(alice) == after_first
    assert len(sharing.list_merges(alice)) == 1


def test_both_directions_end_with_the_same_rows(pair, tmp_path: Path) -> None:
    alice, bob, ids = pair
    ann.edit_note(alice, ids["note"], "alice")
    ann.set_verdict(alice, ids["assertion"], "mixed")
    ann.edit_note(bob, ids["note"], "bob")
    ann.set_verdict(bob, ids["assertion"], "true")
    ann.delete_note(bob, ids["private"])
    a_file = share(alice, tmp_path / "a.factcheck")
    b_file = share(bob, tmp_path / "b.factcheck")
    into_alice = sharing.merge(alice, b_file, accept=ALL)
    into_bob = sharing.merge(bob, a_file, accept=ALL)
    assert snapshot_rows(alice) == snapshot_rows(bob)
    assert len(into_alice.conflicts) == len(into_bob.conflicts) == 2
    chosen_a = {
        c.row_id: (c.ours if c.chosen == "ours" else c.theirs) for c in into_alice.conflicts
    }
    chosen_b = {c.row_id: (c.ours if c.chosen == "ours" else c.theirs) for c in into_bob.conflicts}
    assert chosen_a == chosen_b


def test_share_of_a_share_merges_back_new_articles(pair, tmp_path: Path) -> None:
    from factcheck_app.services import articles

    alice, bob, _ = pair
    new = articles.import_text(bob, "# Bob's\n\nAllegedly new.", fmt="md").article
    report = sharing.merge(alice, share(bob, tmp_path / "b.factcheck"), accept=ALL)
    assert report.added["articles"] == 1
    assert articles.get_article(alice, new.id).blocks == new.blocks


def test_cli_merge_merges_and_conflicts(pair, tmp_path: Path, monkeypatch) -> None:
    from factcheck_app.cli import main

    alice, bob, ids = pair
    ann.edit_note(alice, ids["note"], "alice's text")
    ann.edit_note(bob, ids["note"], "bob's text")
    bob.close()
    alice.close()
    runner = CliRunner()
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "settings.json"))
    out = tmp_path / "bob-share"
    db_b, db_a = str(tmp_path / "bob.db"), str(tmp_path / "alice.db")
    result = runner.invoke(main, ["--db", db_b, "share", "-o", str(out), "--no-private"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "bob-share.factcheck").exists()
    result = runner.invoke(
        main, ["--db", db_a, "merge", str(out) + ".factcheck", "--dry-run", "--accept", "rewrite"]
    )
    assert result.exit_code == 0 and "Merge preview" in result.output
    assert "alice's text" in result.output and "bob's text" in result.output
    result = runner.invoke(
        main, ["--db", db_a, "merge", str(out) + ".factcheck", "--accept", "rewrite"]
    )
    assert result.exit_code == 0 and "undo-merge" in result.output
    result = runner.invoke(main, ["--db", db_a, "merges"])
    assert "1 conflict(s)" in result.output
    result = runner.invoke(main, ["--db", db_a, "conflicts"])
    conflict_id = result.output.split()[0]
    result = runner.invoke(main, ["--db", db_a, "flip", conflict_id])
    assert result.exit_code == 0 and "ours" in result.output
    bad = tmp_path / "notes.factcheck"
    bad.write_text("not a library")
    result = runner.invoke(main, ["--db", db_a, "merge", str(bad)])
    assert result.exit_code == 2 and "not SQLite" in result.output
