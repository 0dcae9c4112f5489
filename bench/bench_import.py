"""Import throughput: our full import path vs. bare inserts into the same schema.

Run: .venv/bin/python bench/bench_import.py [N]
The baseline inserts the same articles (row and blocks) with ``executemany`` into a
library of the same schema, so the full-text index and its triggers cost the same on
both sides; what remains is parsing, normalising, block detection and bookkeeping.
Both run interleaved in chunks of 100 (the same machine load); prints articles/s and
the ratio (ours / bare); no assertion, just figures.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from factcheck_app.services import Library
from factcheck_app.services.articles import import_text
from factcheck_app.settings import Settings
from factcheck_app.storage.db import open_database

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


STAMP = "2026-01-01T00:00:00.000000Z"


def bench_bare(conn: sqlite3.Connection, texts: list[str]) -> float:
    """The same rows a text import stores (article, one block per paragraph), bare."""
    rows, blocks = [], []
    for text in texts:
        article_id = str(uuid.uuid4())
        rows.append((article_id, text.split("\n", 1)[0], text, str(hash(text)), STAMP, STAMP))
        pos = 0
        for seq, part in enumerate(text.split("\n\n")):
            blocks.append((article_id, seq, "paragraph", pos, pos + len(part)))
            pos += len(part) + 2
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO articles (id, title, text, content_hash, created_at, updated_at, rev)"
            " VALUES (?, ?, ?, ?, ?, ?, 'r')",
            rows,
        )
        conn.executemany(
            'INSERT INTO blocks (article_id, seq, kind, start, "end") VALUES (?, ?, ?, ?, ?)',
            blocks,
        )
    return time.perf_counter() - start


def bench_ours(lib: Library, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        import_text(lib, text, fmt="text")
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    texts = make_articles(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        open_database(folder / "bare.db").close()  # the same schema, FTS triggers included
        conn = sqlite3.connect(folder / "bare.db")
        lib = Library(folder / "ours.db", settings=Settings(user_name="bench"))
        bare = ours = 0.0
        for at in range(0, n, 100):  # interleaved chunks: both see the same load
            bare += bench_bare(conn, texts[at : at + 100])
            ours += bench_ours(lib, texts[at : at + 100])
        conn.close()
        lib.close()
    print(f"import of {n} articles of ~800 words")
    print(f"  bare executemany, same schema with FTS: {n / bare:10.1f} articles/s")
    print(f"  factcheck import_text:    {n / ours:10.1f} articles/s")
    print(f"  ratio (ours / bare time): {ours / bare:10.1f}x slower")


if __name__ == "__main__":
    main()
