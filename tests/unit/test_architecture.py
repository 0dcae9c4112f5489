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


#: What only the core may know about the library file: its tables, SQL and storage layer.
STORAGE_MODULES = ("factcheck_app.storage", "sqlite3", "sqlite_utils")
SQL_WORDS = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE")


def test_gui_and_cli_go_through_named_service_operations() -> None:
    """The GUI and the CLI never reach the storage layer, write SQL or pass ``**fields``
    (which could write any column): every change is a named operation in ``services``."""
    offenders = []
    for folder in ("gui", "cli"):
        for path in (PACKAGE / folder).rglob("*.py"):
            rel = path.relative_to(PACKAGE).as_posix()
            for name in imported_modules(path):
                if name.startswith(STORAGE_MODULES):
                    offenders.append(f"{rel} imports {name}")
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                text = node.value if isinstance(node, ast.Constant) else None
                if isinstance(text, str) and any(word in text for word in SQL_WORDS):
                    offenders.append(f"{rel}:{node.lineno} SQL {text[:40]!r}")
                spread = node.value if isinstance(node, ast.keyword) and node.arg is None else None
                if isinstance(spread, ast.Name) and spread.id in ("fields", "values"):
                    offenders.append(f"{rel}:{spread.lineno} **{spread.id}")
    assert offenders == []


def _uses_operation(func: ast.FunctionDef) -> bool:
    for node in ast.walk(func):
        if isinstance(node, ast.withitem) and isinstance(node.context_expr, ast.Call):
            target = node.context_expr.func
            if isinstance(target, ast.Name) and target.id == "operation":
                return True
    return False


def test_every_operation_returns_changes() -> None:
    """One shape for every edit: a function that runs inside ``history.operation`` returns
    ``Changes`` (a creating one names its row in ``changes.created``), and so do undo/redo."""
    offenders, found = [], 0
    for path in (PACKAGE / "services").rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            wanted = _uses_operation(node) or (
                rel == "services/history.py" and node.name in ("undo", "redo")
            )
            if not wanted:
                continue
            found += 1
            returns = ast.unparse(node.returns) if node.returns else None
            if returns != "Changes":
                offenders.append(f"{rel}:{node.name} -> {returns}")
    assert found > 20  # the check sees the operations
    assert offenders == []


def test_progress_and_cancel_are_one_type_each() -> None:
    """Progress callbacks are ``models.Progress`` and cancel polls ``models.Cancel``."""
    spelled = ("Callable[[int, int], None]", "Callable[[], bool]")
    offenders = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name != "models.py" and any(s in path.read_text(encoding="utf-8") for s in spelled)
    ]
    assert offenders == []
