"""Sources judged in context: sentence-initial capitals, offices, spokespeople, estimates.

A capital at the start of a sentence (or in a headline) is no evidence of a name; the
rest of the text is. A bare office ("Minister warns") does not say whose office it is;
an organisation's spokesperson ("ein Bahnsprecher") speaks for a named organisation.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer
from factcheck_app.models import Category


def _found(analyzer: Analyzer, text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    return {
        f.category.value: (f.source_text, str(f.explanation))
        for f in analyzer.analyze_text(text, lang=lang)
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Supply worries in the Gulf"),
        ("en", "Prices fears grow in Europe"),
        ("en", "Supply worries grow as tankers divert around the Cape."),
        ("de", "Sorge um Versorgung"),
        ("de", "Sorge um Versorgung wächst"),
    ],
)
def test_headline_nouns_are_not_named_sources(analyzer: Analyzer, lang: str, text: str) -> None:
    assert "sourced" not in _found(analyzer, text, lang)


def test_a_word_written_in_lower_case_elsewhere_is_no_name(analyzer: Analyzer) -> None:
    text = "Supply warns of a crisis.\n\nThe supply of oil fell in May, traders said."
    sources = [f.source_text for f in analyzer.analyze_text(text, lang="en")]
    assert "Supply" not in sources


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name the article writes capitalised mid-sentence elsewhere.
        ("Lavrov echoes the call.\n\nThe envoy met Lavrov in Moscow on Tuesday.", "Lavrov"),
        ("Kim says the ties are strong.\n\nTalks with Kim lasted two hours.", "Kim"),
        # An isolated sentence: a past-tense report after a singular capitalised word.
        ("Kim emphasized that the alliance would hold.", "Kim"),
        ("Lavrov echoed her sentiments.", "Lavrov"),
    ],
)
def test_names_at_the_start_stay_sourced(analyzer: Analyzer, text: str, name: str) -> None:
    found = [f for f in analyzer.analyze_text(text, lang="en") if f.category is Category.SOURCED]
    assert [f.source_text for f in found] == [name]


def test_shared_articles_keep_their_speakers(analyzer: Analyzer, shared_dir) -> None:
    for name, speaker in (
        ("nordkorea-kim-belousov.md", "Kim"),
        ("nordkorea-choe-lavrov.md", "Lavrov"),
    ):
        text = (shared_dir / "samples" / name).read_text(encoding="utf-8")
        sources = {f.source_text for f in analyzer.analyze_text(text)}
        assert speaker in sources, name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Experten warnen vor einem Engpass."),
        ("de", "Kritiker meinen, das Gesetz sei verfassungswidrig."),
        ("de", "Ermittler sagten, der Täter sei geflohen."),  # plural verb: a group
        ("en", "Investors fear that the rally will end."),
    ],
)
def test_bare_groups_at_the_start_are_vague(analyzer: Analyzer, lang: str, text: str) -> None:
    found = _found(analyzer, text, lang)
    assert "vague_source" in found
    assert "sourced" not in found


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("de", "Die Modernisierung kostet nach Schätzungen mehr als 30 Milliarden Euro.", None),
        ("de", "Schätzungen zufolge kostet der Umbau 30 Milliarden Euro.", None),
        ("de", "Expertenschätzungen zufolge kostet der Umbau 30 Milliarden Euro.", None),
        ("en", "According to estimates, the project costs more than 30 billion euros.", None),
        ("en", "Estimates suggest the project costs more than 30 billion euros.", None),
        ("en", "By some estimates, the project costs more than 30 billion euros.", None),
    ],
)
def test_unnamed_estimates_are_vague(
    analyzer: Analyzer, lang: str, text: str, source: str | None
) -> None:
    found = _found(analyzer, text, lang)
    assert "vague_source" in found
    assert "sourced" not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "According to estimates by the IMF, growth will slow to 2 percent."),
        ("de", "Schätzungen des Ifo-Instituts zufolge schrumpft die Wirtschaft um 2 Prozent."),
    ],
)
def test_named_estimates_stay_sourced(analyzer: Analyzer, lang: str, text: str) -> None:
    found = _found(analyzer, text, lang)
    assert "sourced" in found
    assert "vague_source" not in found


def test_estimate_explanations_in_both_ui_languages() -> None:
    text = "Schätzungen zufolge kostet der Umbau 30 Milliarden Euro."
    found = Analyzer().analyze_text(text, lang="de")
    vague = [f for f in found if f.category is Category.VAGUE_SOURCE]
    for ui, word in (("en", "estimate"), ("de", "Schätzung")):
        assert vague and word in vague[0].explanation.render(ui)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Minister warns of shortages"),
        ("en", "Foreign Minister warns of shortages"),
        ("en", "A minister warned of shortages."),
        ("de", "Minister warnt vor Engpässen"),
    ],
)
def test_generic_offices_are_vague(analyzer: Analyzer, lang: str, text: str) -> None:
    found = _found(analyzer, text, lang)
    assert "sourced" not in found
    assert "vague_source" in found
    assert "without naming" in found["vague_source"][1] or "unnamed" in found["vague_source"][1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany's finance minister warned of shortages."),
        ("en", "The Health Ministry said 30 people had died."),
        ("en", "The minister said the figures lacked context."),
        ("de", "Der Bundesinnenminister warnte vor Engpässen."),
        ("de", "Der Minister sagte, die Lage sei ernst."),
    ],
)
def test_specific_offices_are_sourced(analyzer: Analyzer, lang: str, text: str) -> None:
    found = _found(analyzer, text, lang)
    assert "vague_source" not in found
    assert "without naming" not in found["sourced"][1]  # the explanation agrees


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("de", "Ein Bahnsprecher sagte, die Störung sei behoben.", "Ein Bahnsprecher"),
        ("de", "Ein Sprecher der Bundespolizei bestritt das.", "Ein Sprecher der Bundespolizei"),
        ("en", "A company spokesman said the plant would close.", "A company spokesman"),
        ("en", "A government spokesman said the plant would close.", "A government spokesman"),
        ("en", "A Pentagon spokesperson said the plant would close.", "A Pentagon spokesperson"),
    ],
)
def test_organisation_spokespeople_are_sourced(
    analyzer: Analyzer, lang: str, text: str, source: str
) -> None:
    found = _found(analyzer, text, lang)
    assert found["sourced"][0] == source
    assert "vague_source" not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A spokesman said the plant would close."),
        ("de", "Ein Sprecher sagte, die Störung sei behoben."),
        ("de", "Ein Fürsprecher sagte, die Störung sei behoben."),
    ],
)
def test_spokespeople_without_organisation_stay_vague(
    analyzer: Analyzer, lang: str, text: str
) -> None:
    found = _found(analyzer, text, lang)
    assert "vague_source" in found
    assert "sourced" not in found


@pytest.mark.parametrize(
    ("text", "category", "source"),
    [
        ("Traders in London said spot prices rose 14 percent.", "vague_source", "Traders"),
        ("Officials in Kyiv said the talks had stalled.", "vague_source", "Officials"),
        (
            "Deputy Trade Minister Kim Min-jae (김민재) said in Seoul that talks would resume.",
            "sourced",
            "Deputy Trade Minister Kim Min-jae",
        ),
        (
            "A fire broke out in the engine room, the ship's manager said.",
            "sourced",
            "the ship's manager",
        ),
    ],
)
def test_speaker_phrase_boundaries(
    analyzer: Analyzer, text: str, category: str, source: str
) -> None:
    found = _found(analyzer, text, "en")
    assert found[category][0] == source
