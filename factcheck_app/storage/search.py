"""Full-text search (FTS5) over article text, notes, references and tags, in pages.

A search is one ranked list: articles first, then notes, references and tags, each by
FTS rank. ``count_hits`` gives the real number of results per kind; ``search_page``
returns one page of it, with or without snippets. Snippets are most of the cost of a
search, so the GUI lists a page without them and asks for the same page with snippets
off the GUI thread. A snippet is computed inside the ranked query (FTS5 then makes it for
the page's rows only; looking rows up again by rowid costs ten times more). The cost
stays near a bare FTS query: no join reads an article row (its text lives in it) to
learn whether it was deleted; deleted rows are left out by rowid, from the covering list
index.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from sqlite_utils import Database

from factcheck_app.models import SearchHit


class ClaimFilter(NamedTuple):
    """Keep only results tied to claims in this lifecycle state and/or with this verdict:
    articles that have such a claim, notes and tags on one, references cited by one."""

    state: str | None = None
    verdict: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.state or self.verdict)

    def assertions(self) -> tuple[str, list[str]]:
        """SQL selecting the matching claims (alias ``a``) and its parameters."""
        where, params = ["a.deleted = 0"], []
        if self.state:
            # sourced findings are not in the queue: their own state says nothing
            where.append("a.status = ? AND a.category != 'sourced'")
            params.append(self.state)
        if self.verdict:
            where.append(
                "EXISTS (SELECT 1 FROM verdicts v WHERE v.assertion_id = a.id"
                " AND v.deleted = 0 AND v.rating = ?)"
            )
            params.append(self.verdict)
        return " AND ".join(where), params

    def articles(self) -> tuple[str, list[str]]:
        """SQL selecting the ids of articles holding a matching claim, and its parameters:
        the stored rows, plus, for "to check" without a verdict, the articles whose compact
        record holds an untouched finding (``storage.compact``; never "sourced")."""
        claims, params = self.assertions()
        sql = f"SELECT a.article_id FROM assertions a WHERE {claims}"
        if self.state == "to_check" and not self.verdict:
            sql += (
                " UNION SELECT f.article_id FROM article_findings f, json_each(f.counts) c"
                " WHERE c.key != 'sourced' AND c.value > 0"
            )
        return sql, params


NO_FILTER = ClaimFilter()

_TOKEN = re.compile(r"\w+", re.UNICODE)

KINDS = ("article", "note", "reference", "tag")


class _Kind(NamedTuple):
    fts: str  # the FTS table
    table: str  # the content table
    snippet_column: int  # -1: the best matching column
    ranked: bool


_TABLES = {
    "article": _Kind("articles_fts", "articles", 1, True),
    "note": _Kind("notes_fts", "notes", 0, True),
    "reference": _Kind("refs_fts", "refs", -1, True),
    "tag": _Kind("tags_fts", "tags", 0, False),
}


def fts_query(query: str) -> str:
    """Turn what a user types into a safe FTS5 query: every word, as a prefix."""
    words = _TOKEN.findall(query)
    return " ".join(f'"{w}"*' for w in words)


def _live(kind: _Kind, flt: ClaimFilter = NO_FILTER) -> tuple[str, list[str]]:
    """Matching rows that are not deleted: the few deleted rowids, not a join per hit;
    with a claim filter, only rows tied to a matching claim. Returns SQL whose first
    parameter is the MATCH expression, and the parameters after it."""
    sql = (
        f"SELECT rowid FROM {kind.fts} WHERE {kind.fts} MATCH ?"
        f" AND rowid NOT IN (SELECT rowid FROM {kind.table} WHERE deleted = 1)"
    )
    if not flt.active:
        return sql, []
    claims, params = flt.assertions()
    in_articles, _ = flt.articles()  # the same parameters as the claims
    tied = {
        "articles": f"id IN ({in_articles})",
        "notes": f"assertion_id IN (SELECT a.id FROM assertions a WHERE {claims})",
        "refs": "id IN (SELECT e.reference_id FROM evidence e JOIN assertions a"
        f" ON a.id = e.assertion_id WHERE e.deleted = 0 AND {claims})",
        "tags": f"((target_kind = 'assertion' AND target_id IN (SELECT a.id FROM assertions a"
        f" WHERE {claims})) OR (target_kind = 'article' AND target_id IN ({in_articles})))",
    }[kind.table]
    repeat = 2 if kind.table == "tags" else 1
    return f"{sql} AND rowid IN (SELECT rowid FROM {kind.table} WHERE {tied})", params * repeat


def count_hits(db: Database, query: str, flt: ClaimFilter = NO_FILTER) -> dict[str, int]:
    """How many results each kind has (all of them, not just a page)."""
    match = fts_query(query)
    if not match:
        return dict.fromkeys(KINDS, 0)
    counts = {}
    for name, kind in _TABLES.items():
        sql, params = _live(kind, flt)
        counts[name] = db.execute(f"SELECT count(*) FROM ({sql})", [match, *params]).fetchone()[0]
    return counts


def search_page(
    db: Database,
    query: str,
    offset: int = 0,
    limit: int = 50,
    counts: dict[str, int] | None = None,
    snippets: bool = False,
    flt: ClaimFilter = NO_FILTER,
) -> list[SearchHit]:
    """Results ``offset`` to ``offset + limit`` of the ranked list."""
    match = fts_query(query)
    if not match or limit <= 0:
        return []
    counts = counts if counts is not None else count_hits(db, query, flt)
    hits: list[SearchHit] = []
    start = offset
    for name in KINDS:
        total = counts.get(name, 0)
        if start >= total:
            start -= total
            continue
        take = min(limit - len(hits), total - start)
        hits.extend(_page(db, name, match, start, take, snippets, flt))
        start = 0
        if len(hits) >= limit:
            break
    return hits


def _page(
    db: Database,
    name: str,
    match: str,
    offset: int,
    limit: int,
    snippets: bool,
    flt: ClaimFilter = NO_FILTER,
) -> list[SearchHit]:
    kind = _TABLES[name]
    live, params = _live(kind, flt)
    order = " ORDER BY rank" if kind.ranked else ""
    snippet = (
        f"snippet({kind.fts}, {kind.snippet_column}, '[', ']', '…', 12)"
        if snippets and name != "tag"
        else "''"
    )
    found = db.execute(
        f"{live.replace('SELECT rowid', f'SELECT rowid, {snippet}', 1)}{order} LIMIT ? OFFSET ?",
        [match, *params, limit, offset],
    ).fetchall()
    rowids = [r[0] for r in found]
    texts = {r[0]: r[1] for r in found}
    if not rowids:
        return []
    marks = ", ".join("?" for _ in rowids)
    if name == "article":
        sql = f"SELECT rowid, id, id, title FROM articles WHERE rowid IN ({marks})"
        rows = {r[0]: SearchHit("article", r[1], r[2], r[3], "") for r in db.execute(sql, rowids)}
    elif name == "note":
        sql = (
            "SELECT n.rowid, n.id, n.article_id, n.assertion_id, a.title FROM notes n"
            f" JOIN articles a ON a.id = n.article_id WHERE n.rowid IN ({marks})"
        )
        rows = {
            r[0]: SearchHit("note", r[1], r[2], r[4], "", assertion_id=r[3])
            for r in db.execute(sql, rowids)
        }
    elif name == "reference":
        sql = f"SELECT rowid, id, title FROM refs WHERE rowid IN ({marks})"
        rows = {r[0]: SearchHit("reference", r[1], None, r[2], "") for r in db.execute(sql, rowids)}
    else:
        sql = f"SELECT rowid, id, target_kind, target_id, name FROM tags WHERE rowid IN ({marks})"
        rows = {}
        for r in db.execute(sql, rowids).fetchall():
            on_assertion = r[2] == "assertion"
            article_id = _article_of_assertion(db, r[3]) if on_assertion else r[3]
            rows[r[0]] = SearchHit(
                "tag",
                r[1],
                article_id,
                r[4],
                f"tag: {r[4]}",
                assertion_id=r[3] if on_assertion else None,
            )
    return [
        replace(rows[rowid], rowid=rowid, snippet=texts[rowid] or rows[rowid].snippet)
        for rowid in rowids
        if rowid in rows
    ]


def search(
    db: Database, query: str, limit: int = 50, flt: ClaimFilter = NO_FILTER
) -> list[SearchHit]:
    """Up to ``limit`` results of each kind, with snippets."""
    match = fts_query(query)
    if not match:
        return []
    hits: list[SearchHit] = []
    for name in KINDS:
        hits.extend(_page(db, name, match, 0, limit, snippets=True, flt=flt))
    return hits


def _article_of_assertion(db: Database, assertion_id: str) -> str | None:
    from factcheck_app.storage.assertions import article_of

    return article_of(db, assertion_id)
