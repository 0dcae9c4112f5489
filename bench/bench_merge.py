"""Merge speed, against a bare ``ATTACH`` + ``INSERT ... SELECT`` copy of the same rows.

Two scenarios (``.venv/bin/python bench/bench_merge.py [--share-into SIZE] [--repeats N]
[--phases] [--vm] [--synthetic N]``):

- ``--share-into 10000`` (the default): a colleague's share of 20 analysed articles merged
  into a generated library of 10,000 (``library_gen``), repeated with a new share each
  time, interleaved with the bare copy of the same share into a second copy of the same
  library (the order rotates each round); median and best of N, wall-clock and CPU. This
  is what a user waits for; issue 15 aims at < 2x.

  What each side does, on the same rows (20 articles, their blocks, findings records and
  row histories; the FTS and count triggers fire on both):

  * merge: ``sharing.merge`` on a ``Library`` kept open (WAL, ``synchronous = NORMAL``):
    a private copy of the share (in memory), its integrity, schema and every value
    checked, each findings record checked and counted, content hashes recomputed and
    future timestamps clamped, the plan (add / take / keep / conflict per row), the rows
    written with their undo log, change log, histories and merge record, card progress
    stored, one ``BEGIN IMMEDIATE`` ... ``COMMIT``;
  * bare copy: ``ATTACH`` the share file and ``INSERT OR IGNORE ... SELECT *`` per table
    in one ``BEGIN IMMEDIATE`` ... ``COMMIT``, on a connection kept open and opened by
    ``open_database`` exactly like the library's (WAL, ``synchronous = NORMAL``, foreign
    keys on), so both pay the same per-commit durability and neither pays a connection
    open. No check, no bookkeeping: the floor of moving those rows.

  Earlier rounds opened a new connection per bare copy with SQLite's default
  ``synchronous = FULL`` and a checkpoint on close, which cost the baseline about twice
  the copy itself (still printed, for comparison). ``--phases`` also prints where the
  merge's CPU time goes (check, normalise, plan, apply, commit); ``--vm`` the SQLite VM
  instructions of one more merge and bare copy on the library's connection, which do
  not depend on the machine's load: compare two ``--share-into`` sizes to see whether
  anything grows with the library.
- ``--synthetic N``: two libraries of N assertions and N notes each, 10% overlap, some
  conflicts; one merge, its dry run and a no-op second merge.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library_gen import build_library, working_copy

from factcheck_app.services import Library, sharing
from factcheck_app.settings import Settings
from factcheck_app.storage.db import open_database
from factcheck_app.storage.migrations import SYNCED_TABLES

STAMP = "2025-01-01T00:00:00.000000Z"
LATER = "2025-01-02T00:00:00.000000Z"


def ids(n: int) -> list[str]:
    return [str(uuid.uuid4()) for _ in range(n)]


def build(path: Path, article: str, assertions: list[str], notes: list[str], revs: dict) -> None:
    """Rows straight in with executemany: the service layer would dominate the set-up."""
    open_database(path).close()
    conn = sqlite3.connect(path)
    text = "Officials said the plan failed. " * 40
    conn.execute(
        "INSERT INTO articles (id, title, text, content_hash, created_at, updated_at, rev)"
        " VALUES (?, 'Bench', ?, 'h', ?, ?, ?)",
        [article, text, STAMP, STAMP, revs[article]],
    )
    conn.executemany(
        'INSERT INTO assertions (id, article_id, category, start, "end", quote, origin,'
        " created_at, updated_at, rev) VALUES (?, ?, 'hedged', 0, 9, 'Officials', 'manual',"
        " ?, ?, ?)",
        [(a, article, STAMP, STAMP, revs[a]) for a in assertions],
    )
    conn.executemany(
        "INSERT INTO notes (id, article_id, assertion_id, body, created_at, updated_at, rev)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                n,
                article,
                assertions[i % len(assertions)],
                f"note {i} about the claim",
                STAMP,
                STAMP,
                revs[n],
            )
            for i, n in enumerate(notes)
        ],
    )
    conn.executemany(
        "INSERT INTO row_revisions (table_name, row_id, rev) VALUES (?, ?, ?)",
        [("articles", article, revs[article])]
        + [("assertions", a, revs[a]) for a in assertions]
        + [("notes", n, revs[n]) for n in notes],
    )
    conn.commit()
    conn.close()


def main(n: int = 50_000) -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    try:
        article = str(uuid.uuid4())
        shared_a, shared_n = ids(n // 10), ids(n // 10)
        a_assert, a_notes = shared_a + ids(n - n // 10), shared_n + ids(n - n // 10)
        b_assert, b_notes = shared_a + ids(n - n // 10), shared_n + ids(n - n // 10)
        revs = {i: str(uuid.uuid4()) for i in [article, *a_assert, *a_notes, *b_assert, *b_notes]}
        t = time.perf_counter()
        build(work / "a.db", article, a_assert, a_notes, revs)
        build(work / "b.db", article, b_assert, b_notes, revs)
        # some shared notes edited on B only, some on both sides (conflicts)
        edited = shared_n[: n // 100]
        conn_b = sqlite3.connect(work / "b.db")
        conn_a = sqlite3.connect(work / "a.db")
        for k, note in enumerate(edited):
            new = str(uuid.uuid4())
            conn_b.execute(
                "UPDATE notes SET body = 'edited by b', rev = ?, updated_at = ? WHERE id = ?",
                [new, LATER, note],
            )
            conn_b.execute("INSERT INTO row_revisions VALUES ('notes', ?, ?)", [note, new])
            if k % 10 == 0:
                mine = str(uuid.uuid4())
                conn_a.execute(
                    "UPDATE notes SET body = 'edited by a', rev = ? WHERE id = ?", [mine, note]
                )
                conn_a.execute("INSERT INTO row_revisions VALUES ('notes', ?, ?)", [note, mine])
        conn_a.commit()
        conn_b.commit()
        conn_a.close()
        conn_b.close()
        print(f"generated 2 x ({n} assertions + {n} notes) in {time.perf_counter() - t:.1f} s")

        shutil.copyfile(work / "a.db", work / "bare.db")
        bare = sqlite3.connect(work / "bare.db")
        t = time.perf_counter()
        bare.execute("ATTACH DATABASE ? AS other", [str(work / "b.db")])
        for table in ("assertions", "notes", "row_revisions"):
            bare.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM other.{table}")
        bare.commit()
        bare_s = time.perf_counter() - t
        bare.close()

        shutil.copyfile(work / "a.db", work / "target.db")
        lib = Library(work / "target.db", Settings(user_name="bench"))
        t = time.perf_counter()
        report = sharing.preview_merge(lib, work / "b.db")
        preview_s = time.perf_counter() - t
        t = time.perf_counter()
        report = sharing.merge(lib, work / "b.db")
        merge_s = time.perf_counter() - t
        t = time.perf_counter()
        sharing.merge(lib, work / "b.db")
        again_s = time.perf_counter() - t
        lib.close()

        print(
            f"merge report: +{sum(report.added.values())} ~{sum(report.changed.values())}"
            f" conflicts {len(report.conflicts)}"
        )
        print(f"bare ATTACH + INSERT ... SELECT copy: {bare_s:6.2f} s")
        print(f"dry run (validate + plan):            {preview_s:6.2f} s")
        print(f"merge (validate, backup, write):      {merge_s:6.2f} s")
        print(f"second merge (no-op):                 {again_s:6.2f} s")
        print(f"ratio merge / bare copy: {merge_s / bare_s:.1f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


BARE_TABLES = (*SYNCED_TABLES, "blocks", "article_findings", "row_revisions")


def bare_copy(conn: sqlite3.Connection, share: Path) -> None:
    """The rows the merge adds, copied with no checks and no bookkeeping: the baseline.

    ``conn`` is kept open across copies and was opened by ``open_database``, exactly as
    the library the merge writes to (WAL, ``synchronous = NORMAL``, foreign keys on), so
    both sides pay the same per-commit durability and neither pays a connection open.
    """
    conn.execute("ATTACH DATABASE ? AS other", [str(share)])
    conn.execute("BEGIN IMMEDIATE")
    for table in BARE_TABLES:
        conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM other.{table}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE other")


def cold_copy(target: Path, share: Path) -> None:
    """The baseline of earlier rounds, for comparison only: a new connection per copy
    (opening the file and parsing its schema, ``synchronous = FULL``, a checkpoint on
    close), none of which the merge pays on the library it has open."""
    conn = sqlite3.connect(target, isolation_level=None)
    bare_copy(conn, share)
    conn.close()


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms (best {min(values) * 1000:.0f})"


class Phases:
    """CPU time of the merge's steps, by wrapping them (``--phases``; the wrappers cost
    a few microseconds per call, so the ratio is best read from a run without)."""

    STEPS = (
        ("untrusted", "read_private", "read the share into memory"),
        ("untrusted", "open_image", "open that copy (deserialise, read only)"),
        ("untrusted", "_check", "check the share (integrity, schema, values, records)"),
        ("untrusted", "_normalise", "normalise it (content hashes, clamps)"),
        ("merge", "attach", "attach the checked copy to the library's connection"),
        ("merge", "plan", "plan (classify rows, risks; parses the attached copy)"),
        ("merge", "has_work", "anything to do (else no record)"),
        ("merge", "apply", "apply (writes, bookkeeping, commit)"),
        ("article_progress", "refresh_stale", "  of which recounting stale card progress"),
        ("merge", "detach", "detach the copy"),
    )

    def __init__(self) -> None:
        from factcheck_app.storage import article_progress, merge, untrusted

        self.modules = {
            "untrusted": untrusted,
            "merge": merge,
            "article_progress": article_progress,
        }
        self.spent: dict[str, list[float]] = {label: [] for *_, label in self.STEPS}
        self.current: dict[str, float] = {}
        for module, name, label in self.STEPS:
            self._wrap(self.modules[module], name, label)

    def _wrap(self, module: object, name: str, label: str) -> None:
        real = getattr(module, name)

        def timed(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                self.current[label] = self.current.get(label, 0.0) + time.process_time() - start

        setattr(module, name, timed)

    def done(self) -> None:
        for label in self.spent:
            self.spent[label].append(self.current.get(label, 0.0))
        self.current = {}

    def report(self, total: list[float]) -> None:
        print("merge CPU by step (median; the rest: serialising the checked copy, the service):")
        for label, values in self.spent.items():
            print(f"  {label:<55} {statistics.median(values) * 1000:6.1f} ms")
        print(f"  {'whole merge':<55} {statistics.median(total) * 1000:6.1f} ms")


class VmSteps:
    """SQLite VM instructions a statement runs on one connection, counted by a progress
    handler (``--vm``): unlike time, the same on an idle and on a loaded machine, so
    running two sizes shows whether anything the merge does on the library grows with
    it (a scan, a whole-table read) or only with the share."""

    EVERY = 100

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.count = 0

    def _tick(self) -> int:
        self.count += 1
        return 0  # go on

    def __call__(self, run: Callable[[], None]) -> int:
        self.count = 0
        self.conn.set_progress_handler(self._tick, self.EVERY)
        try:
            run()
        finally:
            self.conn.set_progress_handler(None, 0)
        return self.count * self.EVERY


def share_into(size: int, repeats: int, phases: bool = False, vm: bool = False) -> None:
    """Merge, bare copy and the earlier cold copy of the same share, interleaved (the order
    rotates each round so none always runs first), each into its own copy of the library."""
    import os

    work = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    os.environ["FACTCHECK_CONFIG"] = str(work / "settings.json")
    try:
        ours_path = working_copy(size, work)
        bare_path, cold_path = work / "bare.db", work / "cold.db"
        shutil.copyfile(ours_path, bare_path)
        shutil.copyfile(ours_path, cold_path)
        shares = []
        for i in range(repeats + 1 + vm):
            share = work / f"share-{i}.factcheck"
            build_library(share, 20, seed=1000 + i)
            shares.append(share)
        lib = Library(ours_path, Settings(user_name="bench"))
        bare_db = open_database(bare_path, check=False)
        bare_db.conn.isolation_level = None  # BEGIN/COMMIT as written, as ``atomic`` does

        steps = Phases() if phases else None

        def merge(share: Path) -> None:
            report = sharing.merge(lib, share)
            assert report.added.get("articles") == 20, report.added
            if steps is not None:
                steps.done()

        runs: dict[str, Callable[[Path], None]] = {
            "merge": merge,
            "bare": lambda share: bare_copy(bare_db.conn, share),
            "cold": lambda share: cold_copy(cold_path, share),
        }
        for run in runs.values():  # warm all three
            run(shares[0])
        if steps is not None:
            steps.spent = {label: [] for label in steps.spent}
        times: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        for round_, share in enumerate(shares[1 : repeats + 1]):
            names = list(runs)
            names = names[round_ % 3 :] + names[: round_ % 3]
            for name in names:
                t, c = time.perf_counter(), time.process_time()
                runs[name](share)
                times[name].append(time.perf_counter() - t)
                cpu[name].append(time.process_time() - c)
        if vm:
            with lib.session() as db:
                merged = VmSteps(db.conn)(lambda: merge(shares[-1]))
            copied = VmSteps(bare_db.conn)(lambda: bare_copy(bare_db.conn, shares[-1]))
        lib.close()
        bare_db.close()
        m, b, c = times["merge"], times["bare"], times["cold"]
        print(
            f"merging a 20-article share into {size:,} articles: {_ms(m)};"
            f" bare ATTACH copy on an open library connection {_ms(b)}"
        )
        print(
            f"ratio {statistics.median(m) / statistics.median(b):.2f}x"
            f" (best/best {min(m) / min(b):.2f}x; median of {len(m)}; aim < 2x)"
        )
        mc, bc = cpu["merge"], cpu["bare"]
        print(
            f"CPU (less disturbed by other processes): merge {_ms(mc)}, bare copy {_ms(bc)};"
            f" ratio {statistics.median(mc) / statistics.median(bc):.2f}x"
            f" (best/best {min(mc) / min(bc):.2f}x)"
        )
        if steps is not None:
            steps.report(cpu["merge"])
        if vm:
            print(
                f"SQLite VM instructions on the library's connection (to {VmSteps.EVERY}):"
                f" merge {merged:,}, bare copy {copied:,} (the check of the share runs on"
                " its own connection and never reads the library)"
            )
        print(
            f"earlier rounds' baseline (new connection per copy, synchronous FULL): {_ms(c)};"
            f" ratio {statistics.median(m) / statistics.median(c):.2f}x"
            f" (best/best {min(m) / min(c):.2f}x)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--share-into", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--synthetic", type=int, default=0)
    parser.add_argument("--phases", action="store_true", help="where the merge's CPU goes")
    parser.add_argument("--vm", action="store_true", help="SQLite VM instructions (size-proof)")
    args = parser.parse_args()
    if args.synthetic:
        main(args.synthetic)
    else:
        share_into(args.share_into, args.repeats, args.phases, args.vm)
