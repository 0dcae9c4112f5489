"""Explanations are shown in the UI language at display time, from the stored rule key.

A library analysed under a German UI must read in English to an English reader: the panel,
the detail pane and the tooltip render the stored key in the language installed now, and a
live language switch shows the other language without analysing again.
"""

from __future__ import annotations

from gui_support import add_article, analyse, find_cues, paragraphs
from PySide6.QtWidgets import QApplication

from factcheck_app.explanations import Explanation
from factcheck_app.gui import i18n
from factcheck_app.gui.item_models.assertions import Role
from factcheck_app.models import Category
from factcheck_app.services.analysis import list_assertions
from factcheck_app.storage import compact

HEARSAY = "reported second-hand: '{cue}'"


class KeyedAnalyzer:
    """Findings with a real catalogue key, like the analyser writes them."""

    notice = None

    def analyze_article(self, article, progress=None, cancel=None):
        from dataclasses import replace

        found = find_cues(article.text, {"reportedly": Category.HEDGED})
        return [replace(f, explanation=Explanation.of(HEARSAY, "reportedly")) for f in found]


def _shown(window) -> tuple[str, str]:
    panel = window.assertion_panel
    index = panel.proxy.index(0, 0)
    return panel.proxy.data(
        index, Role.EXPLANATION
    ), window.workbench.detail.header.explanation.text()


def test_panel_and_detail_follow_the_ui_language_without_reanalysis(qtbot, ctx):
    from factcheck_app.gui.language_switch import rebuild
    from factcheck_app.gui.main_window import MainWindow

    article_id = add_article(
        ctx.library, paragraphs("The minister reportedly resigned on Monday.", title="Report")
    )
    analyse(ctx.library, article_id, KeyedAnalyzer())
    [stored] = list_assertions(ctx.library, article_id)
    assert stored.explain_key == HEARSAY
    assert stored.explanation == "reported second-hand: 'reportedly'"  # English at rest

    window = MainWindow(ctx, analyzer_factory=KeyedAnalyzer, preload_analyzer=False)
    window.show()
    window.show_article(article_id, stored.id)
    QApplication.processEvents()
    assert _shown(window) == ("reported second-hand: 'reportedly'",) * 2
    try:
        i18n.install_translators(QApplication.instance(), "de")
        german = rebuild(window)
        qtbot.addWidget(german)
        german.show_article(article_id, stored.id)
        QApplication.processEvents()
        assert _shown(german) == ("nur vom Hörensagen: 'reportedly'",) * 2
    finally:
        i18n.install_translators(QApplication.instance(), "en")
    [again] = list_assertions(ctx.library, article_id)
    assert again == stored  # nothing was analysed or written again


def test_rows_from_before_keys_show_their_stored_text(qtbot, ctx, make_window):
    article_id = add_article(ctx.library, paragraphs("Sources say it rained.", title="Old"))
    analyse(ctx.library, article_id)  # FakeAnalyzer: a key the catalogue does not know
    [row] = list_assertions(ctx.library, article_id)
    with ctx.library.session() as db, db.atomic():
        compact.materialise(db, row.id)  # a row, as findings were stored before m0015
        db.execute(
            "UPDATE assertions SET explain_key = NULL, explanation = 'alt erklärt' WHERE id = ?",
            [row.id],
        )
    window = make_window()
    window.show_article(article_id, row.id)
    QApplication.processEvents()
    assert _shown(window) == ("alt erklärt",) * 2
