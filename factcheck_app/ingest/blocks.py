"""Raw blocks from the parsers, and the builder that lays them out as canonical text.

Parsers (text, Markdown, HTML) only say *what* they saw, as :class:`RawBlock` values;
:mod:`.structure` then decides title/teaser/boilerplate, and :class:`BlockBuilder`
concatenates the cleaned block texts with a blank line between them, recording code-point
offsets as it goes. Building the text and the offsets in one place is what guarantees
``text[b.start:b.end] == content`` for every block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from factcheck_app.ingest.normalize import BLOCK_SEPARATOR, clean_block_text
from factcheck_app.language import detect_language
from factcheck_app.models import Block, BlockKind

#: Below this many words a statistical guess is unreliable ("Minister denies report"
#: comes out German); such blocks take the document's language unless marked otherwise.
MIN_WORDS_FOR_GUESS = 5
_WORD = re.compile(r"[^\W\d_]{2,}")
_MARKERS = {
    "de": re.compile(
        r"[äöüß]|\b(?:und|der|die|das|den|dem|des|nicht|ist|für|mit|auf|im|ein|eine|zu|"
        r"von|bei|nach|über|wie|sich)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:the|and|of|to|is|for|with|on|at|by|from|says|said|after|over|new)\b",
        re.IGNORECASE,
    ),
}


def block_language(text: str, default: str) -> str:
    """Language of one block; short blocks need a function-word marker to differ from
    the document's language."""
    if len(_WORD.findall(text)) >= MIN_WORDS_FOR_GUESS:
        return detect_language(text, default=default)
    own = _MARKERS.get(default)
    if own is not None and own.search(text):
        return default
    for lang, marker in _MARKERS.items():
        if lang != default and marker.search(text):
            return lang
    return default


@dataclass(frozen=True)
class RawBlock:
    """One block as a parser saw it, before classification.

    ``level`` is the heading level (1-6) when known; ``hints`` carries parser evidence
    such as an HTML class ("teaser", "lead") that the classifier may use.
    """

    kind: BlockKind
    text: str
    level: int = 0
    hints: frozenset[str] = field(default_factory=frozenset)

    def with_kind(self, kind: BlockKind) -> RawBlock:
        return replace(self, kind=kind)


def raw(kind: BlockKind, text: str, level: int = 0, hints: frozenset[str] = frozenset()):
    """A cleaned RawBlock, or None when nothing readable is left."""
    cleaned = clean_block_text(text)
    if not cleaned:
        return None
    return RawBlock(kind, cleaned, level, hints)


class BlockBuilder:
    """Appends blocks to the canonical text and keeps their offsets."""

    def __init__(self, default_lang: str = "en") -> None:
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self.contents: list[str] = []
        self.default_lang = default_lang

    def add(self, kind: BlockKind, text: str, lang: str | None = None) -> Block | None:
        """Append one block; empty content is skipped (returns None)."""
        content = clean_block_text(text)
        if not content:
            return None
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._parts.append(content)
        self._length += len(content)
        if lang is None:
            lang = block_language(content, self.default_lang)
        block = Block(kind=kind, start=start, end=self._length, lang=lang)
        self._blocks.append(block)
        self.contents.append(content)
        return block

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(self._blocks)


def build(
    raw_blocks: list[RawBlock], default_lang: str | None = None
) -> tuple[str, tuple[Block, ...]]:
    """Canonical text and blocks for classified raw blocks.

    Short blocks ("Details", a two-word heading) are too short for a statistical guess;
    they fall back to the language of the whole body rather than to a fixed English.
    """
    if default_lang is None:
        body = "\n".join(
            b.text
            for b in raw_blocks
            if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM)
        )
        default_lang = detect_language(body or "\n".join(b.text for b in raw_blocks))
    builder = BlockBuilder(default_lang)
    for block in raw_blocks:
        builder.add(block.kind, block.text)
    return builder.text, builder.blocks
