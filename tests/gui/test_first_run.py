"""First run: an empty library welcomes the user; "Try a sample" opens it analysed."""

from __future__ import annotations

from gui_support import wait_for_jobs
from PySide6.QtCore import Qt

from factcheck_app.services import articles


def test_empty_library_shows_the_start_view(window) -> None:
    assert window.centre.currentIndex() == 0
    assert window.start_view.isVisible()


def test_try_a_sample_opens_it_analysed_with_the_first_assertion_selected(qtbot, window, ctx):
    qtbot.mouseClick(window.start_view.sample_button, Qt.MouseButton.LeftButton)
    wait_for_jobs(qtbot, ctx)
    qtbot.waitUntil(lambda: window.assertion_panel.current_assertion_id() is not None)
    assert window.centre.currentIndex() == 1
    [summary] = articles.list_articles(ctx.library)
    assert window.current_article_id() == summary.id
    shown = set(window.article_view.highlighted_ids())
    first_visible = next(i for i in window.assertion_panel.visible_ids() if i in shown)
    assert window.assertion_panel.current_assertion_id() == first_visible


def test_a_share_file_on_the_command_line_opens_the_merge_preview(
    qtbot, window, ctx, tmp_path, monkeypatch
):
    from factcheck_app.gui import merge_dialog
    from factcheck_app.services import Library, sharing
    from factcheck_app.settings import Settings

    other = Library(tmp_path / "colleague.db", settings=Settings(user_name="colleague"))
    articles.import_text(other, "Reports indicate that 5 ministers resigned.", fmt="text")
    share = tmp_path / f"from-colleague{sharing.SHARE_EXTENSION}"
    sharing.share_library(other, share)
    other.close()
    seen = {}

    def fake_exec(dialog):
        wait_for_jobs(qtbot, ctx)
        qtbot.waitUntil(lambda: dialog.merge_button.isEnabled())
        seen["path"] = dialog.source()
        return 0

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", fake_exec)
    window.open_share_file(share)
    assert seen["path"] == share
    assert articles.list_articles(ctx.library) == []  # previewed, not merged
