"""Datasette files: keyed to the file's database name, queries that survive real input,
and "open" counted the way the app counts it."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck_app.cli import main
from factcheck_app.models import HIGHLIGHT_CATEGORIES
from factcheck_app.services import annotations as notes
from factcheck_app.services import articles as article_service
from factcheck_app.services.analysis import analyze_article
from factcheck_app.services.datasette import QUERIES, database_name, datasette_files

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "mixed-eu-energy.md"

# Datasette's own escape_fts (datasette/utils), registered on the test connection the way
# Datasette registers it, so the saved queries run exactly as they would there.
_ESCAPE_FTS_RE = re.compile(r'\s+|(".*?")')


def escape_fts(query: str) -> str:
    if query.count('"') % 2:
        query += '"'
    bits = [b for b in _ESCAPE_FTS_RE.split(query) if b and b != '""']
    return " ".join(f'"{b}"' if not b.startswith('"') else b for b in bits)


@pytest.fixture
def filled(library):
    article = article_service.import_file(library, SAMPLE).article
    result = analyze_article(library, article.id)
    notes.add_note(library, article.id, "Choe's quote: quelle-fehlt", result.assertions[0].id)
    notes.add_note(library, article.id, "private musing", private=True)
    return library, article


def _run(path: Path, name: str, **params: str) -> list[tuple]:
    con = sqlite3.connect(path)
    con.create_function("escape_fts", 1, escape_fts)
    try:
        return con.execute(QUERIES[name]["sql"], params).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("query", ["", "   ", "Choe's", "quelle-fehlt", '"unbalanced', "OR"])
def test_note_search_takes_any_input(filled, query):
    library, _article = filled
    rows = _run(library.path, "notes_search", q=query)
    bodies = [r[0] for r in rows]
    assert "private musing" not in bodies
    if query.strip() in ("", "Choe's", "quelle-fehlt"):
        assert bodies == ["Choe's quote: quelle-fehlt"]


def test_open_counts_match_the_app(filled):
    library, _article = filled
    (summary,) = article_service.list_articles(library)
    app_open = {c: n for c, n in summary.open_counts.items() if c in HIGHLIGHT_CATEGORIES}
    counted = dict(_run(library.path, "open_assertions_by_category"))
    assert counted == app_open and "sourced" not in counted
    listed = _run(library.path, "open_assertions", category="")
    # findings nobody touched are stored packed per article: one line per article and
    # category says how many
    packed = [r for r in listed if "untouched findings" in r[1]]
    untouched = sum(int(r[1].split()[0].strip("(")) for r in packed)
    assert len(listed) - len(packed) + untouched == sum(app_open.values())


def test_files_are_keyed_to_the_database_name(tmp_path):
    share = tmp_path / "team.factcheck"
    assert database_name(share) == "team"
    old = datasette_files(share, "0.65")
    assert list(old.files) == ["metadata.yaml"]
    assert "\n  team:\n" in old.files["metadata.yaml"]
    assert "notes_search:" in old.files["metadata.yaml"]
    new = datasette_files(share, "1.0", folder=tmp_path / "ds")
    assert set(new.files) == {"metadata.yaml", "datasette.yaml"}
    assert "notes_search:" in new.files["datasette.yaml"]
    assert "queries" not in new.files["metadata.yaml"]
    assert new.command[:4] == ["datasette", "serve", "-i", str(share)]
    assert ["-c", str(tmp_path / "ds" / "datasette.yaml")] == new.command[-4:-2]


def test_datasette_command_writes_files_and_prints_the_command(filled, tmp_path):
    library, _article = filled
    out = tmp_path / "ds"
    result = CliRunner().invoke(
        main, ["--db", str(library.path), "datasette", "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert (out / "datasette.yaml").is_file() and (out / "metadata.yaml").is_file()
    assert f"-c {out / 'datasette.yaml'}" in result.stdout
    name = database_name(library.path)
    assert f"http://127.0.0.1:8001/{name}" in result.stdout
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database", "utf-8")
    refused = CliRunner().invoke(main, ["datasette", str(bad)])
    assert refused.exit_code == 2 and refused.stderr.startswith("Error:")
