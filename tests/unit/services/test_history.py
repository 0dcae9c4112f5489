"""Every edit is an operation recorded in the library's journal; undo and redo replay it.

Also: safe export of local copies, and reference search (both moved here with the
operations that used to have hand-written inverses).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest

from factcheck_app.errors import ConflictError, InputError, LibraryError
from factcheck_app.files import safe_filename
from factcheck_app.models import Block, BlockKind, Category, ParsedArticle, Relation
from factcheck_app.services import Library, annotations, history, local_copies, sharing
from factcheck_app.storage import articles as article_store
from factcheck_app.storage.rows import update_row

TEXT = "Officials said the bridge will cost 12 million euros."


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "lib.db")
    yield library
    library.close()


@pytest.fixture
def assertion(lib):
    parsed = ParsedArticle("Bridge", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    with lib.session() as db:
        article = article_store.insert_article(
            db, parsed, hashlib.sha256(TEXT.encode()).hexdigest(), lib.author
        )
    found = annotations.get_assertion(
        lib, annotations.add_manual_assertion(lib, article.id, 0, 14, Category.VAGUE_SOURCE).created
    )
    return found


def test_every_operation_reports_its_journal_step(lib, assertion):
    changes = annotations.add_note(lib, assertion.article_id, "checked", assertion.id)
    note = annotations.get_note(lib, changes.created)
    assert changes.step is not None and note.id in changes.notes
    step = history.next_undo(lib)
    assert (step.id, step.kind) == (changes.step, "add_note")
    assert history.describe(step) == "Add note"


def test_delete_reference_undo_and_redo(lib):
    ref = annotations.get_reference(lib, annotations.add_reference(lib, "Budget").created)
    changes = annotations.delete_reference(lib, ref.id)
    assert ref.id in changes.references
    assert annotations.list_references(lib) == []
    undone = history.undo(lib)
    step = history.get_step(lib, undone.step)
    assert history.describe(step) == "Delete reference “Budget”"
    assert ref.id in undone.references
    assert [r.id for r in annotations.list_references(lib)] == [ref.id]
    history.redo(lib)
    assert annotations.list_references(lib) == []


def test_snapshot_remove_undo_and_export(lib, tmp_path):
    ref = annotations.get_reference(lib, annotations.add_reference(lib, "Budget").created)
    source = tmp_path / "evil name?.pdf"
    source.write_bytes(b"%PDF data")
    snap = local_copies.get_snapshot(lib, local_copies.attach_file(lib, ref.id, source).created)
    local_copies.remove_snapshot(lib, snap)
    assert annotations.get_reference(lib, ref.id).snapshots == ()
    history.undo(lib)
    assert annotations.get_reference(lib, ref.id).snapshots == (snap,)
    out = local_copies.export_snapshot(lib, snap, tmp_path / "out")
    assert out.parent == tmp_path / "out"
    assert out.read_bytes() == b"%PDF data"
    assert "?" not in out.name


def test_export_refuses_a_damaged_copy(lib, tmp_path):
    ref = annotations.get_reference(lib, annotations.add_reference(lib, "Budget").created)
    source = tmp_path / "a.txt"
    source.write_bytes(b"original")
    snap = local_copies.get_snapshot(lib, local_copies.attach_file(lib, ref.id, source).created)
    with lib.session() as db:
        db.execute("UPDATE snapshots SET data = ? WHERE id = ?", [b"tampered", snap.id])
    with pytest.raises(LibraryError, match="damaged"):
        local_copies.export_snapshot(lib, snap, tmp_path / "out")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("a\\b\\c.pdf", "c.pdf"),
        ("...", "snapshot"),
        ("ok.pdf", "ok.pdf"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_edit_evidence_and_unlink(lib, assertion):
    ref = annotations.get_reference(lib, annotations.add_reference(lib, "Budget").created)
    ev = annotations.get_evidence(
        lib, annotations.link_evidence(lib, assertion.id, ref.id, Relation.SUPPORTS).created
    )
    changes = annotations.edit_evidence(lib, ev, "contradicts", "", "p. 4")
    assert assertion.id in changes.assertions and ref.id in changes.references
    stored = annotations.get_evidence(lib, ev.id)
    assert (stored.relation, stored.locator, stored.quote) == (Relation.CONTRADICTS, "p. 4", "")
    annotations.unlink_evidence(lib, stored)
    assert annotations.get_evidence(lib, ev.id) is None
    assert annotations.citing_assertions(lib, ref.id) == []


def test_undo_brings_back_a_verdict_whose_rating_left_the_scheme(lib, assertion):
    verdict = annotations.get_verdict(
        lib, annotations.set_verdict(lib, assertion.id, "false", "old scheme").created
    )
    scheme = tuple(r for r in lib.settings.verdict_scheme if r != "false")
    lib.settings = dataclasses.replace(lib.settings, verdict_scheme=scheme)
    annotations.clear_verdict(lib, assertion.id)
    history.undo(lib)
    now = annotations.verdict_for(lib, assertion.id)
    assert (now.id, now.rating, now.explanation) == (verdict.id, "false", "old scheme")


def test_a_new_edit_drops_what_could_be_redone(lib, assertion):
    annotations.set_status(lib, assertion.id, "checked")
    history.undo(lib)
    assert history.next_redo(lib) is not None
    annotations.set_status(lib, assertion.id, "in_progress")
    assert history.next_redo(lib) is None
    with pytest.raises(ConflictError, match="nothing to redo"):
        history.redo(lib)


def test_undo_refuses_when_the_rows_changed_since(lib, assertion):
    annotations.set_category(lib, assertion.id, Category.HEDGED)
    with lib.session() as db:  # a re-analysis or merge writes outside the journal
        update_row(db, "assertions", assertion.id, {"category": "disputed"}, "bob")
    with pytest.raises(ConflictError, match="changed again since"):
        history.undo(lib)
    assert annotations.get_assertion(lib, assertion.id).category is Category.DISPUTED


def test_undo_is_a_new_revision_that_travels(lib, assertion):
    """Undo writes through the same path as an edit, so a colleague's copy gets it too."""
    annotations.set_status(lib, assertion.id, "checked")
    with lib.session() as db:
        revs_before = db.execute("SELECT count(*) FROM row_revisions").fetchone()[0]
    history.undo(lib)
    with lib.session() as db:
        revs_after = db.execute("SELECT count(*) FROM row_revisions").fetchone()[0]
    assert revs_after == revs_before + 1


