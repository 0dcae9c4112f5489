"""Imports flow one way: only factcheck_app.gui may load Qt; core layers stay independent."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck_app"
QT_MODULES = ("PySide6", "qtawesome", "shiboken6")
#: The one allowed exception: the PDF renderer uses QtGui, imported lazily by export.
QT_ALLOWED = {"export/pdf_render.py"}
INDEPENDENT = ("analysis", "storage", "export")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_gui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("gui/") or rel in QT_ALLOWED:
            continue
        if any(m.split(".")[0] in QT_MODULES for m in imported_modules(path)):
            offenders.append(rel)
    assert offenders == []


def test_core_layers_do_not_import_each_other() -> None:
    offenders = []
    for layer in INDEPENDENT:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imported_modules(path):
                for other in INDEPENDENT:
                    if other != layer and name.startswith(f"factcheck_app.{other}"):
                        offenders.append(f"{path.relative_to(PACKAGE)} -> {name}")
                if name.startswith(
                    ("factcheck_app.services", "factcheck_app.gui", "factcheck_app.cli")
                ):
                    offenders.append(f"{path.relative_to(PACKAGE)} -> {name}")
    assert offenders == []


def test_services_load_without_qt() -> None:
    code = (
        "import sys, factcheck_app.services.articles, factcheck_app.services.annotations,"
        " factcheck_app.cli;"
        " bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qtawesome')];"
        " print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
