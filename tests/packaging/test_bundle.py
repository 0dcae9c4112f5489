"""The PyInstaller bundle builds, starts, analyses and renders, without the venv.

Slow (a build takes minutes), so it only runs where PyInstaller is installed
(``pip install -e ".[package]"``); elsewhere it skips. It builds through ``make package``,
the same path a release takes.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "factcheck"
SAMPLE = ROOT / "resources" / "samples" / "mixed-eu-energy.md"
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed (pip install -e ".[package]")')
    if shutil.which("make") is None:
        pytest.skip("make is not available")
    build = subprocess.run(
        ["make", "package"], cwd=ROOT, capture_output=True, text=True, timeout=3600
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert (DIST / f"factcheck-app{EXE}").is_file()
    return DIST


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        FACTCHECK_CONFIG=str(tmp_path / "settings.json"),
        FACTCHECK_DB=str(tmp_path / "library.db"),
    )
    return env


def test_bundled_app_renders_a_screenshot(bundle, tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    run = subprocess.run(
        [str(bundle / f"factcheck-app{EXE}"), "--screenshot", str(out), str(SAMPLE)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert out.stat().st_size > 0
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 600
    # a real window, not a blank or single-colour surface: many distinct colours
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50


def test_bundled_cli_imports_and_analyses(bundle, tmp_path):
    cli = str(bundle / f"factcheck{EXE}")
    db = str(tmp_path / "cli.db")
    imported = subprocess.run(
        [cli, "--db", db, "import", str(SAMPLE)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    article_id = imported.stdout.split()[0]
    analysed = subprocess.run(
        [cli, "--db", db, "analyze", article_id, "--json"],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert analysed.returncode == 0, analysed.stderr[-3000:]
    text = analysed.stdout
    for category in ("vague_source", "hedged", "disputed", "no_evidence"):
        assert category in text
    json.loads(text)  # the bundle's output is the same machine-readable JSON
