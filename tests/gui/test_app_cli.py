"""``factcheck-app`` from the command line: screenshots, bad files, bad libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from factcheck_app.gui.app import main; sys.exit(main())",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def test_screenshot_of_the_sample(tmp_path):
    out = tmp_path / "shot.png"
    result = _run("--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1000
    assert not Path(os.environ["FACTCHECK_DB"]).exists()  # the user's library was not touched


def test_screenshot_of_a_bad_file_exits_2(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "shot.png"
    result = _run("--screenshot", str(out), str(bad), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "bad.txt" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_corrupt_library_exits_2_and_is_left_alone(tmp_path):
    db = tmp_path / "broken.db"
    db.write_bytes(b"this is not sqlite" * 100)
    before = db.read_bytes()
    result = _run("--db", str(db), "--screenshot", str(tmp_path / "x.png"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "broken.db" in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_a_screenshot_of_the_checkers_own_library_writes_no_demo_work(tmp_path):
    """``--db`` names the checker's library: the screenshot shows it as it is. The demo
    notes and verdicts are for the throwaway library only (this crashed on a card that
    already had a verdict, and would have filed made-up notes into real work)."""
    from factcheck_app.gui.app import sample_article
    from factcheck_app.services import Library
    from factcheck_app.services import cards as card_service
    from factcheck_app.services.analysis import analyze_article
    from factcheck_app.services.articles import import_file

    db = tmp_path / "mine.factcheck.db"
    lib = Library(db)
    article = import_file(lib, str(sample_article())).article
    analyze_article(lib, article.id)
    first = next(c for c in card_service.article_cards(lib, article.id) if not c.sourced_only)
    card_service.set_verdict(lib, first, lib.settings.verdict_scheme[0])
    before = card_service.progress_many(lib, [article.id])[article.id]
    lib.close()

    out = tmp_path / "shot.png"
    result = _run(
        "--db", str(db), "--screenshot", str(out), str(sample_article()), tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert not QImage(str(out)).isNull()
    lib = Library(db)
    try:
        after = card_service.progress_many(lib, [article.id])[article.id]
        assert after == before  # one checked card, nothing dismissed or added
        cards = card_service.article_cards(lib, article.id)
        assert sum(c.notes for c in cards) == 0
    finally:
        lib.close()
