"""The mechanisms that keep a large library fast (issue 15); no wall-clock assertions.

Opening writes nothing and runs the full check only when needed; lookups use indexes;
findings are stored in bulk with one change-log entry per run; the list's counts kept by
triggers agree with counting the assertions; several processes share one library.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck_app.explanations import Explanation
from factcheck_app.models import Block, BlockKind, Category, Finding, Lifecycle, ParsedArticle
from factcheck_app.services import Library, annotations
from factcheck_app.services.articles import list_articles, resolve_id, store_parsed
from factcheck_app.settings import Settings
from factcheck_app.storage import db as db_module
from factcheck_app.storage.articles import list_summaries
from factcheck_app.storage.assertions import list_for_article, rows_of_articles, sync_findings

TEXT = "Officials said the plan failed. Reports indicate it was late. " * 5


def _finding(start: int, end: int, category: Category = Category.VAGUE_SOURCE) -> Finding:
    return Finding(
        category, start, end, start, start + 5, Explanation("why"), "rule", 0.9, "en", "1"
    )


def _library(path: Path) -> tuple[Library, str]:
    lib = Library(path, settings=Settings(user_name="tester"))
    parsed = ParsedArticle("Title", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    article_id = store_parsed(lib, parsed).article.id
    with lib.session() as db:
        sync_findings(db, article_id, TEXT, [_finding(0, 31), _finding(32, 62)], "tester")
    return lib, article_id


def _checks(monkeypatch) -> list[str]:
    calls: list[str] = []
    original = db_module.check_integrity

    def counting(db, path=None):
        calls.append(str(path))
        return original(db, path)

    monkeypatch.setattr(db_module, "check_integrity", counting)
    return calls


def test_opening_a_cleanly_closed_library_writes_nothing_and_skips_the_check(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "lib.db"
    lib, _ = _library(path)
    lib.close()
    before = path.read_bytes()
    calls = _checks(monkeypatch)
    for _ in range(2):
        again = Library(path)
        assert again.checked_on_open is False
        assert len(list_articles(again)) == 1
        again.close()
    assert calls == []
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_a_file_from_elsewhere_or_after_a_crash_is_checked(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lib.db"
    lib, _ = _library(path)
    lib.close()
    calls = _checks(monkeypatch)
    copied = tmp_path / "from-a-colleague.db"
    copied.write_bytes(path.read_bytes())
    Library(copied).close()  # never closed here: checked
    assert calls == [str(copied)]
    Library(copied).close()  # now it is known
    assert calls == [str(copied)]

    # a crash: the record still lists a process that is gone
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import os; from factcheck_app.services import Library; Library({str(path)!r});"
            " os._exit(0)",
        ],
        check=True,
        timeout=120,
    )
    assert crashed.returncode == 0
    Library(path).close()
    assert calls[-1] == str(path)


def test_a_damaged_file_is_refused_when_checked(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    lib, _ = _library(path)
    lib.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\x07" * 200  # scribble over a b-tree page
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    with pytest.raises(db_module.StorageError):
        Library(damaged)


def test_id_lookups_use_the_primary_key(library: Library) -> None:
    parsed = ParsedArticle("T", "Some text.", (Block(BlockKind.PARAGRAPH, 0, 10, "en"),))
    article_id = store_parsed(library, parsed).article.id
    assert resolve_id(library, article_id) == article_id
    assert resolve_id(library, article_id[:8]) == article_id
    with library.session() as db:
        for sql, args in (
            ("SELECT id FROM articles WHERE id = ? AND deleted = 0", [article_id]),
            (
                "SELECT id FROM articles WHERE id >= ? AND id < ? AND deleted = 0",
                [article_id[:8], article_id[:8] + "\U0010ffff"],
            ),
        ):
            plan = " ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + sql, args))
            assert "SEARCH articles USING INDEX sqlite_autoindex_articles_1" in plan, plan


def test_the_list_reads_no_article_rows(library: Library) -> None:
    with library.session() as db:
        plan = " ".join(
            r[-1]
            for r in db.execute(
                "EXPLAIN QUERY PLAN SELECT id, title, outlet, published, languages, created_at"
                " FROM articles WHERE deleted = 0 ORDER BY created_at DESC"
            )
        )
    assert "COVERING INDEX articles_list" in plan


def test_findings_are_one_change_log_entry_per_run(library: Library) -> None:
    parsed = ParsedArticle("T", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    article_id = store_parsed(library, parsed).article.id
    findings = [_finding(i * 10, i * 10 + 8) for i in range(20)]
    with library.session() as db:
        log_before = db.execute("SELECT count(*) FROM change_log").fetchone()[0]
        added, _, _ = sync_findings(db, article_id, TEXT, findings, "tester")
        assert len(added) == 20
        assert db.execute("SELECT count(*) FROM change_log").fetchone()[0] == log_before + 1
        revisions = db.execute(
            "SELECT count(*) FROM row_revisions WHERE table_name = 'assertions'"
        ).fetchone()[0]
        assert revisions == 0  # a new row's only revision is its own rev: no history row
        # untouched findings are one packed record, not 20 rows; each has its own id
        assert db.execute("SELECT count(*) FROM assertions").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM article_findings").fetchone()[0] == 1
        assert len({a.id for a in list_for_article(db, article_id)}) == 20
        # a second run that changes nothing logs nothing
        assert sync_findings(db, article_id, TEXT, findings, "tester") == ([], [], [])
        assert db.execute("SELECT count(*) FROM change_log").fetchone()[0] == log_before + 1


def _counted(db) -> dict[str, tuple[dict[str, int], str]]:
    """The list's counts the slow way: grouping every assertion."""
    counts: dict[str, dict[str, int]] = {}
    status = {}
    ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE deleted = 0")]
    for a, rows in rows_of_articles(db, ids).items():
        for row in rows:
            if row["status"] in ("to_check", "in_progress"):
                counts.setdefault(a, {})[row["category"]] = (
                    counts.get(a, {}).get(row["category"], 0) + 1
                )
        queued = [r for r in rows if r["category"] != "sourced"]
        done = sum(r["status"] in ("checked", "dismissed") for r in queued)
        if queued:
            status[a] = "checked" if done == len(queued) else ("in_progress" if done else "open")
    return {a: (counts.get(a, {}), status.get(a, "unchecked")) for a in {*counts, *status}}


