"""Build hook: put the top-level ``resources/`` folder inside the installed package.

The project's metadata is in ``pyproject.toml``; this file only extends ``build_py`` so
that every wheel (built from the checkout or from the sdist) carries the app's data as
``factcheck_app/resources/``: lexicons, fonts, icons, the user guide, samples, Datasette
metadata and the UI translations, whose ``.qm`` files are compiled here from the ``.ts``
sources with ``pyside6-lrelease`` (PySide6 is a build requirement for that reason).
Editable installs skip the copy: they read ``resources/`` from the checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
# Built or cached files that must never ship (``.qm`` files are rebuilt below).
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", ".DS_Store")


def _lrelease() -> list[str]:
    """The ``lrelease`` command of the PySide6 in the build environment."""
    tool = shutil.which("pyside6-lrelease")
    if tool:
        return [tool]
    # Scripts folder not on PATH (some isolated builds): call PySide6's own launcher.
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def compile_translations(folder: Path) -> list[Path]:
    """``name.ts`` -> ``name.qm`` in ``folder``; a failure stops the build (loudly)."""
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        run = subprocess.run(
            [*_lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if run.returncode != 0 or not qm.is_file():
            raise SystemExit(f"error: cannot compile {ts.name}: {run.stderr or run.stdout}")
        built.append(qm)
    if not built:
        raise SystemExit(f"error: no translations (*.ts) in {folder}")
    return built


class BuildPyWithResources(build_py):
    """``build_py`` plus a copy of ``resources/`` (with compiled translations)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        if not (RESOURCES / "lexicons").is_dir():
            raise SystemExit(f"error: {RESOURCES} is incomplete (no lexicons/)")
        target = Path(self.build_lib) / "factcheck_app" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(RESOURCES, target, ignore=SKIP)
        compile_translations(target / "translations")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib) / "factcheck_app" / "resources"
        if target.is_dir():
            outputs += [str(p) for p in target.rglob("*") if p.is_file()]
        return outputs


setup(cmdclass={"build_py": BuildPyWithResources})
