"""The mechanisms behind a library that stays quick at 10,000 articles (issue 15).

No timings: each test guards a mechanism. A keep or dismiss updates one row of the
library list and one card of the panel (no model reset); a sort header click and a
filter keystroke re-arrange rows without a reset and keep the selection; another
process's change is noticed; Help > Check library runs the check off the GUI thread.
"""

from __future__ import annotations

import subprocess
import sys

from gui_support import add_article, analyse, paragraphs, wait_for_jobs
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from factcheck_app.gui.item_models.library import Column
from factcheck_app.models import Lifecycle
from factcheck_app.storage.db import StorageError


def _library_with(window, ctx, count: int = 3) -> list[str]:
    ids = []
    for i in range(count):
        parsed = paragraphs(
            f"Officials reportedly said the port closed {i} times.",
            "Sources say the budget collapsed.",
            title=f"Article {i} on the harbour",
        )
        article_id = add_article(ctx.library, parsed)
        analyse(ctx.library, article_id)
        ids.append(article_id)
    window.library_view.refresh()
    return ids


class Resets:
    def __init__(self, model) -> None:
        self.count = 0
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.count += 1


def test_keep_and_dismiss_update_one_row_without_resetting(qtbot, window, ctx):
    ids = _library_with(window, ctx)
    window.show_article(ids[1])
    library_resets = Resets(window.library_view.model)
    panel_resets = Resets(window.assertion_panel.model)
    before = window.library_view.model.summary(ids[1])
    panel = window.assertion_panel
    first = panel.visible_ids()[0]
    panel.select(first)
    assert window.review.keep()
    assert panel.model.get(first).state is Lifecycle.IN_PROGRESS
    panel.select_next(1)
    second = panel.current_assertion_id()
    assert second and second != first
    assert window.review.dismiss()
    assert panel.model.get(second).state is Lifecycle.DISMISSED
    assert library_resets.count == 0
    assert panel_resets.count == 0
    after = window.library_view.model.summary(ids[1])
    assert after is not None and before is not None
    assert sum(after.open_counts.values()) == sum(before.open_counts.values()) - 1
    assert window.library_view.current_article_id() == ids[1]
    # undo goes through the same path
    ctx.undo_stack.undo()
    assert panel.model.get(second).state is Lifecycle.TO_CHECK
    assert library_resets.count == 0


def test_sort_click_and_filter_keep_the_selection_without_resetting(qtbot, window, ctx):
    ids = _library_with(window, ctx, 4)
    lv = window.library_view
    window.show_article(ids[2])
    resets = Resets(lv.model)
    header = lv.view.header()
    x = header.sectionViewportPosition(Column.TITLE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    titles = [lv.model.index(r, Column.TITLE).data() for r in range(lv.model.rowCount())]
    assert titles == sorted(titles, key=str.casefold) or titles == sorted(
        titles, key=str.casefold, reverse=True
    )
    assert lv.current_article_id() == ids[2]
    qtbot.keyClicks(lv.search, "article 2")
    assert lv.model.rowCount() == 1
    assert lv.current_article_id() == ids[2]
    lv.search.clear()
    assert lv.model.rowCount() == 4
    assert lv.current_article_id() == ids[2]
    assert resets.count == 0
    assert window.current_article_id() == ids[2]


def test_a_change_by_another_process_reaches_the_list(qtbot, window, ctx):
    ids = _library_with(window, ctx, 2)
    assert window.library_view.article_count() == 2
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from factcheck_app.cli import main; main()",
            *("--db", str(ctx.library.path), "delete", ids[0]),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    window.library_view._check_external_changes()  # what the poll timer does
    assert window.library_view.article_count() == 1


def test_check_library_runs_in_the_background_and_reports(qtbot, window, ctx, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    actions = [a.text() for a in window.menus["help"].actions()]
    assert "&Check library" in actions
    window.library_check.action.trigger()
    wait_for_jobs(qtbot, ctx)
    assert shown == ["The library file is intact."]

    def damaged() -> None:
        raise StorageError("lib.db is damaged (SQLite integrity check: page 3)")

    monkeypatch.setattr(ctx.library, "check_integrity", damaged)
    window.library_check.check(report=False)
    wait_for_jobs(qtbot, ctx)
    assert shown[-1].startswith("lib.db is damaged")


def test_search_gives_the_real_count_pages_and_snippets_later(qtbot, window, ctx):
    from factcheck_app.gui.search_panel import PAGE

    for i in range(PAGE + 20):
        add_article(
            ctx.library, paragraphs(f"A zebra crossed the road {i} times.", title=f"Zebra {i}")
        )
    panel = window.workbench.search
    hits = panel.search("zebra")
    assert panel.total == PAGE + 20
    assert f"{PAGE + 20} results" in panel.summary.text()
    assert len(hits) == panel.results.count() == PAGE
    wait_for_jobs(qtbot, ctx)
    assert all("[zebra]" in h.snippet.casefold() for h in panel.hits[:PAGE])
    assert panel.more()
    assert panel.results.count() == PAGE + 20
    assert not panel.more()
    wait_for_jobs(qtbot, ctx)
    assert all(h.snippet for h in panel.hits)
    assert len({h.id for h in panel.hits}) == PAGE + 20
