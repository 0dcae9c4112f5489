"""Migration m0015: untouched detector findings folded into one record per article
(issue 15, ``storage.compact``), registered after m0014 by ``migrations``.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from factcheck_app.storage import compact
from factcheck_app.storage.migrations import MIGRATIONS

#: One (article, category) row of ``assertion_counts``: the live rows plus the record's
#: findings that are not materialised (``article_findings.counts``).
_COUNT_ROW = """
    INSERT OR REPLACE INTO assertion_counts (article_id, category, open, done, total)
    SELECT {row}.article_id, {row}.category, s.o + c.n, s.d, s.t + c.n FROM
        (SELECT COALESCE(SUM(status IN ('to_check', 'in_progress')), 0) AS o,
            COALESCE(SUM(status IN ('checked', 'dismissed')), 0) AS d, COUNT(*) AS t
         FROM assertions WHERE article_id = {row}.article_id AND category = {row}.category
            AND deleted = 0) AS s,
        (SELECT COALESCE((SELECT json_extract(f.counts, '$.' || {row}.category)
            FROM article_findings f WHERE f.article_id = {row}.article_id), 0) AS n) AS c;
"""

#: Every category row of one article, recounted (the record changed).
_COUNT_ARTICLE = """
    DELETE FROM assertion_counts WHERE article_id = {row}.article_id;
    INSERT INTO assertion_counts (article_id, category, open, done, total)
    SELECT {row}.article_id, category, SUM(o), SUM(d), SUM(t) FROM (
        SELECT category, status IN ('to_check', 'in_progress') AS o,
            status IN ('checked', 'dismissed') AS d, 1 AS t
        FROM assertions WHERE article_id = {row}.article_id AND deleted = 0
        UNION ALL
        SELECT key, value, 0, value FROM article_findings f, json_each(f.counts)
        WHERE f.article_id = {row}.article_id
    ) GROUP BY category;
"""

#: Detector rows that are exactly what the analysis wrote: live, to check, never
#: changed (no past revision), never noted, linked, tagged or given a verdict (deleted
#: ones included), and named by no undo step, merge record or conflict.
_FOLDABLE = """
    SELECT s.* FROM assertions s
    WHERE s.origin = 'detector' AND s.deleted = 0 AND s.status IN ('to_check', 'open')
        AND s.review = 'new' AND s.dismiss_reason IS NULL
        AND s.id NOT IN (SELECT row_id FROM row_revisions WHERE table_name = 'assertions')
        AND s.id NOT IN (SELECT assertion_id FROM notes WHERE assertion_id IS NOT NULL)
        AND s.id NOT IN (SELECT assertion_id FROM verdicts)
        AND s.id NOT IN (SELECT assertion_id FROM evidence)
        AND s.id NOT IN (SELECT target_id FROM tags WHERE target_kind = 'assertion')
        AND s.id NOT IN (SELECT row_id FROM journal_rows WHERE row_id IS NOT NULL)
        AND s.id NOT IN (SELECT row_id FROM merge_undo WHERE row_id IS NOT NULL)
        AND s.id NOT IN (SELECT row_id FROM conflicts WHERE row_id IS NOT NULL)
