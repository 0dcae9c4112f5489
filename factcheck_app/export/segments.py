"""Cut an article into blocks of runs, each run with the highlight it gets and its markers.

Assertions may overlap (a hedged clause inside a vaguely sourced sentence), so the text is
cut at every span boundary and each run takes the colour of the *innermost* assertion
covering it: that is the most specific statement about those words. Every assertion gets
its numbered marker right after its last character, whatever colour the run has; findings
that share a claim number (overlapping spans, one report entry) share one marker.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from dataclasses import dataclass

from factcheck_app.categories import PRIORITY
from factcheck_app.export.model import AssertionItem
from factcheck_app.models import Article, Block, BlockKind

_PRIORITY = {c: i for i, c in enumerate(PRIORITY)}  # the article view's overlap order


@dataclass(frozen=True)
class Run:
    text: str
    item: AssertionItem | None  # the highlight of this run
    markers: tuple[AssertionItem, ...] = ()  # assertions that end right after this run


@dataclass(frozen=True)
class BlockRuns:
    kind: BlockKind
    lang: str
    runs: tuple[Run, ...]


def content_blocks(article: Article) -> tuple[Block, ...]:
    """The article's blocks, or one paragraph per blank-line chunk when it has none."""
    if article.blocks:
        return article.blocks
    blocks, pos = [], 0
    for chunk in article.text.split("\n\n"):
        if chunk.strip():
            blocks.append(Block(BlockKind.PARAGRAPH, pos, pos + len(chunk), ""))
        pos += len(chunk) + 2
    return tuple(blocks)


def _marker_positions(blocks: tuple[Block, ...], items: tuple[AssertionItem, ...]) -> dict:
    """Where each marker goes: the assertion's end, pulled back into the block holding its
    last character so a span ending on a block separator still gets a visible marker."""
    starts = [b.start for b in blocks]
    where: dict[int, list[AssertionItem]] = {}
    last: dict[int, AssertionItem] = {}  # one marker per claim, after its last finding
    for item in items:
        if item.number not in last or item.assertion.end > last[item.number].assertion.end:
            last[item.number] = item
    for item in last.values():
        end = item.assertion.end
        i = bisect_right(starts, max(end - 1, 0)) - 1
        if i >= 0:
            end = min(end, blocks[i].end)
            if end <= blocks[i].start:
                end = blocks[i].end
        where.setdefault(end, []).append(item)
    return where


def article_runs(article: Article, items: tuple[AssertionItem, ...]) -> list[BlockRuns]:
    blocks = content_blocks(article)
    markers = _marker_positions(blocks, items)
    ordered = sorted(items, key=lambda i: (i.assertion.start, i.assertion.end))
    result: list[BlockRuns] = []
    for block in blocks:
        inside = [
            i for i in ordered if i.assertion.start < block.end and i.assertion.end > block.start
        ]
        cuts = {block.start, block.end}
        for i in inside:
            cuts.add(max(i.assertion.start, block.start))
            cuts.add(min(i.assertion.end, block.end))
        cuts.update(p for p in markers if block.start < p < block.end)
        points = sorted(cuts)
        runs: list[Run] = []
        for lo, hi in itertools.pairwise(points):
            covering = [i for i in inside if i.assertion.start <= lo and i.assertion.end >= hi]
            best = min(
                covering,
                key=lambda i: (
                    i.assertion.end - i.assertion.start,
                    _PRIORITY[i.assertion.category],
                ),
                default=None,
            )
            ends_here = tuple(sorted(markers.get(hi, ()), key=lambda i: i.number))
            runs.append(Run(article.text[lo:hi], best, ends_here))
        result.append(BlockRuns(block.kind, block.lang, tuple(runs)))
    return result
