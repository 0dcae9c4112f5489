"""Error messages go through the one core catalogue, like reports and explanations."""

from __future__ import annotations

from factcheck_app.error_text import error_text
from factcheck_app.errors import InputError, NotFoundError


def test_a_core_error_reads_in_the_readers_language() -> None:
    exc = InputError("{value} is not a date (use YYYY-MM-DD)", value="31.02.")
    assert error_text(exc, "en") == str(exc) == "31.02. is not a date (use YYYY-MM-DD)"
    german = error_text(exc, "de")
    assert german != str(exc) and "31.02." in german


def test_an_error_without_a_translation_is_shown_in_english() -> None:
    exc = NotFoundError("no widget {id}", id="x1")
    assert error_text(exc, "de") == "no widget x1"


def test_an_import_refusal_reads_in_german_with_its_reason(tmp_path) -> None:
    """What the GUI shows for a refused file: the file's name and the reason, both in the
    reader's language (the reason is an error of its own, rendered in the same language)."""
    import pytest

    from factcheck_app.ingest import IngestError, read_file

    scan = tmp_path / "scan.txt"
    scan.write_bytes(b"\x00\x01\x02\x03binary\x00" * 50)
    with pytest.raises(IngestError) as refused:
        read_file(scan)
    english = error_text(refused.value, "en")
    assert english == str(refused.value) and "binary" in english
    german = error_text(refused.value, "de")
    assert german.startswith("scan.txt") and "Binär" in german and "binary" not in german


def test_undo_with_nothing_to_undo_reads_in_german(library) -> None:
    import pytest

    from factcheck_app.errors import ConflictError
    from factcheck_app.services import history

    with pytest.raises(ConflictError) as refused:
        history.undo(library)
    assert error_text(refused.value, "de") == "Es gibt nichts rückgängig zu machen"


def test_a_refused_share_file_reads_in_german_down_to_its_reason(library, tmp_path) -> None:
    import pytest

    from factcheck_app.errors import FactcheckError
    from factcheck_app.services import sharing

    fake = tmp_path / "colleague.factcheck"
    fake.write_text("not a database", encoding="utf-8")
    with pytest.raises(FactcheckError) as refused:
        sharing.preview_merge(library, fake)
    assert "not SQLite" in str(refused.value)
    assert error_text(refused.value, "de") == (
        "colleague.factcheck kann nicht zusammengeführt werden: sie ist keine"
        " Factcheck-Bibliothek und keine Freigabedatei (kein SQLite)."
        " Ihre Bibliothek wurde nicht verändert."
    )


def test_core_errors_are_raised_with_marked_templates() -> None:
    """A message meant for a person is a gettext msgid marked with ``N_`` where it is
    raised (Babel extracts it, the i18n test demands its German), never an f-string: an
    f-string bakes the values in, so no catalogue can translate it."""
    import ast
    from pathlib import Path

    import factcheck_app

    root = Path(factcheck_app.__file__).parent
    trees = {
        p: ast.parse(p.read_text(encoding="utf-8"))
        for p in root.rglob("*.py")
        if "gui" not in p.relative_to(root).parts
    }
    errors = {"FactcheckError"}
    bases = {
        node.name: {b.id for b in node.bases if isinstance(b, ast.Name)}
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    grew = True
    while grew:  # every class that inherits from FactcheckError, however indirectly
        found = {name for name, parents in bases.items() if parents & errors}
        grew = not found <= errors
        errors |= found
    unmarked = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):  # raised here, or built to be raised
                continue
            call = node
            name = call.func.id if isinstance(call.func, ast.Name) else None
            if name not in errors or not call.args:
                continue
            template = call.args[0]
            if isinstance(template, (ast.JoinedStr, ast.Constant, ast.BinOp)):
                unmarked.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not unmarked, f"error templates not marked with N_(): {unmarked}"
