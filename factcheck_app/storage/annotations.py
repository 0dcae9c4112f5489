"""Notes, references (with local snapshots), evidence links, verdicts and tags.

All are separate rows with their own UUIDs, so two checkers' work on the same assertion
merges side by side instead of overwriting each other.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlite_utils import Database

from factcheck_app.errors import InputError, NotFoundError
from factcheck_app.i18n import N_
from factcheck_app.models import (
    Evidence,
    Note,
    Reference,
    ReferenceKind,
    Relation,
    Snapshot,
    Tag,
    Verdict,
)
from factcheck_app.storage.rows import get_row, insert_row, mark_deleted, query_dicts, update_row

#: The one limit on a local copy's size (attaching, share files and merges check it).
MAX_SNAPSHOT_BYTES = 200 * 1024 * 1024


def _stamp(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "author": row["author"],
    }


# --- notes -------------------------------------------------------------------------


def to_note(row: dict[str, Any]) -> Note:
    return Note(
        row["id"],
        row["article_id"],
        row["assertion_id"],
        row["body"],
        bool(row["private"]),
        **_stamp(row),
    )


def add_note(
    db: Database,
    article_id: str,
    assertion_id: str | None,
    body: str,
    author: str,
    private: bool = False,
    note_id: str | None = None,
) -> Note:
    with db.atomic():
        row = insert_row(
            db,
            "notes",
            {
                "id": note_id,
                "article_id": article_id,
                "assertion_id": assertion_id,
                "body": body,
                "private": int(private),
            },
            author,
        )
    return to_note(row)


def notes_for(
    db: Database, *, article_id: str | None = None, assertion_id: str | None = None
) -> list[Note]:
    params: list[str | None]
    if assertion_id is not None:
        where, params = "assertion_id = ?", [assertion_id]
    else:
        where, params = "article_id = ?", [article_id]
    return [
        to_note(r)
        for r in query_dicts(
            db, f"SELECT * FROM notes WHERE {where} AND deleted = 0 ORDER BY created_at", params
        )
    ]


def get_note(db: Database, note_id: str) -> Note | None:
    row = get_row(db, "notes", note_id)
    return to_note(row) if row and not row["deleted"] else None


# --- references and snapshots --------------------------------------------------------


def to_snapshot(row: dict[str, Any]) -> Snapshot:
    return Snapshot(
        row["id"],
        row["reference_id"],
        row["filename"],
        row["mime"],
        row["size"],
        row["sha256"],
        row["created_at"],
    )


def to_reference(row: dict[str, Any], snapshots: tuple[Snapshot, ...] = ()) -> Reference:
    return Reference(
        row["id"],
        row["url"],
        row["title"],
        row["publisher"],
        row["published"],
        row["accessed"],
        ReferenceKind(row["kind"]),
        snapshots,
        **_stamp(row),
    )


def add_reference(
    db: Database,
    title: str,
    author: str,
    *,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    accessed: str | None = None,
    kind: ReferenceKind = ReferenceKind.OTHER,
    reference_id: str | None = None,
) -> Reference:
    with db.atomic():
        row = insert_row(
            db,
            "refs",
            {
                "id": reference_id,
                "url": url,
                "title": title,
                "publisher": publisher,
                "published": published,
                "accessed": accessed,
                "kind": str(kind),
            },
            author,
        )
    return to_reference(row)


def get_reference(db: Database, reference_id: str) -> Reference | None:
    row = get_row(db, "refs", reference_id)
    if not row or row["deleted"]:
        return None
    return to_reference(row, snapshots_for(db, reference_id))


def list_references(db: Database) -> list[Reference]:
    snaps: dict[str, list[Snapshot]] = {}
    for r in query_dicts(
        db,
        "SELECT id, reference_id, filename, mime, size, sha256, created_at"
        " FROM snapshots WHERE deleted = 0 ORDER BY created_at",
    ):
        snaps.setdefault(r["reference_id"], []).append(to_snapshot(r))
    return [
        to_reference(r, tuple(snaps.get(r["id"], ())))
        for r in query_dicts(db, "SELECT * FROM refs WHERE deleted = 0 ORDER BY title")
    ]


def snapshots_for(db: Database, reference_id: str) -> tuple[Snapshot, ...]:
    return tuple(
        to_snapshot(r)
        for r in query_dicts(
            db,
            "SELECT id, reference_id, filename, mime, size, sha256, created_at FROM snapshots"
            " WHERE reference_id = ? AND deleted = 0 ORDER BY created_at",
            [reference_id],
        )
    )


def add_snapshot(
    db: Database, reference_id: str, filename: str, mime: str, data: bytes, author: str
) -> Snapshot:
    if len(data) > MAX_SNAPSHOT_BYTES:
        raise InputError(
            N_("{name} is larger than {limit} MB"), name=filename, limit=MAX_SNAPSHOT_BYTES // 2**20
        )
    with db.atomic():
        row = insert_row(
            db,
            "snapshots",
            {
                "reference_id": reference_id,
                "filename": filename,
                "mime": mime,
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "data": data,
            },
            author,
        )
    return to_snapshot(row)


def snapshot_data(db: Database, snapshot_id: str) -> bytes:
    found = db.execute("SELECT data FROM snapshots WHERE id = ?", [snapshot_id]).fetchone()
    if found is None:
        raise NotFoundError(N_("no local copy {id}"), id=snapshot_id)
    return bytes(found[0])


# --- evidence ---------------------------------------------------------------------


def to_evidence(row: dict[str, Any]) -> Evidence:
    return Evidence(
        row["id"],
        row["assertion_id"],
        row["reference_id"],
        Relation(row["relation"]),
        row["quote"],
        row["locator"],
        **_stamp(row),
    )


def link_evidence(
    db: Database,
    assertion_id: str,
    reference_id: str,
    relation: Relation,
    author: str,
    quote: str = "",
    locator: str = "",
    evidence_id: str | None = None,
) -> Evidence:
    with db.atomic():
        row = insert_row(
            db,
            "evidence",
            {
                "id": evidence_id,
                "assertion_id": assertion_id,
                "reference_id": reference_id,
                "relation": str(relation),
                "quote": quote,
                "locator": locator,
            },
            author,
        )
    return to_evidence(row)


def evidence_for(
    db: Database, *, assertion_id: str | None = None, reference_id: str | None = None
) -> list[Evidence]:
    column, value = (
        ("assertion_id", assertion_id) if assertion_id else ("reference_id", reference_id)
    )
    return [
        to_evidence(r)
        for r in query_dicts(
            db,
            f"SELECT * FROM evidence WHERE {column} = ? AND deleted = 0 ORDER BY created_at",
            [value],
        )
    ]


# --- verdicts -----------------------------------------------------------------------


def to_verdict(row: dict[str, Any]) -> Verdict:
    return Verdict(
        row["id"],
        row["assertion_id"],
        row["rating"],
        row["explanation"],
        claim_summary=row.get("claim_summary") or "",
        **_stamp(row),
    )


def set_verdict(
    db: Database,
    assertion_id: str,
    rating: str,
    explanation: str,
    author: str,
    claim_summary: str | None = None,
) -> Verdict:
    """One live verdict per assertion: the existing row is edited, not replaced.
    ``claim_summary=None`` keeps the stored summary (callers that do not show it)."""
    values = {"rating": rating, "explanation": explanation}
    if claim_summary is not None:
        values["claim_summary"] = " ".join(claim_summary.split())
    with db.atomic():
        current = verdict_for(db, assertion_id)
        if current is None:
            row = insert_row(db, "verdicts", {"assertion_id": assertion_id, **values}, author)
            return to_verdict(row)
        updated = update_row(db, "verdicts", current.id, values, author)
    return to_verdict(updated) if updated else current


def verdict_for(db: Database, assertion_id: str) -> Verdict | None:
    rows = query_dicts(
        db,
        "SELECT * FROM verdicts WHERE assertion_id = ? AND deleted = 0"
        " ORDER BY updated_at DESC LIMIT 1",
        [assertion_id],
    )
    return to_verdict(rows[0]) if rows else None


# --- tags -------------------------------------------------------------------------


def add_tag(db: Database, target_kind: str, target_id: str, name: str, author: str) -> Tag:
    name = name.strip()
    if not name:
        raise InputError(N_("a tag needs a name"))
    with db.atomic():
        existing = db.execute(
            "SELECT id FROM tags WHERE target_kind = ? AND target_id = ? AND name = ?"
            " AND deleted = 0",
            [target_kind, target_id, name],
        ).fetchone()
        if existing:
            return Tag(existing[0], target_kind, target_id, name)
        row = insert_row(
            db, "tags", {"target_kind": target_kind, "target_id": target_id, "name": name}, author
        )
    return Tag(row["id"], target_kind, target_id, name)


def tags_for(db: Database, target_kind: str, target_id: str) -> list[Tag]:
    return [
        Tag(r["id"], r["target_kind"], r["target_id"], r["name"])
        for r in query_dicts(
            db,
            "SELECT * FROM tags WHERE target_kind = ? AND target_id = ? AND deleted = 0"
            " ORDER BY name",
            [target_kind, target_id],
        )
    ]


def articles_with_tag(db: Database, name: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT target_id FROM tags WHERE target_kind = 'article' AND name = ?"
            " AND deleted = 0",
            [name],
        ).fetchall()
    ]


# --- generic ---------------------------------------------------------------------


def edit(db: Database, table: str, row_id: str, changes: dict[str, Any], author: str) -> bool:
    with db.atomic():
        return update_row(db, table, row_id, changes, author) is not None


def remove(db: Database, table: str, row_id: str, author: str) -> bool:
    with db.atomic():
        return mark_deleted(db, table, row_id, author)
