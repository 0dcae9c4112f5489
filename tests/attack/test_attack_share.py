"""Hostile share files: random values in every column, forged revisions, future times.

Invariants for every input: the merge either refuses with one clear line and leaves the
library unchanged, or succeeds without touching any of the receiver's live rows (a
default merge never deletes or rewrites them) and the library still lists and opens.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_merge_support import copy_library, populated, snapshot_rows

from factcheck_app.services import Library, articles, sharing
from factcheck_app.services import annotations as ann
from factcheck_app.settings import Settings
from factcheck_app.storage.migrations import SYNCED_TABLES
from factcheck_app.storage.untrusted import READ_TABLES
from tests.attack.support import judge, record

HOSTILE_TEXT = [
    "[1, 2]",
    "null",
    '{"a": 1}',
    '["en", 5]',
    "9999-12-31T23:59:59Z",
    "javascript:alert(1)",
    "\u202eexe.fdp",
    "\x1b]52;c;aGk=\x07",
    "x" * 200_001,
    "",
    "00000000-0000-4000-8000-000000000000",
    "not-a-uuid",
]
VALUES = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=40),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.binary(max_size=40),
    st.none(),
)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    work = tmp_path_factory.mktemp("share-attack")
    alice, ids = populated(work / "alice.db", "alice")
    bob = copy_library(alice, work / "bob.db", "bob")
    ann.add_note(bob, ids["article"], "bob's note")
    ann.edit_note(bob, ids["note"], "bob rewrote it")
    ann.delete_note(bob, ids["private"])
    sharing.share_library(bob, work / "bob.factcheck", private=True)
    bob.close()
    with alice.session() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    alice.close()
    return work


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _mutate(path: Path, mutations: list[tuple[int, int, object, bool]]) -> None:
    conn = sqlite3.connect(path)
    tables = [t for t in READ_TABLES if t != "meta"]
    for t_pick, c_pick, value, all_rows in mutations:
        table = tables[t_pick % len(tables)]
        cols = _columns(conn, table)
        column = cols[c_pick % len(cols)]
        where = "" if all_rows else f" WHERE rowid = (SELECT min(rowid) FROM {table})"
        with contextlib.suppress(sqlite3.DatabaseError):  # the file's own constraints
            conn.execute(f'UPDATE "{table}" SET "{column}" = ?{where}', [value])
    conn.commit()
    conn.close()


def _live_rows(lib: Library) -> dict[str, set[tuple]]:
    """The receiver's live rows by content (not which revision or when)."""
    out: dict[str, set[tuple]] = {}
    with lib.session() as db:
        for table in SYNCED_TABLES:
            cursor = db.execute(f"SELECT * FROM {table} WHERE deleted = 0")
            names = [d[0] for d in cursor.description]
            keep = [i for i, n in enumerate(names) if n not in ("rev", "updated_at")]
            out[table] = {tuple(row[i] for i in keep) for row in cursor.fetchall()}
    return out


def _usable(lib: Library) -> None:
    for summary in articles.list_articles(lib):
        articles.get_article(lib, summary.id)
    for conflict in sharing.list_conflicts(lib):
        sharing.format_report  # noqa: B018 - the report formatter is exercised below
        sharing.side_by_side(conflict)


def _merge_keeps_our_rows(lib: Library, share: Path) -> str | None:
    """Merge ``share``; "data lost" when a live row of ours went or a time lies ahead."""
    live_before = _live_rows(lib)
    report = sharing.merge(lib, share)
    sharing.format_report(report)
    _usable(lib)
    live_after = _live_rows(lib)
    if any(not live_before[t] <= live_after[t] for t in live_before):
        return "data lost"
    with lib.session() as db:
        future = db.execute("SELECT count(*) FROM notes WHERE updated_at LIKE '9999%'")
        return "data lost" if future.fetchone()[0] else None


@settings(settings.get_profile("attack"))
@given(
    mutations=st.lists(
        st.tuples(st.integers(0, 50), st.integers(0, 50), VALUES, st.booleans()),
        min_size=1,
        max_size=3,
    )
)
def test_hostile_share_values(base: Path, mutations) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copyfile(base / "alice.db", work / "alice.db")
        share = work / "bob.factcheck"
        shutil.copyfile(base / "bob.factcheck", share)
        _mutate(share, mutations)
        lib = Library(work / "alice.db", Settings(user_name="alice"))
        outcome = judge(lambda: _merge_keeps_our_rows(lib, share), lambda: snapshot_rows(lib))
        lib.close()
    record("share file: hostile values", outcome)
    assert outcome is None, mutations


FORGERIES = {
    "delete everything by a forged revision": [
        "UPDATE {table} SET deleted = 1, rev = '{rev}', updated_at = '2030-01-01T00:00:00Z'",
    ],
    "rewrite everything by a forged revision": [
        "UPDATE notes SET body = 'forged', rev = '{rev}'",
        "UPDATE verdicts SET rating = 'true', rev = '{rev}'",
    ],
    "article text replaced under assertions": [
        "UPDATE articles SET text = 'Completely different words here.', rev = '{rev}'",
    ],
    "timestamps in the far future": [
        "UPDATE {table} SET updated_at = '9999-12-31T23:59:59Z', rev = '{rev}'",
    ],
    "span past the end of the text": ['UPDATE assertions SET "end" = 10000000'],
    "quote differs from the text": ["UPDATE assertions SET quote = 'something else'"],
    "cue outside its span": ["UPDATE assertions SET cue_start = 0, cue_end = 1000"],
    "languages not a list of tags": ["UPDATE articles SET languages = '[1, 2]'"],
    "languages null": ["UPDATE articles SET languages = 'null'"],
    "note points into another article": [
        "UPDATE notes SET article_id = (SELECT id FROM articles ORDER BY id DESC LIMIT 1)"
    ],
    "control characters in a rating": ["UPDATE verdicts SET rating = 'true\x1b[2J'"],
    "invalid UTF-8 text": ["UPDATE notes SET body = CAST(x'ff fe 41' AS TEXT)"],
}


@pytest.mark.parametrize("name", sorted(FORGERIES))
def test_forged_share(base: Path, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copyfile(base / "alice.db", work / "alice.db")
        share = work / "bob.factcheck"
        shutil.copyfile(base / "bob.factcheck", share)
        conn = sqlite3.connect(share)
        rev = "00000000-0000-4000-8000-00000000f00d"
        for template in FORGERIES[name]:
            tables = ("articles", "assertions", "notes", "refs", "evidence", "verdicts", "tags")
            for table in tables if "{table}" in template else ("",):
                conn.execute(
                    template.replace("x'ff fe 41'", "x'fffe41'").format(table=table, rev=rev)
                )
                if "{rev}" in template:
                    target = table or template.split()[1]
                    conn.execute(
                        "INSERT OR IGNORE INTO row_revisions SELECT ?, id, ? FROM " + target,
                        [target, rev],
                    )
        conn.commit()
        conn.close()
        lib = Library(work / "alice.db", Settings(user_name="alice"))
        outcome = judge(lambda: _merge_keeps_our_rows(lib, share), lambda: snapshot_rows(lib))
        lib.close()
    record("share file: forged rows and revisions", outcome)
    assert outcome is None, name
