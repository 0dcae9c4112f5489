"""Translations for everything the Qt-free core shows a person: reports, CLI, explanations.

One gettext catalogue per language, ``resources/locale/<lang>/LC_MESSAGES/factcheck.po``,
extracted from the code with Babel (``make messages``). The ``.po`` file is read at run
time and compiled in memory, so a checkout, an installed wheel and a bundle all work
without a build step. English is the source language: it needs no catalogue, and a
language without one falls back to English.

How code uses it (the GUI keeps Qt's own translator for widgets):

- ``t = translator(lang)`` then ``t.gettext("Summary")``, ``t.ngettext(one, many, n)``
  and ``t.pgettext(context, text)``; Babel extracts the calls by those names, so call
  them by those names (or ``_``) with literal strings.
- ``N_("text")`` (``NP_(context, "text")``) marks a string kept in a table, translated
  later by value.
- ``format_date``/``format_datetime`` localise stored ISO 8601 stamps.
- Explanation templates live in the lexicon files (``"explain"``); :func:`extract_lexicon`
  lets Babel extract them too, and ``factcheck_app.explanations`` renders them.

``tests/unit/test_i18n.py`` extracts every marked string and fails when a catalogue lacks
a finished translation of one.
"""

from __future__ import annotations

import gettext
import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from factcheck_app.paths import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
DOMAIN = "factcheck"


def N_(text: str) -> str:
    """Mark ``text`` for extraction without translating it here."""
    return text


def NP_(context: str, text: str) -> str:
    """Mark ``text`` in ``context`` (translated later with ``pgettext``)."""
    return text


def catalogue_path(lang: str) -> Path:
    return resource_path("locale", normalise(lang), "LC_MESSAGES", f"{DOMAIN}.po")


def normalise(lang: str | None) -> str:
    """``de_DE.UTF-8`` / ``de-AT`` / ``DE`` -> ``de``; empty -> the source language."""
    code = (lang or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code or SOURCE_LANGUAGE


@lru_cache(maxsize=8)
def translator(lang: str | None) -> gettext.NullTranslations:
    """The translations of ``lang``; English (identity) when there is no catalogue."""
    code = normalise(lang)
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    path = catalogue_path(code)
    if not path.is_file():
        log.info("no %s catalogue for %r; using English", DOMAIN, code)
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        catalog = read_po(fh, locale=code, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def available_languages() -> tuple[str, ...]:
    """The source language plus every language with a catalogue."""
    root = resource_path("locale")
    found = sorted(p.name for p in root.iterdir() if (p / "LC_MESSAGES").is_dir())
    return (SOURCE_LANGUAGE, *(c for c in found if c != SOURCE_LANGUAGE))


def _parse(stamp: str) -> datetime | date | None:
    text = stamp.strip()
    try:
        if "T" in text or " " in text:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def format_date(stamp: str | None, lang: str | None) -> str:
    """A stored date or timestamp as a date in ``lang`` (``4 Dec 2026`` / ``04.12.2026``);
    text that is not ISO 8601 (an outlet's own date line) is printed as it is."""
    if not stamp:
        return ""
    value = _parse(stamp)
    if value is None:
        return stamp
    from babel.dates import format_date as babel_date

    day = value.date() if isinstance(value, datetime) else value
    return babel_date(day, format="medium", locale=normalise(lang))


def format_datetime(stamp: str | None, lang: str | None) -> str:
    """A stored UTC timestamp with its time, in ``lang``, marked UTC; dates stay dates."""
    if not stamp:
        return ""
    value = _parse(stamp)
    if not isinstance(value, datetime):
        return format_date(stamp, lang)
    from babel.dates import format_time

    locale = normalise(lang)
    day = format_date(stamp, locale)
    clock = format_time(value, format="short", tzinfo=UTC, locale=locale)
    return f"{day}, {clock} UTC"


def extract_lexicon(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Babel extraction method for lexicon files: each entry's ``explain`` template is a
    msgid (configured in ``babel.cfg``; ``tests/unit/test_i18n.py`` uses it too)."""
    for lineno, raw in enumerate(fileobj.read().decode("utf-8").splitlines(), start=1):
        if not raw.startswith("{"):
            continue
        explain = json.loads(raw).get("explain")
        if isinstance(explain, str) and explain.strip():
            yield lineno, None, explain, []
