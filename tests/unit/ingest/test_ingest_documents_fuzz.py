"""Fuzzing the PDF, Word and web readers: any input gives an article that keeps the
invariants, or one IngestError line; never another exception."""

from __future__ import annotations

from dataclasses import replace

from documents import make_docx, make_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_helpers import assert_invariants

from factcheck_app.ingest import IngestError, parse_bytes
from factcheck_app.ingest.fetch import Fetched, Hop
from factcheck_app.ingest.web import parse_fetched

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
latin = st.text(
    st.characters(min_codepoint=32, max_codepoint=255, exclude_characters="\x7f"), max_size=60
)
words = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöüß .,")), max_size=80)


def _ok_or_refused(data: bytes, fmt: str | None = None) -> None:
    try:
        article = parse_bytes(data, fmt)
    except IngestError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert_invariants(article)
    for block in article.blocks:
        assert block.page is None or block.page >= 1


@PROPS
@given(st.lists(st.lists(latin, max_size=8), min_size=1, max_size=4))
def test_generated_pdfs(pages: list[list[str]]) -> None:
    _ok_or_refused(make_pdf(pages))


@PROPS
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=2000))
def test_damaged_pdfs(noise: bytes, at: int) -> None:
    pdf = make_pdf([["A statement that the minister made on Monday."]])
    at = min(at, len(pdf))
    _ok_or_refused(pdf[:at] + noise + pdf[at + len(noise) :], "pdf")


@PROPS
@given(
    st.lists(
        st.tuples(st.sampled_from(["Normal", "Heading 1", "List Bullet", "Quote"]), words),
        max_size=8,
    )
)
def test_generated_docx(paragraphs: list[tuple[str, str]]) -> None:
    def build(document) -> None:
        for style, text in paragraphs:
            document.add_paragraph(text, style=style)

    _ok_or_refused(make_docx(build), "docx")


@PROPS
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=5000))
def test_damaged_docx(noise: bytes, at: int) -> None:
    data = make_docx(lambda d: d.add_paragraph("The minister said the plan would work."))
    at = min(at, len(data))
    _ok_or_refused(data[:at] + noise + data[at + len(noise) :], "docx")


@PROPS
@given(
    st.binary(max_size=500),
    st.sampled_from(
        ["text/html", "text/plain", "application/pdf", "image/png", "application/json", ""]
    ),
    st.sampled_from([None, "utf-8", "latin-1", "bogus-charset"]),
)
def test_any_http_answer(body: bytes, mime: str, charset: str | None) -> None:
    value = mime + (f"; charset={charset}" if charset and mime else "")
    hop = Hop("http://127.0.0.1/x", 200, "OK", (("Content-Type", value),) if value else ())
    fetched = Fetched("http://127.0.0.1/x", (hop,), body, "2026-01-01T00:00:00Z")
    try:
        article = parse_fetched(replace(fetched, warc=b"warc"))
    except IngestError as err:
        assert "\n" not in str(err)
        return
    assert_invariants(article)
    assert article.provenance.original_size == len(body)
