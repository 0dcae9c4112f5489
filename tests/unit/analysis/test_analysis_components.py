"""The spaCy factories work on plain blank pipelines, as any spaCy user would build them."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

import factcheck_app.analysis.components as components
from factcheck_app.analysis.lexicon import load_lexicon
from factcheck_app.analysis.rules import SentenceRules, SpeakerState


def test_factories_are_registered_under_factcheck_names() -> None:
    assert callable(components.make_cue_matcher)
    for name in ("factcheck_cues", "factcheck_attribution"):
        assert (
            spacy.registry.factories.get(f"{name}") is not None or name in spacy.Language.factories
        )


def test_blank_pipeline_with_sentencizer_and_cues() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_cues")
    nlp.add_pipe("factcheck_attribution")
    doc = nlp("He reportedly left. Officials said 40 people died.")
    hit_ids = {entry for _s, _e, entry in doc._.fc_cues}
    assert "en.hedge.reportative_adverb" in hit_ids
    assert "en.report.speech" in hit_ids
    cats = {f.category for f in doc._.fc_findings}
    assert {"hedged", "vague_source"} <= cats


def test_german_blank_pipeline_uses_german_lexicon() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_cues")
    nlp.add_pipe("factcheck_attribution")
    doc = nlp("Er soll das Geld genommen haben.")
    assert [f.category for f in doc._.fc_findings] == ["hedged"]


def test_pipeline_config_round_trips() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_cues", config={"lang": "en", "extra_lexicons": []})
    again = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    assert "factcheck_cues" in again.pipe_names


def test_rules_on_a_hand_built_doc_without_parse() -> None:
    nlp = spacy.blank("en")
    words = ["Sources", "said", "the", "plan", "failed", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True, False, False, False, False, False])
    cues = [(1, 2, "en.report.speech")]
    findings = SentenceRules(load_lexicon("en")).run(doc, cues, SpeakerState())
    assert [f.category for f in findings] == ["vague_source"]
    assert findings[0].source_text == "Sources"