def test_counts_kept_by_triggers_match_counting_the_assertions(library: Library) -> None:
    rng = random.Random(3)
    parsed = ParsedArticle("T", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    article_id = store_parsed(library, parsed).article.id
    cats = list(Category)
    findings = [_finding(i * 9, i * 9 + 7, rng.choice(cats)) for i in range(25)]
    with library.session() as db:
        ids, _, _ = sync_findings(db, article_id, TEXT, findings, "tester")
    for aid in rng.sample(ids, 12):
        state = rng.choice([Lifecycle.IN_PROGRESS, Lifecycle.DISMISSED, Lifecycle.TO_CHECK])
        annotations.set_status(library, aid, state, None)
    with library.session() as db:
        sync_findings(db, article_id, TEXT, findings[:15], "tester")  # retires some
        expected = _counted(db)
        listed = {
            s.id: (s.open_counts, s.status)
            for s in list_summaries(db)
            if s.open_counts or s.status != "unchecked"
        }
    assert listed == expected


def test_a_write_waits_for_another_process_and_a_long_lock_is_one_message(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "lib.db"
    lib, article_id = _library(path)
    aid = lib_assertion(lib, article_id)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sqlite3, sys, time
                conn = sqlite3.connect({str(path)!r}, isolation_level=None)
                conn.execute("BEGIN IMMEDIATE")
                print("locked", flush=True)
                time.sleep(float(sys.argv[1]))
                conn.execute("COMMIT")
                """
            ),
            "1.0",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    # within the busy timeout: the write waits and succeeds
    annotations.set_status(lib, aid, Lifecycle.IN_PROGRESS, None)
    holder.wait(timeout=60)
    lib.close()

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(db_module, "LOCK_RETRIES", 1)
    lib = Library(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(db_module.LibraryBusy, match="busy"):
            annotations.set_status(lib, aid, Lifecycle.DISMISSED, None)
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    annotations.set_status(lib, aid, Lifecycle.DISMISSED, None)  # free again: works
    lib.close()


def lib_assertion(lib: Library, article_id: str) -> str:
    with lib.session() as db:
        return list_for_article(db, article_id)[0].id


def test_a_change_by_another_process_is_noticed(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    lib, article_id = _library(path)
    assert lib.changed_elsewhere() is False
    annotations.set_status(lib, lib_assertion(lib, article_id), Lifecycle.IN_PROGRESS, None)
    assert lib.changed_elsewhere() is False  # our own writes do not count
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from factcheck_app.cli import main; main()",
            *("--db", str(path), "delete", article_id),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert lib.changed_elsewhere() is True
    assert lib.changed_elsewhere() is False
    assert list_articles(lib) == []
    lib.close()


def test_search_pages_cover_every_live_hit_once(library: Library) -> None:
    from factcheck_app.services import articles

    ids = []
    for i in range(23):
        text = f"The harbour master counted {i} ships."
        parsed = ParsedArticle(
            f"Harbour {i}", text, (Block(BlockKind.PARAGRAPH, 0, len(text), "en"),)
        )
        ids.append(store_parsed(library, parsed).article.id)
    articles.delete_article(library, ids[0])
    counts = articles.count_hits(library, "harbour")
    assert counts["article"] == 22
    pages = [articles.search_page(library, "harbour", at, 5, counts) for at in range(0, 25, 5)]
    found = [h.id for page in pages for h in page]
    assert len(found) == len(set(found)) == 22 and ids[0] not in found
    assert all(not h.snippet for page in pages for h in page)
    with_snippets = articles.search_page(library, "harbour", 0, 5, counts, snippets=True)
    assert [h.id for h in with_snippets] == [h.id for h in pages[0]]
    assert all("[Harbour]" in h.snippet or "[harbour]" in h.snippet for h in with_snippets)
    assert [h.id for h in articles.search(library, "harbour")][:5] == found[:5]


def test_cli_search_says_how_many_results_there_are(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from factcheck_app.cli import main

    path = tmp_path / "lib.db"
    lib = Library(path)
    for i in range(55):
        text = f"The ferry left {i} times."
        store_parsed(
            lib, ParsedArticle(f"Ferry {i}", text, (Block(BlockKind.PARAGRAPH, 0, 9, "en"),))
        )
    lib.close()
    out = CliRunner().invoke(main, ["--db", str(path), "search", "ferry"])
    assert out.exit_code == 0, out.output
    assert out.output.strip().endswith("Showing 50 of 55 results.")
