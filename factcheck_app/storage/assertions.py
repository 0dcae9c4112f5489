"""Assertions: the spans a checker works on, detected or made by hand.

Re-analysis must never lose checker work, so detector results are *synchronised* with
what is stored rather than replacing it: a finding that matches a stored assertion
updates only the detector's fields, new findings are added, and stale detector rows are
retired only when nobody has touched them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from factcheck_app.i18n import N_
from factcheck_app.models import (
    Assertion,
    Category,
    CheckStatus,
    Finding,
    Origin,
    ReviewState,
)
from factcheck_app.storage.rows import (
    insert_row,
    insert_rows,
    log_change,
    mark_deleted,
    query_dicts,
    update_row,
    update_rows,
)

ANCHOR_CONTEXT = 32
#: The explanation of a span a checker marked by hand (a catalogue key).
MARKED_BY_HAND = N_("marked by hand")

_DETECTOR_FIELDS = (
    "explanation",
    "explain_key",
    "explain_params",
    "rule",
    "confidence",
    "lang",
    "cue_start",
    "cue_end",
    "source_text",
    "detector_version",
)


def anchored_span(text: str, start: int, end: int) -> dict[str, Any]:
    """The stored span fields: offsets plus quote, prefix and suffix (W3C
    TextQuoteSelector), so the span can be re-anchored when the text moves."""
    return {
        "start": start,
        "end": end,
        "quote": text[start:end],
        "prefix": text[max(0, start - ANCHOR_CONTEXT) : start],
        "suffix": text[end : end + ANCHOR_CONTEXT],
    }


def to_assertion(row: dict[str, Any]) -> Assertion:
    return Assertion(
        id=row["id"],
        article_id=row["article_id"],
        category=Category(row["category"]),
        start=row["start"],
        end=row["end"],
        quote=row["quote"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        origin=Origin(row["origin"]),
        explanation=row["explanation"],
        rule=row["rule"],
        confidence=row["confidence"],
        lang=row["lang"],
        cue_start=row["cue_start"],
        cue_end=row["cue_end"],
        source_text=row["source_text"],
        detector_version=row["detector_version"],
        review=ReviewState(row["review"]),
        dismiss_reason=row["dismiss_reason"],
        status=CheckStatus(row["status"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        author=row["author"],
        explain_key=row.get("explain_key"),
        explain_params=row.get("explain_params"),
    )


def list_for_article(db: Database, article_id: str) -> list[Assertion]:
    return [
        to_assertion(r)
        for r in query_dicts(
            db,
            'SELECT * FROM assertions WHERE article_id = ? AND deleted = 0 ORDER BY start, "end"',
            [article_id],
        )
    ]


def get_assertion(db: Database, assertion_id: str) -> Assertion | None:
    rows = query_dicts(db, "SELECT * FROM assertions WHERE id = ?", [assertion_id])
    return to_assertion(rows[0]) if rows and not rows[0]["deleted"] else None


def _finding_values(finding: Finding, text: str) -> dict[str, Any]:
    explanation = finding.explanation
    params = explanation.stored_params()
    return {
        "category": str(finding.category),
        **anchored_span(text, finding.start, finding.end),
        # The English text too: what older copies of the app, datasette and search read.
        "explanation": explanation.render("en"),
        "explain_key": explanation.key,
        "explain_params": params,
        "rule": finding.rule,
        "confidence": finding.confidence,
        "lang": finding.lang,
        "cue_start": finding.cue_start,
        "cue_end": finding.cue_end,
        "source_text": finding.source_text,
        "detector_version": finding.detector_version,
    }


def annotated_ids(db: Database, article_id: str) -> set[str]:
    """Assertions of the article that carry notes, a verdict, evidence or tags."""
    annotated: set[str] = set()
    for table in ("notes", "verdicts", "evidence"):
        annotated.update(
            r[0]
            for r in db.execute(
                f"SELECT t.assertion_id FROM {table} t JOIN assertions a ON a.id = t.assertion_id"
                " WHERE a.article_id = ? AND t.deleted = 0",
                [article_id],
            ).fetchall()
        )
    annotated.update(
        r[0]
        for r in db.execute(
            "SELECT t.target_id FROM tags t JOIN assertions a ON a.id = t.target_id"
            " WHERE t.target_kind = 'assertion' AND a.article_id = ? AND t.deleted = 0",
            [article_id],
        ).fetchall()
    )
    return annotated


def touched_ids(db: Database, article_id: str) -> set[str]:
    """Detector assertions a checker has worked on; these are never retired."""
    reviewed = {
        r[0]
        for r in db.execute(
            "SELECT id FROM assertions WHERE article_id = ? AND deleted = 0"
            " AND (review != 'new' OR status != 'open')",
            [article_id],
        ).fetchall()
    }
    return reviewed | annotated_ids(db, article_id)


def sync_findings(
    db: Database, article_id: str, text: str, findings: Iterable[Finding], author: str
) -> tuple[list[str], list[str], list[str]]:
    """Store detector findings; returns ids (added, updated, retired).

    One transaction, one ``executemany`` each for the added, updated and retired rows, and
    one change-log entry for the run (naming the article), not one per finding: a run
    stores dozens of rows and their per-row log made up a third of a 10,000-article file.
    Every row still gets its revision recorded, which merging needs.
    """
    stored = query_dicts(
        db,
        "SELECT * FROM assertions WHERE article_id = ? AND deleted = 0 AND origin = ?",
        [article_id, str(Origin.DETECTOR)],
    )
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in stored:
        by_key.setdefault((row["category"], row["quote"]), []).append(row)
    new_rows: list[dict[str, Any]] = []
    changed: dict[str, dict[str, Any]] = {}
    matched: set[str] = set()
    for finding in findings:
        values = _finding_values(finding, text)
        candidates = [
            r
            for r in by_key.get((values["category"], values["quote"]), [])
            if r["id"] not in matched
        ]
        if candidates:
            row = min(candidates, key=lambda r: abs(r["start"] - finding.start))
            matched.add(row["id"])
            changes = {
                k: values[k] for k in ("start", "end", "prefix", "suffix", *_DETECTOR_FIELDS)
            }
            if any(row.get(k) != v for k, v in changes.items()):
                changed[row["id"]] = changes
        else:
            new_rows.append({"article_id": article_id, "origin": str(Origin.DETECTOR), **values})
    with db.atomic():
        added = [r["id"] for r in insert_rows(db, "assertions", new_rows)]
        update_rows(db, "assertions", changed)
        touched = touched_ids(db, article_id) if stored else set()
        retired = [r["id"] for r in stored if r["id"] not in matched and r["id"] not in touched]
        update_rows(db, "assertions", {row_id: {"deleted": 1} for row_id in retired})
        if added or changed or retired:
            log_change(
                db,
                "articles",
                article_id,
                "analyse",
                author,
                f"findings: {len(added)} added, {len(changed)} updated, {len(retired)} retired",
            )
    return added, list(changed), retired


def add_manual(
    db: Database,
    article_id: str,
    text: str,
    start: int,
    end: int,
    category: Category,
    author: str,
    explanation: str = "",
) -> Assertion:
    if not 0 <= start < end <= len(text):
        raise ValueError("the selection is outside the article")
    with db.atomic():
        row = insert_row(
            db,
            "assertions",
            {
                "article_id": article_id,
                "category": str(category),
                **anchored_span(text, start, end),
                "origin": str(Origin.MANUAL),
                "explanation": explanation or MARKED_BY_HAND,
                # the default renders in the reader's language; typed text as written
                "explain_key": None if explanation else MARKED_BY_HAND,
                "review": str(ReviewState.ACCEPTED),
            },
            author,
        )
    return to_assertion(row)


def update_assertion(
    db: Database, assertion_id: str, changes: dict[str, Any], author: str
) -> Assertion | None:
    with db.atomic():
        row = update_row(db, "assertions", assertion_id, changes, author)
    return to_assertion(row) if row else None


def delete_assertion(db: Database, assertion_id: str, author: str) -> bool:
    with db.atomic():
        return mark_deleted(db, "assertions", assertion_id, author)
