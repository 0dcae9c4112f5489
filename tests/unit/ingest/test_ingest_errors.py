"""Bad input: one readable IngestError line, nothing returned."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from factcheck_app.ingest import MAX_BYTES, IngestError, parse_bytes, parse_string, read_file
from factcheck_app.ingest.decode import CP1252_WARNING

GOOD = "Headline of the piece\n\nThe minister said on Friday that the plan would go ahead.\n"


def _one_line(err: pytest.ExceptionInfo[IngestError]) -> str:
    message = str(err.value)
    assert message and "\n" not in message
    assert isinstance(err.value, ValueError)
    return message


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"])
def test_empty_bytes(data: bytes) -> None:
    with pytest.raises(IngestError) as err:
        parse_bytes(data)
    assert "empty" in _one_line(err)


@pytest.mark.parametrize("data", ["", "  \n\n\t "])
def test_empty_string(data: str) -> None:
    with pytest.raises(IngestError) as err:
        parse_string(data)
    assert "empty" in _one_line(err)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as err:
        read_file(path)
    assert "empty" in _one_line(err) and "empty.txt" in str(err.value)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03binary\x00data",
        b"hello\x00world " * 20,
        bytes(range(1, 9)) * 50 + b"some text",
        b"\x7fELF\x02\x01\x01\x00\x00\x00",
    ],
)
def test_binary_bytes(data: bytes) -> None:
    with pytest.raises(IngestError) as err:
        parse_bytes(data)
    assert "binary" in _one_line(err)


def test_binary_string() -> None:
    with pytest.raises(IngestError) as err:
        parse_string("abc\x00def")
    assert "binary" in _one_line(err)


def test_too_large_bytes() -> None:
    with pytest.raises(IngestError) as err:
        parse_bytes(b"a" * (MAX_BYTES + 1))
    assert "too large" in _one_line(err)
    assert MAX_BYTES == 10 * 1024 * 1024


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: no 10 MB written to disk
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(IngestError) as err:
        read_file(path)
    assert "too large" in _one_line(err)


def test_cp1252_fallback_warns() -> None:
    data = "Straße – „Zitat“ für 5 €\n\nMore text follows here.".encode("cp1252")
    article = parse_bytes(data, "text")
    assert article.text.startswith("Straße – „Zitat“ für 5 €")
    assert article.warnings == (CP1252_WARNING,)
    assert CP1252_WARNING == "decoded as Windows-1252; check special characters"


def test_cp1252_undefined_bytes_do_not_fail() -> None:
    article = parse_bytes(b"caf\xe9 \x81\x8d ok\n\nsecond paragraph here", "text")
    assert article.text.startswith("café")
    assert article.warnings == (CP1252_WARNING,)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_with_bom(encoding: str) -> None:
    data = GOOD.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + GOOD).encode(encoding)
    article = parse_bytes(data, "text")
    assert article.warnings == ()
    assert article.text.startswith("Headline of the piece")


def test_utf16_without_bom_is_recognised() -> None:
    article = parse_bytes(GOOD.encode("utf-16-le"), "text")
    assert article.title == "Headline of the piece"


def test_html_meta_charset_is_honoured() -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Ärger</title></head><body>'
        "<p>Der Bürgermeister äußerte sich am Montag nicht zu den Vorwürfen.</p></body></html>"
    )
    article = parse_bytes(html.encode("latin-1"), "html")
    assert "Bürgermeister äußerte" in article.text
    assert article.warnings == ()


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>x</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script><style>p{}</style></body></html>",
        "<div><img src='a.png'></div>",
    ],
)
def test_html_without_article_text(html: str) -> None:
    with pytest.raises(IngestError) as err:
        parse_string(html, "html")
    assert "No article text" in _one_line(err)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("a.docx", "not a Word document"),
        ("a.pdf", "not a PDF"),
        ("a.odt", "not supported yet"),
        ("a.doc", "not supported yet"),
    ],
)
def test_document_formats_not_yet(tmp_path: Path, name: str, fragment: str) -> None:
    """PDF and Word are read now (see test_ingest_documents); junk in them is refused."""
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(IngestError) as err:
        read_file(path)
    message = _one_line(err)
    assert fragment in message and "HTML" not in fragment


@pytest.mark.parametrize("name", ["setup.exe", "archive.zip", "photo.png"])
def test_unsupported_extensions(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"MZ\x90\x00")
    with pytest.raises(IngestError) as err:
        read_file(path)
    assert "cannot be imported" in _one_line(err)


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in names:
            zf.writestr(name, "x")
    return buf.getvalue()


def test_docx_and_pdf_bytes_are_recognised_by_content() -> None:
    with pytest.raises(IngestError, match="Word"):
        parse_bytes(_zip(["[Content_Types].xml", "word/document.xml"]))
    with pytest.raises(IngestError, match="ZIP"):
        parse_bytes(_zip(["a.txt"]))
    with pytest.raises(IngestError, match="PDF"):
        parse_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="not found"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="not a file"):
        read_file(tmp_path)


def test_unknown_format_name() -> None:
    with pytest.raises(IngestError, match="Unknown format"):
        parse_string(GOOD, "rtf")
    with pytest.raises(IngestError, match="import the file itself"):
        parse_string(GOOD, "docx")
