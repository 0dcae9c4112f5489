"""Published fact-checks (``claim_reviews``) and the stored keys of the claim-match index.

Published reviews are synced rows like notes and verdicts (written through ``rows`` so
they merge). The index rows are this copy's derived data: written directly, never logged,
never shared; ``claim_index_change`` in ``meta`` says up to which change-log entry they
are current, so the index catches up with only what changed since.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlite_utils import Database

from factcheck_app.claim_models import PublishedReview
from factcheck_app.storage import compact
from factcheck_app.storage.db import get_meta, set_meta
from factcheck_app.storage.rows import insert_row, query_dicts, update_row

INDEX_CHANGE_KEY = "claim_index_change"
INDEX_VERSION_KEY = "claim_index_version"

_REVIEW_FIELDS = (
    "claim",
    "rating",
    "rating_value",
    "explanation",
    "claimant",
    "claim_date",
    "publisher",
    "url",
    "review_date",
    "lang",
    "appearance_url",
    "source_file",
)


def to_review(row: dict[str, Any]) -> PublishedReview:
    return PublishedReview(
        id=row["id"],
        **{k: row[k] for k in _REVIEW_FIELDS},
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        author=row["author"],
    )


def find_review(db: Database, url: str, claim: str) -> dict[str, Any] | None:
    """The live review of ``claim`` at ``url`` (one review page may check several claims)."""
    rows = query_dicts(
        db,
        "SELECT * FROM claim_reviews WHERE url = ? AND claim = ? AND deleted = 0 LIMIT 1",
        [url, claim],
    )
    return rows[0] if rows else None


def save_reviews(
    db: Database, reviews: Iterable[dict[str, Any]], author: str
) -> tuple[list[str], list[str], int]:
    """Insert new reviews, update changed ones (same URL and claim); one transaction.

    Returns (added ids, updated ids, unchanged count).
    """
    added: list[str] = []
    updated: list[str] = []
    same = 0
    with db.atomic():
        for values in reviews:
            current = find_review(db, values["url"], values["claim"]) if values["url"] else None
            if current is None:
                added.append(insert_row(db, "claim_reviews", values, author)["id"])
                continue
            changes = {k: v for k, v in values.items() if k != "source_file"}
            if update_row(db, "claim_reviews", current["id"], changes, author) is None:
                same += 1
            else:
                updated.append(current["id"])
    return added, updated, same


def get_review(db: Database, review_id: str) -> PublishedReview | None:
    rows = query_dicts(db, "SELECT * FROM claim_reviews WHERE id = ? AND deleted = 0", [review_id])
    return to_review(rows[0]) if rows else None


def list_reviews(db: Database, query: str = "") -> list[PublishedReview]:
    if query.strip():
        words = " ".join('"' + w.replace('"', "") + '"' for w in query.split())
        sql = (
            "SELECT r.* FROM claim_reviews r JOIN claim_reviews_fts f ON f.rowid = r.rowid"
            " WHERE claim_reviews_fts MATCH ? AND r.deleted = 0 ORDER BY r.review_date DESC"
        )
        return [to_review(r) for r in query_dicts(db, sql, [words])]
    return [
        to_review(r)
        for r in query_dicts(
            db, "SELECT * FROM claim_reviews WHERE deleted = 0 ORDER BY review_date DESC"
        )
    ]


# --- what the index covers ---------------------------------------------------------


def last_change(db: Database) -> int:
    found = db.execute("SELECT max(rowid) FROM change_log").fetchone()
    return int(found[0] or 0)


def changed_since(db: Database, rowid: int) -> dict[str, set[str]]:
    """Ids per table (assertions, articles, claim_reviews) logged after ``rowid``."""
    out: dict[str, set[str]] = {"assertions": set(), "articles": set(), "claim_reviews": set()}
    for table, row_id in db.execute(
        "SELECT DISTINCT table_name, row_id FROM change_log WHERE rowid > ?"
        " AND table_name IN ('assertions', 'articles', 'claim_reviews')",
        [rowid],
    ):
        out[table].add(row_id)
    return out


#: Claims worth remembering: marked by a person, or worked on (any state but "to check").
#: An untouched detector finding is re-derived from the text by every analysis and is
#: compared when its card is asked about, but it is not kept in the index.
REMEMBER = "(a.origin != 'detector' OR a.status != 'to_check')"


def claim_rows(
    db: Database,
    *,
    assertion_ids: Iterable[str] | None = None,
    article_ids: Iterable[str] | None = None,
) -> Iterator[dict[str, Any]]:
    """Assertions as claim rows (id, article_id, text, lang, category, live, remember);
    with no ids, only the claims worth remembering (the index's first build)."""
    sql = (
        "SELECT a.id, a.article_id, a.quote AS text, a.lang, a.category,"
        f" (a.deleted = 0 AND ar.deleted = 0) AS live, {REMEMBER} AS remember"
        " FROM assertions a JOIN articles ar ON ar.id = a.article_id"
    )
    if assertion_ids is None and article_ids is None:
        yield from _iter(db, f"{sql} WHERE {REMEMBER}", [])
        return
    for column, ids in (("a.id", assertion_ids), ("a.article_id", article_ids)):
        chunk = list(ids or ())
        for start in range(0, len(chunk), 500):
            part = chunk[start : start + 500]
            marks = ", ".join("?" * len(part))
            yield from _iter(db, f"{sql} WHERE {column} IN ({marks})", part)
    # untouched findings (``compact``): never remembered, still cards
    chosen = list(dict.fromkeys(article_ids or ()))
    found = [r for rows in compact.rows_for(db, chosen).values() for r in rows]
    found += compact.find_many(db, assertion_ids or ()).values()
    live = _live_articles(db, list({r["article_id"] for r in found}))
    for row in found:
        yield {
            "id": row["id"],
            "article_id": row["article_id"],
            "text": row["quote"],
            "lang": row["lang"],
            "category": row["category"],
            "live": int(row["article_id"] in live),
            "remember": 0,
        }


def _live_articles(db: Database, article_ids: list[str]) -> set[str]:
    live: set[str] = set()
    for start in range(0, len(article_ids), 500):
        part = article_ids[start : start + 500]
        marks = ", ".join("?" * len(part))
        live.update(
            r[0]
            for r in db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks}) AND deleted = 0", part
            )
        )
    return live


