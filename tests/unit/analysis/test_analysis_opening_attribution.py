"""Claims inside a sentence an opening attribution covers, and "claim" as a death toll.

Why: read on real wire copy, "According to NPR, Biden has amassed 1,217 delegates, while
Sanders has earned 914." flagged its "while" clause as the writer's own claim, and "as of
yesterday morning" became a claim of its own; "the crisis claimed 15,393 lives" was a
hedge ("speculative wording 'claimed'") and "The storm claimed many victims" a statement
attributed to the storm.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer


def _found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start : f.end]) for f in analyzer.analyze_text(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "According to NPR, Joe Biden has amassed 1,217 delegates, while Bernie Sanders has 914.",
        "But according to the election commission, as of Monday morning, over 500,000 ballots"
        " were not yet returned.",
    ],
)
def test_an_opening_attribution_covers_every_clause(analyzer: Analyzer, text: str) -> None:
    found = _found(analyzer, text)
    assert [c for c, _ in found] == ["sourced"], found


def test_a_trailing_clause_after_a_verb_of_saying_stays_the_writers(analyzer: Analyzer) -> None:
    """Control: the context clause after "X said" is still the writer's own."""
    text = (
        "The minister said the plan would cut costs, as protests against the plan grew"
        " across the country."
    )
    found = _found(analyzer, text)
    assert ("unsourced_claim", "as protests against the plan grew across the country") in found


def test_claiming_lives_is_neither_hearsay_nor_a_statement(analyzer: Analyzer) -> None:
    assert "hedged" not in [
        c for c, _ in _found(analyzer, "The opioid crisis claimed 15,393 lives in Canada.")
    ]
    assert _found(analyzer, "The storm claimed many victims in the north last year.") == []
    # controls: a claim that is said, and "claimed" before a noun it qualifies
    said = _found(analyzer, "The company claimed that its profits doubled last year.")
    assert "sourced" in [c for c, _ in said]
    assert "hedged" in [c for c, _ in _found(analyzer, "He was jailed for the claimed fraud.")]
