"""The PDF report: the print flavour of the HTML report laid out by QTextDocument.

This is the only module outside ``gui/`` that imports Qt, and it is imported lazily by
``export.render`` only when a PDF is asked for. It needs a QGuiApplication for fonts and
makes an offscreen one when none exists, so the CLI prints without a display. The fonts
shipped in ``resources/fonts`` are registered and named first in every font stack, so the
report looks the same on every machine and Qt embeds them (as TrueType subsets).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from factcheck_app.export.html import render_body
from factcheck_app.export.labels import words
from factcheck_app.export.model import PageSize, Report
from factcheck_app.export.pdf_meta import Mark, finish_pdf, metadata
from factcheck_app.paths import resource_path
from factcheck_app.urlpolicy import neutral_text

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
BODY_POINTS = 10
MARGINS_MM = QMarginsF(18, 16, 18, 16)
#: Lines of a section that must share the page with its heading ("keep with next").
KEEP_WITH_HEADING_LINES = 3
#: Whole-document re-layouts at most while keeping headings with their sections.
MAX_KEEP_PASSES = 3
LATIN_FAMILY = "Noto Sans"
KOREAN_FAMILY = "NanumGothic"

_app: QGuiApplication | None = None
_families: list[str] | None = None

_PRINT_CSS = f"""
h1 {{ font-size: 17pt; margin-bottom: 4px; }}
h2 {{ font-size: 13pt; margin-top: 14px; margin-bottom: 4px; color: #333333; }}
h3 {{ font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }}
p {{ margin-top: 2px; margin-bottom: 6px; }}
blockquote {{ margin-left: 14px; color: #333333; }}
a {{ color: #1f4e79; text-decoration: none; }}
body {{ font-size: {BODY_POINTS}pt; }}
"""


def ensure_application() -> QGuiApplication:
    """The running Qt application, or an offscreen one for headless use."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        _app = QGuiApplication(["factcheck", "-platform", "offscreen"])
        app = _app
    return app  # type: ignore[return-value]


def report_families() -> list[str]:
    """Register the shipped fonts once; the families to use, Latin first, then Korean."""
    global _families
    if _families is None:
        ensure_application()
        loaded: set[str] = set()
        for path in sorted(resource_path("fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                loaded.update(QFontDatabase.applicationFontFamilies(font_id))
        _families = [f for f in (LATIN_FAMILY, KOREAN_FAMILY) if f in loaded] or [LATIN_FAMILY]
    return _families


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(report_families())
    font.setPointSizeF(points)
    font.setBold(bold)
    # No "fi"/"fl" ligatures: text copied or searched in the PDF must match the article.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _writer(path: Path, report: Report) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    size = (
        QPageSize.PageSizeId.Letter
        if report.options.page_size is PageSize.LETTER
        else QPageSize.PageSizeId.A4
    )
    writer.setPageSize(QPageSize(size))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    meta = metadata(report)
    writer.setTitle(meta.title)
    writer.setAuthor(meta.author)
    writer.setCreator(meta.creator)
    if report.options.pdf_a:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    return writer


def _marks(doc: QTextDocument, page_height: float) -> list[Mark]:
    """Every named anchor of the document with the page it lands on, for bookmarks."""
    layout = doc.documentLayout()
    found: list[Mark] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                for name in fragment.charFormat().anchorNames():
                    top = layout.blockBoundingRect(block).top()
                    found.append(Mark(name, int(top // page_height)))
            it += 1
        block = block.next()
    return found


def build_document(report: Report, writer: QPdfWriter, body: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_font(BODY_POINTS))
    families = ", ".join(f"'{f}'" for f in report_families())
    doc.setDefaultStyleSheet(_PRINT_CSS + f"body {{ font-family: {families}; }}")
    doc.setHtml(f"<body>{render_body(report, for_print=True)}</body>")
    doc.setPageSize(body)
    keep_headings_with_next(doc, body.height())
    return doc


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> int:
    """Start a new page at every heading that would end one without its section (Qt has
    no "keep with next"); returns how many headings moved.

    One pass from the top: each run of headings is measured on the layout the earlier
    moves produced (a page break makes what follows independent of what came before).
    After a move the rest is marked dirty, because Qt's own re-layout after an edit lays
    blocks inside frames out at screen resolution, not the printer's. Each move costs a
    re-layout of the rest of the document: nothing on an ordinary report, about 9 s more
    on the 228-page benchmark report that moves 141 headings.
    """
    brk = QTextBlockFormat()
    brk.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    moved = 0
    for _attempt in range(MAX_KEEP_PASSES):
        changed = False
        for first, follower in _heading_runs(doc):
            if _orphaned(doc, first, follower, page_height):
                QTextCursor(first).mergeBlockFormat(brk)
                start = first.position()
                doc.markContentsDirty(start, doc.characterCount() - start)
                moved += 1
                changed = True
        if not changed:
            break
    return moved


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def first_orphaned_heading(doc: QTextDocument, page_height: float) -> int | None:
    """The number (in document order) of the first run of headings that would end a
    page with nothing of its section under it, or None.

    A run of headings ("Claims" then "[1] Vague source") moves as one; it is orphaned when
    the first :data:`KEEP_WITH_HEADING_LINES` lines of what follows it fall on a later
    page. A heading at the top of a page is never one.
    """
    for number, (first, follower) in enumerate(_heading_runs(doc)):
        if _orphaned(doc, first, follower, page_height):
            return number
    return None


def _heading_runs(doc: QTextDocument) -> list[tuple[QTextBlock, QTextBlock]]:
    """Each run of consecutive headings as (its first heading, the block after the run)."""
    runs = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() <= 0:
            block = block.next()
            continue
        follower = block.next()
        while follower.isValid() and follower.blockFormat().headingLevel() > 0:
            follower = follower.next()
        if not follower.isValid():
            break
        runs.append((block, follower))
        block = follower
    return runs


def _orphaned(
    doc: QTextDocument, first: QTextBlock, follower: QTextBlock, page_height: float
) -> bool:
    layout = doc.documentLayout()
    top = layout.blockBoundingRect(first).top()
    page = int(top // page_height)
    start = layout.blockBoundingRect(follower).top()  # lays the follower out first
    lines = follower.layout()
    shown = min(KEEP_WITH_HEADING_LINES, lines.lineCount())
    end = start + sum(lines.lineAt(i).height() for i in range(shown))
    return end > (page + 1) * page_height and top - page * page_height >= 1


def write_pdf(report: Report, path: Path) -> Path:
    """Lay the report out with Qt, then add what Qt cannot write (bookmarks, subject,
    keywords, /Lang, the attached JSON) with pypdf."""
    ensure_application()
    writer = _writer(path, report)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    dots = RESOLUTION / 72  # device pixels per point
    header_h = 18 * dots
    footer_h = 16 * dots
    body = QSizeF(page.width(), page.height() - header_h - footer_h)
    doc = build_document(report, writer, body)
    pages = doc.pageCount()
    # bidi overrides in a title must not reverse the running header: neutralised, elided
    header_left = neutral_text(report.title, 80)
    _ = words(report)
    header_right = "" + _("Fact-check report") + f" · {_.date(report.generated_at)}"
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            _furniture(painter, page.width(), page.height(), header_h, footer_h, dots)
            painter.setFont(_font(7.5))
            painter.setPen(QColor("#555555"))
            top = QRectF(0, 0, page.width(), header_h - 5 * dots)
            painter.drawText(
                top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), header_left
            )
            painter.drawText(
                top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), header_right
            )
            bottom = QRectF(0, page.height() - footer_h + 4 * dots, page.width(), footer_h)
            painter.drawText(
                bottom,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                f"{index + 1} / {pages}",
            )
            painter.save()
            painter.translate(0, header_h - index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    finish_pdf(path, report, _marks(doc, body.height()))
    return path


def _furniture(
    painter: QPainter, width: float, height: float, header_h: float, footer_h: float, dots: float
) -> None:
    """The thin rules under the header and above the footer."""
    painter.setPen(QPen(QColor("#BBBBBB"), 0.5 * dots))
    painter.drawLine(0, int(header_h - 3 * dots), int(width), int(header_h - 3 * dots))
    painter.drawLine(
        0, int(height - footer_h + 2 * dots), int(width), int(height - footer_h + 2 * dots)
    )