"""

_PACKED = (
    "category",
    "start",
    "end",
    "rule",
    "explain_key",
    "explain_params",
    "confidence",
    "lang",
    "cue_start",
    "cue_end",
    "source_text",
    "detector_version",
    "explanation",
)


def _fold(db: Database) -> None:
    """Move every foldable row into its article's record (rows whose quote no longer
    matches the text stay rows: the record reads quotes from the text)."""
    cursor = db.execute(_FOLDABLE + " ORDER BY s.article_id")
    names = [d[0] for d in cursor.description]
    by_article: dict[str, list[dict[str, Any]]] = {}
    for found in cursor.fetchall():
        row = dict(zip(names, found, strict=True))
        by_article.setdefault(row["article_id"], []).append(row)
    for article_id, rows in by_article.items():
        text_row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        text = text_row[0] if text_row else ""
        seen: set[tuple[Any, ...]] = set()  # the same finding twice: the second stays a row
        keep = []
        for r in rows:
            identity = (r["start"], r["end"], r["category"], r["rule"])
            if identity in seen or not _anchored(text, r):
                continue
            seen.add(identity)
            keep.append(r)
        if not keep:
            continue
        db.conn.executemany("DELETE FROM assertions WHERE id = ?", [(r["id"],) for r in keep])
        versions = [r["detector_version"] or "" for r in keep]
        version = max(set(versions), key=versions.count)
        compact.write(
            db,
            article_id,
            [{k: r[k] for k in _PACKED if k != "id"} for r in keep],
            version,
            max(r["created_at"] for r in keep),
            keep[0]["author"],
        )


def _anchored(text: str, row: dict[str, Any]) -> bool:
    """The row's quote and context are what the text holds at its offsets."""
    start, end = row["start"], row["end"]
    return (
        text[start:end] == row["quote"]
        and text[max(0, start - compact.ANCHOR_CONTEXT) : start] == row["prefix"]
        and text[end : end + compact.ANCHOR_CONTEXT] == row["suffix"]
    )


@MIGRATIONS()
def m0015_compact_findings(db: Database) -> None:
    """Untouched detector findings as one record per article (``storage.compact``).

    The count triggers are dropped while rows move (one recount per moved row would be
    300,000 recounts at 10,000 articles), the counts rebuilt once, and the triggers made
    again adding each record's not-materialised findings. A folded row takes its derived
    id (``compact.derived_id``); rows named by undo history, a merge record or a conflict
    are not folded, and a copy from before m0015 holding the same finding under its old
    id hides the record's entry when merged (same article, span, category and rule).
    """
    db.executescript(
        f"""
        DROP TRIGGER IF EXISTS assertion_counts_insert;
        DROP TRIGGER IF EXISTS assertion_counts_update;
        DROP TRIGGER IF EXISTS assertion_counts_delete;
        CREATE TABLE {compact.TABLE} (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            detector_version TEXT NOT NULL DEFAULT '',
            analysed_at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            counts TEXT NOT NULL DEFAULT '{{}}',
            data BLOB NOT NULL
        );
        """
    )
    _fold(db)
    db.executescript(
        f"""
        DELETE FROM assertion_counts;
        INSERT INTO assertion_counts (article_id, category, open, done, total)
        SELECT article_id, category, SUM(o), SUM(d), SUM(t) FROM (
            SELECT article_id, category, status IN ('to_check', 'in_progress') AS o,
                status IN ('checked', 'dismissed') AS d, 1 AS t
            FROM assertions WHERE deleted = 0
            UNION ALL
            SELECT f.article_id, key, value, 0, value FROM article_findings f,
                json_each(f.counts)
        ) GROUP BY article_id, category;
        CREATE TRIGGER assertion_counts_insert AFTER INSERT ON assertions BEGIN
            {_COUNT_ROW.format(row="NEW")}
        END;
        CREATE TRIGGER assertion_counts_update
        AFTER UPDATE OF article_id, category, status, deleted ON assertions BEGIN
            {_COUNT_ROW.format(row="OLD")}
            {_COUNT_ROW.format(row="NEW")}
        END;
        CREATE TRIGGER assertion_counts_delete AFTER DELETE ON assertions BEGIN
            {_COUNT_ROW.format(row="OLD")}
        END;
        CREATE TRIGGER article_findings_insert AFTER INSERT ON article_findings BEGIN
            {_COUNT_ARTICLE.format(row="NEW")}
        END;
        CREATE TRIGGER article_findings_update AFTER UPDATE OF counts ON article_findings
        BEGIN
            {_COUNT_ARTICLE.format(row="NEW")}
        END;
        CREATE TRIGGER article_findings_delete AFTER DELETE ON article_findings BEGIN
            {_COUNT_ARTICLE.format(row="OLD")}
        END;
        """
    )
