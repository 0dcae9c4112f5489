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

from factcheck_app.cards import legacy_lifecycle
from factcheck_app.errors import InputError
from factcheck_app.explanations import MARKED_BY_HAND, render_stored
from factcheck_app.i18n import N_
from factcheck_app.models import (
    Assertion,
    Category,
    Finding,
    Lifecycle,
    Origin,
)
from factcheck_app.storage import compact
from factcheck_app.storage.rows import (
    insert_row,
    log_change,
    mark_deleted,
    now,
    query_dicts,
    update_row,
    update_rows,
)

ANCHOR_CONTEXT = compact.ANCHOR_CONTEXT

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


def stored_explanation(row: dict[str, Any]) -> str:
    """The row's English explanation: stored only where it is not its key's rendering
    (m0014), otherwise rendered from the key (cached), as it was stored before."""
    text = row["explanation"]
    key = row.get("explain_key")
    if text or not key:
        return text or ""
    return render_stored(key, row.get("explain_params"), "en")


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
        explanation=stored_explanation(row),
        rule=row["rule"],
        confidence=row["confidence"],
        lang=row["lang"],
        cue_start=row["cue_start"],
        cue_end=row["cue_end"],
        source_text=row["source_text"],
        detector_version=row["detector_version"],
        status=Lifecycle(legacy_lifecycle(None, row["status"])),
        dismiss_reason=row["dismiss_reason"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        author=row["author"],
        explain_key=row.get("explain_key"),
        explain_params=row.get("explain_params"),
    )


