"""Article details, duplicates by address, deleting cited references, the checker's
identity and "don't flag this again" exceptions (core paths the GUI and CLI share)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck_app.analysis.exceptions import honour_exceptions
from factcheck_app.errors import ConflictError, InputError
from factcheck_app.explanations import Explanation
from factcheck_app.models import ArticleFields, Category, Finding, LexiconException
from factcheck_app.services import annotations as ann
from factcheck_app.services import articles, checker, history
from factcheck_app.services.analysis import as_analysed
from factcheck_app.settings import load_settings

TEXT = "Officials said the plan failed. Prices reportedly rose by 40 percent.\n"


def test_edit_article_details_is_one_undoable_step(library) -> None:
    art = articles.import_text(library, TEXT, fmt="text").article
    fields = ArticleFields(
        title="  Plan  failed ",
        url="https://example.org/plan",
        outlet="Example Post",
        byline="Jane Roe",
        published="2024-05-01",
        language="de",
    )
    articles.edit_article(library, art.id, fields)
    edited = articles.get_article(library, art.id)
    assert (edited.title, edited.url, edited.outlet, edited.byline, edited.published) == (
        "Plan failed",
        "https://example.org/plan",
        "Example Post",
        "Jane Roe",
        "2024-05-01",
    )
    assert edited.language == "de"
    assert {b.lang for b in as_analysed(edited).blocks} == {"de"}
    history.undo(library)
    assert articles.get_article(library, art.id).title == art.title


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": " "}, "needs a title"),
        ({"published": "yesterday"}, "is not a date"),
        ({"url": "ftp://x"}, "is not a web address"),
        ({"language": "xx"}, "unknown language"),
    ],
)
def test_bad_details_are_refused_and_nothing_changes(library, change, message) -> None:
    art = articles.import_text(library, TEXT, fmt="text").article
    fields = ArticleFields(**{"title": art.title, **change})
    with pytest.raises(InputError, match=message):
        articles.edit_article(library, art.id, fields)
    assert articles.get_article(library, art.id).updated_at == art.updated_at


def test_same_address_is_reported_and_same_text_is_not_stored_twice(library) -> None:
    first = articles.import_text(library, TEXT, url="https://example.org/a").article
    again = articles.import_text(library, TEXT, url="https://example.org/a")
    assert again.duplicate and again.article.id == first.id
    changed = articles.import_text(library, TEXT + "Update.\n", url="https://example.org/a")
    assert not changed.duplicate and changed.same_url == first.id
    assert articles.find_by_url(library, "https://example.org/a").id == first.id


def test_deleting_a_cited_reference_names_the_claims_then_unlinks_with_force(library) -> None:
    art = articles.import_text(library, TEXT, fmt="text").article
    claim = ann.get_assertion(
        library, ann.add_manual_assertion(library, art.id, 0, 31, Category.VAGUE_SOURCE).created
    )
    ref = ann.get_reference(library, ann.add_reference(library, "Ministry statement").created)
    ann.link_evidence(library, claim.id, ref.id, "contradicts")
    with pytest.raises(ConflictError) as refused:
        ann.delete_reference(library, ref.id)
    assert "cited by these claims: “Officials said the plan failed.”" in str(refused.value)
    ann.delete_reference(library, ref.id, force=True)
    assert ann.evidence_for_assertion(library, claim.id) == []
    history.undo(library)  # one step: the reference and its link come back together
    assert [e.reference_id for e in ann.evidence_for_assertion(library, claim.id)] == [ref.id]
    unused = ann.get_reference(library, ann.add_reference(library, "Never cited").created)
    ann.delete_reference(library, unused.id)


def test_identity_is_saved_and_signs_notes(library) -> None:
    art = articles.import_text(library, TEXT, fmt="text").article
    with pytest.raises(InputError):
        checker.set_identity(library, "  ")
    checker.set_identity(library, "Jane  Roe", "Fact Desk", "https://factdesk.example")
    stored = load_settings()
    assert (stored.user_name, stored.organisation, stored.organisation_url) == (
        "Jane Roe",
        "Fact Desk",
        "https://factdesk.example",
    )
    assert stored.identity_confirmed
    note = ann.get_note(library, ann.add_note(library, art.id, "whole-article note").created)
    assert note.author == "Jane Roe" and note.assertion_id is None


def _finding(text: str, cue: str, category: Category = Category.HEDGED) -> Finding:
    at = text.index(cue)
    end = text.index(".", at) + 1
    return Finding(category, 0, end, at, at + len(cue), Explanation(""), "r", 1.0, "en", "v")


def test_exceptions_match_cue_and_optional_phrase() -> None:
    text = "Prices reportedly rose. Troops REPORTEDLY  moved."
    a = _finding(text, "reportedly")
    b = Finding(Category.HEDGED, 24, len(text), 31, 41, Explanation(""), "r", 1.0, "en", "v")
    cue_only = LexiconException("hedged", "reportedly")
    assert honour_exceptions(text, [a, b], [cue_only]) == []
    phrased = LexiconException("hedged", "reportedly", "prices reportedly rose")
    assert honour_exceptions(text, [a, b], [phrased]) == [b]
    other = LexiconException("vague_source", "reportedly")
    assert honour_exceptions(text, [a, b], [other]) == [a, b]


def test_exception_from_an_assertion_and_cli_listing(library, tmp_path: Path) -> None:
    from factcheck_app.cli import main

    art = articles.import_text(library, TEXT, fmt="text").article
    at = art.text.index("reportedly")
    claim = ann.get_assertion(
        library,
        ann.add_manual_assertion(library, art.id, 32, len(art.text) - 1, Category.HEDGED).created,
    )
    with pytest.raises(InputError):  # a manual assertion has no cue to learn from
        checker.exception_for(library, claim)
    from dataclasses import replace

    detected = replace(claim, cue_start=at, cue_end=at + len("reportedly"), lang="en")
    with pytest.raises(InputError, match="must contain the cue"):
        checker.exception_for(library, detected, "prices rose")
    exception = checker.exception_for(library, detected, "Prices reportedly rose")
    checker.add_exception(library, exception)
    checker.add_exception(library, exception)  # once only
    assert load_settings().lexicon_exceptions == (exception,)
    runner = CliRunner()
    listed = runner.invoke(main, ["exceptions"])
    assert "hedged: “reportedly” in “Prices reportedly rose”" in listed.output
    assert runner.invoke(main, ["exceptions", "--remove", "2"]).exit_code == 2
    assert runner.invoke(main, ["exceptions", "--remove", "1"]).exit_code == 0
    assert load_settings().lexicon_exceptions == ()


def test_reanalysis_honours_an_exception(library) -> None:
    from factcheck_app.models import Lifecycle
    from factcheck_app.services.analysis import analyze_article

    text = "Prices reportedly rose by 40 percent.\n\nTroops reportedly moved north.\n"
    art = articles.import_text(library, text, fmt="text").article
    found = analyze_article(library, art.id).assertions
    hedged = [a for a in found if a.category is Category.HEDGED]
    assert len(hedged) == 2
    first = min(hedged, key=lambda a: a.start)
    ann.set_status(library, first.id, Lifecycle.DISMISSED, "figure of speech")
    checker.add_exception(library, checker.exception_for(library, first, "Prices reportedly rose"))
    again = analyze_article(library, art.id).assertions
    live = [a for a in again if a.category is Category.HEDGED]
    # the dismissed card keeps its work; the other sentence is still flagged
    assert {a.id for a in live} == {a.id for a in hedged}
    checker.add_exception(library, checker.exception_for(library, first))
    third = analyze_article(library, art.id).assertions
    assert [a.id for a in third if a.category is Category.HEDGED] == [first.id]


def test_fetching_an_address_again_is_recognised(library) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "ingest"))
    from local_server import serve

    with serve() as base:
        first = articles.import_url(library, f"{base}/old")
        again = articles.import_url(library, f"{base}/old")
    assert again.duplicate and again.article.id == first.article.id
    # the page's final address, pasted later with other text: stored, and the earlier named
    pasted = articles.import_text(library, "The page changed since.\n", url=f"{base}/article")
    assert not pasted.duplicate and pasted.same_url == first.article.id


def test_cli_import_of_a_known_address_does_not_fetch_it_again(library) -> None:
    """The server is gone: only ``--again`` tries the network, the plain import answers
    from the library (as the app asks before fetching again)."""
    import sys

    from factcheck_app.cli import main

    sys.path.insert(0, str(Path(__file__).parents[1] / "ingest"))
    from local_server import serve

    with serve() as base:
        first = articles.import_url(library, f"{base}/old")
    runner = CliRunner()
    db = ["--db", str(library.path)]
    known = runner.invoke(main, [*db, "import", f"{base}/old"])
    assert known.exit_code == 0, known.output
    assert f"already in the library as {first.article.id}" in known.output
    assert "not fetched again (--again fetches it anew)" in known.output
    refetched = runner.invoke(main, [*db, "import", "--again", f"{base}/old"])
    assert refetched.exit_code == 2 and "Error:" in refetched.output  # it tried: offline


def test_cli_references_refuses_a_cited_one_unless_forced(tmp_path: Path) -> None:
    from factcheck_app.cli import main
    from factcheck_app.services import Library
    from factcheck_app.settings import Settings

    lib = Library(tmp_path / "lib.db", Settings(user_name="alice"))
    art = articles.import_text(lib, TEXT, fmt="text").article
    claim = ann.get_assertion(
        lib, ann.add_manual_assertion(lib, art.id, 0, 31, Category.VAGUE_SOURCE).created
    )
    ref = ann.get_reference(lib, ann.add_reference(lib, "Ministry statement").created)
    ann.link_evidence(lib, claim.id, ref.id, "contradicts")
    lib.close()
    db = ["--db", str(tmp_path / "lib.db")]
    runner = CliRunner()
    listed = runner.invoke(main, [*db, "references", "list"])
    assert "cited  1x  Ministry statement" in listed.output
    refused = runner.invoke(main, [*db, "references", "delete", ref.id[:8]])
    assert refused.exit_code == 2 and "cited by these claims" in refused.output
    forced = runner.invoke(main, [*db, "references", "delete", ref.id[:8], "--force"])
    assert forced.exit_code == 0 and "Deleted reference" in forced.output
    assert "Undone: Delete reference" in runner.invoke(main, [*db, "undo"]).output


def test_cli_dont_flag_again_dismisses_the_finding_and_teaches_the_analyser(library) -> None:
    """``factcheck exceptions --add CARD --only-in PHRASE`` is the app's Ctrl+D: the phrase
    picks the finding of a several-category card, only that finding is dismissed."""
    from factcheck_app.cli import main
    from factcheck_app.models import Lifecycle
    from factcheck_app.services import cards as card_service
    from factcheck_app.services.analysis import analyze_article

    text = (
        "Both nations denied the report, which is believed to be true.\n\n"
        "Troops are believed to have moved north.\n"
    )
    art = articles.import_text(library, text, fmt="text").article
    analyze_article(library, art.id)
    first = min(card_service.article_cards(library, art.id), key=lambda c: c.start)
    assert {Category.DISPUTED, Category.HEDGED} <= set(first.categories)
    runner = CliRunner()
    db = ["--db", str(library.path)]
    refused = runner.invoke(main, [*db, "exceptions", "--add", first.id[:8], "--only-in", "x"])
    assert refused.exit_code == 2 and "must contain the cue" in refused.output
    assert runner.invoke(main, [*db, "exceptions", "--only-in", "x"]).exit_code == 2
    phrase = "which is believed to be true"
    done = runner.invoke(main, [*db, "exceptions", "--add", first.id[:8], "--only-in", phrase])
    assert done.exit_code == 0, done.output
    (exception,) = load_settings().lexicon_exceptions
    assert (exception.category, exception.phrase) == ("hedged", phrase)
    assert f"“{exception.cue}” in “{phrase}” will not be flagged" in done.output
    card = card_service.card_by_prefix(library, first.id)
    states = {a.category: a.status for a in card.members}
    assert states[Category.HEDGED] is Lifecycle.DISMISSED
    assert states[Category.DISPUTED] is not Lifecycle.DISMISSED  # the denial still stands
    hedge = next(a for a in card.members if a.category is Category.HEDGED)
    assert hedge.dismiss_reason == f"don't flag “{exception.cue}”"
    again = analyze_article(library, art.id).assertions
    later = [a for a in again if a.category is Category.HEDGED and a.start > first.end]
    assert later, "the other sentence is still flagged"
    # the dismissal is one step in the library's undo journal; the exception stays learnt
    assert runner.invoke(main, [*db, "undo"]).exit_code == 0
    card = card_service.card_by_prefix(library, first.id)
    assert all(a.status is not Lifecycle.DISMISSED for a in card.members)
    assert load_settings().lexicon_exceptions == (exception,)
