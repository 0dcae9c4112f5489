"""Inverse and helper operations the desktop workbench needs beyond ``annotations``.

Undo must be able to take back every edit, so each creating call in ``annotations`` needs
a matching removal (references, snapshots) and every edit needs a way to write the old
values back, even when they no longer pass today's validation (a verdict rating that was
later removed from the scheme). Opening a local copy needs it on disk under a safe name.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from factcheck_app.models import Changes, Evidence, Note, Reference, Relation, Snapshot, Verdict
from factcheck_app.services.library import Library
from factcheck_app.storage import annotations as store
from factcheck_app.storage.rows import get_row

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def delete_reference(lib: Library, reference_id: str) -> Changes:
    """Mark a reference deleted; its evidence links stay so an undo restores the whole."""
    with lib.session() as db:
        store.remove(db, "refs", reference_id, lib.author)
    return Changes(references=frozenset({reference_id}), library=True)


def delete_snapshot(lib: Library, snapshot: Snapshot) -> Changes:
    with lib.session() as db:
        store.remove(db, "snapshots", snapshot.id, lib.author)
    return Changes(references=frozenset({snapshot.reference_id}))


def restore_snapshot(lib: Library, snapshot: Snapshot) -> Changes:
    with lib.session() as db:
        store.edit(db, "snapshots", snapshot.id, {"deleted": 0}, lib.author)
    return Changes(references=frozenset({snapshot.reference_id}))


def get_evidence(lib: Library, evidence_id: str) -> Evidence | None:
    with lib.session() as db:
        row = get_row(db, "evidence", evidence_id)
    return store.to_evidence(row) if row and not row["deleted"] else None


def edit_evidence(
    lib: Library,
    evidence: Evidence,
    *,
    relation: Relation | str | None = None,
    quote: str | None = None,
    locator: str | None = None,
) -> Changes:
    """Change how a reference bears on an assertion without re-linking it."""
    values: dict[str, str] = {}
    if relation is not None:
        values["relation"] = str(Relation(relation))
    if quote is not None:
        values["quote"] = quote
    if locator is not None:
        values["locator"] = locator
    if values:
        with lib.session() as db:
            store.edit(db, "evidence", evidence.id, values, lib.author)
    return Changes(
        assertions=frozenset({evidence.assertion_id}),
        references=frozenset({evidence.reference_id}),
    )


def set_evidence_deleted(lib: Library, evidence: Evidence, deleted: bool) -> Changes:
    """Unlink or re-link one evidence row, reporting the assertion and reference touched."""
    with lib.session() as db:
        store.edit(db, "evidence", evidence.id, {"deleted": int(deleted)}, lib.author)
    return Changes(
        assertions=frozenset({evidence.assertion_id}),
        references=frozenset({evidence.reference_id}),
    )


def write_verdict(lib: Library, assertion_id: str, rating: str, explanation: str) -> Changes:
    """Write a verdict back as it was (undo), even if its rating left the scheme since."""
    with lib.session() as db:
        store.set_verdict(db, assertion_id, rating, explanation, lib.author)
    return Changes(assertions=frozenset({assertion_id}))


def restore_verdict(lib: Library, verdict: Verdict) -> Changes:
    """Bring back a cleared verdict row (same id), hiding any verdict set since."""
    with lib.session() as db:
        current = store.verdict_for(db, verdict.assertion_id)
        if current and current.id != verdict.id:
            store.remove(db, "verdicts", current.id, lib.author)
        store.edit(
            db,
            "verdicts",
            verdict.id,
            {"deleted": 0, "rating": verdict.rating, "explanation": verdict.explanation},
            lib.author,
        )
    return Changes(assertions=frozenset({verdict.assertion_id}))


def set_row_deleted(lib: Library, table: str, row_id: str, deleted: bool) -> None:
    """Flip a deletion mark (undo/redo of creations and deletions keep the same id)."""
    with lib.session() as db:
        store.edit(db, table, row_id, {"deleted": int(deleted)}, lib.author)


def get_note(lib: Library, note_id: str) -> Note | None:
    with lib.session() as db:
        return store.get_note(db, note_id)


def find_references(lib: Library, text: str) -> list[Reference]:
    """References whose title, publisher or URL contain every word typed (case-insensitive)."""
    with lib.session() as db:
        refs = store.list_references(db)
    words = text.casefold().split()
    if not words:
        return refs
    return [
        r
        for r in refs
        if all(w in " ".join(filter(None, (r.title, r.publisher, r.url))).casefold() for w in words)
    ]


def safe_filename(name: str) -> str:
    """A file name that cannot climb out of a folder or confuse a file manager."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip(" .")
    return cleaned[:120] or "snapshot"


def snapshot_bytes(lib: Library, snapshot: Snapshot) -> bytes:
    """The stored bytes of a local copy, checked against its SHA-256."""
    with lib.session() as db:
        data = store.snapshot_data(db, snapshot.id)
    if hashlib.sha256(data).hexdigest() != snapshot.sha256:
        raise ValueError(f"the stored copy of {snapshot.filename} is damaged (checksum differs)")
    return data


def export_snapshot(
    lib: Library, snapshot: Snapshot, folder: Path, extension: str | None = None
) -> Path:
    """Write a local copy to ``folder`` (owner-only) so the system viewer can open it.

    The bytes are checked against the stored SHA-256, so a damaged copy is reported
    instead of being shown as if it were the source. With ``extension`` (the type found
    by content, see ``filetypes.sniff``) the sender's extension is replaced by it, so
    ``invoice.pdf.exe`` holding a PDF opens as a PDF and never as a program.
    """
    data = snapshot_bytes(lib, snapshot)
    folder.mkdir(parents=True, exist_ok=True)
    name = safe_filename(snapshot.filename)
    if extension is not None:
        name = name.replace(".", "_")[:100] + extension
    target = folder / f"{snapshot.sha256[:12]}-{name}"
    with open(target, "wb", opener=lambda p, f: os.open(p, f, 0o600)) as fh:
        fh.write(data)
    return target


def tag_changes(target_kind: str, target_id: str) -> Changes:
    """What adding or removing a tag touches: article tags show in the library list."""
    if target_kind == "article":
        return Changes(articles=frozenset({target_id}), library=True)
    return Changes(assertions=frozenset({target_id}))
