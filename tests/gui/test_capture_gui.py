"""Capture with provenance, as a user does it: File > Import from URL, links and PDFs
dropped on the window, the origin bar with the archived copy, a reference fetched from
its address. HTTP goes to a local server on 127.0.0.1 only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_support import wait_for_jobs
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

sys.path.insert(0, str(Path(__file__).parents[1] / "unit" / "ingest"))
from documents import make_docx, make_pdf
from local_server import serve

from factcheck_app.services.articles import get_article, list_articles


@pytest.fixture(scope="module")
def base():
    with serve() as url:
        yield url


@pytest.fixture
def warnings(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text))
    )
    return shown


def _drop(window, mime: QMimeData) -> None:
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)


def _accept_url_dialog(monkeypatch, url: str, seen: list) -> None:
    from factcheck_app.gui import url_dialog

    def fake_exec(dialog) -> int:
        seen.append(dialog)
        dialog.url.clear()
        dialog.url.insert(url)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            return url_dialog.UrlDialog.DialogCode.Rejected
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(url_dialog.UrlDialog, "exec", fake_exec)


def test_import_from_url_menu_fetches_archives_and_shows_origin(
    qtbot, window, ctx, monkeypatch, warnings, base, tmp_path
):
    seen: list = []
    _accept_url_dialog(monkeypatch, f"{base}/old", seen)
    file_menu = window.menus["file"]
    assert window.importer.url_action in file_menu.actions()
    window.importer.url_action.trigger()
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    assert warnings == []
    [summary] = list_articles(ctx.library)
    article = get_article(ctx.library, summary.id)
    assert article.title == "Minister denies budget report"
    assert article.provenance.final_url == f"{base}/article"
    assert window.current_article_id() == article.id
    bar = window.article_view.provenance
    assert bar.isVisible()
    assert f"{base}/article" in bar.label.text() and "redirected from" in bar.label.text()
    assert "SHA-256 " + article.provenance.original_sha256[:12] in bar.hash_label.text()
    assert f"Redirected via: {base}/moved" in bar.toolTip()
    assert bar.save_button.isVisible() and bar.open_button.isVisible()
    from factcheck_app.gui.provenance_bar import save_archived

    saved = save_archived(window, ctx, bar.snapshot, str(tmp_path / "copy.warc.gz"))
    from factcheck_app.ingest.fetch import read_warc

    records = read_warc(saved.read_bytes())
    assert [r[1] for r in records] == [301, 302, 200]
    assert "Redirected to" in window.statusBar().currentMessage()


def test_url_dialog_refuses_what_cannot_be_fetched(qtbot):
    from factcheck_app.gui.url_dialog import UrlDialog

    dialog = UrlDialog(url="file:///etc/passwd")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Only http:// and https://" in dialog.hint.text()
    dialog.url.clear()
    dialog.url.insert("example.org/a")
    assert "write https://example.org/a" in dialog.hint.text()
    dialog.url.clear()
    dialog.url.insert("https://example.org/a")
    assert ok.isEnabled() and dialog.hint.isHidden()


def test_failed_fetch_says_why_and_stores_nothing(qtbot, window, ctx, monkeypatch, warnings, base):
    _accept_url_dialog(monkeypatch, f"{base}/image", [])
    window.importer.url_action.trigger()
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    qtbot.waitUntil(lambda: bool(warnings), timeout=60000)
    assert "not an article: the server sent image/png" in warnings[0][1]
    assert list_articles(ctx.library) == []


def test_dropping_a_browser_link_and_documents(qtbot, window, ctx, warnings, base, tmp_path):
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(
        make_pdf(
            [["Statement", "", "The ministry said the deficit fell by 2 percent last year."]],
            title="Ministry statement",
        )
    )
    memo = tmp_path / "memo.docx"
    memo.write_bytes(
        make_docx(lambda d: d.add_paragraph("Officials said the audit found no problems."))
    )
    mime = QMimeData()  # what a browser puts on a dragged link
    mime.setUrls([QUrl(f"{base}/article")])
    mime.setHtml(f"<a href='{base}/article'>Minister denies budget report</a>")
    mime.setText(f"{base}/article")
    _drop(window, mime)
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(memo))])
    _drop(window, files)
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    assert warnings == []
    titles = {s.title for s in list_articles(ctx.library)}
    assert titles == {
        "Minister denies budget report",
        "Ministry statement",
        "Officials said the audit found no problems.",  # a memo without a title: first line
    }
    by_title = {s.title: get_article(ctx.library, s.id) for s in list_articles(ctx.library)}
    statement = by_title["Ministry statement"]
    assert statement.snapshots[0].mime == "application/pdf"
    assert {b.page for b in statement.blocks} == {1}
    window.show_article(statement.id)
    bar = window.article_view.provenance
    assert "statement.pdf" in bar.label.text()
    assert by_title["Minister denies budget report"].provenance.requested_url == f"{base}/article"


def test_reference_dialog_fetch_fills_fields_and_keeps_the_archive(qtbot, base):
    from factcheck_app.gui.detail.reference_dialog import ReferenceDialog
    from factcheck_app.models import ReferenceKind

    dialog = ReferenceDialog()
    qtbot.addWidget(dialog)
    dialog.form.url.insert(f"{base}/old")
    dialog.fetch_button.click()
    qtbot.waitUntil(lambda: dialog.fetch_button.isEnabled(), timeout=20000)
    assert dialog.form.title.text() == "Minister denies budget report"
    assert dialog.form.publisher.text() == "Daily Example"
    assert dialog.form.published.text() == "2024-03-01"
    assert dialog.form.kind.currentData() == ReferenceKind.NEWS_REPORT
    assert dialog.attach_path is not None and dialog.attach_path.name.endswith(".warc.gz")
    assert "redirected from" in dialog.fetch_status.text()
    dialog.form.url.clear()
    dialog.form.url.insert(f"{base}/missing")
    dialog.fetch_button.click()
    qtbot.waitUntil(lambda: dialog.fetch_button.isEnabled(), timeout=20000)
    assert "answered 404" in dialog.fetch_status.text()


def test_assertion_detail_cites_the_pdf_page(qtbot, ctx, tmp_path):
    from factcheck_app.gui.detail.assertion_detail import AssertionDetail
    from factcheck_app.models import Category
    from factcheck_app.services import annotations
    from factcheck_app.services.articles import import_file

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(
        make_pdf(
            [
                ["Annual report", "", "The ministry said spending rose."],
                ["Critics say the figures were never independently verified."],
            ]
        )
    )
    article = import_file(ctx.library, pdf).article
    start = article.text.index("Critics")
    assertion = annotations.get_assertion(
        ctx.library,
        annotations.add_manual_assertion(
            ctx.library, article.id, start, start + 11, Category.VAGUE_SOURCE, "who?"
        ).created,
    )
    detail = AssertionDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_assertion(assertion.id)
    assert detail.header.origin.text().endswith("· p. 2")


def test_pasting_a_web_address_fetches_it(qtbot, window, ctx, warnings, base):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(f"{base}/article")
    window.importer.paste_action.trigger()
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    wait_for_jobs(qtbot, ctx, timeout=60000)  # a fetch under load
    assert warnings == []
    [summary] = list_articles(ctx.library)
    article = get_article(ctx.library, summary.id)
    assert article.provenance.requested_url == f"{base}/article"
    assert article.snapshots[0].mime == "application/warc"
