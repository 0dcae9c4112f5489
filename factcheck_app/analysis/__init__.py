"""The analyser: finds hedges, vague and named sources, denials, missing evidence and
unsourced claims in news text, per block and per language, without a downloaded model.

Public API (other layers build on exactly these names)::

    DETECTOR_VERSION, Analyzer, Cancelled, LexiconError, classify_stream, evaluate, EvalReport
"""

from __future__ import annotations

from factcheck_app.analysis.analyzer import Analyzer
from factcheck_app.analysis.classify import ClassifyInputError, classify_stream
from factcheck_app.analysis.errors import Cancelled, LexiconError
from factcheck_app.analysis.evaluation import EvalReport, evaluate
from factcheck_app.analysis.version import DETECTOR_VERSION

__all__ = [
    "DETECTOR_VERSION",
    "Analyzer",
    "Cancelled",
    "ClassifyInputError",
    "EvalReport",
    "LexiconError",
    "classify_stream",
    "evaluate",
]
