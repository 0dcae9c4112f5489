"""PDF documents: the text layer, page by page, as blocks that remember their page.

pypdfium2 (PDFium, the engine of Chrome's viewer) reads the text layer in reading order.
A PDF has no paragraphs, only lines, so lines are joined into paragraphs: a blank line
ends one, and so does a line that ends a sentence while being clearly shorter than the
page's usual line. Words hyphenated across lines are joined. A line repeated at the top
or bottom of most pages (running header, "Page 3 of 9") is kept but marked boilerplate.

A PDF without a text layer is a scan: it is refused with a message that says so, since
analysing nothing would look like a clean bill of health.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from factcheck_app.i18n import N_
from factcheck_app.ingest.blocks import BlockBuilder
from factcheck_app.ingest.errors import IngestError
from factcheck_app.language import detect_language
from factcheck_app.models import Block, BlockKind, ParsedArticle

#: Fewer visible characters than this per page on average means no usable text layer.
MIN_CHARS_PER_PAGE = 20
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|seite|p\.|s\.)\s*)?\d{1,4}(?:\s*(?:/|of|von)\s*\d{1,4})?\s*$", re.I
)
_SENTENCE_END = re.compile(r"[.!?:…\"”“»«)]\s*$")
_BULLET = re.compile(r"^\s*(?:[•◦▪‣∙·\-–*]|\d{1,3}[.)])\s+")
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?")


def parse_pdf(data: bytes, source_name: str | None = None) -> ParsedArticle:
    """Blocks with page numbers; raises IngestError for encrypted, broken or scanned PDFs."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise _load_error(str(err)) from None
    try:
        pages = [_page_text(document, index) for index in range(len(document))]
        meta = _metadata(document)
    except pdfium.PdfiumError as err:
        raise IngestError(N_("This PDF is damaged and cannot be read ({why})"), why=err) from None
    finally:
        document.close()
    if not pages:
        raise IngestError(N_("This PDF has no pages"))
    visible = sum(len("".join(text.split())) for text in pages)
    if visible < MIN_CHARS_PER_PAGE * len(pages) / 2 or visible < MIN_CHARS_PER_PAGE:
        raise IngestError(
            N_(
                "This PDF has no text layer (it looks like a scan or a picture); "
                "run text recognition (OCR) on it first, then import the result"
            )
        )
    paged = [(number, _paragraphs(text)) for number, text in enumerate(pages, start=1)]
    furniture = _running_lines(paged)
    body = "\n".join(p for _, paras in paged for p in paras if p not in furniture)
    builder = BlockBuilder(detect_language(body))
    title = meta.get("title") or ""
    blocks: list[Block] = []
    for number, paras in paged:
        for para in paras:
            kind = _kind(para, furniture, number, not blocks and not title)
            block = builder.add(
                kind, _BULLET.sub("", para) if kind is BlockKind.LIST_ITEM else para
            )
            if block is not None:
                blocks.append(replace(block, page=number))
            if kind is BlockKind.TITLE and not title:
                title = builder.contents[-1] if block is not None else ""
    if not any(b.kind is not BlockKind.BOILERPLATE for b in blocks):
        raise IngestError(N_("No article text found in this PDF"))
    return ParsedArticle(
        title=title or (source_name or "Untitled PDF"),
        text=builder.text,
        blocks=tuple(blocks),
        byline=meta.get("author"),
        published=meta.get("created"),
        modified=meta.get("modified"),
        source_name=source_name,
        source_format="pdf",
    )


def _load_error(message: str) -> IngestError:
    lowered = message.lower()
    if "password" in lowered or "security" in lowered:
        return IngestError(
            N_(
                "This PDF is encrypted (password-protected); open it in a PDF viewer, "
                "save an unprotected copy and import that"
            )
        )
    if "format" in lowered or "file" in lowered:
        return IngestError(
            N_("This file is not a readable PDF (it is damaged or not a PDF at all)")
        )
    return IngestError(N_("This PDF cannot be read ({why})"), why=message)


