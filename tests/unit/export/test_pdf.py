"""The PDF report: text in order, highlight colours on the page, Unicode, embedded fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from export_helpers import HOSTILE_NOTE_SHOWN, Sample

from factcheck_app.categories import CATEGORY_STYLES
from factcheck_app.export.model import PageSize, ReportOptions
from factcheck_app.models import Category
from factcheck_app.services import exports

pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def pdf(sample: Sample, tmp_path: Path, qapp) -> Path:
    """``qapp`` first: a widget test later in the same run needs a QApplication, and the
    exporter would otherwise create a bare QGuiApplication."""
    out = tmp_path / "report.pdf"
    exports.export_articles(
        sample.lib, [sample.article_id], "pdf", out, ReportOptions(include_sourced=True)
    )
    return out


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    """Without whitespace: PDF text extraction puts tabs and breaks between words."""
    return "".join(text.split())


def test_text_in_reading_order(pdf: Path) -> None:
    """Editor's order: provenance, verdict summary, one entry per claim, then the article."""
    text = _flat(_text(pdf))
    order = [
        "Checked by Anna Köhler",
        "Organisation Faktencheck Nord",
        "Summary",
        "5 claims: 3 checked, 2 to check.",
        "Claims by verdict",
        "Still open",
        "Claims",
        "[1] Vague source",
        "Verdict: false : Yonhap counts 11,000.",
        "Asked Yonhap for the figures",
        "contradicts: [R1] Yonhap: North Korean troops in Kursk",
        "[2] Hedged",
        HOSTILE_NOTE_SHOWN,
        "[3] No evidence",
        "[4] Sourced",
        "Status: to check",
        "[5] Disputed",
        "The annotated article",
        "Reports indicate that around 10,000",
        "Choe provided no evidence",
        "References",
        "[R1] Yonhap: North Korean troops in Kursk",
        "[R2] Statement of the Ministry of Defence",
    ]
    position = 0
    for expected in order:  # each one after the one before
        found = text.find(_flat(expected), position)
        assert found >= 0, f"{expected!r} missing or out of order"
        position = found + len(_flat(expected))
    article_part = text[text.find("Theannotatedarticle") : text.rfind("References")]
    assert re.findall(r"\[(\d)\]", article_part) == ["1", "2", "3", "4", "5"]
    assert "Library" not in text and "lib.db" not in text
    entries = text[text.find("Claims") : text.find("Theannotatedarticle")]
    assert "Status:" not in entries[: entries.find("[4]")]  # a verdict, never "Status: to check"


def test_german_and_korean_names_extract_back(pdf: Path) -> None:
    text = " ".join(_text(pdf).split())
    for name in ("최선희", "José Müller-Ščerbová", "„volle Unterstützung“", "Zürich", "figures"):
        assert name in text


def test_fonts_are_embedded(pdf: Path) -> None:
    reader = pypdf.PdfReader(str(pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
                names.add(str(descriptor["/FontName"]))
    assert any("NotoSans" in n for n in names) and any("NanumGothic" in n for n in names)


def test_letter_size(sample: Sample, tmp_path: Path, qapp) -> None:
    out = tmp_path / "letter.pdf"
    options = ReportOptions(page_size=PageSize.LETTER)
    exports.export_articles(sample.lib, [sample.article_id], "pdf", out, options)
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def _article_page(pdf: Path) -> int:
    """The page (from 1) where the annotated article starts."""
    reader = pypdf.PdfReader(str(pdf))
    for number, page in enumerate(reader.pages, 1):
        if "Theannotatedarticle" in _flat(page.extract_text()):
            return number
    raise AssertionError("no page holds the annotated article")


def _words(pdf: Path, tmp_path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """Words of one page with their boxes in points (pdftotext -bbox)."""
    html = tmp_path / "bbox.html"
    subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), str(html)], check=True
    )
    pattern = re.compile(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    )
    return [
        (m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4]))
        for m in pattern.finditer(html.read_text(encoding="utf-8"))
    ]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) not installed")
