"""Scoring the matcher on labelled claim pairs (the ``claims eval`` command).

A pairs file is JSON lines ``{"id", "a", "b", "label", "lang_a"?, "lang_b"?}`` with
label ``same`` (one claim, however worded or translated), ``related`` (same story, a
different claim) or ``different``. The headline is precision and recall of "same" at
the threshold, overall and per language pairing (en, de, en-de).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from factcheck_app.errors import InputError
from factcheck_app.i18n import N_
from factcheck_app.memory.features import compare, extract
from factcheck_app.scoring import Counts

LABELS = ("same", "related", "different")


class PairsFormatError(InputError):
    """A pairs line we cannot read; the message names the line."""


@dataclass
class Pair:
    id: str
    a: str
    b: str
    label: str
    lang_a: str
    lang_b: str
    source: str = ""
    score: float = 0.0
    reason: str = ""

    @property
    def pairing(self) -> str:
        return (
            self.lang_a
            if self.lang_a == self.lang_b
            else "-".join(sorted({self.lang_a, self.lang_b}))
        )


@dataclass
class Tally(Counts):
    """Pair decisions (same claim or not) with their one-line summary."""

    def line(self, name: str) -> str:
        n = self.tp + self.fp + self.fn + self.tn
        return (
            f"{name:<8} precision {self.precision:.3f}  recall {self.recall:.3f}"
            f"  F1 {self.f1:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn}, n {n})"
        )


@dataclass
class PairsReport:
    path: str
    threshold: float
    pairs: list[Pair] = field(default_factory=list)

    def tally(self, pairing: str | None = None, source: str | None = None) -> Tally:
        t = Tally()
        for p in self.pairs:
            if (pairing is None or p.pairing == pairing) and (source is None or p.source == source):
                t.add(p.label == "same", p.score >= self.threshold)
        return t

    def format(self, errors: bool = False) -> str:
        counts = {label: sum(1 for p in self.pairs if p.label == label) for label in LABELS}
        lines = [
            f"{self.path}: {len(self.pairs)} pairs ("
            + ", ".join(f"{n} {label}" for label, n in counts.items())
            + f"), threshold {self.threshold:.2f}",
            self.tally().line("same"),
            "per language pairing:",
        ]
        for pairing in sorted({p.pairing for p in self.pairs}):
            lines.append("  " + self.tally(pairing).line(pairing))
        sources = sorted({p.source for p in self.pairs if p.source})
        if len(sources) > 1:
            lines.append("per source:")
            lines.extend("  " + self.tally(source=s).line("") + f"  {s}" for s in sources)
        related = [p for p in self.pairs if p.label == "related"]
        if related:
            taken = sum(1 for p in related if p.score >= self.threshold)
            lines.append(f"related pairs taken for the same claim: {taken} of {len(related)}")
        if errors:
            wrong = [p for p in self.pairs if (p.label == "same") != (p.score >= self.threshold)]
            lines.append(f"errors ({len(wrong)}):")
            for p in sorted(wrong, key=lambda p: p.id):
                lines.append(
                    f"  {p.id} gold={p.label} score={p.score:.2f} {p.reason}\n"
                    f"      a: {p.a[:110]}\n      b: {p.b[:110]}"
                )
        return "\n".join(lines)


def read_pairs(path: Path) -> list[Pair]:
    pairs = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PairsFormatError(
                    N_("{path}:{line}: not valid JSON ({why})"), path=path, line=number, why=exc.msg
                ) from exc
            if not isinstance(raw, dict):
                raise PairsFormatError(
                    N_("{path}:{line}: expected a JSON object"), path=path, line=number
                )
            a, b, label = raw.get("a"), raw.get("b"), raw.get("label")
            if not isinstance(a, str) or not isinstance(b, str) or not a.strip() or not b.strip():
                raise PairsFormatError(
                    N_("{path}:{line}: 'a' and 'b' must be claim texts"), path=path, line=number
                )
            if label not in LABELS:
                raise PairsFormatError(
                    N_("{path}:{line}: label must be one of {known}"),
                    path=path,
                    line=number,
                    known=", ".join(LABELS),
                )
            pairs.append(
                Pair(
                    str(raw.get("id", number)),
                    a,
                    b,
                    label,
                    str(raw.get("lang_a") or ""),
                    str(raw.get("lang_b") or ""),
                    str(raw.get("source") or ""),
                )
            )
    if not pairs:
        raise PairsFormatError(N_("{path}: no pairs"), path=path)
    return pairs


def evaluate_pairs(path: Path, threshold: float) -> PairsReport:
    report = PairsReport(str(path), threshold)
    for pair in read_pairs(path):
        fa, fb = extract(pair.a, pair.lang_a or None), extract(pair.b, pair.lang_b or None)
        pair.lang_a, pair.lang_b = fa.lang, fb.lang
        result = compare(fa, fb)
        pair.score, pair.reason = result.score, result.reason
        report.pairs.append(pair)
    return report
