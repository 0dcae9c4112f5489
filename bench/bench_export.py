"""Export of one long article (~20,000 words, ~1,000 assertions) against a plain baseline.

The baseline prints the same article's plain text through QTextDocument to a PDF of the
same page size and fonts, so the ratio shows what highlights, markers and the per-
assertion section cost on top of Qt's own layout and PDF writing. Other formats are
timed too, against the same baseline. The report has far more pages than the plain
text, so the fair figure is the last one: PDF export per page against Qt printing the
report's own HTML per page, interleaved, median of 3.
Run: QT_QPA_PLATFORM=offscreen python bench/...
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from factcheck_app.export.model import ReportOptions
from factcheck_app.models import Category
from factcheck_app.services import Library, annotations, articles, exports
from factcheck_app.settings import Settings
from factcheck_app.storage import assertions as assertion_store

WORDS = [
    *("the", "minister", "said", "that", "officials", "reportedly"),
    *("confirmed", "figures", "about", "troops", "budget"),
]
CATEGORIES = [c for c in Category if c is not Category.SOURCED]


def long_article(rng: random.Random, paragraphs: int = 400, words: int = 50) -> str:
    body = []
    for p in range(paragraphs):
        sentence = " ".join(rng.choice(WORDS) for _ in range(words))
        body.append(f"Paragraph {p}: {sentence.capitalize()}. Über „Zürich“ und 최선희.")
    return "# A very long article\n\n" + "\n\n".join(body) + "\n"


def setup(folder: Path) -> tuple[Library, str]:
    rng = random.Random(7)
    lib = Library(folder / "bench.db", settings=Settings(user_name="bench"))
    article = articles.import_text(lib, long_article(rng), fmt="md").article
    text = article.text
    step = len(text) // 1000
    with lib.session() as db, db.atomic():
        for i in range(1000):
            start = 30 + i * step
            assertion_store.add_manual(
                db, article.id, text, start, start + 40, rng.choice(CATEGORIES), "bench"
            )
    first = assertion_store.list_for_article(lib._db, article.id)[:50]
    for a in first:
        annotations.add_note(lib, article.id, "A note with „quotes“.", a.id)
        annotations.set_verdict(lib, a.id, "false", "Because.")
    return lib, article.id


def plain_pdf(text: str, out: Path) -> int:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from factcheck_app.export.pdf_render import RESOLUTION, _font

    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setResolution(RESOLUTION)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_font(10))
    doc.setPlainText(text)
    doc.print_(writer)
    return doc.pageCount()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def html_pdf(html: str, out: Path) -> int:
    """Qt printing the report's own HTML: what the PDF export costs at least."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from factcheck_app.export.pdf_render import RESOLUTION, _font

    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setResolution(RESOLUTION)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_font(10))
    doc.setHtml(html)
    doc.print_(writer)
    return doc.pageCount()


def per_page(lib: Library, article_id: str, folder: Path, repeats: int = 3) -> None:
    """PDF export per page against Qt printing the same HTML, interleaved, median of N."""
    import statistics

    from pypdf import PdfReader

    options = ReportOptions(include_sourced=True)
    exports.export_articles(lib, [article_id], "html", folder / "same.html", options)
    html = (folder / "same.html").read_text(encoding="utf-8")
    pairs = []
    for _ in range(repeats):
        base = timed(lambda: html_pdf(html, folder / "html.pdf"))
        ours = timed(
            lambda: exports.export_articles(lib, [article_id], "pdf", folder / "r.pdf", options)
        )
        pairs.append((base, ours))
    base_pages = len(PdfReader(str(folder / "html.pdf")).pages)
    our_pages = len(PdfReader(str(folder / "r.pdf")).pages)
    b = statistics.median(p[0] for p in pairs) / base_pages
    o = statistics.median(p[1] for p in pairs) / our_pages
    print(
        f"PDF per page: export {o * 1000:.1f} ms/page ({our_pages} pages); Qt printing the "
        f"same HTML {b * 1000:.1f} ms/page ({base_pages} pages); ratio {o / b:.2f}x "
        f"(median of {repeats})"
    )


def main() -> None:
    from factcheck_app.export.pdf_render import ensure_application, report_families

    ensure_application()
    report_families()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lib, article_id = setup(folder)
        text = articles.get_article(lib, article_id).text
        print(f"article: {len(text.split())} words, 1000 assertions")
        base = timed(lambda: plain_pdf(text, folder / "plain.pdf"))
        print(f"baseline plain text -> PDF: {base:.2f} s")
        # ClaimReview refuses a report without the address it will be published at
        options = ReportOptions(include_sourced=True, base_url="https://factcheck.example/r/")
        for fmt in ("pdf", "html", "md", "json", "claimreview", "w3c"):
            out = folder / f"report.{fmt}"
            seconds = timed(
                lambda fmt=fmt, out=out: exports.export_articles(
                    lib, [article_id], fmt, out, options
                )
            )
            size = out.stat().st_size / 1024
            print(
                f"{fmt:<12} {seconds:6.2f} s  {size:8.0f} KiB  "
                f"ratio to baseline {seconds / base:5.2f}"
            )
        from pypdf import PdfReader

        pages = len(PdfReader(str(folder / "report.pdf")).pages)
        plain_pages = len(PdfReader(str(folder / "plain.pdf")).pages)
        print(f"pages: report {pages}, plain text {plain_pages} (so compare per page:)")
        per_page(lib, article_id, folder)
        lib.close()


if __name__ == "__main__":
    main()
