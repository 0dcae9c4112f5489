"""The workbench inside the main window: marking text by hand, search, the reference
library, article tags and the verdict scheme, driven through the window's own widgets."""

from __future__ import annotations

import pytest
from gui_support import add_article, paragraphs
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from factcheck_app.gui.offsets import to_utf16
from factcheck_app.models import Category, Changes, Origin, Relation
from factcheck_app.services import annotations
from factcheck_app.settings import load_settings

BODY = "Der Bürgermeister sagte, die Brücke 🌉 koste 12 Mio. Euro. Später dementierte er."


@pytest.fixture
def opened(window, library):
    article_id = add_article(library, paragraphs(BODY, title="Brückenstreit"))
    window.show_article(article_id)
    return window, article_id


def select_text(window, needle: str) -> None:
    """Select ``needle`` in the article view as a mouse drag would (UTF-16 positions)."""
    text = window.article_view.article.text
    start = text.index(needle)
    cursor = window.article_view.text_edit.textCursor()
    cursor.setPosition(to_utf16(text, start))
    cursor.setPosition(to_utf16(text, start + len(needle)), QTextCursor.MoveMode.KeepAnchor)
    window.article_view.text_edit.setTextCursor(cursor)


def test_install_adds_detail_under_assertion_list(window):
    bench = window.workbench
    assert window.right_splitter.indexOf(bench.detail) == 1
    assert bench.mark_action in window.menus["edit"].actions()
    assert bench.scheme_action in window.menus["analysis"].actions()
    undo_texts = [a.text() for a in window.menus["edit"].actions() if "Undo" in a.text()]
    assert len(undo_texts) == 1  # the window's Undo is not duplicated


def test_manual_assertion_from_selection_with_umlauts_and_emoji(opened, library):
    window, article_id = opened
    needle = "die Brücke 🌉 koste 12 Mio. Euro"
    select_text(window, needle)
    menu = window.workbench.context_menu(window.article_view.text_edit.rect().center())
    mark_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    hedged = next(a for a in mark_menu.actions() if a.data() == str(Category.HEDGED))
    hedged.trigger()
    (assertion,) = [a for a in annotations_for(library, article_id) if a.origin is Origin.MANUAL]
    text = window.article_view.article.text
    assert assertion.quote == needle
    assert text[assertion.start : assertion.end] == needle
    assert assertion.category is Category.HEDGED
    # it is selected, and the detail view says who marked it
    assert window.assertion_panel.current_assertion_id() == assertion.id
    assert f"Marked by hand by {library.author}" in window.workbench.detail.header.origin.text()
    # adjust the span to a new selection, change the category, delete; then undo all
    select_text(window, "Brücke 🌉")
    assert window.workbench.detail.header.set_span_to_selection()
    assert annotations.get_assertion(library, assertion.id).quote == "Brücke 🌉"
    header = window.workbench.detail.header
    header.category.setCurrentIndex(header.category.findData(Category.DISPUTED))
    assert annotations.get_assertion(library, assertion.id).category is Category.DISPUTED
    qtbot_click(header.delete_button)
    assert assertion.id not in [a.id for a in annotations_for(library, article_id)]
    for _ in range(4):
        window.ctx.undo_stack.undo()
    assert [a.id for a in annotations_for(library, article_id)] == []
    for _ in range(4):
        window.ctx.undo_stack.redo()
    assert annotations_for(library, article_id) == []
    window.ctx.undo_stack.undo()
    restored = annotations.get_assertion(library, assertion.id)
    assert (restored.quote, restored.category) == ("Brücke 🌉", Category.DISPUTED)


