"""The main window as a checker uses it: open, read highlights, select, hide, review."""

from __future__ import annotations

from gui_support import FakeAnalyzer, add_article, analyse, paragraphs, wait_for_jobs
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from factcheck_app.gui.offsets import Utf16Map
from factcheck_app.models import Category, Lifecycle
from factcheck_app.services import annotations
from factcheck_app.services import cards as card_service
from factcheck_app.services.analysis import list_assertions

UMLAUT_EMOJI = paragraphs(
    "Grüße aus Köln 😀🔥 – die Straße ist gesperrt.",
    "The mayor reportedly resigned. Sources say the budget collapsed.",
    "There is no evidence for the claim. The minister denied it.",
)


def _open(window, ctx, parsed=UMLAUT_EMOJI):
    article_id = add_article(ctx.library, parsed)
    analyse(ctx.library, article_id)
    window.library_view.refresh()
    window.show_article(article_id)
    return article_id


def _click_row(qtbot, panel, assertion_id):
    index = panel.proxy.mapFromSource(panel.model.index_of(assertion_id))
    rect = panel.list.visualRect(index)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_highlights_match_the_visible_assertions(window, ctx):
    article_id = _open(window, ctx)
    stored = list_assertions(ctx.library, article_id)
    assert len(stored) == 4
    assert window.article_view.highlight_count() == len(stored)
    cards = card_service.article_cards(ctx.library, article_id)
    assert window.assertion_panel.proxy.rowCount() == len([c for c in cards if not c.sourced_only])
    assert window.current_article_id() == article_id
    assert window.library_view.current_article_id() == article_id


def test_clicking_an_assertion_moves_the_cursor_to_its_span(qtbot, window, ctx):
    article_id = _open(window, ctx)
    article_text = window.article_view.article.text
    target = next(
        a for a in list_assertions(ctx.library, article_id) if a.category is Category.VAGUE_SOURCE
    )
    assert "😀" in article_text[: target.start] and "ü" in article_text[: target.start]
    _click_row(qtbot, window.assertion_panel, target.id)
    assert window.assertion_panel.current_assertion_id() == target.id
    cursor = window.article_view.text_edit.textCursor()
    expected = Utf16Map(article_text).to_utf16(target.start)
    assert cursor.position() == expected != target.start
    span = QTextCursor(window.article_view.text_edit.document())
    span.setPosition(cursor.position())
    span.setPosition(expected + len(target.quote), QTextCursor.MoveMode.KeepAnchor)
    assert span.selectedText() == target.quote
    marks = window.article_view.text_edit.extraSelections()
    assert len(marks) == 1 and marks[0].cursor.selectedText() == target.quote


def test_clicking_a_highlight_selects_it_in_the_panel(qtbot, window, ctx):
    article_id = _open(window, ctx)
    target = next(
        a for a in list_assertions(ctx.library, article_id) if a.category is Category.DISPUTED
    )
    edit = window.article_view.text_edit
    cursor = QTextCursor(edit.document())
    cursor.setPosition(Utf16Map(window.article_view.article.text).to_utf16(target.start + 2))
    point = edit.cursorRect(cursor).center() + QPoint(0, 0)
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.assertion_panel.current_assertion_id() == target.id


def test_hiding_a_category_removes_its_highlights(qtbot, window, ctx):
    article_id = _open(window, ctx)
    hedged = [a.id for a in list_assertions(ctx.library, article_id) if a.category == "hedged"]
    before = window.article_view.highlighted_ids()
    button = window.article_view.legend.buttons["hedged"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    after = window.article_view.highlighted_ids()
    assert len(after) == len(before) - len(hedged)
    assert not set(hedged) & set(after)
    assert not set(hedged) & set(window.assertion_panel.visible_ids())
    assert not window.category_actions["hedged"].isChecked()
    window.category_actions["hedged"].trigger()  # View menu shows it again
    assert sorted(window.article_view.highlighted_ids()) == sorted(before)


def test_keyboard_next_previous_keep_dismiss_and_undo(qtbot, window, ctx):
    article_id = _open(window, ctx)
    order = window.assertion_panel.visible_ids()
    edit = window.article_view.text_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_J)
    assert window.assertion_panel.current_assertion_id() == order[0]
    qtbot.keyClick(edit, Qt.Key.Key_J)
    assert window.assertion_panel.current_assertion_id() == order[1]
    qtbot.keyClick(edit, Qt.Key.Key_K)
    assert window.assertion_panel.current_assertion_id() == order[0]

    qtbot.keyClick(edit, Qt.Key.Key_A)  # start checking: in progress, stays on the card
    assert annotations.get_assertion(ctx.library, order[0]).status is Lifecycle.IN_PROGRESS
    assert window.assertion_panel.current_assertion_id() == order[0]
    qtbot.keyClick(edit, Qt.Key.Key_J)
    qtbot.keyClick(edit, Qt.Key.Key_D)  # dismiss: not a claim to check
    assert annotations.get_assertion(ctx.library, order[1]).status is Lifecycle.DISMISSED
    assert order[1] not in window.article_view.highlighted_ids()

    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotations.get_assertion(ctx.library, order[1]).status is Lifecycle.TO_CHECK
    assert order[1] in window.article_view.highlighted_ids()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotations.get_assertion(ctx.library, order[0]).status is Lifecycle.TO_CHECK
    assert article_id == window.current_article_id()


