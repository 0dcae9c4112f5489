"""Articles and their blocks: rows in, ``models.Article`` out."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

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
from factcheck_app.storage.rows import insert_row, mark_deleted, query_dicts

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
        raise KeyError(snapshot_id)
    return bytes(found[0])


def find_by_hash(db: Database, content_hash: str) -> str | None:
    found = db.execute(
        "SELECT id FROM articles WHERE content_hash = ? AND deleted = 0 LIMIT 1", [content_hash]
    ).fetchone()
    return found[0] if found else None


def get_article(db: Database, article_id: str) -> Article | None:
    rows = query_dicts(db, "SELECT * FROM articles WHERE id = ? AND deleted = 0", [article_id])
    if not rows:
        return None
    return _article(rows[0], get_blocks(db, article_id), snapshots_for(db, article_id))


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
    """Ids matching a full id or a unique prefix (the CLI shows 8-character ids)."""
    rows = db.execute(
        "SELECT id FROM articles WHERE deleted = 0 AND id LIKE ? ORDER BY created_at",
        [prefix.replace("%", "").replace("_", "\\_") + "%"],
    ).fetchall()
    return [r[0] for r in rows]


def list_summaries(db: Database) -> list[ArticleSummary]:
    counts: dict[str, dict[str, int]] = {}
    for r in db.execute(
        "SELECT article_id, category, COUNT(*) FROM assertions"
        " WHERE deleted = 0 AND review != 'dismissed' AND status != 'checked'"
        " GROUP BY article_id, category"
    ).fetchall():
        counts.setdefault(r[0], {})[r[1]] = r[2]
    tags: dict[str, list[str]] = {}
    for r in db.execute(
        "SELECT target_id, name FROM tags WHERE deleted = 0 AND target_kind = 'article'"
        " ORDER BY name"
    ).fetchall():
        tags.setdefault(r[0], []).append(r[1])
    status: dict[str, ArticleStatus] = {}
    for r in db.execute(
        "SELECT article_id, SUM(status = 'checked' OR review = 'dismissed'), COUNT(*)"
        " FROM assertions WHERE deleted = 0 AND category != 'sourced' GROUP BY article_id"
    ).fetchall():
        done, total = r[1] or 0, r[2]
        status[r[0]] = (
            ArticleStatus.CHECKED
            if done == total
            else (ArticleStatus.IN_PROGRESS if done else ArticleStatus.OPEN)
        )
    return [
        ArticleSummary(
            id=r["id"],
            title=r["title"],
            outlet=r["outlet"],
            published=r["published"],
            languages=tuple(json.loads(r["languages"] or "[]")),
            created_at=r["created_at"],
            open_counts=counts.get(r["id"], {}),
            tags=tuple(tags.get(r["id"], ())),
            status=status.get(r["id"], ArticleStatus.UNCHECKED),
        )
        for r in query_dicts(
            db,
            "SELECT id, title, outlet, published, languages, created_at FROM articles"
            " WHERE deleted = 0 ORDER BY created_at DESC",
        )
    ]


def delete_article(db: Database, article_id: str, author: str) -> bool:
    """Mark the article and everything hanging off it deleted, in one transaction."""
    with db.atomic():
        if not mark_deleted(db, "articles", article_id, author):
            return False
        for table in ("assertions", "notes", "article_snapshots"):
            for (row_id,) in db.execute(
                f"SELECT id FROM {table} WHERE article_id = ? AND deleted = 0", [article_id]
            ).fetchall():
                mark_deleted(db, table, row_id, author)
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
        languages=tuple(json.loads(row["languages"] or "[]")),
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
    )
