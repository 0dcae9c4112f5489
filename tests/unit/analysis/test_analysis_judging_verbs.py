"""Judgements held by a subject: "see / view / regard X as Y", "are not sure" (issue 11,
English).

News copy reports what a group thinks as much as what it says: "Supporters of Sanders see
it as crucial that ...", "House Republicans saw the event as a chance". The subject holds
the judgement, so it is the source, named or not. Controls: "as" opening a clause ("saw
the fire as we drove past") or a comparison ("as early as 1920") is no judgement.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer


def _by_category(analyzer: Analyzer, text: str) -> dict[str, str | None]:
    return {f.category.value: f.source_text for f in analyzer.analyze_text(text, lang="en")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Supporters of the plan see it as crucial that the party makes concessions.",
         "Supporters of the plan"),
        ("In the capital, opposition lawmakers saw the verdict as a chance to attack him.",
         "opposition lawmakers"),
        ("Many economists view the new tariff as a tax on consumers.", "Many economists"),
        ("City officials aren’t sure how to cut him out.", "City officials"),
        ("The fight over whether the school is what former employees have called a "
         "fraudulent scheme took an uglier turn.", "former employees"),
        ("Some Democrats are not sure the plan will work.", "Some Democrats"),
        ("Some foreign analysts regard the general's appointment to the council as a "
         "warning.", "Some foreign analysts"),
    ],
)  # fmt: skip
def test_unnamed_judging_subject_is_vague(analyzer: Analyzer, text: str, source: str):
    assert _by_category(analyzer, text).get("vague_source") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Mr. Smith sees the deal as a disaster for the region.", "Mr. Smith"),
        ("Mr. Smith was not sure the plan would work.", "Mr. Smith"),
        ("It is what Mr. Smith has called a fraudulent scheme.", "Mr. Smith"),
        ("The Finance Ministry views the new tariff as a tax on consumers.",
         "The Finance Ministry"),
    ],
)  # fmt: skip
def test_named_judging_subject_is_sourced(analyzer: Analyzer, text: str, source: str):
    found = _by_category(analyzer, text)
    assert "vague_source" not in found, found
    assert found.get("sourced") == source, found


@pytest.mark.parametrize(
    "text",
    [
        "Residents saw the fire as they drove past the plant.",
        "Visitors saw the paintings as early as 1920.",
        "Voters saw countries such as Iran in the news.",
        "Officials saw the report as well as the photos.",
        "The outcome is not sure, and the market fell.",
    ],
)
def test_no_judgement_without_a_judging_subject(analyzer: Analyzer, text: str):
    found = _by_category(analyzer, text)
    assert "vague_source" not in found and "sourced" not in found, found
