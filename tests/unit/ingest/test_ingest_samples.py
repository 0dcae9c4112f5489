"""The shared seed articles (/work/shared/samples) and our own resources/samples."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import assert_invariants, block_texts

from factcheck_app.ingest import read_file
from factcheck_app.models import BlockKind

K = BlockKind
SHARED = Path("/work/shared/samples")
OWN = Path(__file__).resolve().parents[3] / "resources" / "samples"
OWN_SAMPLES = sorted(p for p in OWN.glob("*") if p.suffix in (".md", ".txt", ".html"))
OWN_SAMPLES = [p for p in OWN_SAMPLES if p.name != "README.md"]


def _shared(name: str) -> Path:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"shared sample {path} not available")
    return path


def test_choe_lavrov() -> None:
    article = read_file(_shared("nordkorea-choe-lavrov.md"))
    rows = block_texts(article)
    assert article.title == "Nordkorea verspricht Russland Unterstützung im Ukraine-Konflikt!"
    assert article.warnings == ()
    assert rows[0] == (K.TITLE, "de", article.title)
    # The transparency line shares a paragraph with the teaser in the source.
    assert rows[1][0] is K.BOILERPLATE and rows[1][2].startswith("Transparenz:")
    assert rows[1][2].endswith("Redaktionskodex")
    assert rows[2][:2] == (K.TEASER, "de") and rows[2][2].startswith("Nordkorea bekräftigt")
    # The repeated headline is kept, as a heading after the title.
    assert rows[3] == (K.HEADING, "de", article.title)
    assert (K.HEADING, "Military Alliances and Nuclear Threats") in [(k, t) for k, _l, t in rows]
    body = [(lang, text) for kind, lang, text in rows if kind is K.PARAGRAPH]
    assert len(body) == 4
    assert all(lang == "en" for lang, _text in body)
    assert body[0][1].startswith("In a bold declaration")
    assert article.languages[0] == "en" and "de" in article.languages
    assert_invariants(article)


def test_kim_belousov() -> None:
    article = read_file(_shared("nordkorea-kim-belousov.md"))
    rows = block_texts(article)
    title = "Nordkorea verspricht Russland unerschütterliche Unterstützung im Ukraine-Krieg"
    assert article.title == title
    # "## **Nordkorea ...**" is the first heading and the only headline: the title block.
    assert rows[0] == (K.TITLE, "de", title)
    assert "**" not in article.text and "##" not in article.text
    assert rows[1][:2] == (K.TEASER, "de") and rows[1][2].startswith("Nordkoreas Kim Jong Un")
    assert rows[2][:2] == (K.PARAGRAPH, "en")
    assert rows[2][2].startswith("Pyongyang, Nordkorea - In a bold display")
    assert (K.HEADING, "en", "Military Cooperation Intensifies") in rows
    paragraphs = [lang for kind, lang, _t in rows if kind is K.PARAGRAPH]
    assert paragraphs and set(paragraphs) == {"en"}
    assert rows[-3:] == [
        (K.BOILERPLATE, rows[-3][1], "Details"),
        (K.BOILERPLATE, rows[-2][1], "Ort Pyongyang, Nordkorea"),
        (K.BOILERPLATE, "de", "Besuchen Sie uns auf: die-nachrichten.at"),
    ]
    assert_invariants(article)


@pytest.mark.parametrize("path", OWN_SAMPLES, ids=lambda p: p.name)
def test_own_samples_parse_cleanly(path: Path) -> None:
    article = read_file(path)
    assert article.warnings == ()
    assert article.blocks[0].kind is K.TITLE
    words = len(article.text.split())
    assert 300 <= words <= 700
    assert_invariants(article)


def test_own_samples_cover_formats_and_languages() -> None:
    names = {p.name for p in OWN_SAMPLES}
    assert "mixed-eu-energy.md" in names
    assert {p.suffix for p in OWN_SAMPLES} >= {".md", ".txt", ".html"}
    langs = {read_file(p).languages[0] for p in OWN_SAMPLES}
    assert langs == {"en", "de"}


def test_mixed_sample() -> None:
    article = read_file(OWN / "mixed-eu-energy.md")
    rows = block_texts(article)
    assert rows[0][:2] == (K.TITLE, "de")
    assert rows[1][:2] == (K.TEASER, "de")
    assert {lang for kind, lang, _t in rows if kind is K.PARAGRAPH} == {"en"}
    assert "김민재" in article.text and "🔥" in article.text
    tail = [(k, t) for k, _l, t in rows[-4:]]
    assert tail == [
        (K.BOILERPLATE, "Details"),
        (K.BOILERPLATE, "Ort Brüssel, Belgien"),
        (K.BOILERPLATE, "Teilen | Twittern"),
        (K.BOILERPLATE, "Besuchen Sie uns auf: energie-nachrichten.example"),
    ]


def test_german_text_sample() -> None:
    article = read_file(OWN / "de-stellwerk-kassel.txt")
    rows = block_texts(article)
    assert article.source_format == "text"
    assert {lang for kind, lang, _t in rows if kind is not K.BOILERPLATE} == {"de"}
    assert (K.HEADING, "Ausfälle nehmen zu") in [(k, t) for k, _l, t in rows]
    assert next(t for k, _l, t in rows if k is K.BOILERPLATE) == "Mehr zum Thema"
    assert rows[-1][0] is K.BOILERPLATE and rows[-1][2].startswith("©")


def test_html_sample_metadata() -> None:
    article = read_file(OWN / "en-red-sea-tanker.html")
    assert article.title == "Crew rescued after fire on tanker in Red Sea"
    assert article.byline == "Daniel Okafor"
    assert article.outlet == "The Harbour Ledger"
    assert article.published == "2024-05-14"
    assert article.url and article.url.endswith("red-sea-tanker-fire")
    for furniture in ("cookies", "Home", "Tweet", "newsletter", "All rights reserved"):
        assert furniture not in article.text
    assert [t for k, _l, t in block_texts(article) if k is K.HEADING] == [
        "Conflicting accounts of the cause",
        "Insurers brace for losses",
    ]
