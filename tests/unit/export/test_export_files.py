"""Exported files are ordinary files, and an empty ClaimReview export says why."""

import os
import stat
from pathlib import Path

from click.testing import CliRunner

from factcheck_app.cli import main


def test_export_has_normal_permissions_and_claimreview_without_verdicts_says_so(
    tmp_path: Path,
) -> None:
    db = tmp_path / "lib.db"
    article = tmp_path / "a.txt"
    article.write_text("Reports indicate that 40 ministers resigned.", encoding="utf-8")
    runner = CliRunner()
    article_id = runner.invoke(main, ["--db", str(db), "import", str(article)]).stdout.strip()
    runner.invoke(main, ["--db", str(db), "analyze", article_id])
    out = tmp_path / "claims.json"
    old = os.umask(0o022)
    try:
        result = runner.invoke(
            main,
            [
                "--db",
                str(db),
                "export",
                article_id,
                "--format",
                "claimreview",
                "-o",
                str(out),
                "--base-url",
                "https://example.org/checks/1",
            ],
        )
    finally:
        os.umask(old)
    assert result.exit_code == 0
    assert "no assertion has a verdict" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # a report may hold unpublished work
