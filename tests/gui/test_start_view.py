"""The start view of an empty library: its buttons say what they do and emit their signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.start_view import StartView, app_icon_path, sample_path
from factcheck_app.ingest import read_file


@pytest.fixture
def view(qtbot, library):
    widget = StartView(GuiContext.create(library))
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("open_button", "open_file_requested"),
        ("paste_button", "paste_requested"),
        ("sample_button", "sample_requested"),
    ],
)
def test_each_button_emits_its_signal(qtbot, view, button, signal):
    others = {"open_file_requested", "paste_requested", "sample_requested"} - {signal}
    fired: list[str] = []
    for name in others:
        getattr(view, name).connect(lambda name=name: fired.append(name))
    with qtbot.waitSignal(getattr(view, signal), timeout=1000):
        qtbot.mouseClick(getattr(view, button), Qt.MouseButton.LeftButton)
    assert fired == []


def test_buttons_are_keyboard_reachable(qtbot, view):
    view.sample_button.setFocus()
    with qtbot.waitSignal(view.sample_requested, timeout=1000):
        qtbot.keyClick(view.sample_button, Qt.Key.Key_Space)


def test_explains_the_app_and_names_the_library(view, library):
    assert "highlights the assertions" in view.intro.text()
    assert str(library.path) in view.hint.text()
    for button in (view.open_button, view.paste_button, view.sample_button):
        assert button.text() and button.toolTip()
        assert not button.icon().isNull()


def test_in_memory_library_is_named_as_such(qtbot):
    from factcheck_app.services import Library
    from factcheck_app.settings import Settings

    with Library(":memory:", settings=Settings(user_name="t")) as lib:
        widget = StartView(GuiContext.create(lib))
        qtbot.addWidget(widget)
        assert "in memory" in widget.hint.text()


def test_sample_is_the_mixed_language_article_and_imports():
    path = sample_path()
    assert path.name.startswith("mixed-")
    article = read_file(path)
    langs = {block.lang for block in article.blocks}
    assert {"de", "en"} <= langs


def test_app_icon_is_bundled():
    assert app_icon_path(128).is_file()
