"""The share dialog: whole library or selected articles, options, output file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.share_dialog import ShareDialog
from factcheck_app.services import Library, articles
from factcheck_app.services import annotations as ann
from factcheck_app.settings import Settings


def make_library(tmp_path: Path) -> tuple[Library, list[str]]:
    lib = Library(tmp_path / "lib.db", Settings(user_name="alice"))
    ids = []
    for title in ("One", "Two"):
        art = articles.import_text(lib, f"# {title}\n\nOfficials said so.", fmt="md").article
        ann.add_note(lib, art.id, f"public {title}")
        ann.add_note(lib, art.id, f"secret {title}", private=True)
        ids.append(art.id)
    return lib, ids


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_share_selected_articles_without_private_notes(qtbot, tmp_path: Path) -> None:
    lib, ids = make_library(tmp_path)
    ctx = GuiContext.create(lib)
    dialog = ShareDialog(ctx, [ids[0]])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected.isChecked() and "(1)" in dialog.selected.text()
    assert dialog.output.text().endswith(".factcheck")
    assert not dialog.private.isChecked()  # private notes stay home by default
    dialog.output.clear()
    qtbot.keyClicks(dialog.output, str(tmp_path / "for-bob"))
    dialog.grab().save("/tmp/share_dialog.png")
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "for-bob.factcheck"
    qtbot.waitUntil(lambda: dialog.written == out, timeout=10_000)
    assert "Saved" in dialog.status.text()
    assert count(out, "SELECT count(*) FROM articles") == 1
    assert count(out, "SELECT count(*) FROM notes") == 1
    assert count(out, "SELECT count(*) FROM notes WHERE private = 1") == 0
    ctx.tasks.wait()
    lib.close()


def test_whole_library_and_nothing_selected(qtbot, tmp_path: Path) -> None:
    lib, _ = make_library(tmp_path)
    ctx = GuiContext.create(lib)
    dialog = ShareDialog(ctx, [])
    qtbot.addWidget(dialog)
    assert dialog.whole.isChecked() and not dialog.selected.isEnabled()
    dialog.private.setChecked(True)
    dialog.output.setText(str(tmp_path / "all.factcheck"))
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    assert count(tmp_path / "all.factcheck", "SELECT count(*) FROM notes") == 4
    dialog.output.setText(str(tmp_path / "lib.db"))
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert "cannot replace" in dialog.status.text()
    ctx.tasks.wait()
    lib.close()
