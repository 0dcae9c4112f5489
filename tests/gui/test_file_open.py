"""Double-clicked files on macOS arrive as FileOpen events: articles import, shares merge."""

from __future__ import annotations

from gui_support import wait_for_jobs
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from factcheck_app.gui import file_open
from factcheck_app.services import articles


def test_file_open_event_imports_an_article(qtbot, window, ctx, tmp_path) -> None:
    path = tmp_path / "opened.md"
    path.write_text("# Opened\n\nReports indicate that the bridge will close in May.\n")
    handler = file_open.install(QApplication.instance(), window)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
        qtbot.waitUntil(lambda: bool(ctx.tasks.running or articles.list_articles(ctx.library)))
        wait_for_jobs(qtbot, ctx)
        assert [s.title for s in articles.list_articles(ctx.library)] == ["Opened"]
    finally:
        QApplication.instance().removeEventFilter(handler)


def test_file_open_event_with_a_share_file_offers_the_merge(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    opened = []
    monkeypatch.setattr(window, "open_share_file", opened.append)
    handler = file_open.install(QApplication.instance(), window)
    try:
        share = tmp_path / "colleague.factcheck"
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(share)))
        qtbot.waitUntil(lambda: opened == [share])
    finally:
        QApplication.instance().removeEventFilter(handler)
