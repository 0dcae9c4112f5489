"""Issue 11, German speech attributions: German verb-second order allows one phrase
before the finite verb, so a fronted adverbial or object leaves the subject after the verb;
a relative clause before the verb describes its head, which is the subject.

Each case is a made-up sentence standing for a construction from parliamentary speeches
and news copy; the expected source is the one a reader names (``None``: no finding of the
category). Controls keep subjects that open the clause.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer

CASES = [
    # a pronoun that can only be a subject, right after the finite verb
    (
        "Außer der Opposition hat niemand darauf hingewiesen, dass es teuer wird.",
        "vague_source",
        "niemand",
    ),
    ("An diesem Beispiel kann man sehen, wie teuer es wird.", "vague_source", "man"),
    # control: the clause's first phrase is the subject
    (
        "Die Opposition hat darauf hingewiesen, dass es teuer wird.",
        "sourced",
        "Die Opposition",
    ),
    # a fronted prepositional phrase, after a measure if any, is no speaker
    (
        "In einem Brief an die Regierung beschwert sich ein Abgeordneter, dass die Regeln "
        "zu streng sind.",
        "vague_source",
        "ein Abgeordneter",
    ),
    ("Drei Tage vor dem Treffen sagte der Landrat, die Lage sei ernst.", "sourced", "der Landrat"),
    ("Kurz nach der Wahl sagte die Kanzlerin, die Lage sei ernst.", "sourced", "die Kanzlerin"),
    # a place after a definite phrase opening the clause is part of the subject, no speaker
    (
        "Die Ministerin aus Bayern sagte, die Lage sei ernst.",
        "sourced",
        "Die Ministerin aus Bayern",
    ),
    ("Im Landtag in Bayern sagte die Ministerin, die Lage sei ernst.", "sourced", "die Ministerin"),
    # controls: a phrase with its own preposition inside the subject, a name with "von"
    ("Der Chef von Siemens sagte, die Lage sei ernst.", "sourced", "Chef von Siemens"),
    # a relative clause between commas before the verb: its head speaks
    (
        "Viele Verbände, mit denen wir im Austausch stehen, kritisieren die hohen Hürden.",
        "vague_source",
        "Viele Verbände",
    ),
    ("Die Firma, die das Werk betreibt, erklärte, die Lage sei ernst.", "sourced", "Die Firma"),
    # control: reported words before an inverted subject ("..., sagte der Minister, ...")
    ("Das Abkommen, das er unterschrieb, sagte der Landrat, sei gut.", "sourced", "der Landrat"),
    # ... also when the verb's auxiliary stands before the relative clause
    (
        "Uns hat jemand im Zuge der Debatte, die sich da aufgebaut hat, geschrieben, das "
        "sei falsch.",
        "vague_source",
        "jemand",
    ),
    # a year before the verb is no speaker
    ("Bereits 2003 hat der VDI empfohlen, die Werte zu senken.", "sourced", "der VDI"),
    ("Schon 2015 warnte die WHO, die Werte seien zu hoch.", "sourced", "die WHO"),
    # the subject between a verb of knowing or finding and its content
    (
        "Aus der letzten Wahlperiode wissen die Kollegen, dass ich das oft erwähne.",
        "vague_source",
        "die Kollegen",
    ),
    ("Das wissen wir alle, dass es so ist.", "vague_source", None),
    ("Manche stellen erst später fest, dass sie unzufrieden sind.", "vague_source", "Manche"),
    ("Die WHO geht schon seit 2015 davon aus, dass Schäden drohen.", "sourced", "Die WHO"),
    # control: "feststellen" with no content is establishing a fact, no statement
    ("Die Polizei stellte die Personalien der Männer fest.", "sourced", None),
    # a threat is a statement; something that looms is not
    ("Die Gewerkschaft droht mit einem Streik.", "sourced", "Die Gewerkschaft"),
    ("Ein Streik droht.", "sourced", None),
    ("Die Regeln drohen den Betrieb lahmzulegen.", "sourced", None),
    # a sentence adverb of regret is no name
    ("Leider glaubt uns bald keiner mehr.", "sourced", None),
]


@pytest.mark.parametrize(("text", "category", "source"), CASES)
def test_german_verb_second_subjects(
    analyzer: Analyzer, text: str, category: str, source: str | None
) -> None:
    findings = [f for f in analyzer.analyze_text(text, "de") if f.category == category]
    if source is None:
        assert not findings, (text, findings)
    else:
        assert [f.source_text for f in findings] == [source], (text, findings)