def test_ctrl_m_without_selection_explains(opened, monkeypatch, qtbot):
    window, _ = opened
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.article_view.text_edit.setFocus()
    qtbot.keyClick(window.article_view.text_edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert told and "Select" in told[0]


def test_search_finds_word_only_in_a_note_and_selects_it(opened, library, qtbot):
    window, article_id = opened
    first = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article_id, 0, 5, Category.HEDGED).created,
    )
    second = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article_id, 20, 30, Category.HEDGED).created,
    )
    annotations.add_note(library, article_id, "Nothing special here", second.id)
    note = annotations.get_note(
        library,
        annotations.add_note(
            library, article_id, "Call the Stadtkämmerei about the zebrafish invoice", second.id
        ).created,
    )
    refresh(window, first)
    window.assertion_panel.select(first.id)
    bench = window.workbench
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bench.search.box.hasFocus()
    qtbot.keyClicks(bench.search.box, "zebrafish")
    qtbot.keyClick(bench.search.box, Qt.Key.Key_Return)
    assert [h.kind for h in bench.search.hits] == ["note"]
    assert bench.search_dock.isVisible()
    item = bench.search.results.item(0)
    qtbot.mouseClick(
        bench.search.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=bench.search.results.visualItemRect(item).center(),
    )
    assert window.assertion_panel.current_assertion_id() == second.id
    card = bench.detail.notes.card_for(note.id)
    assert card is not None and card.highlighted
    assert not bench.detail.notes.card_for(
        next(n.id for n in annotations.notes_for_assertion(library, second.id) if n.id != note.id)
    ).highlighted


def test_link_existing_reference_from_library(opened, library, qtbot):
    window, article_id = opened
    assertion = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article_id, 0, 5, Category.HEDGED).created,
    )
    other = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article_id, 20, 30, Category.HEDGED).created,
    )
    ref = annotations.get_reference(
        library, annotations.add_reference(library, "Haushaltsplan 2024", publisher="Stadt").created
    )
    annotations.add_reference(library, "Unrelated report")
    annotations.link_evidence(library, other.id, ref.id, Relation.SUPPORTS)
    dialog = window.workbench.library_dialog(pick_for=assertion.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "haushalt")
    assert dialog.list.count() == 1
    assert dialog.cited_by.count() == 1 and "Supports" in dialog.cited_by.item(0).text()
    dialog.link.relation.setCurrentIndex(dialog.link.relation.findData(Relation.CONTRADICTS))
    qtbot.keyClicks(dialog.link.locator, "S. 4")
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    (evidence,) = annotations.evidence_for_assertion(library, assertion.id)
    assert (evidence.reference_id, evidence.relation, evidence.locator) == (
        ref.id,
        Relation.CONTRADICTS,
        "S. 4",
    )
    # editing the shared record in the library changes it for both assertions
    editor = window.workbench.library_dialog(ref.id)
    qtbot.addWidget(editor)
    editor.form.title.setText("Haushaltsplan 2024 (final)")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert annotations.get_reference(library, ref.id).title == "Haushaltsplan 2024 (final)"
    assert editor.cited_by.count() == 2
    window.ctx.undo_stack.undo()
    assert annotations.get_reference(library, ref.id).title == "Haushaltsplan 2024"


def test_article_tags_dialog(opened, library, qtbot):
    window, article_id = opened
    from factcheck_app.gui.detail.tags_section import ArticleTagsDialog

    dialog = ArticleTagsDialog(window.ctx, article_id, "Brückenstreit", window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.editor.input, "infrastructure")
    qtbot.keyClick(dialog.editor.input, Qt.Key.Key_Return)
    assert [t.name for t in annotations.tags_for(library, "article", article_id)] == [
        "infrastructure"
    ]
    qtbot.mouseClick(dialog.editor.chips.itemAt(0).widget(), Qt.MouseButton.LeftButton)
    assert annotations.tags_for(library, "article", article_id) == []
    window.ctx.undo_stack.undo()
    assert len(annotations.tags_for(library, "article", article_id)) == 1


