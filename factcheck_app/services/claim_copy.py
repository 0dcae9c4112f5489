"""Copy a matched claim's verdict, notes and references onto the card at hand, in one step.

A claim checked before need not be checked again from scratch, but the evidence must not
be duplicated: the card gets evidence links to the *same* reference rows (so a correction
to a reference reaches both), notes are copied with a line saying where they came from,
and the verdict is taken over. A published fact-check becomes one reference (reused when
its URL is already in the library) linked as evidence, plus a note with its rating.

Everything goes through the ordinary edit operations of ``annotations``, nested in one
``copy_claim`` operation: the whole copy is one step of the undo journal, undone and redone
as one (``history.undo``), in the app and from ``factcheck undo``. Like every edit it
returns the ``Changes`` it made.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck_app.errors import InputError
from factcheck_app.export.claimreview import rating_value
from factcheck_app.i18n import N_
from factcheck_app.memory.ratings import scale_value
from factcheck_app.models import Assertion, Changes, Operation, ReferenceKind, Relation
from factcheck_app.services import annotations as edits
from factcheck_app.services.claim_memory import REVIEW, get_review
from factcheck_app.services.history import operation
from factcheck_app.services.library import Library
from factcheck_app.storage import annotations as store


def copy_across(lib: Library, source_kind: str, source_id: str, target_id: str) -> Changes:
    """Copy verdict, notes and evidence links from a match onto ``target_id``: one edit."""
    target = edits.get_assertion(lib, target_id)
    if source_kind == REVIEW:
        review = get_review(lib, source_id)
        with operation(lib, Operation.COPY_CLAIM, review.publisher or review.claim[:60]) as op:
            op.changes = replace(
                _from_review(lib, source_id, target.article_id, target_id), created=None
            )
        return op.changes
    if source_id == target_id:
        raise InputError(N_("a card cannot be copied onto itself"))
    source = edits.get_assertion(lib, source_id)
    title = _article_title(lib, source.article_id)
    with operation(lib, Operation.COPY_CLAIM, title[:60]) as op:
        op.changes = replace(_from_card(lib, source_id, target, title), created=None)
    return op.changes


def _write_verdict(lib: Library, target_id: str, rating: str, explanation: str) -> Changes:
    """Take a verdict over as it is, even if its word is not in this checker's scheme."""
    with operation(lib, Operation.SET_VERDICT, rating) as op:
        store.set_verdict(op.db, target_id, rating, explanation, lib.author)
        op.changes = Changes(assertions=frozenset({target_id}))
    return op.changes


def _from_card(lib: Library, source_id: str, target: Assertion, title: str) -> Changes:
    target_id = target.id
    changes = Changes(assertions=frozenset({target_id}), articles=frozenset({target.article_id}))
    verdict = edits.verdict_for(lib, source_id)
    if verdict is not None:
        changes |= _write_verdict(lib, target_id, verdict.rating, verdict.explanation)
    for note in edits.notes_for_assertion(lib, source_id):
        body = f"Copied from “{title}”:\n\n{note.body}"
        changes |= edits.add_note(lib, target.article_id, body, target_id, note.private)
    linked = {e.reference_id for e in edits.evidence_for_assertion(lib, target_id)}
    for evidence in edits.evidence_for_assertion(lib, source_id):
        if evidence.reference_id in linked:
            continue
        changes |= edits.link_evidence(
            lib,
            target_id,
            evidence.reference_id,
            evidence.relation,
            evidence.quote,
            evidence.locator,
        )
        linked.add(evidence.reference_id)
    return changes


def _article_title(lib: Library, article_id: str) -> str:
    from factcheck_app.services.articles import get_article

    return get_article(lib, article_id).title


def _from_review(lib: Library, review_id: str, article_id: str, target_id: str) -> Changes:
    review = get_review(lib, review_id)
    changes = Changes(assertions=frozenset({target_id}), articles=frozenset({article_id}))
    reference_id = next(
        (r.id for r in edits.list_references(lib) if review.url and r.url == review.url), None
    )
    if reference_id is None:
        title = f"{review.publisher}: {review.claim}" if review.publisher else review.claim
        ref_changes = edits.add_reference(
            lib,
            title[:300],
            url=review.url or None,
            publisher=review.publisher or None,
            published=review.review_date or None,
            kind=ReferenceKind.NEWS_REPORT,
        )
        reference_id = str(ref_changes.created)
        changes |= ref_changes
    scale = review.rating_value if review.rating_value is not None else scale_value(review.rating)
    relation = Relation.CONTEXT
    if scale is not None:
        relation = (
            Relation.CONTRADICTS
            if scale <= 2
            else (Relation.SUPPORTS if scale >= 4 else Relation.CONTEXT)
        )
    linked = {e.reference_id for e in edits.evidence_for_assertion(lib, target_id)}
    if reference_id not in linked:
        changes |= edits.link_evidence(lib, target_id, reference_id, relation, review.rating)
    rating = _scheme_word(lib, review.rating, scale)
    if rating is not None:
        explanation = review.explanation or f"{review.publisher}: {review.rating}"
        changes |= _write_verdict(lib, target_id, rating, explanation)
    who = review.publisher or "a published fact-check"
    lines = [
        f"Published fact-check by {who}"
        + (f" ({review.review_date})" if review.review_date else "")
    ]
    lines.append(f"Rating: {review.rating or 'none given'}")
    if review.explanation:
        lines.append(review.explanation)
    if review.url:
        lines.append(review.url)
    return changes | edits.add_note(lib, article_id, "\n\n".join(lines), target_id)


def _scheme_word(lib: Library, rating: str, scale: float | None) -> str | None:
    """The word of the checker's scheme for a published rating: the same word, else the
    scheme word at the same place on the true-false scale, else none (left for the checker)."""
    scheme = lib.settings.verdict_scheme
    for word in scheme:
        if word.casefold() == rating.strip().casefold():
            return word
    if scale is None:
        return None
    for word in scheme:
        if rating_value(word, scheme) == round(scale) and word != "misleading":
            return word
    return None
