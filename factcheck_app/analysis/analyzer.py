"""The Analyzer: per-block analysis of texts and articles, returning ``models.Finding``.

Pipelines are built lazily, one per language, because loading is the expensive part and
most articles need one or two languages. Offsets are always into the text the caller
passed (``Article.text`` for articles), so findings can be stored and highlighted as is.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from factcheck_app.analysis.components import FINDINGS, STATE
from factcheck_app.analysis.errors import Cancelled
from factcheck_app.analysis.findings import SpeakerState
from factcheck_app.analysis.lexicon import validate_files
from factcheck_app.analysis.pipeline import (
    SUPPORTED_LANGS,
    blank_pipeline,
    model_installed,
    model_lang,
    trained_pipeline,
)
from factcheck_app.analysis.rules import RawFinding
from factcheck_app.analysis.textwords import TextWords
from factcheck_app.analysis.version import DETECTOR_VERSION
from factcheck_app.analysis.view import TEXT
from factcheck_app.language import detect_language
from factcheck_app.models import Article, Block, BlockKind, Cancel, Finding, ParsedArticle, Progress

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: spaCy refuses longer Docs; long paragraphs are cut at line breaks below this size.
_MAX_CHUNK = 200_000
#: Lines with fewer words than this take the language of their neighbours.
_MIN_LINE_WORDS = 4
#: Whitespace-free runs longer than this (a "bracket bomb", a base64 blob) are blanked out
#: before tokenising: spaCy's tokenizer is quadratic on them and no finding lives there.
MAX_TOKEN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
#: Detected languages remembered per paragraph text (re-analysing an edited article
#: meets mostly unchanged paragraphs, and detection costs about as much as analysis).
_LANG_CACHE_SIZE = 4096


class Analyzer:
    """Finds hedges, vague/named sources, denials, missing evidence and unsourced claims."""

    def __init__(
        self,
        model: str | None = None,
        extra_lexicons: Sequence[Path] = (),
    ):
        self.model = model or None
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
        #: Each pipeline's components, called in order on a Doc (what ``nlp(doc)`` does,
        #: without its per-call set-up; the pipelines never change once built).
        self._procs: dict[str, tuple[Callable[[Doc], Doc], ...]] = {}
        #: Pipelines are built once even when two analyses ask at the same moment.
        self._lock = threading.Lock()
        self._detected: dict[str, str] = {}

    # ----------------------------------------------------------------- pipelines
    def pipeline(self, lang: str) -> Language:
        """The pipeline for ``lang`` (unsupported languages fall back to English)."""
        lang = lang if lang in SUPPORTED_LANGS else "en"
        nlp = self._pipelines.get(lang)
        if nlp is not None:
            return nlp
        with self._lock:
            nlp = self._pipelines.get(lang)
            if nlp is not None:
                return nlp
            if self._use_model and self.model and model_lang(self.model) == lang:
                try:
                    nlp = trained_pipeline(self.model, lang, self.extra_lexicons)
                except (OSError, ImportError, ValueError) as exc:
                    reason = f"could not be loaded ({exc})"
                    self.notice = f"model '{self.model}' {reason}; using the blank pipeline"
                    nlp = blank_pipeline(lang, self.extra_lexicons)
            else:
                nlp = blank_pipeline(lang, self.extra_lexicons)
            self._procs[lang] = tuple(proc for _name, proc in nlp.pipeline)
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

    def pipeline_lang(self, lang: str) -> str:
        """The language whose pipeline analyses text detected as ``lang``."""
        return lang if lang in SUPPORTED_LANGS else "en"

    def new_states(self, text: str | None = None) -> dict[str, SpeakerState]:
        """One state per pipeline language for one document (speakers are remembered per
        language, as the pipelines always did; a batch analyses each language apart)."""
        words = TextWords(text) if text else None
        return {lang: SpeakerState(words=words) for lang in SUPPORTED_LANGS}

    @staticmethod
    def new_state(text: str | None = None) -> SpeakerState:
        """The per-document state of one analysis (speakers named so far, word evidence).

        Each call of ``analyze_text``/``analyze_article`` owns its state, so analyses
        running at the same time in the background pool never see each other's speakers.
        """
        return SpeakerState(words=TextWords(text) if text else None)

    # ------------------------------------------------------------------ analysis
    def _analyze_piece(
        self, text: str, lang: str, offset: int, state: SpeakerState | None = None
    ) -> list[Finding]:
        nlp = self.pipeline(lang)
        procs = self._procs[lang if lang in SUPPORTED_LANGS else "en"]
        lang = nlp.lang if nlp.lang in SUPPORTED_LANGS else lang
        if state is None:
            state = self.new_state(text)
        out: list[Finding] = []
        for chunk, chunk_offset in _chunks(text, offset):
            given = bounded(chunk)
            doc = nlp.make_doc(given)
            doc.user_data[STATE] = state
            doc.user_data[TEXT] = given
            for proc in procs:
                doc = proc(doc)
            found = doc.user_data.get(FINDINGS) or ()
            out.extend(_to_finding(raw, chunk_offset, lang) for raw in found)
        return out

    def analyze_text(self, text: str, lang: str | None = None) -> list[Finding]:
        """Analyse plain text; ``lang=None`` detects the language per line or paragraph."""
        states = self.new_states(text)
        findings: list[Finding] = []
        for start, end in paragraphs(text):
            for piece_start, piece_end, piece_lang in self._language_runs(text, start, end, lang):
                piece = text[piece_start:piece_end]
                state = states[self.pipeline_lang(piece_lang)]
                findings.extend(self._analyze_piece(piece, piece_lang, piece_start, state))
        return findings

    def block_runs(self, text: str, block: Block) -> Iterator[tuple[int, int, str]]:
        """A block's text in runs of one language: the block's own language, or per line
        when it has several lines (a German headline over an English body)."""
        piece = text[block.start : block.end]
        if not piece.strip():
            return
        known = block.lang if block.lang in SUPPORTED_LANGS else None
        if known is not None and "\n" not in piece.strip():
            yield block.start, block.end, self.pipeline_lang(known)
            return
        for start, end, lang in self._language_runs(text, block.start, block.end, None, known):
            yield start, end, self.pipeline_lang(lang)

    def _language_runs(
        self, text: str, start: int, end: int, lang: str | None, default: str | None = None
    ) -> Iterator[tuple[int, int, str]]:
        """The paragraph ``text[start:end]`` cut into runs of lines of one language.

        A German headline over an English body (one paragraph, two lines) gets each
        language's rules, also when the caller names a language (``classify`` items with
        ``"lang"``): it is then the language of a one-line paragraph and of short lines.
        Short lines (datelines, bylines) join their neighbours, since a few words are too
        little to tell a language by.
        """
        piece = text[start:end]
        if lang is not None and "\n" not in piece.strip():
            yield start, end, lang
            return
        default = default or lang
        if "\n" not in piece.strip():
            yield start, end, self._detect(piece)
            return
        runs: list[list[object]] = []
        pos = start
        for line in piece.split("\n"):
            line_end = pos + len(line)
            if line.strip():
                line_lang = self._detect(line) if len(line.split()) >= _MIN_LINE_WORDS else None
                if runs and (line_lang is None or runs[-1][2] in (None, line_lang)):
                    runs[-1][1] = line_end
                    runs[-1][2] = runs[-1][2] or line_lang
                else:
                    runs.append([pos, line_end, line_lang])
            pos = line_end + 1
        fallback = None
        for run in runs:
            if run[2] is None:
                fallback = fallback or default or self._detect(piece)
                run[2] = fallback
            yield int(run[0]), int(run[1]), str(run[2])  # type: ignore[call-overload]

    def analyze_article(
        self,
        article: ParsedArticle | Article,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> list[Finding]:
        """Analyse each non-boilerplate block in its own language; offsets into article.text."""
        states = self.new_states(article.text)
        blocks = [b for b in article.blocks if b.kind is not BlockKind.BOILERPLATE]
        total = len(blocks)
        findings: list[Finding] = []
        for done, block in enumerate(blocks):
            if cancel is not None and cancel():
                raise Cancelled()
            for run_start, run_end, lang in self.block_runs(article.text, block):
                run = article.text[run_start:run_end]
                findings.extend(self._analyze_piece(run, lang, run_start, states[lang]))
            if progress is not None:
                progress(done + 1, total)
        if cancel is not None and cancel():
            raise Cancelled()
        return findings


def bounded(text: str) -> str:
    """``text`` with over-long whitespace-free runs replaced by spaces (same length).

    Offsets stay valid; the blanked run yields no tokens and so no findings (the
    finding-free fallback for pathological input).
    """
    if len(text) <= MAX_TOKEN_CHARS or not _LONG_RUN.search(text):
        return text
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


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


def _to_finding(raw: RawFinding, offset: int, lang: str) -> Finding:
    source_start, source_end = raw.source_start, raw.source_end
    return Finding(
        category=raw.category,
        start=raw.start + offset,
        end=raw.end + offset,
        cue_start=raw.cue_start + offset,
        cue_end=raw.cue_end + offset,
        explanation=raw.explanation,
        rule=raw.rule,
        confidence=raw.confidence,
        lang=lang,
        detector_version=DETECTOR_VERSION,
        source_text=raw.source_text,
        source_start=None if source_start is None else source_start + offset,
        source_end=None if source_end is None else source_end + offset,
    )
