"""Shared fixtures for the analyser tests: one Analyzer per session (pipelines are cached)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck_app.analysis import Analyzer

#: The machine's shared dev data: ``shared`` beside the checkout (/work/main -> /work/shared)
#: or beside a directory above it (a worktree /work/wt/NAME finds /work/shared too).
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[4:] if (p / "shared").is_dir()),
    Path(__file__).resolve().parents[4] / "shared",
)


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture
def shared_dir() -> Path:
    """/work/shared (dev data); tests using it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("shared dev data is not available")
    return SHARED
