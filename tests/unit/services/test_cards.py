"""Claim cards (issue 13): one card per span, one lifecycle, drafts per card, and the
migration of libraries written with the old review/status pair."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from factcheck_app.cards import build_cards, card_state, lifecycle_label, progress_of
from factcheck_app.errors import InputError
from factcheck_app.models import Category, Lifecycle
from factcheck_app.services import analysis, annotations, articles, history
from factcheck_app.services import cards as card_service
from factcheck_app.services.library import Library
from factcheck_app.settings import Settings
from factcheck_app.storage.migrations import MIGRATIONS

TEXT = (
    "Choe provided no evidence that reports indicate 10,000 troops were sent. "
    "The minister said prices rose. Officials allegedly met in May."
)


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def article(library: Library) -> str:
    article_id = articles.import_text(library, TEXT, fmt="text").article.id
    sentence = "Choe provided no evidence that reports indicate 10,000 troops were sent."
    for phrase, category in (
        (sentence, Category.SOURCED),
        ("reports indicate 10,000 troops were sent", Category.VAGUE_SOURCE),
        ("provided no evidence", Category.NO_EVIDENCE),
        ("The minister said prices rose.", Category.SOURCED),
        ("Officials allegedly met in May.", Category.HEDGED),
    ):
        annotations.add_manual_assertion(library, article_id, *_span(phrase), category)
    return article_id


def test_findings_on_one_span_are_one_card_most_severe_first(library, article) -> None:
    cards = card_service.article_cards(library, article)
    assert [c.categories for c in cards] == [
        (Category.NO_EVIDENCE, Category.VAGUE_SOURCE, Category.SOURCED),
        (Category.SOURCED,),
        (Category.HEDGED,),
    ]
    first = cards[0]
    assert first.primary.category is Category.NO_EVIDENCE and first.id == first.primary.id
    assert [c.sourced_only for c in cards] == [False, True, False]
    # any finding of the card finds the card (a click on the quiet sourced span)
    sourced = next(a for a in first.members if a.category is Category.SOURCED)
    assert card_service.card_of(library, sourced.id).id == first.id


def test_one_lifecycle_for_the_whole_card_undoable(library, article) -> None:
    card = card_service.article_cards(library, article)[0]
    assert card.state is Lifecycle.TO_CHECK
    with pytest.raises(InputError, match="verdict first"):
        card_service.set_state(library, card, Lifecycle.CHECKED)
    changes = card_service.set_state(library, card, Lifecycle.DISMISSED, " a quote, fine ")
    assert changes.step is not None and changes.assertions == set(card.ids)
    card = card_service.article_cards(library, article)[0]
    assert card.state is Lifecycle.DISMISSED and card.dismiss_reason == "a quote, fine"
    assert all(a.status is Lifecycle.DISMISSED for a in card.members)
    history.undo(library)
    card = card_service.article_cards(library, article)[0]
    assert card.state is Lifecycle.TO_CHECK and card.dismiss_reason is None


def test_work_moves_a_card_forward_and_a_verdict_checks_it(library, article) -> None:
    card = card_service.article_cards(library, article)[0]
    card_service.add_note(library, card, "Asked the ministry")
    card = card_service.article_cards(library, article)[0]
    assert card.state is Lifecycle.IN_PROGRESS and card.notes == 1
    card_service.set_verdict(library, card, "false", "no such figure")
    card = card_service.article_cards(library, article)[0]
    assert (card.state, card.verdict) == (Lifecycle.CHECKED, "false")
    with pytest.raises(InputError, match="clear the verdict"):
        card_service.set_state(library, card, Lifecycle.TO_CHECK)
    assert progress_of(card_service.article_cards(library, article)).checked == 1
    assert card_service.progress(library, article).total == 2  # the sourced card is not counted
    card_service.clear_verdict(library, card)
    card = card_service.article_cards(library, article)[0]
    assert (card.state, card.verdict) == (Lifecycle.IN_PROGRESS, None)


def test_drafts_stay_with_their_card(library, article) -> None:
    first, _sourced, last = card_service.article_cards(library, article)
    card_service.save_draft(library, first, "note", "half a thought")
    card_service.save_draft(library, first, "private", "1")
    card_service.save_draft(library, first, "rating", "false")
    card_service.save_draft(library, first, "summary", "Leak found")
    assert card_service.drafts(library, first) == {
        "note": "half a thought",
        "private": "1",
        "rating": "false",
        "summary": "Leak found",
    }
    assert card_service.drafts(library, last) == {}
    # found through any finding of the card, e.g. after a re-analysis changed the primary
    assert card_service.drafts(library, tuple(reversed(first.ids)))["note"] == "half a thought"
    card_service.add_note(library, first, "half a thought, finished")
    assert card_service.drafts(library, first) == {"rating": "false", "summary": "Leak found"}
    card_service.set_verdict(library, first, "false")
    assert card_service.drafts(library, first) == {}
    with pytest.raises(InputError):
        card_service.save_draft(library, first, "colour", "red")


def test_the_words_are_one_vocabulary_in_every_language() -> None:
    assert [lifecycle_label(s) for s in Lifecycle] == [
        "to check",
        "in progress",
        "checked",
        "dismissed",
    ]
    assert [lifecycle_label(s, "de") for s in Lifecycle] == [
        "zu prüfen",
        "in Arbeit",
        "geprüft",
        "verworfen",
    ]
    assert card_state([Lifecycle.DISMISSED, Lifecycle.TO_CHECK]) is Lifecycle.TO_CHECK
    assert card_state([Lifecycle.DISMISSED]) is Lifecycle.DISMISSED
    assert card_state([Lifecycle.TO_CHECK], has_verdict=True) is Lifecycle.CHECKED
    assert build_cards([]) == ()


# --- migration m0011 on a library written by the previous schema ----------------------

OLD_ROWS = {
    # id: (origin, review, status, dismiss_reason, work) -> expected lifecycle
    "a-new": (("detector", "new", "open", None, None), "to_check"),
    "a-kept": (("detector", "accepted", "open", None, None), "in_progress"),
    "a-hand": (("manual", "accepted", "open", None, None), "to_check"),
    "a-dismissed": (("detector", "dismissed", "checked", "a quote", None), "dismissed"),
    "a-checked": (("detector", "new", "checked", None, None), "checked"),
    "a-verdict": (("detector", "new", "open", None, "verdict"), "checked"),
    "a-progress": (("detector", "new", "in_progress", None, None), "in_progress"),
    "a-noted": (("detector", "new", "open", None, "note"), "in_progress"),
}


def _old_library(path: Path) -> None:
    """A library as the schema before m0011 left it, with every old state."""
    conn = sqlite3.connect(path)
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before="m0011_lifecycle")
    stamp = "2026-01-01T00:00:00Z"
    sync = {"created_at": stamp, "updated_at": stamp, "author": "old", "rev": "r0"}
    db["meta"].insert_all(
        [{"key": "library_id", "value": "11111111-1111-1111-1111-111111111111"}],
        replace=True,
    )
    db["articles"].insert({"id": "art", "title": "Old", "text": TEXT, "content_hash": "h", **sync})
    for n, (row_id, ((origin, review, status, reason, work), _)) in enumerate(OLD_ROWS.items()):
        db["assertions"].insert(
            {
                "id": row_id,
                "article_id": "art",
                "category": "hedged",
                "start": n,
                "end": n + 1,
                "quote": TEXT[n : n + 1],
                "origin": origin,
                "review": review,
                "status": status,
                "dismiss_reason": reason,
                **sync,
            }
        )
        if work == "verdict":
            db["verdicts"].insert(
                {"id": f"v-{row_id}", "assertion_id": row_id, "rating": "false", **sync}
            )
        if work == "note":
            db["notes"].insert(
                {
                    "id": f"n-{row_id}",
                    "article_id": "art",
                    "assertion_id": row_id,
                    "body": "kept",
                    **sync,
                }
            )
    # an undo step recorded before the upgrade: its images hold the old words
    db["journal"].insert({"id": 1, "at": stamp, "kind": "set_review", "detail": "dismissed"})
    image = {"id": "a-new", "review": "new", "status": "open", "origin": "detector"}
    db["journal_rows"].insert(
        {
            "step_id": 1,
            "seq": 0,
            "table_name": "assertions",
            "row_id": "a-new",
            "before": json.dumps(image),
            "after": json.dumps({**image, "review": "dismissed"}),
        }
    )
    conn.commit()
    conn.close()


def test_m0011_maps_every_old_state_without_losing_anything(tmp_path) -> None:
    path = tmp_path / "old.db"
    _old_library(path)
    lib = Library(path, settings=Settings(user_name="tester"))
    try:
        by_id = {a.id: a for a in analysis.list_assertions(lib, "art")}
        assert {i: str(a.status) for i, a in by_id.items()} == {
            i: expected for i, (_row, expected) in OLD_ROWS.items()
        }
        assert by_id["a-dismissed"].dismiss_reason == "a quote"  # the reason stays
        with lib.session() as db:
            # the old column keeps what each row was; revisions are not renewed
            assert dict(db.execute("SELECT id, review FROM assertions").fetchall())["a-kept"] == (
                "accepted"
            )
            assert {r[0] for r in db.execute("SELECT rev FROM assertions")} == {"r0"}
            after = json.loads(db.execute("SELECT after FROM journal_rows").fetchone()[0])
            assert after["status"] == "dismissed"
            counts = db.execute(
                "SELECT open, done, total FROM assertion_counts WHERE article_id = 'art'"
            ).fetchone()
            assert counts == (5, 3, 8)
            assert db.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 0
        assert annotations.verdict_for(lib, "a-verdict").rating == "false"
        assert [n.body for n in annotations.notes_for_assertion(lib, "a-noted")] == ["kept"]
    finally:
        lib.close()
