"""Edits through the GUI's one undo command: refused edits leave nothing on the stack (and
show why); undo/redo replay the library journal and keep row ids."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edits import perform, run, step_text
from factcheck_app.models import (
    Block,
    BlockKind,
    Category,
    Lifecycle,
    Operation,
    ParsedArticle,
    ReferenceKind,
    Relation,
)
from factcheck_app.services import Library, annotations, history, local_copies
from factcheck_app.services.annotations import ReferenceFields
from factcheck_app.storage import articles as article_store

TEXT = "Sources say the mayor resigned. He denied it."


@pytest.fixture
def ctx(tmp_path, qtbot):
    lib = Library(tmp_path / "lib.db")
    context = GuiContext.create(lib)
    yield context
    lib.close()


@pytest.fixture
def shown(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: messages.append(text)
    )
    return messages


@pytest.fixture
def assertion(ctx):
    lib = ctx.library
    parsed = ParsedArticle("Mayor", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    with lib.session() as db:
        article = article_store.insert_article(
            db, parsed, hashlib.sha256(TEXT.encode()).hexdigest(), lib.author
        )
    found = annotations.get_assertion(
        lib, annotations.add_manual_assertion(lib, article.id, 0, 31, Category.VAGUE_SOURCE).created
    )
    return found


def test_refused_edits_leave_the_stack_empty(ctx, assertion, tmp_path, shown):
    published: list = []
    ctx.bus.changed.connect(published.append)
    lib = ctx.library
    ref = annotations.get_reference(lib, annotations.add_reference(lib, "Report").created)
    for edit, message in (
        (lambda: annotations.add_note(lib, assertion.article_id, "   ", assertion.id), "some text"),
        (lambda: annotations.set_verdict(lib, assertion.id, "pants on fire"), "verdict scheme"),
        (lambda: annotations.add_reference(lib, " "), "needs a title"),
        (lambda: annotations.set_span(lib, assertion.id, 10, 999), "outside"),
        (lambda: local_copies.attach_file(lib, ref.id, tmp_path / "missing.pdf"), "not a file"),
    ):
        assert not run(None, ctx, edit)
        assert message in shown[-1]
    assert ctx.undo_stack.count() == 0
    assert published == []


def test_redo_brings_back_the_same_rows(ctx, assertion):
    lib = ctx.library
    made = perform(
        None, ctx, lambda: annotations.add_note(lib, assertion.article_id, "first", assertion.id)
    )
    note = annotations.get_note(lib, made.created)
    assert ctx.undo_stack.undoText() == "Add note"
    ctx.undo_stack.undo()
    assert annotations.notes_for_assertion(lib, assertion.id) == []
    ctx.undo_stack.redo()
    assert [n.id for n in annotations.notes_for_assertion(lib, assertion.id)] == [note.id]


def test_reference_link_edit_and_unlink_round_trip(ctx, assertion):
    lib = ctx.library
    made = perform(
        None,
        ctx,
        lambda: annotations.add_reference(
            lib, "Council minutes", kind=ReferenceKind.PRIMARY_DOCUMENT
        ),
    )
    ref = annotations.get_reference(lib, made.created)
    fields = ReferenceFields("Council minutes, 3 May", publisher="City", kind=ref.kind)
    run(None, ctx, lambda: annotations.edit_reference(lib, ref.id, fields))
    made = perform(
        None,
        ctx,
        lambda: annotations.link_evidence(
            lib, assertion.id, ref.id, Relation.SUPPORTS, "quote", "p. 1"
        ),
    )
    ev = annotations.get_evidence(lib, made.created)
    run(None, ctx, lambda: annotations.edit_evidence(lib, ev, Relation.CONTEXT, "other", "p. 2"))
    current = annotations.get_evidence(lib, ev.id)
    run(None, ctx, lambda: annotations.unlink_evidence(lib, current))
    assert annotations.evidence_for_assertion(lib, assertion.id) == []
    ctx.undo_stack.undo()  # unlink
    ctx.undo_stack.undo()  # edit evidence
    (ev,) = annotations.evidence_for_assertion(lib, assertion.id)
    assert (ev.relation, ev.quote, ev.locator) == (Relation.SUPPORTS, "quote", "p. 1")
    ctx.undo_stack.undo()  # link
    ctx.undo_stack.undo()  # edit reference
    stored = annotations.get_reference(lib, ref.id)
    assert (stored.title, stored.publisher) == ("Council minutes", None)
    ctx.undo_stack.undo()  # add
    assert annotations.list_references(lib) == []
    while ctx.undo_stack.canRedo():
        ctx.undo_stack.redo()
    (ev,) = annotations.evidence_for_assertion(lib, assertion.id) or [None]
    assert ev is None  # the last step was the unlink
    assert annotations.get_reference(lib, ref.id).title == "Council minutes, 3 May"


def test_verdict_undo_restores_the_previous_one(ctx, assertion):
    lib = ctx.library
    run(None, ctx, lambda: annotations.set_verdict(lib, assertion.id, "false", "first"))
    run(None, ctx, lambda: annotations.set_verdict(lib, assertion.id, "misleading", "second"))
    run(None, ctx, lambda: annotations.clear_verdict(lib, assertion.id))
    assert annotations.verdict_for(lib, assertion.id) is None
    ctx.undo_stack.undo()
    assert annotations.verdict_for(lib, assertion.id).rating == "misleading"
    ctx.undo_stack.undo()
    verdict = annotations.verdict_for(lib, assertion.id)
    assert (verdict.rating, verdict.explanation) == ("false", "first")
    ctx.undo_stack.undo()
    assert annotations.verdict_for(lib, assertion.id) is None


def test_dismissal_is_undoable(ctx, assertion):
    lib = ctx.library
    run(None, ctx, lambda: annotations.set_status(lib, assertion.id, Lifecycle.DISMISSED))
    assert ctx.undo_stack.undoText() == "Dismiss"
    assert annotations.get_assertion(lib, assertion.id).status is Lifecycle.DISMISSED
    ctx.undo_stack.undo()
    assert annotations.get_assertion(lib, assertion.id).status is assertion.status


def test_adding_an_existing_tag_is_not_undone_away(ctx, assertion):
    lib = ctx.library
    annotations.add_tag(lib, "assertion", assertion.id, "mayor")
    run(None, ctx, lambda: annotations.add_tag(lib, "assertion", assertion.id, "mayor"))
    assert ctx.undo_stack.count() == 0  # nothing was written, so nothing to take back
    assert [t.name for t in annotations.tags_for(lib, "assertion", assertion.id)] == ["mayor"]


def test_attach_refuses_empty_and_huge_files(ctx, tmp_path, monkeypatch, shown):
    lib = ctx.library
    ref = annotations.get_reference(lib, annotations.add_reference(lib, "Report").created)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert not run(None, ctx, lambda: local_copies.attach_file(lib, ref.id, empty))
    assert "empty" in shown[-1]
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(local_copies, "MAX_SNAPSHOT_BYTES", 1024)
    assert not run(None, ctx, lambda: local_copies.attach_file(lib, ref.id, big))
    assert "larger than" in shown[-1]
    assert annotations.get_reference(lib, ref.id).snapshots == ()


def test_an_edit_made_elsewhere_since_is_refused_not_overwritten(ctx, assertion, shown):
    """Undo checks that the rows still hold what the step left; a stale step is dropped."""
    lib = ctx.library
    refused: list = []
    ctx.bus.refused.connect(refused.append)
    run(None, ctx, lambda: annotations.set_category(lib, assertion.id, Category.HEDGED))
    with lib.session() as db:  # e.g. a merge changes the same field, outside the journal
        from factcheck_app.storage.rows import update_row

        update_row(db, "assertions", assertion.id, {"category": "disputed"}, "bob")
    ctx.undo_stack.undo()
    assert refused and "changed again" in str(refused[0])
    assert annotations.get_assertion(lib, assertion.id).category is Category.DISPUTED
    assert ctx.undo_stack.count() == 0


def test_every_operation_has_a_menu_text():
    for op in Operation:
        assert step_text(str(op), "x")
    assert step_text("add_assertion", "hedged") == "Mark as Hedged"
    assert step_text("set_state", "in_progress") == "State: In progress"
    assert step_text("set_state", "dismissed") == "Dismiss"
    assert step_text("set_review", "new") == "set_review"  # a step of an older version


def test_the_cli_and_the_app_share_one_history(ctx, assertion):
    lib = ctx.library
    run(None, ctx, lambda: annotations.set_status(lib, assertion.id, "checked"))
    undone = history.undo(lib)
    step = history.get_step(lib, undone.step)  # as `factcheck undo` does
    assert history.describe(step) == "State: checked"
    assert str(annotations.get_assertion(lib, assertion.id).status) == "to_check"


def test_redo_keys_work_in_german(qtbot, tmp_path):
    """The keys are set on the actions, not found by parsing their translated text."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from factcheck_app.gui import i18n
    from factcheck_app.gui.main_window import MainWindow

    app = QApplication.instance()
    assert i18n.install_translators(app, "de") == "de"
    lib = Library(tmp_path / "de.db")
    try:
        window = MainWindow(GuiContext.create(lib), preload_analyzer=False)
        qtbot.addWidget(window)
        assert window.redo_action.text().startswith("&Wieder")
        keys = {k.toString() for k in window.redo_action.shortcuts()}
        assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys
        assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
        assert window.redo_action in window.menus["edit"].actions()
    finally:
        lib.close()
        i18n.install_translators(app, "en")
