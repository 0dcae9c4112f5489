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
_UMLAUT = re.compile(r"[äöüßÄÖÜ]")
_GERMAN_HINT = re.compile(r"[äöüßÄÖÜ]|\b(und|der|die|das|nicht|ist|für|mit|auf|im)\b")
#: Function words of one language only (none is a word of the other: "in", "an", "was",
#: "will", "hat", "war", "her", "am", "so", "also" are left out). A paragraph whose
#: opening has many of one set and none of the other is plainly in that language.
_EN_ONLY = (
    "the of and to that is for on with as by at from his their its it he she they said"
    " has have had been were are would which who not this but or after than about be"
    " we our you there these those when what could should can may into over told says"
    " them him because while during between against before since being did does"
    " other some such more most only"
)
_DE_ONLY = (
    "der die das und ist nicht mit für auf im den dem des ein eine einer eines einen"
    " einem sich von zu sie es wird wurde wurden auch bei nach aus dass sei seien haben"
    " werden wie über noch nur zum zur vom sind oder aber hatte um wir ich er durch"
    " gegen unter vor seit bis wenn weil soll sollen kann können muss worden sein ihre"
    " ihr ihren seine seiner diese dieser dieses mehr schon sagte zufolge heißt uns beim"
    " ins zwischen dabei damit sowie bereits jedoch denn doch immer wieder waren habe"
)
_PLAIN: dict[str, frozenset[str]] = {
    "en": frozenset(_EN_ONLY.split()),
    "de": frozenset(_DE_ONLY.split()),
}
#: A plain paragraph needs this many words in its opening, a fifth of them function
#: words of its language, three different ones (and none of the other language's).
_PLAIN_SHARE = 5  # one word in five
_PLAIN_MIN_WORDS = 8


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
    # A paragraph's opening says its language; the classifier's cost grows with length.
    sample = text[:_SAMPLE_CHARS]
    opening = _WORD.findall(sample)
    words = opening
    if len(words) < 3 and len(text) > _SAMPLE_CHARS:
        words = _WORD.findall(text)  # the whole text decides whether it is too short
    if not words:
        return default
    if len(words) < 3:
        # Too short for a statistical guess: umlauts or German function words decide.
        return "de" if _GERMAN_HINT.search(text) else default
    plain = _plain_language(sample, opening)
    if plain is not None:
        return plain
    lang, _score = _classifier()(sample)
    if lang not in SUPPORTED:
        return default
    return lang


def _plain_language(sample: str, found: list[str] | None = None) -> str | None:
    """English or German when the opening is plainly one of them, else None (ask the
    classifier). Decides as the classifier does on every paragraph and line of the
    development sets and samples, at a fraction of its cost (it reads every byte).
    ``found``: the sample's words, when the caller has them already."""
    if found is None:
        found = _WORD.findall(sample)
    words = [w.lower() for w in found]
    if len(words) < _PLAIN_MIN_WORDS:
        return None
    en = [w for w in words if w in _PLAIN["en"]]
    de = [w for w in words if w in _PLAIN["de"]]
    if not de and _PLAIN_SHARE * len(en) >= len(words) and len(set(en)) >= 3:
        return None if _UMLAUT.search(sample) else "en"
    if not en and _PLAIN_SHARE * len(de) >= len(words) and len(set(de)) >= 3:
        return "de"
    return None
