"""Issue 11, second pass on German speech, denials, evidence and per-clause claims.

Each case is a made-up sentence standing for a *construction* (German case and agreement,
clause shape), not a sentence of the dev data; ``present`` must be found, ``absent`` not.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer

CASES = [
    # German speech: indefinite and negative pronouns name nobody
    ("de", "Niemand hat behauptet, dass die Reform leicht wird.", {"vague_source"}, {"sourced"}),
    ("de", "Keiner hat gesagt, dass es billig wird.", {"vague_source"}, {"sourced"}),
    # a definite plural (the verb agrees in the plural) is an unnamed group ...
    ("de", "Die Kollegen haben es schon gesagt: Das geht nicht.", {"vague_source"}, set()),
    ("de", "Die Russen sagen, die Raketen seien defensiv.", {"vague_source"}, set()),
    # ... a feminine singular with the same article is a named institution
    ("de", "Die Kommission sagt, das Verfahren werde ausgesetzt.", {"sourced"}, {"vague_source"}),
    # "noch" alone does not negate a denial; "weder ... noch" does
    (
        "de",
        "Der Minister hatte noch bestritten, dass Nachrüstungen machbar sind.",
        {"disputed"},
        set(),
    ),
    (
        "de",
        "Die Regierung hat die Berichte weder bestätigt noch dementiert.",
        set(),
        {"disputed"},
    ),
    # per-clause claims: an institution's official act is public record
    (
        "en",
        "On Thursday, the European Court of Justice ruled in favour of the plaintiff.",
        set(),
        {"unsourced_claim"},
    ),
    # a German passive event has no actor of its own
    (
        "de",
        "Seit der Reform wird der Bürgermeister vom Volk direkt gewählt.",
        set(),
        {"unsourced_claim"},
    ),
    # ages, number words inside compound adjectives, first-person speech: no claims
    (
        "en",
        "Emily Stone, 39, lives in a small flat near the old station.",
        set(),
        {"unsourced_claim"},
    ),
    (
        "en",
        "The authors proposed that two-legged running induced wing flapping in birds.",
        set(),
        {"unsourced_claim"},
    ),
    (
        "en",
        "Today, I am leaving the race to defeat Donald Trump in November.",
        set(),
        {"unsourced_claim"},
    ),
    ("de", "Viele Bürger sind das 18. Lebensjahr noch nicht alt.", set(), {"unsourced_claim"}),
    # a figure stated by the writer stays a claim
    ("en", "Twelve people died when the bridge collapsed on Monday.", {"unsourced_claim"}, set()),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES)
def test_construction(analyzer: Analyzer, lang: str, text: str, present: set, absent: set) -> None:
    found = {str(f.category) for f in analyzer.analyze_text(text, lang)}
    assert present <= found, (text, found)
    assert not (absent & found), (text, found)


def test_a_dative_pronoun_is_never_the_speaker(analyzer: Analyzer) -> None:
    findings = analyzer.analyze_text(
        "Mir hat jemand am Wochenende geschrieben, Beleidigungen müssten möglich sein.", "de"
    )
    assert not any("Mir" in str(f.explanation) for f in findings)
