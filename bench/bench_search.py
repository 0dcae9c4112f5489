"""Search speed on a generated 10,000-article library, against a bare FTS query.

Run: ``.venv/bin/python bench/bench_search.py [--size N] [--repeats N]``. In one process
(start-up excluded, as issue 15 asks), interleaved, median and best of N, for words that
match few, many and almost all articles:

- bare: ``SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank
  LIMIT 50`` (the least a ranked search must do);
- ``factcheck search``: the CLI's call (``services.articles.search``: up to 50 hits of
  each kind, with snippets);
- the search box: the real count, the first page listed, and the snippets of that page
  (what the GUI does, the snippets in a background job).

Also prints the library file size against the article text it holds (aim < 3x).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library_gen import working_copy

QUERIES = ("tanker", "officials said", "the")


def _time(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def file_size(path: Path, articles: int) -> None:
    conn = sqlite3.connect(path)
    text = conn.execute("SELECT sum(length(CAST(text AS BLOB))) FROM articles").fetchone()[0]
    by_table = conn.execute(
        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 6"
    ).fetchall()
    conn.close()
    size = path.stat().st_size
    print(
        f"file {size / 2**20:.0f} MiB ({size / 2**20 / articles * 1000:.1f} MiB per 1,000 "
        f"articles) for {text / 2**20:.1f} MiB of article text: "
        f"{size / text:.1f}x (aim < 3x); largest: "
        + ", ".join(f"{name} {pages / 2**20:.0f} MiB" for name, pages in by_table)
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    from factcheck_app.services import Library, articles
    from factcheck_app.storage.search import fts_query

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACTCHECK_CONFIG"] = str(Path(tmp) / "settings.json")
        path = working_copy(args.size, Path(tmp))
        lib = Library(path)
        print(f"library of {args.size:,} articles")
        file_size(path, args.size)
        bare_conn = sqlite3.connect(path)
        for query in QUERIES:
            match = fts_query(query)

            def bare(m: str = match) -> object:
                return bare_conn.execute(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                    " ORDER BY rank LIMIT 50",
                    [m],
                ).fetchall()

            def cli(q: str = query) -> object:
                return articles.search(lib, q)

            def box(q: str = query) -> object:
                counts = articles.count_hits(lib, q)
                articles.search_page(lib, q, 0, 50, counts)  # listed at once
                return articles.search_page(lib, q, 0, 50, counts, snippets=True)  # then

            for fn in (bare, cli, box):  # warm the page cache
                fn()
            runs = [(_time(bare), _time(cli), _time(box)) for _ in range(args.repeats)]
            matches = lib_count(lib, query)
            b, c, g = (statistics.median(r[i] for r in runs) for i in range(3))
            bb, bc, bg = (min(r[i] for r in runs) for i in range(3))
            print(
                f"  {query!r} ({matches:,} articles match): bare FTS {b * 1000:.1f} ms; "
                f"factcheck search {c * 1000:.1f} ms = {c / b:.2f}x (best {bc / bb:.2f}x); "
                f"search box count+page+snippets {g * 1000:.1f} ms = {g / b:.2f}x "
                f"(best {bg / bb:.2f}x); median of {args.repeats}"
            )
        bare_conn.close()
        lib.close()


def lib_count(lib, query: str) -> int:
    from factcheck_app.services import articles

    return articles.count_hits(lib, query)["article"]


if __name__ == "__main__":
    main()
