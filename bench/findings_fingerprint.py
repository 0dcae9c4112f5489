"""Fingerprint of every finding on a fixed corpus, so a speed change can prove it changed nothing.

Run: ``.venv/bin/python bench/findings_fingerprint.py [--out DIR]``. Analyses every sentence
of ``tests/unit/analysis/devset/*.jsonl`` and ``/work/shared/eval-dev/*.jsonl`` (when
present), every article of ``/work/shared/samples/*.md`` and ``resources/samples/*`` (as
text, as an imported article, and through the batch path) and the long benchmark text of
``bench_analysis.py``. Writes one JSON line per finding (every field of ``Finding``,
the explanation as key + stored parameters) to ``DIR/findings.jsonl`` and prints a
SHA-256 digest of that file. Compare two runs with ``diff`` (or their digests): equal
digests mean identical findings, offsets and explanations.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_analysis import build_text  # noqa: E402

from factcheck_app.analysis import Analyzer  # noqa: E402
from factcheck_app.analysis.batch import analyze_batch  # noqa: E402
from factcheck_app.ingest import read_file  # noqa: E402
from factcheck_app.models import Finding  # noqa: E402

SHARED = ROOT.parent / "shared"
EVAL_DEV = Path("/work/shared/eval-dev")
SAMPLES = Path("/work/shared/samples")


def _jsonl_texts() -> Iterator[tuple[str, str, str | None]]:
    """(label, text, language) of every line of the development sets."""
    files = sorted((ROOT / "tests/unit/analysis/devset").glob("*.jsonl"))
    files += sorted(EVAL_DEV.glob("*.jsonl")) if EVAL_DEV.is_dir() else []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            text = row.get("sentence") or row.get("text") or ""
            yield f"{path.name}:{n}", text, row.get("lang")


def _sample_files() -> list[Path]:
    files = sorted(SAMPLES.glob("*.md")) if SAMPLES.is_dir() else []
    files += sorted(p for p in (ROOT / "resources/samples").iterdir() if p.name != "README.md")
    return files


def _row(label: str, path: str, text: str, f: Finding) -> dict:
    return {
        "item": label,
        "path": path,
        "text": text[f.start : f.end],
        "start": f.start,
        "end": f.end,
        "cue": [f.cue_start, f.cue_end],
        "category": str(f.category),
        "explain_key": f.explanation.key,
        "explain_params": f.explanation.stored_params(),
        "rule": f.rule,
        "confidence": round(f.confidence, 6),
        "lang": f.lang,
        "source": [f.source_text, f.source_start, f.source_end],
    }


def rows() -> Iterator[dict]:
    analyzer = Analyzer()
    for label, text, lang in _jsonl_texts():
        for f in analyzer.analyze_text(text):
            yield _row(label, "text", text, f)
        if lang:
            for f in analyzer.analyze_text(text, lang):
                yield _row(label, f"text:{lang}", text, f)
    articles = []
    for path in _sample_files():
        label = path.name
        raw = path.read_text(encoding="utf-8", errors="replace")
        for f in analyzer.analyze_text(raw):
            yield _row(label, "text", raw, f)
        article = read_file(path)
        articles.append(article)
        for f in analyzer.analyze_article(article):
            yield _row(label, "article", article.text, f)
    for article, found in zip(articles, analyze_batch(analyzer, articles), strict=True):
        for f in found:
            yield _row(article.source_name or "?", "batch", article.text, f)
    text, _origin = build_text(8000)
    for f in analyzer.analyze_text(text):
        yield _row("bench-8000", "text", text, f)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/fingerprint"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "findings.jsonl"
    count = 0
    with target.open("w", encoding="utf-8") as fh:
        for row in rows():
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    print(f"{count} findings, sha256 {digest} ({target})")


if __name__ == "__main__":
    main()
