"""The undo journal: every edit's before and after row images, recorded in the write path.

An edit (an *operation* of the service layer) opens a recording; ``rows.insert_row`` and
``rows.update_row`` report every row they write to it, so no operation has to describe
its own inverse. Undo writes the before image of the columns the step changed, redo the
after image, both through ``rows.update_row``: the merge bookkeeping (``rev``, history,
change log) stays right and an undone edit travels to colleagues like any other change.

A step is only replayed when the rows still hold what the step left there (the analyser
or a merge may have changed them since); otherwise a :class:`ConflictError` explains why.
The journal is local history of this copy: it never travels in share files or merges.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from factcheck_app.errors import ConflictError
from factcheck_app.i18n import N_
from factcheck_app.models import Changes

#: Columns every write changes; they are not part of what a step undoes.
_BOOKKEEPING = frozenset({"created_at", "updated_at", "author", "rev"})
#: Steps kept per library; older ones can no longer be undone.
KEEP_STEPS = 200
#: Local bookkeeping tables an edit may change (no ``rev``, never shared): replayed by a
#: plain UPDATE instead of ``rows.update_row``.
LOCAL_TABLES = frozenset({"conflicts"})


@dataclass
class _Recording:
    db: Database
    rows: list[tuple[str, str, dict[str, Any] | None, dict[str, Any]]] = field(default_factory=list)


_current: ContextVar[_Recording | None] = ContextVar("factcheck_journal", default=None)


@dataclass(frozen=True)
class Step:
    """One recorded operation: its kind (``models.Operation``), a detail and what it touched."""

    id: int
    kind: str
    detail: str
    at: str
    undone: bool
    changes: Changes


def _image(row: dict[str, Any]) -> dict[str, Any]:
    """A row as JSON-safe values; blobs (snapshot bytes) never change after insert."""
    return {k: v for k, v in row.items() if not isinstance(v, (bytes, memoryview))}


def note_write(
    db: Database, table: str, row_id: str, before: dict[str, Any] | None, after: dict[str, Any]
) -> None:
    """Called by the write path for every row written; records it if an operation runs."""
    recording = _current.get()
    if recording is not None and recording.db is db:
        recording.rows.append((table, row_id, before and _image(before), _image(after)))


@contextmanager
def recording(db: Database) -> Iterator[_Recording]:
    """Collect the row images written inside the block (same thread, same connection)."""
    rec = _Recording(db)
    token = _current.set(rec)
    try:
        yield rec
    finally:
        _current.reset(token)


def _changes_json(changes: Changes) -> str:
    return json.dumps(
        {
            "articles": sorted(changes.articles),
            "assertions": sorted(changes.assertions),
            "notes": sorted(changes.notes),
            "references": sorted(changes.references),
            "library": changes.library,
        }
    )


def _changes_from(text: str, step_id: int) -> Changes:
    data = json.loads(text or "{}")
    return Changes(
        articles=frozenset(data.get("articles", ())),
        assertions=frozenset(data.get("assertions", ())),
        notes=frozenset(data.get("notes", ())),
        references=frozenset(data.get("references", ())),
        library=bool(data.get("library")),
        step=step_id,
    )


def commit(
    db: Database, rec: _Recording, kind: str, detail: str, changes: Changes, at: str, author: str
) -> int | None:
    """Store the recorded rows as a new step (dropping what could be redone); its id."""
    if not rec.rows:
        return None  # nothing was written (e.g. a tag that was already there)
    db.execute("DELETE FROM journal_rows WHERE step_id IN (SELECT id FROM journal WHERE undone)")
    db.execute("DELETE FROM journal WHERE undone")
    cursor = db.execute(
        "INSERT INTO journal (at, author, kind, detail, changes) VALUES (?, ?, ?, ?, ?)",
        [at, author, kind, detail[:200], _changes_json(changes)],
    )
    step_id = int(cursor.lastrowid or 0)
    db.conn.executemany(
        "INSERT INTO journal_rows (step_id, seq, table_name, row_id, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                step_id,
                seq,
                table,
                row_id,
                None if before is None else json.dumps(before),
                json.dumps(after),
            )
            for seq, (table, row_id, before, after) in enumerate(rec.rows)
        ],
    )
    old = step_id - KEEP_STEPS
    db.execute("DELETE FROM journal_rows WHERE step_id <= ?", [old])
    db.execute("DELETE FROM journal WHERE id <= ?", [old])
    return step_id


def _step(row: tuple[Any, ...]) -> Step:
    step_id, kind, detail, at, undone, changes = row
    return Step(int(step_id), kind, detail, at, bool(undone), _changes_from(changes, step_id))


_COLUMNS = "id, kind, detail, at, undone, changes"


def get_step(db: Database, step_id: int) -> Step | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM journal WHERE id = ?", [step_id]).fetchone()
    return _step(row) if row else None


def next_undo(db: Database) -> Step | None:
    """The latest step that is done (what ``undo`` takes back)."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM journal WHERE undone = 0 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return _step(row) if row else None


def next_redo(db: Database) -> Step | None:
    """The earliest undone step (what ``redo`` does again)."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM journal WHERE undone = 1 ORDER BY id LIMIT 1"
    ).fetchone()
    return _step(row) if row else None


def _rows(db: Database, step_id: int) -> list[tuple[str, str, dict | None, dict]]:
    return [
        (table, row_id, None if before is None else json.loads(before), json.loads(after))
        for table, row_id, before, after in db.execute(
            "SELECT table_name, row_id, before, after FROM journal_rows WHERE step_id = ?"
            " ORDER BY seq",
            [step_id],
        ).fetchall()
    ]


def _delta(before: dict | None, after: dict) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old values, new values) of the columns a written row changed."""
    if before is None:  # an insert: undo marks the row deleted, redo brings it back
        return {"deleted": 1}, {"deleted": after.get("deleted", 0)}
    keys = [k for k in after if k not in _BOOKKEEPING and before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def replay(db: Database, step: Step, *, backwards: bool, author: str) -> None:
    """Write the step's before (undo) or after (redo) values, refusing stale steps."""
    # rows imports this module
    from factcheck_app.storage.rows import get_row, update_local, update_row

    rows = _rows(db, step.id)
    if backwards:
        rows.reverse()
    with db.atomic():
        for table, row_id, before, after in rows:
            old, new = _delta(before, after)
            expected, wanted = (new, old) if backwards else (old, new)
            current = get_row(db, table, row_id)
            if current is None or any(current.get(k) != v for k, v in expected.items()):
                raise ConflictError(
                    N_(
                        "a row it changed ({table}) was changed again since, by analysis or a merge"
                    ),
                    table=table,
                )
            if wanted and table in LOCAL_TABLES:
                update_local(db, table, row_id, wanted)
            elif wanted:
                update_row(db, table, row_id, wanted, author)
        db.execute("UPDATE journal SET undone = ? WHERE id = ?", [int(backwards), step.id])