def _page_text(document, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return _spaced_lines(textpage) or str(textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()


def _spaced_lines(textpage) -> str:
    """The page's lines, with a blank line where the vertical gap marks a new paragraph.

    A PDF has no paragraph marks, only positioned text; PDFium's text rectangles give
    each line's box, and a gap clearly wider than the page's usual line spacing is
    where one paragraph ends.
    """
    lines: list[list[float | str]] = []  # [top, bottom, text]
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = str(textpage.get_text_bounded(left, bottom, right, top)).strip()
        if not text:
            continue
        if lines and abs(float(lines[-1][1]) - bottom) < max(1.0, (top - bottom) / 2):
            lines[-1][2] = f"{lines[-1][2]} {text}"
        else:
            lines.append([top, bottom, text])
    if not lines:
        return ""
    gaps = [float(a[1]) - float(b[0]) for a, b in pairwise(lines)]
    positive = sorted(g for g in gaps if g >= 0)
    usual = positive[len(positive) // 4] if positive else 0.0  # most gaps are line gaps
    heights = sorted(float(t) - float(b) for t, b, _ in lines)
    height = heights[len(heights) // 2]
    out = [str(lines[0][2])]
    for gap, line in zip(gaps, lines[1:], strict=True):
        if gap < 0 or gap > max(usual * 1.6, usual + height * 0.5):
            out.append("")  # a new column, or a paragraph gap
        out.append(str(line[2]))
    return "\n".join(out)


def _paragraphs(text: str) -> list[str]:
    """Lines joined into paragraphs (see the module docstring for the rules)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    usual = lengths[len(lengths) * 3 // 4] if lengths else 0
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            paragraphs.append(" ".join(current).strip())
            current.clear()

    for line in lines:
        if not line:
            close()
            continue
        if _BULLET.match(line) or _PAGE_NUMBER.match(line):
            close()
            current.append(line)
            if _PAGE_NUMBER.match(line):
                close()
            continue
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line
        else:
            current.append(line)
        short = len(line) < usual * 0.8
        if short and (_SENTENCE_END.search(line) or len(line) < usual * 0.6):
            close()  # the last line of a paragraph is short; a heading is shorter still
    close()
    return [p for p in paragraphs if p]


def _running_lines(paged: list[tuple[int, list[str]]]) -> frozenset[str]:
    """Paragraphs that open or close most pages: running headers and footers."""
    if len(paged) < 3:
        return frozenset(p for _, paras in paged for p in paras if _PAGE_NUMBER.match(p))
    edges: Counter[str] = Counter()
    for _, paras in paged:
        for para in {*paras[:1], *paras[-1:]}:
            edges[re.sub(r"\d+", "#", para)] += 1
    repeated = {key for key, count in edges.items() if count >= len(paged) * 2 / 3}
    return frozenset(
        p
        for _, paras in paged
        for p in paras
        if re.sub(r"\d+", "#", p) in repeated or _PAGE_NUMBER.match(p)
    )


def _kind(para: str, furniture: frozenset[str], page: int, first: bool) -> BlockKind:
    if para in furniture:
        return BlockKind.BOILERPLATE
    if first and page == 1 and len(para) <= 150 and not para.endswith("."):
        return BlockKind.TITLE
    if _BULLET.match(para):
        return BlockKind.LIST_ITEM
    if len(para) <= 80 and not _SENTENCE_END.search(para) and para[:1].isupper():
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _metadata(document) -> dict[str, str]:
    try:
        raw = document.get_metadata_dict(skip_empty=True)
    except Exception:  # metadata is optional; a broken info dict must not stop the import
        return {}
    found: dict[str, str] = {}
    if raw.get("Title", "").strip():
        found["title"] = " ".join(raw["Title"].split())
    if raw.get("Author", "").strip():
        found["author"] = " ".join(raw["Author"].split())
    for key, name in (("CreationDate", "created"), ("ModDate", "modified")):
        date = _pdf_date(raw.get(key, ""))
        if date:
            found[name] = date
    return found


def _pdf_date(value: str) -> str | None:
    """``D:20240131120000+01'00'`` -> ``2024-01-31`` (the day is what a report needs)."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"
