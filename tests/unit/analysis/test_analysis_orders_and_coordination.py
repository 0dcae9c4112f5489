"""A verb of saying after "and"/"but", and "tell" giving an order (issue 11, English).

"A spokesman declined to address the report but said ...": the verb after the conjunction
has no subject of its own, so the speaker is the first verb's subject, never the words
before the conjunction (they were shown as the speaker "the FBI's report specifically
but"). A refusal or intention verb that only lends its subject ("refused to discuss the
memo but said") does not hide the statement. "Campus security told her to leave" is an
order: nothing is claimed, so nothing is attributed. Controls keep "told reporters that",
"told Reuters the deal was done", "told of being forced to" and "warned the Fed not to act"
(a stance news desks count) as statements.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer


def _sources(analyzer: Analyzer, text: str) -> list[tuple[str, str | None]]:
    return [
        (f.category.value, f.source_text)
        for f in analyzer.analyze_text(text, lang="en")
        if f.category.value in ("sourced", "vague_source")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesman for the utility declined to address the FBI's report specifically but"
         " said the company would cooperate.", [("vague_source", "A spokesman")]),
        ("Officials refused to discuss the leaked memo but said it was outdated.",
         [("vague_source", "Officials")]),
        ("The senator met reporters and said the bill was dead.",
         [("sourced", "The senator")]),
        # controls: unchanged shapes
        ("Police spotted the smoke and said it was arson.", [("vague_source", "Police")]),
        ("The company rejected the offer and said talks would go on.",
         [("sourced", "The company")]),
    ],
)  # fmt: skip
def test_a_verb_after_a_conjunction_takes_the_first_verbs_subject(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sources(analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Campus security told her to leave.",
        "Officials told reporters to expect delays.",
        "The mayor told residents not to drink the water.",
        "Officials located her and told her to leave.",
    ],
)
def test_an_order_with_tell_attributes_nothing(analyzer: Analyzer, text: str) -> None:
    assert _sources(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor told residents that the water was safe.", [("sourced", "The mayor")]),
        ("A source told Reuters the deal was done.", [("vague_source", "A source")]),
        ("Officials located her and told reporters she had left.",
         [("vague_source", "Officials")]),
        ("Comic artist Jenn St-Onge told of being forced to re-evaluate her life.",
         [("sourced", "Comic artist Jenn St-Onge")]),
        ("Many liberal Democrats have also warned the Fed not to act this year.",
         [("vague_source", "Many liberal Democrats")]),
    ],
)  # fmt: skip
def test_statements_with_tell_and_warn_stay(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sources(analyzer, text) == expected
