"""Find where a quoted span is in a (possibly edited) text: exact first, then fuzzy.

Order, cheapest first, as annotation tools do it: the recorded position when the text
there is still the quote; the quote with its recorded prefix and suffix; every exact
occurrence scored by how much of the prefix and suffix still surround it (at most
``MAX_CANDIDATES``, nearest the old position first, so a one-letter quote in a megabyte
does not take seconds); and last a fuzzy match (rapidfuzz) of an edited quote inside a
bounded window around where it was. Each placement carries a confidence, 1.0 for exact.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_CANDIDATES = 2_000
#: Characters searched on each side of the old position for an edited quote.
FUZZY_WINDOW = 5_000
#: Without a position, texts up to this size are searched whole for an edited quote.
FUZZY_WHOLE_TEXT = 200_000
#: Below this similarity (0-100) an edited quote counts as gone.
FUZZY_CUTOFF = 80.0
#: Longer quotes are compared by their ends only (the middle may be long and edited).
FUZZY_MAX_QUOTE = 1_000


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    confidence: float  # 1.0 exact; below for a fuzzy match of an edited quote


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _occurrences(text: str, exact: str, start: int | None) -> list[int]:
    """At most ``MAX_CANDIDATES`` places of ``exact``: the nearest to ``start`` (searching
    out both ways from it), or the first ones when there is no old position."""
    found: list[int] = []
    if start is None:
        pos = text.find(exact)
        while pos != -1 and len(found) < MAX_CANDIDATES:
            found.append(pos)
            pos = text.find(exact, pos + 1)
        return found
    half = MAX_CANDIDATES // 2
    pos = text.find(exact, start)
    while pos != -1 and len(found) < half:
        found.append(pos)
        pos = text.find(exact, pos + 1)
    pos = text.rfind(exact, 0, start + len(exact) - 1)
    while pos != -1 and len(found) < MAX_CANDIDATES:
        found.append(pos)
        pos = text.rfind(exact, 0, pos + len(exact) - 1) if pos else -1
    return sorted(set(found), key=lambda p: abs(p - start))


def _exact(
    text: str, exact: str, prefix: str, suffix: str, start: int | None
) -> tuple[int, int] | None:
    if prefix or suffix:
        at = text.find(prefix + exact + suffix)
        if at != -1:
            return at + len(prefix), at + len(prefix) + len(exact)
    best: tuple[int, int, int] | None = None  # (score, -distance, position)
    for pos in _occurrences(text, exact, start):
        score = _common_suffix(text[max(0, pos - len(prefix)) : pos], prefix) + _common_prefix(
            text[pos + len(exact) : pos + len(exact) + len(suffix)], suffix
        )
        distance = abs(pos - start) if start is not None else 0
        candidate = (score, -distance, -pos)
        if best is None or candidate > best:
            best = candidate
    return (-best[2], -best[2] + len(exact)) if best else None


def _fuzzy(text: str, exact: str, start: int | None) -> Placement | None:
    from rapidfuzz import fuzz

    if len(exact) < 8 or len(exact) > FUZZY_MAX_QUOTE:
        return None  # too short to tell an edit from a different word; too long to align
    if start is not None:
        lo = max(0, start - FUZZY_WINDOW)
        hi = min(len(text), start + len(exact) + FUZZY_WINDOW)
    elif len(text) <= FUZZY_WHOLE_TEXT:
        lo, hi = 0, len(text)
    else:
        return None
    found = fuzz.partial_ratio_alignment(exact, text[lo:hi], score_cutoff=FUZZY_CUTOFF)
    if found is None:
        return None
    # the alignment has the quote's length; an edit may have made the span longer or
    # shorter, so move each end a little to where the whole span matches best
    start0, end0 = lo + found.dest_start, lo + found.dest_end
    reach = min(12, max(3, len(exact) // 8))
    best = (fuzz.ratio(exact, text[start0:end0]), start0, end0)
    for s in range(max(0, start0 - reach), start0 + reach + 1):
        for e in range(max(s + 1, end0 - reach), min(len(text), end0 + reach) + 1):
            score = fuzz.ratio(exact, text[s:e], score_cutoff=best[0])
            if score > best[0]:
                best = (score, s, e)
    score, start, end = best
    if score < FUZZY_CUTOFF:
        return None
    return Placement(start, end, round(score / 100, 3))


def locate(
    text: str, exact: str, prefix: str, suffix: str, start: int | None, end: int | None
) -> Placement | None:
    """Where the quote is in ``text`` now, or None when it is gone."""
    if start is not None and end is not None and text[start:end] == exact:
        return Placement(start, end, 1.0)
    found = _exact(text, exact, prefix, suffix, start)
    if found is not None:
        return Placement(found[0], found[1], 1.0)
    return _fuzzy(text, exact, start)