def test_highlights_have_their_category_colour(pdf: Path, tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QColor, QImage

    dpi = 100
    number = _article_page(pdf)
    pages = [str(number), str(number + 1)]
    for n in pages:
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                str(dpi),
                "-f",
                n,
                "-l",
                n,
                "-singlefile",
                str(pdf),
                str(tmp_path / f"p{n}"),
            ],
            check=True,
        )
    scale = dpi / 72
    found_on = {}
    for n in pages:
        image = QImage(str(tmp_path / f"p{n}.png"))
        assert not image.isNull()
        for word in _words(pdf, tmp_path, int(n)):
            found_on.setdefault(word[0], []).append((image, word))

    def background(word: str, occurrence: int = -1) -> QColor:
        image, (_, x0, y0, x1, y1) = found_on[word][occurrence]
        counts: Counter[tuple[int, int, int]] = Counter()
        for x in range(int(x0 * scale), int(x1 * scale)):
            for y in range(int(y0 * scale), int(y1 * scale)):
                c = image.pixelColor(x, y)
                if c.lightness() > 150:  # background, not glyph ink
                    counts[(c.red(), c.green(), c.blue())] += 1
        return QColor(*counts.most_common(1)[0][0])

    def close(colour: QColor, hex_code: str) -> bool:
        want = QColor(hex_code)
        return all(
            abs(a - b) <= 6 for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True)
        )

    expected = {
        "indicate": Category.VAGUE_SOURCE,
        "allegedly": Category.HEDGED,
        "evidence": Category.NO_EVIDENCE,
        "Defence,": Category.SOURCED,
        "analyst": Category.DISPUTED,
    }
    for word, category in expected.items():
        colour = background(word)
        assert close(colour, CATEGORY_STYLES[category].fill), (word, colour.name())
    assert close(background("Kursk"), "#FFFFFF")  # not highlighted


def test_metadata_bookmarks_language_and_attached_json(pdf: Path, sample: Sample) -> None:
    import json

    reader = pypdf.PdfReader(str(pdf))
    meta = reader.metadata
    assert meta["/Author"] == "Anna Köhler (Faktencheck Nord)"
    assert meta["/Subject"].startswith("Fact-check report: Nordkorea")
    assert "Vague source" in meta["/Keywords"] and "false" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "en"
    titles = {}

    def walk(items, depth=0):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                titles[item.title] = (depth, reader.get_destination_page_number(item))

    walk(reader.outline)
    assert titles["Summary"][0] == 1 and titles["The annotated article"][0] == 1
    claim = next(t for t in titles if t.startswith("[1] Vague source"))
    assert titles[claim][0] == 2 and titles[claim][1] == 0
    assert titles["References"][0] == 0
    assert titles["The annotated article"][1] >= 1
    attached = json.loads(reader.attachments["factcheck-report.json"][0])
    assert attached["articles"][0]["id"] == sample.article_id


def test_german_report(sample: Sample, tmp_path: Path, qapp) -> None:
    out = tmp_path / "bericht.pdf"
    options = ReportOptions(lang="de", include_sourced=True)
    exports.export_articles(sample.lib, [sample.article_id], "pdf", out, options)
    text = _flat(_text(out))
    for word in ("Übersicht", "5 Aussagen", "Aussagen nach Bewertung", "Noch offen", "Vage Quelle"):
        assert _flat(word) in text
    assert _flat("Bewertung: falsch") in text and _flat("Geprüft von") in text
    assert _flat("„Reports indicate") in text
    for english in ("Summary", "Claims by", "Verdict", "Checked by", "Why it was"):
        assert _flat(english) not in text, english
    reader = pypdf.PdfReader(str(out))
    assert reader.trailer["/Root"]["/Lang"] == "de"


