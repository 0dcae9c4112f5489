"""Claim memory through the service API: matches across articles, published checks, copy."""

import json
from pathlib import Path

import pytest

from factcheck_app.errors import InputError
from factcheck_app.models import Category, Relation
from factcheck_app.services import annotations, articles, claim_copy, claim_memory, history, sharing
from factcheck_app.services.library import Library
from factcheck_app.settings import Settings

EN = (
    "# Troops for Russia\n\nNorth Korea has reportedly sent 10,000 troops to Russia's Kursk"
    " region. The weather was cold.\n"
)
DE = (
    "# Soldaten für Russland\n\nNordkorea soll 10.000 Soldaten in die russische Region Kursk"
    " geschickt haben. Das Wetter war kalt.\n"
)
RAIL = "# Bahn\n\nNach Angaben der Bahn waren rund 240 Züge betroffen. Es regnete.\n"


def card(lib: Library, text: str, sentence: str, category=Category.HEDGED) -> tuple[str, str]:
    """Import ``text`` and mark ``sentence`` in it by hand; returns (article id, card id)."""
    article = articles.import_text(lib, text, fmt="md").article
    start = article.text.index(sentence)
    assertion = annotations.get_assertion(
        lib,
        annotations.add_manual_assertion(
            lib, article.id, start, start + len(sentence), category
        ).created,
    )
    return article.id, assertion.id


@pytest.fixture
def cards(library: Library) -> dict[str, str]:
    _, en = card(library, EN, "North Korea has reportedly sent 10,000 troops to Russia's Kursk")
    _, de = card(library, DE, "Nordkorea soll 10.000 Soldaten in die russische Region Kursk")
    _, rail = card(library, RAIL, "Nach Angaben der Bahn waren rund 240 Züge betroffen")
    return {"en": en, "de": de, "rail": rail}


def test_a_card_matches_the_same_claim_in_another_language(library, cards) -> None:
    (match,) = claim_memory.match_assertion(library, cards["en"])
    assert match.id == cards["de"] and match.kind == "assertion"
    assert match.title == "Soldaten für Russland"
    assert "same figure 10,000" in match.reason and "Kursk" in match.reason
    assert claim_memory.match_assertion(library, cards["rail"]) == []
    assert claim_memory.seen_before(library, list(cards.values())) == {cards["en"], cards["de"]}


def test_cards_of_the_same_article_and_sourced_cards_are_not_matches(library, cards) -> None:
    article_id = annotations.get_assertion(library, cards["en"]).article_id
    text = articles.get_article(library, article_id).text
    start = text.index("North Korea has reportedly")
    annotations.add_manual_assertion(library, article_id, start, start + 60, Category.VAGUE_SOURCE)
    _, sourced = card(
        library,
        EN.replace("cold", "warm"),
        "North Korea has reportedly sent 10,000 troops",
        Category.SOURCED,
    )
    found = {m.id for m in claim_memory.match_assertion(library, cards["en"])}
    assert found == {cards["de"]}
    assert sourced not in found


def test_the_index_catches_up_with_edits_incrementally(library, cards) -> None:
    index = claim_memory.claim_index(library)
    before = len(index)
    _, later = card(library, EN.replace("Troops", "More troops"), "North Korea has reportedly sent")
    assert len(claim_memory.claim_index(library)) == before + 1
    annotations.set_category(library, cards["de"], Category.SOURCED)
    found = {m.id for m in claim_memory.match_assertion(library, cards["en"])}
    assert cards["de"] not in found
    articles.delete_article(library, annotations.get_assertion(library, later).article_id)
    assert later not in claim_memory.claim_index(library)


def test_the_stored_index_is_reused_by_the_next_session(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    with Library(path, settings=Settings(user_name="a")) as lib:
        _, en = card(lib, EN, "North Korea has reportedly sent 10,000 troops to Russia's Kursk")
        _, de = card(lib, DE, "Nordkorea soll 10.000 Soldaten in die russische Region Kursk")
        claim_memory.claim_index(lib)
    with Library(path, settings=Settings(user_name="a")) as lib:
        with lib.session() as db:
            stored = db.execute("SELECT count(*) FROM claim_index").fetchone()[0]
        assert stored == 2
        assert [m.id for m in claim_memory.match_assertion(lib, en)] == [de]


def review_file(tmp_path: Path, rating: str = "False", claim: str | None = None) -> Path:
    doc = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checker.example/kursk",
        "claimReviewed": claim or "North Korea sent 10,000 soldiers to Kursk in Russia",
        "datePublished": "2024-11-05",
        "author": {"@type": "Organization", "name": "Example Check"},
        "reviewRating": {"@type": "Rating", "alternateName": rating},
        "inLanguage": "en",
    }
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_published_fact_checks_are_imported_once_and_matched(library, cards, tmp_path) -> None:
    path = review_file(tmp_path)
    first = claim_memory.import_reviews(library, path)
    assert (first.added, first.updated) == (1, 0)
    again = claim_memory.import_reviews(library, path)
    assert (again.added, again.unchanged) == (0, 1)
    matches = claim_memory.match_assertion(library, cards["de"])
    review = next(m for m in matches if m.kind == "review")
    assert review.verdict == "False" and review.checker == "Example Check"
    assert review.date == "2024-11-05"
    assert claim_memory.list_reviews(library, "Kursk")[0].publisher == "Example Check"


