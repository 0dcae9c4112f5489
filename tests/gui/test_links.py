"""Links open only for http(s), in the system browser, after the address was shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QMessageBox

from factcheck_app.gui import links
from factcheck_app.gui.markdown_view import MarkdownView, render_markdown


@pytest.fixture
def browser(monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    return opened


@pytest.fixture
def dialogs(monkeypatch):
    seen: dict[str, list[str]] = {"warning": [], "question": []}

    def warning(parent, title, text, *rest):
        seen["warning"].append(text)
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *rest):
        seen["question"].append(text)
        return seen.get("answer", QMessageBox.StandardButton.Open)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return seen


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/x",
        "https://",
        "not a url",
        "",
    ],
)
def test_other_schemes_are_refused_with_a_message(qtbot, browser, dialogs, url):
    assert links.open_link(None, url) is False
    assert browser == []
    assert dialogs["question"] == []
    assert "Only web addresses" in dialogs["warning"][0]


def test_http_link_shows_the_full_address_then_opens(qtbot, browser, dialogs):
    url = "https://example.org/a/very/long/path?query=1#frag"
    assert links.open_link(None, url) is True
    assert url in dialogs["question"][0]
    assert browser == [url]


def test_cancel_does_not_open(qtbot, browser, dialogs):
    dialogs["answer"] = QMessageBox.StandardButton.Cancel
    assert links.open_link(None, "http://example.org") is False
    assert browser == []


def test_markdown_escapes_html_and_drops_script_links():
    html = render_markdown("<script>alert(1)</script> [x](javascript:alert(1)) **bold**")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript' not in html
    assert "<strong>bold</strong>" in html


def test_markdown_view_loads_no_resources(qtbot):
    view = MarkdownView("![tracker](https://evil.example/pixel.png) text")
    qtbot.addWidget(view)
    assert (
        view.loadResource(
            QTextDocument.ResourceType.ImageResource, QUrl("https://evil.example/pixel.png")
        )
        is None
    )
    assert (
        view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("file:///etc/passwd"))
        is None
    )
    assert not view.openLinks() and not view.openExternalLinks()


def test_clicking_a_link_in_a_note_goes_through_the_guard(qtbot, browser, dialogs):
    view = MarkdownView("see [this](javascript:alert(1)) and <a href='javascript:x'>raw</a>")
    qtbot.addWidget(view)
    view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert browser == []
    assert dialogs["warning"]
    view.anchorClicked.emit(QUrl("https://example.org"))
    assert browser == ["https://example.org"]
