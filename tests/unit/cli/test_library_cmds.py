"""The CLI as a user calls it: one library file, clear errors, exit code 2 for bad input."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck_app.cli import main

ARTICLE = (
    "# Kabinett beschließt Haushalt\n\nDas Kabinett hat am Mittwoch den Haushalt beschlossen.\n"
)


@pytest.fixture
def run(tmp_path: Path):
    db = tmp_path / "lib.db"
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, ["--db", str(db), *args], catch_exceptions=False)

    return invoke


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "haushalt.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_import_prints_the_new_id_and_list_shows_it(run, article_file: Path) -> None:
    result = run("import", str(article_file))
    assert result.exit_code == 0
    article_id = result.stdout.strip()
    assert len(article_id) == 36
    listing = run("list")
    assert article_id[:8] in listing.stdout
    assert "Kabinett beschließt Haushalt" in listing.stdout


def test_import_twice_reports_the_duplicate(run, article_file: Path) -> None:
    first = run("import", str(article_file)).stdout.strip()
    again = run("import", str(article_file))
    assert again.stdout.strip() == first
    assert "already in the library" in again.stderr


def test_show_json_has_blocks_with_kinds_and_languages(run, article_file: Path) -> None:
    article_id = run("import", str(article_file)).stdout.strip()
    document = json.loads(run("show", article_id[:8], "--json").stdout)
    assert document["schema"] == "factcheck-cli/2" and document["command"] == "show"
    data = document["article"]
    assert data["title"] == "Kabinett beschließt Haushalt"
    assert {b["lang"] for b in data["blocks"]} == {"de"}
    assert data["blocks"][0]["kind"] == "title"


def test_bad_files_exit_2_with_one_line(run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    for path in (empty, binary, tmp_path / "missing.txt"):
        result = run("import", str(path))
        assert result.exit_code == 2, path
        assert "Traceback" not in result.output
        assert result.stderr.startswith("Error:")
    assert "empty" in run("list").stdout


def test_search_and_delete(run, article_file: Path) -> None:
    article_id = run("import", str(article_file)).stdout.strip()
    assert "Haushalt" in run("search", "Kabinett").stdout
    assert run("delete", article_id).exit_code == 0
    assert "No matches" in run("search", "Kabinett").stdout


def test_unknown_id_is_a_clear_error(run) -> None:
    result = run("show", "deadbeef")
    assert result.exit_code == 2
    assert "no article" in result.stderr


def test_corrupt_library_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "broken.db"
    db.write_bytes(b"garbage" * 100)
    result = CliRunner().invoke(main, ["--db", str(db), "list"])
    assert result.exit_code != 0
    assert "not a Factcheck library" in result.output
    assert db.read_bytes() == b"garbage" * 100


def test_version_and_help() -> None:
    runner = CliRunner()
    assert "factcheck" in runner.invoke(main, ["--version"]).stdout
    for command in ("import", "list", "show", "search", "delete", "analyze"):
        assert runner.invoke(main, [command, "--help"]).exit_code == 0


def test_analyze_file_prints_categories_and_explanations(run, tmp_path: Path) -> None:
    path = tmp_path / "claim.txt"
    path.write_text(
        "Reports indicate that the company paid 3 million dollars. "
        "The CEO provided no evidence for his claims.\n",
        encoding="utf-8",
    )
    result = run("analyze", str(path))
    assert result.exit_code == 0
    assert "vague_source" in result.stdout and "no_evidence" in result.stdout
    data = json.loads(run("analyze", str(path), "--json").stdout)
    categories = {a["category"] for a in data["articles"][0]["assertions"]}
    assert {"vague_source", "no_evidence"} <= categories


def test_list_says_not_analysed_until_the_article_is(run, tmp_path: Path) -> None:
    path = tmp_path / "claim.md"
    path.write_text(
        "# Budget\n\nReports indicate that the company paid 3 million dollars. "
        "The CEO provided no evidence for his claims.\n",
        encoding="utf-8",
    )
    article_id = run("import", str(path)).stdout.strip()
    listed = run("list").stdout
    assert "not analysed" in listed and "0 of 0" not in listed
    assert run("analyze", article_id).exit_code == 0
    listed = run("list").stdout
    assert "not analysed" not in listed
    assert "0 of 2 checked" in listed


def test_list_tells_nothing_to_check_from_not_analysed(run, tmp_path: Path) -> None:
    path = tmp_path / "calm.md"
    path.write_text("# Weather\n\nThe weather was pleasant on Sunday afternoon.\n", "utf-8")
    article_id = run("import", str(path)).stdout.strip()
    assert "not analysed" in run("list").stdout
    assert run("analyze", article_id).exit_code == 0
    listed = run("list").stdout
    assert "nothing to check" in listed and "not analysed" not in listed
    assert json.loads(run("list", "--json").stdout)["articles"][0]["status"] == "clear"
    assert run("analyze", article_id).exit_code == 0  # the same run again: still analysed
    assert "nothing to check" in run("list").stdout
