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
    # 5. attitude nouns with a clause: whose fear is not said
    ("de", "Es gibt die Befürchtung, dass die Preise weiter steigen.", {"hedged"}, set()),
    ("en", "Concerns that inflation will rise have hit markets.", {"hedged"}, set()),
    ("de", "Es gibt keinen Zweifel, dass die Preise steigen.", set(), {"hedged"}),
    # 5. reportative "sollen" without a ge-participle; Konjunktiv I after a fronted adverb
    ("de", "Bei dem Mann soll es sich um einen Händler aus der Stadt handeln.", {"hedged"}, set()),
    ("de", "Sie soll den Fluss einmal durchschwommen haben.", {"hedged"}, set()),
    (
        "de",
        "Der Sender zeigte Zahlen, die belegen sollen, dass alles korrekt war.",
        {"hedged"},
        set(),
    ),
    ("de", "Die Schüler sollen ihre Hausaufgaben machen, damit sie lernen.", set(), {"hedged"}),
    ("de", "Nun sei es ihr eine große Ehre, hier mitzuwirken.", {"vague_source"}, set()),
    ("de", "Die Gäste kamen, sei es aus Neugier oder aus Pflicht.", set(), {"vague_source"}),
    # a name after a dative article is not the speaker of the Konjunktiv
    (
        "de",
        "Einem Finanzminister seien diese Statistiken sicher bekannt.",
        {"vague_source"},
        {"sourced"},
    ),
    # 6. "als haltlos zurückgewiesen" is a dispute, not missing evidence
    ("de", "Der Konzern wies die Vorwürfe als haltlos zurück.", {"disputed"}, {"no_evidence"}),
    # 7. evidence word first, negation at the end of the clause
    ("de", "Überprüfen ließen sich die Angaben zunächst nicht.", {"no_evidence"}, set()),
    ("de", "Eine unabhängige Bestätigung gab es nicht.", {"no_evidence"}, set()),
    ("de", "Belege dafür nannte die Partei nicht.", {"no_evidence"}, set()),
    ("en", "Evidence for the claim has not been presented.", {"no_evidence"}, set()),
    ("en", "Verification of the footage was not possible.", {"no_evidence"}, {"hedged"}),
    ("de", "Belege gibt es nicht nur für den Anstieg der Preise.", set(), {"no_evidence"}),
    # a named speaker's quoted "no evidence" is their argument; the writer's stays flagged
    (
        "en",
        'Minister Anna Berg posted a message, saying there was "no evidence of sabotage."',
        {"sourced"},
        {"no_evidence"},
    ),
    ("en", "Trump provided no evidence for the claim.", {"no_evidence"}, set()),
    # 9. faceless estimates or reports vouch for no figure; people and reported speech do
    (
        "de",
        "Die Modernisierung kostet nach Schätzungen mehr als 30 Milliarden Euro.",
        {"vague_source", "unsourced_claim"},
        set(),
    ),
    (
        "en",
        "People familiar with the matter said 300 jobs would go.",
        {"vague_source"},
        {"unsourced_claim"},
    ),
    (
        "de",
        "Von einst rund 2.000 Asylwerbern sei man nun auf 200 gekommen.",
        {"vague_source"},
        {"unsourced_claim"},
    ),
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


def test_a_headline_span_ends_at_its_line(analyzer: Analyzer) -> None:
    """A line break ends the headline's sentence and is not part of its highlight."""
    text = "Insider: Deal steht kurz vor dem Abschluss\nThe airline will cut 2,000 jobs, it said."
    findings = analyzer.analyze_text(text)
    head = [f for f in findings if f.start == 0]
    assert head and all(text[f.start : f.end] == text.split("\n")[0] for f in head)
    assert {f.lang for f in head} == {"de"}


def test_an_indefinite_pronoun_is_explained_as_nobody_named(analyzer: Analyzer) -> None:
    findings = analyzer.analyze_text("Niemand hat behauptet, dass die Reform leicht wird.", "de")
    vague = [f for f in findings if f.category == "vague_source"]
    assert vague and "indefinite pronoun" in str(vague[0].explanation)
    assert "plural group" not in str(vague[0].explanation)