def test_dismiss_with_reason(qtbot, window, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    _open(window, ctx)
    first = window.assertion_panel.visible_ids()[0]
    window.assertion_panel.select(first)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("quote from a named MP", True))
    qtbot.keyClick(window.article_view.text_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    stored = annotations.get_assertion(ctx.library, first)
    assert stored.status is Lifecycle.DISMISSED
    assert stored.dismiss_reason == "quote from a named MP"


def test_dismiss_persists_across_reopening_the_library(qtbot, window, ctx):
    from factcheck_app.services import Library

    article_id = _open(window, ctx)
    first = window.assertion_panel.visible_ids()[0]
    window.assertion_panel.select(first)
    window.review.dismiss_action.trigger()
    path = ctx.library.path
    reopened = Library(path)
    try:
        found = next(a for a in list_assertions(reopened, article_id) if a.id == first)
        assert found.status is Lifecycle.DISMISSED
    finally:
        reopened.close()


def test_reanalyse_keeps_the_checkers_work(qtbot, window, ctx):
    article_id = _open(window, ctx)
    first = window.assertion_panel.visible_ids()[0]
    window.assertion_panel.select(first)
    window.review.dismiss_action.trigger()
    ids_before = {a.id for a in list_assertions(ctx.library, article_id)}
    qtbot.keyClick(window.article_view.text_edit, Qt.Key.Key_F5)
    wait_for_jobs(qtbot, ctx)
    after = {a.id: a for a in list_assertions(ctx.library, article_id)}
    assert set(after) == ids_before
    assert after[first].status is Lifecycle.DISMISSED


def test_the_window_stays_responsive_during_a_long_analysis(qtbot, make_window, ctx):
    from PySide6.QtCore import QTimer

    window = make_window(FakeAnalyzer(delay=1.5))
    article_id = add_article(ctx.library, UMLAUT_EMOJI)
    ticks: list[int] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    job = window.analysis.analyze([article_id])
    assert window.progress.isVisible()
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    timer.stop()
    assert len(ticks) >= 10  # the event loop kept running while the analyser worked
    assert len(list_assertions(ctx.library, article_id)) == 4
    qtbot.waitUntil(lambda: not window.progress.isVisible())


def test_cancel_stops_the_analysis_and_stores_nothing(qtbot, make_window, ctx):
    window = make_window(FakeAnalyzer(delay=5))
    article_id = add_article(ctx.library, UMLAUT_EMOJI)
    job = window.analysis.analyze([article_id])
    qtbot.waitUntil(window.progress.isVisible)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        qtbot.mouseClick(window.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert list_assertions(ctx.library, article_id) == []


def test_menus_and_shortcuts_dialog(window):
    from factcheck_app.gui.shortcuts_dialog import ShortcutsDialog, shortcut_rows

    assert set(window.menus) >= {"file", "edit", "view", "analysis", "help"}
    edit_texts = [a.text() for a in window.menus["edit"].actions()]
    assert any("Undo" in t for t in edit_texts) and any("Redo" in t for t in edit_texts)
    file_texts = [a.text().replace("&", "") for a in window.menus["file"].actions()]
    for wanted in ("Export report…", "Share library…", "Merge library…", "Paste as new article"):
        assert wanted in file_texts
    keys = {row[2] for row in shortcut_rows(window.menus)}
    assert {"J", "K", "A", "D", "Shift+D", "F5", "Ctrl+Shift+V"} <= keys
    dialog = ShortcutsDialog(window.menus, window)
    assert dialog.table.rowCount() == len(shortcut_rows(window.menus))


def test_geometry_and_splitters_are_remembered(qtbot, make_window, ctx):
    from gui_support import add_article, paragraphs

    add_article(ctx.library, paragraphs("Officials said so."))  # not the empty welcome page
    first = make_window()
    first.resize(790, 560)  # the offscreen screen is 800 px wide: the library folds
    QApplication.processEvents()
    first.splitter.setSizes([0, 500, first.splitter.width() - 500])
    first.columns.fit()  # as after any resize: the article keeps its readable width
    first.right_splitter.setSizes([200, 300])
    main, right = first.splitter.sizes(), first.right_splitter.sizes()
    first.close()
    second = make_window()
    QApplication.processEvents()
    assert second.size().width() == 790
    assert second.splitter.sizes() == main
    assert second.right_splitter.sizes() == right
