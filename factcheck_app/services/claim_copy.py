"""Copy a matched claim's verdict, notes and references onto the card at hand, in one step.

A claim checked before need not be checked again from scratch, but the evidence must not
be duplicated: the card gets evidence links to the *same* reference rows (so a correction
to a reference reaches both), notes are copied with a line saying where they came from,
and the verdict is taken over. A published fact-check becomes one reference (reused when
its URL is already in the library) linked as evidence, plus a note with its rating.

Everything goes through the ordinary edit functions of ``annotations``; the returned
``CopyResult`` lists what was made, so the GUI can undo and redo the whole copy as one.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck_app.errors import InputError
from factcheck_app.export.claimreview import rating_value
from factcheck_app.memory.ratings import scale_value
from factcheck_app.models import Changes, ReferenceKind, Relation, Verdict
from factcheck_app.services import annotations as edits
from factcheck_app.services import workflow
from factcheck_app.services.claim_memory import REVIEW, get_review
from factcheck_app.services.library import Library


@dataclass(frozen=True)
class CopyResult:
    target_id: str
    previous_verdict: Verdict | None
    verdict: tuple[str, str] | None  # (rating, explanation) written, if any
    note_ids: tuple[str, ...]
    evidence_ids: tuple[str, ...]
    reference_ids: tuple[str, ...]  # references created for the copy

    @property
    def empty(self) -> bool:
        return not (self.verdict or self.note_ids or self.evidence_ids)


def copy_across(
    lib: Library, source_kind: str, source_id: str, target_id: str
) -> tuple[CopyResult, Changes]:
    """Copy verdict, notes and evidence links from a match onto ``target_id``."""
    target = edits.get_assertion(lib, target_id)
    if source_kind == REVIEW:
        return _from_review(lib, source_id, target.article_id, target_id)
    if source_id == target_id:
        raise InputError("a card cannot be copied onto itself")
    source = edits.get_assertion(lib, source_id)
    title = _article_title(lib, source.article_id)
    previous = edits.verdict_for(lib, target_id)
    written = None
    changes = Changes(assertions=frozenset({target_id}), articles=frozenset({target.article_id}))
    verdict = edits.verdict_for(lib, source_id)
    if verdict is not None:
        changes |= workflow.write_verdict(lib, target_id, verdict.rating, verdict.explanation)
        written = (verdict.rating, verdict.explanation)
    note_ids = []
    for note in edits.notes_for_assertion(lib, source_id):
        body = f"Copied from “{title}”:\n\n{note.body}"
        made, note_changes = edits.add_note(lib, target.article_id, body, target_id, note.private)
        note_ids.append(made.id)
        changes |= note_changes
    linked = {e.reference_id for e in edits.evidence_for_assertion(lib, target_id)}
    evidence_ids = []
    for evidence in edits.evidence_for_assertion(lib, source_id):
        if evidence.reference_id in linked:
            continue
        made_ev, ev_changes = edits.link_evidence(
            lib,
            target_id,
            evidence.reference_id,
            evidence.relation,
            evidence.quote,
            evidence.locator,
        )
        evidence_ids.append(made_ev.id)
        linked.add(evidence.reference_id)
        changes |= ev_changes
    result = CopyResult(target_id, previous, written, tuple(note_ids), tuple(evidence_ids), ())
    return result, changes


def _article_title(lib: Library, article_id: str) -> str:
    from factcheck_app.services.articles import get_article

    return get_article(lib, article_id).title


def _from_review(
    lib: Library, review_id: str, article_id: str, target_id: str
) -> tuple[CopyResult, Changes]:
    review = get_review(lib, review_id)
    previous = edits.verdict_for(lib, target_id)
    changes = Changes(assertions=frozenset({target_id}), articles=frozenset({article_id}))
    created: list[str] = []
    reference = next(
        (r for r in edits.list_references(lib) if review.url and r.url == review.url), None
    )
    if reference is None:
        title = f"{review.publisher}: {review.claim}" if review.publisher else review.claim
        reference, ref_changes = edits.add_reference(
            lib,
            title[:300],
            url=review.url or None,
            publisher=review.publisher or None,
            published=review.review_date or None,
            kind=ReferenceKind.NEWS_REPORT,
        )
        created.append(reference.id)
        changes |= ref_changes
    scale = review.rating_value if review.rating_value is not None else scale_value(review.rating)
    relation = Relation.CONTEXT
    if scale is not None:
        relation = (
            Relation.CONTRADICTS
            if scale <= 2
            else (Relation.SUPPORTS if scale >= 4 else Relation.CONTEXT)
        )
    evidence_ids: list[str] = []
    linked = {e.reference_id for e in edits.evidence_for_assertion(lib, target_id)}
    if reference.id not in linked:
        evidence, ev_changes = edits.link_evidence(
            lib, target_id, reference.id, relation, review.rating
        )
        evidence_ids.append(evidence.id)
        changes |= ev_changes
    written = None
    rating = _scheme_word(lib, review.rating, scale)
    if rating is not None:
        explanation = review.explanation or f"{review.publisher}: {review.rating}"
        changes |= workflow.write_verdict(lib, target_id, rating, explanation)
        written = (rating, explanation)
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
    note, note_changes = edits.add_note(lib, article_id, "\n\n".join(lines), target_id)
    changes |= note_changes
    result = CopyResult(
        target_id, previous, written, (note.id,), tuple(evidence_ids), tuple(created)
    )
    return result, changes


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


def undo_copy(lib: Library, result: CopyResult) -> Changes:
    """Take the whole copy back: links and notes hidden, made references too, old verdict."""
    for note_id in result.note_ids:
        workflow.set_row_deleted(lib, "notes", note_id, True)
    for evidence_id in result.evidence_ids:
        workflow.set_row_deleted(lib, "evidence", evidence_id, True)
    for reference_id in result.reference_ids:
        workflow.set_row_deleted(lib, "refs", reference_id, True)
    if result.verdict is not None:
        if result.previous_verdict is None:
            edits.clear_verdict(lib, result.target_id)
        else:
            previous = result.previous_verdict
            workflow.write_verdict(lib, result.target_id, previous.rating, previous.explanation)
    return Changes(assertions=frozenset({result.target_id}), library=True)


def redo_copy(lib: Library, result: CopyResult) -> Changes:
    """Bring the same rows back after an undo (later edits that refer to them keep working)."""
    for reference_id in result.reference_ids:
        workflow.set_row_deleted(lib, "refs", reference_id, False)
    for note_id in result.note_ids:
        workflow.set_row_deleted(lib, "notes", note_id, False)
    for evidence_id in result.evidence_ids:
        workflow.set_row_deleted(lib, "evidence", evidence_id, False)
    if result.verdict is not None:
        workflow.write_verdict(lib, result.target_id, *result.verdict)
    return Changes(assertions=frozenset({result.target_id}), library=True)
