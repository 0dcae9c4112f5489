"""The merge dialog: preview first, then merge, a conflict shown, flipping it changes the row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.merge_dialog import MergeDialog
from factcheck_app.models import Category
from factcheck_app.services import Library, articles, sharing
from factcheck_app.services import annotations as ann
from factcheck_app.settings import Settings


@pytest.fixture()
def libraries(tmp_path: Path):
    alice = Library(tmp_path / "alice.db", Settings(user_name="alice"))
    art = articles.import_text(alice, "# Plan\n\nOfficials said the plan failed.", fmt="md")
    art_id = art.article.id
    assertion = ann.get_assertion(
        alice, ann.add_manual_assertion(alice, art_id, 6, 15, Category.VAGUE_SOURCE).created
    )
    note = ann.get_note(alice, ann.add_note(alice, art_id, "first draft", assertion.id).created)
    with alice.session() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(tmp_path / "alice.db", tmp_path / "bob.db")
    bob = Library(tmp_path / "bob.db", Settings(user_name="bob"))
    ann.edit_note(alice, note.id, "Alice: the ministry denies it")
    ann.edit_note(bob, note.id, "Bob: confirmed by the ministry")
    ann.add_note(bob, art_id, "Bob's extra note")
    share = tmp_path / "bob.factcheck"
    sharing.share_library(bob, share, private=True)
    bob.close()
    yield alice, note.id, share
    alice.close()


def body(lib: Library, note_id: str) -> str:
    with lib.session() as db:
        return db.execute("SELECT body FROM notes WHERE id = ?", [note_id]).fetchone()[0]


def test_preview_merge_and_flip_a_conflict(qtbot, libraries) -> None:
    alice, note_id, share = libraries
    ctx = GuiContext.create(alice)
    published = []
    ctx.bus.changed.connect(published.append)
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.preview_button.isEnabled() and not dialog.merge_button.isEnabled()
    dialog.path.setText(str(share))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=10_000)
    preview = dialog.report_view.toPlainText()
    assert "Merge preview" in preview and "Bob: confirmed" in preview
    assert body(alice, note_id) == "Alice: the ministry denies it"  # nothing written yet
    # Bob rewrote Alice's own note: listed, and applied only when ticked
    rewrite = dialog.accept_boxes["rewrite"]
    assert dialog.risk_box.isVisibleTo(dialog) and rewrite.isVisibleTo(dialog)
    assert "1 note by you rewritten" in rewrite.text() and not rewrite.isChecked()
    assert not dialog.accept_boxes["delete"].isVisibleTo(dialog)
    rewrite.setChecked(True)

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.history_table.rowCount() == 1, timeout=10_000)
    assert published and published[-1].library
    assert dialog.tabs.currentIndex() == 1
    assert dialog.conflict_table.rowCount() == 1
    assert dialog.conflict_table.item(0, 2).text() == "Alice: the ministry denies it"
    assert dialog.conflict_table.item(0, 3).text() == "Bob: confirmed by the ministry"
    assert body(alice, note_id) == "Bob: confirmed by the ministry"  # newer wins
    dialog.grab().save("/tmp/merge_dialog_conflicts.png")

    dialog.conflict_table.selectRow(0)
    assert "Alice" in dialog.conflict_detail.toPlainText()
    assert dialog.flip_button.text() == "Use this library's version"
    qtbot.mouseClick(dialog.flip_button, Qt.MouseButton.LeftButton)
    assert body(alice, note_id) == "Alice: the ministry denies it"
    assert dialog.conflict_table.item(0, 4).text() == "this library"
    assert sharing.list_conflicts(alice)[0].chosen == "ours"
    ctx.undo_stack.undo()
    assert body(alice, note_id) == "Bob: confirmed by the ministry"

    dialog.history_table.selectRow(0)
    assert dialog.conflict_table.rowCount() == 1
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save("/tmp/merge_dialog_history.png")
    ctx.tasks.wait()


def test_a_hostile_file_is_refused_in_the_dialog(qtbot, libraries, tmp_path: Path) -> None:
    alice, note_id, _ = libraries
    bad = tmp_path / "notes.factcheck"
    bad.write_text("not a database")
    dialog = MergeDialog(GuiContext.create(alice))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be merged" in dialog.report_view.toPlainText(), timeout=10_000)
    assert not dialog.merge_button.isEnabled()
    assert "not SQLite" in dialog.status.text()
    assert body(alice, note_id) == "Alice: the ministry denies it"
    dialog.grab().save("/tmp/merge_dialog_refused.png")


def test_deletion_of_your_note_is_held_back_unless_ticked(qtbot, libraries, tmp_path) -> None:
    alice, note_id, _share = libraries
    bob = Library(tmp_path / "bob.db", Settings(user_name="bob"))
    ann.delete_note(bob, note_id)
    share = tmp_path / "bob2.factcheck"
    sharing.share_library(bob, share)
    bob.close()
    ctx = GuiContext.create(alice)
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(share))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=10_000)
    delete = dialog.accept_boxes["delete"]
    assert delete.isVisibleTo(dialog) and "1 note by you deleted" in delete.text()
    assert "not applied, kept as conflict" in dialog.report_view.toPlainText()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.history_table.rowCount() == 1, timeout=10_000)
    with alice.session() as db:
        assert db.execute("SELECT deleted FROM notes WHERE id = ?", [note_id]).fetchone()[0] == 0
    [conflict] = sharing.list_conflicts(alice)
    assert conflict.chosen == "ours" and conflict.theirs["deleted"] == 1
    sharing.flip_conflict(alice, conflict.id)  # the deletion can still be chosen later
    with alice.session() as db:
        row = db.execute("SELECT deleted, body FROM notes WHERE id = ?", [note_id]).fetchone()
    assert row == (1, "Alice: the ministry denies it")  # marked, our text kept


def test_undo_a_merge_from_the_history(qtbot, libraries, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    alice, note_id, share = libraries
    _report = sharing.merge(alice, share, accept=sharing.RISK_KINDS)
    assert body(alice, note_id) == "Bob: confirmed by the ministry"
    ctx = GuiContext.create(alice)
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.undo_merge_button.isEnabled()
    dialog.history_table.selectRow(0)
    assert dialog.undo_merge_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    qtbot.mouseClick(dialog.undo_merge_button, Qt.MouseButton.LeftButton)
    assert body(alice, note_id) == "Alice: the ministry denies it"
    assert "Merge undone" in dialog.status.text()
    assert "(undone)" in dialog.history_table.item(0, 7).text()
    assert sharing.list_merges(alice)[0].undone_at
