"""Local copies of a reference's sources: attach a file, remove it, read it back checked
against its SHA-256, and hand it to the system viewer.

Attaching and removing are operations recorded in the undo journal (:func:`history.operation`)
like every other edit; reading never writes.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path

from factcheck_app.errors import InputError, LibraryError
from factcheck_app.files import safe_filename
from factcheck_app.i18n import N_
from factcheck_app.models import Changes, Operation, Snapshot
from factcheck_app.services.history import operation
from factcheck_app.services.library import Library, live_row
from factcheck_app.storage import annotations as store
from factcheck_app.storage.annotations import MAX_SNAPSHOT_BYTES


def attach_file(lib: Library, reference_id: str, path: Path | str) -> Changes:
    """Keep a local copy of a source file with the reference (checked before reading it)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(N_("{name} is not a file"), name=path.name)
    size = path.stat().st_size
    if size == 0:
        raise InputError(N_("{name} is empty; nothing to keep as a copy"), name=path.name)
    if size > MAX_SNAPSHOT_BYTES:  # refuse before reading it all into memory
        raise InputError(
            N_("{name} is larger than {limit} MB"),
            name=path.name,
            limit=MAX_SNAPSHOT_BYTES // 2**20,
        )
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            N_("{name} cannot be read: {why}"), name=path.name, why=exc.strerror
        ) from exc
    with operation(lib, Operation.ATTACH_FILE, path.name) as op:
        snap = store.add_snapshot(op.db, reference_id, path.name, mime, data, lib.author)
        op.changes = Changes(references=frozenset({reference_id}), created=snap.id)
    return op.changes


def remove_snapshot(lib: Library, snapshot: Snapshot) -> Changes:
    with operation(lib, Operation.REMOVE_SNAPSHOT, snapshot.filename) as op:
        store.remove(op.db, "snapshots", snapshot.id, lib.author)
        op.changes = Changes(references=frozenset({snapshot.reference_id}))
    return op.changes


def get_snapshot(lib: Library, snapshot_id: str) -> Snapshot:
    """A local copy's description (not its bytes), e.g. the one ``attach_file`` created."""
    return store.to_snapshot(live_row(lib, "snapshots", snapshot_id, N_("no local copy {id}")))


def snapshot_bytes(lib: Library, snapshot_id: str) -> bytes:
    with lib.session() as db:
        return store.snapshot_data(db, snapshot_id)


def checked_snapshot_bytes(lib: Library, snapshot: Snapshot) -> bytes:
    """The stored bytes of a local copy, checked against its SHA-256, so a damaged copy
    is reported instead of being shown as if it were the source."""
    data = snapshot_bytes(lib, snapshot.id)
    if hashlib.sha256(data).hexdigest() != snapshot.sha256:
        raise LibraryError(
            N_("the stored copy of {name} is damaged (checksum differs)"), name=snapshot.filename
        )
    return data


def export_snapshot(
    lib: Library, snapshot: Snapshot, folder: Path, extension: str | None = None
) -> Path:
    """Write a local copy to ``folder`` (owner-only) so the system viewer can open it.

    With ``extension`` (the type found by content, see ``filetypes.sniff``) the sender's
    extension is replaced by it, so ``invoice.pdf.exe`` holding a PDF opens as a PDF and
    never as a program.
    """
    data = checked_snapshot_bytes(lib, snapshot)
    folder.mkdir(parents=True, exist_ok=True)
    name = safe_filename(snapshot.filename)
    if extension is not None:
        name = name.replace(".", "_")[:100] + extension
    target = folder / f"{snapshot.sha256[:12]}-{name}"
    with open(target, "wb", opener=lambda p, f: os.open(p, f, 0o600)) as fh:
        fh.write(data)
    return target
