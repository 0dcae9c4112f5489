"""The review loop around the claim card (issue 13), driven as a checker drives it."""

from __future__ import annotations

from gui_support import add_article, analyse, paragraphs
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from factcheck_app.gui.offsets import Utf16Map
from factcheck_app.models import Category, Lifecycle
from factcheck_app.services import annotations
from factcheck_app.services import cards as card_service
from factcheck_app.services.analysis import list_assertions

CARDS = paragraphs(
    "According to the ministry there is no evidence of a leak. The mayor reportedly resigned.",
    "According to the ministry, prices rose. Sources say the budget collapsed.",
    title="Cards",
)
OTHER = paragraphs("Sources say the port was closed.", title="Other")


def _open(window, ctx, parsed=CARDS) -> str:
    article_id = add_article(ctx.library, parsed)
    analyse(ctx.library, article_id)
    window.library_view.refresh()
    window.show_article(article_id)
    return article_id


def _finding(ctx, article_id, category) -> str:
    return next(a.id for a in list_assertions(ctx.library, article_id) if a.category is category)


def _click_text(qtbot, window, offset: int) -> None:
    edit = window.article_view.text_edit
    cursor = QTextCursor(edit.document())
    cursor.setPosition(Utf16Map(window.article_view.article.text).to_utf16(offset))
    qtbot.mouseClick(
        edit.viewport(), Qt.MouseButton.LeftButton, pos=edit.cursorRect(cursor).center()
    )


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    edit = window.article_view.text_edit
    edit.setFocus()
    qtbot.keyClick(edit, key, modifier)


def test_one_card_per_span_and_a_click_selects_the_most_severe(qtbot, window, ctx):
    article_id = _open(window, ctx)
    panel = window.assertion_panel
    assert len(list_assertions(ctx.library, article_id)) == 5
    # the sourced-only sentence is not in the queue; the sentence flagged twice is one card
    assert panel.proxy.rowCount() == 3
    no_evidence = _finding(ctx, article_id, Category.NO_EVIDENCE)
    first = panel.cards()[0]
    assert first.categories == (Category.NO_EVIDENCE, Category.SOURCED)
    # "According" is inside the quiet sourced span too: the click still gets the claim
    text = window.article_view.article.text
    _click_text(qtbot, window, text.index("According") + 3)
    assert panel.current_assertion_id() == no_evidence
    detail = window.workbench.detail
    assert detail.card is not None and detail.card.id == no_evidence
    assert "Sourced" in detail.header.explanation.text()
    assert "No evidence" in detail.header.explanation.text()


def test_sourced_toggle_and_state_filters_never_change_the_article(qtbot, window, ctx):
    article_id = _open(window, ctx)
    panel = window.assertion_panel
    qtbot.mouseClick(panel.sourced_button, Qt.MouseButton.LeftButton)
    assert panel.proxy.rowCount() == 4
    assert window.show_sourced_action.isChecked()
    qtbot.mouseClick(panel.sourced_button, Qt.MouseButton.LeftButton)
    assert panel.proxy.rowCount() == 3

    hedged = _finding(ctx, article_id, Category.HEDGED)
    panel.select(hedged)
    _key(qtbot, window, Qt.Key.Key_D)  # dismiss, on to the next card still to do
    assert annotations.get_assertion(ctx.library, hedged).status is Lifecycle.DISMISSED
    assert panel.current_assertion_id() != hedged
    panel.set_state_filter("todo")
    assert hedged not in panel.visible_ids() and panel.proxy.rowCount() == 2
    panel.set_state_filter("dismissed")
    assert panel.visible_ids()[-1] == hedged
    panel.set_state_filter("all")
    assert window.current_article_id() == article_id


