"""Library management as a checker does it: delete to the trash and undo, the Trash
dialog, duplicate warnings, article details and notes, deleting a cited reference, who
is checking, and "Don't flag this again" honoured by the next analysis."""

from __future__ import annotations

from collections.abc import Callable

from gui_support import FakeAnalyzer, add_article, analyse, paragraphs, wait_for_jobs
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from factcheck_app.gui.article_dialogs import ArticleDetailsDialog, ArticleNotesDialog
from factcheck_app.gui.identity_dialog import IdentityDialog, ask_if_unknown
from factcheck_app.gui.never_flag import NeverFlagDialog
from factcheck_app.gui.reference_library import ReferenceLibraryDialog
from factcheck_app.gui.settings_dialog import SettingsDialog
from factcheck_app.gui.trash_dialog import TrashDialog
from factcheck_app.models import Category, Lifecycle
from factcheck_app.services import annotations, articles, trash
from factcheck_app.services.analysis import list_assertions
from factcheck_app.settings import load_settings

PASTED = "Mayor quits\n\nThe mayor reportedly resigned on Tuesday. Sources say the vote failed.\n"


def when_shown(kind: type, act: Callable, seen: list | None = None) -> None:
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is up (what a user clicks)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            timer.stop()
            if seen is not None:
                seen.append(widget)
            act(widget)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    when_shown.timers.append(timer)  # kept alive until the test ends


when_shown.timers = []  # type: ignore[attr-defined]


