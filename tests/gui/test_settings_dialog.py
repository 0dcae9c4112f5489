"""Settings: the name becomes the author of what the user does next."""

from __future__ import annotations

from gui_support import add_article, analyse, paragraphs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from factcheck_app.gui.settings_dialog import SettingsDialog
from factcheck_app.services import annotations
from factcheck_app.services.analysis import list_assertions
from factcheck_app.settings import load_settings


def test_changing_the_name_changes_the_author(qtbot, window, ctx):
    article_id = add_article(ctx.library, paragraphs("The mayor reportedly resigned."))
    analyse(ctx.library, article_id)
    window.show_article(article_id)
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    dialog.name_edit.insert("Jürgen Müller")
    dialog.category_boxes["hedged"].setChecked(False)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert ctx.library.author == "Jürgen Müller"
    saved = load_settings()
    assert saved.user_name == "Jürgen Müller"
    assert "hedged" not in saved.highlight
    assert "hedged" in window.article_view.hidden_categories()  # highlights follow the setting

    [assertion] = list_assertions(ctx.library, article_id)
    window.assertion_panel.set_hidden(())
    window.assertion_panel.select(assertion.id)
    window.review.keep_action.trigger()
    with ctx.library.session() as db:  # the change log names who reviewed it
        [(author,)] = db.execute(
            "SELECT author FROM change_log WHERE row_id = ? AND action = 'update'",
            [assertion.id],
        ).fetchall()
    assert author == "Jürgen Müller"
    manual = annotations.get_assertion(
        ctx.library,
        annotations.add_manual_assertion(ctx.library, article_id, 0, 4, "hedged").created,
    )
    assert manual.author == "Jürgen Müller"


def test_an_empty_name_cannot_be_saved(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_models_list_starts_with_the_built_in_rules(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model_combo.itemData(0) == ""
    assert dialog.chosen().model == ""


def test_organisation_and_publishing_address_reach_claimreview(qtbot, ctx, tmp_path):
    import json

    from factcheck_app.services import exports

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.organisation_edit.insert("Faktencheck Nord")
    dialog.organisation_url_edit.insert("https://faktencheck.example")
    dialog.publish_edit.insert("https://faktencheck.example/checks/1")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    saved = load_settings()
    assert saved.organisation_url == "https://faktencheck.example"
    article_id = add_article(ctx.library, paragraphs("The mayor reportedly resigned."))
    analyse(ctx.library, article_id)
    [assertion] = list_assertions(ctx.library, article_id)
    annotations.set_verdict(ctx.library, assertion.id, "false")
    out = tmp_path / "reviews.jsonld"
    exports.export_articles(ctx.library, [article_id], "claimreview", out)  # no --base-url
    (review,) = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert review["url"].startswith("https://faktencheck.example/checks/1#claim-")
    assert review["author"][0]["url"] == "https://faktencheck.example"