def test_a_draft_survives_jk_switching_articles_and_a_restart(qtbot, window, ctx):
    article_id = _open(window, ctx)
    other_id = add_article(ctx.library, OTHER)
    analyse(ctx.library, other_id)
    window.library_view.refresh()
    panel, detail = window.assertion_panel, window.workbench.detail
    first, second = panel.visible_ids()[:2]
    panel.select(first)
    detail.notes.editor.insertPlainText("Half a thought – ministry")
    detail.verdict.rating.setCurrentIndex(detail.verdict.rating.findData("mostly false"))
    detail.verdict.explanation.insertPlainText("The figures differ.")
    detail.verdict.summary.insert("Ministry figures were leaked")
    detail.notes.private_box.click()

    _key(qtbot, window, Qt.Key.Key_J)  # next card: its own, empty boxes
    assert panel.current_assertion_id() == second
    assert detail.notes.editor.toPlainText() == ""
    assert detail.verdict.rating.currentData() is None
    assert detail.verdict.explanation.toPlainText() == ""
    assert detail.verdict.summary.text() == ""
    assert not detail.notes.private_box.isChecked()
    detail.notes.editor.insertPlainText("for the second card")

    _key(qtbot, window, Qt.Key.Key_K)  # back: the first card's drafts are there
    assert panel.current_assertion_id() == first
    assert detail.notes.editor.toPlainText() == "Half a thought – ministry"
    assert detail.verdict.rating.currentData() == "mostly false"
    assert detail.verdict.explanation.toPlainText() == "The figures differ."
    assert detail.verdict.summary.text() == "Ministry figures were leaked"
    assert detail.notes.private_box.isChecked()  # a private note stays private

    window.show_article(other_id)  # another article and back
    window.show_article(article_id)
    panel.select(first)
    assert detail.notes.editor.toPlainText() == "Half a thought – ministry"

    # "Add note" files on the card the text was typed for, nowhere else
    panel.select(second)
    assert detail.notes.editor.toPlainText() == "for the second card"
    qtbot.mouseClick(detail.notes.add_button, Qt.MouseButton.LeftButton)
    assert [n.body for n in annotations.notes_for_assertion(ctx.library, second)] == [
        "for the second card"
    ]
    assert annotations.notes_for_assertion(ctx.library, first) == []
    assert detail.notes.editor.toPlainText() == ""

    # a restart: the drafts are in the library file
    from factcheck_app.services import Library

    reopened = Library(ctx.library.path)
    try:
        card = card_service.card_of(reopened, first)
        assert card_service.drafts(reopened, card) == {
            "note": "Half a thought – ministry",
            "private": "1",
            "rating": "mostly false",
            "explanation": "The figures differ.",
            "summary": "Ministry figures were leaked",
        }
        assert card_service.drafts(reopened, card_service.card_of(reopened, second)) == {}
    finally:
        reopened.close()


def test_verdict_keys_check_the_card_and_the_progress_follows(qtbot, window, ctx):
    article_id = _open(window, ctx)
    panel, detail = window.assertion_panel, window.workbench.detail
    assert panel.title.text() == "0 of 3 checked"
    first = panel.visible_ids()[0]
    panel.select(first)
    detail.verdict.explanation.insertPlainText("No leak was found.")
    scheme = list(ctx.settings.verdict_scheme)
    _key(qtbot, window, Qt.Key.Key_2)  # the scheme's second rating
    card = card_service.card_of(ctx.library, first)
    assert (card.state, card.verdict) == (Lifecycle.CHECKED, scheme[1])
    assert annotations.verdict_for(ctx.library, first).explanation == "No leak was found."
    assert panel.title.text() == "1 of 3 checked"
    assert detail.header.state.currentData() == Lifecycle.CHECKED
    assert panel.current_card().verdict == scheme[1]
    # one undo step takes the verdict and the state back
    ctx.undo_stack.undo()
    card = card_service.card_of(ctx.library, first)
    assert (card.state, card.verdict) == (Lifecycle.TO_CHECK, None)
    assert panel.title.text() == "0 of 3 checked"
    assert window.current_article_id() == article_id


def test_the_state_box_moves_the_whole_card(qtbot, window, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    article_id = _open(window, ctx)
    panel, detail = window.assertion_panel, window.workbench.detail
    panel.select(panel.visible_ids()[0])
    card = detail.card
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("a named source", True))
    state = detail.header.state
    state.setCurrentIndex(state.findData(Lifecycle.DISMISSED))
    for finding in card.members:
        stored = annotations.get_assertion(ctx.library, finding.id)
        assert (stored.status, stored.dismiss_reason) == (Lifecycle.DISMISSED, "a named source")
    # checked needs a verdict: refused with a message, nothing stored
    shown = []
    monkeypatch.setattr(
        "factcheck_app.gui.edits.show_error", lambda parent, title, exc: shown.append(str(exc))
    )
    state.setCurrentIndex(state.findData(Lifecycle.CHECKED))
    assert shown and "verdict" in shown[0]
    assert state.currentData() == Lifecycle.DISMISSED
    assert window.current_article_id() == article_id