def test_verdict_scheme_editor_saves_and_applies(opened, library, qtbot):
    window, article_id = opened
    assertion = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article_id, 0, 5, Category.HEDGED).created,
    )
    window.assertion_panel.select(assertion.id)
    dialog = window.workbench.verdict_scheme_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.input, "half true")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.input, "TRUE")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert "already" in dialog.error.text()
    dialog.accept()
    window.workbench.scheme_saved(dialog.saved)
    assert load_settings().verdict_scheme[-2:] == ("half true", "unverifiable")
    ratings = window.workbench.detail.verdict.rating
    assert ratings.findData("half true") > 0
    annotations.set_verdict(library, assertion.id, "half true")


def refresh(window, assertion) -> None:
    """Tell the window an assertion made behind its back exists (as services report it)."""
    window.ctx.bus.publish(
        Changes(assertions=frozenset({assertion.id}), articles=frozenset({assertion.article_id}))
    )


def annotations_for(library, article_id):
    from factcheck_app.services.analysis import list_assertions

    return list_assertions(library, article_id)


def qtbot_click(button) -> None:
    button.click()


def test_undo_and_redo_keys(opened, library, qtbot):
    window, article_id = opened
    assertion = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article_id, 0, 5, Category.HEDGED).created,
    )
    refresh(window, assertion)
    window.assertion_panel.select(assertion.id)
    detail = window.workbench.detail
    qtbot.keyClicks(detail.tags.editor.input, "checked-twice")
    qtbot.keyClick(detail.tags.editor.input, Qt.Key.Key_Return)
    assert len(annotations.tags_for(library, "assertion", assertion.id)) == 1
    window.article_view.text_edit.setFocus()
    qtbot.keyClick(window.article_view.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotations.tags_for(library, "assertion", assertion.id) == []
    qtbot.keyClick(
        window.article_view.text_edit,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(annotations.tags_for(library, "assertion", assertion.id)) == 1


def test_search_hits_for_article_text_and_references(opened, library, qtbot, monkeypatch):
    window, _ = opened
    bench = window.workbench
    ref = annotations.get_reference(
        library,
        annotations.add_reference(library, "Katasteramt Bescheid", publisher="Stadt").created,
    )
    bench.search.search("dementierte")
    (hit,) = bench.search.hits
    assert hit.kind == "article"
    bench.search.choose(0)
    cursor = window.article_view.text_edit.textCursor()
    assert cursor.selectedText() == "dementierte"
    opened_refs: list = []
    monkeypatch.setattr(
        bench, "open_library", lambda rid=None, pick_for=None: opened_refs.append(rid)
    )
    bench.search.search("Katasteramt")
    assert [h.kind for h in bench.search.hits] == ["reference"]
    bench.search.choose(0)
    assert opened_refs == [ref.id]
    assert "1 result" in bench.search.summary.text()


def test_opening_another_article_clears_the_detail(opened, library):
    window, article_id = opened
    assertion = annotations.get_assertion(
        library,
        annotations.add_manual_assertion(library, article_id, 0, 5, Category.HEDGED).created,
    )
    refresh(window, assertion)
    window.assertion_panel.select(assertion.id)
    assert window.workbench.detail.assertion.id == assertion.id
    other = add_article(library, paragraphs("Another text entirely.", title="Other"))
    window.show_article(other)
    assert window.workbench.detail.assertion is None
    assert window.workbench.detail.pages.currentIndex() == 0


def test_ctrl_m_offers_categories_for_the_selection(opened, library, qtbot, monkeypatch):
    window, article_id = opened
    offered: list[str] = []

    def choose_disputed(menu, pos):
        offered.extend(a.text() for a in menu.actions())
        next(a for a in menu.actions() if a.data() == str(Category.DISPUTED)).trigger()

    monkeypatch.setattr(window.workbench, "popup", choose_disputed)
    select_text(window, " Später dementierte er.")  # a leading blank is dropped
    window.article_view.text_edit.setFocus()
    qtbot.keyClick(window.article_view.text_edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "Disputed" in offered and "Hedged" in offered
    (assertion,) = annotations_for(library, article_id)
    assert (assertion.quote, assertion.category) == ("Später dementierte er.", Category.DISPUTED)
