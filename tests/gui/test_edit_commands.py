"""Undo commands: refused edits leave nothing on the stack; undo/redo keep row ids."""

from __future__ import annotations

import hashlib

import pytest

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edit_commands import (
    AddNote,
    AddReference,
    AddTag,
    AttachFile,
    ClearVerdict,
    EditEvidence,
    EditReference,
    LinkEvidence,
    SetVerdict,
    UnlinkEvidence,
    UpdateAssertion,
    execute,
)
from factcheck_app.models import (
    Block,
    BlockKind,
    Category,
    ParsedArticle,
    ReferenceKind,
    Relation,
    ReviewState,
)
from factcheck_app.services import Library, annotations, workflow
from factcheck_app.storage import articles as article_store

TEXT = "Sources say the mayor resigned. He denied it."


@pytest.fixture
def ctx(tmp_path, qtbot):
    lib = Library(tmp_path / "lib.db")
    context = GuiContext.create(lib)
    yield context
    lib.close()


@pytest.fixture
def assertion(ctx):
    lib = ctx.library
    parsed = ParsedArticle("Mayor", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    with lib.session() as db:
        article = article_store.insert_article(
            db, parsed, hashlib.sha256(TEXT.encode()).hexdigest(), lib.author
        )
    found, _ = annotations.add_manual_assertion(lib, article.id, 0, 31, Category.VAGUE_SOURCE)
    return found


def test_refused_edits_leave_the_stack_empty(ctx, assertion, tmp_path):
    published: list = []
    ctx.bus.changed.connect(published.append)
    for command, message in (
        (AddNote(ctx, assertion.article_id, assertion.id, "   "), "needs some text"),
        (SetVerdict(ctx, assertion.id, "pants on fire", ""), "not in the verdict scheme"),
        (AddReference(ctx, " "), "needs a title"),
        (UpdateAssertion(ctx, assertion, "Set span", start=10, end=999), "outside"),
    ):
        error = execute(ctx, command)
        assert error is not None and message in str(error)
    ref, _ = annotations.add_reference(ctx.library, "Report")
    error = execute(ctx, AttachFile(ctx, ref.id, tmp_path / "missing.pdf"))
    assert error is not None
    assert ctx.undo_stack.count() == 0
    assert published == []


def test_redo_brings_back_the_same_rows(ctx, assertion):
    add = AddNote(ctx, assertion.article_id, assertion.id, "first")
    assert execute(ctx, add) is None
    note_id = add.note_id
    ctx.undo_stack.undo()
    assert annotations.notes_for_assertion(ctx.library, assertion.id) == []
    ctx.undo_stack.redo()
    assert [n.id for n in annotations.notes_for_assertion(ctx.library, assertion.id)] == [note_id]


def test_reference_link_edit_and_unlink_round_trip(ctx, assertion):
    add = AddReference(ctx, "Council minutes", kind=ReferenceKind.PRIMARY_DOCUMENT)
    execute(ctx, add)
    ref = annotations.get_reference(ctx.library, add.reference_id)
    execute(ctx, EditReference(ctx, ref, title="Council minutes, 3 May", publisher="City"))
    link = LinkEvidence(ctx, assertion.id, ref.id, Relation.SUPPORTS, "quote", "p. 1")
    execute(ctx, link)
    execute(ctx, EditEvidence(ctx, link.evidence, Relation.CONTEXT, "other", "p. 2"))
    current = workflow.get_evidence(ctx.library, link.evidence.id)
    execute(ctx, UnlinkEvidence(ctx, current))
    assert annotations.evidence_for_assertion(ctx.library, assertion.id) == []
    ctx.undo_stack.undo()  # unlink
    ctx.undo_stack.undo()  # edit evidence
    (ev,) = annotations.evidence_for_assertion(ctx.library, assertion.id)
    assert (ev.relation, ev.quote, ev.locator) == (Relation.SUPPORTS, "quote", "p. 1")
    ctx.undo_stack.undo()  # link
    ctx.undo_stack.undo()  # edit reference
    stored = annotations.get_reference(ctx.library, ref.id)
    assert (stored.title, stored.publisher) == ("Council minutes", None)
    ctx.undo_stack.undo()  # add
    assert annotations.list_references(ctx.library) == []
    while ctx.undo_stack.canRedo():
        ctx.undo_stack.redo()
    (ev,) = annotations.evidence_for_assertion(ctx.library, assertion.id) or [None]
    assert ev is None  # the last step was the unlink
    assert annotations.get_reference(ctx.library, ref.id).title == "Council minutes, 3 May"


def test_verdict_undo_restores_the_previous_one(ctx, assertion):
    execute(ctx, SetVerdict(ctx, assertion.id, "false", "first"))
    execute(ctx, SetVerdict(ctx, assertion.id, "misleading", "second"))
    execute(ctx, ClearVerdict(ctx, assertion.id))
    assert annotations.verdict_for(ctx.library, assertion.id) is None
    ctx.undo_stack.undo()
    assert annotations.verdict_for(ctx.library, assertion.id).rating == "misleading"
    ctx.undo_stack.undo()
    verdict = annotations.verdict_for(ctx.library, assertion.id)
    assert (verdict.rating, verdict.explanation) == ("false", "first")
    ctx.undo_stack.undo()
    assert annotations.verdict_for(ctx.library, assertion.id) is None


def test_dismissal_is_undoable(ctx, assertion):
    execute(ctx, UpdateAssertion(ctx, assertion, "Dismiss", review=ReviewState.DISMISSED))
    assert annotations.get_assertion(ctx.library, assertion.id).review is ReviewState.DISMISSED
    ctx.undo_stack.undo()
    assert annotations.get_assertion(ctx.library, assertion.id).review is assertion.review


def test_adding_an_existing_tag_is_not_undone_away(ctx, assertion):
    annotations.add_tag(ctx.library, "assertion", assertion.id, "mayor")
    execute(ctx, AddTag(ctx, "assertion", assertion.id, "mayor"))
    ctx.undo_stack.undo()
    assert [t.name for t in annotations.tags_for(ctx.library, "assertion", assertion.id)] == [
        "mayor"
    ]


def test_attach_refuses_empty_and_huge_files(ctx, tmp_path, monkeypatch):
    from factcheck_app.gui import edit_commands

    ref, _ = annotations.add_reference(ctx.library, "Report")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert "empty" in str(execute(ctx, AttachFile(ctx, ref.id, empty)))
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(edit_commands, "MAX_SNAPSHOT_BYTES", 1024)
    assert "larger than" in str(execute(ctx, AttachFile(ctx, ref.id, big)))
    assert annotations.get_reference(ctx.library, ref.id).snapshots == ()
