"""Where bundled resources and the user's library live.

The repository keeps its data in the top-level ``resources/`` folder; the wheel (see
``setup.py``) and the PyInstaller bundle put a copy at ``factcheck_app/resources/``, so the
same lookup works from a checkout, an installed wheel and a bundle.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "factcheck"
DB_ENV = "FACTCHECK_DB"


def resource_path(*parts: str) -> Path:
    """A bundled resource: ``factcheck_app/resources/`` when installed (the build copies the
    top-level ``resources/`` folder there; PyInstaller does the same), else the checkout's
    ``resources/`` (editable installs and running from the source tree).
    """
    installed = Path(__file__).resolve().parent / "resources"
    root = installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)


SAMPLE_NAME = "mixed-eu-energy.md"


def sample_path() -> Path:
    """The bundled mixed-language sample the app opens for "Try a sample" and screenshots."""
    samples = resource_path("samples")
    preferred = samples / SAMPLE_NAME
    if preferred.is_file():
        return preferred
    candidates = sorted(p for p in samples.glob("mixed-*") if p.is_file())
    if not candidates:
        raise FileNotFoundError(f"no mixed-language sample in {samples}")
    return candidates[0]


def default_library_path() -> Path:
    """`FACTCHECK_DB` wins; otherwise the platform's user data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "library.factcheck.db"
