"""Fixtures for the export tests: a library with checker work of every kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import Sample, make_sample

from factcheck_app.services import Library
from factcheck_app.settings import Settings


@pytest.fixture
def sample(tmp_path: Path) -> Sample:
    settings = Settings(user_name="Anna Köhler", organisation="Faktencheck Nord")
    lib = Library(tmp_path / "lib.db", settings=settings)
    yield make_sample(lib)
    lib.close()