def test_bad_review_files_are_refused(library, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    with pytest.raises(InputError, match="not JSON"):
        claim_memory.import_reviews(library, bad)
    with pytest.raises(InputError, match="does not exist"):
        claim_memory.import_reviews(library, tmp_path / "missing.json")


def test_copy_across_links_the_same_references_and_undoes_as_one(library, cards) -> None:
    source, target = cards["en"], cards["de"]
    annotations.set_verdict(library, source, "false", "No such deployment")
    annotations.add_note(
        library,
        annotations.get_assertion(library, source).article_id,
        "Checked with the ministry",
        source,
    )
    ref = annotations.get_reference(
        library,
        annotations.add_reference(library, "Ministry statement", url="https://m.example").created,
    )
    annotations.link_evidence(library, source, ref.id, Relation.CONTRADICTS)

    changes = claim_copy.copy_across(library, "assertion", source, target)
    assert target in changes.assertions
    assert annotations.verdict_for(library, target).rating == "false"
    (note,) = annotations.notes_for_assertion(library, target)
    assert "Checked with the ministry" in note.body and "Troops for Russia" in note.body
    (evidence,) = annotations.evidence_for_assertion(library, target)
    assert evidence.reference_id == ref.id  # a link to the same reference, not a copy
    assert len(annotations.list_references(library)) == 1

    assert history.next_undo(library).kind == "copy_claim"  # the whole copy is one step
    history.undo(library, changes.step)
    assert annotations.verdict_for(library, target) is None
    assert annotations.notes_for_assertion(library, target) == []
    assert annotations.evidence_for_assertion(library, target) == []
    history.redo(library, changes.step)
    assert annotations.verdict_for(library, target).rating == "false"
    assert [e.id for e in annotations.evidence_for_assertion(library, target)] == [evidence.id]


def test_copy_from_a_published_check_makes_one_reference(library, cards, tmp_path) -> None:
    claim_memory.import_reviews(library, review_file(tmp_path))
    review = next(
        m for m in claim_memory.match_assertion(library, cards["de"]) if m.kind == "review"
    )
    first = claim_copy.copy_across(library, "review", review.id, cards["de"])
    (evidence,) = annotations.evidence_for_assertion(library, cards["de"])
    assert evidence.relation is Relation.CONTRADICTS
    assert annotations.get_reference(library, evidence.reference_id).url == (
        "https://checker.example/kursk"
    )
    assert annotations.verdict_for(library, cards["de"]).rating == "false"
    # copying the same check onto another card reuses the reference
    claim_copy.copy_across(library, "review", review.id, cards["en"])
    assert len(annotations.list_references(library)) == 1
    history.undo(library)  # the second copy
    history.undo(library, first.step)
    assert annotations.evidence_for_assertion(library, cards["de"]) == []


def test_claim_groups_flag_contradictory_verdicts(library, cards, tmp_path) -> None:
    annotations.set_verdict(library, cards["en"], "true")
    groups = claim_memory.claim_groups(library)
    assert [len(g.members) for g in groups] == [2] and not groups[0].contradictory
    annotations.set_verdict(library, cards["de"], "false")
    (group,) = claim_memory.claim_groups(library, contradictions_only=True)
    assert {m.verdict for m in group.members} == {"true", "false"}


def test_published_checks_travel_in_shares_and_merge(library, cards, tmp_path) -> None:
    claim_memory.import_reviews(library, review_file(tmp_path))
    share = tmp_path / "out.factcheck"
    counts = sharing.share_library(library, share)
    assert counts["claim_reviews"] == 1
    with Library(tmp_path / "other.db", settings=Settings(user_name="b")) as other:
        report = sharing.merge(other, share)
        assert report.added["claim_reviews"] == 1
        assert claim_memory.list_reviews(other)[0].publisher == "Example Check"


def test_a_library_whose_rows_have_no_change_log_is_not_rebuilt_every_time(library, cards):
    """Rows can arrive without log entries (a bulk import, an old library): the index built
    over them is current, and the next question re-reads only what changed since."""
    index = claim_memory.claim_index(library)
    with library.session() as db:
        db.execute("DELETE FROM change_log")
        db.conn.commit()
    claim_memory._STATES.pop(library)  # a new session of the app
    with library.session() as db:
        db.execute("DELETE FROM meta WHERE key = 'claim_index_change'")
        db.conn.commit()
    index = claim_memory.claim_index(library)
    calls = []
    original = claim_memory.store.claim_rows

    def counting(db, **kwargs):
        calls.append(kwargs)
        return original(db, **kwargs)

    claim_memory.store.claim_rows = counting
    try:
        card(library, RAIL.replace("240", "250"), "Nach Angaben der Bahn waren rund 250 Züge")
        claim_memory.claim_index(library)
    finally:
        claim_memory.store.claim_rows = original
    assert calls and all(kwargs for kwargs in calls)  # only changed rows, never all of them
    assert len(index) == 4


def test_seen_before_of_untouched_cards_reads_them_and_writes_nothing(tmp_path: Path) -> None:
    """The index remembers worked-on claims only; an untouched detector card is reduced to
    keys when asked about, and asking again on a reopened library leaves the file as it is."""
    from factcheck_app.services import analysis

    path = tmp_path / "lib.db"
    with Library(path, settings=Settings(user_name="a")) as lib:
        _, en = card(lib, EN, "North Korea has reportedly sent 10,000 troops to Russia's Kursk")
        article = articles.import_text(lib, EN.replace("cold", "warm"), fmt="md").article
        analysis.analyze_article(lib, article.id)
        found = [
            a.id
            for a in analysis.list_assertions(lib, article.id)
            if "10,000" in a.quote and a.category != Category.SOURCED
        ]
        assert found, "the analyser flags the hedged claim"
        index = claim_memory.claim_index(lib)
        assert en in index and not any(i in index for i in found)
        assert claim_memory.seen_before(lib, found) == set(found)
    before = path.read_bytes()
    with Library(path, settings=Settings(user_name="a")) as lib:
        assert claim_memory.seen_before(lib, found) == set(found)
    assert path.read_bytes() == before