def click_button(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def checked_article(ctx) -> tuple[str, str]:
    """An analysed article with a note, a verdict and an article note: work to lose."""
    article_id = add_article(
        ctx.library,
        paragraphs("The mayor reportedly resigned.", "Sources say the vote failed."),
    )
    analyse(ctx.library, article_id)
    first = list_assertions(ctx.library, article_id)[0]
    annotations.add_note(ctx.library, article_id, "ask the city hall", first.id)
    annotations.add_note(ctx.library, article_id, "whole story is thin")
    annotations.set_verdict(ctx.library, first.id, "false")
    return article_id, first.id


def work_of(ctx, article_id: str, assertion_id: str) -> tuple:
    verdict = annotations.verdict_for(ctx.library, assertion_id)
    return (
        len(list_assertions(ctx.library, article_id)),
        sorted(n.body for n in annotations.notes_for_article(ctx.library, article_id)),
        verdict.rating if verdict else None,
    )


def test_delete_key_moves_to_trash_and_undo_restores_all_work(qtbot, window, ctx) -> None:
    article_id, first = checked_article(ctx)
    before = work_of(ctx, article_id, first)
    window.library_view.refresh()
    window.library_view.select_article(article_id)
    window.library_view.view.setFocus()
    qtbot.keyClick(window.library_view.view, Qt.Key.Key_Delete)
    assert articles.list_articles(ctx.library) == []
    assert window.library_view.article_count() == 0
    assert "Moved 1 article to the Trash" in window.statusBar().currentMessage()
    assert ctx.undo_stack.undoText() == "Delete article “Test article”"
    ctx.undo_stack.undo()  # Edit > Undo
    assert [s.id for s in articles.list_articles(ctx.library)] == [article_id]
    assert work_of(ctx, article_id, first) == before
    assert window.library_view.article_count() == 1


def test_trash_dialog_restores_then_empties(qtbot, window, ctx) -> None:
    article_id, first = checked_article(ctx)
    before = work_of(ctx, article_id, first)
    window.library_view.refresh()
    window.library_view.select_article(article_id)
    window.article_actions.trash_action.trigger()

    def restore(dialog: TrashDialog) -> None:
        assert dialog.tree.topLevelItemCount() == 1
        row = dialog.tree.topLevelItem(0)
        assert (row.text(3), row.text(4)) == ("2", "2")  # assertions, notes
        dialog.tree.setCurrentItem(row)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.tree.topLevelItemCount() == 0 and dialog.empty_label.isVisible()
        dialog.reject()

    when_shown(TrashDialog, restore)
    window.article_actions.open_trash_action.trigger()
    assert work_of(ctx, article_id, first) == before
    assert window.current_article_id() == article_id  # the restored article is shown

    window.library_view.select_article(article_id)
    window.article_actions.trash_action.trigger()

    def empty(dialog: TrashDialog) -> None:
        when_shown(QMessageBox, lambda box: click_button(box, "Erase"))
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        assert dialog.tree.topLevelItemCount() == 0
        dialog.reject()

    when_shown(TrashDialog, empty)
    window.article_actions.open_trash_action.trigger()
    assert trash.list_trash(ctx.library) == []
    assert not ctx.undo_stack.canUndo()  # nothing left that could bring it back


def paste(window, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    window.importer.paste_action.trigger()


def test_a_duplicate_paste_warns_and_opens_the_existing_article(qtbot, window, ctx) -> None:
    paste(window, PASTED)
    wait_for_jobs(qtbot, ctx)
    wait_for_jobs(qtbot, ctx)
    [first] = articles.list_articles(ctx.library)
    other = add_article(ctx.library, paragraphs("Another story."))
    window.library_view.refresh()
    window.show_article(other)
    paste(window, PASTED)
    wait_for_jobs(qtbot, ctx)
    box = window.importer.duplicate_box
    qtbot.waitUntil(box.isVisible)
    assert "“Mayor quits” is already in your library." in box.text()
    assert window.current_article_id() == other  # not switched without asking
    assert len(articles.list_articles(ctx.library)) == 2  # nothing new stored
    click_button(box, "Open it")
    assert window.current_article_id() == first.id


def test_pasting_a_trashed_article_offers_to_restore_it(qtbot, window, ctx) -> None:
    article_id, first = checked_article(ctx)
    text = articles.get_article(ctx.library, article_id).text
    articles.delete_article(ctx.library, article_id)
    window.library_view.refresh()
    paste(window, text)
    wait_for_jobs(qtbot, ctx)
    box = window.importer.duplicate_box
    qtbot.waitUntil(box.isVisible)
    assert "is in the Trash" in box.text()
    click_button(box, "Restore and open")
    assert window.current_article_id() == article_id
    assert work_of(ctx, article_id, first)[2] == "false"


def test_same_address_with_new_text_is_imported_and_the_earlier_offered(qtbot, window, ctx) -> None:
    first = articles.import_text(ctx.library, PASTED, url="https://example.org/mayor").article
    mime = QMimeData()
    mime.setHtml("<h1>Mayor quits</h1><p>Updated: the mayor resigned.</p>")
    mime.setUrls([])
    window.importer.import_mime(mime)  # a browser drop has no address: give it by service
    wait_for_jobs(qtbot, ctx)
    result = articles.import_text(
        ctx.library, PASTED + "Update.\n", url="https://example.org/mayor"
    )
    box = window.importer.offer_existing(result)
    assert "already has an article from this address" in box.text()
    click_button(box, "Open the earlier one")
    assert window.current_article_id() == first.id


def test_article_details_dialog_edits_and_undo(qtbot, window, ctx) -> None:
    article_id = add_article(ctx.library, paragraphs("The mayor reportedly resigned."))
    window.library_view.refresh()
    window.library_view.select_article(article_id)
    seen: list = []

    def fill(dialog: ArticleDetailsDialog) -> None:
        dialog.title_edit.clear()
        dialog.title_edit.insert("Bürgermeister tritt zurück")
        qtbot.keyClicks(dialog.url_edit, "https://example.org/mayor")
        dialog.outlet_edit.clear()
        qtbot.keyClicks(dialog.outlet_edit, "Example Post")
        qtbot.keyClicks(dialog.byline_edit, "Jane Roe")
        qtbot.keyClicks(dialog.published_edit, "2024-13-45")  # refused, dialog stays
        when_shown(QMessageBox, lambda box: box.accept())
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert dialog.isVisible()
        dialog.published_edit.setText("2024-05-01")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    when_shown(ArticleDetailsDialog, fill, seen)
    window.article_actions.details_action.trigger()
    wait_for_jobs(qtbot, ctx)  # a new language re-analyses the article
    edited = articles.get_article(ctx.library, article_id)
    assert (edited.title, edited.url, edited.outlet, edited.byline, edited.published) == (
        "Bürgermeister tritt zurück",
        "https://example.org/mayor",
        "Example Post",
        "Jane Roe",
        "2024-05-01",
    )
    assert edited.language == "de"
    ctx.undo_stack.undo()
    assert articles.get_article(ctx.library, article_id).title == "Test article"


def test_article_notes_dialog_adds_edits_and_deletes(qtbot, window, ctx) -> None:
    article_id = add_article(ctx.library, paragraphs("The mayor reportedly resigned."))
    window.library_view.refresh()
    window.library_view.select_article(article_id)

    def use(dialog: ArticleNotesDialog) -> None:
        assert dialog.notes.item(0).text() == "No notes on this article yet."
        assert not dialog.add_button.isEnabled()
        dialog.editor.insertPlainText("Check the council minutes")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.notes.count() == 1 and "— tester" in dialog.notes.item(0).text()
        dialog.notes.setCurrentRow(0)
        dialog.editor.selectAll()
        dialog.editor.insertPlainText("Check the council minutes of 3 May")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "of 3 May" in dialog.notes.item(0).text()
        dialog.reject()

    when_shown(ArticleNotesDialog, use)
    window.article_actions.notes_action.trigger()
    [note] = annotations.notes_for_article(ctx.library, article_id)
    assert (note.body, note.assertion_id, note.author) == (
        "Check the council minutes of 3 May",
        None,
        "tester",
    )
    dialog = ArticleNotesDialog(ctx, article_id, window)
    qtbot.addWidget(dialog)
    dialog.notes.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert annotations.notes_for_article(ctx.library, article_id) == []
    ctx.undo_stack.undo()
    assert len(annotations.notes_for_article(ctx.library, article_id)) == 1


def test_deleting_a_cited_reference_names_the_claims_and_undo_relinks(qtbot, window, ctx):
    article_id = add_article(ctx.library, paragraphs("The mayor reportedly resigned."))
    analyse(ctx.library, article_id)
    [claim] = list_assertions(ctx.library, article_id)
    ref = annotations.get_reference(
        ctx.library, annotations.add_reference(ctx.library, "City hall statement").created
    )
    annotations.link_evidence(ctx.library, claim.id, ref.id, "contradicts")
    dialog = ReferenceLibraryDialog(ctx, window, select_id=ref.id)
    qtbot.addWidget(dialog)
    dialog.show()
    shown: list = []

    def cancel(box: QMessageBox) -> None:
        shown.append((box.text(), box.informativeText()))
        box.reject()

    when_shown(QMessageBox, cancel)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    text, detail = shown[0]
    assert "“City hall statement” is cited by 1 claim:" in text
    assert "“The mayor reportedly resigned.”" in detail
    assert annotations.list_references(ctx.library)  # cancelled: kept
    when_shown(QMessageBox, lambda box: click_button(box, "Delete with links"))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert annotations.list_references(ctx.library) == []
    assert annotations.evidence_for_assertion(ctx.library, claim.id) == []
    ctx.undo_stack.undo()
    assert [e.reference_id for e in annotations.evidence_for_assertion(ctx.library, claim.id)] == [
        ref.id
    ]


def test_who_is_checking_is_asked_once_and_signs_notes(qtbot, window, ctx) -> None:
    assert not ctx.settings.identity_confirmed

    def answer(dialog: IdentityDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.name_edit.text() == "tester" and ok.isEnabled()
        dialog.name_edit.clear()
        assert not ok.isEnabled()
        dialog.name_edit.insert("Jürgen Müller")
        qtbot.keyClicks(dialog.organisation_edit, "Fact Desk")
        qtbot.keyClicks(dialog.url_edit, "https://factdesk.example")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_shown(IdentityDialog, answer)
    assert ask_if_unknown(window, ctx)
    saved = load_settings()
    assert (saved.user_name, saved.organisation, saved.organisation_url) == (
        "Jürgen Müller",
        "Fact Desk",
        "https://factdesk.example",
    )
    assert not ask_if_unknown(window, ctx)  # asked once
    article_id = add_article(ctx.library, paragraphs("The mayor reportedly resigned."))
    note = annotations.get_note(
        ctx.library, annotations.add_note(ctx.library, article_id, "signed").created
    )
    assert note.author == "Jürgen Müller"
    settings = SettingsDialog(ctx, window)  # and editable in Settings
    qtbot.addWidget(settings)
    assert settings.name_edit.text() == "Jürgen Müller"
    assert settings.organisation_url_edit.text() == "https://factdesk.example"


def test_not_now_is_not_asked_again(qtbot, window, ctx) -> None:
    when_shown(IdentityDialog, lambda dialog: dialog.reject())
    assert ask_if_unknown(window, ctx)
    assert load_settings().identity_confirmed
    assert not ask_if_unknown(window, ctx)


def test_dont_flag_again_dismisses_and_the_next_analysis_honours_it(
    qtbot, make_window, ctx
) -> None:
    fake = FakeAnalyzer()
    window = make_window(fake)
    article_id = add_article(
        ctx.library,
        paragraphs("Prices reportedly rose. Troops reportedly moved.", "Sources say it."),
    )
    other_id = add_article(ctx.library, paragraphs("The mayor reportedly resigned."))
    for art in (article_id, other_id):
        analyse(ctx.library, art, fake)
    window.library_view.refresh()
    window.show_article(article_id)
    hedged = sorted(
        (a for a in list_assertions(ctx.library, article_id) if a.category is Category.HEDGED),
        key=lambda a: a.start,
    )
    window.assertion_panel.select(hedged[0].id)
    assert window.never_flag.action.isEnabled()

    def only_here(dialog: NeverFlagDialog) -> None:
        assert dialog.phrase_edit.text() == "Prices reportedly rose"
        dialog.in_phrase.setChecked(True)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    when_shown(NeverFlagDialog, only_here)
    window.never_flag.action.trigger()
    dismissed = annotations.get_assertion(ctx.library, hedged[0].id)
    assert dismissed.status is Lifecycle.DISMISSED
    [exception] = load_settings().lexicon_exceptions
    assert (exception.category, exception.cue, exception.phrase) == (
        "hedged",
        "reportedly",
        "Prices reportedly rose",
    )
    assert "will not be flagged again" in window.statusBar().currentMessage()
    ctx.undo_stack.undo()  # the dismissal is an ordinary edit
    assert annotations.get_assertion(ctx.library, hedged[0].id).status is Lifecycle.TO_CHECK

    window.assertion_panel.select(hedged[1].id)
    when_shown(NeverFlagDialog, lambda d: d.buttons.accepted.emit())  # everywhere
    window.never_flag.action.trigger()
    window.library_view.select_article(other_id)
    window.reanalyse()
    wait_for_jobs(qtbot, ctx)
    others = list_assertions(ctx.library, other_id)
    assert [a for a in others if a.category is Category.HEDGED] == []  # not flagged again

    dialog = SettingsDialog(ctx, window)  # listed, and removable
    qtbot.addWidget(dialog)
    assert dialog.exceptions.count() == 2
    assert dialog.exceptions.item(1).text() == "Hedged: “reportedly”"
    dialog.exceptions.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_exception_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert [e.phrase for e in load_settings().lexicon_exceptions] == ["Prices reportedly rose"]
    window.reanalyse()
    wait_for_jobs(qtbot, ctx)
    again = list_assertions(ctx.library, other_id)
    assert [a.category for a in again] == [Category.HEDGED]


def test_import_from_url_of_a_known_address_offers_the_article(qtbot, window, ctx) -> None:
    from factcheck_app.gui.url_dialog import UrlDialog

    known = articles.import_text(ctx.library, PASTED, url="https://example.org/mayor").article
    other = add_article(ctx.library, paragraphs("Another story."))
    window.library_view.refresh()
    window.show_article(other)
    asked: list = []

    def enter(dialog: UrlDialog) -> None:
        qtbot.keyClicks(dialog.url, "https://example.org/mayor")
        dialog.accept()

    def open_it(box: QMessageBox) -> None:
        asked.append(box.text())
        click_button(box, "Open it")

    when_shown(UrlDialog, enter)
    when_shown(QMessageBox, open_it)
    assert window.importer.ask_url() is None  # nothing fetched
    assert asked == ["“Mayor quits” was imported from this address before."]
    assert window.current_article_id() == known.id
    assert not ctx.tasks.running
