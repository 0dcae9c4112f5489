"""The assertion detail panel, driven as a checker would: note, reference with a local
copy, verdict, status and tag; everything survives reopening and undoes step by step."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.assertion_detail import AssertionDetail
from factcheck_app.models import Block, BlockKind, Category, Lifecycle, ParsedArticle, Relation
from factcheck_app.services import Library, annotations, local_copies
from factcheck_app.storage import articles as article_store

TEXT = "Officials said the bridge will cost 12 million euros. Critics disagree."


def make_article(lib: Library, text: str = TEXT, title: str = "Bridge") -> str:
    parsed = ParsedArticle(title, text, (Block(BlockKind.PARAGRAPH, 0, len(text), "en"),))
    with lib.session() as db:
        article = article_store.insert_article(
            db, parsed, hashlib.sha256(text.encode()).hexdigest(), lib.author
        )
    return article.id


@pytest.fixture
def workspace(tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "settings.json"))
    lib = Library(tmp_path / "lib.db")
    article_id = make_article(lib)
    assertion = annotations.get_assertion(
        lib, annotations.add_manual_assertion(lib, article_id, 0, 14, Category.VAGUE_SOURCE).created
    )
    ctx = GuiContext.create(lib)
    detail = AssertionDetail(ctx)
    qtbot.addWidget(detail)
    detail.resize(480, 900)
    detail.show()
    detail.show_assertion(assertion.id)
    yield ctx, detail, assertion, tmp_path
    lib.close()


def test_empty_selection_shows_hint(workspace):
    _, detail, _, _ = workspace
    detail.show_assertion(None)
    assert detail.pages.currentIndex() == 0
    detail.show_assertion("no-such-id")
    assert detail.pages.currentIndex() == 0


def test_header_shows_quote_and_manual_origin(workspace):
    ctx, detail, _, _ = workspace
    assert "Officials said" in detail.header.quote.text()
    assert f"Marked by hand by {ctx.library.author}" in detail.header.origin.text()
    assert detail.header.category.currentData() == Category.VAGUE_SOURCE


def test_full_job_persists_and_undoes(workspace, qtbot, monkeypatch):
    ctx, detail, assertion, tmp_path = workspace
    lib = ctx.library
    stack = ctx.undo_stack

    # a note
    qtbot.keyClicks(detail.notes.editor, "Asked the *ministry*; no answer yet.")
    qtbot.mouseClick(detail.notes.add_button, Qt.MouseButton.LeftButton)
    assert len(detail.notes.cards) == 1
    assert "ministry" in detail.notes.cards[0].view.toPlainText()

    # a reference with a local copy, through the "New reference" dialog
    copy = tmp_path / "budget.pdf"
    copy.write_bytes(b"%PDF-1.4 budget 12 million")
    dialog = detail.evidence.new_reference_dialog()
    qtbot.keyClicks(dialog.form.title, "Budget plan 2024")
    qtbot.keyClicks(dialog.form.url, "https://example.org/budget.pdf")
    qtbot.keyClicks(dialog.form.publisher, "City council")
    dialog.link.relation.setCurrentIndex(dialog.link.relation.findData(Relation.CONTRADICTS))
    qtbot.keyClicks(dialog.link.locator, "page 4")
    dialog.set_attachment(copy)
    monkeypatch.setattr(type(dialog), "exec", lambda self: 1)
    monkeypatch.setattr(detail.evidence, "new_reference_dialog", lambda: dialog)
    qtbot.mouseClick(detail.evidence.new_button, Qt.MouseButton.LeftButton)
    assert len(detail.evidence.cards) == 1
    card = detail.evidence.cards[0]
    assert card.reference.title == "Budget plan 2024"
    assert card.evidence.relation is Relation.CONTRADICTS
    (snap,) = card.reference.snapshots
    assert snap.sha256 == hashlib.sha256(copy.read_bytes()).hexdigest()
    assert snap.mime == "application/pdf"

    # a verdict
    detail.verdict.rating.setCurrentIndex(detail.verdict.rating.findData("mostly false"))
    qtbot.keyClicks(detail.verdict.explanation, "The plan says 20 million.")
    qtbot.mouseClick(detail.verdict.save_button, Qt.MouseButton.LeftButton)
    # the verdict checked the claim (one step: the verdict and the state)
    assert detail.header.state.currentData() == Lifecycle.CHECKED
    # a tag
    qtbot.keyClicks(detail.tags.editor.input, "budget")
    qtbot.keyClick(detail.tags.editor.input, Qt.Key.Key_Return)
    assert [t.name for t in detail.tags.editor.tags] == ["budget"]

    steps = stack.count()
    assert steps == 4

    # close and reopen the library: everything is there
    path = lib.path
    lib.close()
    reopened = Library(path)
    ctx.library = reopened
    detail.show_assertion(assertion.id)
    assert [c.note.body for c in detail.notes.cards] == ["Asked the *ministry*; no answer yet."]
    assert detail.evidence.cards[0].reference.snapshots[0].size == len(copy.read_bytes())
    assert annotations.verdict_for(reopened, assertion.id).rating == "mostly false"
    assert annotations.get_assertion(reopened, assertion.id).status is Lifecycle.CHECKED
    assert detail.header.state.currentData() == Lifecycle.CHECKED
    assert [t.name for t in detail.tags.editor.tags] == ["budget"]

    # undo each step back to the start
    for _ in range(steps):
        stack.undo()
    assert detail.notes.cards == []
    assert detail.evidence.cards == []
    assert annotations.verdict_for(reopened, assertion.id) is None
    assert annotations.get_assertion(reopened, assertion.id).status is Lifecycle.TO_CHECK
    assert detail.tags.editor.tags == []
    assert annotations.list_references(reopened) == []

    # and redo it all
    for _ in range(steps):
        stack.redo()
    assert len(detail.notes.cards) == 1
    assert detail.evidence.cards[0].reference.snapshots[0].sha256 == snap.sha256
    assert annotations.verdict_for(reopened, assertion.id).explanation == (
        "The plan says 20 million."
    )
    assert detail.header.state.currentData() == Lifecycle.CHECKED
    assert [t.name for t in detail.tags.editor.tags] == ["budget"]


def test_open_local_copy_uses_system_viewer(workspace, tmp_path, monkeypatch):
    ctx, detail, assertion, _ = workspace
    ref = annotations.get_reference(
        ctx.library, annotations.add_reference(ctx.library, "Photo").created
    )
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n fake")
    snap = local_copies.get_snapshot(
        ctx.library, local_copies.attach_file(ctx.library, ref.id, image).created
    )
    annotations.link_evidence(ctx.library, assertion.id, ref.id, Relation.CONTEXT)
    detail.show_assertion(assertion.id)
    opened: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Open,
    )
    from factcheck_app.gui.detail import snapshots

    path = snapshots.open_snapshot(detail, ctx, snap)
    assert path is not None and path.read_bytes() == image.read_bytes()
    assert Path(opened[0].toLocalFile()) == path
    assert "PNG image" in asked[0] and path.suffix == ".png"


def test_local_copy_that_is_no_document_is_only_offered_for_saving(
    workspace, tmp_path, monkeypatch
):
    ctx, detail, _assertion, _ = workspace
    ref = annotations.get_reference(
        ctx.library, annotations.add_reference(ctx.library, "Invoice").created
    )
    hostile = tmp_path / "invoice\u202egpj.exe"
    hostile.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    snap = local_copies.get_snapshot(
        ctx.library, local_copies.attach_file(ctx.library, ref.id, hostile).created
    )
    opened: list[object] = []
    warned: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.Save,
    )
    saved = tmp_path / "saved.bin"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    from factcheck_app.gui.detail import snapshots

    assert snapshots.open_snapshot(detail, ctx, snap) == saved
    assert opened == [] and saved.read_bytes() == hostile.read_bytes()
    assert "\u202e" not in warned[0] and "not a document type" in warned[0]
    assert len(snapshots.shown_name("x" * 5000 + ".pdf")) == 60


def test_edit_and_delete_note(workspace, qtbot):
    ctx, detail, assertion, _ = workspace
    annotations.add_note(ctx.library, assertion.article_id, "first", assertion.id)
    detail.show_assertion(assertion.id)
    card = detail.notes.cards[0]
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    card.editor.selectAll()
    qtbot.keyClicks(card.editor, "second")
    card.private_box.setChecked(True)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    (note,) = annotations.notes_for_assertion(ctx.library, assertion.id)
    assert (note.body, note.private) == ("second", True)
    card = detail.notes.cards[0]
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert annotations.notes_for_assertion(ctx.library, assertion.id) == []
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    (note,) = annotations.notes_for_assertion(ctx.library, assertion.id)
    assert (note.body, note.private) == ("first", False)


def test_rating_outside_scheme_is_kept_and_labelled(workspace):
    ctx, detail, assertion, _ = workspace
    from factcheck_app.storage import annotations as store

    with ctx.library.session() as db:  # written when the scheme still had this rating
        store.set_verdict(db, assertion.id, "pants on fire", "", "me")
    detail.show_assertion(assertion.id)
    assert detail.verdict.rating.currentText() == "pants on fire (not in scheme)"


def test_drop_a_file_on_a_reference_attaches_it(workspace, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    ctx, detail, assertion, _ = workspace
    ref = annotations.get_reference(
        ctx.library, annotations.add_reference(ctx.library, "Archive copy").created
    )
    annotations.link_evidence(ctx.library, assertion.id, ref.id, Relation.SUPPORTS)
    detail.show_assertion(assertion.id)
    page = tmp_path / "page.html"
    page.write_text("<html><body>archived</body></html>", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(page))])
    card = detail.evidence.cards[0]
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    card.dropEvent(event)
    (snap,) = annotations.get_reference(ctx.library, ref.id).snapshots
    assert (snap.filename, snap.mime) == ("page.html", "text/html")
    assert detail.evidence.cards[0].reference.snapshots == (snap,)
    ctx.undo_stack.undo()
    assert annotations.get_reference(ctx.library, ref.id).snapshots == ()


def test_note_being_edited_survives_other_changes(workspace, qtbot):
    ctx, detail, assertion, _ = workspace
    annotations.add_note(ctx.library, assertion.article_id, "draft me", assertion.id)
    detail.show_assertion(assertion.id)
    card = detail.notes.cards[0]
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    card.editor.setPlainText("half-written thought")
    qtbot.keyClicks(detail.tags.editor.input, "pending")
    qtbot.keyClick(detail.tags.editor.input, Qt.Key.Key_Return)  # reloads the view
    card = detail.notes.cards[0]
    assert card.editing
    assert card.editor.toPlainText() == "half-written thought"


def test_claim_summary_in_the_verdict_editor(workspace, qtbot):
    """Empty shows the quote as placeholder; over 75 characters warns but is kept."""
    ctx, detail, assertion, _ = workspace
    section = detail.verdict
    assert section.summary.placeholderText() == "Officials said"
    # compact "14/75" beside the box (the pane must fit at 1440x900); the words are its tooltip
    assert section.summary_count.text() == "14/75"
    assert section.summary_count.toolTip() == "14 of 75 characters"
    section.rating.setCurrentIndex(section.rating.findData("false"))
    section.summary.setFocus()
    section.summary.insert(
        "Die Brücke kostet 12 Millionen Euro – sagen ungenannte Beamte der Stadt Köln"
    )
    assert "search engines show at most 75" in section.summary_count.toolTip()
    assert "font-weight: bold" in section.summary_count.styleSheet()  # rated: published
    section.rating.setCurrentIndex(0)  # no rating: not published, so no red warning
    assert section.summary_count.styleSheet() == ""
    assert "search engines show at most 75" in section.summary_count.toolTip()
    section.rating.setCurrentIndex(section.rating.findData("false"))
    assert "font-weight: bold" in section.summary_count.styleSheet()
    assert section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    stored = annotations.verdict_for(ctx.library, assertion.id)
    assert stored.claim_summary.startswith("Die Brücke kostet") and len(stored.claim_summary) > 75
    section.summary.clear()
    section.summary.insert("Brücke kostet 12 Mio. Euro")
    assert section.summary_count.toolTip() == "26 of 75 characters"
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert annotations.verdict_for(ctx.library, assertion.id).claim_summary == (
        "Brücke kostet 12 Mio. Euro"
    )
    ctx.undo_stack.undo()
    assert annotations.verdict_for(ctx.library, assertion.id).claim_summary.startswith("Die Brücke")
    assert section.summary.text().startswith("Die Brücke")  # the editor follows the undo
