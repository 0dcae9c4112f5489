"""Hostile or broken share files are refused and the target library stays byte-identical."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from test_merge_support import copy_library, file_bytes, open_lib, populated

from factcheck_app.services import annotations as ann
from factcheck_app.services import sharing
from factcheck_app.storage import share_copy, untrusted
from factcheck_app.storage.untrusted import ShareFileError


@pytest.fixture()
def setup(tmp_path: Path):
    lib, ids = populated(tmp_path / "lib.db")
    theirs = copy_library(lib, tmp_path / "theirs.db", "bob")
    ann.add_note(theirs, ids["article"], "bob's note")
    share = tmp_path / "bob.factcheck"
    sharing.share_library(theirs, share)
    theirs.close()
    with lib.session() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield lib, share
    lib.close()


def edit_db(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _random(p: Path) -> None:
    p.write_bytes(os.urandom(8192))


def _sqlite_header_random(p: Path) -> None:
    p.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))


def _truncated(p: Path) -> None:
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 3])


def _text(p: Path) -> None:
    p.write_text("Dear colleague, here are my notes.\n", encoding="utf-8")


def _empty(p: Path) -> None:
    p.write_bytes(b"")


def _record(*finding: object) -> Callable[[Path], None]:
    """A findings record holding one packed finding (gap, length, category, ...)."""
    packed = zlib.compress(json.dumps([1, [list(finding)]]).encode()).hex()
    return lambda p: edit_db(
        p,
        "INSERT OR REPLACE INTO article_findings"
        " (article_id, detector_version, analysed_at, author, counts, data)"
        f" SELECT id, 'v1', '2025-01-01T00:00:00Z', 'bob', '{{}}', x'{packed}' FROM articles",
    )


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "random bytes": (_random, "not SQLite"),
    "sqlite header then garbage": (_sqlite_header_random, "damaged"),
    "truncated": (_truncated, "damaged"),
    "text file renamed": (_text, "not SQLite"),
    "empty file": (_empty, "not SQLite"),
    "extra trigger": (
        lambda p: edit_db(
            p,
            "CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM articles; END",
        ),
        "unexpected trigger 'evil'",
    ),
    "extra view": (
        lambda p: edit_db(p, "CREATE VIEW evil AS SELECT * FROM notes"),
        "unexpected view 'evil'",
    ),
    "extra table": (
        lambda p: edit_db(p, "CREATE TABLE payload (x)"),
        "unexpected table 'payload'",
    ),
    "changed trigger": (
        lambda p: edit_db(
            p,
            "DROP TRIGGER notes_ai",
            "CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN DELETE FROM refs; END",
        ),
        "changed trigger 'notes_ai'",
    ),
    "newer schema": (
        lambda p: edit_db(
            p,
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('factcheck', 'm0099_future', '2030-01-01')",
        ),
        "newer version",
    ),
    "not a library": (
        lambda p: (p.unlink(), edit_db(p, "CREATE TABLE t (x)")),
        "not a Factcheck library",
    ),
    "oversize note": (
        lambda p: edit_db(p, "UPDATE notes SET body = printf('%.*c', 2000001, 'x')"),
        "notes.body",
    ),
    "oversize blob": (
        lambda p: edit_db(
            p,
            "UPDATE snapshots SET data = zeroblob(200 * 1024 * 1024 + 1),"
            " size = 200 * 1024 * 1024 + 1",
        ),
        "snapshots.data",
    ),
    "bad enum": (
        lambda p: edit_db(p, "UPDATE assertions SET category = 'propaganda'"),
        "assertions.category",
    ),
    "bad explanation parameters": (
        lambda p: edit_db(p, "UPDATE assertions SET explain_params = '[1, 2'"),
        "assertions.explain_params",
    ),
    "bad uuid": (
        lambda p: edit_db(p, "PRAGMA foreign_keys=OFF", "UPDATE tags SET id = 'x'"),
        "tags.id",
    ),
    "bad timestamp": (
        lambda p: edit_db(p, "UPDATE notes SET updated_at = 'yesterday'"),
        "notes.updated_at",
    ),
    "wrong type": (
        lambda p: edit_db(p, "UPDATE refs SET title = x'00ff'"),
        "refs.title",
    ),
    "invalid UTF-8 in a text value": (
        lambda p: edit_db(p, "UPDATE refs SET publisher = CAST(x'41c328' AS TEXT)"),
        "refs.publisher",
    ),
    # checked once per row: the two halves of 'é' in two columns must not pass as one
    "invalid UTF-8 split across two columns": (
        lambda p: edit_db(
            p,
            "UPDATE refs SET title = CAST(x'41c3' AS TEXT), publisher = CAST(x'a942' AS TEXT)",
        ),
        "refs.title",
    ),
    "findings record with a list for a category": (
        _record(0, 5, ["hedged"]),
        "findings record: category",
    ),
    "findings record with a number for a language": (
        _record(0, 5, "hedged", None, None, None, 1.0, 7),
        "findings record: lang",
    ),
    "findings record with a span past the text": (
        _record(0, 10**6, "hedged"),
        "findings record: span",
    ),
    "checksum mismatch": (
        lambda p: edit_db(p, "UPDATE snapshots SET data = x'00', size = 1"),
        "checksum",
    ),
    "dangling reference": (
        lambda p: edit_db(
            p,
            "PRAGMA foreign_keys=OFF",
            "UPDATE evidence SET reference_id = '00000000-0000-4000-8000-000000000000'",
        ),
        "missing",
    ),
}


@pytest.fixture(params=["memory", "file"])
def copy_in(request, monkeypatch) -> str:
    """Both ways a share is copied privately: into memory (a small file) and into a
    private folder (a large one, here every one); the checks are the same."""
    if request.param == "file":
        monkeypatch.setattr(share_copy, "MEMORY_COPY_BYTES", 0)
    return request.param


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_file_is_refused_and_target_untouched(setup, kind: str, copy_in: str) -> None:
    lib, share = setup
    damage, message = HOSTILE[kind]
    damage(share)
    before = file_bytes(lib.path)
    share_before = share.read_bytes()
    for attempt in (sharing.preview_merge, sharing.merge):
        with pytest.raises(ShareFileError, match=message):
            attempt(lib, share)
    assert file_bytes(lib.path) == before
    assert share.read_bytes() == share_before  # never written either
    assert list(lib.path.parent.glob("*.before-merge-*")) == []
    assert sharing.list_merges(lib) == []


def test_missing_file_is_refused(setup, tmp_path: Path) -> None:
    lib, _ = setup
    with pytest.raises(ShareFileError, match="does not exist"):
        sharing.merge(lib, tmp_path / "nope.factcheck")


def test_triggers_of_the_file_never_run(setup) -> None:
    """Even a trigger identical in name to ours cannot run: the file is only SELECTed."""
    lib, share = setup
    before = file_bytes(lib.path)
    report = sharing.preview_merge(lib, share)
    assert report.added["notes"] == 1
    assert file_bytes(lib.path) == before


def test_older_schema_is_upgraded_on_a_copy(setup) -> None:
    lib, share = setup
    edit_db(  # a schema-1 file: before the merge log and the undo journal
        share,
        # m0014_size: row_revisions with a rowid, the per-article index back
        "ALTER TABLE row_revisions RENAME TO row_revisions_past",
        "CREATE TABLE row_revisions ( table_name TEXT NOT NULL, row_id TEXT NOT NULL,"
        " rev TEXT NOT NULL, PRIMARY KEY (table_name, row_id, rev) )",
        "INSERT INTO row_revisions SELECT * FROM row_revisions_past",
        "DROP TABLE row_revisions_past",
        "CREATE INDEX assertions_article ON assertions(article_id, start)",
        "ALTER TABLE blocks RENAME TO blocks_keyed",
        "CREATE TABLE blocks ( article_id TEXT NOT NULL REFERENCES articles(id),"
        " seq INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL,"
        " \"end\" INTEGER NOT NULL, lang TEXT NOT NULL DEFAULT '', page INTEGER,"
        " PRIMARY KEY (article_id, seq) )",
        "INSERT INTO blocks SELECT * FROM blocks_keyed",
        "DROP TABLE blocks_keyed",
        "DELETE FROM _sqlite_migrations WHERE name = 'm0014_size'",
        "ALTER TABLE verdicts DROP COLUMN claim_summary",
        "DELETE FROM _sqlite_migrations WHERE name = 'm0013_claim_summaries'",
        "DROP TABLE drafts",  # m0011_lifecycle
        "ALTER TABLE assertions DROP COLUMN explain_key",  # m0010_explanation_keys
        "ALTER TABLE assertions DROP COLUMN explain_params",
        "DELETE FROM _sqlite_migrations WHERE name = 'm0010_explanation_keys'",
        "DROP TABLE merge_undo",
        "ALTER TABLE articles DROP COLUMN lang",  # m0012_library_management
        "ALTER TABLE assertions DROP COLUMN trashed",
        "ALTER TABLE notes DROP COLUMN trashed",
        # back to schema 1: undo m0007_claim_memory, m0006_provenance, m0003_journal, m0002_merges
        "DROP TABLE claim_reviews_fts",
        "DROP TABLE claim_reviews",
        "DROP TABLE claim_index",
        "DELETE FROM _sqlite_migrations WHERE name = 'm0007_claim_memory'",
        "DROP TABLE article_snapshots",
        *(
            f"ALTER TABLE articles DROP COLUMN {c}"
            for c in [
                "modified",
                "requested_url",
                "final_url",
                "redirects",
                "fetched_at",
                "http_status",
                "content_type",
                "original_sha256",
                "original_size",
            ]
        ),
        "ALTER TABLE blocks DROP COLUMN page",
        "DELETE FROM _sqlite_migrations WHERE name = 'm0006_provenance'",
        "DROP TABLE journal_rows",
        "DROP TABLE journal",
        "DROP TABLE conflicts",
        "DROP TABLE merges",
        "DROP INDEX articles_list",  # m0008_perf
        "DROP INDEX assertions_summary",
        "DROP TABLE assertion_counts",
        "DROP TRIGGER assertion_counts_insert",
        "DROP TRIGGER assertion_counts_update",
        "DROP TRIGGER assertion_counts_delete",
        *(  # m0016
            f"DROP TRIGGER progress_{name}"
            for name in (
                "article_insert",
                "article_delete",
                "assertion_insert",
                "assertion_update",
                "assertion_delete",
                "verdict_insert",
                "verdict_update",
                "verdict_delete",
                "record_insert",
                "record_update",
                "record_delete",
            )
        ),
        "DROP TABLE article_progress",
        "DROP TABLE article_findings",  # m0015
        "DELETE FROM _sqlite_migrations WHERE name != 'm0001_initial'",
    )
    edit_db(share, "VACUUM")
    original = share.read_bytes()
    report = sharing.merge(lib, share)
    assert report.added["notes"] == 1
    assert share.read_bytes() == original
    assert [n.body for n in ann.notes_for_article(lib, report_article(lib))].count(
        "bob's note"
    ) == 1


def report_article(lib) -> str:
    with lib.session() as db:
        return db.execute("SELECT id FROM articles").fetchone()[0]


def test_wal_library_with_uncheckpointed_changes_can_be_merged(tmp_path: Path) -> None:
    """A colleague's live library (WAL beside it) is read through a private copy."""
    ours, ids = populated(tmp_path / "ours.db")
    theirs = copy_library(ours, tmp_path / "theirs.db", "bob")
    ann.add_note(theirs, ids["article"], "still in the WAL")
    assert (tmp_path / "theirs.db-wal").stat().st_size > 0
    report = sharing.merge(ours, tmp_path / "theirs.db")
    assert report.added["notes"] == 1
    theirs.close()
    open_lib(tmp_path / "theirs.db").close()


