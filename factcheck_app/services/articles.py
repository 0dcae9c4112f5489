"""Importing, listing, reading, searching and deleting articles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck_app.errors import InputError, LibraryError, NotFoundError
from factcheck_app.i18n import N_
from factcheck_app.models import (
    Article,
    ArticleFields,
    ArticleSnapshot,
    ArticleSummary,
    Cancel,
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
from factcheck_app.storage.rows import query_dicts


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
        trashed = article_store.find_trashed_by_hash(db, digest)
        if trashed:  # shown from the trash, so the checker can restore it with its work
            return ImportResult(trashed_article(lib, trashed), True, parsed.warnings, in_trash=True)
        article = article_store.insert_article(db, parsed, digest, lib.author)
        address = parsed.provenance.requested_url or parsed.url
        same_url = article_store.find_by_url(db, address, article.id) if address else None
    return ImportResult(
        article,
        duplicate=False,
        warnings=parsed.warnings,
        changes=Changes(articles=frozenset({article.id}), library=True),
        same_url=same_url,
    )


def trashed_article(lib: Library, article_id: str) -> Article:
    """A trashed article as it was (for the duplicate warning and the trash's preview)."""
    with lib.session() as db:
        rows = query_dicts(db, "SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            raise NotFound(N_("no article {id}"), id=article_id)
        return article_store.article_from_row(db, rows[0])


def find_by_url(lib: Library, url: str) -> Article | None:
    """The article already imported from this address, if any (the URL import asks
    before fetching it again)."""
    with lib.session() as db:
        found = article_store.find_by_url(db, url.strip())
        return article_store.get_article(db, found) if found else None


def import_file(lib: Library, path: Path | str) -> ImportResult:
    """Raises ``ingest.IngestError`` with a user-readable message for bad files."""
    from factcheck_app import ingest

    return store_parsed(lib, ingest.read_file(Path(path)))


def import_text(
    lib: Library,
    data: str,
    fmt: str | None = None,
    source_name: str | None = None,
    url: str | None = None,
) -> ImportResult:
    """Pasted or dropped text; ``url`` is where it came from when the source says so
    (a browser puts the page address next to dragged HTML)."""
    import hashlib
    from dataclasses import replace

    from factcheck_app import ingest

    parsed = ingest.parse_string(data, fmt=fmt, source_name=source_name)
    raw = data.encode("utf-8", errors="surrogatepass")
    origin = replace(
        parsed.provenance,
        requested_url=url,
        original_sha256=hashlib.sha256(raw).hexdigest(),
        original_size=len(raw),
    )
    return store_parsed(lib, replace(parsed, url=parsed.url or url, provenance=origin))


def import_url(
    lib: Library, url: str, cancel: Cancel | None = None, *, again: bool = True
) -> ImportResult:
    """Fetch a web address and store the article with its WARC archive; a failed fetch
    raises ``ingest.IngestError`` and stores nothing. With ``again=False`` an address
    the library already has is not fetched (a duplicate result, offline too): the app
    asks before fetching again, the CLI needs ``--again``."""
    from factcheck_app import ingest

    known = None if again else find_by_url(lib, url)
    if known is not None:
        return ImportResult(known, duplicate=True)

    return store_parsed(lib, ingest.read_url(url, cancel=cancel))


def fetch_source(url: str, cancel: Cancel | None = None) -> ParsedArticle:
    """Fetch a source for a reference through the same path as an article import:
    its metadata fills the reference, its WARC record becomes the local copy."""
    from factcheck_app import ingest

    return ingest.read_url(url, cancel=cancel)


def url_problem(text: str) -> str | None:
    """Why ``text`` cannot be fetched (one line), or None when it can."""
    from factcheck_app.ingest.errors import IngestError
    from factcheck_app.ingest.fetch import check_url

    try:
        check_url(text)
    except IngestError as err:
        return str(err)
    return None


def is_url(text: str) -> bool:
    """True for an http(s) address (what ``factcheck import`` treats as a URL)."""
    return text.strip().lower().startswith(("http://", "https://"))


def import_sources(
    lib: Library,
    sources: Sequence[Path | str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> tuple[list[ImportResult], list[tuple[str, str]]]:
    """Import files and web addresses alike (the CLI, drag and drop); returns results
    and (source, error message) for the ones refused."""
    from factcheck_app import ingest

    results: list[ImportResult] = []
    errors: list[tuple[str, str]] = []
    for done, source in enumerate(sources):
        if cancel and cancel():
            break
        try:
            if isinstance(source, str) and is_url(source):
                results.append(import_url(lib, source, cancel=cancel))
            else:
                results.append(import_file(lib, source))
        except ingest.IngestError as exc:
            errors.append((str(source), str(exc)))
        if progress:
            progress(done + 1, len(sources))
    return results, errors


def article_snapshot_data(lib: Library, snapshot: ArticleSnapshot) -> bytes:
    """The archived bytes, checked against their SHA-256 so damage is reported."""
    import hashlib

    with lib.session() as db:
        data = article_store.snapshot_data(db, snapshot.id)
    if hashlib.sha256(data).hexdigest() != snapshot.sha256:
        raise LibraryError(
            N_("the stored copy of {name} is damaged (checksum differs)"), name=snapshot.filename
        )
    return data


def save_article_snapshot(lib: Library, snapshot: ArticleSnapshot, target: Path) -> Path:
    """Write the archived copy to ``target`` (a file, or a folder to put it in)."""
    from factcheck_app.files import safe_filename

    target = Path(target)
    if target.is_dir():
        target = target / f"{snapshot.sha256[:12]}-{safe_filename(snapshot.filename)}"
    target.write_bytes(article_snapshot_data(lib, snapshot))
    return target


def list_articles(lib: Library, ids: Iterable[str] | None = None) -> list[ArticleSummary]:
    """Every article's summary, newest first; with ``ids``, just those (for a list that
    updates only the rows an edit touched). Deleted or unknown ids are left out."""
    with lib.session() as db:
        return article_store.list_summaries(db, ids)


def articles_of_assertions(lib: Library, assertion_ids: Iterable[str]) -> set[str]:
    """The ids of the articles the given assertions belong to."""
    with lib.session() as db:
        return article_store.article_ids_of_assertions(db, assertion_ids)


def get_article(lib: Library, article_id: str) -> Article:
    with lib.session() as db:
        article = article_store.get_article(db, resolve_id(lib, article_id))
    if article is None:
        raise NotFound(N_("no article {id}"), id=article_id)
    return article


def page_at(lib: Library, article_id: str, offset: int) -> int | None:
    """PDF page of the text at ``offset`` (None for articles without pages)."""
    with lib.session() as db:
        return article_store.page_at(db, article_id, offset)


def resolve_id(lib: Library, id_or_prefix: str) -> str:
    with lib.session() as db:
        matches = article_store.resolve_article_id(db, id_or_prefix.strip())
    if not matches:
        raise NotFound(N_("no article with id {id}"), id=repr(id_or_prefix))
    if len(matches) > 1 and id_or_prefix not in matches:
        raise NotFound(
            N_("{id} matches {count} articles; give more of the id"),
            id=repr(id_or_prefix),
            count=len(matches),
        )
    return id_or_prefix if id_or_prefix in matches else matches[0]


def delete_article(lib: Library, article_id: str) -> Changes:
    """Move an article to the trash: it and its assertions, notes and archived copies are
    marked deleted (one undoable edit; ``services.trash`` restores or empties)."""
    article_id = resolve_id(lib, article_id)
    title = get_article(lib, article_id).title
    with operation(lib, Operation.DELETE_ARTICLE, title) as op:
        article_store.delete_article(op.db, article_id, lib.author)
        op.changes = Changes(articles=frozenset({article_id}), library=True)
    return op.changes


def delete_articles(lib: Library, article_ids: Sequence[str]) -> Changes:
    """Move several articles to the trash as one undoable edit (the library list's
    selection)."""
    ids = list(dict.fromkeys(resolve_id(lib, a) for a in article_ids))
    if len(ids) == 1:
        return delete_article(lib, ids[0])
    with operation(lib, Operation.DELETE_ARTICLE, f"{len(ids)} articles") as op:
        for article_id in ids:
            article_store.delete_article(op.db, article_id, lib.author)
        op.changes = Changes(articles=frozenset(ids), library=True)
    return op.changes


def edit_article(lib: Library, article_id: str, fields: ArticleFields) -> Changes:
    """Correct an article's title, address, outlet, author, date or language (one
    undoable edit). A changed language applies at the next analysis (F5)."""
    from factcheck_app.language import SUPPORTED
    from factcheck_app.storage.annotations import edit

    article_id = resolve_id(lib, article_id)
    title = " ".join(fields.title.split())
    if not title:
        raise InputError(N_("an article needs a title"))
    if fields.language and fields.language not in SUPPORTED:
        raise InputError(
            N_("unknown language {language}; use one of {known}"),
            language=fields.language,
            known=", ".join(SUPPORTED),
        )
    if fields.published and not _is_date(fields.published.strip()):
        raise InputError(
            N_("{value} is not a date (use YYYY-MM-DD)"), value=fields.published.strip()
        )
    if fields.url and not is_url(fields.url):
        raise InputError(N_("{value} is not a web address (http:// or https://)"), value=fields.url)

    def clean(value: str | None) -> str | None:
        return " ".join(value.split()) or None if value else None

    values = {
        "title": title,
        "url": (fields.url or "").strip() or None,
        "outlet": clean(fields.outlet),
        "byline": clean(fields.byline),
        "published": (fields.published or "").strip() or None,
        "lang": fields.language or "",
    }
    with operation(lib, Operation.EDIT_ARTICLE, title) as op:
        edit(op.db, "articles", article_id, values, lib.author)
        op.changes = Changes(articles=frozenset({article_id}), library=True)
    return op.changes


def _is_date(text: str) -> bool:
    """A published date as stored: ISO 8601, a day (2024-05-01) or a full timestamp."""
    from datetime import date, datetime

    try:
        (date if len(text) == 10 else datetime).fromisoformat(text)
    except ValueError:
        return False
    return True


def search(lib: Library, query: str, limit: int = 50) -> list[SearchHit]:
    """Up to ``limit`` hits of each kind, with snippets (the CLI's list)."""
    with lib.session() as db:
        return search_store.search(db, query, limit)


#: A search's claim filter (lifecycle state, verdict), for the GUI and the CLI.
ClaimFilter = search_store.ClaimFilter


def count_hits(
    lib: Library, query: str, flt: search_store.ClaimFilter = search_store.NO_FILTER
) -> dict[str, int]:
    """The real number of results of each kind ("article", "note", "reference", "tag");
    ``flt`` keeps results tied to claims in one lifecycle state and/or with one verdict."""
    with lib.session() as db:
        return search_store.count_hits(db, query, flt)


def search_page(
    lib: Library,
    query: str,
    offset: int,
    limit: int,
    counts: dict[str, int] | None = None,
    snippets: bool = False,
    flt: search_store.ClaimFilter = search_store.NO_FILTER,
) -> list[SearchHit]:
    """One page of the ranked results; snippets are most of the cost of a search, so
    list a page without them and ask for them (off the GUI thread) for what is shown."""
    with lib.session() as db:
        return search_store.search_page(db, query, offset, limit, counts, snippets, flt)