def test_refused_operations_write_nothing(lib, assertion):
    with pytest.raises(InputError):
        annotations.add_note(lib, assertion.article_id, "  ")
    with pytest.raises(InputError):
        annotations.set_span(lib, assertion.id, 5, 999)
    assert history.next_undo(lib).kind == "add_assertion"


def test_the_journal_stays_at_home(lib, assertion, tmp_path):
    """Share files and merges carry rows and their history, never this copy's journal."""
    annotations.add_note(lib, assertion.article_id, "private work", assertion.id)
    out = tmp_path / "out.factcheck"
    sharing.share_library(lib, out)
    with Library(out) as shared, shared.session() as db:
        assert db.execute("SELECT count(*) FROM journal").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM journal_rows").fetchone()[0] == 0
    other = Library(tmp_path / "other.db")
    annotations.add_tag(other, "article", assertion.article_id, "x")  # their own journal
    other.close()
    sharing.merge(lib, tmp_path / "other.db")
    with lib.session() as db:
        kinds = [r[0] for r in db.execute("SELECT kind FROM journal ORDER BY id")]
        images = [json.loads(r[0]) for r in db.execute("SELECT after FROM journal_rows")]
    assert "add_tag" not in kinds
    assert all(i.get("name") != "x" for i in images)


def test_find_references_matches_every_word(lib):
    annotations.add_reference(lib, "Haushaltsplan 2024", publisher="Stadt Köln")
    annotations.add_reference(lib, "Budget", url="https://example.org/köln")
    assert [r.title for r in annotations.find_references(lib, "köln")] == [
        "Budget",
        "Haushaltsplan 2024",
    ]
    assert [r.title for r in annotations.find_references(lib, "KÖLN haushalt")] == [
        "Haushaltsplan 2024"
    ]
    assert len(annotations.find_references(lib, "  ")) == 2
