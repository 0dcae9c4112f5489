"""Import from a web address, against a local server on 127.0.0.1 (never the network)."""

from __future__ import annotations

import socket

import pytest
from ingest_helpers import assert_invariants
from local_server import closed_port, serve

from factcheck_app.ingest import IngestError, read_url
from factcheck_app.ingest.fetch import check_url, fetch, read_warc


@pytest.fixture(scope="module")
def base():
    with serve() as url:
        yield url


def test_article_with_metadata_redirects_and_warc(base: str) -> None:
    article = read_url(f"{base}/old")
    assert_invariants(article)
    assert article.title == "Minister denies budget report"
    assert article.url == "https://news.example.org/politics/budget-report"  # canonical
    assert article.outlet == "Daily Example"
    assert article.byline == "Jane Doe"
    assert article.published == "2024-03-01"
    assert article.modified == "2024-03-05"
    assert article.languages == ("en",)
    assert "provided no evidence" in article.text
    origin = article.provenance
    assert origin.requested_url == f"{base}/old"
    assert origin.final_url == f"{base}/article"
    assert origin.redirects == (f"{base}/old", f"{base}/moved")
    assert origin.http_status == 200 and origin.content_type == "text/html"
    assert origin.fetched_at and origin.fetched_at.endswith("Z")
    assert article.original is not None and article.original.mime == "application/warc"
    records = read_warc(article.original.data)
    assert [(uri, status) for uri, status, *_ in records] == [
        (f"{base}/old", 301),
        (f"{base}/moved", 302),
        (f"{base}/article", 200),
    ]
    _, _, headers, body, date = records[-1]
    assert "Minister denies budget report" in body.decode()
    assert {k.lower(): v for k, v in headers.items()}["content-type"].startswith("text/html")
    assert date == origin.fetched_at
    import hashlib

    assert hashlib.sha256(body).hexdigest() == origin.original_sha256
    assert origin.original_size == len(body)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop", "redirects more than"),
        ("/to-file", "not a web address"),
        ("/image", "not an article: the server sent image/png"),
        ("/empty", "empty page"),
        ("/missing", "answered 404"),
        ("/claims-huge", "too large (900.0 MB)"),
    ],
)
def test_bad_answers_are_refused_with_one_line(base: str, path: str, message: str) -> None:
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")) as err:
        read_url(f"{base}{path}")
    assert "\n" not in str(err.value)


def test_slow_server_times_out(base: str) -> None:
    with pytest.raises(IngestError, match=r"stopped sending data|did not answer"):
        fetch(f"{base}/slow", timeout=0.3)


def test_endless_body_is_cut_at_the_size_limit(base: str) -> None:
    with pytest.raises(IngestError, match="too large; the limit is 1 MB"):
        fetch(f"{base}/endless", max_bytes=1024 * 1024)


def test_trickling_body_is_cut_at_the_deadline(base: str) -> None:
    with pytest.raises(IngestError, match=r"took longer than 0\.5 s"):
        fetch(f"{base}/trickle", deadline=0.5)


def test_cancel_stops_the_download(base: str) -> None:
    with pytest.raises(IngestError, match="cancelled"):
        fetch(f"{base}/endless", cancel=lambda: True)


def test_wrong_declared_charset_is_decoded_with_a_warning(base: str) -> None:
    article = read_url(f"{base}/wrong-charset")
    assert "Finanzministerin Müller’s" in article.text
    assert any("said the page is utf-8, but it is not" in w for w in article.warnings)


def test_declared_legacy_charset_is_honoured(base: str) -> None:
    article = read_url(f"{base}/latin1")
    assert "Finanzministerin Müller’s" in article.text
    assert article.warnings == ()


def test_plain_text_and_pdf_answers_use_their_readers(base: str) -> None:
    from documents import make_pdf
    from local_server import page

    pdf = make_pdf([["Statement on the budget", "The ministry said the deficit fell."]])
    with serve({"/doc.pdf": page(pdf, "application/octet-stream")}) as other:
        article = read_url(f"{other}/doc.pdf")
    assert article.source_format == "pdf" and article.source_name == "doc.pdf"
    assert {b.page for b in article.blocks} == {1}
    plain = read_url(f"{base}/plain")
    assert plain.source_format == "text" and "independently verified" in plain.text


def test_offline_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(IngestError, match="seems to be offline"):
        fetch("https://news.example.org/story")


def test_refused_connection_says_so() -> None:
    with pytest.raises(IngestError, match="refused the connection"):
        fetch(f"http://127.0.0.1:{closed_port()}/x")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "Enter a web address"),
        ("file:///etc/passwd", "Only http:// and https://"),
        ("ftp://example.org/a", "Only http:// and https://"),
        ("example.org/story", "has no scheme; write https://example.org/story"),
        ("https://", "has no host name"),
    ],
)
def test_only_absolute_http_urls(url: str, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        check_url(url)
