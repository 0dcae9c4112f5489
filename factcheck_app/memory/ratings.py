"""Where a verdict sits on a true-false scale (1 = false ... 5 = true), in any wording.

Contradictory verdicts on one claim are verdicts far apart on this scale ("true" here,
"false" there). Our own scheme's words are placed by the export's table; this one covers
the words published fact-checks use in English and German. None: not on the scale
("unproven", "satire").
"""

from __future__ import annotations

from factcheck_app.memory.normalise import fold

#: How far apart two verdicts must be to contradict each other ("true" vs "mostly false").
CONTRADICTION_GAP = 2

_WORDS: dict[str, int | None] = {
    **dict.fromkeys(
        (
            "false",
            "falsch",
            "fake",
            "pants on fire",
            "incorrect",
            "wrong",
            "unwahr",
            "fabricated",
            "erfunden",
            "not true",
            "fälschung",
            "hoax",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "mostly false",
            "weitgehend falsch",
            "größtenteils falsch",
            "misleading",
            "irreführend",
            "manipuliert",
            "distorted",
            "verzerrt",
            "exaggerated",
            "übertrieben",
        ),
        2,
    ),
    **dict.fromkeys(
        (
            "mixed",
            "mixture",
            "half true",
            "half-true",
            "teilweise richtig",
            "teilweise falsch",
            "halb wahr",
            "missing context",
            "fehlender kontext",
            "partly false",
            "partly true",
            "teils richtig",
            "teils falsch",
        ),
        3,
    ),
    **dict.fromkeys(
        ("mostly true", "weitgehend richtig", "größtenteils richtig", "mostly correct"), 4
    ),
    **dict.fromkeys(("true", "richtig", "correct", "wahr", "stimmt", "accurate", "zutreffend"), 5),
    **dict.fromkeys(
        (
            "unverifiable",
            "unproven",
            "unbelegt",
            "nicht belegbar",
            "unbewiesen",
            "satire",
            "no evidence",
            "keine belege",
            "research in progress",
        ),
        None,
    ),
}
_FOLDED = {fold(k): v for k, v in _WORDS.items()}


def scale_value(
    rating: str, value: float | None = None, best: float | None = None, worst: float | None = None
) -> int | None:
    """1..5 for ``rating`` (words first; else a numeric rating rescaled), or None."""
    key = fold(rating.strip()).rstrip(".!")
    if key in _FOLDED:
        return _FOLDED[key]
    for words, found in sorted(_FOLDED.items(), key=lambda kv: -len(kv[0])):
        if words and f" {words} " in f" {key} ":
            return found
    if value is not None:
        hi = best if best is not None else 5.0
        lo = worst if worst is not None else 1.0
        if hi != lo:
            return max(1, min(5, round(1 + 4 * (value - lo) / (hi - lo))))
    return None


def contradict(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and abs(a - b) >= CONTRADICTION_GAP
