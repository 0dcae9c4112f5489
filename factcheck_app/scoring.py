"""Precision, recall and F1 from counted outcomes: the one definition every evaluation uses.

The analyser's evaluation (``analysis/evaluation.py``, ``factcheck eval``) and the claim
memory's pair evaluation (``memory/pairs.py``, ``factcheck claims eval``) score the same
way, so the arithmetic lives here, in a Qt-free module both layers may import.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    """True/false positives and negatives; an empty denominator scores 0."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        """Count one decision against its gold answer."""
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
