"""Invariants the speed work relies on: caches and shared per-word objects must never make
results depend on what was analysed before, on how a text is split into blocks, or on the
explanation language. (No timings here: those are in bench/bench_analysis.py.)"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from factcheck_app.analysis import Analyzer
from factcheck_app.analysis.analyzer import paragraphs
from factcheck_app.analysis.view import LexCache
from factcheck_app.models import Block, BlockKind, ParsedArticle

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
DEVSET = Path(__file__).resolve().parent / "devset"

#: Category counts of analyze_text on the shared dev samples (findings fixed by this file:
#: a rule change that alters them must update these numbers and bump DETECTOR_VERSION).
EXPECTED = {
    "nordkorea-choe-lavrov.md": {
        "hedged": 1,  # "Choe also warned of a potentially ...": her speculation (issue 11)
        "no_evidence": 1,
        "sourced": 12,
        # "reports suggesting that North Korea has dispatched 10,000 troops": faceless
        # reports leave the figure unsourced (and "suggesting" is their verb, no hedge)
        "unsourced_claim": 2,
        "vague_source": 3,
    },
    "nordkorea-kim-belousov.md": {
        "disputed": 1,
        "hedged": 4,
        "sourced": 6,
        "unsourced_claim": 4,
        "vague_source": 4,
    },
}


def _sample_text() -> str:
    return "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*")) if p.suffix != ".html"
    )


def test_same_text_twice_gives_identical_findings(analyzer: Analyzer) -> None:
    text = _sample_text()
    first = analyzer.analyze_text(text)
    analyzer.analyze_text("He said so. Officials said it may rain.", "en")  # fills caches
    assert analyzer.analyze_text(text) == first
    assert first


def test_blocks_give_the_same_findings_as_the_whole_text(analyzer: Analyzer) -> None:
    text = _sample_text()
    blocks = tuple(Block(BlockKind.PARAGRAPH, s, e, "") for s, e in paragraphs(text))
    article = ParsedArticle(title="samples", text=text, blocks=blocks)
    assert analyzer.analyze_article(article) == analyzer.analyze_text(text)


def test_findings_carry_keys_that_render_in_both_languages(analyzer: Analyzer) -> None:
    """Analysis writes no sentence: every finding renders in English and in German later."""
    found = analyzer.analyze_text(_sample_text())
    english = [f.explanation.render("en") for f in found]
    german = [f.explanation.render("de") for f in found]
    assert all(english) and all(german)
    assert sum(e != g for e, g in zip(english, german, strict=True)) > len(found) // 2


def test_view_texts_and_offsets_match_spacy_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp('  Officials said:  "It may," he added.\n\nNext  para. 5 %  rise!  ')
    view = LexCache().view(doc)
    for start in range(len(doc)):
        assert view.idx[start] == doc[start].idx
        assert view.toks[start].lower_ == doc[start].lower_
        for end in range(start + 1, len(doc) + 1):
            assert view.text(start, end) == doc[start:end].text
            assert view.end_char(end) == doc[end - 1].idx + len(doc[end - 1].text)
    # spaCy's sentences, plus a break after every line break (a headline ends there).
    starts = sorted(
        {s.start for s in doc.sents}
        | {t.i + 1 for t in doc[:-1] if "\n" in t.text and not t.text.strip()}
    )
    assert view.bounds == list(zip(starts, [*starts[1:], len(doc)], strict=True))
    assert len(view.bounds) > len(list(doc.sents))


def test_blank_pipeline_sets_the_sentences_spacys_sentencizer_would(analyzer: Analyzer) -> None:
    """The blank pipeline has no sentencizer: the cue matcher sets sentence starts by its
    rule (cheaper). Same boundaries on real text and on punctuation corner cases."""
    texts = [
        _sample_text(),
        'He said "No!" and left... Then?! (Really.) "Yes." 5.5 % rose. U.S. officials said.',
        "Ende.  Neuer Satz!!! ?? Noch einer … und „Zitat.“ Schluss",
        ".",
        "",
    ]
    for lang in ("en", "de"):
        nlp = analyzer.pipeline(lang)
        reference = spacy.blank(lang)
        reference.add_pipe("sentencizer")
        for text in texts:
            ours = [(s.start, s.end) for s in nlp(text).sents] if text else []
            theirs = [(s.start, s.end) for s in reference(text).sents]
            assert ours == theirs


def test_anchor_prefilter_skips_only_windows_without_a_match(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cue matcher finds one-word anchors by a set lookup and spares Matcher calls
    where a word every pattern needs is missing; the cues must equal those found by the
    anchors' PhraseMatcher and a Matcher call at every anchor."""
    from factcheck_app.analysis import components

    texts = [_sample_text(), *(p.read_text(encoding="utf-8") for p in DEVSET.glob("*.jsonl"))]
    docs = {
        lang: [analyzer.pipeline(lang).make_doc(text) for text in texts] for lang in ("en", "de")
    }
    found = {
        lang: [analyzer.pipeline(lang).get_pipe("factcheck_cues")(d)._.fc_cues for d in ds]
        for lang, ds in docs.items()
    }
    assert any(found["de"]) and any(found["en"])
    monkeypatch.setattr(components, "_may_match", lambda *_args: True)
    for lang, ds in docs.items():
        cues = analyzer.pipeline(lang).get_pipe("factcheck_cues")
        assert cues.one_token_anchors
        monkeypatch.setattr(cues, "one_token_anchors", False)
        assert [cues(d)._.fc_cues for d in ds] == found[lang]


def test_view_of_a_hand_built_doc_without_sentence_starts() -> None:
    doc = Doc(spacy.blank("de").vocab, words=["Laut", "Amt", "stiegen", "Preise", "."])
    view = LexCache().view(doc)
    assert view.bounds == [(0, 5)]
    assert view.text(0, 2) == "Laut Amt"


def test_shared_sample_category_counts(analyzer: Analyzer, shared_dir: Path) -> None:
    for name, expected in EXPECTED.items():
        text = (shared_dir / "samples" / name).read_text(encoding="utf-8")
        counts = collections.Counter(str(f.category) for f in analyzer.analyze_text(text))
        assert dict(counts) == expected, name


def test_mid_caps_match_the_look_behind_definition() -> None:
    """``TextWords.mid_caps`` consumes the character before a run instead of looking
    behind at every position; the words must be those of the look-behind definition."""
    import random
    import re

    from factcheck_app.analysis.textwords import _LETTER, TextWords

    word = rf"[A-ZÄÖÜÀ-Þ]{_LETTER}*[-'’]?{_LETTER}*"
    reference = re.compile(rf"(?<=[a-zäöüßà-ÿ0-9,;:] ){word}(?: {word})*")

    def expected(text: str) -> frozenset[str]:
        return frozenset(w for m in reference.finditer(text) for w in m.group().lower().split())

    rng = random.Random(2)
    texts = [_sample_text(), "talks with Sergei Lavrov, Kim Jong Un and 5 Jean-Pierre O'Neil"]
    texts += ["".join(rng.choice("aZ Äö5,;: -'’ßÀé.\n_xB") for _ in range(30)) for _ in range(3000)]
    for text in texts:
        assert TextWords(text).mid_caps == expected(text)
