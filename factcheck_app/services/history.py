"""Undo and redo for every edit, in the GUI and the CLI alike, from the library's journal.

Each edit in ``annotations`` runs inside :func:`operation`, which records the before and
after images of the rows it writes (``storage.journal``); undo and redo replay them. The
journal lives in the library file, so ``factcheck undo`` takes back the last edit made in
the app, and the app's Edit menu takes back one made on the command line.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from factcheck_app.errors import ConflictError
from factcheck_app.i18n import N_
from factcheck_app.models import Changes, Operation
from factcheck_app.services.library import Library
from factcheck_app.storage import journal
from factcheck_app.storage.journal import Step
from factcheck_app.storage.rows import now

#: English descriptions of each operation (the GUI shows its own translated ones).
LABELS: dict[Operation, str] = {
    Operation.ADD_NOTE: "Add note",
    Operation.EDIT_NOTE: "Edit note",
    Operation.DELETE_NOTE: "Delete note",
    Operation.ADD_REFERENCE: "Add reference “{detail}”",
    Operation.EDIT_REFERENCE: "Edit reference “{detail}”",
    Operation.DELETE_REFERENCE: "Delete reference “{detail}”",
    Operation.ATTACH_FILE: "Attach {detail}",
    Operation.REMOVE_SNAPSHOT: "Remove copy {detail}",
    Operation.LINK_EVIDENCE: "Link reference",
    Operation.EDIT_EVIDENCE: "Edit evidence",
    Operation.UNLINK_EVIDENCE: "Unlink reference",
    Operation.SET_VERDICT: "Verdict: {detail}",
    Operation.CLEAR_VERDICT: "Clear verdict",
    Operation.SET_CATEGORY: "Category: {detail}",
    Operation.SET_STATE: "State: {detail}",
    Operation.SET_SPAN: "Set span",
    Operation.ADD_ASSERTION: "Mark as {detail}",
    Operation.DELETE_ASSERTION: "Delete assertion",
    Operation.ADD_TAG: "Tag “{detail}”",
    Operation.REMOVE_TAG: "Remove tag “{detail}”",
    Operation.DELETE_ARTICLE: "Delete article “{detail}”",
    Operation.RESTORE_ARTICLE: "Restore article “{detail}”",
    Operation.EDIT_ARTICLE: "Edit article “{detail}”",
    Operation.COPY_CLAIM: "Copy from “{detail}”",
    Operation.FLIP_CONFLICT: "Use other version of {detail}",
    Operation.SET_CLAIM_SUMMARIES: "Claim summaries",
}


def describe(step: Step) -> str:
    """One line saying what a step did, in English (the CLI's wording)."""
    try:
        template = LABELS[Operation(step.kind)]
    except ValueError:
        template = step.kind
    return template.format(detail=step.detail)


@dataclass
class Recorder:
    """Handed to an operation's body: the connection and the ``Changes`` it reports."""

    db: Database
    changes: Changes = field(default_factory=Changes)


_active: ContextVar[Recorder | None] = ContextVar("factcheck_operation", default=None)


@contextmanager
def operation(lib: Library, kind: Operation, detail: str = "") -> Iterator[Recorder]:
    """Run an edit in one transaction and record it as one undoable journal step.

    The body writes through the storage functions and sets ``recorder.changes``; after
    the block ``recorder.changes.step`` is the journal step (None when nothing changed).
    An operation run inside another (adding a reference while linking it) becomes part of
    the outer one's step.
    """
    outer = _active.get()
    with lib.session() as db:
        if outer is not None and outer.db is db:
            inner = Recorder(db)
            yield inner
            outer.changes |= inner.changes
            return
        with db.atomic(), journal.recording(db) as rows:
            recorder = Recorder(db)
            token = _active.set(recorder)
            try:
                yield recorder
            finally:
                _active.reset(token)
            step = journal.commit(db, rows, str(kind), detail, recorder.changes, now(), lib.author)
            recorder.changes = replace(recorder.changes, step=step)


def get_step(lib: Library, step_id: int) -> Step | None:
    with lib.session() as db:
        return journal.get_step(db, step_id)


def next_undo(lib: Library) -> Step | None:
    with lib.session() as db:
        return journal.next_undo(db)


def next_redo(lib: Library) -> Step | None:
    with lib.session() as db:
        return journal.next_redo(db)


def _replay(lib: Library, step_id: int | None, backwards: bool) -> Changes:
    with lib.session() as db:
        step = journal.next_undo(db) if backwards else journal.next_redo(db)
        if step is None:
            raise ConflictError(
                N_("there is nothing to undo") if backwards else N_("there is nothing to redo")
            )
        if step_id is not None and step.id != step_id:
            raise ConflictError(
                N_("cannot undo this edit: another edit to the library came after it")
                if backwards
                else N_("cannot redo this edit: another edit to the library came after it")
            )
        try:
            journal.replay(db, step, backwards=backwards, author=lib.author)
        except ConflictError as exc:
            raise ConflictError(
                N_("cannot undo “{edit}”: {why}")
                if backwards
                else N_("cannot redo “{edit}”: {why}"),
                edit=describe(step),
                why=exc,
            ) from exc
    return step.changes


def undo(lib: Library, step_id: int | None = None) -> Changes:
    """Take back the latest edit (or check it is ``step_id``); what it touched, with
    ``step`` the journal step undone (``get_step`` says what it was)."""
    return _replay(lib, step_id, backwards=True)


def redo(lib: Library, step_id: int | None = None) -> Changes:
    """Make the earliest undone edit again (or check it is ``step_id``)."""
    return _replay(lib, step_id, backwards=False)
