"""The traps from the design document, each in English and German, on blank pipelines."""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer


def categories(findings: list) -> set[str]:
    return {str(f.category) for f in findings}


HIGHLIGHTS = {"no_evidence", "vague_source", "hedged", "disputed"}


def cats(analyzer: Analyzer, text: str, lang: str) -> set[str]:
    return categories(analyzer.analyze_text(text, lang))


# (lang, text, must contain, must not contain)
CASES = [
    # "May" as a month or a name is not a modal
    ("en", "Theresa May said the deal was done.", {"sourced"}, {"hedged"}),
    ("en", "May said the talks had failed.", {"sourced"}, {"hedged"}),
    ("en", "Sales rose 5% in May.", set(), {"hedged"}),
    ("en", "In May, the company hired 300 people.", set(), {"hedged"}),
    ("en", "The storm may have caused the damage.", {"hedged"}, set()),
    ("de", "Premierministerin Theresa May sagte, der Deal sei fertig.", {"sourced"}, {"hedged"}),
    ("de", "Im Mai stiegen die Preise um 5 Prozent.", set(), {"hedged", "sourced"}),
    # "claims" in insurance is not a reporting verb
    ("en", "Insurance claims rose 12 percent last year.", set(), {"sourced", "vague_source"}),
    ("en", "Claims for unemployment benefits fell to 210,000.", set(), {"sourced", "vague_source"}),
    ("en", "He claims the money was stolen.", {"sourced"}, set()),
    ("de", "Die Versicherungsansprüche stiegen um 12 Prozent.", set(), {"sourced", "vague_source"}),
    ("de", "Er behauptet, das Geld sei gestohlen worden.", {"sourced"}, set()),
    # a named owner makes reports a named source
    (
        "en",
        "The Bundesbank's reports indicate that inflation will rise.",
        {"sourced"},
        {"vague_source"},
    ),
    ("en", "Reports indicate that inflation will rise.", {"vague_source"}, {"sourced"}),
    (
        "de",
        "Die Berichte der Bundesbank zeigen, dass die Inflation steigt.",
        {"sourced"},
        {"vague_source"},
    ),
    ("de", "Berichte zeigen, dass die Inflation steigt.", {"vague_source"}, {"sourced"}),
    # a negated denial is not a dispute
    ("en", "Officials did not deny the report.", set(), {"disputed"}),
    ("en", "Officials denied the report.", {"disputed"}, set()),
    ("de", "Beamte bestritten den Bericht nicht.", set(), {"disputed"}),
    ("de", "Die Regierung dementierte den Bericht.", {"disputed"}, set()),
    # "allegedly" inside a quote by a named speaker: sourced and hedged
    ("en", "“He allegedly took the money,” Smith said.", {"sourced", "hedged"}, set()),
    ("de", "„Er hat das Geld angeblich genommen“, sagte Scholz.", {"sourced", "hedged"}, set()),
    # German "soll": obligation vs reportative "soll ... haben"
    ("de", "Das Gesetz soll im Mai in Kraft treten.", set(), {"hedged"}),
    ("de", "Du sollst nicht töten.", set(), {"hedged"}),
    ("de", "Er soll das Geld genommen haben.", {"hedged"}, set()),
    ("de", "Der Minister, der das Geld genommen haben soll, trat zurück.", {"hedged"}, set()),
    ("en", "He is said to have taken the money.", {"hedged"}, set()),
    ("en", "You shall not kill.", set(), {"hedged"}),
    # "laut Berichten" vs "laut Bundesamt für Statistik"
    ("de", "Laut Berichten starben 40 Menschen.", {"vague_source"}, {"sourced"}),
    ("de", "Laut Bundesamt für Statistik stiegen die Preise.", {"sourced"}, {"vague_source"}),
    ("en", "According to reports, 40 people died.", {"vague_source"}, {"sourced"}),
    (
        "en",
        "According to the Federal Statistical Office, prices rose.",
        {"sourced"},
        {"vague_source"},
    ),
    # confirmed by a named organisation
    ("en", "The attack was confirmed by the Pentagon.", {"sourced"}, {"vague_source"}),
    ("en", "The attack was confirmed by officials.", {"vague_source"}, set()),
    ("de", "Der Angriff wurde vom Pentagon bestätigt.", {"sourced"}, {"vague_source"}),
    # titles and offices
    (
        "en",
        "Foreign Minister Choe Son Hui said the ties were strong.",
        {"sourced"},
        {"vague_source"},
    ),
    (
        "en",
        "US Secretary of State Antony Blinken said the troops were in Kursk.",
        {"sourced"},
        set(),
    ),
    ("de", "Bundeskanzler Scholz sagte, die Lage sei ernst.", {"sourced"}, {"vague_source"}),
    # vague sources
    ("en", "Sources said the minister would resign.", {"vague_source"}, {"sourced"}),
    ("en", "South Korean officials revealed that the talks had failed.", {"vague_source"}, set()),
    ("en", "The test was described as a success.", {"vague_source"}, set()),
    (
        "de",
        "Aus Regierungskreisen hieß es, der Minister werde zurücktreten.",
        {"vague_source"},
        set(),
    ),
    ("de", "Kritiker meinen, das Gesetz sei verfassungswidrig.", {"vague_source"}, set()),
    # evidence
    ("en", "She provided no evidence for the claim.", {"no_evidence"}, set()),
    ("en", "The figures could not be independently verified.", {"no_evidence"}, set()),
    ("de", "Er legte keine Beweise vor.", {"no_evidence"}, set()),
    ("de", "Belege für diese Behauptung legte er nicht vor.", {"no_evidence"}, set()),
    ("de", "Die Belege liegen vor. Er legte sie nicht vor.", set(), {"no_evidence"}),
    ("de", "Die Angaben ließen sich nicht unabhängig überprüfen.", {"no_evidence"}, set()),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES)
