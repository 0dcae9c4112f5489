"""Language-independent keys for claim text: folded words, numbers with units, dates, terms.

Claims about the same thing are worded differently, and across German and English they
share almost no words. What they do share are *anchors*: figures ("10,000" and "10.000"
are one number), names and places (with a small bilingual lexicon for the ones spelled
differently: Russia/Russland, Zelensky/Selenskyj), dates, and a few key terms
(troops/Soldaten, sent/geschickt). This module turns a text into those keys; ``features``
weighs them and ``index`` finds texts that share them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from factcheck_app.paths import resource_path

#: Concept keys start with this, so they never collide with a plain word.
CONCEPT = "c."

_WORD = re.compile(
    r"[^\W\d_](?:[\w'’-]*\w)?|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)*|[%$€£]",
    re.UNICODE,
)
_SENTENCE_MARKS = frozenset('.!?:;„"“')

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "januar", "jan", "jänner"),
            ("february", "februar", "feb"),
            ("march", "märz", "marz", "maerz", "mar"),
            ("april", "apr"),
            ("may", "mai"),
            ("june", "juni", "jun"),
            ("july", "juli", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oktober", "oct", "okt"),
            ("november", "nov"),
            ("december", "dezember", "dec", "dez"),
        ),
        start=1,
    )
    for name in names
}

#: Number words a claim may spell out instead of writing digits.
NUMBER_WORDS: dict[str, float] = {
    **dict.fromkeys(("one", "eins", "ein", "eine", "einen"), 1),
    **dict.fromkeys(("two", "zwei"), 2),
    **dict.fromkeys(("three", "drei"), 3),
    **dict.fromkeys(("four", "vier"), 4),
    **dict.fromkeys(("five", "fünf", "funf"), 5),
    **dict.fromkeys(("six", "sechs"), 6),
    **dict.fromkeys(("seven", "sieben"), 7),
    **dict.fromkeys(("eight", "acht"), 8),
    **dict.fromkeys(("nine", "neun"), 9),
    **dict.fromkeys(("ten", "zehn"), 10),
    **dict.fromkeys(("eleven", "elf"), 11),
    **dict.fromkeys(("twelve", "zwölf", "zwolf"), 12),
    **dict.fromkeys(("twenty", "zwanzig"), 20),
    **dict.fromkeys(("hundred", "hundert"), 100),
    **dict.fromkeys(("dozens", "dutzende"), 0),
}
#: Multipliers after a number: "1.5 million", "1,5 Mio.", "30 Milliarden" (= 30 billion).
MULTIPLIERS: dict[str, float] = {
    "thousand": 1e3,
    "tausend": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "billion": 1e9,  # English short scale
    "billions": 1e9,
    "bn": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "billionen": 1e12,  # German long scale: eine Billion = one trillion
    "trillion": 1e12,
}
#: Written straight after the digits ("A$20m", "3bn", "5k"): a multiplier, not a word.
ATTACHED_MULTIPLIERS: dict[str, float] = {"m": 1e6, "bn": 1e9, "k": 1e3, "mrd": 1e9}
CURRENCY_SIGNS: dict[str, str] = {"$": "dollar", "€": "euro", "£": "pound"}
PERCENT = {"percent", "per cent", "prozent", "%", "pct", "prozentpunkte"}
NEGATIONS = {"not", "n't", "never", "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals"}


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case-folded, accents and umlauts removed ("Pjöngjang" -> "pjongjang", "ß" -> "ss")."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")


_EN_SUFFIXES = ("ies", "ing", "ed", "es", "s", "e")
_DE_SUFFIXES = ("ern", "en", "er", "es", "em", "e", "n", "s")


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """A light suffix stripper: enough to join "troops"/"troop", "Soldaten"/"Soldat"."""
    if word.endswith("'s"):
        word = word[:-2]
    suffixes = _DE_SUFFIXES if lang == "de" else _EN_SUFFIXES
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("i" if suffix == "ies" else "")
    return word


@dataclass(frozen=True)
class Concept:
    id: str
    kind: str  # place | person | term | unit
    label: str  # the English base form, for reasons


@dataclass(frozen=True)
class Lexicon:
    """The bilingual term list: stemmed word sequences per language -> concept."""

    phrases: dict[str, dict[tuple[str, ...], Concept]]
    longest: int
    stopwords: dict[str, frozenset[str]]
    #: The first word of every phrase, per language: most words start none, a fast "no".
    starts: dict[str, frozenset[str]] = field(default_factory=dict)

    def compound_head(self, folded: str, lang: str) -> Concept | None:
        """The concept of a compound's last part: "Interkontinentalrakete" -> missile.

        German writes compounds as one word and the last part names the thing; hyphenated
        words ("LNG-Ladungen", "COVID-19-Sorgen") are split the same way in both languages.
        """
        table = self.phrases.get(lang, {})
        if "-" in folded:
            head = folded.rsplit("-", 1)[1]
            return table.get((stem(head, lang),)) if head else None
        if lang != "de" or len(folded) < 8:
            return None
        for cut in range(3, len(folded) - 3):
            concept = table.get((stem(folded[cut:], lang),))
            if concept is not None and concept.kind in ("term", "unit"):
                return concept
        return None

    def is_stopword(self, folded: str) -> bool:
        return any(folded in words for words in self.stopwords.values())


def _data_dir() -> Path:
    return resource_path("memory")


@lru_cache(maxsize=4)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """Read ``terms.tsv`` and ``stopwords.tsv`` (from resources unless ``folder`` is given)."""
    base = Path(folder) if folder else _data_dir()
    phrases: dict[str, dict[tuple[str, ...], Concept]] = {"en": {}, "de": {}}
    longest = 1
    for number, line in enumerate((base / "terms.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ValueError(f"terms.tsv:{number}: expected 4 tab-separated fields")
        kind, cid, english, german = parts
        concept = Concept(CONCEPT + cid, kind, english.split("|")[0])
        for lang, forms in (("en", english), ("de", german)):
            for form in forms.split("|"):
                words = tuple(stem(fold(w), lang) for w in _WORD.findall(form) or [form])
                if words:
                    phrases[lang][words] = concept
                    longest = max(longest, len(words))
    stopwords: dict[str, frozenset[str]] = {}
    for line in (base / "stopwords.tsv").read_text(encoding="utf-8").splitlines():
        lang, _, listed = line.partition("\t")
        if listed:
            stopwords[lang] = frozenset(fold(w) for w in listed.split())
    starts = {lang: frozenset(words[0] for words in table) for lang, table in phrases.items()}
    return Lexicon(phrases, longest, stopwords, starts)


def guess_language(text: str, lexicon: Lexicon | None = None) -> str:
    """ "en" or "de" by function words; cheap and good enough for a claim sentence."""
    lexicon = lexicon or load_lexicon()
    words = [fold(w) for w in _WORD.findall(text)]
    scores = {
        lang: sum(1 for w in words if w in stops) for lang, stops in lexicon.stopwords.items()
    }
    if re.search(r"[äöüß]", text.casefold()):
        scores["de"] = scores.get("de", 0) + 2
    return max(sorted(scores), key=lambda lang: scores[lang]) if scores else "en"


def parse_number(raw: str) -> float | None:
    """ "10,000" / "10.000" / "10 000" -> 10000; "1.5" / "1,5" -> 1.5.

    A separator followed by exactly three digits groups thousands in either language;
    any other separator is the decimal point (English "." or German ",").
    """
    compact = raw.replace("\u00a0", " ").replace("\u202f", " ")
    groups = re.split(r"[., ]", compact)
    seps = re.findall(r"[., ]", compact)
    if not seps:
        return float(compact)
    if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3 and len(set(seps)) == 1:
        if len(groups) == 2 and seps[0] in ".," and groups[0] == "0":
            return float(groups[0] + "." + groups[1])
        return float("".join(groups))
    if len(seps) == 1 and seps[0] in ".,":
        return float(groups[0] + "." + groups[1])
    # mixed: "1,234.5" (English) or "1.234,5" (German): the last separator is decimal
    last = max(compact.rfind("."), compact.rfind(","))
    whole = re.sub(r"[., ]", "", compact[:last])
    try:
        return float(whole + "." + compact[last + 1 :])
    except ValueError:
        return None


def number_key(value: float) -> str:
    """One spelling per value: 10000 -> "10000", 1.5e6 -> "1500000", 0.25 -> "0.25"."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6g}"


def display_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:g}"


@dataclass(frozen=True)
class Token:
    surface: str
    folded: str
    stem: str
    start: int
    capitalised: bool
    sentence_initial: bool


def tokens(text: str, lang: str) -> list[Token]:
    out: list[Token] = []
    for match in _WORD.finditer(text):
        surface = match.group()
        folded = fold(surface).strip("'-")
        if surface.isupper() and folded == "us":
            folded = "usa"  # "US" the country, not "us" the pronoun
        before = text[max(0, match.start() - 3) : match.start()].rstrip()
        initial = not out or not before or before[-1] in _SENTENCE_MARKS
        out.append(
            Token(
                surface,
                folded,
                stem(folded, lang),
                match.start(),
                surface[:1].isupper(),
                initial,
            )
        )
    return out


@lru_cache(maxsize=1)
def lexicon_digest() -> str:
    """Changes when the term or stop-word lists change (stored indexes are then rebuilt)."""
    import hashlib

    digest = hashlib.sha1()
    for name in ("terms.tsv", "stopwords.tsv"):
        digest.update((_data_dir() / name).read_bytes())
    return digest.hexdigest()[:12]
