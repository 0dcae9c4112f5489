"""Markdown via markdown-it-py's token stream: blocks from block tokens, plain text from
inline tokens.

The canonical text is the *rendered* plain text: ``**``, ``##``, link targets and inline
HTML tags are markup, not content. Soft and hard line breaks are kept as ``\\n`` so a
paragraph that glues two unrelated lines together (a site's transparency note above a
teaser) can still be split by :mod:`.structure`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from factcheck_app.ingest.blocks import RawBlock, raw
from factcheck_app.models import BlockKind

_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def inline_text(token: Token) -> str:
    """Plain text of an inline token: text, code and image alt; markup dropped."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content or "")
        elif child.type == "html_inline" and _BR_TAG.fullmatch(child.content.strip()):
            parts.append("\n")
    return "".join(parts)


def parse_markdown(text: str) -> list[RawBlock]:
    """Raw blocks of a Markdown document."""
    from factcheck_app.ingest.html import fragment_blocks

    tokens = _parser().parse(text)
    out: list[RawBlock] = []
    quote_depth = 0
    list_depth = 0
    cell_depth = 0
    heading_level = 0

    def add(kind: BlockKind, content: str, level: int = 0) -> None:
        block = raw(kind, content, level)
        if block:
            out.append(block)

    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "list_item_open":
            list_depth += 1
        elif kind == "list_item_close":
            list_depth -= 1
        elif kind in ("th_open", "td_open"):
            cell_depth += 1
        elif kind in ("th_close", "td_close"):
            cell_depth -= 1
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "inline":
            content = inline_text(token)
            if heading_level:
                add(BlockKind.HEADING, content, heading_level)
            elif cell_depth:
                add(BlockKind.TABLE_CELL, content)
            elif list_depth:
                add(BlockKind.LIST_ITEM, content)
            elif quote_depth:
                add(BlockKind.QUOTE, content)
            else:
                add(BlockKind.PARAGRAPH, content)
        elif kind in ("fence", "code_block"):
            add(BlockKind.QUOTE if quote_depth else BlockKind.PARAGRAPH, token.content)
        elif kind == "html_block":
            out.extend(fragment_blocks(token.content))
    return out
