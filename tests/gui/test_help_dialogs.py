"""Help menu: the user guide in both languages, the About dialog, the menu entries."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu

from factcheck_app import __version__
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.help_dialogs import (
    AboutDialog,
    UserGuideDialog,
    guide_language,
    guide_path,
    install_help_menu,
    render_guide,
)

SECTIONS = {
    "en": [
        "Getting started",
        "What the highlights mean",
        "No evidence",
        "Vague source",
        "Hedged",
        "Disputed",
        "Unsourced claim",
        "Sourced",
        "Reviewing an article",
        "Searching",
        "Managing your library",
        "Teaching the analyser: don't flag this again",
        "Keyboard shortcuts",
        "Customising the cue lexicons",
        "Sharing and merging",
        "Exports",
        "Privacy",
        "Command line",
    ],
    "de": [
        "Erste Schritte",
        "Was die Markierungen bedeuten",
        "Ohne Belege",
        "Vage Quelle",
        "Relativiert",
        "Bestritten",
        "Unbelegte Behauptung",
        "Belegt",
        "Einen Artikel prüfen",
        "Suchen",
        "Die Bibliothek verwalten",
        "Der Analyse etwas beibringen: nicht mehr markieren",
        "Tastenkürzel",
        "Signalwort-Lexika anpassen",
        "Teilen und Zusammenführen",
        "Exporte",
        "Datenschutz",
        "Kommandozeile",
    ],
}


@pytest.fixture
def guide(qtbot):
    dialog = UserGuideDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("lang", ["en", "de"])
def test_guide_renders_every_section_in_both_languages(qtbot, lang):
    dialog = UserGuideDialog(lang)
    qtbot.addWidget(dialog)
    assert dialog.language == lang
    assert dialog.toc_titles() == SECTIONS[lang]
    text = dialog.browser.toPlainText()
    for heading in SECTIONS[lang]:
        assert heading in text
    assert "|---|" not in text  # the shortcut table rendered as a table
    assert "missing" not in dialog.windowTitle().lower()


def test_language_switch_changes_the_guide(qtbot, guide):
    assert guide.language_combo.currentData() == "en"
    guide.language_combo.setCurrentIndex(guide.language_combo.findData("de"))
    assert guide.language == "de"
    assert guide.toc_titles()[0] == "Erste Schritte"
    assert "Signalwort" in guide.browser.toPlainText()


def test_contents_entry_scrolls_to_its_section(qtbot, guide):
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0
    item = guide.toc.findItems("Privacy", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    rect = guide.toc.visualItemRect(item[0])
    qtbot.mouseClick(guide.toc.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert bar.value() > 0
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    assert "Privacy" in top.block().text() or bar.value() == bar.maximum()


@pytest.mark.parametrize(
    ("setting", "expected"), [("de", "de"), ("de_AT", "de"), ("en-GB", "en"), ("fr", "en")]
)
def test_guide_language_follows_the_ui_language(setting, expected):
    assert guide_language(setting) == expected


@pytest.mark.parametrize("lang", ["en", "de"])
def test_guide_images_are_bundled(lang):
    text = guide_path(lang).read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert images
    for image in images:
        assert (guide_path(lang).parent / image).is_file(), image


def test_headings_get_unique_anchors():
    html, headings = render_guide("# A\n\n## Same\n\ntext\n\n## Same\n")
    anchors = [h.anchor for h in headings]
    assert len(set(anchors)) == 3
    for anchor in anchors:
        assert f'<a name="{anchor}"></a>' in html


@pytest.mark.parametrize("lang", ["en", "de"])
def test_guide_lexicon_example_is_a_valid_lexicon(tmp_path, lang):
    """A reader who copies the example gets a working lexicon, not an error."""
    from factcheck_app.analysis.lexicon import build_lexicon

    text = guide_path(lang).read_text(encoding="utf-8")
    blocks = re.findall(r"```\n(.*?)```", text, flags=re.S)
    example = next(b for b in blocks if '"phrases"' in b)
    path = tmp_path / f"mine.{lang}.jsonl"
    path.write_text(example, encoding="utf-8")
    lexicon = build_lexicon(lang, [path])
    assert len(lexicon.entries) == 1


def _documented_shortcuts(lang: str) -> list[str]:
    text = guide_path(lang).read_text(encoding="utf-8")
    section = text.split("## Keyboard shortcuts" if lang == "en" else "## Tastenkürzel")[1]
    keys = []
    for row in re.findall(r"^\| ([^|]+) \|", section.split("\n## ")[0], flags=re.M):
        if row.strip() in ("Keys", "Tasten", "---"):
            continue
        for key in row.split(" / "):
            key = key.strip().replace("Strg", "Ctrl").replace("Umschalt", "Shift")
            key = "Delete" if key == "Entf" else key
            keys.append(key.replace("Eingabe", "Return"))
    return keys


def test_documented_shortcuts_exist_in_the_main_window(qtbot, library):
    from factcheck_app.gui.main_window import MainWindow

    window = MainWindow(GuiContext.create(library), preload_analyzer=False)
    qtbot.addWidget(window)
    install_help_menu(window)
    real = set()
    for action in window.findChildren(QAction):
        real.update(k.toString() for k in action.shortcuts())
    for shortcut in window.findChildren(QShortcut):
        real.add(shortcut.key().toString())
    documented = _documented_shortcuts("en")
    assert documented == _documented_shortcuts("de")
    # Quit, undo/redo, copy and open follow the platform's conventions (QKeySequence's
    # standard keys), which the offscreen platform leaves partly unbound.
    platform_keys = {"Ctrl+Q", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+C", "Ctrl+O"}
    checked = [k for k in documented if k not in platform_keys]
    missing = [k for k in checked if QKeySequence(k).toString() not in real]
    assert missing == []


def test_about_lists_the_versions(qtbot, library):
    import PySide6
    import spacy.about
    from PySide6.QtCore import qVersion

    dialog = AboutDialog(GuiContext.create(library))
    qtbot.addWidget(dialog)
    shown = {name: label.text() for name, label in dialog.value_labels.items()}
    assert shown["Factcheck"] == __version__
    assert qVersion() in shown["Qt"] and PySide6.__version__ in shown["Qt"]
    assert shown["spaCy"] == spacy.about.__version__
    assert shown["Python"].startswith(".".join(map(str, __import__("sys").version_info[:2])))
    assert shown["Detector"] != ""
    assert "built-in rules" in shown["Model"]
    assert shown["Library"] == str(library.path)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Factcheck: {__version__}" in copied
    assert str(library.path) in copied


def test_about_names_a_configured_model_that_is_missing(qtbot, library):
    library.settings = library.settings.replace(model="xx_no_such_model")
    dialog = AboutDialog(GuiContext.create(library))
    qtbot.addWidget(dialog)
    assert "not installed" in dialog.value_labels["Model"].text()


class _Window(QMainWindow):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.menus = {"help": QMenu("&Help", self)}
        self.menus["help"].addAction("&Keyboard shortcuts")


def test_help_menu_opens_one_guide_and_one_about(qtbot, library):
    window = _Window(GuiContext.create(library))
    qtbot.addWidget(window)
    guide, about = install_help_menu(window)
    texts = [a.text() for a in window.menus["help"].actions() if not a.isSeparator()]
    assert texts == ["&User guide", "&Keyboard shortcuts", "&About Factcheck"]
    assert guide.shortcut().toString() == "F1"
    guide.trigger()
    guide.trigger()
    guides = window.findChildren(UserGuideDialog)
    assert len(guides) == 1 and guides[0].isVisible()
    about.trigger()
    abouts = window.findChildren(AboutDialog)
    assert len(abouts) == 1 and abouts[0].value_labels["Library"].text() == str(library.path)
