"""The checker's own work: reviews, manual assertions, notes, references, verdicts, tags.

Every function saves at once and returns the ``Changes`` it made, so the GUI can refresh
the views that show them and push an undo command that calls the inverse function.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from factcheck_app.models import (
    Assertion,
    Category,
    Changes,
    CheckStatus,
    Evidence,
    Note,
    Reference,
    ReferenceKind,
    Relation,
    ReviewState,
    Snapshot,
    Tag,
    Verdict,
)
from factcheck_app.services.articles import get_article
from factcheck_app.services.library import Library
from factcheck_app.storage import annotations as store
from factcheck_app.storage import assertions as assertion_store


def _assertion_changed(assertion_id: str, article_id: str | None = None) -> Changes:
    return Changes(
        assertions=frozenset({assertion_id}),
        articles=frozenset({article_id}) if article_id else frozenset(),
    )


def get_assertion(lib: Library, assertion_id: str) -> Assertion:
    with lib.session() as db:
        found = assertion_store.get_assertion(db, assertion_id)
    if found is None:
        raise LookupError(f"no assertion {assertion_id}")
    return found


def update_assertion(lib: Library, assertion_id: str, **changes: Any) -> Changes:
    """Change review, dismiss_reason, status, category or span fields of one assertion."""
    values: dict[str, Any] = {
        k: str(v) if isinstance(v, (ReviewState, CheckStatus, Category)) else v
        for k, v in changes.items()
    }
    if "start" in values or "end" in values:
        current = get_assertion(lib, assertion_id)
        text = get_article(lib, current.article_id).text
        start, end = values.get("start", current.start), values.get("end", current.end)
        if not 0 <= start < end <= len(text):
            raise ValueError("the span is outside the article")
        values.update(assertion_store.anchored_span(text, start, end))
    with lib.session() as db:
        row = assertion_store.update_assertion(db, assertion_id, values, lib.author)
    return _assertion_changed(assertion_id, row.article_id if row else None)


def set_review(
    lib: Library, assertion_id: str, review: ReviewState, reason: str | None = None
) -> Changes:
    return update_assertion(
        lib,
        assertion_id,
        review=review,
        dismiss_reason=reason if review is ReviewState.DISMISSED else None,
    )


def add_manual_assertion(
    lib: Library, article_id: str, start: int, end: int, category: Category, explanation: str = ""
) -> tuple[Assertion, Changes]:
    text = get_article(lib, article_id).text
    with lib.session() as db:
        assertion = assertion_store.add_manual(
            db, article_id, text, start, end, category, lib.author, explanation
        )
    return assertion, _assertion_changed(assertion.id, article_id)


def delete_assertion(lib: Library, assertion_id: str) -> Changes:
    with lib.session() as db:
        assertion_store.delete_assertion(db, assertion_id, lib.author)
    return _assertion_changed(assertion_id)


def restore(lib: Library, table: str, row_id: str) -> Changes:
    """Undo a deletion mark (used by undo)."""
    with lib.session() as db:
        store.edit(db, table, row_id, {"deleted": 0}, lib.author)
    return Changes(library=True)


# --- notes ------------------------------------------------------------------------


def add_note(
    lib: Library, article_id: str, body: str, assertion_id: str | None = None, private: bool = False
) -> tuple[Note, Changes]:
    with lib.session() as db:
        note = store.add_note(db, article_id, assertion_id, body, lib.author, private)
    return note, Changes(
        notes=frozenset({note.id}),
        assertions=frozenset({assertion_id}) if assertion_id else frozenset(),
    )


def edit_note(lib: Library, note_id: str, body: str, private: bool | None = None) -> Changes:
    changes: dict[str, Any] = {"body": body}
    if private is not None:
        changes["private"] = int(private)
    with lib.session() as db:
        store.edit(db, "notes", note_id, changes, lib.author)
    return Changes(notes=frozenset({note_id}))


def delete_note(lib: Library, note_id: str) -> Changes:
    with lib.session() as db:
        store.remove(db, "notes", note_id, lib.author)
    return Changes(notes=frozenset({note_id}))


def notes_for_assertion(lib: Library, assertion_id: str) -> list[Note]:
    with lib.session() as db:
        return store.notes_for(db, assertion_id=assertion_id)


def notes_for_article(lib: Library, article_id: str) -> list[Note]:
    with lib.session() as db:
        return store.notes_for(db, article_id=article_id)


# --- references ------------------------------------------------------------------


def add_reference(lib: Library, title: str, **fields: Any) -> tuple[Reference, Changes]:
    if "kind" in fields and not isinstance(fields["kind"], ReferenceKind):
        fields["kind"] = ReferenceKind(fields["kind"])
    with lib.session() as db:
        ref = store.add_reference(db, title, lib.author, **fields)
    return ref, Changes(references=frozenset({ref.id}))


def edit_reference(lib: Library, reference_id: str, **fields: Any) -> Changes:
    values = {k: str(v) if isinstance(v, ReferenceKind) else v for k, v in fields.items()}
    with lib.session() as db:
        store.edit(db, "refs", reference_id, values, lib.author)
    return Changes(references=frozenset({reference_id}))


def list_references(lib: Library) -> list[Reference]:
    with lib.session() as db:
        return store.list_references(db)


def get_reference(lib: Library, reference_id: str) -> Reference:
    with lib.session() as db:
        ref = store.get_reference(db, reference_id)
    if ref is None:
        raise LookupError(f"no reference {reference_id}")
    return ref


def attach_file(lib: Library, reference_id: str, path: Path | str) -> tuple[Snapshot, Changes]:
    path = Path(path)
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    data = path.read_bytes()
    with lib.session() as db:
        snap = store.add_snapshot(db, reference_id, path.name, mime, data, lib.author)
    return snap, Changes(references=frozenset({reference_id}))


def snapshot_bytes(lib: Library, snapshot_id: str) -> bytes:
    with lib.session() as db:
        return store.snapshot_data(db, snapshot_id)


def link_evidence(
    lib: Library,
    assertion_id: str,
    reference_id: str,
    relation: Relation | str,
    quote: str = "",
    locator: str = "",
) -> tuple[Evidence, Changes]:
    with lib.session() as db:
        ev = store.link_evidence(
            db, assertion_id, reference_id, Relation(relation), lib.author, quote, locator
        )
    return ev, Changes(assertions=frozenset({assertion_id}), references=frozenset({reference_id}))


def evidence_for_assertion(lib: Library, assertion_id: str) -> list[Evidence]:
    with lib.session() as db:
        return store.evidence_for(db, assertion_id=assertion_id)


def citing_assertions(lib: Library, reference_id: str) -> list[Evidence]:
    """The "cited by" list of a reference."""
    with lib.session() as db:
        return store.evidence_for(db, reference_id=reference_id)


def unlink_evidence(lib: Library, evidence_id: str) -> Changes:
    with lib.session() as db:
        store.remove(db, "evidence", evidence_id, lib.author)
    return Changes(library=True)


# --- verdicts and tags ------------------------------------------------------------


def set_verdict(
    lib: Library, assertion_id: str, rating: str, explanation: str = ""
) -> tuple[Verdict, Changes]:
    if rating not in lib.settings.verdict_scheme:
        raise ValueError(f"{rating!r} is not in the verdict scheme")
    with lib.session() as db:
        verdict = store.set_verdict(db, assertion_id, rating, explanation, lib.author)
    return verdict, _assertion_changed(assertion_id)


def verdict_for(lib: Library, assertion_id: str) -> Verdict | None:
    with lib.session() as db:
        return store.verdict_for(db, assertion_id)


def clear_verdict(lib: Library, assertion_id: str) -> Changes:
    with lib.session() as db:
        current = store.verdict_for(db, assertion_id)
        if current:
            store.remove(db, "verdicts", current.id, lib.author)
    return _assertion_changed(assertion_id)


def add_tag(lib: Library, target_kind: str, target_id: str, name: str) -> tuple[Tag, Changes]:
    with lib.session() as db:
        tag = store.add_tag(db, target_kind, target_id, name, lib.author)
    return tag, _tag_changes(target_kind, target_id)


def remove_tag(lib: Library, tag: Tag) -> Changes:
    with lib.session() as db:
        store.remove(db, "tags", tag.id, lib.author)
    return _tag_changes(tag.target_kind, tag.target_id)


def tags_for(lib: Library, target_kind: str, target_id: str) -> list[Tag]:
    with lib.session() as db:
        return store.tags_for(db, target_kind, target_id)


def articles_with_tag(lib: Library, name: str) -> list[str]:
    with lib.session() as db:
        return store.articles_with_tag(db, name)


def _tag_changes(target_kind: str, target_id: str) -> Changes:
    if target_kind == "article":
        return Changes(articles=frozenset({target_id}), library=True)
    return Changes(assertions=frozenset({target_id}))