def test_pdf_a_1b(sample: Sample, tmp_path: Path, qapp) -> None:
    out = tmp_path / "archive.pdf"
    options = ReportOptions(pdf_a=True)
    exports.export_articles(sample.lib, [sample.article_id], "pdf", out, options)
    reader = pypdf.PdfReader(str(out))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="1"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert "/OutputIntents" in root
    assert not reader.attachments  # PDF/A-1 allows no embedded files
    keywords = reader.metadata["/Keywords"]
    assert f'pdf:Keywords="{keywords}"' in xmp
    assert reader.metadata["/Subject"] in xmp
    assert reader.outline  # bookmarks are allowed


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_no_empty_or_half_empty_pages(sample: Sample, tmp_path: Path, qapp) -> None:
    """Only a new article starts a page: every page but an article's last is filled to the
    bottom, and no page holds only the running header and footer."""
    from factcheck_app.services import annotations

    for name in ("vague", "hedged", "noev", "disputed"):
        for n in range(3):
            annotations.add_note(
                sample.lib,
                sample.article_id,
                f"Note {n} on {name}: **asked** the press office;\n\n- call one\n- call two",
                sample.ids[name],
            )
    from export_helpers import ARTICLE_MD

    from factcheck_app.services import articles

    second = articles.import_text(sample.lib, ARTICLE_MD.replace("Moscow", "Pyongyang")).article.id
    out = tmp_path / "long.pdf"
    options = ReportOptions(include_sourced=True, include_dismissed=True)
    exports.export_articles(sample.lib, [sample.article_id, second], "pdf", out, options)
    reader = pypdf.PdfReader(str(out))
    height = float(reader.pages[0].mediabox.height)
    starts = set()
    lowest: list[float] = []
    for number in range(1, len(reader.pages) + 1):
        words = _words(out, tmp_path, number)
        body = [w for w in words if 0.08 * height < w[2] < 0.92 * height]  # not header/footer
        assert len(body) > 10, f"page {number} is (nearly) empty"
        lowest.append(max(w[4] for w in body))
        if "Summary" in {w[0] for w in words}:
            starts.add(number)
    assert len(starts) == 2 and len(reader.pages) >= 4
    last_of_article = {s - 1 for s in starts if s > 1} | {len(reader.pages)}
    for number, bottom in enumerate(lowest, 1):
        if number not in last_of_article:
            assert bottom > 0.8 * height, f"page {number} ends at {bottom / height:.0%}"


def test_a_heading_never_ends_a_page_without_its_section(qapp) -> None:
    """Qt has no "keep with next": the renderer finds a heading left at the foot of a page
    and starts the page there instead."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from factcheck_app.export import pdf_render

    para = "<p>" + "word " * 30 + "</p>"
    found = 0
    for filler in range(1, 25):  # walks the heading down the page
        doc = QTextDocument()
        doc.setPageSize(QSizeF(300, 400))
        doc.setHtml(para * filler + "<h3>Heading</h3>" + para * 3)
        orphan = pdf_render.first_orphaned_heading(doc, 400)
        if orphan is None:
            continue
        found += 1
        assert orphan == 0
        assert pdf_render.keep_headings_with_next(doc, 400) == 1
        assert pdf_render.first_orphaned_heading(doc, 400) is None
        heading = next(b for b in pdf_render._blocks(doc) if b.blockFormat().headingLevel())
        top = doc.documentLayout().blockBoundingRect(heading).top()
        assert top % 400 < 40, "the moved heading starts its page"
    assert found, "some filler leaves the heading at the foot of a page"


def test_the_report_keeps_every_heading_with_its_section(sample: Sample, qapp) -> None:
    from PySide6.QtCore import QSizeF

    from factcheck_app.export import pdf_render
    from factcheck_app.services import annotations

    for name in ("vague", "hedged", "noev", "disputed"):
        for n in range(4):
            annotations.add_note(sample.lib, sample.article_id, f"Note {n}", sample.ids[name])
    pdf_render.ensure_application()
    for size in PageSize:
        options = ReportOptions(page_size=size)
        sized = exports.build_report(sample.lib, [sample.article_id], options)
        writer = pdf_render._writer(Path("/dev/null"), sized)
        page = writer.pageLayout().paintRectPixels(pdf_render.RESOLUTION)
        body = QSizeF(page.width(), page.height() * 0.9)
        doc = pdf_render.build_document(sized, writer, body)
        assert doc.pageCount() > 1
        assert pdf_render.first_orphaned_heading(doc, body.height()) is None
