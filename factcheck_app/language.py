"""Language identification shared by ingest (per block) and analysis (per paragraph).

py3langid is restricted to the languages we ship lexicons for plus a few neighbours, so
short headlines are not mistaken for exotic languages; anything outside SUPPORTED falls
back to the caller's default.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

#: The one list of languages the app speaks: lexicons, UI, guide and reports. A new
#: language is added here (with its lexicon, translations and guide).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "de": "Deutsch"}
SUPPORTED: tuple[str, ...] = tuple(LANGUAGE_NAMES)
_SAMPLE_CHARS = 400
_CANDIDATES = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "ko", "ru"]
_WORD = re.compile(r"[^\W\d_]{2,}")
_GERMAN_HINT = re.compile(r"[äöüßÄÖÜ]|\b(und|der|die|das|nicht|ist|für|mit|auf|im)\b")


@lru_cache(maxsize=1)
def _classifier() -> Callable[[str], tuple[str, float]]:
    """py3langid's public ``classify``, restricted to our candidates once.

    Only the documented module functions are used (``set_languages``, ``classify``): they
    exist unchanged in every py3langid release we support, unlike its internals.
    """
    import py3langid

    py3langid.set_languages(_CANDIDATES)
    return py3langid.classify


def detect_language(text: str, default: str = "en") -> str:
    """Best guess for one block; ``default`` when the text is too short to tell."""
    words = _WORD.findall(text)
    if not words:
        return default
    if len(words) < 3:
        # Too short for a statistical guess: umlauts or German function words decide.
        return "de" if _GERMAN_HINT.search(text) else default
    # A paragraph's opening says its language; the classifier's cost grows with length.
    lang, _score = _classifier()(text[:_SAMPLE_CHARS])
    if lang not in SUPPORTED:
        return default
    return lang
