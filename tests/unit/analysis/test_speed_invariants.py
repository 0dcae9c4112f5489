"""Invariants the speed work relies on: caches and shared per-word objects must never make
results depend on what was analysed before, on how a text is split into blocks, or on the
explanation language. (No timings here: those are in bench/bench_analysis.py.)"""

from __future__ import annotations

import collections
import json
import random
from collections.abc import Sequence
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from factcheck_app.analysis import Analyzer
from factcheck_app.analysis.analyzer import Joined, paragraphs
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
    rule (cheaper). Same boundaries on real text and on punctuation corner cases, except
    that an opening quote or bracket starts the sentence it opens (the next test)."""
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
            theirs = _with_openers(reference(text)) if text else []
            assert ours == theirs


def _with_openers(doc: Doc) -> list[tuple[int, int]]:
    """The sentencizer's sentences, each opening quote/bracket moved to the sentence it opens."""
    starts = [s.start for s in doc.sents]
    moved = []
    for start in starts:
        k = start
        while (
            k > 0
            and doc[k - 1].is_punct
            and doc[k - 1].text in "\"'“”„«»‘’‚([{"
            and not doc[k - 1].whitespace_
            and k - 2 >= 0
            and doc[k - 2].whitespace_
        ):
            k -= 1
        moved.append(k)
    return list(zip(moved, [*moved[1:], len(doc)], strict=True))


def test_an_opening_quote_starts_the_sentence_it_opens(analyzer: Analyzer) -> None:
    """'Groups criticised the plan. "This …," said X.': the group's finding ends at the
    period and the speaker's sentence starts at its quotation mark (spaCy's sentencizer
    would end the first sentence with the opening quote)."""
    cases = {
        ("en", 'Environmental groups criticised the plan. "This is wrong," said Lea Brandtner.'): [
            "Environmental groups criticised the plan.",
            '"This is wrong," said Lea Brandtner.',
        ],
        ("de", "Die Opposition kritisierte den Plan. „Das ist falsch“, sagte Brandtner."): [
            "Die Opposition kritisierte den Plan.",
            "„Das ist falsch“, sagte Brandtner.",
        ],
        ("en", 'He said: "It is over." Then he left. (Reuters) Nobody knew.'): [
            'He said: "It is over."',
            "Then he left.",
            "(Reuters) Nobody knew.",
        ],
    }
    for (lang, text), sentences in cases.items():
        doc = analyzer.pipeline(lang)(text)
        assert [s.text for s in doc.sents] == sentences
    (lang, text), sentences = next(iter(cases.items()))
    found = analyzer.analyze_text(text, lang)
    assert {text[f.start : f.end] for f in found} == set(sentences)


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


def _random_texts(alphabet: str, count: int = 3000) -> list[str]:
    rng = random.Random(5)
    texts = [_sample_text(), "don't re-read O'Neil’s über-long 5x_y text\u00a0ab\u2028cd"]
    return texts + ["".join(rng.choice(alphabet) for _ in range(30)) for _ in range(count)]


def test_lower_words_match_the_whole_text_definition() -> None:
    """``TextWords.lower`` looks for lower-case words in the distinct whitespace-separated
    chunks joined by spaces; the words must be those the look-behind regex finds in the
    whole text."""
    from factcheck_app.analysis.textwords import _LOWER_WORD, TextWords

    for text in _random_texts("aZ Äö5,;: -'’ßÀé.\n\t\u00a0_xB"):
        assert TextWords(text).lower == frozenset(_LOWER_WORD.findall(text))


def test_bounded_blanks_exactly_the_long_runs() -> None:
    """``bounded`` checks for over-long runs with ``str.split``; the result must be the
    regex definition's (``\\S`` and ``str.split`` agree on what whitespace is)."""
    import re

    from factcheck_app.analysis.analyzer import _LONG_RUN, MAX_TOKEN_CHARS, bounded

    assert re.fullmatch(r"\s*", "".join(chr(c) for c in range(0x110000) if chr(c).isspace()))
    rng = random.Random(3)
    for _ in range(300):
        parts = [
            rng.choice(["x" * rng.randint(1, MAX_TOKEN_CHARS + 5), " ", "\u00a0", "\n", "\u2003"])
            for _ in range(rng.randint(1, 8))
        ]
        text = "".join(parts)
        expected = _LONG_RUN.sub(lambda m: " " * len(m.group()), text)
        assert bounded(text) == expected


