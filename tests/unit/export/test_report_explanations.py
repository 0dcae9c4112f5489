"""Explanations render in the report's language from the stored rule and parameters:
a library analysed by a German-speaking checker gives an English report English reasons
(and a German one German reasons), with the real analyser, no re-analysis."""

from __future__ import annotations

import html
from pathlib import Path

from factcheck_app.explanations import explain
from factcheck_app.export.model import ReportOptions
from factcheck_app.services import Library, articles, exports
from factcheck_app.services.analysis import analyze_article, list_assertions
from factcheck_app.settings import Settings

TEXT = """\
# Nordkorea schickt Soldaten

Berichten zufolge hat Nordkorea rund 10.000 Soldaten nach Russland geschickt. Der Minister \
soll angeblich davon gewusst haben. Choe legte keine Beweise für ihre Behauptungen vor.

Reports indicate that the troops were moved in October. Officials said the missile was \
allegedly tested in March, but Choe provided no evidence.
"""


def test_english_report_of_a_library_analysed_in_german(tmp_path: Path) -> None:
    settings = Settings(user_name="Anna Köhler", ui_language="de")
    with Library(tmp_path / "lib.db", settings=settings) as lib:
        article = articles.import_text(lib, TEXT, fmt="md").article
        analyze_article(lib, article.id)
        found = [a for a in list_assertions(lib, article.id) if str(a.status) != "dismissed"]
        assert len(found) >= 4
        pages = {}
        for lang in ("en", "de"):
            out = tmp_path / f"report-{lang}.html"
            options = ReportOptions(lang=lang, include_sourced=True)
            exports.export_articles(lib, [article.id], "html", out, options)
            pages[lang] = html.unescape(out.read_text(encoding="utf-8"))
    differ = 0
    for a in found:
        english, german = explain(a, "en"), explain(a, "de")
        assert english in pages["en"], english
        assert german in pages["de"], german
        if english != german:
            differ += 1
            assert german not in pages["en"], german
            assert english not in pages["de"], english
    assert differ >= 3  # the reasons really are rendered per language, not stored text
