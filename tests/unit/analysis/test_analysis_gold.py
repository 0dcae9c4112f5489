"""The shared samples' gold labels and the eval-dev sets (skipped when /work/shared is absent).

Gold sentences are checked alone and inside their full article (via analyze_text of the
whole Markdown file): every labelled highlight must be found, and sentences labelled only
``sourced`` must get no highlight.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck_app.analysis import Analyzer, evaluate

HIGHLIGHTS = {"no_evidence", "vague_source", "hedged", "disputed", "unsourced_claim"}


def _gold(shared: Path) -> list[dict]:
    path = shared / "samples" / "gold.jsonl"
    if not path.is_file():
        pytest.skip("gold.jsonl not available")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _check(item: dict, predicted: set[str]) -> None:
    gold = set(item["labels"]) - {"none"}
    missing = (gold & HIGHLIGHTS) - predicted
    assert not missing, (item["id"], "missing", missing, item["sentence"])
    if gold <= {"sourced"}:
        assert not (predicted & HIGHLIGHTS), (item["id"], "unexpected", predicted)


def test_gold_sentences_alone(analyzer: Analyzer, shared_dir: Path) -> None:
    for item in _gold(shared_dir):
        _check(item, {str(f.category) for f in analyzer.analyze_text(item["sentence"])})


def test_gold_sentences_inside_their_article(analyzer: Analyzer, shared_dir: Path) -> None:
    cache: dict[str, tuple[str, list]] = {}
    for item in _gold(shared_dir):
        name = item["article"]
        if name not in cache:
            text = (shared_dir / "samples" / name).read_text(encoding="utf-8")
            cache[name] = (text, analyzer.analyze_text(text))
        text, findings = cache[name]
        pos = text.find(item["sentence"])
        assert pos >= 0, item["id"]
        end = pos + len(item["sentence"])
        _check(item, {str(f.category) for f in findings if f.start < end and f.end > pos})


def test_wikipedia_hedges_flag_f1(analyzer: Analyzer, shared_dir: Path) -> None:
    path = shared_dir / "eval-dev" / "wikipedia_hedges_en.jsonl"
    if not path.is_file():
        pytest.skip("eval-dev not available")
    assert evaluate(path, analyzer).flag.f1 >= 0.85


def test_bundestag_smoke(analyzer: Analyzer, shared_dir: Path) -> None:
    path = shared_dir / "eval-dev" / "bundestag_attribution_de.jsonl"
    if not path.is_file():
        pytest.skip("eval-dev not available")
    report = evaluate(path, analyzer)
    assert len(report.items) == 60
    assert report.categories["sourced"].precision >= 0.7
