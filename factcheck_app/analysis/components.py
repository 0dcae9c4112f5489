"""spaCy pipeline components, registered as factories so pipelines can be built from config.

``factcheck_cues`` runs the lexicon's PhraseMatchers and Matcher once over the whole Doc
(compiled once per pipeline, all matching in Cython) and stores the hits on
``doc._.fc_cues``. ``factcheck_attribution`` turns those hits into findings per sentence
(rules.SentenceRules) and stores them on ``doc._.fc_findings``. Both work on
``spacy.blank(lang)`` plus a sentencizer; a trained pipeline only adds information.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from factcheck_app.analysis.lexicon import Lexicon, load_lexicon
from factcheck_app.analysis.rules import SentenceRules, SpeakerState

for _name in ("fc_cues", "fc_findings", "fc_state"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class CueMatcher:
    """Finds every lexicon match in a Doc: ``doc._.fc_cues = [(start, end, entry_id), ...]``."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon):
        self.name = name
        self.lexicon = lexicon
        self.phrase_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrase_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher = Matcher(nlp.vocab)
        for entry in lexicon.entries:
            if entry.kind == "phrase":
                target = self.phrase_orth if entry.case_sensitive else self.phrase_lower
                docs = [
                    nlp.make_doc(p if entry.case_sensitive else p.lower()) for p in entry.phrases
                ]
                target.add(entry.id, docs)
            elif entry.kind == "pattern":
                patterns = [q for p in entry.patterns for q in expand_first_token(p)]
                self.matcher.add(entry.id, patterns)

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        hits: set[tuple[int, int, str]] = set()
        for matcher in (self.phrase_lower, self.phrase_orth, self.matcher):
            for match_id, start, end in matcher(doc):
                hits.add((start, end, strings[match_id]))
        doc._.fc_cues = sorted(hits)
        return doc


def expand_first_token(pattern: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split ``{"LOWER": {"IN": [...]}}`` on a pattern's first token into exact-value patterns.

    The Matcher evaluates set/regex predicates of a pattern's first token on *every* token
    of the Doc, in Python; exact ORTH/LOWER values are compared in C. Expanding the first
    token keeps matching results identical and makes the cue matcher several times faster.
    """
    first, rest = dict(pattern[0]), [dict(t) for t in pattern[1:]]
    if "OP" in first:
        return [[first, *rest]]
    for attr in ("LOWER", "ORTH"):
        value = first.get(attr)
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [[{**first, attr: word}, *rest] for word in value["IN"]]
    return [[first, *rest]]


class AttributionRules:
    """Applies the sentence rules; ``doc._.fc_state`` (if set) overrides the shared state."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon):
        self.name = name
        self.rules = SentenceRules(lexicon)
        #: Shared across Docs of one article so "she said" finds a speaker named earlier;
        #: the Analyzer resets it per text/article.
        self.state = SpeakerState()

    def reset(self) -> None:
        self.state = SpeakerState()

    def __call__(self, doc: Doc) -> Doc:
        state = doc._.fc_state or self.state
        doc._.fc_findings = self.rules.run(doc, doc._.fc_cues or (), state)
        return doc


@Language.factory(
    "factcheck_cues",
    default_config={"lang": None, "extra_lexicons": []},
)
def make_cue_matcher(
    nlp: Language, name: str, lang: str | None, extra_lexicons: Sequence[str]
) -> CueMatcher:
    """Factory for ``factcheck_cues``; ``lang`` defaults to the pipeline's language."""
    return CueMatcher(nlp, name, load_lexicon(lang or nlp.lang, tuple(map(str, extra_lexicons))))


@Language.factory(
    "factcheck_attribution",
    default_config={"lang": None, "extra_lexicons": []},
)
def make_attribution(
    nlp: Language, name: str, lang: str | None, extra_lexicons: Sequence[str]
) -> AttributionRules:
    """Factory for ``factcheck_attribution``; must run after ``factcheck_cues``."""
    return AttributionRules(
        nlp, name, load_lexicon(lang or nlp.lang, tuple(map(str, extra_lexicons)))
    )
