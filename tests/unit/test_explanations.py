"""Explanations are stored as a rule key and parameters and render in any language.

One stored finding reads in English and in German; rows from before keys existed keep their
text; the key travels through sharing and merging, JSON and W3C export and import.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck_app.explanations import Explanation, explain, render_stored
from factcheck_app.export.model import ReportOptions
from factcheck_app.models import Category, Finding
from factcheck_app.services import Library, articles, sharing
from factcheck_app.services.analysis import analyze_article, list_assertions
from factcheck_app.services.annotation_import import import_annotations
from factcheck_app.services.exports import export_articles
from factcheck_app.settings import Settings
from factcheck_app.storage import compact
from factcheck_app.storage.assertions import list_for_article

TEXT = "# Plant\n\nThe minister reportedly resigned. She said the plant would close.\n"
HEARSAY = "reported second-hand: '{cue}'"
PRONOUN = "'{cue}' → {name}, the last woman named"


class KeyedAnalyzer:
    """Two findings as the analyser writes them: a key and the values that fill it."""

    notice = None

    def analyze_article(self, article, progress=None, cancel=None) -> list[Finding]:
        text = article.text
        hedge = text.index("reportedly")
        she = text.index("She")
        why = Explanation.of(HEARSAY, "reportedly")
        base = Finding(Category.HEDGED, hedge - 13, hedge + 19, hedge, hedge + 10, why,
                       "en.hedge", 0.8, "en", "t")  # fmt: skip
        pronoun = replace(
            base,
            category=Category.SOURCED,
            start=she,
            end=text.index(".", she) + 1,
            cue_start=she,
            cue_end=she + 8,
            explanation=Explanation.of(PRONOUN, "She", name="Choe Son Hui").then(
                "; the speaker's own speculation: {words}", words="'might'"
            ),
        )
        return [base, pronoun]


def _library(path: Path, user: str = "alice") -> Library:
    return Library(path, Settings(user_name=user))


@pytest.fixture()
def analysed(tmp_path: Path):
    lib = _library(tmp_path / "lib.db")
    article = articles.import_text(lib, TEXT, fmt="md").article
    analyze_article(lib, article.id, analyzer=KeyedAnalyzer())
    yield lib, article.id
    lib.close()


def _by_category(lib: Library, article_id: str):
    return {a.category: a for a in list_assertions(lib, article_id)}


def test_parameters_round_trip_with_appended_clauses_and_own_translations() -> None:
    found = Explanation("mine: '{cue}'", (("cue", "x"), ("@de", "eigen: '{cue}'"))).then(
        " (only a vague attribution)"
    )
    again = Explanation.from_stored(found.key, found.stored_params())
    assert again == found
    assert again.render("de") == "eigen: 'x' (nur vage zugeschrieben)"
    assert again.render("en") == "mine: 'x' (only a vague attribution)"
    assert Explanation.from_stored("k {cue}", "not json").render("en") == "k {cue}"


def test_one_stored_finding_renders_in_english_and_in_german(analysed) -> None:
    lib, article_id = analysed
    stored = _by_category(lib, article_id)
    hedged, sourced = stored[Category.HEDGED], stored[Category.SOURCED]
    assert hedged.explain_key == HEARSAY and json.loads(hedged.explain_params) == {
        "cue": "reportedly"
    }
    assert explain(hedged, "en") == "reported second-hand: 'reportedly'"
    assert explain(hedged, "de") == "nur vom Hörensagen: 'reportedly'"
    assert explain(sourced, "en") == (
        "'She' → Choe Son Hui, the last woman named; the speaker's own speculation: 'might'"
    )
    assert explain(sourced, "de") == (
        "'She' → Choe Son Hui, zuletzt genannte Frau; eigene Vermutung der Quelle: 'might'"
    )
    assert hedged.explanation == explain(hedged, "en")  # English text at rest, for old readers


def test_a_library_from_before_keys_keeps_its_text(tmp_path: Path) -> None:
    lib = _library(tmp_path / "old.db")
    article = articles.import_text(lib, TEXT, fmt="md").article
    analyze_article(lib, article.id, analyzer=KeyedAnalyzer())
    with lib.session() as db, db.atomic():  # rows, as findings were stored before m0015
        for found in list_for_article(db, article.id):
            compact.materialise(db, found.id)
    lib.close()
    conn = sqlite3.connect(tmp_path / "old.db")  # the schema before m0010
    conn.execute("UPDATE assertions SET explanation = 'Hörensagen (alt)'")
    conn.execute("ALTER TABLE assertions DROP COLUMN explain_key")
    conn.execute("ALTER TABLE assertions DROP COLUMN explain_params")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0010_explanation_keys'")
    conn.commit()
    conn.close()
    lib = _library(tmp_path / "old.db")
    try:
        hedged = _by_category(lib, article.id)[Category.HEDGED]
        assert hedged.explain_key is None
        assert explain(hedged, "en") == explain(hedged, "de") == "Hörensagen (alt)"
        analyze_article(lib, article.id, analyzer=KeyedAnalyzer())  # analysed again: keys
        assert explain(_by_category(lib, article.id)[Category.HEDGED], "de").startswith("nur")
    finally:
        lib.close()


def test_merge_brings_the_keys_along(tmp_path: Path) -> None:
    alice = _library(tmp_path / "alice.db")
    article = articles.import_text(alice, TEXT, fmt="md").article
    share_path = tmp_path / "alice.factcheck"
    sharing.share_library(alice, share_path, private=True)
    bob = _library(tmp_path / "bob.db", "bob")
    try:
        sharing.merge(bob, share_path, accept=sharing.RISK_KINDS)
        analyze_article(bob, article.id, analyzer=KeyedAnalyzer())
        back = tmp_path / "bob.factcheck"
        sharing.share_library(bob, back, private=True)
        sharing.merge(alice, back, accept=sharing.RISK_KINDS)
        hedged = _by_category(alice, article.id)[Category.HEDGED]
        assert hedged.explain_key == HEARSAY
        assert explain(hedged, "de") == "nur vom Hörensagen: 'reportedly'"
    finally:
        alice.close()
        bob.close()


def test_json_report_in_german_with_the_key(analysed, tmp_path: Path) -> None:
    lib, article_id = analysed
    out = tmp_path / "report.json"
    export_articles(lib, [article_id], "json", out, ReportOptions(include_sourced=True, lang="de"))
    [article] = json.loads(out.read_text(encoding="utf-8"))["articles"]
    hedged = next(a for a in article["assertions"] if a["category"] == "hedged")
    assert hedged["explanation"] == "nur vom Hörensagen: 'reportedly'"
    assert hedged["explain_key"] == HEARSAY


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_reports_explain_in_the_report_language(analysed, tmp_path: Path, fmt: str) -> None:
    lib, article_id = analysed
    for lang, words in (("de", "nur vom Hörensagen"), ("en", "reported second-hand")):
        out = tmp_path / f"report-{lang}.{fmt}"
        export_articles(lib, [article_id], fmt, out, ReportOptions(lang=lang))
        assert words in out.read_text(encoding="utf-8")


def test_w3c_export_and_import_keep_the_key(analysed, tmp_path: Path) -> None:
    lib, article_id = analysed
    out = tmp_path / "annotations.jsonld"
    export_articles(lib, [article_id], "w3c", out, ReportOptions(include_sourced=True, lang="de"))
    other = _library(tmp_path / "other.db", "carol")
    try:
        import_annotations(other, out)
        [imported] = [
            a for a in list_assertions(other, other_article(other)) if a.category == "hedged"
        ]
        assert imported.explain_key == HEARSAY
        assert imported.explanation == "reported second-hand: 'reportedly'"
        assert explain(imported, "de") == "nur vom Hörensagen: 'reportedly'"
    finally:
        other.close()


def other_article(lib: Library) -> str:
    [summary] = articles.list_articles(lib)
    return summary.id


def test_render_is_cached_and_falls_back_to_english_for_unknown_languages() -> None:
    assert render_stored(HEARSAY, '{"cue":"x"}', "fr") == "reported second-hand: 'x'"
    assert render_stored("plain text from a user file", None, "de") == (
        "plain text from a user file"
    )
