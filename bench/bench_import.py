"""Import throughput: our full import path vs. a bare sqlite3 executemany of the same texts.

Run: .venv/bin/python bench/bench_import.py [N]
Prints articles/s for both and the ratio (ours / bare); no assertion, just figures.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from factcheck_app.services import Library
from factcheck_app.services.articles import import_text
from factcheck_app.settings import Settings

WORDS = [
    "the",
    "ministry",
    "said",
    "reports",
    "indicate",
    "officials",
    "troops",
    "billion",
    "percent",
    "government",
    "minister",
    "according",
    "to",
    "sources",
    "agency",
    "statement",
    "election",
    "council",
    "border",
    "talks",
    "Regierung",
    "Berichten",
    "zufolge",
    "Ministerium",
    "sagte",
    "Prozent",
    "Millionen",
    "Euro",
    "Kanzler",
]


def make_articles(n: int, words: int = 800, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paragraphs = []
        for _ in range(8):
            sentence_words = [rng.choice(WORDS) for _ in range(words // 8)]
            paragraphs.append(" ".join(sentence_words).capitalize() + ".")
        out.append(f"Article {i}: {rng.choice(WORDS)} news\n\n" + "\n\n".join(paragraphs))
    return out


def bench_bare(texts: list[str], folder: Path) -> float:
    conn = sqlite3.connect(folder / "bare.db")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, text TEXT)")
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO articles (title, text) VALUES (?, ?)",
            [(t.split("\n", 1)[0], t) for t in texts],
        )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def bench_ours(texts: list[str], folder: Path) -> float:
    lib = Library(folder / "ours.db", settings=Settings(user_name="bench"))
    start = time.perf_counter()
    for text in texts:
        import_text(lib, text, fmt="text")
    elapsed = time.perf_counter() - start
    lib.close()
    return elapsed


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    texts = make_articles(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare = bench_bare(texts, folder)
        ours = bench_ours(texts, folder)
    print(f"import of {n} articles of ~800 words")
    print(f"  bare sqlite3 executemany: {n / bare:10.1f} articles/s")
    print(f"  factcheck import_text:    {n / ours:10.1f} articles/s")
    print(f"  ratio (ours / bare time): {ours / bare:10.1f}x slower")


if __name__ == "__main__":
    main()
