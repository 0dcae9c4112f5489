"""Explanations in the reader's language, pronoun resolution and precise unsourced-claim cues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck_app.analysis import Analyzer
from factcheck_app.analysis.lexicon import load_lexicon
from factcheck_app.explanations import Explanation

KIM = (
    "Kim emphasized that North Korea will support Russia, framing the conflict as aggression "
    "led by the United States. Kim's remarks come in the wake of the U.S. allowing Ukraine "
    "to use long-range missiles, a move he condemned as a direct intervention. He "
    "characterized recent Russian strikes as effective."
)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_builtin_entry_explains_in_both_languages(lang: str) -> None:
    """Each template is a catalogue key with a German translation of its own."""
    for entry in load_lexicon(lang).entries:
        if entry.kind == "terms" and not entry.explain:
            continue
        assert entry.explain.strip(), entry.id
        if entry.kind != "terms":
            found = Explanation.of(entry.explain, "x", "y")
            assert found.render("de") != found.render("en"), entry.id


def test_one_finding_renders_in_either_language_whatever_the_text() -> None:
    text = "According to media reports, the minister allegedly resigned."
    found = Analyzer().analyze_text(text, "en")
    by_cat = {f.category: f.explanation for f in found}
    assert by_cat["hedged"].render("de") == "nur vom Hörensagen: 'allegedly'"
    assert by_cat["hedged"].render("en") == "reported second-hand: 'allegedly'"
    de_text = Analyzer().analyze_text("Berichten zufolge trat er zurück.", "de")
    assert de_text[0].explanation.render("en").startswith("unnamed: ")


def test_unknown_language_falls_back_to_english() -> None:
    found = Analyzer().analyze_text("He reportedly left.", "en")
    assert found[0].explanation.render("fr") == "reported second-hand: 'reportedly'"


def test_plain_string_explanation_in_a_user_file_shows_in_both_languages(tmp_path: Path) -> None:
    entry = {"id": "user.vague.street", "category": "vague_source",
             "phrases": ["word on the street"], "explain": "rumour: '{cue}'"}  # fmt: skip
    path = tmp_path / "mine.en.jsonl"
    path.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    found = Analyzer(extra_lexicons=[path]).analyze_text("Word on the street is that he quit.")
    for lang in ("en", "de"):
        assert found[0].explanation.render(lang) == "rumour: 'Word on the street'"


def test_a_user_files_own_german_travels_with_the_finding(tmp_path: Path) -> None:
    entry = {"id": "user.vague.street", "category": "vague_source",
             "phrases": ["word on the street"],
             "explain": {"en": "rumour: '{cue}'", "de": "Gerücht: '{cue}'"}}  # fmt: skip
    path = tmp_path / "mine.en.jsonl"
    path.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    found = Analyzer(extra_lexicons=[path]).analyze_text("Word on the street is that he quit.")
    stored = Explanation.from_stored(found[0].explanation.key, found[0].explanation.stored_params())
    assert stored.render("en") == "rumour: 'Word on the street'"
    assert stored.render("de") == "Gerücht: 'Word on the street'"


def test_pronoun_resolves_to_the_last_person_not_a_country(analyzer: Analyzer) -> None:
    sourced = [f for f in analyzer.analyze_text(KIM, "en") if f.category == "sourced"]
    assert [f.source_text for f in sourced] == ["Kim", "he (Kim)", "He (Kim)"]


def test_they_resolves_to_an_organisation(analyzer: Analyzer) -> None:
    text = "The World Health Organization said cases were falling. They added that 40 died."
    sourced = [f for f in analyzer.analyze_text(text, "en") if f.category == "sourced"]
    assert sourced[-1].source_text == "They (The World Health Organization)"


def test_denial_by_an_unspecific_group_is_disputed_not_sourced(analyzer: Analyzer) -> None:
    text = (
        "North Korea is believed to have supplied Russia with missiles, despite both "
        "nations denying these claims."
    )
    found = {f.category for f in analyzer.analyze_text(text, "en")}
    assert {"hedged", "disputed"} <= found
    assert "sourced" not in found


def test_unsourced_claim_cue_is_the_whole_name_or_figure(analyzer: Analyzer) -> None:
    def claim(text: str, lang: str = "en") -> str | None:
        found = [f for f in analyzer.analyze_text(text, lang) if f.category == "unsourced_claim"]
        return text[found[0].cue_start : found[0].cue_end] if found else None

    assert claim("The meeting between Kim and Belousov marks a turning point.") == (
        "Kim and Belousov"
    )
    assert claim("North Korea has dispatched troops to the front.") == "North Korea"
    assert claim("The company paid $5 million to settle the case.") == "$5 million"
    assert claim("Bundeskanzler Olaf Scholz traf den Präsidenten in Paris.", "de") == (
        "Bundeskanzler Olaf Scholz"
    )
    # A name alone, or a nationality adjective, is not a checkable fact.
    assert claim("The North Korean leader's rhetoric aligns with a broader narrative.") is None
    assert claim("Critics of Smith and Jones were loud at the meeting in Berlin.") is None