def test_trap(
    analyzer: Analyzer, lang: str, text: str, present: set[str], absent: set[str]
) -> None:
    found = cats(analyzer, text, lang)
    assert present <= found, (text, found)
    assert not (absent & found), (text, found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Angela Merkel arrived in Paris on Monday. She said the talks had failed.", "en"),
        (
            "Kanzlerin Angela Merkel kam nach Paris. Sie sagte, die Gespräche seien gescheitert.",
            "de",
        ),
    ],
)
def test_pronoun_resolves_to_recent_named_person(analyzer: Analyzer, text: str, lang: str) -> None:
    sourced = [f for f in analyzer.analyze_text(text, lang) if f.category == "sourced"]
    assert sourced
    assert sourced[-1].source_text is not None
    assert "Merkel" in sourced[-1].source_text


def test_unsourced_claim_needs_a_checkable_fact(analyzer: Analyzer) -> None:
    # Dates, months and years alone are no claims; number words are (issue 11, point 9).
    assert "unsourced_claim" not in cats(
        analyzer, "The two nations signed a treaty in June 2024.", "en"
    )
    assert "unsourced_claim" in cats(analyzer, "Twelve people died in the fire on Monday.", "en")
    assert "unsourced_claim" not in cats(
        analyzer, "It was a long and tiring day for everyone.", "en"
    )
    assert "unsourced_claim" in cats(analyzer, "Die Preise stiegen 2023 um 5 Prozent.", "de")


def test_several_findings_on_one_sentence(analyzer: Analyzer) -> None:
    # The named speaker's own speculation ("potentially") stays sourced (issue 11, point 4)
    text = "Choe warned of a potentially explosive situation, although she provided no evidence."
    found = cats(analyzer, text, "en")
    assert {"sourced", "no_evidence"} <= found
    assert "hedged" not in found
    text = "Choe warned that troops had allegedly crossed, although she provided no evidence."
    assert {"sourced", "hedged", "no_evidence"} <= cats(analyzer, text, "en")


def test_a_determiner_makes_a_verb_of_saying_a_noun(analyzer: Analyzer) -> None:
    # "Neither claim" is a thing, not "Neither" claiming: no speaker named "Neither".
    found = cats(analyzer, "Neither claim could be independently confirmed.", "en")
    assert "sourced" not in found and "no_evidence" in found
    assert "sourced" not in cats(analyzer, "Every report was read twice.", "en")
    assert "sourced" in cats(analyzer, "Smith said every report was read twice.", "en")


def test_could_before_a_passive_of_checking_is_ability_not_a_hedge(analyzer: Analyzer) -> None:
    # Whether a claim can be checked is no speculation about the claim.
    assert cats(analyzer, "No claim could be confirmed.", "en") == {"no_evidence"}
    assert "hedged" not in cats(analyzer, "The figures can be independently verified.", "en")
    assert "hedged" in cats(analyzer, "Prices could rise next year.", "en")
    assert "hedged" in cats(analyzer, "The deal could be signed next week.", "en")
