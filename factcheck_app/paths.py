"""Where bundled resources and the user's library live.

Resources are shipped as the ``factcheck_app.resources`` package (mapped from the
top-level ``resources/`` folder), so the same lookup works from a checkout, an installed
wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

APP_NAME = "factcheck"
DB_ENV = "FACTCHECK_DB"


def resource_path(*parts: str) -> Path:
    try:
        root = files("factcheck_app.resources")
    except ModuleNotFoundError:
        # Editable installs cannot map a sub-package to a folder outside the package
        # (setuptools' finder only maps top-level names): use the checkout's folder.
        return Path(__file__).resolve().parent.parent.joinpath("resources", *parts)
    for part in parts:  # one part at a time: a namespace package's path joins only one
        root = root / part
    return Path(str(root))


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
