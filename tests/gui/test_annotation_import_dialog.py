"""File -> Import Web Annotations, as a user does it: a colleague's file, another tool's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from factcheck_app.export.model import ReportOptions
from factcheck_app.gui.annotation_import_dialog import AnnotationImportDialog
from factcheck_app.gui.context import GuiContext
from factcheck_app.models import Category
from factcheck_app.services import Library, annotations, articles, exports
from factcheck_app.settings import Settings

TEXT = "# Brücke\n\nOfficials said the bridge will cost 12 million euros.\n"


@pytest.fixture
def libs(tmp_path: Path):
    mine = Library(tmp_path / "mine.db", settings=Settings(user_name="Jürgen"))
    article = articles.import_text(mine, TEXT, fmt="md").article
    start = article.text.index("Officials said")
    a = annotations.get_assertion(
        mine,
        annotations.add_manual_assertion(
            mine, article.id, start, start + len("Officials said"), Category.VAGUE_SOURCE
        ).created,
    )
    annotations.add_note(mine, article.id, "Which officials?", a.id)
    out = tmp_path / "work.jsonld"
    exports.export_articles(mine, [article.id], "w3c", out, ReportOptions())
    theirs = Library(tmp_path / "theirs.db", settings=Settings(user_name="Bea"))
    yield mine, theirs, article, out, tmp_path
    mine.close()
    theirs.close()


def _dialog(qtbot, lib: Library, ids: list[str]) -> AnnotationImportDialog:
    ctx = GuiContext.create(lib)
    dialog = AnnotationImportDialog(ctx, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_colleagues_file_brings_its_article(libs, qtbot) -> None:
    _mine, theirs, article, out, _tmp = libs
    dialog = _dialog(qtbot, theirs, [])
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert "Imported: 1" in dialog.status.text()
    assert articles.get_article(theirs, article.id).title == "Brücke"
    notes = annotations.notes_for_article(theirs, article.id)
    assert [n.body for n in notes] == ["Which officials?"]


def test_another_tools_annotation_goes_into_the_selected_article(libs, qtbot) -> None:
    mine, _theirs, article, _out, tmp_path = libs
    path = tmp_path / "hypothesis.json"
    path.write_text(
        json.dumps(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "type": "Annotation",
                "id": "https://hypothes.is/a/1",
                "body": {"type": "TextualBody", "value": "Source?"},
                "target": {
                    "source": "https://news.example/bridge",
                    "selector": {"type": "TextQuoteSelector", "exact": "12 milion euros"},
                },
            }
        )
    )
    dialog = _dialog(qtbot, mine, [article.id])
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)  # from the file: no text in it
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.status.text(), timeout=20_000)
    dialog.target.setCurrentIndex(dialog.target.findData(article.id))
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert "Imported: 1" in dialog.status.text()
    assert "% alike" in dialog.status.text()  # the misspelt quote was placed by similarity
    assert "Source?" in [n.body for n in annotations.notes_for_article(mine, article.id)]
