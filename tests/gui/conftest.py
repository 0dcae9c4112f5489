"""Shared GUI fixtures: a temporary library, a context, a main window.

The root conftest already points FACTCHECK_CONFIG and FACTCHECK_DB at temporary files;
here QSettings (window geometry) goes to a temporary folder too, so no test touches the
user's own files. Helpers (fake analyser, article builders) are in ``gui_support``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt makes the app

import pytest
from gui_support import FakeAnalyzer
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _empty_clipboard_afterwards(qapp):
    """Tests put Python-made QMimeData on the clipboard, which then owns it. Left there,
    Qt deletes it in an exit handler after Python has finalised, and the process dies
    with a segmentation fault after pytest's summary. Clearing it here deletes it while
    Python still runs."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session", autouse=True)
def _english_ui(qapp):
    """The UI as the app starts it in English: with its plural forms ("1 article")."""
    from factcheck_app.gui import i18n

    i18n.compile_translations()
    i18n.install_translators(qapp, "en")


@pytest.fixture
def ctx(library):
    from factcheck_app.gui.context import GuiContext

    context = GuiContext.create(library)
    yield context
    context.tasks.cancel_all()
    context.tasks.wait(10000)


@pytest.fixture
def make_window(qtbot, ctx):
    """Factory: a shown main window over ``ctx`` with a fake analyser (no spaCy)."""

    def make(analyzer: FakeAnalyzer | None = None):
        from factcheck_app.gui.main_window import MainWindow

        fake = analyzer or FakeAnalyzer()
        window = MainWindow(ctx, analyzer_factory=lambda: fake, preload_analyzer=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()
