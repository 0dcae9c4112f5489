"""The inverse operations undo relies on, and safe export of local copies."""

from __future__ import annotations

import hashlib

import pytest

from factcheck_app.models import Block, BlockKind, Category, ParsedArticle, Relation
from factcheck_app.services import Library, annotations, workflow
from factcheck_app.storage import articles as article_store

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
    found, _ = annotations.add_manual_assertion(lib, article.id, 0, 14, Category.VAGUE_SOURCE)
    return found


def test_delete_reference_and_restore(lib):
    ref, _ = annotations.add_reference(lib, "Budget")
    changes = workflow.delete_reference(lib, ref.id)
    assert ref.id in changes.references
    assert annotations.list_references(lib) == []
    workflow.set_row_deleted(lib, "refs", ref.id, False)
    assert [r.id for r in annotations.list_references(lib)] == [ref.id]


def test_snapshot_delete_restore_and_export(lib, tmp_path):
    ref, _ = annotations.add_reference(lib, "Budget")
    source = tmp_path / "evil name?.pdf"
    source.write_bytes(b"%PDF data")
    snap, _ = annotations.attach_file(lib, ref.id, source)
    workflow.delete_snapshot(lib, snap)
    assert annotations.get_reference(lib, ref.id).snapshots == ()
    workflow.restore_snapshot(lib, snap)
    assert annotations.get_reference(lib, ref.id).snapshots == (snap,)
    out = workflow.export_snapshot(lib, snap, tmp_path / "out")
    assert out.parent == tmp_path / "out"
    assert out.read_bytes() == b"%PDF data"
    assert "?" not in out.name


def test_export_refuses_a_damaged_copy(lib, tmp_path):
    ref, _ = annotations.add_reference(lib, "Budget")
    source = tmp_path / "a.txt"
    source.write_bytes(b"original")
    snap, _ = annotations.attach_file(lib, ref.id, source)
    with lib.session() as db:
        db.execute("UPDATE snapshots SET data = ? WHERE id = ?", [b"tampered", snap.id])
    with pytest.raises(ValueError, match="damaged"):
        workflow.export_snapshot(lib, snap, tmp_path / "out")


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
    assert workflow.safe_filename(name) == expected


def test_edit_evidence_and_unlink(lib, assertion):
    ref, _ = annotations.add_reference(lib, "Budget")
    ev, _ = annotations.link_evidence(lib, assertion.id, ref.id, Relation.SUPPORTS)
    changes = workflow.edit_evidence(lib, ev, relation="contradicts", locator="p. 4")
    assert assertion.id in changes.assertions and ref.id in changes.references
    stored = workflow.get_evidence(lib, ev.id)
    assert (stored.relation, stored.locator, stored.quote) == (Relation.CONTRADICTS, "p. 4", "")
    workflow.set_evidence_deleted(lib, ev, True)
    assert workflow.get_evidence(lib, ev.id) is None
    assert annotations.citing_assertions(lib, ref.id) == []


def test_write_and_restore_verdict_outside_scheme(lib, assertion):
    workflow.write_verdict(lib, assertion.id, "pants on fire", "old scheme")
    old = annotations.verdict_for(lib, assertion.id)
    assert old.rating == "pants on fire"
    annotations.clear_verdict(lib, assertion.id)
    annotations.set_verdict(lib, assertion.id, "false", "new")
    workflow.restore_verdict(lib, old)
    now = annotations.verdict_for(lib, assertion.id)
    assert (now.id, now.rating, now.explanation) == (old.id, "pants on fire", "old scheme")


def test_find_references_matches_every_word(lib):
    annotations.add_reference(lib, "Haushaltsplan 2024", publisher="Stadt Köln")
    annotations.add_reference(lib, "Budget", url="https://example.org/köln")
    assert [r.title for r in workflow.find_references(lib, "köln")] == [
        "Budget",
        "Haushaltsplan 2024",
    ]
    assert [r.title for r in workflow.find_references(lib, "KÖLN haushalt")] == [
        "Haushaltsplan 2024"
    ]
    assert len(workflow.find_references(lib, "  ")) == 2


def test_tag_changes():
    assert workflow.tag_changes("article", "a").library
    assert workflow.tag_changes("assertion", "x").assertions == frozenset({"x"})