def review_rows(db: Database, ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    sql = "SELECT id, claim AS text, lang, deleted = 0 AS live FROM claim_reviews"
    if ids is None:
        yield from _iter(db, sql, [])
        return
    chunk = list(ids)
    for start in range(0, len(chunk), 500):
        part = chunk[start : start + 500]
        yield from _iter(db, f"{sql} WHERE id IN ({', '.join('?' * len(part))})", part)


def _iter(db: Database, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


# --- the stored keys -----------------------------------------------------------------


def index_state(db: Database) -> tuple[int, str]:
    return int(get_meta(db, INDEX_CHANGE_KEY, "0") or 0), get_meta(db, INDEX_VERSION_KEY, "")


def load_index(db: Database) -> Iterator[tuple[str, str, str, str, str, dict[str, Any]]]:
    """(item id, kind, article id, text hash, lang, features) of every indexed claim."""
    for item_id, kind, article_id, text_hash, lang, features in db.execute(
        "SELECT item_id, kind, article_id, text_hash, lang, features FROM claim_index"
    ):
        yield item_id, kind, article_id, text_hash, lang, json.loads(features)


def save_index(
    db: Database,
    upserts: list[tuple[str, str, str, str, str, dict[str, Any]]],
    removed: Iterable[str],
    change: int,
    version: str,
    *,
    reset: bool = False,
) -> None:
    """Write what changed in the index and the change-log position it is current to."""
    if not (upserts or reset or removed) and index_state(db) == (change, version):
        return
    with db.atomic():
        if reset:
            db.execute("DELETE FROM claim_index")
        db.conn.executemany("DELETE FROM claim_index WHERE item_id = ?", [(i,) for i in removed])
        db.conn.executemany(
            "INSERT OR REPLACE INTO claim_index"
            " (item_id, kind, article_id, text_hash, lang, features) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (i, kind, art, digest, lang, json.dumps(feats, ensure_ascii=False))
                for i, kind, art, digest, lang, feats in upserts
            ],
        )
    # nothing new since the last question: the file is left as it is
    if get_meta(db, INDEX_CHANGE_KEY) != str(change):
        set_meta(db, INDEX_CHANGE_KEY, str(change))
    if get_meta(db, INDEX_VERSION_KEY) != version:
        set_meta(db, INDEX_VERSION_KEY, version)
