"""Running the analyser on a stored article and keeping its findings in step.

Loading spaCy pipelines is the slow part, so analysers are cached per (model, lexicons)
for the life of the process; the GUI creates the first one in the background.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from factcheck_app.analysis import Analyzer
from factcheck_app.analysis.exceptions import honour_exceptions
from factcheck_app.analysis.version import DETECTOR_VERSION
from factcheck_app.models import AnalysisResult, Article, Cancel, Changes, Finding, Progress
from factcheck_app.services.articles import get_article
from factcheck_app.services.library import Library
from factcheck_app.settings import Settings
from factcheck_app.storage import assertions as assertion_store


@lru_cache(maxsize=4)
def _cached_analyzer(model: str, lexicons: tuple[str, ...]) -> Analyzer:
    return Analyzer(model=model or None, extra_lexicons=[Path(p) for p in lexicons])


def analyzer_for(settings: Settings) -> Analyzer:
    """The analyser of the settings' model and lexicons. Findings carry explanation keys,
    rendered in the reader's language when shown, so the UI language plays no part."""
    return _cached_analyzer(settings.model, tuple(settings.extra_lexicons))


def analyze_article(
    lib: Library,
    article_id: str,
    analyzer: Analyzer | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> AnalysisResult:
    """Analyse and store; checker work (reviews, notes, verdicts, manual spans) survives.

    Raises ``analysis.Cancelled`` when ``cancel`` says so; nothing is stored then.
    """
    article = get_article(lib, article_id)
    analyzer = analyzer or analyzer_for(lib.settings)
    findings = analyzer.analyze_article(as_analysed(article), progress=progress, cancel=cancel)
    return _store_findings(lib, article, findings, analyzer.notice)


def analyze_articles(
    lib: Library,
    article_ids: Sequence[str],
    analyzer: Analyzer | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> Iterator[AnalysisResult]:
    """Analyse many articles in one process (``nlp.pipe``), or ``jobs`` processes; each
    article's findings are stored as its result comes in (the library has one writer)."""
    from factcheck_app.analysis.batch import analyze_parallel

    articles = [get_article(lib, a) for a in article_ids]
    analyzer = analyzer or analyzer_for(lib.settings)
    analysed = [as_analysed(a) for a in articles]
    for index, findings in analyze_parallel(analyzer, analysed, jobs, progress):
        yield _store_findings(lib, articles[index], findings, analyzer.notice)


def as_analysed(article: Article) -> Article:
    """The article as the analyser should read it: every block in the language the
    checker set for the article (Article details), else as detected at import."""
    if not article.language:
        return article
    blocks = tuple(replace(b, lang=article.language) for b in article.blocks)
    return replace(article, blocks=blocks)


def _store_findings(
    lib: Library, article: Article, findings: list[Finding], notice: str | None
) -> AnalysisResult:
    findings = honour_exceptions(article.text, findings, lib.settings.lexicon_exceptions)
    with lib.session() as db:
        added, updated, retired = assertion_store.sync_findings(
            db, article.id, article.text, findings, lib.author, DETECTOR_VERSION
        )
        stored = assertion_store.list_for_article(db, article.id)
    return AnalysisResult(
        article_id=article.id,
        assertions=tuple(stored),
        added=len(added),
        updated=len(updated),
        retired=len(retired),
        notice=notice,
        changes=Changes(
            articles=frozenset({article.id}),
            assertions=frozenset(added + updated + retired),
        ),
    )


def list_assertions(lib: Library, article_id: str) -> list:
    with lib.session() as db:
        return assertion_store.list_for_article(db, article_id)
