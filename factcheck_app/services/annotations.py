"""The checker's own work as named operations: manual assertions, notes, references,
evidence, verdicts and tags.

Every edit saves at once inside :func:`history.operation`, which records it in the undo
journal, and returns the ``Changes`` it made (``changes.step`` is its journal step), so the
GUI and the CLI share undo and redo without any edit describing its own inverse. Creating
edits name the new row in ``changes.created``. Bad input raises :class:`InputError`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from factcheck_app.errors import ConflictError, InputError, NotFoundError
from factcheck_app.i18n import N_
from factcheck_app.models import (
    Assertion,
    Category,
    Changes,
    Evidence,
    Lifecycle,
    Note,
    Operation,
    Reference,
    ReferenceKind,
    Relation,
    Tag,
    Verdict,
)
from factcheck_app.services.articles import get_article
from factcheck_app.services.history import operation
from factcheck_app.services.library import Library, live_row
from factcheck_app.services.local_copies import attach_file
from factcheck_app.storage import annotations as store
from factcheck_app.storage import assertions as assertion_store
from factcheck_app.storage.rows import get_row


def _assertion_changed(assertion_id: str, article_id: str | None = None) -> Changes:
    return Changes(
        assertions=frozenset({assertion_id}),
        articles=frozenset({article_id}) if article_id else frozenset(),
    )


def _require(text: str, message: str) -> None:
    if not text.strip():
        raise InputError(message)


# --- assertions ---------------------------------------------------------------------


def get_assertion(lib: Library, assertion_id: str) -> Assertion:
    with lib.session() as db:
        found = assertion_store.get_assertion(db, assertion_id)
    if found is None:
        raise NotFoundError(N_("no assertion {id}"), id=assertion_id)
    return found


def _article_of(db: Database, assertion_id: str) -> str:
    """The article of an assertion, deleted or not (undo may touch deleted rows)."""
    found = assertion_store.article_of(db, assertion_id)
    if found is None:
        raise NotFoundError(N_("no assertion {id}"), id=assertion_id)
    return found


def _update_assertion(
    lib: Library, kind: Operation, detail: str, assertion_id: str, values: dict[str, object]
) -> Changes:
    with operation(lib, kind, detail) as op:
        article_id = _article_of(op.db, assertion_id)
        assertion_store.update_assertion(op.db, assertion_id, values, lib.author)
        op.changes = _assertion_changed(assertion_id, article_id)
    return op.changes


def set_category(lib: Library, assertion_id: str, category: Category) -> Changes:
    category = Category(category)
    return _update_assertion(
        lib, Operation.SET_CATEGORY, str(category), assertion_id, {"category": str(category)}
    )


def set_status(
    lib: Library, assertion_id: str, state: Lifecycle | str, reason: str | None = None
) -> Changes:
    """Set one finding's lifecycle state (a dismissal keeps its reason). The GUI and the
    CLI change whole cards through ``services.cards.set_state``, the same operation."""
    state = Lifecycle(state)
    with operation(lib, Operation.SET_STATE, str(state)) as op:
        article_id = _article_of(op.db, assertion_id)
        changed = assertion_store.set_status(op.db, [assertion_id], state, reason, lib.author)
        op.changes = _assertion_changed(assertion_id, article_id) if changed else Changes()
    return op.changes


def set_span(lib: Library, assertion_id: str, start: int, end: int) -> Changes:
    """Move an assertion to other words of its article (quote and context follow)."""
    current = get_assertion(lib, assertion_id)
    text = get_article(lib, current.article_id).text
    if not 0 <= start < end <= len(text):
        raise InputError(N_("the span is outside the article"))
    values: dict[str, object] = dict(assertion_store.anchored_span(text, start, end))
    return _update_assertion(lib, Operation.SET_SPAN, "", assertion_id, values)


def add_manual_assertion(
    lib: Library, article_id: str, start: int, end: int, category: Category, explanation: str = ""
) -> Changes:
    text = get_article(lib, article_id).text
    if not 0 <= start < end <= len(text):
        raise InputError(N_("the selection is outside the article"))
    with operation(lib, Operation.ADD_ASSERTION, str(category)) as op:
        assertion = assertion_store.add_manual(
            op.db, article_id, text, start, end, category, lib.author, explanation
        )
        op.changes = replace(_assertion_changed(assertion.id, article_id), created=assertion.id)
    return op.changes


def delete_assertion(lib: Library, assertion_id: str) -> Changes:
    with operation(lib, Operation.DELETE_ASSERTION) as op:
        article_id = _article_of(op.db, assertion_id)
        assertion_store.delete_assertion(op.db, assertion_id, lib.author)
        op.changes = _assertion_changed(assertion_id, article_id)
    return op.changes


# --- notes ------------------------------------------------------------------------


def _note_changes(note_id: str, assertion_id: str | None) -> Changes:
    return Changes(
        notes=frozenset({note_id}),
        assertions=frozenset({assertion_id}) if assertion_id else frozenset(),
    )


def add_note(
    lib: Library, article_id: str, body: str, assertion_id: str | None = None, private: bool = False
) -> Changes:
    _require(body, N_("a note needs some text"))
    with operation(lib, Operation.ADD_NOTE) as op:
        note = store.add_note(op.db, article_id, assertion_id, body, lib.author, private)
        if assertion_id:
            assertion_store.advance_status(op.db, assertion_id, Lifecycle.IN_PROGRESS, lib.author)
        op.changes = replace(_note_changes(note.id, assertion_id), created=note.id)
    return op.changes


def edit_note(lib: Library, note_id: str, body: str, private: bool | None = None) -> Changes:
    _require(body, N_("a note needs some text"))
    values: dict[str, object] = {"body": body}
    if private is not None:
        values["private"] = int(private)
    with operation(lib, Operation.EDIT_NOTE) as op:
        store.edit(op.db, "notes", note_id, values, lib.author)
        op.changes = Changes(notes=frozenset({note_id}))
    return op.changes


def delete_note(lib: Library, note_id: str) -> Changes:
    with operation(lib, Operation.DELETE_NOTE) as op:
        note = store.get_note(op.db, note_id)
        store.remove(op.db, "notes", note_id, lib.author)
        op.changes = _note_changes(note_id, note.assertion_id if note else None)
    return op.changes


def get_note(lib: Library, note_id: str) -> Note | None:
    with lib.session() as db:
        return store.get_note(db, note_id)


def notes_for_assertion(lib: Library, assertion_id: str) -> list[Note]:
    with lib.session() as db:
        return store.notes_for(db, assertion_id=assertion_id)


def notes_for_article(lib: Library, article_id: str) -> list[Note]:
    with lib.session() as db:
        return store.notes_for(db, article_id=article_id)


# --- references and their local copies --------------------------------------------


@dataclass(frozen=True)
class ReferenceFields:
    """What a checker types about a reference (the reference dialog's form)."""

    title: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    accessed: str | None = None
    kind: ReferenceKind = ReferenceKind.OTHER

    @classmethod
    def of(cls, ref: Reference) -> ReferenceFields:
        return cls(ref.title, ref.url, ref.publisher, ref.published, ref.accessed, ref.kind)


def add_reference(
    lib: Library,
    title: str,
    *,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    accessed: str | None = None,
    kind: ReferenceKind | str = ReferenceKind.OTHER,
) -> Changes:
    title = title.strip()
    _require(title, N_("a reference needs a title"))
    with operation(lib, Operation.ADD_REFERENCE, title) as op:
        ref = store.add_reference(
            op.db,
            title,
            lib.author,
            url=url,
            publisher=publisher,
            published=published,
            accessed=accessed,
            kind=ReferenceKind(kind),
        )
        op.changes = Changes(references=frozenset({ref.id}), library=True, created=ref.id)
    return op.changes


def edit_reference(lib: Library, reference_id: str, fields: ReferenceFields) -> Changes:
    title = fields.title.strip()
    _require(title, N_("a reference needs a title"))
    values: dict[str, object] = {
        "title": title,
        "url": fields.url,
        "publisher": fields.publisher,
        "published": fields.published,
        "accessed": fields.accessed,
        "kind": str(ReferenceKind(fields.kind)),
    }
    with operation(lib, Operation.EDIT_REFERENCE, title) as op:
        store.edit(op.db, "refs", reference_id, values, lib.author)
        op.changes = Changes(references=frozenset({reference_id}), library=True)
    return op.changes


def citing_claims(lib: Library, reference_id: str) -> list[tuple[Evidence, Assertion]]:
    """The live assertions that cite a reference (in live articles), with their links."""
    found = []
    for evidence in citing_assertions(lib, reference_id):
        try:
            found.append((evidence, get_assertion(lib, evidence.assertion_id)))
        except LookupError:
            continue  # its assertion or article is deleted or trashed
    return found


def delete_reference(lib: Library, reference_id: str, force: bool = False) -> Changes:
    """Delete a reference from the library. A reference claims cite is refused (the
    message names them) unless ``force``: then its links are removed too, in the same
    undoable step, so no claim is left citing a deleted source."""
    ref = get_reference(lib, reference_id)
    citing = citing_claims(lib, reference_id)
    if citing and not force:
        quotes = "; ".join("“" + _short(a.quote) + "”" for _, a in citing[:3]) + (
            "; …" if len(citing) > 3 else ""
        )
        raise ConflictError(
            N_(
                "“{title}” is cited by these claims: {quotes}. Unlink it first, or delete"
                " it with its links"
            ),
            title=ref.title,
            quotes=quotes,
        )
    with operation(lib, Operation.DELETE_REFERENCE, ref.title) as op:
        for evidence, _ in citing:
            store.remove(op.db, "evidence", evidence.id, lib.author)
        store.remove(op.db, "refs", reference_id, lib.author)
        op.changes = Changes(
            assertions=frozenset(a.id for _, a in citing),
            references=frozenset({reference_id}),
            library=True,
        )
    return op.changes


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def list_references(lib: Library) -> list[Reference]:
    with lib.session() as db:
        return store.list_references(db)


def find_references(lib: Library, text: str) -> list[Reference]:
    """References whose title, publisher or URL contain every word typed (case-insensitive)."""
    refs = list_references(lib)
    words = text.casefold().split()
    return [
        r
        for r in refs
        if all(w in " ".join(filter(None, (r.title, r.publisher, r.url))).casefold() for w in words)
    ]


def get_reference(lib: Library, reference_id: str) -> Reference:
    with lib.session() as db:
        ref = store.get_reference(db, reference_id)
    if ref is None:
        raise NotFoundError(N_("no reference {id}"), id=reference_id)
    return ref


# --- evidence ---------------------------------------------------------------------


def _evidence_changes(assertion_id: str, reference_id: str) -> Changes:
    return Changes(assertions=frozenset({assertion_id}), references=frozenset({reference_id}))


def link_evidence(
    lib: Library,
    assertion_id: str,
    reference_id: str,
    relation: Relation | str,
    quote: str = "",
    locator: str = "",
) -> Changes:
    with operation(lib, Operation.LINK_EVIDENCE) as op:
        ev = store.link_evidence(
            op.db, assertion_id, reference_id, Relation(relation), lib.author, quote, locator
        )
        assertion_store.advance_status(op.db, assertion_id, Lifecycle.IN_PROGRESS, lib.author)
        op.changes = replace(_evidence_changes(assertion_id, reference_id), created=ev.id)
    return op.changes


def edit_evidence(
    lib: Library, evidence: Evidence, relation: Relation | str, quote: str, locator: str
) -> Changes:
    """Change how a reference bears on an assertion without re-linking it."""
    values = {"relation": str(Relation(relation)), "quote": quote, "locator": locator}
    with operation(lib, Operation.EDIT_EVIDENCE) as op:
        store.edit(op.db, "evidence", evidence.id, values, lib.author)
        op.changes = _evidence_changes(evidence.assertion_id, evidence.reference_id)
    return op.changes


def unlink_evidence(lib: Library, evidence: Evidence) -> Changes:
    with operation(lib, Operation.UNLINK_EVIDENCE) as op:
        store.remove(op.db, "evidence", evidence.id, lib.author)
        op.changes = _evidence_changes(evidence.assertion_id, evidence.reference_id)
    return op.changes


def add_and_link_reference(
    lib: Library,
    assertion_id: str,
    fields: ReferenceFields,
    relation: Relation | str,
    quote: str = "",
    locator: str = "",
    attach: Path | None = None,
) -> Changes:
    """A new reference, its local copy and its link to an assertion: one undo step."""
    with operation(lib, Operation.ADD_REFERENCE, fields.title.strip()) as op:
        changes = add_reference(
            lib,
            fields.title,
            url=fields.url,
            publisher=fields.publisher,
            published=fields.published,
            accessed=fields.accessed,
            kind=fields.kind,
        )
        ref_id = str(changes.created)
        if attach is not None:
            changes |= attach_file(lib, ref_id, attach)
        changes |= link_evidence(lib, assertion_id, ref_id, relation, quote, locator)
        op.changes = changes
    return op.changes


def edit_reference_and_link(
    lib: Library,
    reference: Reference,
    fields: ReferenceFields,
    evidence: Evidence | None,
    relation: Relation | str,
    quote: str,
    locator: str,
) -> Changes:
    """Save a reference dialog's edits (the reference and/or its link): one undo step."""
    with operation(lib, Operation.EDIT_REFERENCE, reference.title) as op:
        changes = Changes()
        if fields != ReferenceFields.of(reference):
            changes |= edit_reference(lib, reference.id, fields)
        if evidence is not None and (Relation(relation), quote, locator) != (
            evidence.relation,
            evidence.quote,
            evidence.locator,
        ):
            changes |= edit_evidence(lib, evidence, relation, quote, locator)
        op.changes = changes
    return op.changes


def get_evidence(lib: Library, evidence_id: str) -> Evidence | None:
    with lib.session() as db:
        row = get_row(db, "evidence", evidence_id)
    return store.to_evidence(row) if row and not row["deleted"] else None


def evidence_for_assertion(lib: Library, assertion_id: str) -> list[Evidence]:
    with lib.session() as db:
        return store.evidence_for(db, assertion_id=assertion_id)


def citing_assertions(lib: Library, reference_id: str) -> list[Evidence]:
    """The "cited by" list of a reference."""
    with lib.session() as db:
        return store.evidence_for(db, reference_id=reference_id)


# --- verdicts and tags ------------------------------------------------------------


def set_verdict(
    lib: Library,
    assertion_id: str,
    rating: str,
    explanation: str = "",
    claim_summary: str | None = None,
) -> Changes:
    """Rate an assertion; ``claim_summary`` (None: keep the stored one) is the short claim
    the verdict is published under (ClaimReview ``claimReviewed``; empty: the quote)."""
    if rating not in lib.settings.verdict_scheme:
        raise InputError(N_("{rating} is not in the verdict scheme"), rating=repr(rating))
    with operation(lib, Operation.SET_VERDICT, rating) as op:
        verdict = store.set_verdict(
            op.db, assertion_id, rating, explanation, lib.author, claim_summary
        )
        assertion_store.advance_status(op.db, assertion_id, Lifecycle.CHECKED, lib.author)
        op.changes = replace(_assertion_changed(assertion_id), created=verdict.id)
    return op.changes


def get_verdict(lib: Library, verdict_id: str) -> Verdict:
    return store.to_verdict(live_row(lib, "verdicts", verdict_id, N_("no verdict {id}")))


def set_claim_summaries(lib: Library, summaries: dict[str, str]) -> Changes:
    """Store the claim summaries of several verdicts (the export dialog's table) as one
    undo step; an assertion without a verdict has nothing to summarise and is refused."""
    with operation(lib, Operation.SET_CLAIM_SUMMARIES) as op:
        changes = Changes()
        for assertion_id, text in summaries.items():
            current = store.verdict_for(op.db, assertion_id)
            if current is None:
                raise InputError(
                    N_("assertion {id} has no verdict, so it has no claim summary"),
                    id=assertion_id[:8],
                )
            store.set_verdict(
                op.db, assertion_id, current.rating, current.explanation, lib.author, text
            )
            changes = changes | _assertion_changed(assertion_id)
        op.changes = changes
    return op.changes


def verdict_for(lib: Library, assertion_id: str) -> Verdict | None:
    with lib.session() as db:
        return store.verdict_for(db, assertion_id)


def clear_verdict(lib: Library, assertion_id: str) -> Changes:
    with operation(lib, Operation.CLEAR_VERDICT) as op:
        current = store.verdict_for(op.db, assertion_id)
        if current:
            store.remove(op.db, "verdicts", current.id, lib.author)
            assertion_store.reopen_status(op.db, assertion_id, lib.author)
        op.changes = _assertion_changed(assertion_id)
    return op.changes


def _tag_changes(target_kind: str, target_id: str) -> Changes:
    """Article tags show in the library list; assertion tags in the detail panel."""
    if target_kind == "article":
        return Changes(articles=frozenset({target_id}), library=True)
    return Changes(assertions=frozenset({target_id}))


def add_tag(lib: Library, target_kind: str, target_id: str, name: str) -> Changes:
    name = name.strip()
    _require(name, N_("a tag needs a name"))
    with operation(lib, Operation.ADD_TAG, name) as op:
        tag = store.add_tag(op.db, target_kind, target_id, name, lib.author)
        op.changes = replace(_tag_changes(target_kind, target_id), created=tag.id)
    return op.changes


def remove_tag(lib: Library, tag: Tag) -> Changes:
    with operation(lib, Operation.REMOVE_TAG, tag.name) as op:
        store.remove(op.db, "tags", tag.id, lib.author)
        op.changes = _tag_changes(tag.target_kind, tag.target_id)
    return op.changes


def get_tag(lib: Library, tag_id: str) -> Tag:
    row = live_row(lib, "tags", tag_id, N_("no tag {id}"))
    return Tag(row["id"], row["target_kind"], row["target_id"], row["name"])


def tags_for(lib: Library, target_kind: str, target_id: str) -> list[Tag]:
    with lib.session() as db:
        return store.tags_for(db, target_kind, target_id)


def tag_names(lib: Library) -> list[str]:
    """Every tag name in use, for completion."""
    with lib.session() as db:
        return [
            r[0]
            for r in db.execute(
                "SELECT DISTINCT name FROM tags WHERE deleted = 0 ORDER BY name"
            ).fetchall()
        ]


def articles_with_tag(lib: Library, name: str) -> list[str]:
    with lib.session() as db:
        return store.articles_with_tag(db, name)
