"""The library list's "7 of 12 checked" always says what the article's cards say (issue 15).

The list reads stored counts (``storage.article_progress``, m0016) instead of building
cards for every row it paints. Each test drives the window as a checker does and after
every step compares three things: the list's status cell, the queue's own progress (the
panel's cards), and the stored row, which must be fresh (not left for a reader to
recount) once the step is committed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_support import FakeAnalyzer, add_article, analyse, paragraphs, wait_for_jobs
from PySide6.QtCore import Qt

from factcheck_app.cards import progress_of
from factcheck_app.gui.item_models.library import Column
from factcheck_app.models import Category, Lifecycle
from factcheck_app.services import Library, sharing
from factcheck_app.services import articles as article_service
from factcheck_app.services import cards as card_service
from factcheck_app.settings import Settings

CARDS = paragraphs(
    "According to the ministry there is no evidence of a leak. The mayor reportedly resigned.",
    "According to the ministry, prices rose. Sources say the budget collapsed.",
    "Officials denied the report. The port reportedly closed.",
    title="Cards",
)


def listed(window, article_id: str) -> str:
    """What the library list shows in the article's status column."""
    model = window.library_view.model
    return model.index(model.row_of(article_id), Column.STATUS).data()


def stored(lib: Library, article_id: str) -> tuple[int, int, int] | None:
    """The stored counts, None while stale."""
    with lib.session() as db:
        row = db.execute(
            "SELECT checked, total, dismissed FROM article_progress WHERE article_id = ?",
            [article_id],
        ).fetchone()
    return None if row is None or row[1] is None else tuple(row)


def assert_in_step(window, lib: Library, article_id: str, checked: int, total: int) -> None:
    cards = card_service.article_cards(lib, article_id)
    truth = progress_of(cards)
    assert (truth.checked, truth.total) == (checked, total)
    assert stored(lib, article_id) == (truth.checked, truth.total, truth.dismissed)
    assert listed(window, article_id) == f"{checked} of {total} checked"
    if window.current_article_id() == article_id:
        assert window.assertion_panel.title.text() == f"{checked} of {total} checked"
        assert progress_of(window.assertion_panel.model.cards()) == truth


def _open(window, ctx, parsed=CARDS) -> str:
    article_id = add_article(ctx.library, parsed)
    analyse(ctx.library, article_id)
    window.library_view.refresh()
    window.library_view.select_article(article_id)
    assert window.current_article_id() == article_id
    return article_id


def test_keep_dismiss_verdict_and_undo_keep_the_list_count_exact(qtbot, window, ctx):
    article_id = _open(window, ctx)
    other = _open(window, ctx, paragraphs("Sources say the port closed.", title="Other"))
    window.library_view.select_article(article_id)
    lib, panel, review = ctx.library, window.assertion_panel, window.review
    assert_in_step(window, lib, article_id, 0, 5)
    assert_in_step(window, lib, other, 0, 1)

    first, second, third = panel.visible_ids()[:3]
    panel.select(first)
    review.keep_action.trigger()  # in progress: still to be checked
    assert panel.model.get(first).state is Lifecycle.IN_PROGRESS
    assert_in_step(window, lib, article_id, 0, 5)

    panel.select(second)
    assert review.dismiss()  # a dismissed card leaves the count
    assert panel.model.get(second).state is Lifecycle.DISMISSED
    assert_in_step(window, lib, article_id, 0, 4)

    panel.select(third)
    assert review.give_verdict(1)  # a verdict checks the card
    assert panel.model.get(third).state is Lifecycle.CHECKED
    assert_in_step(window, lib, article_id, 1, 4)

    assert "4 claims to check" in window.status_label.text()  # 3 here + 1 in the other

    for checked, total in ((0, 4), (0, 5), (0, 5)):  # Edit > Undo, step by step
        ctx.undo_stack.undo()
        assert_in_step(window, lib, article_id, checked, total)
    # the status bar counts claims as the queue does: 5 to check here, 1 in the other
    assert "6 claims to check" in window.status_label.text()
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert_in_step(window, lib, article_id, 0, 4)
    assert_in_step(window, lib, other, 0, 1)  # the other row never went stale
    assert "5 claims to check" in window.status_label.text()
    panel.select(third)
    assert review.give_verdict(1)
    assert "4 claims to check" in window.status_label.text()


def categories(ctx, article_id: str, skip: str = "") -> set[Category]:
    return {
        category
        for card in card_service.article_cards(ctx.library, article_id)
        if skip not in card.ids
        for category in card.categories
    }


