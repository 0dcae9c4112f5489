"""``factcheck export`` and ``factcheck import-annotations`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_helpers import PRIVATE_NOTE, make_sample

from factcheck_app.cli import main
from factcheck_app.services import Library
from factcheck_app.settings import Settings


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "lib.db"
    with Library(path, settings=Settings(user_name="Anna")) as lib:
        sample = make_sample(lib)
    return path, sample.article_id


def _run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


def test_export_json_with_options(db: tuple[Path, str], tmp_path: Path) -> None:
    path, article_id = db
    out = tmp_path / "out.json"
    result = _run(
        path, "export", article_id[:8], "--format", "json", "-o", str(out),
        "--include-sourced", "--include-dismissed", "--no-private",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 article(s), 6 assertion(s)" in result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["options"]["include_private"] is False
    assert PRIVATE_NOTE not in out.read_text(encoding="utf-8")


def test_export_by_tag_and_bad_ids(db: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = db
    out = tmp_path / "tagged.md"
    assert _run(path, "export", "--tag", "korea", "--format", "md", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Nordkorea")
    missing = _run(path, "export", "nope", "--format", "md", "-o", str(out))
    assert missing.exit_code == 2 and "no article" in missing.output
    nothing = _run(path, "export", "--format", "md", "-o", str(out))
    assert nothing.exit_code == 2


def test_w3c_round_trip_on_the_command_line(db: tuple[Path, str], tmp_path: Path) -> None:
    path, article_id = db
    out = tmp_path / "notes.jsonld"
    assert _run(path, "export", article_id, "--format", "w3c", "-o", str(out)).exit_code == 0
    fresh = tmp_path / "fresh.db"
    result = _run(fresh, "import-annotations", str(out))
    assert result.exit_code == 0, result.output
    assert "Created article" in result.output and "Imported 4 annotation(s)" in result.output


def test_import_of_malformed_json_exits_2(db: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = db
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationCollection", "first": ', encoding="utf-8")
    result = _run(path, "import-annotations", str(bad))
    assert result.exit_code == 2
    assert "not valid JSON" in result.output and "Traceback" not in result.output
    missing = _run(path, "import-annotations", str(tmp_path / "missing.json"))
    assert missing.exit_code == 2 and "cannot read" in missing.output