def _sentencizer_reference(toks: list, spaces: list[int]) -> list[int]:
    """The sentence starts as the per-token loop computed them before."""
    from factcheck_app.analysis.view import _CLAUSE_OPENERS, _OPENERS

    starts, seen_period, last = [0], False, len(toks) - 1
    for i, lex in enumerate(toks):
        if lex.period or (
            lex.ordinal
            and i < last
            and toks[i + 1].is_title
            and toks[i + 1].lower_ in _CLAUSE_OPENERS
        ):
            seen_period = True
        elif seen_period and (
            not lex.is_punct
            or (lex.text in _OPENERS and 0 < i < last and spaces[i - 1] and not spaces[i])
        ):
            starts.append(i)
            seen_period = False
    return starts


def test_sentence_starts_and_line_breaks_match_the_per_token_definition() -> None:
    """The view finds sentence starts after each period and line breaks by ``str.find``;
    both must be what a look at every token gives, on random token sequences."""
    from factcheck_app.analysis.view import _line_breaks, sentencizer_starts

    nlps = [spacy.blank("en"), spacy.blank("de")]  # German keeps "77." one (ordinal) token
    words = ["a", "Bb", ".", "!", "?", '"', "(", ")", ",", "\n", "\n\n", "  ", "x.", "…", "77."]
    words += ["Die", "Oktober", "die"]
    rng = random.Random(4)
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randint(0, 25)))
        doc = rng.choice(nlps).make_doc(text)
        view = LexCache().view(doc)
        spaces = [1 if t.whitespace_ else 0 for t in doc]
        assert sentencizer_starts(view.toks, spaces) == _sentencizer_reference(view.toks, spaces)
        expected = [i + 1 for i, lex in enumerate(view.toks) if lex.newline and i + 1 < len(doc)]
        assert _line_breaks(view.toks, view.idx, text) == expected
        assert _line_breaks(view.toks, view.idx, None) == expected


def test_lex_flags_read_from_the_bitfield_equal_the_lexeme_properties() -> None:
    """``Lex`` reads the boolean attributes from ``Lexeme.flags`` in one go; each must be
    what the lexeme's own property says, for every word of the samples in both languages."""
    from factcheck_app.analysis.view import FLAG_BITS, Lex

    words = set(_sample_text().split()) | {"77.", "3", "“", "ABC", "x1", "Ölpreis", "…", "-"}
    for lang in ("en", "de"):
        vocab = spacy.blank(lang).vocab
        for word in words:
            lexeme = vocab[word]
            lex = Lex(vocab, lexeme.orth)
            for name in ("is_title", "is_lower", "is_alpha", "is_punct", "like_num"):
                assert getattr(lex, name) == getattr(lexeme, name), (word, name)
            for name, bit in FLAG_BITS.items():
                assert bool(lex.flags & bit) == getattr(lexeme, name.lower()), (word, name)


def test_explanations_built_without_the_dataclass_init_equal_normal_ones() -> None:
    """``Explanation.of`` fills the slots directly; the result must equal (and hash like)
    ``Explanation(...)`` and stay frozen."""
    import dataclasses

    from factcheck_app.explanations import Explanation

    for cue, source, extra in [("", None, {}), ("c", None, {}), ("c", "s", {"x": "1"})]:
        made = Explanation.of("key", cue, source, **extra)
        params = ([("cue", cue)] if cue else []) + ([("source", source)] if source else [])
        expected = Explanation("key", tuple(params + list(extra.items())))
        assert made == expected and hash(made) == hash(expected) and made.more == ()
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.key = "other"  # type: ignore[misc]


class _OneDocPerParagraph(Analyzer):
    """The analyser as it was: every paragraph (language run) a Doc of its own."""

    def join_runs(self, text: str, runs: Sequence[tuple[int, int, str]]) -> list[Joined]:
        return [(start, end, lang, (), n) for n, (start, end, lang) in enumerate(runs)]


