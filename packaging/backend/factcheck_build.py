"""The build backend: setuptools, plus PySide6 for wheels only.

A wheel needs ``pyside6-lrelease`` to compile the UI translations (see ``setup.py``);
an sdist or an editable install does not, so only ``get_requires_for_build_wheel`` asks
for PySide6 (a large download that editable installs and sdists are spared).
"""

from __future__ import annotations

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the backend's hooks, unchanged)

WHEEL_ONLY_REQUIRES = ["PySide6-Essentials>=6.9"]


def get_requires_for_build_wheel(config_settings=None):
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *WHEEL_ONLY_REQUIRES]
