"""The ``classify`` command's engine: JSON lines in, one result object per line out.

Streams line by line so arbitrarily large files work in constant memory; a malformed
line raises :class:`ClassifyInputError` naming its line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from factcheck_app.errors import InputError
from factcheck_app.models import Finding

if TYPE_CHECKING:
    from factcheck_app.analysis.analyzer import Analyzer


class ClassifyInputError(InputError):
    """A malformed input line; ``line`` is 1-based."""

    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(f"line {line}: {message}")


def finding_dict(finding: Finding, lang: str = "en") -> dict[str, Any]:
    """One finding as JSON; its explanation rendered in ``lang``, with the key and
    parameters it was rendered from."""
    explanation = finding.explanation
    return {
        "category": str(finding.category),
        "start": finding.start,
        "end": finding.end,
        "cue_start": finding.cue_start,
        "cue_end": finding.cue_end,
        "source": finding.source_text,
        "rule": finding.rule,
        "explanation": explanation.render(lang),
        "explain_key": explanation.key,
        "explain_params": json.loads(explanation.stored_params()),
        "confidence": finding.confidence,
    }


def parse_item(line: str, number: int) -> dict[str, Any]:
    """Decode and check one input line: ``{"id", "text", "lang"?}``."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ClassifyInputError(number, f"not valid JSON ({exc.msg}, column {exc.colno})") from exc
    if not isinstance(item, dict):
        raise ClassifyInputError(number, "expected a JSON object")
    if "id" not in item:
        raise ClassifyInputError(number, "missing 'id'")
    if not isinstance(item.get("text"), str):
        raise ClassifyInputError(number, "missing 'text' (a string)")
    lang = item.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise ClassifyInputError(number, "'lang' must be a string")
    return item


def classify_stream(
    lines: Iterable[str], analyzer: Analyzer, lang: str = "en"
) -> Iterator[dict[str, Any]]:
    """Yield ``{"id", "labels", "findings"}`` per non-blank input line, offsets into its text."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item = parse_item(line, number)
        findings = analyzer.analyze_text(item["text"], item.get("lang") or None)
        yield {
            "id": item["id"],
            "labels": sorted({str(f.category) for f in findings}),
            "findings": [finding_dict(f, lang) for f in findings],
        }
