"""Benchmark: analysing N articles with one ``factcheck`` process per article (the old way)
against one ``factcheck analyze --all`` run (nlp.pipe) and ``--jobs 2``.

Run: ``.venv/bin/python bench/bench_batch.py [--articles 30]``. Copies the bundled samples
(varied so none is a duplicate) into a temporary library, then times, in wall-clock seconds
of the whole command as a user would wait for it:

- loop: ``factcheck analyze ID`` once per article (each process loads Python, spaCy and
  the pipelines again);
- batch: ``factcheck analyze --all`` (one process);
- jobs2: ``factcheck analyze --all --jobs 2``.

It prints the times and the ratio loop/batch measured in the same run. No assertions:
numbers are for people, not for CI.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck_app", "-q", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        sources = sorted(p for p in SAMPLES.iterdir() if p.name != "README.md")
        for n in range(args.articles):
            src = sources[n % len(sources)]
            text = src.read_text("utf-8")
            marker = f"\n\nBench copy {n}.\n" if src.suffix != ".html" else f"<p>Copy {n}</p>"
            text = text.replace("</body>", marker + "</body>") if src.suffix == ".html" else text
            (folder / f"{n:03d}-{src.name}").write_text(text + marker, "utf-8")
        env = dict(
            os.environ,
            FACTCHECK_DB=str(Path(tmp) / "lib.db"),
            FACTCHECK_CONFIG=str(Path(tmp) / "settings.json"),
        )
        imported = json.loads(_cli(env, "import", str(folder), "--json").stdout)["imported"]
        ids = [i["article_id"] for i in imported]

        start = time.perf_counter()
        for article_id in ids:
            _cli(env, "analyze", article_id)
        loop = time.perf_counter() - start

        start = time.perf_counter()
        _cli(env, "analyze", "--all")
        batch = time.perf_counter() - start

        start = time.perf_counter()
        _cli(env, "analyze", "--all", "--jobs", "2")
        jobs2 = time.perf_counter() - start

    n = len(ids)
    print(f"articles: {n}")
    print(f"loop  (one process per article): {loop:7.2f} s  ({loop / n:.2f} s/article)")
    print(f"batch (analyze --all):           {batch:7.2f} s  ({batch / n:.2f} s/article)")
    print(f"jobs2 (analyze --all --jobs 2):  {jobs2:7.2f} s")
    print(f"ratio loop/batch: {loop / batch:.1f}x   batch/jobs2: {batch / jobs2:.2f}x")


if __name__ == "__main__":
    main()
