"""A German report is German: every word the report adds (headings, labels, statuses,
verdicts, categories, dates) comes from the catalogue.

The library's own content is written in "x" words (title, text, notes, names), so every
other word of the rendered PDF, HTML and Markdown is report furniture, and each must be
a word of the German catalogue or of Babel's German dates. A string printed without the
catalogue, or one the catalogue leaves in English, fails here with the offending word.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.dates import get_day_names, get_month_names
from babel.messages.pofile import read_po
from pypdf import PdfReader

from factcheck_app import i18n
from factcheck_app.export.model import ReportOptions
from factcheck_app.models import Category, Lifecycle, Relation
from factcheck_app.services import Library, articles, exports
from factcheck_app.services import annotations as api
from factcheck_app.settings import Settings

ARTICLE = """\
# Xxxx xxx Xxxxxx

Xxx xxxxx xxx 12 xxxxx xx Xxxxx. Xxxxxxx xxxx xxx xxx xxxxx xx 2026.

Xxx Xxxx xxxxx 8 xxxx. Xxxxx xxx xxxxxx xxx.
"""
#: A word: a run of letters and digits; only those of 3+ letters and no digit count.
TOKEN = re.compile(r"[^\W_]+")
WORD = re.compile(r"[^\W\d_]{3,}")
#: Words that are the same in every language (units, file types, formats).
NEUTRAL = {"UTC", "SHA", "https", "PDF"}


def _vocabulary(lang: str) -> set[str]:
    with i18n.catalogue_path(lang).open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    words: set[str] = set(NEUTRAL)
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            words.update(WORD.findall(text or ""))
    for names in (get_month_names, get_day_names):
        for width in ("abbreviated", "wide"):
            words.update(
                w for name in names(width, locale=lang).values() for w in WORD.findall(name)
            )
    return words


def _foreign(text: str, vocabulary: set[str]) -> set[str]:
    return {
        w
        for w in TOKEN.findall(text)
        if WORD.fullmatch(w) and w not in vocabulary and set(w.lower()) != {"x"}
    }


class _Text(HTMLParser):
    """The visible text of an HTML page (not the embedded JSON-LD)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


@pytest.fixture
def xlib(tmp_path: Path):
    settings = Settings(user_name="Xxxx Xxxxx", organisation="Xxxxxxx Xxxx")
    lib = Library(tmp_path / "x.db", settings=settings)
    article = articles.import_text(lib, ARTICLE, fmt="md", source_name="xxxx.md").article
    text = article.text

    def mark(phrase: str, category: Category) -> str:
        start = text.index(phrase)
        found = api.get_assertion(
            lib,
            api.add_manual_assertion(lib, article.id, start, start + len(phrase), category).created,
        )
        return found.id

    a = mark("Xxx xxxxx xxx 12 xxxxx xx Xxxxx", Category.VAGUE_SOURCE)
    b = mark("xxx 12 xxxxx", Category.UNSOURCED_CLAIM)
    c = mark("Xxxxxxx xxxx xxx xxx xxxxx xx 2026", Category.HEDGED)
    d = mark("Xxx Xxxx xxxxx 8 xxxx", Category.NO_EVIDENCE)
    e = mark("Xxxxx xxx xxxxxx xxx", Category.DISPUTED)
    api.set_verdict(lib, a, "false", "Xxx **xxxx** xxx.", "Xxxx xxx 12 xxxxx")
    api.set_verdict(lib, c, "mostly true")
    api.set_status(lib, d, Lifecycle.IN_PROGRESS)
    api.set_status(lib, e, Lifecycle.DISMISSED, "xxx xxxx")
    api.add_note(lib, article.id, "**Xxxx** xxx *xxx*:\n\n- xxx\n- xxx", b)
    api.add_note(lib, article.id, "Xxxx xx xxx xxxxxx.")
    ref = api.get_reference(
        lib, api.add_reference(lib, "Xxxx Xxxxx", publisher="Xxxx", published="2026-11-01").created
    )
    api.link_evidence(lib, a, ref.id, Relation.CONTRADICTS, "xxx 11 xxxxx", "xx 3")
    api.link_evidence(lib, c, ref.id, Relation.SUPPORTS)
    api.add_tag(lib, "article", article.id, "xxxx")
    api.add_tag(lib, "assertion", a, "xxxxx")
    yield lib, article.id
    lib.close()


def _render(lib: Library, article_id: str, fmt: str, out: Path, lang: str) -> str:
    options = ReportOptions(lang=lang, include_dismissed=True, include_sourced=True)
    exports.export_articles(lib, [article_id], fmt, out, options)
    if fmt == "pdf":
        reader = PdfReader(str(out))
        return "\n".join(p.extract_text(extraction_mode="layout") for p in reader.pages)
    text = out.read_text(encoding="utf-8")
    if fmt == "html":
        parser = _Text()
        parser.feed(text)
        return " ".join(parser.parts)
    return re.sub(r"\]\(#[^)]*\)|<a id=\"[^\"]*\"></a>", " ", text)  # anchors are not words


@pytest.mark.parametrize("fmt", ["html", "md", "pdf"])
def test_every_report_word_comes_from_the_catalogue(
    xlib, tmp_path: Path, fmt: str, request: pytest.FixtureRequest
) -> None:
    if fmt == "pdf":  # a QApplication first, as for every PDF test (see test_pdf's fixture)
        request.getfixturevalue("qapp")
    lib, article_id = xlib
    shown = _render(lib, article_id, fmt, tmp_path / f"r.{fmt}", "de")
    assert "Bewertung" in shown and "Übersicht" in shown  # it is the German report
    assert not _foreign(shown, _vocabulary("de"))


def test_the_check_catches_an_english_word(xlib, tmp_path: Path) -> None:
    """The English report of the same library is all "foreign" to the German vocabulary,
    so the check above can fail."""
    lib, article_id = xlib
    shown = _render(lib, article_id, "html", tmp_path / "r.html", "en")
    assert {"Summary", "Verdict", "Notes", "References"} <= _foreign(shown, _vocabulary("de"))
