"""Command-line conventions every command follows: exit codes, -, --json, -q/-v, clean output."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck_app.cli import main
from factcheck_app.cli.output import JSON_SCHEMA, clean

ARTICLE = (
    "# Talks stall in Brussels\n\nOfficials said the talks had failed. The minister "
    "provided no evidence for the claim.\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib.db"


@pytest.fixture
def run(db: Path):
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, ["--db", str(db), *args], input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "talks.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_corrupt_and_foreign_libraries_exit_2_with_one_line(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"not a database at all " * 200)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    runner = CliRunner()
    before = corrupt.read_bytes()
    for path in (corrupt, foreign):
        result = runner.invoke(main, ["--db", str(path), "list"])
        assert result.exit_code == 2, (path, result.output)
        assert result.stderr.startswith("Error:") and len(result.stderr.splitlines()) == 1
    assert corrupt.read_bytes() == before
    with sqlite3.connect(foreign) as con:  # the foreign data is untouched
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert tables == {"invoices"}


def test_unknown_id_exits_2(run) -> None:
    result = run("show", "doesnotexist")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error:")


def test_dash_reads_stdin_and_writes_stdout(run, tmp_path: Path, monkeypatch) -> None:
    imported = run("import", "-", input=ARTICLE)
    assert imported.exit_code == 0, imported.output
    article_id = imported.stdout.strip()
    monkeypatch.chdir(tmp_path)
    exported = run("export", article_id, "--format", "md", "-o", "-")
    assert exported.exit_code == 0, exported.output
    assert "Talks stall in Brussels" in exported.stdout
    assert not (tmp_path / "-").exists()
    assert "Wrote" in exported.stderr  # the summary moves to stderr


def test_every_result_command_has_versioned_json(run, article: Path, tmp_path: Path) -> None:
    imported = json.loads(run("import", str(article), "--json").stdout)
    assert imported["schema"] == JSON_SCHEMA and imported["command"] == "import"
    article_id = imported["imported"][0]["article_id"]
    share = tmp_path / "out.factcheck"
    documents = {
        "list": run("list", "--json"),
        "show": run("show", article_id, "--json"),
        "search": run("search", "Brussels", "--json"),
        "share": run("share", "-o", str(share), "--json"),
        "merge": run("merge", str(share), "--dry-run", "--json"),
        "merges": run("merges", "--json"),
        "conflicts": run("conflicts", "--json"),
    }
    for command, result in documents.items():
        assert result.exit_code == 0, (command, result.output)
        data = json.loads(result.stdout)
        assert data["schema"] == JSON_SCHEMA and data["command"] == command
    assert json.loads(documents["search"].stdout)["hits"]
    assert json.loads(documents["list"].stdout)["articles"][0]["id"] == article_id


def test_quiet_hides_notes_and_verbose_is_accepted(run, article: Path) -> None:
    run("import", str(article))
    again = run("import", str(article))
    assert "already in the library" in again.stderr
    quiet = run("-q", "import", str(article))
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert run("-v", "list").exit_code == 0


def test_escape_sequences_never_reach_the_terminal(run, db: Path, article: Path) -> None:
    # A colleague's share file can hold anything: put an OSC 52 (clipboard write), an
    # ANSI clear-screen and a right-to-left override into a title, past the importer.
    article_id = run("import", str(article)).stdout.strip()
    evil = "Harmless \x1b]52;c;ZWNobyBwd25lZA==\x07title\x1b[2J\u202e\x9b31m"
    with sqlite3.connect(db) as con:
        con.execute("UPDATE articles SET title = ? WHERE id = ?", (evil, article_id))
    for args in (("list",), ("show", article_id), ("search", "Officials")):
        out = run(*args).stdout
        assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out, args
        assert "Harmless title" in out, args
    data = run("list", "--json").stdout
    assert "\x1b" not in data and "\x9b" not in data  # escaped in JSON, not lost
    assert json.loads(data)["articles"][0]["title"] == evil
    assert clean("a\x9b31mb\x1b[0mc\td\n") == "ab" + "c\td\n"


def test_analyze_many_in_one_run(run, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.md").write_text(ARTICLE.replace("Brussels", f"Brussels {n}"), "utf-8")
    (folder / "notes.bin").write_bytes(b"\x00")  # not an article: skipped in a folder
    imported = json.loads(run("import", "--analyze", str(folder), "--json").stdout)
    assert len(imported["imported"]) == 3
    assert all(i["assertions"] > 0 for i in imported["imported"])
    ids = [i["article_id"] for i in imported["imported"]]
    every = json.loads(run("analyze", "--all", "--json").stdout)["articles"]
    assert sorted(a["article_id"] for a in every) == sorted(ids)
    two = json.loads(run("analyze", ids[0], ids[2], "--json").stdout)["articles"]
    assert [a["article_id"] for a in two] == [ids[0], ids[2]]
    assert run("analyze").exit_code == 2  # nothing named


def test_jobs_give_the_same_findings(run, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(4):
        (folder / f"a{n}.md").write_text(ARTICLE.replace("Brussels", f"Bonn {n}"), "utf-8")
    run("import", str(folder))
    one = json.loads(run("analyze", "--all", "--json").stdout)["articles"]
    two = json.loads(run("analyze", "--all", "--jobs", "2", "--json").stdout)["articles"]
    assert [a["assertions"] for a in one] == [a["assertions"] for a in two]


def test_python_dash_m_and_version() -> None:
    from factcheck_app import __version__

    result = subprocess.run(
        [sys.executable, "-m", "factcheck_app", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and __version__ in result.stdout
