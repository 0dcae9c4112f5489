"""Analysing many articles in one go: ``nlp.pipe`` per language, optionally in N processes.

``Analyzer.analyze_article`` runs the pipeline once per block. For a batch, the blocks of
all articles are turned into Docs first and streamed through ``nlp.pipe`` per language,
which batches spaCy's work; each Doc carries its article's speaker state
(``doc._.fc_state``) so "she said" still resolves across paragraphs exactly as in the
one-article path (a test compares both).

With ``jobs > 1`` the articles are split into ``jobs`` shares analysed in worker processes,
each with its own pipelines and ``nlp.pipe``. spaCy's own ``n_process`` is not used: it
deals Docs out to workers one batch at a time, so the blocks of one article would land in
different processes and lose the shared speaker state (different findings).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck_app.analysis.analyzer import Analyzer, _chunks, _to_finding, bounded
from factcheck_app.analysis.components import FINDINGS, STATE
from factcheck_app.analysis.errors import Cancelled
from factcheck_app.analysis.view import BREAKS, TEXT
from factcheck_app.models import Article, BlockKind, Cancel, Finding, ParsedArticle, Progress

#: Docs handed to spaCy per batch (spaCy's default is 1000 for blank pipelines).
BATCH_SIZE = 256


@dataclass(frozen=True)
class _Piece:
    article: int  # index into the batch
    text: str
    offset: int
    lang: str
    #: Offsets (into the article's text) of the paragraph breaks inside the piece.
    breaks: tuple[int, ...] = ()


def _pieces(analyzer: Analyzer, index: int, article: ParsedArticle | Article) -> list[_Piece]:
    """The same Docs as ``analyze_article``: language runs (per block, or per line), the
    paragraphs of one language joined (``Analyzer.join_runs``)."""
    text = article.text
    runs = [
        run
        for block in article.blocks
        if block.kind is not BlockKind.BOILERPLATE
        for run in analyzer.block_runs(text, block)
    ]
    out = []
    for start, end, lang, breaks, _last in analyzer.join_runs(text, runs):
        piece = text[start:end]
        if breaks:  # a joined run never exceeds one chunk
            out.append(_Piece(index, piece, start, lang, breaks))
            continue
        out += [_Piece(index, chunk, offset, lang) for chunk, offset in _chunks(piece, start)]
    return out


def _docs(
    nlp: Any, group: list[_Piece], articles: Sequence[ParsedArticle | Article]
) -> Iterator[Any]:
    """Docs for ``nlp.pipe``, each carrying its article's speaker state for this language."""
    states: dict[int, Any] = {}
    for piece in group:
        if piece.article not in states:
            states[piece.article] = Analyzer.new_state(articles[piece.article].text)
        given = bounded(piece.text)
        doc = nlp.make_doc(given)
        doc.user_data[STATE] = states[piece.article]
        doc.user_data[TEXT] = given
        if piece.breaks:
            doc.user_data[BREAKS] = [b - piece.offset for b in piece.breaks]
        yield doc


def analyze_batch(
    analyzer: Analyzer,
    articles: Sequence[ParsedArticle | Article],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[list[Finding]]:
    """Findings per article (same order), as ``analyze_article`` gives them, in one pass."""
    pieces = [p for i, a in enumerate(articles) for p in _pieces(analyzer, i, a)]
    by_lang: dict[str, list[int]] = defaultdict(list)
    for n, piece in enumerate(pieces):
        by_lang[piece.lang].append(n)
    per_piece: list[list[Finding]] = [[] for _ in pieces]
    done = 0
    for lang, group in by_lang.items():
        nlp = analyzer.pipeline(lang)
        docs = _docs(nlp, [pieces[n] for n in group], articles)
        for n, doc in zip(group, nlp.pipe(docs, batch_size=BATCH_SIZE), strict=True):
            piece = pieces[n]
            per_piece[n] = [
                _to_finding(raw, piece.offset, piece.lang)
                for raw in doc.user_data.get(FINDINGS) or ()
            ]
            done += 1
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(done, len(pieces))
    findings: list[list[Finding]] = [[] for _ in articles]
    for piece, found in zip(pieces, per_piece, strict=True):  # article order, as one by one
        findings[piece.article].extend(found)
    return findings


@dataclass(frozen=True)
class AnalyzerConfig:
    """What a worker process needs to build the same analyser."""

    model: str | None
    extra_lexicons: tuple[str, ...]

    @classmethod
    def of(cls, analyzer: Analyzer) -> AnalyzerConfig:
        return cls(analyzer.model, analyzer.extra_lexicons)

    def build(self) -> Analyzer:
        return Analyzer(
            model=self.model,
            extra_lexicons=[Path(p) for p in self.extra_lexicons],
        )


def _worker(config: AnalyzerConfig, articles: list[Article]) -> list[list[Finding]]:
    return analyze_batch(config.build(), articles)


def analyze_parallel(
    analyzer: Analyzer,
    articles: Sequence[Article],
    jobs: int,
    progress: Progress | None = None,
) -> Iterator[tuple[int, list[Finding]]]:
    """(index, findings) per article as each share finishes; ``jobs`` worker processes."""
    if jobs <= 1 or len(articles) < 2:
        yield from enumerate(analyze_batch(analyzer, articles, progress))
        return
    jobs = min(jobs, len(articles))
    shares = [list(range(n, len(articles), jobs)) for n in range(jobs)]
    config = AnalyzerConfig.of(analyzer)
    done = 0
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [
            (share, pool.submit(_worker, config, [articles[i] for i in share])) for share in shares
        ]
        for share, future in futures:
            for index, found in zip(share, future.result(), strict=True):
                done += 1
                if progress is not None:
                    progress(done, len(articles))
                yield index, found