def test_the_card_shows_work_on_any_of_its_findings(qtbot, window, ctx):
    """Notes filed before cards existed, on the quiet sourced finding, stay visible."""
    article_id = _open(window, ctx)
    sourced = next(
        a.id
        for a in list_assertions(ctx.library, article_id)
        if a.category is Category.SOURCED and "no evidence" in a.quote
    )
    changes = annotations.add_note(ctx.library, article_id, "filed on the sourced finding", sourced)
    _note = annotations.get_note(ctx.library, changes.created)
    ctx.bus.publish(changes)
    panel, detail = window.assertion_panel, window.workbench.detail
    panel.select(sourced)
    assert panel.current_assertion_id() == _finding(ctx, article_id, Category.NO_EVIDENCE)
    assert [c.note.body for c in detail.notes.cards] == ["filed on the sourced finding"]
    assert panel.current_card().notes == 1
    assert window.current_article_id() == article_id


def test_filters_never_open_another_article(qtbot, window, ctx):
    from dataclasses import replace

    article_id = _open(window, ctx)
    other_id = add_article(ctx.library, replace(OTHER, outlet="Other Post"))
    analyse(ctx.library, other_id)
    window.library_view.refresh()
    window.show_article(article_id)
    library = window.library_view
    library.outlet_filter.setCurrentIndex(library.outlet_filter.findData("Other Post"))
    assert window.current_article_id() == article_id  # still open, only the list changed
    assert library.current_article_id() is None
    library.outlet_filter.setCurrentIndex(library.outlet_filter.findData("Test Post"))
    assert window.current_article_id() == article_id
    assert library.current_article_id() == article_id
    library.outlet_filter.setCurrentIndex(0)

    # search: the real count, and filters by lifecycle state and verdict
    panel = window.assertion_panel
    panel.select(panel.visible_ids()[0])
    _key(qtbot, window, Qt.Key.Key_5)  # the scheme's fifth rating
    rating = list(ctx.settings.verdict_scheme)[4]
    search = window.workbench.search
    search.search("sources")
    assert search.total == 2 and "2 results" in search.summary.text()
    search.set_filters(state="checked")  # only the article with a checked claim
    assert [h.article_id for h in search.hits] == [article_id]
    search.set_filters(verdict=ctx.settings.verdict_scheme[0])
    assert search.total == 0 and "0 results" in search.summary.text()
    search.set_filters(verdict=rating)
    assert [h.article_id for h in search.hits] == [article_id]
    search.set_filters()
    assert {h.article_id for h in search.hits} == {article_id, other_id}
    assert window.current_article_id() == article_id


def test_at_1440x900_verdict_notes_and_references_show_without_scrolling(qtbot, window, ctx):
    """The detail pane of a worked card, at the size the issue names: nothing to scroll."""
    from factcheck_app.models import Relation

    article_id = _open(window, ctx)
    window.resize(1440, 900)
    panel, detail = window.assertion_panel, window.workbench.detail
    card = panel.cards()[0]
    card_service.add_note(ctx.library, card, "Asked the ministry for the leak report.")
    annotations.add_and_link_reference(
        ctx.library,
        card.id,
        annotations.ReferenceFields("Ministry statement", url="https://example.org/statement"),
        Relation.CONTRADICTS,
    )
    changes = card_service.set_verdict(ctx.library, card, "false", "No leak found.")
    ctx.bus.publish(changes)
    window.show_article(article_id, card.id)
    qtbot.waitUntil(lambda: detail.evidence.cards != [])
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    viewport = detail.viewport()
    for part in (detail.verdict, detail.notes, detail.evidence.cards[0]):
        bottom = part.mapTo(viewport, part.rect().bottomLeft()).y()
        assert 0 < bottom <= viewport.height(), (type(part).__name__, bottom, viewport.height())
    assert detail.verticalScrollBar().value() == 0
    # the text shows the card's state too: a mark at the end of its span
    marks = window.article_view.marks.marks()
    assert any(state is Lifecycle.CHECKED for _rect, state, _colour in marks)
    library = window.library_view.model
    row = library.index_of(article_id).row()
    from factcheck_app.gui.item_models.library import Column

    assert library.index(row, Column.STATUS).data() == "1 of 3 checked"
