"""Shared helpers for the share/merge tests (no tests here): libraries with content."""

from __future__ import annotations

import shutil
from pathlib import Path

from factcheck_app.models import Category
from factcheck_app.services import Library, articles, local_copies
from factcheck_app.services import annotations as ann
from factcheck_app.settings import Settings
from factcheck_app.storage.migrations import SYNCED_TABLES

TEXT = (
    "# Energy plan failed\n\nOfficials said the plan failed. Reports indicate prices rose "
    "by 40 percent. The minister denied it.\n"
)


def open_lib(path: Path, user: str = "alice") -> Library:
    return Library(path, Settings(user_name=user))


def populated(path: Path, user: str = "alice", text: str = TEXT) -> tuple[Library, dict[str, str]]:
    """A library with one article and one of everything attached to it."""
    lib = open_lib(path, user)
    art = articles.import_text(lib, text, fmt="md").article
    start = art.text.index("Officials")
    assertion = ann.get_assertion(
        lib,
        ann.add_manual_assertion(
            lib, art.id, start, start + 30, Category.VAGUE_SOURCE, "who?"
        ).created,
    )
    note = ann.get_note(lib, ann.add_note(lib, art.id, "public note", assertion.id).created)
    secret = ann.get_note(
        lib, ann.add_note(lib, art.id, "private note", assertion.id, private=True).created
    )
    ref = ann.get_reference(
        lib, ann.add_reference(lib, "Ministry statement", url="https://example.org/s").created
    )
    source = path.with_suffix(".pdf")
    source.write_bytes(b"%PDF-1.4 local copy")
    snap = local_copies.get_snapshot(lib, local_copies.attach_file(lib, ref.id, source).created)
    ev = ann.get_evidence(
        lib, ann.link_evidence(lib, assertion.id, ref.id, "contradicts", quote="no").created
    )
    verdict = ann.get_verdict(lib, ann.set_verdict(lib, assertion.id, "false").created)
    tag = ann.get_tag(lib, ann.add_tag(lib, "article", art.id, "energy").created)
    ids = {
        "article": art.id,
        "assertion": assertion.id,
        "note": note.id,
        "private": secret.id,
        "ref": ref.id,
        "snapshot": snap.id,
        "evidence": ev.id,
        "verdict": verdict.id,
        "tag": tag.id,
    }
    return lib, ids


def copy_library(lib: Library, dest: Path, user: str) -> Library:
    """A colleague's copy: the same rows and histories, in another file."""
    assert lib.path is not None
    with lib.session() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(lib.path, dest)
    return open_lib(dest, user)


def snapshot_rows(lib: Library) -> dict[str, set[tuple]]:
    """Every synced row (all columns), for comparing libraries."""
    out: dict[str, set[tuple]] = {}
    with lib.session() as db:
        for table in (*SYNCED_TABLES, "blocks"):
            # A deleted row travels as a mark without content: compare marks only.
            marks = "id, deleted" if table != "blocks" else "*"
            where = " WHERE deleted = 1" if table != "blocks" else " WHERE 0"
            live = "" if table == "blocks" else " WHERE deleted = 0"
            out[table] = {tuple(r) for r in db.execute(f"SELECT * FROM {table}{live}")} | {
                tuple(r) for r in db.execute(f"SELECT {marks} FROM {table}{where}")
            }
    return out


def file_bytes(path: Path) -> dict[str, bytes]:
    """The library file and its WAL, to prove a refused merge wrote nothing."""
    found = {}
    for p in (path, path.with_name(path.name + "-wal")):
        if p.exists():
            found[p.name] = p.read_bytes()
    return found