def _live_rows(db: Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return query_dicts(db, f"SELECT * FROM assertions WHERE {where} AND deleted = 0", params)


def rows_of_articles(db: Database, article_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Every live assertion row of the articles, in text order: the stored rows and the
    untouched findings of their compact records (``compact``). What every reader uses."""
    ids = list(dict.fromkeys(article_ids))
    found: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        marks = ", ".join("?" for _ in chunk)
        for row in _live_rows(db, f"article_id IN ({marks})", chunk):
            found[row["article_id"]].append(row)
    for article_id, rows in compact.rows_for(db, ids).items():
        found[article_id].extend(rows)
    for rows in found.values():
        rows.sort(key=lambda r: (r["start"], r["end"]))
    return found


def list_for_article(db: Database, article_id: str) -> list[Assertion]:
    return [to_assertion(r) for r in rows_of_articles(db, [article_id])[article_id]]


def get_row_any(db: Database, assertion_id: str) -> dict[str, Any] | None:
    """The stored row (deleted or not) or the untouched finding of that id."""
    rows = query_dicts(db, "SELECT * FROM assertions WHERE id = ?", [assertion_id])
    return rows[0] if rows else compact.find(db, assertion_id)


def untouched(db: Database, assertion_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The rows of those ids that are untouched findings (packed, ``compact``), by id."""
    return compact.find_many(db, assertion_ids)


def get_assertion(db: Database, assertion_id: str) -> Assertion | None:
    row = get_row_any(db, assertion_id)
    return to_assertion(row) if row and not row["deleted"] else None


def article_of(db: Database, assertion_id: str) -> str | None:
    """The article of an assertion (deleted or not) or of an untouched finding."""
    found = db.execute("SELECT article_id FROM assertions WHERE id = ?", [assertion_id]).fetchone()
    if found:
        return str(found[0])
    row = compact.find(db, assertion_id)
    return row["article_id"] if row else None


def ids_with_prefix(db: Database, prefix: str, limit: int = 3) -> list[str]:
    """Live assertion ids starting with ``prefix`` (what the CLI accepts for an id)."""
    if len(prefix) == 36:  # a whole id: no need to look through every record
        whole = get_row_any(db, prefix)
        return [prefix] if whole and not whole["deleted"] else []
    found = [
        r[0]
        for r in db.execute(
            "SELECT id FROM assertions WHERE deleted = 0 AND id >= ? AND id < ? LIMIT ?",
            [prefix, prefix + "\uffff", limit],
        ).fetchall()
    ]
    if len(found) < limit:
        found.extend(compact.ids_with_prefix(db, prefix)[: limit - len(found)])
    return found


def _finding_values(finding: Finding, text: str) -> dict[str, Any]:
    explanation = finding.explanation
    params = explanation.stored_params()
    return {
        "category": str(finding.category),
        **anchored_span(text, finding.start, finding.end),
        # Rendered from the key when read (``stored_explanation``): not stored twice.
        "explanation": "" if explanation.key else explanation.render("en"),
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
            " AND status != 'to_check'",
            [article_id],
        ).fetchall()
    }
    return reviewed | annotated_ids(db, article_id)


def sync_findings(
    db: Database,
    article_id: str,
    text: str,
    findings: Iterable[Finding],
    author: str,
    detector_version: str = "",
) -> tuple[list[str], list[str], list[str]]:
    """Store detector findings; returns ids (added, updated, retired).

    The record is written even when the run found nothing (``detector_version`` names the
    analyser then): it marks the article analysed ("nothing to check", not "not analysed").

    Findings nobody has touched live in the article's compact record (``compact``): one
    row per article, rewritten by each run. Stored rows (findings a checker worked on)
    are matched and updated as before, and retired only when untouched. A finding keeps
    the id of the stored row or record entry it matches (same category and quote, the
    nearest one), so ids survive a re-analysis that moves text. One transaction and one
    change-log entry for the run (naming the article), not one per finding.
    """
    detector_rows = query_dicts(
        db,
        "SELECT * FROM assertions WHERE article_id = ? AND origin = ? AND trashed = 0",
        [article_id, str(Origin.DETECTOR)],
    )
    stored = [r for r in detector_rows if not r["deleted"]]
    previous = compact.rows_for(db, [article_id]).get(article_id, [])
    hidden = {
        r[0] for r in db.execute("SELECT id FROM assertions WHERE article_id = ?", [article_id])
    }
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    # live rows and record entries first; a deleted row found again comes back (as a
    # new row did before findings had records)
    for known in (*stored, *previous, *(r for r in detector_rows if r["deleted"])):
        by_key.setdefault((known["category"], known["quote"]), []).append(known)
    kept_ids = {r["id"] for r in detector_rows}
    record: list[dict[str, Any]] = []
    added: list[str] = []
    changed: dict[str, dict[str, Any]] = {}
    moved: list[str] = []
    matched: set[str] = set()
    version = ""
    for finding in findings:
        values = _finding_values(finding, text)
        version = version or values["detector_version"] or ""
        candidates = [
            r
            for r in by_key.get((values["category"], values["quote"]), [])
            if r["id"] not in matched
        ]
        live = [r for r in candidates if not r["deleted"]]
        row: dict[str, Any] | None = None
        if candidates:
            row = min(live or candidates, key=lambda r: abs(r["start"] - finding.start))
        compared = ("start", "end", "prefix", "suffix", *_DETECTOR_FIELDS)
        if row is not None and row["id"] in kept_ids:
            matched.add(row["id"])
            changes = {k: values[k] for k in compared} | {"deleted": 0}
            if any(row.get(k) != v for k, v in changes.items()):
                changed[row["id"]] = changes
            continue
        if row is not None:
            matched.add(row["id"])
            entry_id = row["id"]
            if any(row.get(k) != values[k] for k in compared):
                moved.append(entry_id)
        else:
            entry_id = compact.derived_id(
                article_id, finding.start, finding.end, values["category"], finding.rule
            )
            if entry_id in hidden or entry_id in matched:
                continue  # a finding the checker deleted, or the same finding twice
            added.append(entry_id)
        matched.add(entry_id)
        record.append({**values, "id": entry_id})
    with db.atomic():
        update_rows(db, "assertions", changed)
        touched = touched_ids(db, article_id) if stored else set()
        retired = [r["id"] for r in stored if r["id"] not in matched and r["id"] not in touched]
        update_rows(db, "assertions", {row_id: {"deleted": 1} for row_id in retired})
        retired += [r["id"] for r in previous if r["id"] not in matched]
        compact.write(db, article_id, record, version or detector_version, now(), author)
        if added or changed or retired or moved:
            log_change(
                db,
                "articles",
                article_id,
                "analyse",
                author,
                f"findings: {len(added)} added, {len(changed) + len(moved)} updated,"
                f" {len(retired)} retired",
            )
    return added, [*changed, *moved], retired


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
        raise InputError(N_("the selection is outside the article"))
    with db.atomic():
        row = insert_row(
            db,
            "assertions",
            {
                "article_id": article_id,
                "category": str(category),
                **anchored_span(text, start, end),
                "origin": str(Origin.MANUAL),
                "explanation": explanation,
                # the default renders in the reader's language; typed text as written
                "explain_key": None if explanation else MARKED_BY_HAND,
                "status": str(Lifecycle.TO_CHECK),
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


#: What an edit moves a claim to, from which states (dismissed is left alone: work filed
#: on a dismissed claim does not bring it back, only an explicit state change does).
_ADVANCE: dict[Lifecycle, tuple[Lifecycle, ...]] = {
    Lifecycle.IN_PROGRESS: (Lifecycle.TO_CHECK,),
    Lifecycle.CHECKED: (Lifecycle.TO_CHECK, Lifecycle.IN_PROGRESS),
}


def advance_status(db: Database, assertion_id: str, to: Lifecycle, author: str) -> bool:
    """Move a claim forward when work is filed on it (a note or reference: in progress;
    a verdict: checked); True when it moved. Runs inside the caller's operation, so the
    move is part of the same undo step."""
    row = db.execute("SELECT status FROM assertions WHERE id = ?", [assertion_id]).fetchone()
    current = Lifecycle(legacy_lifecycle(None, row[0])) if row else None
    if current is None or current not in _ADVANCE[to]:
        return False
    update_row(db, "assertions", assertion_id, {"status": str(to)}, author)
    return True


def reopen_status(db: Database, assertion_id: str, author: str) -> bool:
    """A checked claim whose verdict was cleared is in progress again."""
    row = db.execute("SELECT status FROM assertions WHERE id = ?", [assertion_id]).fetchone()
    if not row or row[0] != Lifecycle.CHECKED.value:
        return False
    update_row(db, "assertions", assertion_id, {"status": str(Lifecycle.IN_PROGRESS)}, author)
    return True


def set_status(
    db: Database, assertion_ids: Iterable[str], state: Lifecycle, reason: str | None, author: str
) -> list[str]:
    """Set the lifecycle state of claims (a whole card); the reason is kept only for a
    dismissal. Returns the ids that changed."""
    values = {
        "status": str(state),
        "dismiss_reason": reason if state is Lifecycle.DISMISSED else None,
    }
    changed = []
    for assertion_id in assertion_ids:
        compact.materialise(db, assertion_id)
        row = db.execute(
            "SELECT status, dismiss_reason FROM assertions WHERE id = ? AND deleted = 0",
            [assertion_id],
        ).fetchone()
        if row is None or (row[0], row[1]) == (values["status"], values["dismiss_reason"]):
            continue
        update_row(db, "assertions", assertion_id, values, author)
        changed.append(assertion_id)
    return changed


def work_on(db: Database, article_id: str) -> tuple[dict[str, str], dict[str, int], dict[str, int]]:
    """Per assertion of the article: its verdict's rating, its number of notes and of
    linked references (what a claim card shows at a glance)."""
    verdicts = {
        r[0]: r[1]
        for r in db.execute(
            "SELECT v.assertion_id, v.rating FROM verdicts v JOIN assertions a"
            " ON a.id = v.assertion_id WHERE a.article_id = ? AND v.deleted = 0"
            " ORDER BY v.updated_at",
            [article_id],
        ).fetchall()
    }
    counts: list[dict[str, int]] = []
    for table in ("notes", "evidence"):
        counts.append(
            {
                r[0]: r[1]
                for r in db.execute(
                    f"SELECT t.assertion_id, COUNT(*) FROM {table} t JOIN assertions a"
                    " ON a.id = t.assertion_id WHERE a.article_id = ? AND t.deleted = 0"
                    " GROUP BY t.assertion_id",
                    [article_id],
                ).fetchall()
            }
        )
    return verdicts, counts[0], counts[1]
