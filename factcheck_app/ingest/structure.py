"""Decide what each block *is*: title, teaser, heading, boilerplate, or as parsed.

Parsers report what the markup says (a paragraph, a heading, a list item). News pages
say more than their markup: the headline is often a plain first line, a one-line German
summary under it is a teaser, and "Transparenz: ... Impressum" sits in the same
paragraph as that teaser. These rules are deliberately few and format-independent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck_app.ingest.blocks import RawBlock
from factcheck_app.ingest.boilerplate import is_boilerplate, opens_boilerplate_section
from factcheck_app.models import BlockKind

#: A teaser (standfirst) is a short standalone paragraph; ledes are longer.
MAX_TEASER_CHARS = 160
#: Plain lines up to this long, without closing punctuation, read as subheadings.
MAX_PLAIN_HEADING_CHARS = 90
#: Blocks under a "Details" / "Mehr zum Thema" heading stay boilerplate up to this size.
MAX_SECTION_ITEM_CHARS = 200

_TEASER_HINTS = frozenset({"teaser", "lead", "lede", "intro", "summary", "standfirst", "dek"})
# "Brussels, Belgium - ", "BERLIN (dpa) – ": capitalised words only, then a dash.
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w.'/()]*(?:[ ,]+[A-ZÄÖÜ(][\w.'/()]*){0,3}\s[-–—]\s")
_NO_END_PUNCT = re.compile(r".*[^.!?:;,…\"“”„»«'’)]")
_KEY_STRIP = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Structured:
    blocks: list[RawBlock]
    title: str


def title_key(text: str) -> str:
    """Comparison key for titles: case, punctuation and markup spacing ignored."""
    return _KEY_STRIP.sub(" ", text.casefold()).strip()


def split_boilerplate_lines(blocks: list[RawBlock]) -> list[RawBlock]:
    """Lift boilerplate lines out of multi-line paragraphs into blocks of their own."""
    out: list[RawBlock] = []
    for block in blocks:
        lines = block.text.split("\n")
        if block.kind is not BlockKind.PARAGRAPH or len(lines) < 2:
            out.append(block)
            continue
        if not any(is_boilerplate(line) for line in lines):
            out.append(block)
            continue
        pending: list[str] = []
        for line in lines:
            if is_boilerplate(line):
                if pending:
                    out.append(RawBlock(block.kind, "\n".join(pending), block.level, block.hints))
                    pending = []
                out.append(RawBlock(BlockKind.BOILERPLATE, line, block.level, block.hints))
            else:
                pending.append(line)
        if pending:
            out.append(RawBlock(block.kind, "\n".join(pending), block.level, block.hints))
    return out


def mark_boilerplate(blocks: list[RawBlock]) -> list[RawBlock]:
    """Mark furniture blocks, and short blocks under a furniture heading ("Details")."""
    out: list[RawBlock] = []
    in_section = False
    for block in blocks:
        headingish = block.kind is BlockKind.HEADING or (
            "\n" not in block.text and len(block.text) <= 60
        )
        if headingish and opens_boilerplate_section(block.text):
            in_section = True
            out.append(block.with_kind(BlockKind.BOILERPLATE))
            continue
        if in_section and (
            block.kind is BlockKind.HEADING or len(block.text) > MAX_SECTION_ITEM_CHARS
        ):
            in_section = False
        if in_section or is_boilerplate(block.text):
            out.append(block.with_kind(BlockKind.BOILERPLATE))
        else:
            out.append(block)
    return out


def _is_plain_line(block: RawBlock, max_chars: int) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
        and "\n" not in block.text
        and len(block.text) <= max_chars
    )


def _content_indexes(blocks: list[RawBlock]) -> list[int]:
    return [i for i, b in enumerate(blocks) if b.kind is not BlockKind.BOILERPLATE]


def choose_title(blocks: list[RawBlock], meta_title: str | None) -> tuple[list[RawBlock], str]:
    """Mark the title block; returns the blocks and the article title.

    Metadata wins (an HTML page's headline). Otherwise the first heading or a short
    first line is the title. When metadata names a title the body lacks, a title block is
    inserted so the headline, which often carries the strongest claim, is analysed too.
    """
    content = _content_indexes(blocks)
    meta = " ".join(meta_title.split()) if meta_title else ""
    if meta:
        key = title_key(meta)
        for i in content[:4]:
            block_key = title_key(blocks[i].text)
            if block_key and (block_key == key or key.startswith(block_key + " ")):
                blocks[i] = blocks[i].with_kind(BlockKind.TITLE)
                return blocks, blocks[i].text.replace("\n", " ")
        at = content[0] if content else 0
        blocks.insert(at, RawBlock(BlockKind.TITLE, meta))
        return blocks, meta
    if not content:
        return blocks, _fallback_title(blocks)
    first = blocks[content[0]]
    if first.kind is BlockKind.HEADING or (
        _is_plain_line(first, 200) and not first.text.endswith(".") and len(content) > 1
    ):
        blocks[content[0]] = first.with_kind(BlockKind.TITLE)
        return blocks, first.text
    return blocks, _fallback_title(blocks)


def _fallback_title(blocks: list[RawBlock]) -> str:
    """First heading, else the first line shortened at a word boundary."""
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            return block.text.replace("\n", " ")
    if not blocks:
        return ""
    line = blocks[0].text.split("\n", 1)[0]
    if len(line) <= 80:
        return line
    cut = line[:80].rsplit(" ", 1)[0] or line[:80]
    return cut.rstrip(" ,;:-") + "…"


def mark_duplicate_titles(blocks: list[RawBlock], title: str) -> list[RawBlock]:
    """Later copies of the headline are kept (no text is lost) as headings."""
    key = title_key(title)
    seen_title = False
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.TITLE and not seen_title:
            seen_title = True
            continue
        if (
            seen_title
            and block.kind in (BlockKind.PARAGRAPH, BlockKind.TITLE, BlockKind.HEADING)
            and title_key(block.text) == key
        ):
            blocks[i] = block.with_kind(BlockKind.HEADING)
    return blocks


def mark_plain_headings(blocks: list[RawBlock]) -> list[RawBlock]:
    """Short one-line paragraphs without closing punctuation, followed by more text,
    are subheadings in plain text ("Military Alliances and Nuclear Threats")."""
    for i, block in enumerate(blocks[:-1]):
        if block.kind is not BlockKind.PARAGRAPH or "\n" in block.text:
            continue
        text = block.text
        words = text.split()
        if (
            len(text) <= MAX_PLAIN_HEADING_CHARS
            and 1 <= len(words) <= 12
            and (text[0].isupper() or text[0].isdigit())
            and _NO_END_PUNCT.fullmatch(text)
            and blocks[i + 1].kind is not BlockKind.BOILERPLATE
        ):
            blocks[i] = block.with_kind(BlockKind.HEADING)
    return blocks


def mark_teaser(blocks: list[RawBlock], meta_description: str | None) -> list[RawBlock]:
    """The first content paragraph after the title is a teaser when it is short and
    standalone (not a dateline lede), or the page marks or describes it as one."""
    title_at = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.TITLE), None)
    if title_at is None:
        return blocks
    rest = [i for i in _content_indexes(blocks) if i > title_at]
    if len(rest) < 2:
        return blocks
    i = rest[0]
    block = blocks[i]
    if block.kind is not BlockKind.PARAGRAPH:
        return blocks
    described = bool(meta_description) and title_key(block.text) == title_key(
        meta_description or ""
    )
    short = len(block.text) <= MAX_TEASER_CHARS and not _DATELINE.match(block.text)
    if block.hints & _TEASER_HINTS or described or short:
        blocks[i] = block.with_kind(BlockKind.TEASER)
    return blocks


def classify(
    blocks: list[RawBlock],
    meta_title: str | None = None,
    meta_description: str | None = None,
    plain_headings: bool = True,
) -> Structured:
    """Run the rules in order; each one only refines what the previous ones left."""
    blocks = split_boilerplate_lines(blocks)
    blocks = mark_boilerplate(blocks)
    blocks, title = choose_title(blocks, meta_title)
    blocks = mark_duplicate_titles(blocks, title)
    if plain_headings:
        blocks = mark_plain_headings(blocks)
    blocks = mark_teaser(blocks, meta_description)
    return Structured(blocks, title)
