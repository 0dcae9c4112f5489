"""Overlapping assertions flattened into non-overlapping runs, one char format each.

Merging one format per assertion into the document costs a Qt call per assertion and per
cue, over ranges that overlap and split each other's fragments again and again. Instead,
every assertion (longest first, the weightier category on top where spans coincide) is
painted into a byte per character, and the runs between consecutive boundaries are read
off: the document then gets exactly one ``mergeCharFormat`` per run, each on a range
nothing else touches. A byte holds two layers that stack independently, as merged char
formats do: the fill (bits 3-5: the background) and the line (bits 0-2: underline style
and colour, from a cue or from an unfilled category such as ``sourced``).
tests/gui/test_article_perf_invariants.py checks this against a per-character reference.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import NamedTuple

from factcheck_app import categories
from factcheck_app.gui import palette
from factcheck_app.gui.offsets import Utf16Map
from factcheck_app.models import Assertion, Category

#: Most important first: where spans coincide, the first of these is painted on top.
PRIORITY: tuple[Category, ...] = categories.PRIORITY
_RANK = {c: i for i, c in enumerate(PRIORITY)}

#: Category of each 3-bit code; code 0 is "none".
CODES: tuple[Category | None, ...] = (None, *palette.STYLES)
assert len(CODES) <= 8, "a category code must fit in three bits"
_CODE = {c: i for i, c in enumerate(CODES) if c is not None}
_FILL = {c: bytes((b & 0o7) | (code << 3) for b in range(256)) for c, code in _CODE.items()}
_LINE = {c: bytes((b & 0o70) | code for b in range(256)) for c, code in _CODE.items()}
#: per category, looked up once per assertion: filled?, fill table, line table, name
_STYLE = {c: (palette.STYLES[c].fill, _FILL[c], _LINE[c], str(c)) for c in _CODE}


class Span(NamedTuple):
    """A painted highlight in UTF-16 positions, for hit tests and the selection mark."""

    assertion_id: str
    category: str
    start16: int
    end16: int


#: A run: (start16, end16, code), where ``code >> 3`` and ``code & 7`` index ``CODES``
#: for the fill and the line category. Plain tuples: there are thousands per article.
Run = tuple[int, int, int]


def layers(code: int) -> tuple[Category | None, Category | None]:
    """The (fill, line) categories a run code stands for."""
    return CODES[code >> 3], CODES[code & 0o7]


def paint_order(assertions: Sequence[Assertion]) -> list[Assertion]:
    """Longest first so nested spans stay visible; on equal spans the weightier on top."""
    return sorted(assertions, key=lambda a: (a.start - a.end, -_RANK[a.category]))


def highlight_runs(
    assertions: Sequence[Assertion], text_map: Utf16Map
) -> tuple[list[Run], list[Span]]:
    """Runs to paint (sorted, disjoint, equal neighbours joined) and the spans painted.

    Painting happens in code points (a boundary never splits a surrogate pair, so the runs
    are the same); only the distinct boundaries are converted to UTF-16, once each.
    """
    paint = bytearray(len(text_map.text))
    cuts = [len(paint)]  # so a run clipped at the end of the text has a known position
    painted: list[tuple[str, str, int, int]] = []
    for a in paint_order(assertions):
        filled, fill_table, line_table, name = _STYLE[a.category]
        start, end = a.start, a.end
        paint[start:end] = paint[start:end].translate(fill_table if filled else line_table)
        cuts += (start, end)
        if filled and a.cue_start is not None and a.cue_end is not None:
            cue_start, cue_end = a.cue_start, a.cue_end
            paint[cue_start:cue_end] = paint[cue_start:cue_end].translate(line_table)
            cuts += (cue_start, cue_end)
        painted.append((a.id, name, start, end))
    bounds = sorted(set(cuts))
    to16 = _converter(text_map, bounds)
    del bounds[bisect_right(bounds, len(paint)) :]  # corrupt offsets past the end
    spans = sorted(
        [Span(i, name, to16(start), to16(end)) for i, name, start, end in painted],
        key=itemgetter(2, 3),
    )
    return _read_runs(paint, bounds, to16), spans


def _converter(text_map: Utf16Map, bounds: list[int]) -> Callable[[int], int]:
    """UTF-16 positions of the boundaries: identity for the usual text without emoji."""
    if text_map.to_utf16(len(text_map.text)) == len(text_map.text):
        return int
    return dict(zip(bounds, map(text_map.to_utf16, bounds), strict=True)).__getitem__


def _read_runs(paint: bytearray, bounds: list[int], to16: Callable[[int], int]) -> list[Run]:
    """The painted stretches between consecutive boundaries, equal neighbours joined."""
    if len(bounds) < 2:
        return []
    # the code of each stretch [bounds[i], bounds[i + 1]) is the byte at its start
    codes = itemgetter(*bounds[:-1])(paint) if len(bounds) > 2 else (paint[bounds[0]],)
    runs: list[Run] = []
    begin, last = 0, 0
    for i, code in enumerate(codes):
        if code == last:
            continue
        if last:
            runs.append((to16(bounds[begin]), to16(bounds[i]), last))
        begin, last = i, code
    if last:
        runs.append((to16(bounds[begin]), to16(bounds[-1]), last))
    return runs
