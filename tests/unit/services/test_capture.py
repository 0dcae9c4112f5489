"""Capture with provenance through the service layer and the CLI: the origin and the
archived copy are stored, travel in share files and merges, and are checked there."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "ingest"))
sys.path.insert(0, str(Path(__file__).parents[1] / "storage"))
from documents import make_pdf
from local_server import serve
from test_merge_support import open_lib

from factcheck_app.cli import main
from factcheck_app.errors import LibraryError
from factcheck_app.ingest import IngestError
from factcheck_app.services import articles, sharing
from factcheck_app.storage.untrusted import ShareFileError

PDF_PAGES = [
    ["Budget statement", "", "The ministry said the deficit fell last year."],
    ["Critics say the figures were never independently verified."],
]


@pytest.fixture(scope="module")
def base():
    with serve() as url:
        yield url


@pytest.fixture
def pdf_file(tmp_path: Path) -> Path:
    path = tmp_path / "statement.pdf"
    path.write_bytes(make_pdf(PDF_PAGES, title="Budget statement"))
    return path


def test_pdf_import_keeps_pages_origin_and_the_original(library, pdf_file, tmp_path) -> None:
    article = articles.import_file(library, pdf_file).article
    stored = articles.get_article(library, article.id)
    assert stored.source_name == "statement.pdf" and stored.source_format == "pdf"
    data = pdf_file.read_bytes()
    assert stored.provenance.original_sha256 == hashlib.sha256(data).hexdigest()
    assert stored.provenance.original_size == len(data)
    [snap] = stored.snapshots
    assert (snap.filename, snap.mime, snap.size) == ("statement.pdf", "application/pdf", len(data))
    assert articles.article_snapshot_data(library, snap) == data
    out = articles.save_article_snapshot(library, snap, tmp_path / "copy.pdf")
    assert out.read_bytes() == data
    critics = stored.text.index("Critics")
    assert stored.page_at(critics) == 2 and stored.page_at(0) == 1
    with library.session() as db:  # a damaged copy is reported, not shown as the source
        db.execute("UPDATE article_snapshots SET data = ? WHERE id = ?", [b"x", snap.id])
    with pytest.raises(LibraryError, match="damaged"):
        articles.article_snapshot_data(library, snap)


def test_url_import_and_a_failed_fetch_stores_nothing(library, base) -> None:
    result = articles.import_url(library, f"{base}/old")
    stored = articles.get_article(library, result.article.id)
    assert stored.provenance.redirects == (f"{base}/old", f"{base}/moved")
    assert stored.provenance.fetched_at and stored.modified == "2024-03-05"
    assert stored.snapshots[0].mime == "application/warc"
    for bad in (f"{base}/missing", f"{base}/image", "ftp://example.org/x"):
        with pytest.raises(IngestError):
            articles.import_url(library, bad)
    assert len(articles.list_articles(library)) == 1
    with library.session() as db:
        assert db.execute("SELECT count(*) FROM article_snapshots").fetchone()[0] == 1


def test_pasted_text_records_its_hash_and_address(library) -> None:
    text = "Officials said the plan was sound. Critics say it is unsubstantiated."
    article = articles.import_text(library, text, url="https://example.org/a").article
    stored = articles.get_article(library, article.id)
    assert stored.url == "https://example.org/a"
    assert stored.provenance.requested_url == "https://example.org/a"
    assert stored.provenance.original_sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert stored.snapshots == ()


def test_archived_copies_travel_in_shares_and_merges(tmp_path, pdf_file) -> None:
    alice = open_lib(tmp_path / "alice.db", "alice")
    article = articles.import_file(alice, pdf_file).article
    share = tmp_path / "alice.factcheck"
    counts = sharing.share_library(alice, share)
    assert counts["article_snapshots"] == 1
    without = tmp_path / "light.factcheck"
    assert sharing.share_library(alice, without, snapshots=False)["article_snapshots"] == 0
    bob = open_lib(tmp_path / "bob.db", "bob")
    report = sharing.merge(bob, share)
    assert report.added["article_snapshots"] == 1
    theirs = articles.get_article(bob, article.id)
    assert theirs.provenance == articles.get_article(alice, article.id).provenance
    assert [b.page for b in theirs.blocks] == [b.page for b in article.blocks]
    assert articles.article_snapshot_data(bob, theirs.snapshots[0]) == pdf_file.read_bytes()
    again = sharing.merge(bob, share)
    assert sum(again.added.values()) == 0


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE article_snapshots SET data = x'00'", "wrong size"),
        ("UPDATE article_snapshots SET sha256 = 'abc'", "does not match its checksum"),
        ("UPDATE articles SET redirects = 'not json'", "articles.redirects"),
        ("UPDATE articles SET http_status = 1000", "articles.http_status"),
        ("UPDATE blocks SET page = -1", "blocks.page"),
    ],
)
def test_forged_provenance_in_a_share_file_is_refused(tmp_path, pdf_file, sql, message) -> None:
    alice = open_lib(tmp_path / "alice.db", "alice")
    articles.import_file(alice, pdf_file)
    share = tmp_path / "forged.factcheck"
    sharing.share_library(alice, share)
    conn = sqlite3.connect(share)
    conn.execute(sql)
    conn.commit()
    conn.close()
    bob = open_lib(tmp_path / "bob.db", "bob")
    with pytest.raises(ShareFileError, match=message):
        sharing.merge(bob, share)
    assert articles.list_articles(bob) == []


def test_cli_imports_urls_and_documents_and_shows_pages(tmp_path, base, pdf_file) -> None:
    runner = CliRunner()
    db = str(tmp_path / "cli.db")

    def run(*args: str):
        return runner.invoke(main, ["--db", db, *args], catch_exceptions=False)

    result = run("import", f"{base}/old", str(pdf_file))
    assert result.exit_code == 0, result.output
    web_id, pdf_id = result.stdout.split()
    assert f"redirected to {base}/article" in result.stderr
    shown = run("show", pdf_id).stdout
    assert "[paragraph en" in shown and " p. 2] Critics say" in shown
    assert "sha256:" in shown and "archived:  statement.pdf (application/pdf" in shown
    web = run("show", web_id).stdout
    assert f"fetched:   {base}/old" in web and f"redirect:  {base}/moved" in web
    assert "retrieved:" in web and "(HTTP 200, text/html)" in web
    failed = run("import", f"{base}/missing", "ftp://x/y")
    assert failed.exit_code == 2
    assert "answered 404" in failed.stderr
    assert len(run("list").stdout.strip().splitlines()) == 2


def test_reports_carry_the_origin(library, pdf_file) -> None:
    from factcheck_app.export.labels import provenance
    from factcheck_app.services import exports

    article = articles.import_file(library, pdf_file).article
    report = exports.build_report(library, [article.id])
    rows = dict(provenance(report, report.articles[0]))
    assert rows["Source file"] == "statement.pdf"
    digest = hashlib.sha256(pdf_file.read_bytes()).hexdigest()
    assert rows["Original (SHA-256)"] == digest
    from factcheck_app.export.json_report import article_json

    origin = article_json(report.articles[0].article)["origin"]
    assert origin["sha256"] == digest and origin["archived_copies"][0]["mime"] == "application/pdf"


def test_report_claims_cite_the_pdf_page(library, pdf_file) -> None:
    from factcheck_app.export.html import render_html
    from factcheck_app.export.markdown import render_markdown
    from factcheck_app.models import Category
    from factcheck_app.services import annotations, exports

    article = articles.import_file(library, pdf_file).article
    start = article.text.index("Critics")
    annotations.add_manual_assertion(
        library, article.id, start, start + 11, Category.VAGUE_SOURCE, "who?"
    )
    report = exports.build_report(library, [article.id])
    assert "Critics say” (p. 2)" in render_html(report)
    assert "> Critics say (p. 2)" in render_markdown(report)
