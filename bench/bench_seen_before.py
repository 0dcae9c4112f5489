"""The "seen before" markers of one article, per library open: CPU against a baseline.

Run: ``.venv/bin/python bench/bench_seen_before.py [--sizes 1000 10000] [--repeats 3]``.

What a user waits for when they open a library and then an article: the library opens,
and the cards of the article get their "seen before" markers (``claim_memory.seen_before``
over the article's cards, which first loads the library's claim index). The libraries are
the generated ones (``library_gen``: ~33 detector findings per article) with one card in a
hundred worked on (in progress), the claims a checker has touched. The index is built once
(stored in the library), then every repeat opens the library afresh and times, in CPU
seconds of this process, interleaved:

- *seen before*: open the library, mark the cards of one article;
- *baseline*: open the library, read the same cards and reduce each to its keys
  (``memory.extract``), the work no index can avoid.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library_gen import working_copy

from factcheck_app.memory import extract
from factcheck_app.services import Library, claim_memory
from factcheck_app.settings import Settings

SETTINGS = Settings(user_name="bench")


def prepare(count: int, folder: Path) -> tuple[Path, list[str]]:
    """A working copy with 1 card in 100 worked on, its index built; one article's cards."""
    path = working_copy(count, folder)
    with Library(path, settings=SETTINGS) as lib, lib.session() as db:
        with db.atomic():
            db.execute(
                "UPDATE assertions SET status = 'in_progress'"
                " WHERE rowid % 100 = 0 AND category != 'sourced'"
            )
            db.execute("DELETE FROM meta WHERE key LIKE 'claim_index_%'")
        middle = db.execute(
            "SELECT id FROM articles ORDER BY created_at LIMIT 1 OFFSET ?", [count // 2]
        ).fetchone()[0]
        cards = [
            r[0]
            for r in db.execute(
                "SELECT id FROM assertions WHERE article_id = ? AND deleted = 0", [middle]
            )
        ]
    started = time.process_time()
    with Library(path, settings=SETTINGS) as lib:
        index = claim_memory.claim_index(lib)
        size = len(index)
    print(
        f"  index built once: {size:,} claims in {time.process_time() - started:.1f} s CPU;"
        f" one article: {len(cards)} cards"
    )
    return path, cards


def seen(path: Path, cards: list[str]) -> int:
    with Library(path, settings=SETTINGS) as lib:
        return len(claim_memory.seen_before(lib, cards))


def baseline(path: Path, cards: list[str]) -> int:
    with Library(path, settings=SETTINGS) as lib, lib.session() as db:
        marks = ", ".join("?" for _ in cards)
        rows = db.execute(
            f"SELECT quote, lang FROM assertions WHERE id IN ({marks})", cards
        ).fetchall()
    return len([extract(quote, lang or "") for quote, lang in rows])


def cpu(fn, *args) -> tuple[float, object]:
    started = time.process_time()
    result = fn(*args)
    return time.process_time() - started, result


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    for count in args.sizes:
        print(f"library of {count:,} articles")
        with tempfile.TemporaryDirectory(prefix="bench-seen-") as tmp:
            path, cards = prepare(count, Path(tmp))
            times: list[float] = []
            bases: list[float] = []
            marked = 0
            for _ in range(args.repeats):
                t, marked = cpu(seen, path, cards)
                times.append(t)
                b, _ = cpu(baseline, path, cards)
                bases.append(b)
            med, base = statistics.median(times), statistics.median(bases)
            print(
                f"  open + seen before: median {med:.3f} s CPU (best {min(times):.3f});"
                f" baseline open + read + keys: {base:.3f} s; ratio {med / base:.1f}x;"
                f" {marked} of {len(cards)} cards seen before"
            )


if __name__ == "__main__":
    main()
