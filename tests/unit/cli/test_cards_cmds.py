"""`factcheck cards / state / verdict / search --state`: the claim queue on the command line,
in the same words as the app and the reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck_app.cli import main
from factcheck_app.models import Category
from factcheck_app.services import Library, annotations, articles
from factcheck_app.settings import Settings

TEXT = (
    "Choe provided no evidence that reports indicate 10,000 troops were sent. "
    "Officials allegedly met in May. The minister said prices rose."
)


@pytest.fixture
def setup(tmp_path: Path):
    db = tmp_path / "lib.db"
    lib = Library(db, settings=Settings(user_name="tester"))
    article_id = articles.import_text(lib, TEXT, fmt="text").article.id
    first = "Choe provided no evidence that reports indicate 10,000 troops were sent."
    for phrase, category in (
        (first, Category.VAGUE_SOURCE),
        ("provided no evidence", Category.NO_EVIDENCE),
        ("Officials allegedly met in May.", Category.HEDGED),
        ("The minister said prices rose.", Category.SOURCED),
    ):
        start = TEXT.index(phrase)
        annotations.add_manual_assertion(lib, article_id, start, start + len(phrase), category)
    lib.close()
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, ["--db", str(db), *args], catch_exceptions=False)

    return run, article_id


def test_cards_state_verdict_and_undo(setup) -> None:
    run, article_id = setup
    listing = json.loads(run("cards", article_id[:8], "--json").stdout)
    assert listing["progress"] == {"checked": 0, "total": 2, "dismissed": 0}
    first, second = listing["cards"]
    assert first["categories"] == ["no_evidence", "vague_source"]
    assert first["state_label"] == "to check"

    refused = run("state", first["id"], "checked")
    assert refused.exit_code == 2 and "verdict first" in refused.stderr
    assert run("verdict", first["id"][:8], "false", "--explanation", "none").exit_code == 0
    # any finding of the card names it
    assert run("state", second["findings"][0], "dismissed", "--reason", "a quote").exit_code == 0
    text = run("cards", article_id).stdout
    assert "checked" in text and "verdict: false" in text and "a quote" in text
    assert "1 of 1 checked, 1 dismissed." in text
    assert "minister" not in text  # sourced only: not in the queue
    assert "minister" in run("cards", article_id, "--sourced").stdout
    done = json.loads(run("cards", article_id, "--show", "done", "--json").stdout)
    assert [c["id"] for c in done["cards"]] == [first["id"]]

    assert run("undo").exit_code == 0  # the dismissal
    again = json.loads(run("cards", article_id, "--json").stdout)
    assert again["progress"] == {"checked": 1, "total": 2, "dismissed": 0}


def test_search_filters_by_state_and_verdict_with_the_real_count(setup) -> None:
    run, article_id = setup
    cards = json.loads(run("cards", article_id, "--json").stdout)["cards"]
    run("verdict", cards[0]["id"], "misleading")
    found = json.loads(run("search", "troops", "--state", "checked", "--json").stdout)
    assert found["total"] == 1 and found["hits"][0]["article_id"] == article_id
    none = json.loads(run("search", "troops", "--verdict", "true", "--json").stdout)
    assert none["total"] == 0 and none["hits"] == []
    rated = json.loads(run("search", "troops", "--verdict", "misleading", "--json").stdout)
    assert rated["total"] == 1
    bad = run("search", "troops", "--state", "open")
    assert bad.exit_code == 2
