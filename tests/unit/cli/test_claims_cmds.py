"""``factcheck claims``: match, import, list --contradictions and eval, as a user calls them."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck_app.cli import main
from factcheck_app.models import Category
from factcheck_app.services import Library, annotations, articles
from factcheck_app.settings import Settings

PAIRS = Path(__file__).resolve().parents[3] / "bench" / "claim_pairs" / "pairs.jsonl"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.db"
    with Library(path, settings=Settings(user_name="t")) as lib:
        for text, sentence, rating in (
            (
                "# A\n\nNorth Korea has sent 10,000 troops to Kursk, officials say.\n",
                "North Korea has sent 10,000 troops to Kursk",
                "true",
            ),
            (
                "# B\n\nNordkorea soll 10.000 Soldaten nach Kursk geschickt haben.\n",
                "Nordkorea soll 10.000 Soldaten nach Kursk geschickt haben",
                "false",
            ),
        ):
            article = articles.import_text(lib, text, fmt="md").article
            start = article.text.index(sentence)
            a = annotations.get_assertion(
                lib,
                annotations.add_manual_assertion(
                    lib, article.id, start, start + len(sentence), Category.HEDGED
                ).created,
            )
            annotations.set_verdict(lib, a.id, rating)
    return path


def run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), "claims", *args], catch_exceptions=False)


def card_ids(db: Path) -> list[str]:
    with Library(db) as lib, lib.session() as conn:
        return [r[0] for r in conn.execute("SELECT id FROM assertions ORDER BY created_at")]


def test_match_prints_the_other_card_with_verdict_and_reason(db: Path) -> None:
    first, second = card_ids(db)
    result = run(db, "match", first[:8])
    assert result.exit_code == 0
    assert second[:8] in result.stdout and "false" in result.stdout
    assert "same figure 10,000" in result.stdout
    data = json.loads(run(db, "match", first, "--json").stdout)
    assert data["matches"][0]["id"] == second and data["matches"][0]["verdict"] == "false"


def test_match_an_unknown_id_is_a_clear_error(db: Path) -> None:
    result = run(db, "match", "zzzzzzzz")
    assert result.exit_code == 2 and "no assertion or article" in result.stderr


def test_import_then_list_contradictions(db: Path, tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps(
            {
                "claims": [
                    {
                        "text": "North Korea sent 10,000 troops to Kursk",
                        "claimReview": [
                            {
                                "publisher": {"name": "Check"},
                                "url": "https://c.example/1",
                                "textualRating": "Mostly true",
                            }
                        ],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    imported = run(db, "import", str(feed))
    assert imported.exit_code == 0 and "1 added" in imported.stdout
    listing = run(db, "list", "--contradictions")
    assert "CONTRADICTORY VERDICTS" in listing.stdout and "3 times" in listing.stdout
    groups = json.loads(run(db, "list", "--contradictions", "--json").stdout)
    assert groups[0]["contradictory"] is True
    assert {m["verdict"] for m in groups[0]["members"]} == {"true", "false", "Mostly true"}


def test_import_refuses_a_file_without_reviews(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": "world"}', encoding="utf-8")
    result = run(db, "import", str(bad))
    assert result.exit_code == 2 and "no ClaimReview found" in result.stderr


def test_eval_reports_precision_and_recall(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["claims", "eval", str(PAIRS)])
    assert result.exit_code == 0
    assert "pairs (" in result.stdout and "precision" in result.stdout and "de-en" in result.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": "x", "b": "y", "label": "maybe"}\n', encoding="utf-8")
    refused = CliRunner().invoke(main, ["claims", "eval", str(bad)])
    assert refused.exit_code == 2 and "label must be one of" in refused.stderr
