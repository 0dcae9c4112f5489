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
from factcheck_app.analysis.view import BREAKS, TEXT
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
#: A run of the text analysed as one Doc: start, end, language, the offsets (into the
#: text) of the paragraph breaks inside it, and the index of its last language run.
Joined = tuple[int, int, str, tuple[int, ...], int]
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
        #: Per pipeline language: whether paragraphs may share a Doc (blank pipelines only:
        #: a parser would read across the paragraph break).
        self._joinable: dict[str, bool] = {}

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
        self,
        text: str,
        lang: str,
        offset: int,
        state: SpeakerState | None = None,
        breaks: Sequence[int] = (),
    ) -> list[Finding]:
        """Findings of ``text`` (at ``offset`` in the caller's text) as one Doc; ``breaks``
        are the offsets of the paragraph breaks inside it (see ``join_runs``)."""
        nlp = self.pipeline(lang)
        procs = self._procs[lang if lang in SUPPORTED_LANGS else "en"]
        lang = nlp.lang if nlp.lang in SUPPORTED_LANGS else lang
        if state is None:
            state = self.new_state(text)
        out: list[Finding] = []
        for chunk, chunk_offset in _chunks(text, offset):
            given = bounded(chunk)
            doc = nlp.make_doc(given)
            data = doc.user_data
            data[STATE] = state
            data[TEXT] = given
            if breaks:  # joined runs never exceed one chunk
                data[BREAKS] = [b - chunk_offset for b in breaks]
            for proc in procs:
                doc = proc(doc)
            found = data.get(FINDINGS) or ()
            out.extend(_to_finding(raw, chunk_offset, lang) for raw in found)
        return out

    def analyze_text(self, text: str, lang: str | None = None) -> list[Finding]:
        """Analyse plain text; ``lang=None`` detects the language per line or paragraph."""
        runs = [
            run
            for start, end in paragraphs(text)
            for run in self._language_runs(text, start, end, lang)
        ]
        return self.analyze_runs(text, runs)

    def analyze_runs(self, text: str, runs: Sequence[tuple[int, int, str]]) -> list[Finding]:
        """Findings of the runs ``text[start:end]`` (in text order), each in its language;
        consecutive paragraphs of one language share a Doc (``join_runs``)."""
        states = self.new_states(text)
        findings: list[Finding] = []
        for start, end, lang, breaks, _last in self.join_runs(text, runs):
            state = states[self.pipeline_lang(lang)]
            findings.extend(self._analyze_piece(text[start:end], lang, start, state, breaks))
        return findings

    def join_runs(self, text: str, runs: Sequence[tuple[int, int, str]]) -> list[Joined]:
        """Consecutive runs of one language, separated only by a paragraph break, as one run.

        A Doc per paragraph cost about as much again as the analysis of its words (Doc,
        matcher and rule set-up per call). A joined run gets the same findings as its
        paragraphs one by one: every paragraph's tokens are the same (a break starts with
        a line break and the next paragraph with a non-space, so the break is one
        whitespace token of its own), the break token is a sentence of its own (view.
        BREAKS) where no cue may match, and the rules look no further than a sentence.
        Runs are only joined for blank pipelines and up to the Doc size limit.
        """
        out: list[Joined] = []
        for n, (start, end, lang) in enumerate(runs):
            if out:
                first, last_end, last_lang, breaks, _n = out[-1]
                if (
                    self.pipeline_lang(last_lang) == self.pipeline_lang(lang)
                    and end - first <= _MAX_CHUNK
                    and _paragraph_break(text, last_end, start)
                    and self._blank(lang)
                ):
                    out[-1] = (first, end, last_lang, (*breaks, last_end), n)
                    continue
            out.append((start, end, lang, (), n))
        return out

    def _blank(self, lang: str) -> bool:
        """Whether ``lang``'s pipeline is ours alone (no parser reading across breaks)."""
        key = self.pipeline_lang(lang)
        blank = self._joinable.get(key)
        if blank is None:
            names = self.pipeline(key).pipe_names
            blank = self._joinable[key] = names == ["factcheck_cues", "factcheck_attribution"]
        return blank

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
        text = article.text
        states = self.new_states(text)
        blocks = [b for b in article.blocks if b.kind is not BlockKind.BOILERPLATE]
        total = len(blocks)
        runs: list[tuple[int, int, str]] = []
        owner: list[int] = []  # the block of each run
        for n, block in enumerate(blocks):
            for run in self.block_runs(text, block):
                runs.append(run)
                owner.append(n)
        findings: list[Finding] = []
        done = 0

        def skip_to(block: int) -> None:
            """Blocks without text up to ``block``: a cancel check and a step each."""
            nonlocal done
            while done < block:
                if cancel is not None and cancel():
                    raise Cancelled()
                done += 1
                if progress is not None:
                    progress(done, total)

        for start, end, lang, breaks, last in self.join_runs(text, runs):
            skip_to(owner[last - len(breaks)])  # the group's first block
            if cancel is not None and cancel():
                raise Cancelled()
            findings.extend(self._analyze_piece(text[start:end], lang, start, states[lang], breaks))
            while done <= owner[last]:
                done += 1
                if progress is not None:
                    progress(done, total)
        skip_to(total)
        if cancel is not None and cancel():
            raise Cancelled()
        return findings


def _paragraph_break(text: str, end: int, start: int) -> bool:
    """``text[end:start]`` is a paragraph break that spaCy makes one token starting at
    ``end``: only whitespace, a line break first, no whitespace on either side."""
    gap = text[end:start]
    return (
        0 < end < start < len(text)
        and gap[0] == "\n"
        and gap.isspace()
        and not text[end - 1].isspace()
        and not text[start].isspace()
    )


def bounded(text: str) -> str:
    """``text`` with over-long whitespace-free runs replaced by spaces (same length).

    Offsets stay valid; the blanked run yields no tokens and so no findings (the
    finding-free fallback for pathological input).
    """
    # ``str.split`` and the regex's ``\S`` agree on whitespace (both Unicode's); finding
    # the longest chunk in C is several times faster than the regex's search, which tries
    # a 201-character run from every position of every word.
    if len(text) <= MAX_TOKEN_CHARS or max(map(len, text.split()), default=0) <= MAX_TOKEN_CHARS:
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
    """The ``Finding`` of a raw finding at ``offset`` in the caller's text.

    Built by giving the instance its ``__dict__`` whole rather than through
    ``Finding(...)``: a frozen dataclass's ``__init__`` calls ``object.__setattr__`` once
    per field (13 here), which made building the findings a tenth of the analysis. The
    result is the same object (``Finding`` has no ``__post_init__`` and no slots; a test
    compares both).
    """
    (category, start, end, cue_start, cue_end, explanation, rule, confidence) = raw[:8]
    source_text, source_start, source_end = raw[8:]
    finding = _new(Finding)
    _set_attr(
        finding,
        "__dict__",
        {
            "category": category,
            "start": start + offset,
            "end": end + offset,
            "cue_start": cue_start + offset,
            "cue_end": cue_end + offset,
            "explanation": explanation,
            "rule": rule,
            "confidence": confidence,
            "lang": lang,
            "detector_version": DETECTOR_VERSION,
            "source_text": source_text,
            "source_start": None if source_start is None else source_start + offset,
            "source_end": None if source_end is None else source_end + offset,
        },
    )
    return finding


_new = object.__new__
_set_attr = object.__setattr__
