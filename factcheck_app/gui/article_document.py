"""Builds the read-only article document: block styles once, then highlights in one edit.

The document's plain text is exactly the article text (``setPlainText``), so a UTF-16
position in the document is the UTF-16 offset into the article; ``offsets.Utf16Map``
converts. Highlights are flattened into disjoint runs (``highlight_runs``) and merged into
the character formats, one merge per run, inside a single edit block, before the document
is given to the widget (so it is laid out once); ``bench/bench_gui.py`` compares this with
plain text and with ExtraSelections.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

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
from factcheck_app.gui.highlight_runs import Run, Span, highlight_runs, layers
from factcheck_app.gui.offsets import Utf16Map
from factcheck_app.models import Article, Assertion, BlockKind, Category, Lifecycle

#: A line break followed by another or by the end: the next line is empty, and
#: QTextDocument.setPlainText makes an empty block of it (found in C, not block by block).
_BREAK_BEFORE_EMPTY = re.compile("[\n\r\u2029](?=[\n\r\u2029]|\\Z)")


def _empty_lines(text: str) -> list[int]:
    """Code-point offsets of the empty lines of ``text``."""
    first = [0] if not text or text[0] in "\n\r\u2029" else []
    return first + [m.end() for m in _BREAK_BEFORE_EMPTY.finditer(text)]


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
    fill_document(doc, article, (), text_map, pal, base_size)
    return doc


def fill_document(
    doc: QTextDocument,
    article: Article,
    assertions: Sequence[Assertion],
    text_map: Utf16Map,
    pal: QPalette,
    base_size: float,
) -> list[Span]:
    """Replace what ``doc`` holds with the article, its block styles and its highlights."""
    return paint_document(doc, article, assertions, text_map, pal, base_size)[1]


def paint_document(
    doc: QTextDocument,
    article: Article,
    assertions: Sequence[Assertion],
    text_map: Utf16Map,
    pal: QPalette,
    base_size: float,
) -> tuple[list[Run], list[Span]]:
    """``fill_document``, also returning the runs painted (for ``repaint_highlights``).

    Everything happens in one edit block, so a document already shown in a widget is laid
    out once, for the finished text, rather than after every format change; refilling the
    widget's own document also spares the set-up a new document costs in ``setDocument``.
    """
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(16)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    doc.setPlainText(article.text)
    _format_blocks(cursor, article, text_map, pal, base_size)
    runs, spans = _paint_highlights(cursor, assertions, text_map, pal) if assertions else ([], [])
    cursor.endEditBlock()
    return runs, spans


def repaint_highlights(
    doc: QTextDocument,
    old_runs: Sequence[Run],
    assertions: Sequence[Assertion],
    text_map: Utf16Map,
    pal: QPalette,
) -> tuple[list[Run], list[Span]]:
    """New highlights on a document ``paint_document`` filled: only where runs changed.

    A keep or dismiss changes one span of an article with hundreds: the stretches whose
    run code differs are stripped of highlight properties (fragment by fragment, so the
    block styles stay) and the new runs are merged there; the rest is not touched, and
    only the changed lines are laid out again.
    """
    runs, spans = highlight_runs(assertions, text_map)
    dirty = changed_ranges(old_runs, runs)
    if not dirty:
        return runs, spans
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    keep = QTextCursor.MoveMode.KeepAnchor
    for start, end in dirty:
        _strip_highlights(doc, cursor, start, end)
    formats: dict[int, QTextCharFormat] = {}
    for run_start, run_end, code in runs:
        for start, end in _overlaps(dirty, run_start, run_end):
            fmt = formats.get(code)
            if fmt is None:
                fmt = formats[code] = run_format(code, pal)
            cursor.setPosition(start)
            cursor.setPosition(end, keep)
            cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()
    return runs, spans


_HIGHLIGHT_PROPERTIES = (
    QTextFormat.Property.BackgroundBrush,
    QTextFormat.Property.TextUnderlineStyle,
    QTextFormat.Property.TextUnderlineColor,
    QTextFormat.Property.FontUnderline,
)


def _strip_highlights(doc: QTextDocument, cursor: QTextCursor, start: int, end: int) -> None:
    """Remove the highlight properties in [start, end) and nothing else."""
    keep = QTextCursor.MoveMode.KeepAnchor
    block = doc.findBlock(start)
    pieces: list[tuple[int, int, QTextCharFormat]] = []
    while block.isValid() and block.position() < end:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            f_start, f_end = fragment.position(), fragment.position() + fragment.length()
            lo, hi = max(start, f_start), min(end, f_end)
            if lo < hi:
                fmt = fragment.charFormat()
                if any(fmt.hasProperty(p) for p in _HIGHLIGHT_PROPERTIES):
                    for prop in _HIGHLIGHT_PROPERTIES:
                        fmt.clearProperty(prop)
                    pieces.append((lo, hi, fmt))
            it += 1
        block = block.next()
    for lo, hi, fmt in pieces:
        cursor.setPosition(lo)
        cursor.setPosition(hi, keep)
        cursor.setCharFormat(fmt)


def changed_ranges(old: Sequence[Run], new: Sequence[Run]) -> list[tuple[int, int]]:
    """The stretches (UTF-16) where two run lists paint differently, merged, in order."""
    points = sorted({p for r in (*old, *new) for p in (r[0], r[1])})
    ranges: list[tuple[int, int]] = []
    i = j = 0
    for lo, hi in pairwise(points):
        while i < len(old) and old[i][1] <= lo:
            i += 1
        while j < len(new) and new[j][1] <= lo:
            j += 1
        a = old[i][2] if i < len(old) and old[i][0] <= lo else 0
        b = new[j][2] if j < len(new) and new[j][0] <= lo else 0
        if a != b:
            if ranges and ranges[-1][1] == lo:
                ranges[-1] = (ranges[-1][0], hi)
            else:
                ranges.append((lo, hi))
    return ranges


def _overlaps(ranges: Sequence[tuple[int, int]], start: int, end: int) -> Iterable[tuple[int, int]]:
    for lo, hi in ranges:
        if lo < end and start < hi:
            yield max(lo, start), min(hi, end)


def _format_blocks(
    cursor: QTextCursor, article: Article, text_map: Utf16Map, pal: QPalette, base_size: float
) -> None:
    formats = _block_formats(base_size, pal)
    keep = QTextCursor.MoveMode.KeepAnchor
    # lines between article blocks are separators: keep them, but only a little space
    gap = QTextBlockFormat()
    gap.setLineHeight(6, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    gap_chars = QTextCharFormat()
    gap_chars.setFontPointSize(max(1.0, base_size * 0.5))
    for line in _empty_lines(article.text):
        cursor.setPosition(text_map.to_utf16(line))
        cursor.setBlockFormat(gap)
        cursor.setBlockCharFormat(gap_chars)
    for art_block in article.blocks:
        bf, cf = formats.get(art_block.kind, formats[BlockKind.PARAGRAPH])
        cursor.setPosition(text_map.to_utf16(art_block.start))
        cursor.setPosition(text_map.to_utf16(art_block.end), keep)
        cursor.mergeBlockFormat(bf)
        cursor.mergeCharFormat(cf)


def _paint_highlights(
    cursor: QTextCursor, assertions: Sequence[Assertion], text_map: Utf16Map, pal: QPalette
) -> tuple[list[Run], list[Span]]:
    """One format merge per disjoint run (see ``highlight_runs``), not per assertion."""
    runs, spans = highlight_runs(assertions, text_map)
    formats: dict[int, QTextCharFormat] = {}
    move, merge = cursor.setPosition, cursor.mergeCharFormat
    keep = QTextCursor.MoveMode.KeepAnchor
    for start16, end16, code in runs:
        fmt = formats.get(code)
        if fmt is None:
            fmt = formats[code] = run_format(code, pal)
        move(start16)
        move(end16, keep)
        merge(fmt)
    return runs, spans


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
        if str(a.category) not in hidden and a.status is not Lifecycle.DISMISSED
    ]


def run_format(code: int, pal: QPalette) -> QTextCharFormat:
    """What a run looks like: the fill of its top filled category, the line of its top cue.

    Made once per run code and palette (fills are blended from the palette's base): every
    article open asks for the same few dozen formats again."""
    key = (code, pal.cacheKey())
    made = _RUN_FORMATS.get(key)
    if made is None:
        if len(_RUN_FORMATS) > 512:  # palettes come and go (theme switches): stay small
            _RUN_FORMATS.clear()
        made = _RUN_FORMATS[key] = _make_run_format(code, pal)
    return QTextCharFormat(made)


_RUN_FORMATS: dict[tuple[int, int], QTextCharFormat] = {}


def _make_run_format(code: int, pal: QPalette) -> QTextCharFormat:
    fill, line = layers(code)
    fmt = highlight_format(fill, pal) if fill is not None else QTextCharFormat()
    if line is not None:
        underline = cue_format(line)
        fmt.setUnderlineStyle(underline.underlineStyle())
        fmt.setUnderlineColor(underline.underlineColor())
    return fmt


def mark_format(category: str, pal: QPalette) -> QTextCharFormat:
    """The selected assertion: a strong fill and an outline-like overline + underline."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(palette.fill(category, pal, strong=True)))
    fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    fmt.setFontUnderline(True)
    fmt.setUnderlineColor(palette.colour(category))
    fmt.setFontOverline(True)
    return fmt
