"""Builds the read-only article document: block styles once, then highlights in one edit.

The document's plain text is exactly the article text (``setPlainText``), so a UTF-16
position in the document is the UTF-16 offset into the article; ``offsets.Utf16Map``
converts. Highlights are merged into the character formats inside a single edit block;
``bench/bench_gui.py`` compares this with ExtraSelections (see the numbers there).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from factcheck_app.gui import palette
from factcheck_app.gui.offsets import Utf16Map
from factcheck_app.models import Article, Assertion, BlockKind, Category, ReviewState

#: Most important first: where spans coincide, the first of these is painted on top.
PRIORITY: tuple[Category, ...] = (
    Category.NO_EVIDENCE,
    Category.DISPUTED,
    Category.VAGUE_SOURCE,
    Category.HEDGED,
    Category.UNSOURCED_CLAIM,
    Category.SOURCED,
)


@dataclass(frozen=True)
class Span:
    """A painted highlight in UTF-16 positions, for hit tests and the selection mark."""

    assertion_id: str
    category: str
    start16: int
    end16: int


def _block_formats(
    base_size: float, pal: QPalette
) -> dict[BlockKind, tuple[QTextBlockFormat, QTextCharFormat]]:
    def make(
        size: float = 1.0,
        bold: bool = False,
        italic: bool = False,
        top: float = 0,
        bottom: float = 0,
        indent: int = 0,
        colour: QColor | None = None,
    ) -> tuple[QTextBlockFormat, QTextCharFormat]:
        bf = QTextBlockFormat()
        bf.setTopMargin(top)
        bf.setBottomMargin(bottom)
        bf.setIndent(indent)
        bf.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cf = QTextCharFormat()
        cf.setFontPointSize(base_size * size)
        if bold:
            cf.setFontWeight(QFont.Weight.Bold)
        cf.setFontItalic(italic)
        if colour is not None:
            cf.setForeground(QBrush(colour))
        return bf, cf

    dim = pal.color(QPalette.ColorRole.PlaceholderText)
    return {
        BlockKind.TITLE: make(1.6, bold=True, bottom=6),
        BlockKind.TEASER: make(1.1, italic=True, bottom=4),
        BlockKind.HEADING: make(1.2, bold=True, top=8, bottom=2),
        BlockKind.PARAGRAPH: make(),
        BlockKind.QUOTE: make(italic=True, indent=1),
        BlockKind.LIST_ITEM: make(indent=1),
        BlockKind.TABLE_CELL: make(0.95, indent=1),
        BlockKind.BOILERPLATE: make(0.85, colour=dim),
    }


def build_document(
    article: Article, text_map: Utf16Map, pal: QPalette, base_size: float
) -> QTextDocument:
    """The article laid out by its blocks, without highlights."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(16)
    doc.setPlainText(article.text)
    formats = _block_formats(base_size, pal)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    # lines between article blocks are separators: keep them, but only a little space
    gap = QTextBlockFormat()
    gap.setLineHeight(6, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    gap_chars = QTextCharFormat()
    gap_chars.setFontPointSize(max(1.0, base_size * 0.5))
    block = doc.begin()
    while block.isValid():
        if block.length() <= 1:
            cursor.setPosition(block.position())
            cursor.setBlockFormat(gap)
            cursor.setBlockCharFormat(gap_chars)
        block = block.next()
    for art_block in article.blocks:
        bf, cf = formats.get(art_block.kind, formats[BlockKind.PARAGRAPH])
        cursor.setPosition(text_map.to_utf16(art_block.start))
        cursor.setPosition(text_map.to_utf16(art_block.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeBlockFormat(bf)
        cursor.mergeCharFormat(cf)
    cursor.endEditBlock()
    return doc


def highlight_format(category: Category | str, pal: QPalette) -> QTextCharFormat:
    style = palette.STYLES[Category(category)]
    fmt = QTextCharFormat()
    if style.fill:
        fmt.setBackground(QBrush(palette.fill(category, pal)))
    else:
        fmt.setUnderlineStyle(style.underline)
        fmt.setUnderlineColor(palette.colour(category))
    return fmt


def cue_format(category: Category | str) -> QTextCharFormat:
    style = palette.STYLES[Category(category)]
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style.underline)
    fmt.setUnderlineColor(palette.colour(category))
    return fmt


def visible_assertions(assertions: Iterable[Assertion], hidden: Iterable[str]) -> list[Assertion]:
    """What gets painted: shown categories, not dismissed by the checker."""
    hidden = set(hidden)
    return [
        a
        for a in assertions
        if str(a.category) not in hidden and a.review is not ReviewState.DISMISSED
    ]


def apply_highlights(
    doc: QTextDocument,
    assertions: Sequence[Assertion],
    text_map: Utf16Map,
    pal: QPalette,
) -> list[Span]:
    """Merge one format per assertion (longest first, so nested ones stay visible)."""
    spans: list[Span] = []
    fills = {c: highlight_format(c, pal) for c in palette.STYLES}
    cues = {c: cue_format(c) for c in palette.STYLES}
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    # longest first so nested spans stay visible; on equal spans the weightier category wins
    ordered = sorted(assertions, key=lambda a: (a.start - a.end, -PRIORITY.index(a.category)))
    for a in ordered:
        start16, end16 = text_map.to_utf16(a.start), text_map.to_utf16(a.end)
        cursor.setPosition(start16)
        cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fills[Category(a.category)])
        if a.cue_start is not None and a.cue_end is not None and palette.STYLES[a.category].fill:
            cursor.setPosition(text_map.to_utf16(a.cue_start))
            cursor.setPosition(text_map.to_utf16(a.cue_end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(cues[Category(a.category)])
        spans.append(Span(a.id, str(a.category), start16, end16))
    cursor.endEditBlock()
    spans.sort(key=lambda s: (s.start16, s.end16))
    return spans


def mark_format(category: str, pal: QPalette) -> QTextCharFormat:
    """The selected assertion: a strong fill and an outline-like overline + underline."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(palette.fill(category, pal, strong=True)))
    fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    fmt.setFontUnderline(True)
    fmt.setUnderlineColor(palette.colour(category))
    fmt.setFontOverline(True)
    return fmt
