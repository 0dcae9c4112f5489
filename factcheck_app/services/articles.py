"""Importing, listing, reading, searching and deleting articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from factcheck_app.errors import NotFoundError
from factcheck_app.models import (
    Article,
    ArticleSummary,
    Changes,
    ImportResult,
    Operation,
    ParsedArticle,
    Progress,
    SearchHit,
)
from factcheck_app.services.history import operation
from factcheck_app.services.library import Library
from factcheck_app.storage import articles as article_store
from factcheck_app.storage import search as search_store


class NotFound(NotFoundError):
    """An id the user gave matches no article (or more than one)."""


def store_parsed(lib: Library, parsed: ParsedArticle) -> ImportResult:
    """Store an ingested article unless the same text is already in the library."""
    from factcheck_app import ingest  # on use: parsers (lxml, markdown) slow the GUI start

    digest = ingest.content_hash(parsed.text)
    with lib.session() as db:
        existing = article_store.find_by_hash(db, digest)
        if existing:
            article = article_store.get_article(db, existing)
            assert article is not None
            return ImportResult(article, duplicate=True, warnings=parsed.warnings)
        article = article_store.insert_article(db, parsed, digest, lib.author)
    return ImportResult(
        article,
        duplicate=False,
        warnings=parsed.warnings,
        changes=Changes(articles=frozenset({article.id}), library=True),
    )


def import_file(lib: Library, path: Path | str) -> ImportResult:
    """Raises ``ingest.IngestError`` with a user-readable message for bad files."""
    from factcheck_app import ingest

    return store_parsed(lib, ingest.read_file(Path(path)))


def import_text(
    lib: Library, data: str, fmt: str | None = None, source_name: str | None = None
) -> ImportResult:
    from factcheck_app import ingest

    return store_parsed(lib, ingest.parse_string(data, fmt=fmt, source_name=source_name))


def import_files(
    lib: Library,
    paths: Sequence[Path | str],
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[list[ImportResult], list[tuple[str, str]]]:
    """Import many files; returns results and (file, error message) for the ones refused."""
    from factcheck_app import ingest

    results: list[ImportResult] = []
    errors: list[tuple[str, str]] = []
    for done, path in enumerate(paths):
        if cancel and cancel():
            break
        try:
            results.append(import_file(lib, path))
        except ingest.IngestError as exc:
            errors.append((str(path), str(exc)))
        if progress:
            progress(done + 1, len(paths))
    return results, errors


def list_articles(lib: Library) -> list[ArticleSummary]:
    with lib.session() as db:
        return article_store.list_summaries(db)


def get_article(lib: Library, article_id: str) -> Article:
    with lib.session() as db:
        article = article_store.get_article(db, resolve_id(lib, article_id))
    if article is None:
        raise NotFound(f"no article {article_id}")
    return article


def resolve_id(lib: Library, id_or_prefix: str) -> str:
    with lib.session() as db:
        matches = article_store.resolve_article_id(db, id_or_prefix.strip())
    if not matches:
        raise NotFound(f"no article with id {id_or_prefix!r}")
    if len(matches) > 1 and id_or_prefix not in matches:
        raise NotFound(f"{id_or_prefix!r} matches {len(matches)} articles; give more of the id")
    return id_or_prefix if id_or_prefix in matches else matches[0]


def delete_article(lib: Library, article_id: str) -> Changes:
    """Mark an article and its assertions and notes deleted: one undoable edit."""
    article_id = resolve_id(lib, article_id)
    title = get_article(lib, article_id).title
    with operation(lib, Operation.DELETE_ARTICLE, title) as op:
        article_store.delete_article(op.db, article_id, lib.author)
        op.changes = Changes(articles=frozenset({article_id}), library=True)
    return op.changes


def search(lib: Library, query: str, limit: int = 50) -> list[SearchHit]:
    with lib.session() as db:
        return search_store.search(db, query, limit)
