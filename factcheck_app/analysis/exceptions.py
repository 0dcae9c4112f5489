"""The checker's "don't flag this again" exceptions, applied to a run's findings.

An exception names a category and the cue that triggered it ("reportedly"), and
optionally a phrase the flagged sentence must contain for it to apply ("the Bundesbank's
reports indicate"). Matching is on whitespace-normalised, case-folded text, so the same
cue anywhere in any article is recognised. The analyser itself stays the same for every
user; the exceptions are the person's and are applied when findings are stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck_app.models import Finding, LexiconException


def fold(text: str) -> str:
    """Text as exceptions compare it: one space between words, case-folded."""
    return " ".join(text.split()).casefold()


def matches(exception: LexiconException, finding: Finding, text: str) -> bool:
    if str(finding.category) != exception.category:
        return False
    if exception.lang and finding.lang and exception.lang != finding.lang:
        return False
    if fold(text[finding.cue_start : finding.cue_end]) != fold(exception.cue):
        return False
    return not exception.phrase or fold(exception.phrase) in fold(text[finding.start : finding.end])


def honour_exceptions(
    text: str, findings: Iterable[Finding], exceptions: Sequence[LexiconException]
) -> list[Finding]:
    """``findings`` without those an exception covers."""
    if not exceptions:
        return list(findings)
    return [f for f in findings if not any(matches(e, f, text) for e in exceptions)]
