"""Articles and their blocks: rows in, ``models.Article`` out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from factcheck_app.errors import NotFoundError
from factcheck_app.i18n import N_
from factcheck_app.models import (
    Article,
    ArticleSnapshot,
    ArticleStatus,
    ArticleSummary,
    Block,
    BlockKind,
    ParsedArticle,
    Provenance,
)
from factcheck_app.storage import article_progress, compact
from factcheck_app.storage.rows import insert_row, mark_deleted, query_dicts, update_row
from factcheck_app.storage.validate import parse_languages

_SNAPSHOT_COLUMNS = "id, article_id, filename, mime, size, sha256, created_at"


def insert_article(
    db: Database,
    parsed: ParsedArticle,
    content_hash: str,
    author: str,
    keep: dict[str, str] | None = None,
) -> Article:
    """``keep``: id, author, timestamps and rev of an article that comes from another
    library (Web Annotation import), so merging back finds the same row."""
    with db.atomic():
        row = insert_row(
            db,
            "articles",
            {
                "title": parsed.title,
                "text": parsed.text,
                "content_hash": content_hash,
                "url": parsed.url,
                "byline": parsed.byline,
                "outlet": parsed.outlet,
                "published": parsed.published,
                "source_name": parsed.source_name,
                "source_format": parsed.source_format,
                "languages": json.dumps(list(parsed.languages)),
                **_provenance_row(parsed),
                **(keep or {}),
            },
            author,
        )
        db.table("blocks").insert_all(
            {
                "article_id": row["id"],
                "seq": seq,
                "kind": str(block.kind),
                "start": block.start,
                "end": block.end,
                "lang": block.lang,
                "page": block.page,
            }
            for seq, block in enumerate(parsed.blocks)
        )
        if parsed.original is not None:
            original = parsed.original
            insert_row(
                db,
                "article_snapshots",
                {
                    "article_id": row["id"],
                    "filename": original.filename,
                    "mime": original.mime,
                    "size": len(original.data),
                    "sha256": original.sha256,
                    "data": original.data,
                },
                author,
            )
    return _article(row, parsed.blocks, snapshots_for(db, row["id"]))


def _provenance_row(parsed: ParsedArticle) -> dict[str, Any]:
    origin = parsed.provenance
    return {
        "modified": parsed.modified,
        "requested_url": origin.requested_url,
        "final_url": origin.final_url,
        "redirects": json.dumps(list(origin.redirects)),
        "fetched_at": origin.fetched_at,
        "http_status": origin.http_status,
        "content_type": origin.content_type,
        "original_sha256": origin.original_sha256,
        "original_size": origin.original_size,
    }


def snapshots_for(db: Database, article_id: str) -> tuple[ArticleSnapshot, ...]:
    return tuple(
        ArticleSnapshot(**r)
        for r in query_dicts(
            db,
            f"SELECT {_SNAPSHOT_COLUMNS} FROM article_snapshots"
            " WHERE article_id = ? AND deleted = 0 ORDER BY created_at",
            [article_id],
        )
    )


def snapshot_data(db: Database, snapshot_id: str) -> bytes:
    found = db.execute("SELECT data FROM article_snapshots WHERE id = ?", [snapshot_id]).fetchone()
    if found is None:
        raise NotFoundError(N_("no local copy {id}"), id=snapshot_id)
    return bytes(found[0])


def find_by_hash(db: Database, content_hash: str) -> str | None:
    found = db.execute(
        "SELECT id FROM articles WHERE content_hash = ? AND deleted = 0 LIMIT 1", [content_hash]
    ).fetchone()
    return found[0] if found else None


def find_trashed_by_hash(db: Database, content_hash: str) -> str | None:
    """A trashed (deleted, not yet emptied) article with this text, newest first."""
    found = db.execute(
        "SELECT id FROM articles WHERE content_hash = ? AND deleted = 1 AND text != ''"
        " ORDER BY updated_at DESC LIMIT 1",
        [content_hash],
    ).fetchone()
    return found[0] if found else None


def find_by_url(db: Database, url: str, exclude: str | None = None) -> str | None:
    """A live article whose address (as given, requested or after redirects) is ``url``."""
    found = db.execute(
        "SELECT id FROM articles WHERE deleted = 0 AND id IS NOT ?"
        " AND (url = ? OR requested_url = ? OR final_url = ?) ORDER BY created_at LIMIT 1",
        [exclude, url, url, url],
    ).fetchone()
    return found[0] if found else None


def get_article(db: Database, article_id: str) -> Article | None:
    rows = query_dicts(db, "SELECT * FROM articles WHERE id = ? AND deleted = 0", [article_id])
    if not rows:
        return None
    return article_from_row(db, rows[0])


def article_from_row(db: Database, row: dict[str, Any]) -> Article:
    """The article of a row (also a trashed one: its blocks stay until the trash is emptied)."""
    return _article(row, get_blocks(db, row["id"]), snapshots_for(db, row["id"]))


def get_blocks(db: Database, article_id: str) -> tuple[Block, ...]:
    return tuple(
        Block(BlockKind(r["kind"]), r["start"], r["end"], r["lang"], r.get("page"))
        for r in query_dicts(
            db, "SELECT * FROM blocks WHERE article_id = ? ORDER BY seq", [article_id]
        )
    )


def page_at(db: Database, article_id: str, offset: int) -> int | None:
    found = db.execute(
        'SELECT page FROM blocks WHERE article_id = ? AND start <= ? AND "end" > ?'
        " ORDER BY seq LIMIT 1",
        [article_id, offset, offset],
    ).fetchone()
    return int(found[0]) if found and found[0] is not None else None


def resolve_article_id(db: Database, prefix: str) -> list[str]:
    """Ids matching a full id or a unique prefix (the CLI shows 8-character ids).

    An exact id is one primary-key lookup; a prefix is a range over the key
    (``id >= prefix AND id < prefix + U+10FFFF``), not ``LIKE``, which scans every row.
    """
    if not prefix:
        return []
    exact = db.execute("SELECT id FROM articles WHERE id = ? AND deleted = 0", [prefix]).fetchone()
    if exact:
        return [exact[0]]
    rows = db.execute(
        "SELECT id FROM articles WHERE id >= ? AND id < ? AND deleted = 0 ORDER BY created_at",
        [prefix, prefix + "\U0010ffff"],
    ).fetchall()
    return [r[0] for r in rows]


def list_summaries(db: Database, ids: Iterable[str] | None = None) -> list[ArticleSummary]:
    """The library list, newest first; with ``ids``, only those articles (the rows an
    edit changed). Answered from the covering index of migration ``m0008_perf`` and one
    ``article_progress`` row per article (m0016)."""
    where, params = "", []
    if ids is not None:
        params = list(dict.fromkeys(ids))
        if not params:
            return []
        where = f" AND {{col}} IN ({', '.join('?' for _ in params)})"
    tags: dict[str, list[str]] = {}
    for r in db.execute(
        "SELECT target_id, name FROM tags WHERE deleted = 0 AND target_kind = 'article'"
        + where.format(col="target_id")
        + " ORDER BY name",
        params,
    ).fetchall():
        tags.setdefault(r[0], []).append(r[1])
    languages: dict[str, tuple[str, ...]] = {}  # the same few JSON lists, parsed once each
    summaries = []
    # one row per article: its counts as stored by ``article_progress`` (kept exact by
    # triggers and the recount before each commit), so Python sees 10,000 rows and SQLite
    # aggregates nothing; a row a change outside the app left stale is aggregated here
    rows = db.execute(
        "SELECT a.id, a.title, a.outlet, a.published, a.languages, a.created_at,"
        " p.opened, p.done, p.findings, p.total IS NULL,"
        # analysed: a findings record (kept even when a run found nothing) or a finding row;
        # asked only of articles with nothing to check
        " CASE WHEN p.findings THEN 1 ELSE"
        f" EXISTS (SELECT 1 FROM {compact.TABLE} f WHERE f.article_id = a.id)"
        " OR EXISTS (SELECT 1 FROM assertions s WHERE s.article_id = a.id AND s.deleted = 0)"
        " END"
        f" FROM articles a LEFT JOIN {article_progress.TABLE} p ON p.article_id = a.id"
        " WHERE a.deleted = 0" + where.format(col="a.id") + " ORDER BY a.created_at DESC",
        params,
    ).fetchall()
    stale = [r[0] for r in rows if r[9]]
    fresh = article_progress.finding_counts(db, stale) if stale else {}
    for row in rows:
        id_, title, outlet, published, langs, created, opened, done, total, is_stale = row[:10]
        analysed = row[10]
        if is_stale:
            opened, done, total = fresh.get(id_, article_progress.NO_FINDINGS)
        counts = {}
        if opened:
            for pair in opened.split(","):
                category, _, number = pair.partition(" ")
                counts[category] = int(number)
        if not total:
            status = ArticleStatus.CLEAR if analysed else ArticleStatus.UNCHECKED
        else:
            status = (
                ArticleStatus.CHECKED
                if done == total
                else (ArticleStatus.IN_PROGRESS if done else ArticleStatus.OPEN)
            )
        parsed = languages.get(langs)
        if parsed is None:
            parsed = languages[langs] = parse_languages(langs)
        summaries.append(
            ArticleSummary(
                id=id_,
                title=title,
                outlet=outlet,
                published=published,
                languages=parsed,
                created_at=created,
                open_counts=counts,
                tags=tuple(tags.get(id_, ())),
                status=status,
            )
        )
    return summaries


def article_ids_of_assertions(db: Database, assertion_ids: Iterable[str]) -> set[str]:
    """The articles the given assertions belong to (deleted ones included)."""
    ids = list(assertion_ids)
    found: set[str] = set()
    for at in range(0, len(ids), 500):
        chunk = ids[at : at + 500]
        found.update(
            r[0]
            for r in db.execute(
                f"SELECT DISTINCT article_id FROM assertions WHERE id IN"
                f" ({', '.join('?' for _ in chunk)})",
                chunk,
            ).fetchall()
        )
    # untouched findings (``compact``) name their article at the end of their id
    found.update(r["article_id"] for r in compact.find_many(db, ids).values())
    return found


def delete_article(db: Database, article_id: str, author: str) -> bool:
    """Mark the article and everything hanging off it deleted, in one transaction."""
    with db.atomic():
        if not mark_deleted(db, "articles", article_id, author):
            return False
        for table in ("assertions", "notes", "article_snapshots"):
            for (row_id,) in db.execute(
                f"SELECT id FROM {table} WHERE article_id = ? AND deleted = 0", [article_id]
            ).fetchall():  # "trashed": deleted with the article, restored with it
                update_row(db, table, row_id, {"deleted": 1, "trashed": 1}, author)
    return True


def _article(
    row: dict[str, Any], blocks: tuple[Block, ...], snapshots: tuple[ArticleSnapshot, ...] = ()
) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        blocks=blocks,
        content_hash=row["content_hash"],
        url=row["url"],
        byline=row["byline"],
        outlet=row["outlet"],
        published=row["published"],
        source_name=row["source_name"],
        source_format=row["source_format"],
        languages=parse_languages(row["languages"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        author=row["author"],
        modified=row.get("modified"),
        provenance=Provenance(
            requested_url=row.get("requested_url"),
            final_url=row.get("final_url"),
            redirects=tuple(json.loads(row.get("redirects") or "[]")),
            fetched_at=row.get("fetched_at"),
            http_status=row.get("http_status"),
            content_type=row.get("content_type"),
            original_sha256=row.get("original_sha256"),
            original_size=row.get("original_size"),
        ),
        snapshots=snapshots,
        language=row.get("lang") or "",
    )
