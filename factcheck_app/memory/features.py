"""A claim as weighted keys, and the score (with a reason a checker can read) of two claims.

Keys have kinds, and the kind sets the weight: a shared figure says far more than a
shared word. Across languages plain words rarely coincide, so an unshared plain word
weighs little there; a word that *is* shared across languages is a name ("Kursk").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck_app.language import SUPPORTED
from factcheck_app.memory.normalise import (
    ATTACHED_MULTIPLIERS,
    CURRENCY_SIGNS,
    MONTHS,
    MULTIPLIERS,
    NEGATIONS,
    NUMBER_WORDS,
    PERCENT,
    Lexicon,
    Token,
    display_number,
    guess_language,
    load_lexicon,
    number_key,
    parse_number,
    stem,
    tokens,
)

NUMBER, NUMBER_UNIT, DATE, ANCHOR, PLACE, TERM, NAME, WORD = "#~@PLCNW"
KIND_WEIGHT: dict[str, float] = {
    NUMBER: 3.0,
    NUMBER_UNIT: 1.0,
    DATE: 1.5,
    ANCHOR: 2.0,  # a person in the lexicon
    PLACE: 1.25,  # places recur across a whole story, so they single out a claim less
    TERM: 1.0,
    NAME: 1.5,
    WORD: 1.0,
}
#: An unshared plain word in a cross-language comparison: it could not have matched anyway.
CROSS_WORD_WEIGHT = 0.35
#: Below this much shared weight a match is scaled down: two shared words are not a claim.
MIN_SHARED = 2.5
NUMBER_CONFLICT = 0.4  # same thing counted, different figure
NUMBER_MISMATCH = 0.7  # both give figures, none shared
NEGATION_MISMATCH = 0.75


@dataclass(frozen=True)
class Feature:
    key: str
    kind: str
    display: str


@dataclass(frozen=True)
class ClaimFeatures:
    lang: str
    features: dict[str, Feature] = field(default_factory=dict)
    negated: bool = False

    @property
    def kinds(self) -> dict[str, str]:
        return {k: f.kind for k, f in self.features.items()}


def _add(found: dict[str, Feature], key: str, kind: str, display: str) -> None:
    current = found.get(key)
    if current is None or KIND_WEIGHT[kind] > KIND_WEIGHT[current.kind]:
        found[key] = Feature(key, kind, display)


def _lookup(lexicon: Lexicon, toks: list[Token], i: int, lang: str) -> tuple[int, object] | None:
    """The longest lexicon phrase starting at token ``i``: the text's language first, then
    the other one (German articles quote English names and the other way round)."""
    other = "de" if lang == "en" else "en"
    first = toks[i]
    for candidate_lang, words_of in (
        (lang, lambda t: t.stem),
        (other, lambda t: stem(t.folded, other)),
    ):
        if words_of(first) not in lexicon.starts[candidate_lang]:
            continue
        table = lexicon.phrases[candidate_lang]
        for n in range(min(lexicon.longest, len(toks) - i), 0, -1):
            concept = table.get(tuple(words_of(t) for t in toks[i : i + n]))
            if concept is not None:
                return n, concept
    return None


def _number_at(toks: list[Token], i: int) -> tuple[float, int, bool] | None:
    """(value, tokens used, is percent) of a figure starting at token ``i``."""
    tok = toks[i]
    if tok.folded[:1].isdigit():
        value = parse_number(tok.folded)
        if value is None:
            return None
        used = 1
    elif tok.folded in NUMBER_WORDS and i + 1 < len(toks):
        value = NUMBER_WORDS[tok.folded]
        nxt = toks[i + 1].folded
        if nxt not in MULTIPLIERS and nxt not in ("hundred", "hundert"):
            return None
        if value == 0:
            return None
        used = 1
    else:
        return None
    percent = False
    while i + used < len(toks):
        nxt = toks[i + used].folded.rstrip(".")
        prev = toks[i + used - 1]
        attached = toks[i + used].start == prev.start + len(prev.surface)
        if attached and nxt in ATTACHED_MULTIPLIERS:
            value *= ATTACHED_MULTIPLIERS[nxt]
        elif nxt in MULTIPLIERS:
            value *= MULTIPLIERS[nxt]
        elif nxt in ("hundred", "hundert"):
            value *= 100
        elif nxt in PERCENT:
            percent = True
        elif nxt == "per" and i + used + 1 < len(toks) and toks[i + used + 1].folded == "cent":
            percent = True
            used += 1
        else:
            break
        used += 1
    return value, used, percent


def extract(text: str, lang: str | None = None, lexicon: Lexicon | None = None) -> ClaimFeatures:
    """The keys of one claim text; ``lang`` "en"/"de" (guessed when missing or other)."""
    lexicon = lexicon or load_lexicon()
    if lang not in SUPPORTED:
        lang = guess_language(text, lexicon)
    toks = tokens(text, lang)
    found: dict[str, Feature] = {}
    negated = any(t.folded in NEGATIONS or t.folded.endswith("n't") for t in toks)
    stops = lexicon.stopwords.get(lang, frozenset())
    i = 0
    while i < len(toks):
        tok = toks[i]
        number = _number_at(toks, i)
        if number is not None:
            value, used, percent = number
            i = _number(found, toks, i, value, used, percent, lexicon, lang)
            continue
        month = MONTHS.get(tok.folded.rstrip("."))
        if month and tok.capitalised and _month_here(toks, i):
            nxt = toks[i + 1].folded if i + 1 < len(toks) else ""
            if nxt.isdigit() and len(nxt) == 4:  # "May 2024": the year makes it one date
                i += 1
                continue
            if nxt.isdigit() and 1 <= int(nxt) <= 31:  # "May 1"
                _add(found, f"@{month:02d}-{int(nxt):02d}", DATE, f"{tok.surface} {nxt}")
                i += 2
                continue
            _add(found, f"@m{month:02d}", DATE, tok.surface)
            i += 1
            continue
        hit = _lookup(lexicon, toks, i, lang)
        if hit is not None:
            n, concept = hit
            kind = {"person": ANCHOR, "place": PLACE}.get(concept.kind, TERM)  # type: ignore[attr-defined]
            surface = text[tok.start : toks[i + n - 1].start + len(toks[i + n - 1].surface)]
            surface = surface[:-2] if surface.endswith(("'s", "’s")) else surface
            _add(found, concept.id, kind, surface)  # type: ignore[attr-defined]
            i += n
            continue
        acronym = tok.surface.isupper() and len(tok.surface) >= 2  # "WHO", "NBA", not "who"
        if acronym:
            _add(found, tok.folded, NAME, tok.surface)
            i += 1
            continue
        if tok.folded in stops or lexicon.is_stopword(tok.folded) or len(tok.folded) < 2:
            i += 1
            continue
        shown = tok.surface[:-2] if tok.surface.endswith(("'s", "’s")) else tok.surface
        _add(found, tok.stem, _word_kind(toks, i, lang), shown)
        head = lexicon.compound_head(tok.folded, lang)
        if head is not None:
            _add(found, head.id, PLACE if head.kind == "place" else TERM, shown)
        i += 1
    return ClaimFeatures(lang, found, negated)


def _month_here(toks: list[Token], i: int) -> bool:
    """A month name next to a day or year ("May" alone is usually the verb)."""
    near = [toks[j].folded for j in (i - 1, i + 1) if 0 <= j < len(toks)]
    return any(w[:1].isdigit() for w in near)


def _word_kind(toks: list[Token], i: int, lang: str) -> str:
    tok = toks[i]
    if not tok.capitalised:
        return WORD
    run = any(
        0 <= j < len(toks) and toks[j].capitalised and not toks[j].folded[:1].isdigit()
        for j in (i - 1, i + 1)
    )
    if lang == "en" and (not tok.sentence_initial or run):
        return NAME
    return NAME if run and lang != "de" else (NAME if tok.surface.isupper() else WORD)


def _number(
    found: dict[str, Feature],
    toks: list[Token],
    i: int,
    value: float,
    used: int,
    percent: bool,
    lexicon: Lexicon,
    lang: str,
) -> int:
    tok = toks[i]
    raw = " ".join(t.surface for t in toks[i : i + used])
    end = i + used
    is_year = (
        used == 1 and not percent and tok.folded.isdigit() and 1900 <= value <= 2100
    ) and len(tok.folded) == 4
    if is_year:
        month = None
        for j in (i - 1, i - 2):
            if 0 <= j < len(toks) and MONTHS.get(toks[j].folded.rstrip(".")):
                month = MONTHS[toks[j].folded.rstrip(".")]
                break
        key = f"@{int(value)}-{month:02d}" if month else f"@{int(value)}"
        _add(found, key, DATE, raw)
        return end
    if used == 1 and value <= 31 and end < len(toks):
        month = MONTHS.get(toks[end].folded.rstrip("."))
        if month and toks[end].capitalised:
            _add(found, f"@{month:02d}-{int(value):02d}", DATE, f"{raw} {toks[end].surface}")
            return end + 1
    key = number_key(value) + ("%" if percent else "")
    shown = display_number(value) + ("%" if percent else "")
    _add(found, "#" + key, NUMBER, shown)
    if percent:
        return end
    sign = CURRENCY_SIGNS.get(toks[i - 1].folded) if i else None
    currency = lexicon.phrases["en"].get((stem(sign, "en"),)) if sign else None
    if currency is not None:
        _add(found, f"~{key}:{currency.id}", NUMBER_UNIT, f"{shown} {currency.label}")
        return end
    for j in range(end, min(end + 4, len(toks))):
        hit = _lookup(lexicon, toks, j, lang)
        if hit is not None and hit[1].kind == "unit":  # type: ignore[attr-defined]
            n, concept = hit
            unit = " ".join(t.surface for t in toks[j : j + n])
            _add(found, f"~{key}:{concept.id}", NUMBER_UNIT, f"{shown} {unit}")  # type: ignore[attr-defined]
            break
        if toks[j].folded[:1].isdigit():
            break
    return end


# --- scoring -----------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    score: float
    shared: tuple[Feature, ...]
    reason: str


def _weight(feature: Feature, cross: bool) -> float:
    if feature.kind == WORD and cross:
        return CROSS_WORD_WEIGHT
    return KIND_WEIGHT[feature.kind]


def compare(a: ClaimFeatures, b: ClaimFeatures) -> Comparison:
    """Weighted Dice overlap of the keys, with penalties for contradicting figures."""
    cross = a.lang != b.lang
    shared_keys = a.features.keys() & b.features.keys()
    total_a = sum(_weight(f, cross) for f in a.features.values())
    total_b = sum(_weight(f, cross) for f in b.features.values())
    common = 0.0
    for key in shared_keys:
        fa, fb = a.features[key], b.features[key]
        w = max(KIND_WEIGHT[fa.kind], KIND_WEIGHT[fb.kind])
        common += w
        total_a += w - _weight(fa, cross)
        total_b += w - _weight(fb, cross)
    if not common:
        return Comparison(0.0, (), "")
    score = 2 * common / (total_a + total_b)
    if common < MIN_SHARED:
        score *= common / MIN_SHARED
    notes: list[str] = []
    factor, note = _figures(a, b)
    if note:
        notes.append(note)
    score *= factor
    if a.negated != b.negated:
        score *= NEGATION_MISMATCH
        notes.append("one side is negated")
    shared = tuple(sorted((a.features[k] for k in shared_keys), key=lambda f: -KIND_WEIGHT[f.kind]))
    return Comparison(round(min(score, 1.0), 4), shared, reason(shared, notes))


def _figures(a: ClaimFeatures, b: ClaimFeatures) -> tuple[float, str]:
    nums_a = {k for k in a.features if k.startswith("#")}
    nums_b = {k for k in b.features if k.startswith("#")}
    if not nums_a or not nums_b or nums_a & nums_b:
        return 1.0, ""
    units_a = {k.split(":", 1)[1]: k for k in a.features if k.startswith("~")}
    units_b = {k.split(":", 1)[1]: k for k in b.features if k.startswith("~")}
    for unit in units_a.keys() & units_b.keys():
        shown_a = a.features[units_a[unit]].display
        shown_b = b.features[units_b[unit]].display
        return NUMBER_CONFLICT, f"different figures: {shown_a} / {shown_b}"
    shown = ", ".join(sorted(a.features[k].display for k in nums_a)[:2])
    other = ", ".join(sorted(b.features[k].display for k in nums_b)[:2])
    return NUMBER_MISMATCH, f"different figures: {shown} / {other}"


def reason(shared: tuple[Feature, ...], notes: list[str] = ()) -> str:  # type: ignore[assignment]
    """ "same figure 10,000 and names Kim Jong Un, Kursk" from the shared keys."""
    by_kind: dict[str, list[str]] = {}
    for feature in shared:
        by_kind.setdefault(feature.kind, []).append(feature.display)
    parts = []
    figures = by_kind.get(NUMBER_UNIT) or by_kind.get(NUMBER)
    if figures:
        parts.append(
            ("same figure " if len(figures) == 1 else "same figures ") + ", ".join(figures)
        )
    names = by_kind.get(ANCHOR, []) + by_kind.get(NAME, []) + by_kind.get(PLACE, [])
    if names:
        parts.append("names " + ", ".join(names[:5]))
    if by_kind.get(DATE):
        parts.append("date " + ", ".join(by_kind[DATE][:2]))
    terms = by_kind.get(TERM, []) + by_kind.get(WORD, [])
    if terms:
        parts.append("words " + ", ".join(terms[:6]))
    text = " and ".join(parts[:2]) + ("; " + "; ".join(parts[2:]) if parts[2:] else "")
    if notes:
        text += " (" + "; ".join(notes) + ")"
    return text


def to_json(claim: ClaimFeatures) -> dict[str, object]:
    """A compact, JSON-ready form for the stored index."""
    return {
        "l": claim.lang,
        "n": int(claim.negated),
        "f": [[f.key, f.kind, f.display] for f in claim.features.values()],
    }


def from_json(data: dict[str, Any]) -> ClaimFeatures:
    found = {
        str(key): Feature(str(key), str(kind), str(shown))
        for key, kind, shown in data.get("f", [])
        if kind in KIND_WEIGHT
    }
    return ClaimFeatures(str(data.get("l", "")), found, bool(data.get("n")))
