"""The German UI: every string the code shows has a finished German translation.

lupdate is run on the current sources into a copy of the committed ``.ts``, so a new or
changed string without a translation fails here, listed by context. Then the compiled
``.qm`` is installed and real widgets are checked for German text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from factcheck_app.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
GUI_SOURCES = sorted((ROOT / "factcheck_app" / "gui").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?\d")
MARKUP = re.compile(r"<[^>]+>")


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.is_file() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed")
    return found


def _updated_messages(tmp: Path, language: str, *options: str) -> list[tuple[str, ET.Element]]:
    """(context, message) of the committed .ts of ``language`` updated from the code."""
    ts = tmp / f"factcheck_{language}.ts"
    shutil.copy(i18n.ts_path(language), ts)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *options]
        + [str(p) for p in GUI_SOURCES]
        + ["-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(ts).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def _targets(message: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus message."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _unfinished(messages: list[tuple[str, ET.Element]]) -> list[str]:
    missing = []
    for context, message in messages:
        translation = message.find("translation")
        targets = _targets(message)
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not targets
            or not all(t.strip() for t in targets)
        ):
            missing.append(f"{context}: {message.findtext('source')!r}")
    return missing


@pytest.fixture(scope="module")
def messages(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, ET.Element]]:
    return _updated_messages(tmp_path_factory.mktemp("ts"), "de")


@pytest.fixture(scope="module")
def english_plurals(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, ET.Element]]:
    tmp = tmp_path_factory.mktemp("ts-en")
    return _updated_messages(tmp, "en", "-pluralonly", "-target-language", "en")


@pytest.fixture
def german(qapp):
    """The German translators installed for one test; English again afterwards."""
    i18n.compile_translations()
    assert i18n.install_translators(qapp, "de") == "de"
    yield
    i18n.install_translators(qapp, "en")


def test_lupdate_finds_the_strings(messages):
    contexts = {context for context, _ in messages}
    assert len(messages) > 300
    # module-level helpers must give a context, or the run-time lookup never matches
    assert "" not in contexts
    assert {"menus", "StartView", "common", "export_dialog"} <= contexts


def test_every_ui_string_has_a_german_translation(messages):
    missing = _unfinished(messages)
    assert not missing, "No German translation for:\n" + "\n".join(missing)


def test_every_count_has_english_plural_forms(english_plurals):
    assert len(english_plurals) >= 10
    missing = _unfinished(english_plurals)
    assert not missing, "No English plural forms for:\n" + "\n".join(missing)


def test_counts_use_plural_forms_not_parentheses(messages):
    """ "article(s)" in a shown string means a count that bypassed tr(text, "", n)."""
    wrong = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in messages
        if "(s)" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 article", "2 articles"),
        ("de", "1 Behauptung aufgelistet", "2 Behauptungen aufgelistet"),
    ],
)
def test_counts_read_naturally(qapp, language, one, many):
    i18n.compile_translations()
    i18n.install_translators(qapp, language)
    try:
        source = "%Ln article(s)" if language == "en" else "%Ln claim(s) listed"
        context = "MainWindow" if language == "en" else "AssertionPanel"
        assert QApplication.translate(context, source, "", 1) == one
        assert QApplication.translate(context, source, "", 2) == many
    finally:
        i18n.install_translators(qapp, "en")


def test_placeholders_accelerators_and_markup_match(messages):
    wrong = []
    for context, message in messages:
        source = message.findtext("source") or ""
        for target in _targets(message):
            if not target:
                continue  # reported by the test above
            found = [
                sorted(p.findall(source)) != sorted(p.findall(target))
                for p in (PLACEHOLDER, MARKUP)
            ]
            # a singular form may spell the one out ("Der ausgewählte Artikel")
            if any(found) and not (message.get("numerus") == "yes" and "%" not in target):
                wrong.append(f"{context}: {source!r} -> {target!r}")
            if source.count("&") != target.count("&") or source.count("\n") != target.count("\n"):
                wrong.append(f"{context}: & or line breaks differ in {source!r} -> {target!r}")
    assert not wrong, "\n".join(wrong)


def test_accelerators_are_unique_per_menu(german, make_window):
    window = make_window()
    clashes = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        keys: dict[str, str] = {}
        for action in menu.actions():
            match = re.search(r"&(\w)", action.text())
            if match and action.isVisible():
                key = match.group(1).lower()
                if key in keys:
                    clashes.append(f"{menu.title()}: {keys[key]!r} / {action.text()!r}")
                keys[key] = action.text()
    assert not clashes, "\n".join(clashes)


def test_main_window_and_start_view_in_german(qtbot, german, make_window, ctx):
    from factcheck_app.gui.start_view import StartView

    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&Datei", "&Bearbeiten"]
    assert titles[-1] == "&Hilfe"

    view = StartView(ctx)
    qtbot.addWidget(view)
    assert view.open_button.text().startswith("Datei öffnen…")
    assert view.paste_button.text().startswith("Text einfügen")
    assert view.sample_button.text().startswith("Beispiel ansehen")


def test_dialogs_categories_and_qt_buttons_in_german(qtbot, german, ctx):
    from factcheck_app.gui import palette
    from factcheck_app.gui.detail.common import state_label
    from factcheck_app.gui.settings_dialog import SettingsDialog
    from factcheck_app.models import Category, Lifecycle

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"  # Qt's own qtbase_de.qm
    assert palette.label(Category.NO_EVIDENCE) == "Ohne Belege"
    assert palette.description(Category.HEDGED).startswith("Vermutet")
    assert state_label(Lifecycle.IN_PROGRESS) == "In Arbeit"
    assert state_label(Lifecycle.TO_CHECK) == "Zu prüfen"


def test_dates_and_numbers_follow_the_language(qapp, german):
    assert i18n.format_date("2024-03-14") == "14.03.2024"
    assert i18n.format_number(12345) == "12.345"
    i18n.install_translators(qapp, "en")
    assert i18n.format_date("2024-03-14") == "3/14/2024"
    assert i18n.format_number(12345) == "12,345"
    assert i18n.format_date("not a date") == "not a date"


def test_language_follows_settings_then_system():
    assert i18n.resolve_language("de", QLocale("en_US")) == "de"
    assert i18n.resolve_language("en", QLocale("de_DE")) == "en"
    assert i18n.resolve_language("", QLocale("de_AT")) == "de"
    assert i18n.resolve_language("", QLocale("fr_FR")) == "en"
    assert i18n.resolve_language("xx", QLocale("de_CH")) == "de"


def test_settings_dialog_saves_the_language(qtbot, ctx, monkeypatch):
    from factcheck_app.gui.settings_dialog import SettingsDialog
    from factcheck_app.settings import load_settings

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == ""  # follows the system by default
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("Deutsch"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_settings().ui_language == "de"
    assert ctx.library.settings.ui_language == "de"


def test_compile_builds_a_qm_from_the_ts(tmp_path):
    shutil.copy(i18n.ts_path("de"), tmp_path / "factcheck_de.ts")
    (built,) = i18n.compile_translations(folder=tmp_path)
    assert built == tmp_path / "factcheck_de.qm" and built.stat().st_size > 1000


def test_a_missing_translation_file_leaves_the_ui_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install_translators(qapp, "de") == "en"
    assert QApplication.translate("menus", "&File") == "&File"
    i18n.install_translators(qapp, "en")
