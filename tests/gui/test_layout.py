"""The main window at the sizes checkers use (1024×640 up to 1920×1080), in both languages.

What matters is what a user reads: the article column keeps a readable width, the welcome
page is reachable without scrolling sideways, the search box stays on the toolbar (so
Ctrl+F works) and switching the language in Settings takes effect at once.
"""

from __future__ import annotations

import pytest
from gui_support import add_article, analyse, paragraphs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from factcheck_app.gui import i18n
from factcheck_app.gui.columns import (
    ARTICLE_MIN_WIDTH,
    LIBRARY_WIDTH,
    SIDE_DOCK_MIN_WINDOW,
    SIDE_WIDTH,
    plan_columns,
)

SIZES = [(1024, 640), (1440, 900), (1920, 1080)]


@pytest.mark.parametrize("width", [900, 1024, 1280, 1440, 1920, 2560])
def test_planned_columns_fill_the_width_and_keep_the_article_readable(width):
    plan = plan_columns(width)
    assert plan.library + plan.article + plan.side == width
    assert plan.article >= ARTICLE_MIN_WIDTH
    assert SIDE_WIDTH[0] * 3 // 4 <= plan.side <= SIDE_WIDTH[1]
    assert plan.library == 0 or LIBRARY_WIDTH[0] <= plan.library <= LIBRARY_WIDTH[1]


def test_extra_width_goes_to_the_side_pane_and_the_library_too():
    medium, wide = plan_columns(1440), plan_columns(1920)
    assert wide.side > medium.side and wide.library > medium.library
    assert not plan_columns(1024).library_shown and medium.library_shown


def _window_with_article(make_window, ctx, size):
    article_id = add_article(
        ctx.library,
        paragraphs(
            "Officials said the plant would close. Reports indicate 300 jobs are at risk.",
            "The minister provided no evidence for the claim.",
            title="Nordkorea: Kim Jong Un empfängt Belousov in Pjöngjang zu Gesprächen",
        ),
    )
    analyse(ctx.library, article_id)
    window = make_window()
    window.resize(*size)
    window.show_article(article_id)
    QApplication.processEvents()
    QApplication.processEvents()
    return window, article_id


@pytest.mark.parametrize("size", SIZES)
def test_article_column_stays_readable_at_every_size(qtbot, make_window, ctx, size):
    window, _ = _window_with_article(make_window, ctx, size)
    qtbot.waitUntil(lambda: window.centre.width() >= ARTICLE_MIN_WIDTH, timeout=3000)
    assert window.right_splitter.width() >= SIDE_WIDTH[0] * 3 // 4
    assert window.splitter.width() <= window.width()  # nothing pushed off the window
    shown = window.library_view.isVisible()
    assert shown == (size[0] > 1024)
    assert window.library_toggle.isChecked() == shown


def test_the_folded_library_comes_back_as_a_drawer(qtbot, make_window, ctx):
    window, article_id = _window_with_article(make_window, ctx, (1024, 640))
    qtbot.waitUntil(lambda: not window.library_view.isVisible(), timeout=3000)
    window.library_toggle.trigger()
    assert window.library_view.isVisible()
    assert window.library_view.current_article_id() == article_id
    window.library_toggle.trigger()
    assert not window.library_view.isVisible()
    window.resize(1600, 900)  # the user hid it: widening the window keeps it hidden
    QApplication.processEvents()
    assert not window.library_view.isVisible()


def test_a_narrow_library_keeps_titles_readable(qtbot, make_window, ctx):
    window, _ = _window_with_article(make_window, ctx, (1440, 900))
    header = window.library_view.view.header()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= 150, timeout=3000)
    assert window.library_view.view.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_search_results_do_not_squeeze_the_article(qtbot, make_window, ctx):
    window, _ = _window_with_article(make_window, ctx, (1024, 640))
    dock = window.workbench.search_dock
    window.workbench.search.box.setText("plant")
    qtbot.keyClick(window.workbench.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(dock.isVisible, timeout=3000)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.centre.width() >= ARTICLE_MIN_WIDTH
    window.resize(SIDE_DOCK_MIN_WINDOW + 100, 1000)
    QApplication.processEvents()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea


@pytest.fixture
def german(qapp):
    i18n.compile_translations()
    i18n.install_translators(qapp, "de")
    yield
    i18n.install_translators(qapp, "en")


@pytest.mark.parametrize("size", SIZES)
def test_search_box_never_falls_into_the_toolbar_overflow(qtbot, german, make_window, size):
    window = make_window()
    window.resize(*size)
    QApplication.processEvents()
    QApplication.processEvents()
    box = window.workbench.search.box
    assert box.isVisible() and box.width() >= 120
    assert not window.toolbar_fit.overflowing()
    window.workbench.find_action.trigger()
    assert box.hasFocus()


@pytest.mark.parametrize("width", [700, 1024])
def test_welcome_page_fits_without_sideways_scrolling(qtbot, make_window, width):
    window = make_window()  # empty library: the welcome page
    window.resize(width, 640)
    QApplication.processEvents()
    QApplication.processEvents()
    scroll = window.centre.currentWidget()
    assert window.start_view.isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    sample = window.start_view.sample_button
    assert sample.mapTo(window.start_view, sample.rect().topRight()).x() <= scroll.width()
    assert not window.right_splitter.isVisible()  # nothing to check yet: no side pane


def test_language_switch_applies_at_once(qtbot, ctx, monkeypatch):
    from gui_support import FakeAnalyzer

    from factcheck_app.gui import settings_dialog
    from factcheck_app.gui.main_window import MainWindow

    def unregistered_window():  # it is deleted by the switch: qtbot must not close it
        window = MainWindow(ctx, analyzer_factory=FakeAnalyzer, preload_analyzer=False)
        window.show()
        return window

    window, article_id = _window_with_article(unregistered_window, ctx, (1440, 900))
    replaced = []
    window.replaced.connect(replaced.append)

    def choose_german(parent, context):
        dialog = settings_dialog.SettingsDialog(context, parent)
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("Anna")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return True

    monkeypatch.setattr(settings_dialog, "open_settings_dialog", choose_german)
    try:
        window.open_settings()
        qtbot.waitUntil(lambda: bool(replaced), timeout=5000)
        new = replaced[0]
        qtbot.addWidget(new)
        titles = [a.text() for a in new.menuBar().actions()]
        assert titles[:2] == ["&Datei", "&Bearbeiten"]
        assert new.current_article_id() == article_id
        assert new.isVisible() and not window.isVisible()
        assert "Behauptung" in new.status_label.text()
    finally:
        i18n.install_translators(QApplication.instance(), "en")


def test_app_links_its_desktop_entry_and_icon(tmp_path):
    """Run in a child process: main() installs app-wide state (hooks, language, timers)."""
    import json
    import os
    import subprocess
    import sys

    out = tmp_path / "shot.png"
    code = (
        "import json, sys; from PySide6.QtWidgets import QApplication;"
        "from factcheck_app.gui.app import main;"
        f"rc = main(['--screenshot', {str(out)!r}, '--size', '1024x640']);"
        "app = QApplication.instance();"
        "print(json.dumps([rc, app.desktopFileName(),"
        " sorted({s.width() for s in app.windowIcon().availableSizes()})]))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180
    )
    rc, app_id, sizes = json.loads(done.stdout.strip().splitlines()[-1])
    from PySide6.QtGui import QImage

    from factcheck_app.gui.app import DESKTOP_APP_ID

    assert rc == 0 and app_id == DESKTOP_APP_ID
    assert {16, 32, 48, 256} <= set(sizes)
    assert QImage(str(out)).size().toTuple() == (1024, 640)
