"""Per-user files follow FACTCHECK_CONFIG, and a screenshot run writes nothing but its PNG.

A test run or ``factcheck-app --screenshot`` must never leave files in the real home
folder (``~/.config/factcheck/factcheck-app.ini`` used to appear there).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")


def test_window_state_lives_next_to_the_settings_file(tmp_path, monkeypatch):
    from factcheck_app.gui import window_state

    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "cfg" / "settings.json"))
    assert window_state.ini_path() == tmp_path / "cfg" / "factcheck-app.ini"
    store = window_state.qsettings()
    store.setValue("probe", 1)
    store.sync()
    assert (tmp_path / "cfg" / "factcheck-app.ini").is_file()


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_screenshot_writes_only_its_png(tmp_path):
    home = tmp_path / "home"
    config = tmp_path / "config"
    home.mkdir()
    config.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        FACTCHECK_CONFIG=str(config / "settings.json"),
        FACTCHECK_DB=str(home / "library.db"),
    )
    out = tmp_path / "shot.png"
    run = subprocess.run(
        [sys.executable, "-m", "factcheck_app.gui.app", "--screenshot", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert out.is_file()
    assert _files(config) == []  # no window state, no settings written
    written = [p for p in _files(home) if ".cache" not in p.parts]
    assert written == []


def test_version_on_both_commands():
    from factcheck_app import __version__

    for module in ("factcheck_app", "factcheck_app.gui.app"):
        run = subprocess.run(
            [sys.executable, "-m", module, "--version"], capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0, run.stderr
        assert __version__ in run.stdout