def _paragraph_texts() -> list[str]:
    rows = [json.loads(line) for p in sorted(DEVSET.glob("*.jsonl")) for line in p.open()]
    texts = [r.get("sentence") or r.get("text") or "" for r in rows]
    texts += [p for p in _sample_text().split("\n\n")]
    return [t for t in texts if t.strip()]


def test_joined_paragraphs_give_the_findings_of_one_doc_per_paragraph(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """Consecutive paragraphs of one language share a Doc; the findings must be exactly
    those of a Doc per paragraph, whatever the break looks like (and also with a pattern
    that would match the break's whitespace token, which no paragraph's Doc has)."""
    extra = tmp_path / "extra.jsonl"
    pattern = [{"IS_ALPHA": False, "IS_PUNCT": False, "LIKE_NUM": False}]
    entry = {"id": "x.hedge.nonword", "lang": "en", "category": "hedged", "kind": "pattern"}
    entry |= {"pattern": pattern, "explain": "not a word '{cue}'", "confidence": 0.3}
    extra.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    paragraphs_ = _paragraph_texts()
    rng = random.Random(5)
    breaks = ["\n\n", "\n \n", "\n\t\n", "\n\n\n", "  \n\n", "\n\n \n\n"]
    for joined, single in (
        (analyzer, _OneDocPerParagraph()),
        (Analyzer(extra_lexicons=[extra]), _OneDocPerParagraph(extra_lexicons=[extra])),
    ):
        for _ in range(40):
            parts = rng.sample(paragraphs_, rng.randint(2, 8))
            text = parts[0] + "".join(rng.choice(breaks) + p for p in parts[1:])
            for lang in (None, "en", "de"):
                assert joined.analyze_text(text, lang) == single.analyze_text(text, lang)
    text = _sample_text()
    runs = [(s, e, "en") for s, e in paragraphs(text)]
    assert len(joined.join_runs(text, runs)) < len(runs) // 5  # the sample files' paragraphs


def test_join_runs_only_across_plain_paragraph_breaks(analyzer: Analyzer) -> None:
    text = "One said.\n\nTwo said.\n\n Three said.  \n\nFour.\n\nVier sagte."
    runs = [(s, e, "de" if text[s:e].startswith("Vier") else "en") for s, e in paragraphs(text)]
    assert [(s, e, breaks) for s, e, _lang, breaks, _n in analyzer.join_runs(text, runs)] == [
        (0, 20, (9,)),  # "One said." + "Two said."
        (22, 36, ()),  # " Three said.  ": whitespace at its edges, alone
        (38, 43, ()),  # "Four." (its neighbour ends in spaces; the next is German)
        (45, 56, ()),
    ]


def test_regex_first_patterns_anchored_on_their_next_word_find_the_same_cues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pattern starting with a regex token runs only around its second (exact) word;
    its cues must equal those of the whole-Doc Matcher."""
    from factcheck_app.analysis import components

    texts = [_sample_text(), "Zahlen, die belegen sollen, dass es so war. Sie sollen, wonach"]
    texts += [p.read_text(encoding="utf-8") for p in DEVSET.glob("*.jsonl")]

    def cues(analyzer: Analyzer) -> list[list[tuple[int, int, str]]]:
        nlp = analyzer.pipeline("de")
        return [nlp.get_pipe("factcheck_cues")(nlp.make_doc(t))._.fc_cues for t in texts]

    anchored = Analyzer()
    assert anchored.pipeline("de").get_pipe("factcheck_cues").shifted
    found = cues(anchored)
    assert any(c[2] == "de.hedge.soll_reportative_clause" for cs in found for c in cs)
    monkeypatch.setattr(components, "_exact_later", lambda _pattern: None)
    whole = Analyzer()
    assert not whole.pipeline("de").get_pipe("factcheck_cues").shifted
    assert cues(whole) == found


def test_plain_language_fast_path_decides_as_the_classifier() -> None:
    """``detect_language`` skips py3langid for plainly English or German openings; on every
    paragraph and line of the samples and development sets it must decide as py3langid
    wherever py3langid names one of the two."""
    from factcheck_app import language

    texts = _paragraph_texts()
    texts += [line for t in texts for line in t.split("\n") if line.strip()]
    classify = language._classifier()
    plain = 0
    for text in dict.fromkeys(texts):
        sample = text[: language._SAMPLE_CHARS]
        fast = language._plain_language(sample)
        if fast is None:
            continue
        plain += 1
        guess = classify(sample)[0]
        if guess not in language.SUPPORTED:
            # Neither English nor German to py3langid (which one depends on its version:
            # a line with a Korean name is 'ko' to 1.0.x, 'en' to later ones): the slow
            # path falls back to the caller's default, the fast path to the function words.
            continue
        assert guess == fast, sample
    assert plain > len(texts) // 3


def test_findings_built_without_the_dataclass_init_equal_normal_ones(analyzer: Analyzer) -> None:
    """``analyzer._to_finding`` fills a ``Finding``'s ``__dict__`` directly (a frozen
    dataclass's ``__init__`` is slow); each must equal the one ``Finding(...)`` builds."""
    from dataclasses import fields

    from factcheck_app.models import Finding

    found = analyzer.analyze_text(_sample_text())
    assert found
    for f in found:
        again = Finding(**{field.name: getattr(f, field.name) for field in fields(Finding)})
        assert again == f and hash(again) == hash(f) and repr(again) == repr(f)
        assert vars(again) == vars(f)


def test_article_blocks_sharing_a_doc_still_report_progress_per_block(
    analyzer: Analyzer,
) -> None:
    parts = ["Officials said the plan failed.", "It may rain.", "Smith denied the report."]
    text = "\n\n".join(parts)
    blocks = tuple(Block(BlockKind.PARAGRAPH, s, e, "en") for s, e in paragraphs(text))
    article = ParsedArticle(title="t", text=text, blocks=blocks)
    runs = [(b.start, b.end, "en") for b in blocks]
    assert len(analyzer.join_runs(text, runs)) == 1  # one Doc for the three blocks
    calls: list[tuple[int, int]] = []
    found = analyzer.analyze_article(article, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert found == analyzer.analyze_text(text, "en")
    assert {str(f.category) for f in found} >= {"sourced", "hedged", "disputed"}


def test_lean_lexemes_give_the_findings_of_every_lexeme_attribute(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Blank pipelines compute only the lexeme attributes something reads (``pipeline.
    lean_lexemes``); findings must equal those with spaCy's full set, and an attribute a
    user's pattern names (here LIKE_URL and IS_STOP, read by nothing built in) is kept."""
    from factcheck_app.analysis import pipeline

    extra = tmp_path / "extra.jsonl"
    entry = {"id": "x.hedge.url", "lang": "en", "category": "hedged", "kind": "pattern"}
    entry |= {"pattern": [{"IS_STOP": True}, {"LIKE_URL": True}]}
    entry |= {"explain": "a link '{cue}'", "confidence": 0.3}
    extra.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    text = _sample_text() + "\n\nDetails are on the www.example.org page."
    lean = Analyzer(extra_lexicons=[extra])
    lean_getters = lean.pipeline("en").vocab.lex_attr_getters
    assert len(lean_getters) < len(spacy.blank("en").vocab.lex_attr_getters)
    found = [lean.analyze_text(t) for t in [text, *_paragraph_texts()]]
    assert any(f.rule == "x.hedge.url" for f in found[0])
    monkeypatch.setattr(pipeline, "lean_lexemes", lambda _nlp: None)
    full = Analyzer(extra_lexicons=[extra])
    assert len(full.pipeline("en").vocab.lex_attr_getters) > len(lean_getters)
    assert [full.analyze_text(t) for t in [text, *_paragraph_texts()]] == found


def test_source_verdicts_remembered_per_doc_equal_fresh_ones(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``SourceJudge.judge`` remembers its verdicts per Doc (``judged``, set by
    ``SentenceRules.for_doc``); findings must equal judging every span afresh, and the
    shared finder must never remember anything."""
    from factcheck_app.analysis.source_judge import SourceJudge

    texts = [_sample_text(), *_paragraph_texts()]
    remembered = [analyzer.analyze_text(t) for t in texts]
    for lang in ("en", "de"):
        rules = analyzer.pipeline(lang).get_pipe("factcheck_attribution").rules
        assert rules.finder.judged is None
    monkeypatch.setattr(SourceJudge, "judge", SourceJudge._judge)
    fresh = Analyzer()
    assert [fresh.analyze_text(t) for t in texts] == remembered
