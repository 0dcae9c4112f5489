"""File -> Export, driven as a user would: pick a format and options, click Export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.export_dialog import ExportDialog
from factcheck_app.models import Category
from factcheck_app.services import Library, annotations, articles
from factcheck_app.settings import Settings

TEXT = "# Brücke für 12 Millionen\n\nOfficials said the bridge will cost 12 million euros.\n"


@pytest.fixture
def setup(tmp_path: Path, qtbot, monkeypatch):
    lib = Library(tmp_path / "lib.db", settings=Settings(user_name="Jürgen"))
    article = articles.import_text(lib, TEXT, fmt="md").article
    start = article.text.index("Officials said")
    a = annotations.get_assertion(
        lib,
        annotations.add_manual_assertion(
            lib, article.id, start, start + len("Officials said"), Category.VAGUE_SOURCE
        ).created,
    )
    annotations.add_note(lib, article.id, "private hunch", a.id, private=True)
    annotations.add_tag(lib, "article", article.id, "bauen")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    ctx = GuiContext.create(lib)
    dialog = ExportDialog(ctx, [article.id])
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog, article, opened, tmp_path
    ctx.tasks.wait(10_000)
    lib.close()


def _choose_format(dialog: ExportDialog, label_start: str) -> None:
    index = next(
        i for i in range(dialog.format.count()) if dialog.format.itemText(i).startswith(label_start)
    )
    dialog.format.setCurrentIndex(index)


def _tick(qtbot, box: QCheckBox) -> None:
    """Click the box itself (a wide check box's centre is outside its clickable part)."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked() is not before


def test_export_html_writes_the_file_and_opens_it(setup, qtbot) -> None:
    dialog, _article, opened, tmp_path = setup
    _choose_format(dialog, "HTML")
    assert dialog.path.text().endswith(".html")
    assert not dialog.page_size.isEnabled()
    dialog.path.clear()
    target = tmp_path / "out" / "report.html"
    qtbot.keyClicks(dialog.path, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20_000)
    assert target.exists()
    page = target.read_text(encoding="utf-8")
    assert "Brücke für 12 Millionen" in page and "private hunch" not in page
    assert opened == [str(target)]
    assert "Saved 1 assertion from 1 article" in dialog.status.text()


def test_export_pdf_for_a_tag_with_the_file_chooser(setup, qtbot, monkeypatch) -> None:
    dialog, _article, opened, tmp_path = setup
    target = tmp_path / "tagged.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    _choose_format(dialog, "PDF")
    assert dialog.page_size.isEnabled()
    dialog.page_size.setCurrentIndex(dialog.page_size.findText("Letter"))
    dialog.scope.setCurrentIndex(dialog.scope.findData("bauen"))
    _tick(qtbot, dialog.no_private)  # keep private notes this time
    qtbot.mouseClick(dialog.browse, Qt.LeftButton)
    assert dialog.path.text() == str(target)
    _tick(qtbot, dialog.open_after)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF") and opened == []
    from pypdf import PdfReader

    assert round(float(PdfReader(str(target)).pages[0].mediabox.width)) == 612  # Letter
    assert "private hunch" in " ".join(PdfReader(str(target)).pages[-1].extract_text().split())


def test_export_json_with_every_option(setup, qtbot) -> None:
    dialog, *_, tmp_path = setup
    _choose_format(dialog, "JSON")
    _tick(qtbot, dialog.include_sourced)
    _tick(qtbot, dialog.include_dismissed)
    dialog.path.setText(str(tmp_path / "all.json"))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20_000)
    doc = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert doc["options"] == {
        "include_dismissed": True,
        "include_sourced": True,
        "include_private": False,
    }


def test_empty_path_is_refused(setup, qtbot) -> None:
    dialog, *_ = setup
    dialog.path.clear()
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert "Choose where to save" in dialog.status.text() and dialog.job is None


def test_german_pdf_a_report_from_the_dialog(setup, qtbot) -> None:
    from pypdf import PdfReader

    dialog, _article, _opened, tmp_path = setup
    _choose_format(dialog, "PDF")
    assert dialog.language.currentData() == "en"  # the UI language by default
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    _tick(qtbot, dialog.pdf_a)
    target = tmp_path / "bericht.pdf"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=60_000)
    reader = PdfReader(str(target))
    text = "".join("".join(p.extract_text() for p in reader.pages).split())
    assert "Übersicht" in text and "DerkommentierteArtikel" in text
    assert reader.trailer["/Root"]["/Lang"] == "de"
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="1"' in xmp


def test_claimreview_needs_an_address_and_takes_edited_summaries(setup, qtbot, monkeypatch) -> None:
    dialog, article, _opened, tmp_path = setup
    lib = dialog.ctx.library
    start = article.text.index("the bridge")
    a = annotations.get_assertion(
        lib,
        annotations.add_manual_assertion(
            lib,
            article.id,
            start,
            start + len("the bridge will cost 12 million euros"),
            Category.UNSOURCED_CLAIM,
        ).created,
    )
    annotations.set_verdict(lib, a.id, "false")
    fresh = ExportDialog(dialog.ctx, [article.id])
    qtbot.addWidget(fresh)
    fresh.show()
    _choose_format(fresh, "ClaimReview")
    assert fresh.summaries.rowCount() == 1 and fresh.base_url.isEnabled()
    assert fresh.summaries.item(0, 1).text() == "the bridge will cost 12 million euros"
    fresh.path.setText(str(tmp_path / "reviews.jsonld"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    qtbot.mouseClick(fresh.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert "base-url" in warnings[0] or "Settings" in warnings[0]
    qtbot.keyClicks(fresh.base_url, "https://example.org/checks/bruecke")
    fresh.summaries.item(0, 1).setText("A new bridge costs 12 million euros " * 3)
    assert "75" in fresh.summary_hint.text()
    fresh.summaries.item(0, 1).setText("Bridge costs 12 million euros")
    assert fresh.summary_hint.text() == ""
    qtbot.mouseClick(fresh.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: fresh.result_path is not None, timeout=20_000)
    doc = json.loads((tmp_path / "reviews.jsonld").read_text(encoding="utf-8"))
    (review,) = doc["@graph"]
    assert review["claimReviewed"] == "Bridge costs 12 million euros"
    assert review["url"] == f"https://example.org/checks/bruecke#claim-{a.id}"
    # the edited summary belongs to the verdict now: stored, one undo step
    assert annotations.verdict_for(lib, a.id).claim_summary == "Bridge costs 12 million euros"
    dialog.ctx.undo_stack.undo()
    assert annotations.verdict_for(lib, a.id).claim_summary == ""
