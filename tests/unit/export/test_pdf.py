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
    text = _flat(_text(pdf))
    order = [
        "Checked by Anna Köhler (Faktencheck Nord)",
        "Summary",
        "Article",
        "Reports indicate that around 10,000",
        "Choe provided no evidence",
        "Assertions",
        "[1] Vague source",
        "Asked Yonhap for the figures",
        "contradicts: [R1] Yonhap: North Korean troops in Kursk",
        "[2] Hedged",
        HOSTILE_NOTE_SHOWN,
        "[3] No evidence",
        "[4] Sourced",
        "[5] Disputed",
        "References",
        "[R1] Yonhap: North Korean troops in Kursk",
        "[R2] Statement of the Ministry of Defence",
    ]
    position = 0
    for expected in order:  # each one after the one before
        found = text.find(_flat(expected), position)
        assert found >= 0, f"{expected!r} missing or out of order"
        position = found + len(_flat(expected))
    article_part = text[text.find("Article") : text.find("Assertions")]
    assert re.findall(r"\[(\d)\]", article_part) == ["1", "2", "3", "4", "5"]


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


def _words(pdf: Path, tmp_path: Path) -> list[tuple[str, float, float, float, float]]:
    """Words of page 1 with their boxes in points (pdftotext -bbox)."""
    html = tmp_path / "bbox.html"
    subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), str(html)], check=True)
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
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    assert not image.isNull()
    scale = dpi / 72
    words = _words(pdf, tmp_path)

    def background(word: str, occurrence: int = -1) -> QColor:
        found = [w for w in words if w[0] == word]
        _, x0, y0, x1, y1 = found[occurrence]
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
