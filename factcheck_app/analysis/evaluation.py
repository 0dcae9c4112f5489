"""Scoring the analyser on labelled sentences (the ``eval`` command).

Understands both the eval-dev format (``text`` + one ``label``) and the samples' gold
format (``sentence`` + ``labels`` list, "none" = no findings). The headline number is the
flag score from the eval-dev README: an item is flagged when it has any of no_evidence,
vague_source, hedged or disputed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck_app.errors import InputError
from factcheck_app.i18n import N_
from factcheck_app.models import FLAG_CATEGORIES, HIGHLIGHT_CATEGORIES, Category
from factcheck_app.scoring import Counts

if TYPE_CHECKING:
    from factcheck_app.analysis.analyzer import Analyzer

_ALL = tuple(c.value for c in Category)


@dataclass
class ItemResult:
    id: str
    text: str
    gold: frozenset[str]
    predicted: frozenset[str]

    @property
    def gold_flag(self) -> bool:
        return bool(self.gold & FLAG_CATEGORIES)

    @property
    def predicted_flag(self) -> bool:
        return bool(self.predicted & FLAG_CATEGORIES)


@dataclass
class EvalReport:
    """Flag and per-category scores; ``format()`` renders them for the terminal."""

    path: str
    gold_format: bool
    items: list[ItemResult] = field(default_factory=list)
    flag: Counts = field(default_factory=Counts)
    categories: dict[str, Counts] = field(default_factory=dict)

    @property
    def macro_f1(self) -> float:
        """Mean per-category F1 over the categories the gold file uses (issue 11's bar)."""
        scored = [c.f1 for c in self.categories.values() if c.tp + c.fn]
        return sum(scored) / len(scored) if scored else 0.0

    @property
    def false_flag_rate(self) -> float:
        """Share of the items that deserve no flag which the analyser flags anyway."""
        unflagged = sum(1 for i in self.items if not i.gold_flag)
        return len(self.false_positives) / unflagged if unflagged else 0.0

    @property
    def false_positives(self) -> list[ItemResult]:
        return [i for i in self.items if i.predicted_flag and not i.gold_flag]

    @property
    def false_negatives(self) -> list[ItemResult]:
        return [i for i in self.items if i.gold_flag and not i.predicted_flag]

    @property
    def misses(self) -> list[tuple[ItemResult, list[str], list[str]]]:
        """Gold items with a missing highlight, or a highlight on a sourced-only item."""
        out = []
        highlight = {c.value for c in HIGHLIGHT_CATEGORIES}
        for item in self.items:
            missing = sorted((item.gold & highlight) - item.predicted)
            extra = []
            if item.gold <= {"sourced", "none"}:
                extra = sorted(item.predicted & highlight)
            if missing or extra:
                out.append((item, missing, extra))
        return out

    def format(self, errors: bool = False) -> str:
        f = self.flag
        lines = [
            f"{self.path}: {len(self.items)} items",
            f"flag  precision {f.precision:.3f}  recall {f.recall:.3f}  F1 {f.f1:.3f}"
            f"  (tp {f.tp}, fp {f.fp}, fn {f.fn})",
            f"macro-F1 {self.macro_f1:.3f} (categories in the gold)  false flags"
            f" {self.false_flag_rate:.1%} of {sum(1 for i in self.items if not i.gold_flag)}"
            " unflagged items",
            "per category:",
        ]
        for name in _ALL:
            c = self.categories.get(name, Counts())
            if not c.tp + c.fp + c.fn:
                continue
            gold, predicted = c.tp + c.fn, c.tp + c.fp
            if gold:
                scores = f"precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}"
            else:
                scores = "(no gold items with this label)"
            lines.append(f"  {name:<16} {scores}  (gold {gold}, predicted {predicted})")
        if self.gold_format:
            misses = self.misses
            lines.append(f"per-item misses: {len(misses)}")
            for item, missing, extra in misses:
                parts = []
                if missing:
                    parts.append("missing " + ", ".join(missing))
                if extra:
                    parts.append("unexpected " + ", ".join(extra))
                lines.append(f"  {item.id}: {'; '.join(parts)} | {item.text[:90]}")
        if errors:
            lines.append(f"false positives ({len(self.false_positives)}):")
            lines.extend(
                f"  {i.id} [{', '.join(sorted(i.predicted))}] {i.text[:110]}"
                for i in self.false_positives
            )
            lines.append(f"false negatives ({len(self.false_negatives)}):")
            lines.extend(
                f"  {i.id} gold={','.join(sorted(i.gold))} {i.text[:110]}"
                for i in self.false_negatives
            )
        return "\n".join(lines)


class GoldFormatError(InputError):
    """A gold line that is neither format; message names the line."""


def read_gold(path: Path) -> tuple[list[tuple[str, str, str | None, frozenset[str]]], bool]:
    """Items as (id, text, lang, gold labels) and whether the file is in gold.jsonl format."""
    items = []
    gold_format = False
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(
                    N_("{path}:{line}: not valid JSON ({why})"), path=path, line=number, why=exc.msg
                ) from exc
            if not isinstance(raw, dict):
                raise GoldFormatError(
                    N_("{path}:{line}: expected a JSON object"), path=path, line=number
                )
            if isinstance(raw.get("sentence"), str) and isinstance(raw.get("labels"), list):
                gold_format = True
                text, labels = raw["sentence"], raw["labels"]
            elif isinstance(raw.get("text"), str) and isinstance(raw.get("label"), str):
                text, labels = raw["text"], [raw["label"]]
            else:
                raise GoldFormatError(
                    N_("{path}:{line}: expected 'text'+'label' or 'sentence'+'labels'"),
                    path=path,
                    line=number,
                )
            gold = frozenset(str(x) for x in labels if x != "none")
            unknown = gold - set(_ALL)
            if unknown:
                raise GoldFormatError(
                    N_("{path}:{line}: unknown labels {labels}"),
                    path=path,
                    line=number,
                    labels=", ".join(sorted(unknown)),
                )
            items.append((str(raw.get("id", number)), text, raw.get("lang"), gold))
    return items, gold_format


def evaluate(gold_path: Path, analyzer: Analyzer) -> EvalReport:
    """Run the analyser on every item and count flag and per-category agreement."""
    items, gold_format = read_gold(Path(gold_path))
    report = EvalReport(path=str(gold_path), gold_format=gold_format)
    for name in _ALL:
        report.categories[name] = Counts()
    for item_id, text, lang, gold in items:
        predicted = frozenset(str(f.category) for f in analyzer.analyze_text(text, lang))
        result = ItemResult(item_id, text, gold, predicted)
        report.items.append(result)
        report.flag.add(result.gold_flag, result.predicted_flag)
        for name in _ALL:
            report.categories[name].add(name in gold, name in predicted)
    return report
