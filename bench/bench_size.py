"""Library file size against the article text it holds, per 1,000 analysed articles.

Run: ``.venv/bin/python bench/bench_size.py [--sizes 1000 10000]``. Prints the file size,
the size of the article text, their ratio (issue 15 aims at < 3x), and where the bytes
go: per table and index (SQLite's ``dbstat``) and the *floor*, the raw bytes of every
stored value (no page overhead, no index), which no page layout can go below. The
libraries are the generated ones of the GUI benchmarks (``library_gen``: ~600 words and
~33 detector findings per article, the density the analyser gives on the samples).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library_gen import cached_library

MIB = 2**20


def raw_bytes(conn: sqlite3.Connection, table: str) -> int:
    """Sum of the stored length of every value of ``table`` (TEXT as UTF-8 bytes)."""
    names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    if not names:
        return 0
    parts = " + ".join(f'coalesce(length(CAST("{n}" AS BLOB)), 0)' for n in names)
    return int(conn.execute(f'SELECT coalesce(sum({parts}), 0) FROM "{table}"').fetchone()[0])


def measure(count: int) -> None:
    path = cached_library(count)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    size = path.stat().st_size
    text = conn.execute("SELECT sum(length(CAST(text AS BLOB))) FROM articles").fetchone()[0]
    per = 1000 / count
    print(
        f"library of {count:,} articles: file {size / MIB:.1f} MiB ({size * per / MIB:.1f} MiB"
        f" per 1,000 articles); article text {text / MIB:.1f} MiB; ratio {size / text:.2f}x"
        " (aim < 3x)"
    )
    by_object = conn.execute(
        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
    ).fetchall()
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
        )
    ]
    raw = {t: raw_bytes(conn, t) for t in tables}
    floor = sum(raw.values())
    print(
        f"  floor (raw bytes of every stored value, no index): {floor / MIB:.1f} MiB ="
        f" {floor / text:.2f}x the text; assertions alone {raw.get('assertions', 0) / text:.2f}x"
    )
    print("  pages per table/index (top 10):")
    for name, pages in by_object[:10]:
        print(f"    {name:34s} {pages / MIB:7.1f} MiB  {pages / text:5.2f}x")
    if "assertions" in raw:
        names = [r[1] for r in conn.execute('PRAGMA table_info("assertions")')]
        sums = conn.execute(
            "SELECT "
            + ", ".join(f'coalesce(sum(length(CAST("{n}" AS BLOB))), 0)' for n in names)
            + " FROM assertions"
        ).fetchone()
        top = sorted(zip(names, sums, strict=True), key=lambda x: -x[1])[:8]
        print("  assertion columns (raw): " + ", ".join(f"{n} {v / text:.2f}x" for n, v in top))
    _packed(conn, text)
    conn.close()


def _packed(conn: sqlite3.Connection, text: int) -> None:
    """Untouched findings packed per article (``storage.compact``, m0015): bytes each."""
    from sqlite_utils import Database

    from factcheck_app.storage import compact

    if "article_findings" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
        return
    stored, records = conn.execute(
        "SELECT coalesce(sum(length(data) + length(counts)), 0), count(*) FROM article_findings"
    ).fetchone()
    ids = [r[0] for r in conn.execute("SELECT article_id FROM article_findings LIMIT 200")]
    sample = compact.rows_for(Database(conn), ids)
    per_record = sum(len(v) for v in sample.values()) / max(1, len(sample))
    findings = per_record * records
    rows = conn.execute("SELECT count(*) FROM assertions").fetchone()[0]
    print(
        f"  untouched findings packed: {records:,} records, ~{findings:,.0f} findings,"
        f" {stored / max(1, findings):.1f} bytes each ({stored / text:.2f}x the text);"
        f" {rows:,} assertion rows (touched or by hand)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    for count in args.sizes:
        measure(count)


if __name__ == "__main__":
    main()
