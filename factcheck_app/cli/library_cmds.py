"""Library commands: import, list, show, search, delete (to the trash), analyze."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

from factcheck_app.cards import progress_label
from factcheck_app.cli.app import STDIO, main, pass_library, user_errors
from factcheck_app.cli.output import (
    echo,
    emit_json,
    json_option,
    lang_option,
    note,
    progress_for,
    warn,
)
from factcheck_app.explanations import explain
from factcheck_app.export.json_report import assertion_json
from factcheck_app.ingest import IngestError
from factcheck_app.models import AnalysisResult, Article, ArticleStatus, Assertion, Lifecycle
from factcheck_app.services import Library
from factcheck_app.services import articles as article_service
from factcheck_app.services import cards as card_service
from factcheck_app.settings import ui_language


def short(article_id: str) -> str:
    return article_id[:8]


def _expand(sources: tuple[str, ...]) -> Iterator[str]:
    """Sources as given; a folder as the importable files in it (by extension, recursively,
    sorted; other files there are skipped, not refused)."""
    from factcheck_app.ingest.formats import EXTENSIONS

    for source in sources:
        path = Path(source)
        if source != STDIO and path.is_dir():
            yield from sorted(
                str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS
            )
        else:
            yield source


@main.command("import")
@click.argument("sources", nargs=-1, required=True)
@click.option("--analyze", "analyze", is_flag=True, help="Analyse the imported articles too.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Processes for --analyze.",
)
@click.option(
    "--again",
    is_flag=True,
    help="Fetch a web address even when the library already has an article from it.",
)
@json_option
@pass_library
def import_cmd(
    lib: Library, sources: tuple[str, ...], analyze: bool, jobs: int, again: bool, as_json: bool
) -> None:
    """Import articles from FILES or folders (text, Markdown, HTML, PDF, Word), web
    addresses (http/https, fetched and archived as WARC) or - (stdin); prints the new
    article ids (with --analyze, also how many of its claims are to check)."""
    failed: list[dict[str, str]] = []
    imported = []
    items = list(_expand(sources))
    progress = progress_for("Importing") if len(items) > 1 else None
    for done, source in enumerate(items, 1):
        try:
            if source == STDIO:
                data = sys.stdin.read()
                result = article_service.import_text(lib, data, source_name="stdin")
            elif article_service.is_url(source):
                result = article_service.import_url(lib, source, again=again)
            else:
                result = article_service.import_file(lib, Path(source))
        except (IngestError, OSError) as exc:
            echo(f"Error: {'stdin' if source == STDIO else source}: {exc}", err=True)
            failed.append({"source": source, "error": str(exc)})
            continue
        finally:
            if progress:
                progress(done, len(items))
        origin = result.article.provenance
        if origin.redirects:
            note(f"{source}: redirected to {origin.final_url}")
        for warning in result.warnings:
            warn(f"{source}: {warning}")
        if result.in_trash:
            note(
                f"{source}: in the trash as {result.article.id}"
                f" (factcheck restore {short(result.article.id)})"
            )
        elif result.duplicate:
            note(f"{source}: already in the library as {result.article.id}")
            if article_service.is_url(source) and not again:
                note(f"{source}: not fetched again (--again fetches it anew)")
        if result.same_url:
            note(f"{source}: the library has another article from this address: {result.same_url}")
        imported.append((source, result))
        if not as_json and not analyze:
            echo(result.article.id)
    analysed = {}
    if analyze and imported:
        ids = list(dict.fromkeys(r.article.id for _s, r in imported))
        analysed = {a.article_id: a for a in _analyze_many(lib, ids, jobs)}
    if analyze and not as_json:
        for _source, r in imported:
            cards_done = card_service.progress(lib, r.article.id)
            to_check = cards_done.total - cards_done.checked
            echo(f"{r.article.id}  {to_check:>3} to check  {r.article.title}")
    if as_json:
        emit_json(
            "import",
            imported=[
                {
                    "source": src,
                    "article_id": r.article.id,
                    "title": r.article.title,
                    "duplicate": r.duplicate,
                    "in_trash": r.in_trash,
                    "same_url": r.same_url,
                    "warnings": list(r.warnings),
                    **(
                        {"assertions": len(analysed[r.article.id].assertions)}
                        if r.article.id in analysed
                        else {}
                    ),
                }
                for src, r in imported
            ],
            failed=failed,
        )
    if failed:
        raise SystemExit(2)


@main.command("list")
@json_option
@pass_library
def list_cmd(lib: Library, as_json: bool) -> None:
    """List the articles in the library with how far each check is ("2 of 9 checked")."""
    summaries = article_service.list_articles(lib)
    if as_json:
        emit_json("list", articles=summaries)
        return
    if not summaries:
        echo("The library is empty. Add an article with: factcheck import FILE")
        return
    progress = card_service.progress_many(lib, [s.id for s in summaries])
    lang = ui_language(lib.settings)
    for s in summaries:
        # the list's wording (``cards.progress_label``): an article with nothing to check
        # stored reads "not analysed", as in the window's library list
        analysed = s.status != ArticleStatus.UNCHECKED
        checked = progress_label(progress.get(s.id) if analysed else None, lang)
        langs = ",".join(s.languages) or "-"
        echo(
            f"{short(s.id)}  {s.created_at[:10]}  {langs:<5}  {checked:<18}  "
            f"{s.title}" + (f"  [{s.outlet}]" if s.outlet else "")
        )


@main.command("show")
@click.argument("article_id")
@json_option
@pass_library
def show_cmd(lib: Library, article_id: str, as_json: bool) -> None:
    """Show an article: metadata, blocks with kinds and languages, and text."""
    article = article_service.get_article(lib, article_id)
    if as_json:
        emit_json("show", article=article)
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
            echo(f"{label + ':':<11}{value}")
    echo("")
    for block in article.blocks:
        body = article.text[block.start : block.end]
        page = f" p. {block.page}" if block.page else ""
        echo(f"[{block.kind} {block.lang} {block.start}-{block.end}{page}] {body}")


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
@click.option(
    "--state",
    type=click.Choice([str(s) for s in Lifecycle]),
    help="Only results tied to claims in this lifecycle state.",
)
@click.option("--verdict", help="Only results tied to claims with this verdict (rating).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many results.")
@json_option
@pass_library
def search_cmd(
    lib: Library,
    query: tuple[str, ...],
    state: str | None,
    verdict: str | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """Full-text search over articles, notes, references and tags, one page of the
    ranked results at a time (--offset/--limit) with the real number of results."""
    text = " ".join(query)
    flt = article_service.ClaimFilter(state, verdict)
    counts = article_service.count_hits(lib, text, flt)
    hits = article_service.search_page(lib, text, offset, limit, counts, True, flt)
    if as_json:
        emit_json(
            "search",
            query=text,
            state=state,
            verdict=verdict,
            total=sum(counts.values()),
            offset=offset,
            hits=hits,
        )
        return
    if not hits:
        echo("No matches.")
    for hit in hits:
        where = short(hit.article_id) if hit.article_id else "-"
        echo(f"{hit.kind:<9} {where}  {hit.title}: {hit.snippet}")
    total = sum(counts.values())
    if total > len(hits):  # the real count, not just what fits on the screen
        if offset:
            echo(f"Showing results {offset + 1}-{offset + len(hits)} of {total}.")
        else:
            echo(f"Showing {len(hits)} of {total} results.")


@main.command("delete")
@click.argument("article_id")
@json_option
@pass_library
def delete_cmd(lib: Library, article_id: str, as_json: bool) -> None:
    """Move an article to the trash (undo, or `factcheck restore ID`; merges carry it over
    as a deletion mark)."""
    article = article_service.get_article(lib, article_id)
    article_service.delete_article(lib, article.id)
    if as_json:
        emit_json("delete", article_id=article.id, title=article.title)
        return
    echo(f"Moved to the trash: {article.id}: {article.title}")


@main.command("analyze")
@click.argument("targets", nargs=-1)
@click.option("--all", "all_articles", is_flag=True, help="Analyse every article in the library.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes for many articles.",
)
@lang_option("the explanations")
@json_option
@pass_library
def analyze_cmd(
    lib: Library,
    targets: tuple[str, ...],
    all_articles: bool,
    jobs: int,
    lang: str | None,
    as_json: bool,
) -> None:
    """Find the unsourced assertions of articles: library IDs, FILEs to import first, or --all.

    Many articles are analysed in this one process (spaCy's nlp.pipe), or in --jobs N.
    """
    if not targets and not all_articles:
        raise click.UsageError("name an article ID or FILE, or use --all")
    with user_errors(IngestError, OSError):
        articles = [_article_for(lib, t) for t in targets]
    if all_articles:
        articles += [
            article_service.get_article(lib, s.id) for s in article_service.list_articles(lib)
        ]
    by_id = {a.id: a for a in articles}
    results = _analyze_many(lib, list(by_id), jobs)
    lang = lang or ui_language(lib.settings)
    if as_json:
        emit_json(
            "analyze",
            articles=[
                {
                    "article_id": r.article_id,
                    "title": by_id[r.article_id].title,
                    "added": r.added,
                    "updated": r.updated,
                    "retired": r.retired,
                    "assertions": [assertion_json(a, lang) for a in r.assertions],
                }
                for r in results
            ],
        )
        return
    for n, result in enumerate(results):
        article = by_id[result.article_id]
        live = list(result.assertions)
        echo(("\n" if n else "") + f"{article.title}  ({article.id})")
        echo(
            f"{len(live)} assertions: {result.added} new, {result.updated} updated, "
            f"{result.retired} retired\n"
        )
        for a in live:
            page = article.page_at(a.start)
            where = f" (p. {page})" if page else ""
            echo(f"{a.category:<16} {_excerpt(article, a)}{where}")
            echo(f"{'':<16} ↳ {explain(a, lang)}")


def _analyze_many(lib: Library, ids: list[str], jobs: int) -> list[AnalysisResult]:
    from factcheck_app.services import analysis as analysis_service  # loads spaCy: only here

    progress = progress_for("Analysing") if len(ids) > 1 else None
    results = list(analysis_service.analyze_articles(lib, ids, jobs=jobs, progress=progress))
    if progress is not None:
        click.echo("", err=True)
    notice = next((r.notice for r in results if r.notice), None)
    if notice:
        warn(notice)
    order = {article_id: n for n, article_id in enumerate(ids)}
    return sorted(results, key=lambda r: order[r.article_id])


def _article_for(lib: Library, target: str) -> Article:
    path = Path(target)
    if article_service.is_url(target) or path.is_file():
        result = (
            article_service.import_url(lib, target)
            if article_service.is_url(target)
            else article_service.import_file(lib, path)
        )
        state = "already in the library as" if result.duplicate else "imported as"
        note(f"{target}: {state} {result.article.id}")
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
