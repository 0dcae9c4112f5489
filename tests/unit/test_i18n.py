"""The core catalogue: every marked string has a finished translation in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from factcheck_app import i18n
from factcheck_app.models import DEFAULT_VERDICT_SCHEME
from factcheck_app.paths import resource_path
from factcheck_app.settings import UI_LANGUAGES

PACKAGE = Path(i18n.__file__).resolve().parent
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
    "NP_": ((1, "c"), 2),
}
#: A gettext call inside an f-string: Babel cannot see it on Python < 3.12.
HIDDEN_CALL = re.compile(r"""f(["']).*\{[^{}]*(?<![\w.])_(?:\.\w+)?\(\s*["']""")


def _core_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def extracted() -> set[tuple[str | None, str]]:
    found = set()
    for _name, _line, message, _comments, context in extract_from_dir(
        str(PACKAGE),
        method_map=[("gui/**", "ignore"), ("**.py", "python")],
        keywords=KEYWORDS,
    ):
        msgid = message[0] if isinstance(message, tuple) else message
        if msgid:
            found.add((context, msgid))
    for _name, _line, message, _comments, context in extract_from_dir(
        str(resource_path("lexicons")),
        method_map=[("**.jsonl", "factcheck_app.i18n:extract_lexicon")],
    ):
        found.add((context, message))
    return found


def test_extraction_finds_the_report_strings() -> None:
    found = extracted()
    assert (None, "Claims by verdict") in found
    assert (None, "No evidence") in found  # a table entry marked with N_
    assert ("verdict", "mostly false") in found
    assert (None, "attributed to {source}") in found  # a lexicon's explanation template
    assert (None, "'{cue}' → {name}, the last woman named") in found  # an analyser template


@pytest.mark.parametrize("lang", [lang for lang in UI_LANGUAGES if lang != "en"])
def test_every_core_string_is_translated(lang: str) -> None:
    path = i18n.catalogue_path(lang)
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    missing = []
    for context, msgid in sorted(extracted(), key=str):
        message = catalog.get(msgid, context=context)
        strings = message.string if message is not None else ""
        done = all(strings) if isinstance(strings, tuple) else bool(strings)
        if message is None or not done or message.fuzzy:
            missing.append(f"{context + ': ' if context else ''}{msgid}")
    assert not missing, f"untranslated in {path.name} ({lang}); run `make messages`: {missing}"


@pytest.mark.parametrize("lang", [lang for lang in UI_LANGUAGES if lang != "en"])
def test_the_catalogue_has_nothing_the_code_no_longer_marks(lang: str) -> None:
    """A translated string the extraction no longer finds is a call Babel cannot see
    (a renamed translator, an f-string) or a leftover: either way `make messages`."""
    with i18n.catalogue_path(lang).open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    found = extracted()
    stale = [
        m.id if isinstance(m.id, str) else m.id[0]
        for m in catalog
        if m.id and (m.context, m.id if isinstance(m.id, str) else m.id[0]) not in found
    ]
    assert not stale, f"{lang}: in the catalogue but not marked in the code: {stale}"


def test_no_translated_call_hides_in_an_f_string() -> None:
    hidden = [
        f"{p.relative_to(PACKAGE)}:{n}"
        for p in _core_files()
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if HIDDEN_CALL.search(line)
    ]
    assert not hidden, f"move these gettext calls out of their f-strings: {hidden}"


def test_translator_and_dates() -> None:
    de = i18n.translator("de_DE.UTF-8")
    assert de.gettext("Claims by verdict") == "Aussagen nach Bewertung"
    assert de.ngettext("{n} claim", "{n} claims", 3) == "{n} Aussagen"
    assert de.pgettext("verdict", "false") == "falsch"
    assert de.pgettext("verdict", "our own word") == "our own word"
    assert i18n.translator("fr").gettext("Summary") == "Summary"  # no catalogue: English
    assert i18n.format_date("2026-12-04", "de") == "04.12.2026"
    assert i18n.format_date("2026-12-04T09:30:00Z", "en") == "Dec 4, 2026"
    assert i18n.format_datetime("2026-12-04T09:30:00Z", "de") == "04.12.2026, 09:30 UTC"
    assert i18n.format_date("Thursday morning", "de") == "Thursday morning"


def test_every_default_verdict_word_is_translated() -> None:
    de = i18n.translator("de")
    untranslated = [w for w in DEFAULT_VERDICT_SCHEME if de.pgettext("verdict", w) == w]
    assert not untranslated
