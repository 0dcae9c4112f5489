"""The Analyzer: per-block analysis of texts and articles, returning ``models.Finding``.

Pipelines are built lazily, one per language, because loading is the expensive part and
most articles need one or two languages. Offsets are always into the text the caller
passed (``Article.text`` for articles), so findings can be stored and highlighted as is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from spacy.language import Language

from factcheck_app.analysis.errors import Cancelled
from factcheck_app.analysis.lexicon import validate_files
from factcheck_app.analysis.messages import EXPLAIN_LANGS
from factcheck_app.analysis.pipeline import (
    SUPPORTED_LANGS,
    blank_pipeline,
    model_installed,
    model_lang,
    trained_pipeline,
)
from factcheck_app.analysis.rules import RawFinding
from factcheck_app.analysis.version import DETECTOR_VERSION
from factcheck_app.language import detect_language
from factcheck_app.models import Article, BlockKind, Finding, ParsedArticle, Progress

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: spaCy refuses longer Docs; long paragraphs are cut at line breaks below this size.
_MAX_CHUNK = 200_000
#: Detected languages remembered per paragraph text (re-analysing an edited article
#: meets mostly unchanged paragraphs, and detection costs about as much as analysis).
_LANG_CACHE_SIZE = 4096


class Analyzer:
    """Finds hedges, vague/named sources, denials, missing evidence and unsourced claims."""

    def __init__(
        self,
        model: str | None = None,
        extra_lexicons: Sequence[Path] = (),
        explain_lang: str = "en",
    ):
        self.model = model or None
        #: Language of ``Finding.explanation`` (the UI language), whatever the text's
        #: language; "en" or "de", anything else falls back to English.
        self.explain_lang = explain_lang if explain_lang in EXPLAIN_LANGS else "en"
        self.extra_lexicons: tuple[str, ...] = tuple(str(Path(p)) for p in extra_lexicons)
        validate_files([Path(p) for p in self.extra_lexicons])  # bad user file: fail now
        self.notice: str | None = None
        self._use_model = False
        if self.model:
            if model_installed(self.model):
                self._use_model = True
            else:
                self.notice = f"model '{self.model}' not installed; using the blank pipeline"
        self._pipelines: dict[str, Language] = {}
        #: The text being analysed, for pipelines created in the middle of it.
        self._text: str | None = None
        self._detected: dict[str, str] = {}

    # ----------------------------------------------------------------- pipelines
    def pipeline(self, lang: str) -> Language:
        """The pipeline for ``lang`` (unsupported languages fall back to English)."""
        lang = lang if lang in SUPPORTED_LANGS else "en"
        nlp = self._pipelines.get(lang)
        if nlp is None:
            if self._use_model and self.model and model_lang(self.model) == lang:
                try:
                    nlp = trained_pipeline(self.model, lang, self.extra_lexicons)
                except (OSError, ImportError, ValueError) as exc:
                    reason = f"could not be loaded ({exc})"
                    self.notice = f"model '{self.model}' {reason}; using the blank pipeline"
                    nlp = blank_pipeline(lang, self.extra_lexicons)
            else:
                nlp = blank_pipeline(lang, self.extra_lexicons)
            cast(Any, nlp.get_pipe("factcheck_attribution")).reset(self._text)
            self._pipelines[lang] = nlp
        return nlp

    def _detect(self, piece: str) -> str:
        """``detect_language`` of a paragraph, remembered for identical paragraphs."""
        lang = self._detected.get(piece)
        if lang is None:
            if len(self._detected) >= _LANG_CACHE_SIZE:
                self._detected.clear()
            lang = self._detected[piece] = detect_language(piece)
        return lang

    def _reset_state(self, text: str | None = None) -> None:
        self._text = text
        for nlp in self._pipelines.values():
            cast(Any, nlp.get_pipe("factcheck_attribution")).reset(text)

    # ------------------------------------------------------------------ analysis
    def _analyze_piece(self, text: str, lang: str, offset: int) -> list[Finding]:
        nlp = self.pipeline(lang)
        lang = nlp.lang if nlp.lang in SUPPORTED_LANGS else lang
        out: list[Finding] = []
        for chunk, chunk_offset in _chunks(text, offset):
            doc = nlp(chunk)
            out.extend(
                _to_finding(raw, chunk_offset, lang, self.explain_lang)
                for raw in doc._.fc_findings or ()
            )
        return out

    def analyze_text(self, text: str, lang: str | None = None) -> list[Finding]:
        """Analyse plain text; ``lang=None`` detects the language per paragraph."""
        self._reset_state(text)
        findings: list[Finding] = []
        for start, end in paragraphs(text):
            piece = text[start:end]
            piece_lang = lang or self._detect(piece)
            findings.extend(self._analyze_piece(piece, piece_lang, start))
        return findings

    def analyze_article(
        self,
        article: ParsedArticle | Article,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> list[Finding]:
        """Analyse each non-boilerplate block in its own language; offsets into article.text."""
        self._reset_state(article.text)
        blocks = [b for b in article.blocks if b.kind is not BlockKind.BOILERPLATE]
        total = len(blocks)
        findings: list[Finding] = []
        for done, block in enumerate(blocks):
            if cancel is not None and cancel():
                raise Cancelled()
            piece = article.text[block.start : block.end]
            if piece.strip():
                lang = block.lang if block.lang in SUPPORTED_LANGS else self._detect(piece)
                findings.extend(self._analyze_piece(piece, lang, block.start))
            if progress is not None:
                progress(done + 1, total)
        if cancel is not None and cancel():
            raise Cancelled()
        return findings


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of blank-line separated paragraphs that contain non-space text."""
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[pos : match.start()].strip():
            yield pos, match.start()
        pos = match.end()
    if text[pos:].strip():
        yield pos, len(text)


def _chunks(text: str, offset: int) -> Iterator[tuple[str, int]]:
    """Cut very long paragraphs at line breaks so spaCy's max_length is never hit."""
    if len(text) <= _MAX_CHUNK:
        yield text, offset
        return
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + _MAX_CHUNK)
        if end < len(text):
            cut = max(text.rfind("\n", pos, end), text.rfind(". ", pos, end) + 1)
            end = cut if cut > pos else end
        yield text[pos:end], offset + pos
        pos = end


def _to_finding(raw: RawFinding, offset: int, lang: str, explain_lang: str) -> Finding:
    source_start, source_end = raw.source_start, raw.source_end
    return Finding(
        category=raw.category,
        start=raw.start + offset,
        end=raw.end + offset,
        cue_start=raw.cue_start + offset,
        cue_end=raw.cue_end + offset,
        explanation=raw.explanation.pick(explain_lang),
        rule=raw.rule,
        confidence=raw.confidence,
        lang=lang,
        detector_version=DETECTOR_VERSION,
        source_text=raw.source_text,
        source_start=None if source_start is None else source_start + offset,
        source_end=None if source_end is None else source_end + offset,
    )
