"""Getting articles in as a user does: File > Open, paste, drag and drop; bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import sample_file, wait_for_jobs
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from factcheck_app.services.analysis import list_assertions
from factcheck_app.services.articles import list_articles


@pytest.fixture
def warnings(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text))
    )
    return shown


def _choose(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], "")
    )


def test_open_a_sample_with_the_real_analyser(qtbot, ctx, monkeypatch, warnings):
    from factcheck_app.gui.main_window import MainWindow

    window = MainWindow(ctx, preload_analyzer=False)  # the real analyser, blank pipeline
    qtbot.addWidget(window)
    window.show()
    _choose(monkeypatch, sample_file())
    window.importer.open_action.trigger()
    wait_for_jobs(qtbot, ctx, timeout=60000)
    assert warnings == []
    [summary] = list_articles(ctx.library)
    assert window.current_article_id() == summary.id
    stored = list_assertions(ctx.library, summary.id)
    hidden = window.article_view.hidden_categories()
    visible = [a for a in stored if str(a.category) not in hidden]
    assert visible, "the sample has flagged assertions"
    assert window.article_view.highlight_count() == len(visible)
    # one card per claim; cards found sourced only are not in the queue by default
    from factcheck_app.services.cards import article_cards

    queue = [
        c
        for c in article_cards(ctx.library, summary.id)
        if not c.sourced_only and not all(str(x) in hidden for x in c.categories)
    ]
    assert window.assertion_panel.proxy.rowCount() == len(queue) < len(visible)
    assert window.library_view.article_count() == 1
    assert "1 article ·" in window.status_label.text()


def test_a_bad_file_shows_a_message_and_imports_nothing(
    qtbot, window, ctx, monkeypatch, warnings, tmp_path
):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.md"
    empty.write_text("")
    _choose(monkeypatch, bad, empty)
    window.importer.open_action.trigger()
    wait_for_jobs(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(warnings))
    _title, text = warnings[0]
    assert "photo.txt" in text and "empty.md" in text
    assert "Traceback" not in text
    assert list_articles(ctx.library) == []
    assert window.current_article_id() is None


def test_paste_prefers_html(qtbot, window, ctx, warnings):
    mime = QMimeData()
    mime.setHtml(
        "<html><head><title>Pasted page</title></head><body><article>"
        "<h1>Minister quits</h1><p>The minister reportedly resigned on Monday after "
        "weeks of pressure from his own party.</p>"
        "<p>Sources say the budget collapsed, and the opposition asked for new elections.</p>"
        "</article></body></html>"
    )
    mime.setText("plain text version that should not be used")
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_for_jobs(qtbot, ctx)
    wait_for_jobs(qtbot, ctx)  # the analysis started by the import
    [summary] = list_articles(ctx.library)
    assert "Minister quits" in summary.title
    assert window.current_article_id() == summary.id
    assert "plain text version" not in window.article_view.article.text
    assert window.article_view.highlight_count() >= 2
    assert warnings == []


def test_paste_of_an_empty_clipboard_says_so(qtbot, window, warnings):
    QGuiApplication.clipboard().clear()
    window.importer.paste_action.trigger()
    assert warnings and "clipboard" in warnings[0][1]


def test_dropping_files_imports_them(qtbot, window, ctx, tmp_path, warnings):
    article = tmp_path / "dropped.md"
    article.write_text(
        "# Dropped article\n\nThe mayor reportedly resigned after the vote on Tuesday.\n"
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)  # what Qt calls on release (sendEvent needs a real drag)
    wait_for_jobs(qtbot, ctx)
    wait_for_jobs(qtbot, ctx)
    [summary] = list_articles(ctx.library)
    assert summary.title == "Dropped article"
    assert warnings == []


def test_importing_the_same_file_twice_keeps_one(qtbot, window, ctx, monkeypatch, tmp_path):
    article = tmp_path / "once.md"
    article.write_text("# Once\n\nThe mayor reportedly resigned after the vote on Tuesday.\n")
    _choose(monkeypatch, article)
    messages: list[str] = []
    window.importer.message.connect(messages.append)
    for _ in range(2):
        window.importer.open_action.trigger()
        wait_for_jobs(qtbot, ctx)
    assert len(list_articles(ctx.library)) == 1
    assert "already in the library" in messages[-1]
