"""Plain text: paragraphs are separated by blank lines.

Inside a paragraph, line breaks are kept (a hard-wrapped file keeps its lines, so offsets
still map to what the user sees). Lines starting with a bullet or ``>`` become list items
or quotes, and a line underlined with ``===``/``---`` is a heading, as people type them.
"""

from __future__ import annotations

import re

from factcheck_app.ingest.blocks import RawBlock, raw
from factcheck_app.ingest.normalize import normalize_text
from factcheck_app.models import BlockKind

_BULLET = re.compile(r"^\s*[-*•‣▪–]\s+(?=\S)")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
_QUOTE = re.compile(r"^\s*>\s?")
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_RULE = re.compile(r"^\s*(?:[-*_=~#]\s*){3,}$")


def parse_text(text: str) -> list[RawBlock]:
    """Raw blocks of a plain-text document."""
    out: list[RawBlock] = []
    for para in normalize_text(text).split("\n\n"):
        out.extend(_paragraph_blocks(para.split("\n")))
    return out


def _paragraph_blocks(lines: list[str]) -> list[RawBlock]:
    if len(lines) == 2 and _UNDERLINE.match(lines[1]) and lines[0].strip():
        block = raw(BlockKind.HEADING, lines[0], level=1 if "=" in lines[1] else 2)
        return [block] if block else []
    out: list[RawBlock] = []
    pending: list[str] = []
    pending_kind = BlockKind.PARAGRAPH

    def flush() -> None:
        if pending:
            block = raw(pending_kind, "\n".join(pending))
            if block:
                out.append(block)
            pending.clear()

    for index, line in enumerate(lines):
        if _RULE.match(line):
            flush()
            continue
        # A bullet only starts an item at the top of a paragraph or inside a list, so a
        # wrapped line beginning "- and then" or "5. März" stays in its paragraph.
        in_list = index == 0 or pending_kind is BlockKind.LIST_ITEM
        bullet = _BULLET.match(line) if in_list else None
        if bullet or (in_list and _NUMBERED.match(line)):
            flush()
            pending_kind = BlockKind.LIST_ITEM
            # Symbol bullets are markup; numbers are kept (they may be content).
            pending.append(line[bullet.end() :] if bullet else line)
            continue
        quote = _QUOTE.match(line)
        if quote:
            if pending_kind is not BlockKind.QUOTE:
                flush()
            pending_kind = BlockKind.QUOTE
            pending.append(line[quote.end() :])
            continue
        if pending_kind is BlockKind.QUOTE or (
            pending_kind is BlockKind.LIST_ITEM and not line.startswith((" ", "\t"))
        ):
            flush()
            pending_kind = BlockKind.PARAGRAPH
        pending.append(line)
    flush()
    return out
