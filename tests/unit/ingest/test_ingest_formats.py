"""Each input format, from a file and from a string."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import assert_invariants, block_texts

from factcheck_app.ingest import (
    content_hash,
    normalize_text,
    parse_bytes,
    parse_string,
    read_file,
    sniff_format,
)
from factcheck_app.models import BlockKind

K = BlockKind

TEXT_DOC = """Minister resigns over tender affair

The minister stepped down on Friday.

BERLIN (dpa) - The minister resigned on Friday after reports indicate she had
influenced a public tender, her office said in a statement.

Background

- first point of the list
- second point of the list

> "I have done nothing wrong," she said.
"""

MD_DOC = """# Minister **resigns** over tender

A short teaser with a [link](https://example.org) and <b>inline html</b>.

The minister resigned on *Friday* after `reports` indicate she had influenced a public
tender, her office said in a statement issued late on Friday evening in Berlin.

## Background

- first point
- second point

> A quoted paragraph.

| Key | Value |
|-----|-------|
| Ort | Berlin |
"""

HTML_PAGE = """<!doctype html><html lang="en"><head>
<title>Minister resigns over tender | Example Times</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2024-05-03T10:00:00Z">
<link rel="canonical" href="https://example.org/news/minister"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/x">Politics</a></nav>
<article><h1>Minister resigns over tender</h1>
<p>BERLIN - The minister on Friday <b>resigned</b> after a report that she had met lobbyists
in May, according to a statement from her office. Officials said the meeting never took
place, and the opposition demanded an inquiry into the tender.</p>
<h2>Background</h2>
<p>Reports indicate that the company paid 2 million euros. The claim could not be
independently verified. Kim Min-jae (김민재) declined to comment on the matter.</p>
<blockquote><p>"We have nothing to hide," she said after the cabinet meeting.</p></blockquote>
</article><footer><p>© 2024 Example Times. All rights reserved.</p></footer></body></html>"""


def test_plain_text_blocks() -> None:
    article = parse_string(TEXT_DOC, "text", source_name="paste")
    assert article.source_format == "text"
    assert article.title == "Minister resigns over tender affair"
    kinds = [kind for kind, _lang, _text in block_texts(article)]
    assert kinds == [K.TITLE, K.TEASER, K.PARAGRAPH, K.HEADING, K.LIST_ITEM, K.LIST_ITEM, K.QUOTE]
    texts = [text for _k, _l, text in block_texts(article)]
    assert texts[2].startswith("BERLIN (dpa)") and "\n" in texts[2]  # wrapped line kept
    assert texts[4] == "first point of the list"
    assert texts[6] == '"I have done nothing wrong," she said.'
    assert_invariants(article)


def test_markdown_renders_plain_text() -> None:
    article = parse_string(MD_DOC, "md")
    assert article.source_format == "markdown"
    assert article.title == "Minister resigns over tender"
    for marker in ("**", "##", "](", "<b>", "`", "|---"):
        assert marker not in article.text
    rows = block_texts(article)
    assert rows[0][0] is K.TITLE
    assert rows[1] == (K.TEASER, "en", "A short teaser with a link and inline html.")
    assert rows[2][0] is K.PARAGRAPH and "on Friday after reports indicate" in rows[2][2]
    assert (K.HEADING, "Background") in [(k, t) for k, _l, t in rows]
    assert [t for k, _l, t in rows if k is K.LIST_ITEM] == ["first point", "second point"]
    assert [t for k, _l, t in rows if k is K.QUOTE] == ["A quoted paragraph."]
    assert [t for k, _l, t in rows if k is K.TABLE_CELL] == ["Key", "Value", "Ort", "Berlin"]
    assert_invariants(article)


def test_html_page_uses_article_body_and_metadata() -> None:
    article = parse_string(HTML_PAGE, source_name="page.html")
    assert article.source_format == "html"
    assert article.title == "Minister resigns over tender"
    assert article.byline == "Jane Roe"
    assert article.outlet == "Example Times"
    assert article.published == "2024-05-03"
    assert article.url == "https://example.org/news/minister"
    rows = block_texts(article)
    assert rows[0] == (K.TITLE, "en", "Minister resigns over tender")
    assert (K.HEADING, "Background") in [(k, t) for k, _l, t in rows]
    assert any(k is K.QUOTE and t.startswith('"We have nothing') for k, _l, t in rows)
    assert "<b>" not in article.text and "resigned after a report" in article.text
    assert "김민재" in article.text
    assert_invariants(article)


def test_html_fragment_falls_back_to_walk() -> None:
    article = parse_string("<p>Hello <b>world</b>, a <i>fragment</i>.</p><p>Line<br>break</p>")
    assert article.source_format == "html"
    assert [t for _k, _l, t in block_texts(article)] == [
        "Hello world, a fragment.",
        "Line\nbreak",
    ]
    assert_invariants(article)


def test_html_walk_marks_page_furniture_as_boilerplate() -> None:
    from factcheck_app.ingest.html import fragment_blocks

    blocks = fragment_blocks(HTML_PAGE)
    nav = [b for b in blocks if b.text.startswith("Home")]
    assert nav and nav[0].kind is K.BOILERPLATE
    assert any(b.kind is K.BOILERPLATE and b.text.startswith("©") for b in blocks)
    assert any(b.kind is K.HEADING and b.text == "Background" for b in blocks)


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [
        (".txt", "text"),
        (".md", "markdown"),
        (".markdown", "markdown"),
        (".html", "html"),
        (".htm", "html"),
    ],
)
def test_read_file_by_extension(tmp_path: Path, suffix: str, fmt: str) -> None:
    source = {"text": TEXT_DOC, "markdown": MD_DOC, "html": HTML_PAGE}[fmt]
    path = tmp_path / f"article{suffix}"
    path.write_text(source, encoding="utf-8")
    article = read_file(path)
    assert article.source_format == fmt
    assert article.source_name == path.name
    assert article.warnings == ()
    assert_invariants(article)


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    for name, source, fmt in [
        ("a", HTML_PAGE, "html"),
        ("b.article", MD_DOC, "markdown"),
        ("c.log", "Headline\n\nA plain paragraph, 3 * 4 = 12.\n", "text"),
    ]:
        path = tmp_path / name
        path.write_text(source, encoding="utf-8")
        assert read_file(path).source_format == fmt


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        ("<html><body><p>x</p></body></html>", "html"),
        ("  <div>Pasted <b>fragment</b></div>", "html"),
        ("## Heading\n\nText", "markdown"),
        ("See [the report](https://example.org).", "markdown"),
        ("- one\n- two\n", "markdown"),
        ("Plain text. With a < sign and 3 * 4 = 12.", "text"),
        ("<not html at all", "text"),
    ],
)
def test_sniff_format(data: str, fmt: str) -> None:
    assert sniff_format(data) == fmt


def test_bytes_and_string_agree() -> None:
    from_string = parse_string(MD_DOC, "markdown")
    from_bytes = parse_bytes(MD_DOC.encode("utf-8"), "markdown")
    assert from_string.text == from_bytes.text
    assert from_string.blocks == from_bytes.blocks


def test_normalize_text_rules() -> None:
    raw = "\ufeffe\u0301 line  \r\nnext\t\rlast\n\n\n\nend  "
    assert normalize_text(raw) == "é line\nnext\nlast\n\nend"
    assert normalize_text(normalize_text(raw)) == normalize_text(raw)


def test_content_hash_ignores_encoding_noise() -> None:
    assert content_hash("Caf\u00e9\r\n") == content_hash("\ufeffCafe\u0301")
    assert content_hash("a") != content_hash("b")
    assert len(content_hash("a")) == 64


def test_crlf_and_bom_do_not_change_the_article() -> None:
    unix = parse_bytes(TEXT_DOC.encode("utf-8"), "text")
    windows = parse_bytes(b"\xef\xbb\xbf" + TEXT_DOC.replace("\n", "\r\n").encode("utf-8"), "text")
    assert unix.text == windows.text and unix.blocks == windows.blocks
    assert windows.warnings == ()
