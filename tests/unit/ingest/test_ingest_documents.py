"""PDF and Word documents: blocks, pages, metadata, and the refusals for bad files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from documents import encrypt_pdf, make_docx, make_pdf, zip_of
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from ingest_helpers import assert_invariants, block_texts

from factcheck_app.ingest import IngestError, parse_bytes, read_file
from factcheck_app.models import BlockKind

BODY = [
    "Minister under fire",
    "",
    "The finance minister said the deficit doubled last year.",
    "",
    "Critics say she provided no evidence for the claim that the",
    "deficit doubled, and reports indicate the cabinet is divided.",
]


def test_pdf_blocks_keep_their_page_and_metadata(tmp_path: Path) -> None:
    pdf = make_pdf(
        [BODY, ["The budget reportedly grew by 4 percent, officials said on Monday."]],
        title="Budget statement",
        author="Jane Doe",
    )
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf)
    article = read_file(path)
    assert_invariants(article)
    assert article.source_format == "pdf" and article.source_name == "statement.pdf"
    assert article.title == "Budget statement"
    assert article.byline == "Jane Doe" and article.published == "2024-01-31"
    texts = block_texts(article)
    assert (
        BlockKind.PARAGRAPH,
        "en",
        "The finance minister said the deficit doubled last year.",
    ) in texts
    hyphen_free = [t for _, _, t in texts if t.startswith("Critics")]
    assert hyphen_free == [
        "Critics say she provided no evidence for the claim that the deficit doubled, and "
        "reports indicate the cabinet is divided."
    ]
    pages = {article.text[b.start : b.end][:10]: b.page for b in article.blocks}
    assert pages["The budget"] == 2 and pages["Critics sa"] == 1
    assert all(b.page in (1, 2) for b in article.blocks)
    # the original bytes travel with the article as its archived copy
    assert article.original is not None and article.original.data == pdf
    assert article.original.mime == "application/pdf"
    assert article.provenance.original_sha256 == article.original.sha256


def test_running_headers_and_page_numbers_are_boilerplate() -> None:
    pages = [
        ["Daily Bulletin", "", f"Story text number {n} says the plan failed.", "", str(n)]
        for n in range(1, 5)
    ]
    article = parse_bytes(make_pdf(pages))
    kinds = {article.text[b.start : b.end]: b.kind for b in article.blocks}
    assert kinds["Daily Bulletin"] is BlockKind.BOILERPLATE
    assert kinds["3"] is BlockKind.BOILERPLATE
    assert kinds["Story text number 3 says the plan failed."] is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (make_pdf([[], []]), "no text layer (it looks like a scan"),
        (encrypt_pdf(make_pdf([BODY])), "encrypted (password-protected)"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 50, "not a readable PDF"),
    ],
    ids=["scanned", "encrypted", "broken"],
)
def test_bad_pdfs_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(IngestError, match=re.escape(message)) as err:
        read_file(path)
    assert str(err.value).startswith("bad.pdf: ") and "\n" not in str(err.value)


def test_a_pdf_extension_on_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("just text")
    with pytest.raises(IngestError, match="not a PDF"):
        read_file(path)


def _tracked(paragraph, tag: str, text: str) -> None:
    change = OxmlElement(f"w:{tag}")
    change.set(qn("w:id"), "7")
    change.set(qn("w:author"), "Editor")
    run = OxmlElement("w:r")
    node = OxmlElement("w:delText" if tag == "del" else "w:t")
    node.text = text
    run.append(node)
    change.append(run)
    paragraph._p.append(change)


def _word_article(document) -> None:
    document.core_properties.author = "Jane Roe"
    document.add_heading("Budget row deepens", 0)
    document.add_heading("Background", 1)
    document.add_paragraph("The minister said the deficit doubled. She provided no evidence.")
    document.add_paragraph("first point", style="List Bullet")
    document.add_paragraph("second point", style="List Number")
    document.add_paragraph("Experts believe the plan will fail.", style="Quote")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {
        (0, 0): "Year",
        (0, 1): "Deficit",
        (1, 0): "2024",
        (1, 1): "4 %",
    }.items():
        table.cell(row, col).text = text
    edited = document.add_paragraph("Officials said the figures were ")
    _tracked(edited, "ins", "final")
    _tracked(edited, "del", "DRAFT WORDING")
    commented = document.add_paragraph("Reports indicate a split in cabinet.")
    document.add_comment(commented.runs, text="check this", author="Editor")


def test_docx_paragraphs_headings_lists_tables(tmp_path: Path) -> None:
    data = make_docx(_word_article)
    path = tmp_path / "memo.docx"
    path.write_bytes(data)
    article = read_file(path)
    assert_invariants(article)
    assert article.title == "Budget row deepens" and article.byline == "Jane Roe"
    assert article.source_format == "docx"
    kinds = [(k, t) for k, _, t in block_texts(article)]
    assert kinds[:4] == [
        (BlockKind.TITLE, "Budget row deepens"),
        (BlockKind.HEADING, "Background"),
        (BlockKind.PARAGRAPH, "The minister said the deficit doubled. She provided no evidence."),
        (BlockKind.LIST_ITEM, "first point"),
    ]
    assert (BlockKind.LIST_ITEM, "second point") in kinds
    assert (BlockKind.QUOTE, "Experts believe the plan will fail.") in kinds
    assert [t for k, t in kinds if k is BlockKind.TABLE_CELL] == ["Year", "Deficit", "2024", "4 %"]
    # tracked changes: read as accepted; comments left out; both said
    assert (BlockKind.PARAGRAPH, "Officials said the figures were final") in kinds
    assert "DRAFT" not in article.text and "check this" not in article.text
    assert any("2 tracked change(s) ignored" in w for w in article.warnings)
    assert any("1 comment(s) ignored" in w for w in article.warnings)
    assert article.original is not None and article.original.data == data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            zip_of({"photos/a.jpg": b"\xff\xd8\xff", "readme.txt": b"hi"}),
            "ZIP archive of something",
        ),
        (zip_of({"content.xml": b"<x/>", "mimetype": b"x"}), "OpenDocument file"),
        (b"PK\x03\x04 this is not really a zip", "not a valid .docx"),
        (zip_of({"word/document.xml": b"<not xml"}), "damaged"),
    ],
    ids=["zip", "odt", "broken-zip", "broken-xml"],
)
def test_bad_docx_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes(data)
    with pytest.raises(IngestError, match=message):
        read_file(path)


def test_500_mb_file_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.docx"
    with path.open("wb") as fh:
        fh.truncate(500 * 1024 * 1024)  # sparse: no disk used
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    with pytest.raises(IngestError, match=r"huge.docx is too large \(500.0 MB\); the limit is 50"):
        read_file(path)


def test_large_text_file_keeps_the_text_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (3 * 1024 * 1024))
    with pytest.raises(IngestError, match="the limit is 10 MB"):
        read_file(path)