def test_a_small_share_is_checked_in_memory_and_a_large_one_in_a_removed_folder(
    setup, tmp_path: Path, monkeypatch
) -> None:
    """No private folder is made for a small share; a large one's folder is removed
    after the merge; both merge the same, and neither original is written."""
    lib, share = setup
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    made: list[Path] = []
    real_copy = untrusted.copy_private

    def spy(source: Path, workdir: Path) -> Path:
        made.append(workdir)
        return real_copy(source, workdir)

    monkeypatch.setattr(untrusted, "copy_private", spy)
    original = share.read_bytes()
    report = sharing.preview_merge(lib, share)
    assert report.added["notes"] == 1
    assert made == [] and list(temp.iterdir()) == []
    monkeypatch.setattr(share_copy, "MEMORY_COPY_BYTES", 0)
    assert sharing.merge(lib, share).added["notes"] == 1
    assert len(made) == 1 and made[0].parent == temp
    assert list(temp.iterdir()) == []  # the private copy is gone
    assert share.read_bytes() == original


def test_a_library_left_in_wal_mode_merges_from_memory_and_stays_untouched(
    tmp_path: Path,
) -> None:
    """A colleague's library closed cleanly keeps its WAL header but has no log beside
    it: its in-memory copy is read in rollback mode (the same pages); the file itself
    is not switched, folded or written."""
    ours, ids = populated(tmp_path / "ours.db")
    theirs = copy_library(ours, tmp_path / "theirs.db", "bob")
    ann.add_note(theirs, ids["article"], "closed cleanly")
    theirs.close()
    path = tmp_path / "theirs.db"
    assert not path.with_name("theirs.db-wal").exists()
    original = path.read_bytes()
    assert original[18:20] == b"\x02\x02"  # WAL mode in the header
    checked = untrusted.open_untrusted(path, tmp_path / "unused")
    assert checked.image is not None and checked.path is None
    assert checked.image[18:20] == b"\x01\x01"
    assert not (tmp_path / "unused").exists()
    report = sharing.merge(ours, path)
    assert report.added["notes"] == 1
    assert path.read_bytes() == original
    assert not path.with_name("theirs.db-wal").exists()
    assert not path.with_name("theirs.db-shm").exists()
    ours.close()


