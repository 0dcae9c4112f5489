"""Fixtures for every test: no test ever touches the user's real library or settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# No example database in the checkout (.hypothesis/): tests write only to temporary folders.
settings.register_profile("factcheck", database=None)
settings.load_profile("factcheck")


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(home / "settings.json"))
    monkeypatch.setenv("FACTCHECK_DB", str(home / "library.db"))
    monkeypatch.setenv("FACTCHECK_LOG_DIR", str(home / "logs"))


@pytest.fixture
def library(tmp_path: Path):
    from factcheck_app.services import Library
    from factcheck_app.settings import Settings

    lib = Library(tmp_path / "lib.db", settings=Settings(user_name="tester"))
    yield lib
    lib.close()
