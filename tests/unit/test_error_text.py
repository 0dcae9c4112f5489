"""Error messages go through the one core catalogue, like reports and explanations."""

from __future__ import annotations

from babel.messages.pofile import read_po

from factcheck_app.error_text import TRANSLATED_TEMPLATES, error_text
from factcheck_app.errors import InputError, NotFoundError
from factcheck_app.i18n import catalogue_path


def test_a_core_error_reads_in_the_readers_language() -> None:
    exc = InputError("{value} is not a date (use YYYY-MM-DD)", value="31.02.")
    assert error_text(exc, "en") == str(exc) == "31.02. is not a date (use YYYY-MM-DD)"
    german = error_text(exc, "de")
    assert german != str(exc) and "31.02." in german


def test_an_error_without_a_translation_is_shown_in_english() -> None:
    exc = NotFoundError("no widget {id}", id="x1")
    assert error_text(exc, "de") == "no widget x1"


def test_every_listed_template_has_a_german_translation() -> None:
    with catalogue_path("de").open("rb") as fh:
        catalogue = read_po(fh, locale="de")
    for template in TRANSLATED_TEMPLATES:
        message = catalogue.get(template)
        assert message is not None and message.string, template


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