def test_a_share_changed_to_hostile_after_its_size_was_read_is_still_checked(
    setup, monkeypatch
) -> None:
    """The in-memory copy is what is checked and merged: whatever the file holds once
    read is checked as a whole (here an extra trigger), never the file again."""
    lib, share = setup
    before = file_bytes(lib.path)
    real_inspect = share_copy.inspect_file

    def swap(source: Path):
        found = real_inspect(source)
        edit_db(source, "CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM refs; END")
        return found

    monkeypatch.setattr(share_copy, "inspect_file", swap)
    with pytest.raises(ShareFileError, match="unexpected trigger 'evil'"):
        sharing.merge(lib, share)
    assert file_bytes(lib.path) == before


def test_the_checks_run_read_only(setup, copy_in: str, monkeypatch) -> None:
    """Until every check passed, nothing can write even our private copy (then our own
    statements upgrade and normalise it)."""
    lib, share = setup
    seen: list[int] = []
    real = untrusted._check_meta

    def probe(conn, source) -> None:
        seen.append(conn.execute("PRAGMA query_only").fetchone()[0])
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM meta")  # (no trigger of its own)
        conn.rollback()  # (the implicit BEGIN before the refused DELETE)
        real(conn, source)

    monkeypatch.setattr(untrusted, "_check_meta", probe)
    assert sharing.merge(lib, share).added["notes"] == 1
    assert seen == [1]