def reanalyse(window) -> None:
    """Analysis > Re-analyse, found in the menu bar as the user finds it."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analysis")
    next(a for a in menu.actions() if a.text() == "&Re-analyse").trigger()


def test_reanalysis_regroups_and_the_count_follows(qtbot, make_window, ctx):
    analyzer = FakeAnalyzer()
    window = make_window(analyzer)
    article_id = _open(window, ctx)
    panel = window.assertion_panel
    hedged = next(c.id for c in panel.model.cards() if Category.HEDGED in c.categories)
    panel.select(hedged)
    assert window.review.give_verdict(1)
    assert_in_step(window, ctx.library, article_id, 1, 5)

    # the detector no longer finds denials, and now finds "officials" (a new card)
    analyzer.cues = {
        **{k: v for k, v in analyzer.cues.items() if v is not Category.DISPUTED},
        "officials": Category.VAGUE_SOURCE,
    }
    reanalyse(window)
    qtbot.waitUntil(lambda: Category.DISPUTED not in categories(ctx, article_id))
    wait_for_jobs(qtbot, ctx)
    assert Category.VAGUE_SOURCE in categories(ctx, article_id)
    qtbot.waitUntil(lambda: window.assertion_panel.title.text() == "1 of 5 checked")
    assert_in_step(window, ctx.library, article_id, 1, 5)
    analyzer.cues = {"according to the ministry": Category.SOURCED}
    # only the checked card is left (a finding with work is kept)
    reanalyse(window)
    qtbot.waitUntil(lambda: Category.HEDGED not in categories(ctx, article_id, skip=hedged))
    wait_for_jobs(qtbot, ctx)
    qtbot.waitUntil(lambda: window.assertion_panel.title.text() == "1 of 1 checked")
    assert_in_step(window, ctx.library, article_id, 1, 1)


def test_delete_and_undo_restore_the_count(qtbot, window, ctx):
    article_id = _open(window, ctx)
    panel = window.assertion_panel
    panel.select(panel.visible_ids()[0])
    assert window.review.give_verdict(2)
    assert_in_step(window, ctx.library, article_id, 1, 5)
    window.library_view.view.setFocus()
    qtbot.keyClick(window.library_view.view, Qt.Key.Key_Delete)
    assert window.library_view.article_count() == 0
    ctx.undo_stack.undo()
    assert window.library_view.article_count() == 1
    assert_in_step(window, ctx.library, article_id, 1, 5)


@pytest.fixture()
def shared(tmp_path: Path, ctx):
    """Bob's copy of our library, where he checked two cards and dismissed one, shared."""
    lib = ctx.library
    article_id = add_article(lib, CARDS)
    analyse(lib, article_id)
    with lib.session() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(lib.path, tmp_path / "bob.db")
    bob = Library(tmp_path / "bob.db", Settings(user_name="bob"))
    cards = [c for c in card_service.article_cards(bob, article_id) if not c.sourced_only]
    card_service.set_verdict(bob, cards[0], "false", "No leak.")
    card_service.set_verdict(bob, cards[1], "true")
    card_service.set_state(bob, cards[2], Lifecycle.DISMISSED, "opinion")
    share = tmp_path / "bob.factcheck"
    sharing.share_library(bob, share, private=True)
    bob.close()
    return article_id, share


def test_a_merge_and_its_undo_keep_the_list_count_exact(qtbot, window, ctx, shared, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from factcheck_app.gui.merge_dialog import MergeDialog

    article_id, share = shared
    window.library_view.refresh()
    window.library_view.select_article(article_id)
    assert_in_step(window, ctx.library, article_id, 0, 5)
    dialog = MergeDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(share))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.history_table.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: listed(window, article_id) == "2 of 4 checked")
    assert_in_step(window, ctx.library, article_id, 2, 4)

    dialog.history_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    qtbot.mouseClick(dialog.undo_merge_button, Qt.MouseButton.LeftButton)
    assert "Merge undone" in dialog.status.text()
    qtbot.waitUntil(lambda: listed(window, article_id) == "0 of 5 checked")
    assert_in_step(window, ctx.library, article_id, 0, 5)
    ctx.tasks.wait()


def test_a_change_made_by_another_process_is_never_shown_stale(qtbot, window, ctx):
    """Written without the app's recount (an older tool, a hand edit): the stored row is
    stale, and the list counts the article itself."""
    import sqlite3

    article_id = _open(window, ctx)
    card = next(c for c in card_service.article_cards(ctx.library, article_id))
    card_service.set_state(ctx.library, card, Lifecycle.DISMISSED)  # now a stored row
    conn = sqlite3.connect(ctx.library.path)
    conn.execute(
        "UPDATE assertions SET status = 'to_check' WHERE id = ?", [card.id]
    )  # triggers mark it, nothing recounts
    conn.commit()
    conn.close()
    assert stored(ctx.library, article_id) is None
    qtbot.waitUntil(lambda: listed(window, article_id) == "0 of 5 checked", timeout=5000)
    truth = card_service.progress(ctx.library, article_id)
    assert card_service.progress_many(ctx.library, [article_id])[article_id] == truth
    assert article_service.list_articles(ctx.library, [article_id])


def test_an_article_not_analysed_says_so_in_the_list(qtbot, window, ctx):
    article_id = add_article(ctx.library, CARDS)
    window.library_view.refresh()
    assert listed(window, article_id) == "Not analysed"  # the CLI's words, capitalised
    analyse(ctx.library, article_id)
    window.library_view.refresh_articles({article_id})
    assert listed(window, article_id) == "0 of 5 checked"


@pytest.mark.parametrize(
    "text",
    [
        "The weather was pleasant on Sunday afternoon.",  # no finding at all
        "The minister said the plan works.",  # only a sourced finding: no card
    ],
)
def test_an_analysed_article_with_nothing_to_check_says_so(qtbot, window, ctx, text):
    from factcheck_app.analysis import Analyzer

    article_id = add_article(ctx.library, paragraphs(text))
    window.library_view.refresh()
    assert listed(window, article_id) == "Not analysed"
    analyse(ctx.library, article_id, Analyzer())
    window.library_view.refresh_articles({article_id})
    assert listed(window, article_id) == "Nothing to check"
    statuses = [
        window.library_view.status_filter.itemText(i)
        for i in range(window.library_view.status_filter.count())
    ]
    assert "Nothing to check" in statuses and "Not analysed" in statuses
