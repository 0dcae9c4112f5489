"""Full-text search (FTS5) over article text, notes, references and tags."""

from __future__ import annotations

import re

from sqlite_utils import Database

from factcheck_app.models import SearchHit

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(query: str) -> str:
    """Turn what a user types into a safe FTS5 query: every word, as a prefix."""
    words = _TOKEN.findall(query)
    return " ".join(f'"{w}"*' for w in words)


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    match = fts_query(query)
    if not match:
        return []
    hits: list[SearchHit] = []
    for r in db.execute(
        "SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12)"
        " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        " WHERE articles_fts MATCH ? AND a.deleted = 0 ORDER BY rank LIMIT ?",
        [match, limit],
    ).fetchall():
        hits.append(SearchHit("article", r[0], r[0], r[1], r[2]))
    for r in db.execute(
        "SELECT n.id, n.article_id, n.assertion_id, a.title,"
        " snippet(notes_fts, 0, '[', ']', '…', 12)"
        " FROM notes_fts JOIN notes n ON n.rowid = notes_fts.rowid"
        " JOIN articles a ON a.id = n.article_id"
        " WHERE notes_fts MATCH ? AND n.deleted = 0 ORDER BY rank LIMIT ?",
        [match, limit],
    ).fetchall():
        hits.append(SearchHit("note", r[0], r[1], r[3], r[4], assertion_id=r[2]))
    for r in db.execute(
        "SELECT f.id, f.title, snippet(refs_fts, -1, '[', ']', '…', 12)"
        " FROM refs_fts JOIN refs f ON f.rowid = refs_fts.rowid"
        " WHERE refs_fts MATCH ? AND f.deleted = 0 ORDER BY rank LIMIT ?",
        [match, limit],
    ).fetchall():
        hits.append(SearchHit("reference", r[0], None, r[1], r[2]))
    for r in db.execute(
        "SELECT t.id, t.target_kind, t.target_id, t.name FROM tags_fts"
        " JOIN tags t ON t.rowid = tags_fts.rowid WHERE tags_fts MATCH ? AND t.deleted = 0"
        " LIMIT ?",
        [match, limit],
    ).fetchall():
        article_id = r[2] if r[1] == "article" else _article_of_assertion(db, r[2])
        hits.append(
            SearchHit(
                "tag",
                r[0],
                article_id,
                r[3],
                f"tag: {r[3]}",
                assertion_id=r[2] if r[1] == "assertion" else None,
            )
        )
    return hits


def _article_of_assertion(db: Database, assertion_id: str) -> str | None:
    found = db.execute("SELECT article_id FROM assertions WHERE id = ?", [assertion_id]).fetchone()
    return found[0] if found else None
