"""Claim cards for the GUI queue and the CLI: one card per claim (overlapping findings),
its lifecycle as an undoable operation, and its drafts.

What a card is lives in ``factcheck_app.cards`` (Qt-free, storage-free) so the reports
group the same way; this module reads the article's findings and the work filed on them
and runs the edits:

- ``set_state`` is the one lifecycle edit (operation ``SET_STATE``, one undo step for the
  whole card). "checked" needs a verdict (giving a verdict is what checks a claim, see
  ``annotations.set_verdict``); a card with a verdict is reopened by clearing it.
- Drafts (``save_draft``) are *not* edits: they are what is typed in the card's boxes,
  kept per card in this copy so moving away never loses or moves them, and never
  journaled (undoing typing is the text box's own). ``add_note`` and ``set_verdict`` here
  file the card's work on its primary finding and clear the matching drafts.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck_app.cards import ClaimCard, Progress, build_cards, progress_of
from factcheck_app.errors import InputError, NotFoundError
from factcheck_app.i18n import N_
from factcheck_app.models import Changes, Lifecycle, Operation, Verdict
from factcheck_app.services import annotations as work
from factcheck_app.services.history import operation
from factcheck_app.services.library import Library
from factcheck_app.storage import article_progress as progress_store
from factcheck_app.storage import assertions as assertion_store
from factcheck_app.storage import drafts as draft_store
from factcheck_app.storage.annotations import verdict_for


def article_cards(lib: Library, article_id: str) -> tuple[ClaimCard, ...]:
    """Every card of the article in text order (sourced-only ones included: the queue
    decides what to hide)."""
    with lib.session() as db:
        found = assertion_store.list_for_article(db, article_id)
        verdicts, notes, references = assertion_store.work_on(db, article_id)
    return build_cards(found, verdicts, notes, references)


def card_of(lib: Library, assertion_id: str) -> ClaimCard:
    """The card a finding belongs to."""
    finding = work.get_assertion(lib, assertion_id)
    for card in article_cards(lib, finding.article_id):
        if assertion_id in card.ids:
            return card
    raise NotFoundError(N_("no assertion {id}"), id=assertion_id)


def progress(lib: Library, article_id: str) -> Progress:
    """How far one article is ("7 of 12 checked")."""
    return progress_of(article_cards(lib, article_id))


def progress_many(lib: Library, article_ids: Sequence[str]) -> dict[str, Progress]:
    """Progress of several articles at once (the rows the library list shows, the CLI's
    list): the stored counts (``storage.article_progress``), equal to ``progress`` of each."""
    with lib.session() as db:
        return progress_store.read(db, article_ids)


def set_state(
    lib: Library, card: ClaimCard, state: Lifecycle | str, reason: str | None = None
) -> Changes:
    """Move a whole card to ``state`` (one undo step); a dismissal keeps its reason."""
    state = Lifecycle(state)
    has_verdict = card.verdict is not None
    if state is Lifecycle.CHECKED and not has_verdict:
        raise InputError(N_("give the claim a verdict first: a checked claim has one"))
    if state in (Lifecycle.TO_CHECK, Lifecycle.IN_PROGRESS) and has_verdict:
        raise InputError(N_("the claim has a verdict: clear the verdict to reopen it"))
    reason = (reason or "").strip() or None
    with operation(lib, Operation.SET_STATE, str(state)) as op:
        ids = card.ids
        if state is Lifecycle.CHECKED:  # keep findings dismissed on their own as they are
            ids = tuple(a.id for a in card.members if a.status is not Lifecycle.DISMISSED)
        changed = assertion_store.set_status(op.db, ids, state, reason, lib.author)
        op.changes = Changes(
            assertions=frozenset(changed),
            articles=frozenset({card.article_id}) if changed else frozenset(),
        )
    return op.changes


def card_by_prefix(lib: Library, ref: str) -> ClaimCard:
    """The card holding the finding ``ref`` names (a full id or a unique prefix, as the
    CLI prints them)."""
    with lib.session() as db:
        ids = assertion_store.ids_with_prefix(db, ref, limit=1000)
    if not ids:
        raise InputError(N_("no claim with id {id}"), id=ref)
    if len(ids) > 1 and ref not in ids:
        cards = {card_of(lib, i).id for i in ids}
        if len(cards) > 1:
            raise InputError(N_("{id} names {n} claims; give more of the id"), id=ref, n=len(cards))
    return card_of(lib, ref if ref in ids else ids[0])


def add_note(lib: Library, card: ClaimCard, body: str, private: bool = False) -> Changes:
    """File a note on the card (its primary finding) and clear the card's note draft."""
    changes = work.add_note(lib, card.article_id, body, card.id, private)
    with lib.session() as db:
        draft_store.clear_drafts(db, card.ids, draft_store.NOTE_FIELDS)
    return changes | Changes(articles=frozenset({card.article_id}))


def verdict_of(lib: Library, card: ClaimCard) -> Verdict | None:
    """The verdict the card shows: its primary's, else the first member's that has one."""
    with lib.session() as db:
        for assertion_id in card.ids:
            found = verdict_for(db, assertion_id)
            if found is not None:
                return found
    return None


def set_verdict(
    lib: Library,
    card: ClaimCard,
    rating: str,
    explanation: str = "",
    claim_summary: str | None = None,
) -> Changes:
    """Give the card its verdict (which checks it) and clear its verdict drafts. The
    verdict stays on the finding that already carries one, else goes to the primary.
    ``claim_summary=None`` keeps the stored summary."""
    current = verdict_of(lib, card)
    target = current.assertion_id if current else card.id
    changes = work.set_verdict(lib, target, rating, explanation, claim_summary)
    with lib.session() as db:
        draft_store.clear_drafts(db, card.ids, draft_store.VERDICT_FIELDS)
    return changes | Changes(articles=frozenset({card.article_id}))


def clear_verdict(lib: Library, card: ClaimCard) -> Changes:
    current = verdict_of(lib, card)
    if current is None:
        return Changes()
    return work.clear_verdict(lib, current.assertion_id) | Changes(
        articles=frozenset({card.article_id})
    )


def drafts(lib: Library, card: ClaimCard | Sequence[str]) -> dict[str, str]:
    """The card's unsaved note (and its private tick), rating, explanation and claim
    summary (missing keys: nothing typed)."""
    ids = card.ids if isinstance(card, ClaimCard) else tuple(card)
    with lib.session() as db:
        return draft_store.get_drafts(db, ids)


def save_draft(lib: Library, card: ClaimCard | str, field: str, text: str) -> None:
    """Keep what is typed in one of the card's boxes; an empty text forgets it."""
    card_id = card.id if isinstance(card, ClaimCard) else card
    if field not in draft_store.FIELDS:
        raise InputError(N_("unknown draft field {field}"), field=field)
    with lib.session() as db:
        draft_store.save_draft(db, card_id, field, text)
