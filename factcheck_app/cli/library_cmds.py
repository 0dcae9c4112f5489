"""Library commands: import, list, show, search, delete, analyze."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from factcheck_app.cli.app import main, pass_library, user_errors
from factcheck_app.export.json_report import assertion_json
from factcheck_app.ingest import IngestError
from factcheck_app.models import HIGHLIGHT_CATEGORIES, Article, Assertion
from factcheck_app.services import Library
from factcheck_app.services import articles as article_service
from factcheck_app.services.articles import NotFound


def short(article_id: str) -> str:
    return article_id[:8]


@main.command("import")
@click.argument("sources", nargs=-1, required=True)
@pass_library
def import_cmd(lib: Library, sources: tuple[str, ...]) -> None:
    """Import articles from FILES (text, Markdown, HTML, PDF, Word) or web addresses
    (http/https, fetched and archived as WARC); prints the new article ids."""
    failed = False
    for source in sources:
        try:
            if article_service.is_url(source):
                result = article_service.import_url(lib, source)
            else:
                result = article_service.import_file(lib, Path(source))
        except (IngestError, OSError) as exc:
            click.echo(f"Error: {source}: {exc}", err=True)
            failed = True
            continue
        origin = result.article.provenance
        if origin.redirects:
            click.echo(f"{source}: redirected to {origin.final_url}", err=True)
        for warning in result.warnings:
            click.echo(f"Warning: {source}: {warning}", err=True)
        if result.duplicate:
            click.echo(f"{source}: already in the library as {result.article.id}", err=True)
        click.echo(result.article.id)
    if failed:
        raise SystemExit(2)


@main.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_library
def list_cmd(lib: Library, as_json: bool) -> None:
    """List the articles in the library with their open assertions."""
    summaries = article_service.list_articles(lib)
    if as_json:
        click.echo(json.dumps([asdict(s) for s in summaries], ensure_ascii=False, indent=2))
        return
    if not summaries:
        click.echo("The library is empty. Add an article with: factcheck import FILE")
        return
    for s in summaries:
        open_count = sum(n for c, n in s.open_counts.items() if c in HIGHLIGHT_CATEGORIES)
        langs = ",".join(s.languages) or "-"
        click.echo(
            f"{short(s.id)}  {s.created_at[:10]}  {langs:<5}  {open_count:>3} open  "
            f"{s.title}" + (f"  [{s.outlet}]" if s.outlet else "")
        )


@main.command("show")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@pass_library
def show_cmd(lib: Library, article_id: str, as_json: bool) -> None:
    """Show an article: metadata, blocks with kinds and languages, and text."""
    with user_errors(NotFound):
        article = article_service.get_article(lib, article_id)
    if as_json:
        click.echo(json.dumps(asdict(article), ensure_ascii=False, indent=2))
        return
    for label, value in (
        ("id", article.id),
        ("title", article.title),
        ("outlet", article.outlet),
        ("byline", article.byline),
        ("published", article.published),
        ("modified", article.modified),
        ("url", article.url),
        ("source", article.source_name),
        ("languages", ", ".join(article.languages)),
        *provenance_lines(article),
    ):
        if value:
            click.echo(f"{label + ':':<11}{value}")
    click.echo("")
    for block in article.blocks:
        body = article.text[block.start : block.end]
        page = f" p. {block.page}" if block.page else ""
        click.echo(f"[{block.kind} {block.lang} {block.start}-{block.end}{page}] {body}")


def provenance_lines(article: Article) -> list[tuple[str, str | None]]:
    """The article's origin as (label, value) lines: where, when, which bytes."""
    origin = article.provenance
    lines: list[tuple[str, str | None]] = [("fetched", origin.requested_url)]
    lines += [("redirect", url) for url in origin.redirects[1:]]
    if origin.final_url and origin.final_url != origin.requested_url:
        lines.append(("final url", origin.final_url))
    if origin.fetched_at:
        status = f" (HTTP {origin.http_status}, {origin.content_type or '?'})"
        lines.append(("retrieved", origin.fetched_at + (status if origin.http_status else "")))
    if origin.original_sha256:
        size = f" ({origin.original_size} bytes)" if origin.original_size is not None else ""
        lines.append(("sha256", origin.original_sha256 + size))
    lines += [
        ("archived", f"{s.filename} ({s.mime}, {s.size} bytes, sha256 {s.sha256[:12]}…)")
        for s in article.snapshots
    ]
    return lines


@main.command("search")
@click.argument("query", nargs=-1, required=True)
@pass_library
def search_cmd(lib: Library, query: tuple[str, ...]) -> None:
    """Full-text search over articles, notes, references and tags."""
    hits = article_service.search(lib, " ".join(query))
    if not hits:
        click.echo("No matches.")
    for hit in hits:
        where = short(hit.article_id) if hit.article_id else "-"
        click.echo(f"{hit.kind:<9} {where}  {hit.title}: {hit.snippet}")


@main.command("delete")
@click.argument("article_id")
@pass_library
def delete_cmd(lib: Library, article_id: str) -> None:
    """Delete an article (kept as a deletion mark so merges carry it over)."""
    with user_errors(NotFound):
        article = article_service.get_article(lib, article_id)
        article_service.delete_article(lib, article.id)
    click.echo(f"Deleted {article.id}: {article.title}")


@main.command("analyze")
@click.argument("target")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@pass_library
def analyze_cmd(lib: Library, target: str, as_json: bool) -> None:
    """Find the unsourced assertions of an article (library ID, or a FILE to import first)."""
    with user_errors(NotFound, IngestError, OSError):
        article = _article_for(lib, target)
    from factcheck_app.services import analysis as analysis_service  # loads spaCy: only here

    result = analysis_service.analyze_article(lib, article.id)
    if result.notice:
        click.echo(result.notice, err=True)
    live = list(result.assertions)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "article_id": article.id,
                    "title": article.title,
                    "assertions": [assertion_json(a) for a in live],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    click.echo(f"{article.title}  ({article.id})")
    click.echo(
        f"{len(live)} assertions: {result.added} new, {result.updated} updated, "
        f"{result.retired} retired\n"
    )
    for a in live:
        page = article.page_at(a.start)
        where = f" (p. {page})" if page else ""
        click.echo(f"{a.category:<16} {_excerpt(article, a)}{where}")
        click.echo(f"{'':<16} ↳ {a.explanation}")


def _article_for(lib: Library, target: str) -> Article:
    path = Path(target)
    if article_service.is_url(target) or path.is_file():
        result = (
            article_service.import_url(lib, target)
            if article_service.is_url(target)
            else article_service.import_file(lib, path)
        )
        state = "already in the library as" if result.duplicate else "imported as"
        click.echo(f"{path}: {state} {result.article.id}", err=True)
        return result.article
    return article_service.get_article(lib, target)


def _excerpt(article: Article, a: Assertion, width: int = 110) -> str:
    """The assertion's text with its cue in »guillemets«, shortened around the cue."""
    text = article.text
    if a.cue_start is not None and a.cue_end is not None and a.start <= a.cue_start:
        marked = (
            text[a.start : a.cue_start]
            + "»"
            + text[a.cue_start : a.cue_end]
            + "«"
            + text[a.cue_end : a.end]
        )
    else:
        marked = text[a.start : a.end]
    marked = " ".join(marked.split())
    return marked if len(marked) <= width else marked[: width - 1] + "…"
