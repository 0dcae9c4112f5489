"""``kill -9`` during a merge and during writing a share: nothing lost, nothing half-done.

A child process merges (or shares) and is killed at a random moment. Afterwards the
library passes ``integrity_check``, the merge happened entirely or not at all, a share
file is either absent or complete, and the leftovers (the merge's private copy, the
``.partial`` share) are removed by the next start's cleanup.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_merge_support import copy_library, populated

from factcheck_app.services import Library, sharing
from factcheck_app.services import annotations as ann
from factcheck_app.services.leftovers import clean_leftovers
from factcheck_app.settings import Settings
from factcheck_app.storage.untrusted import open_untrusted
from tests.attack.support import EXAMPLES, record

KILLS = max(4, EXAMPLES // 3)
NOTES = 1500

CHILD = """
import sys
from factcheck_app.services import Library, sharing
from factcheck_app.settings import Settings
lib = Library(sys.argv[2], Settings(user_name="alice"))
if sys.argv[1] == "merge":
    sharing.merge(lib, sys.argv[3])
else:
    sharing.share_library(lib, sys.argv[3], private=True)
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    work = tmp_path_factory.mktemp("kill")
    alice, ids = populated(work / "alice.db", "alice")
    bob = copy_library(alice, work / "bob.db", "bob")
    with bob.session() as db, db.atomic():
        from factcheck_app.storage import annotations as store

        for n in range(NOTES):
            store.add_note(db, ids["article"], None, f"bob's note {n}", "bob")
    sharing.share_library(bob, work / "bob.factcheck")
    bob.close()
    with alice.session() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    alice.close()
    return work


def _run_and_kill(args: list[str], tmpdir: Path, delay: float) -> bool:
    env = {**os.environ, "TMPDIR": str(tmpdir)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], env=env, stdout=subprocess.PIPE, text=True
    )
    time.sleep(delay)
    finished = child.poll() is not None
    if not finished:
        child.send_signal(signal.SIGKILL)
    child.wait()
    return finished


def _bob_notes(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = conn.execute("SELECT count(*) FROM notes WHERE author = 'bob'").fetchone()[0]
        merges = conn.execute("SELECT count(*) FROM merges").fetchone()[0]
    finally:
        conn.close()
    return notes, merges


@pytest.mark.parametrize("attempt", range(KILLS))
def test_kill_during_merge(base: Path, tmp_path: Path, attempt: int) -> None:
    import shutil

    lib_path = tmp_path / "alice.db"
    shutil.copyfile(base / "alice.db", lib_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    delay = random.Random(attempt).uniform(0.3, 3.0)
    finished = _run_and_kill(["merge", str(lib_path), str(base / "bob.factcheck")], temp, delay)
    notes, merges = _bob_notes(lib_path)
    outcome = None
    if (notes, merges) not in ((0, 0), (NOTES, 1)):
        outcome = "data lost"
    clean_leftovers([tmp_path], min_age=0, temp=temp)
    if list(temp.glob("factcheck-merge-*")):
        outcome = outcome or "data lost"
    lib = Library(lib_path, Settings(user_name="alice"))
    try:
        if notes == 0:  # the merge can simply be done again
            sharing.merge(lib, base / "bob.factcheck")
        assert len(ann.notes_for_article(lib, _article(lib))) >= NOTES
    finally:
        lib.close()
    record("kill -9 during merge", outcome)
    if not finished:
        record("kill -9 during merge (killed mid-run)", None)
    assert outcome is None, (notes, merges)


@pytest.mark.parametrize("attempt", range(KILLS))
def test_kill_during_share(base: Path, tmp_path: Path, attempt: int) -> None:
    import shutil

    lib_path = tmp_path / "bob.db"
    shutil.copyfile(base / "bob.db", lib_path)
    out = tmp_path / "out.factcheck"
    delay = random.Random(100 + attempt).uniform(0.3, 3.0)
    finished = _run_and_kill(["share", str(lib_path), str(out)], tmp_path, delay)
    outcome = None
    if out.exists():
        try:
            open_untrusted(out, tmp_path / "check")
        except Exception:
            outcome = "data lost"
    old = time.time() - 7200
    for leftover in tmp_path.glob("*.partial*"):
        os.utime(leftover, (old, old))
    clean_leftovers([tmp_path])
    if list(tmp_path.glob("*.partial*")):
        outcome = outcome or "data lost"
    record("kill -9 during share", outcome)
    if not finished:
        record("kill -9 during share (killed mid-run)", None)
    assert outcome is None


def _article(lib: Library) -> str:
    with lib.session() as db:
        return db.execute("SELECT id FROM articles").fetchone()[0]
