"""pyproject.toml's promises: declared imports, tested lower bounds, a cap only where needed."""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
REQUIREMENTS = [Requirement(r) for r in PROJECT["dependencies"]]

# import name -> distribution name, where they differ
DISTRIBUTIONS = {
    "PySide6": "pyside6-essentials",
    "sqlite_utils": "sqlite-utils",
    "markdown_it": "markdown-it-py",
    "lxml_html_clean": "lxml-html-clean",
    "docx": "python-docx",
}


def _name(req: Requirement) -> str:
    return req.name.lower().replace("_", "-")


def _applicable(python: str) -> list[Requirement]:
    env = {"python_version": python, "python_full_version": f"{python}.0"}
    return [r for r in REQUIREMENTS if r.marker is None or r.marker.evaluate(env)]


def test_pyside6_cap_applies_to_python_3_11_only():
    bug = Version("6.12.0")
    (on_311,) = [r for r in _applicable("3.11") if _name(r) == "pyside6-essentials"]
    (on_312,) = [r for r in _applicable("3.12") if _name(r) == "pyside6-essentials"]
    assert bug not in on_311.specifier  # the leak is real on 3.11
    assert bug in on_312.specifier  # and only there


def test_installed_pyside6_satisfies_the_requirement_for_this_python():
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    (req,) = [r for r in _applicable(python) if _name(r) == "pyside6-essentials"]
    assert Version(version("PySide6-Essentials")) in req.specifier


def _imported_top_level_modules() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "factcheck_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def test_every_imported_library_is_declared():
    declared = {_name(r) for r in REQUIREMENTS}
    third_party = {
        n
        for n in _imported_top_level_modules()
        if n not in sys.stdlib_module_names and n != "factcheck_app"
    }
    missing = {
        n for n in third_party if DISTRIBUTIONS.get(n, n).lower().replace("_", "-") not in declared
    }
    assert not missing, f"imported but not in pyproject dependencies: {sorted(missing)}"
    # trafilatura's HTML cleaning needs it, and old pips skip the extra that brings it
    assert "lxml-html-clean" in declared


def test_lower_bounds_are_the_tested_constraints():
    pins = {}
    for line in (ROOT / "packaging" / "constraints-min.txt").read_text("utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            req = Requirement(line)
            pins[_name(req)] = Version(next(iter(req.specifier)).version)
    for req in REQUIREMENTS:
        floors = [Version(s.version) for s in req.specifier if s.operator == ">="]
        assert floors, f"{req} has no lower bound"
        pinned = pins.get(_name(req))
        assert pinned == floors[0], f"{req}: constraints-min.txt pins {pinned}"
