"""The checker's work survives re-analysis (services level)."""

import pytest

from factcheck_app.models import Category, Lifecycle
from factcheck_app.services import analysis, annotations, articles

TEXT = "Reports indicate that North Korea sent 10,000 troops. Officials did not deny it."


def test_review_and_manual_assertions_survive_reanalysis(library) -> None:
    article = articles.import_text(library, TEXT, fmt="text").article
    first = analysis.analyze_article(library, article.id)
    assert first.added >= 1
    detected = first.assertions[0]
    annotations.set_status(library, detected.id, Lifecycle.DISMISSED, "a known fact")
    manual = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article.id, 0, 16, Category.VAGUE_SOURCE).created,
    )
    note = annotations.get_note(
        library, annotations.add_note(library, article.id, "call the agency", detected.id).created
    )
    again = analysis.analyze_article(library, article.id)
    by_id = {a.id: a for a in again.assertions}
    assert by_id[detected.id].status is Lifecycle.DISMISSED
    assert by_id[detected.id].dismiss_reason == "a known fact"
    assert manual.id in by_id
    assert annotations.notes_for_assertion(library, detected.id) == [note]


def test_verdict_must_come_from_the_scheme(library) -> None:
    article = articles.import_text(library, TEXT, fmt="text").article
    manual = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article.id, 0, 10, Category.HEDGED).created,
    )
    verdict = annotations.get_verdict(
        library, annotations.set_verdict(library, manual.id, "mostly false", "see report").created
    )
    again = annotations.get_verdict(
        library, annotations.set_verdict(library, manual.id, "false", "").created
    )
    assert again.id == verdict.id and again.rating == "false"
    with pytest.raises(ValueError):
        annotations.set_verdict(library, manual.id, "pants on fire")


def test_manual_span_must_be_inside_the_article(library) -> None:
    article = articles.import_text(library, TEXT, fmt="text").article
    with pytest.raises(ValueError):
        annotations.add_manual_assertion(library, article.id, 5, 5000, Category.HEDGED)


def test_explanations_render_in_the_readers_language_not_the_analysers(library) -> None:
    from factcheck_app.explanations import explain
    from factcheck_app.services.analysis import analyzer_for

    article = articles.import_text(library, TEXT, fmt="text").article
    library.settings = library.settings.replace(ui_language="de")
    result = analysis.analyze_article(library, article.id, analyzer=analyzer_for(library.settings))
    vague = [a for a in result.assertions if a.category == Category.VAGUE_SOURCE]
    assert vague and "ungenannt" in explain(vague[0], "de")
    assert "unnamed" in explain(vague[0], "en")
