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
