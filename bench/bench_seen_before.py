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
from factcheck_app.models import Lifecycle
from factcheck_app.services import Library, claim_memory
from factcheck_app.settings import Settings
from factcheck_app.storage import assertions as store

SETTINGS = Settings(user_name="bench")


def prepare(count: int, folder: Path) -> tuple[Path, list[str]]:
    """A working copy with 1 card in 100 worked on, its index built; one article's cards."""
    path = working_copy(count, folder)
    with Library(path, settings=SETTINGS) as lib, lib.session() as db:
        articles = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY created_at")]
        with db.atomic():  # through the storage API: untouched findings are packed
            every = [a for rows in store.for_articles(db, articles)[0].values() for a in rows]
            worked = [a.id for a in every[::100] if a.category != "sourced"]
            store.set_status(db, worked, Lifecycle.IN_PROGRESS, None, "bench")
            db.execute("DELETE FROM meta WHERE key LIKE 'claim_index_%'")
        middle = articles[count // 2]
        cards = [a.id for a in store.list_for_article(db, middle)]
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
        wanted = set(cards)
        middle = store.article_of(db, cards[0]) or ""
        rows = [a for a in store.list_for_article(db, middle) if a.id in wanted]
    return len([extract(a.quote, a.lang or "") for a in rows])


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
