"""Token shapes the claim rules test: dates and durations, quotations, passives, clause
openers, figure extents.

Kept apart from :mod:`claims` because they are pure functions of the tokens (no lexicon,
no state): the word lists here are grammar (prepositions, subordinators, month names),
not domain vocabulary, so they are not in the lexicon files.
"""

from __future__ import annotations

import re

from factcheck_app.analysis.lexicon import Entry
from factcheck_app.analysis.view import NUMBERING, Lex

_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)(s|er)?$")
#: Units and words that make a number a date, a time or a duration, not a quantity.
_TIME_UNITS = frozenset(
    {
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "decade",
        "decades",
        "century",
        "centuries",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "bst",
        "gmt",
        "utc",
        "jahr",
        "jahre",
        "jahren",
        "monat",
        "monate",
        "monaten",
        "woche",
        "wochen",
        "tag",
        "tage",
        "tagen",
        "stunde",
        "stunden",
        "minuten",
        "jahrzehnt",
        "jahrzehnte",
        "uhr",
        "year-old",
        "jährige",
        "jährigen",
        "lebensjahr",
        "lebensjahres",
    }
)
_MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan.",
        "feb.",
        "aug.",
        "sept.",
        "oct.",
        "nov.",
        "dec.",
        "januar",
        "jänner",
        "februar",
        "märz",
        "mai",
        "juni",
        "juli",
        "oktober",
        "dezember",
    }
)
#: "the two diplomats", "die beiden": a number word after an article counts a known set.
_COUNTED_SET = frozenset(
    {"the", "these", "those", "both", "all", "other", "die", "der", "den", "diese", "anderen"}
)


#: Prepositions whose object is no actor ("via Twitter", "in the Morning"); not "of",
#: "between", "from", which attach names to a subject noun ("The meeting between Kim").
PREPOSITIONS = frozenset(
    {
        "at",
        "in",
        "on",
        "via",
        "to",
        "into",
        "onto",
        "by",
        "with",
        "through",
        "under",
        "for",
        "für",
        "near",
        "across",
        "against",
        "bei",
        "mit",
        "nach",
        "zu",
        "zum",
        "zur",
        "im",
        "am",
        "auf",
        "gegen",
        "durch",
    }
)
#: Words that open a new clause between a name and a later verb.
CLAUSE_OPENERS = frozenset(
    {
        "when",
        "while",
        "because",
        "although",
        "though",
        "if",
        "after",
        "before",
        "which",
        "who",
        "whom",
        "whose",
        "that",
        "as",
        "since",
        "until",
        "unless",
        "where",
        ";",
        "als",
        "wenn",
        "weil",
        "obwohl",
        "nachdem",
        "bevor",
        "dass",
        "der",
        "die",
        "das",
        "welche",
        "welcher",
        "wo",
        "ob",
    }
)
#: English forms of "be": the one list behind the passive test here and the auxiliary test
#: of ``senses`` (each adds its own neighbours).
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_BE = BE_FORMS | {
    "not",
    "never",
    "wurde",
    "wurden",
    "worden",
    "wird",
    "werden",
    "ist",
    "sind",
    "war",
    "waren",
}
_SUBORDINATORS = frozenset(
    {
        "although",
        "though",
        "when",
        "while",
        "because",
        "if",
        "after",
        "before",
        "since",
        "as",
        "unless",
        "until",
        "obwohl",
        "als",
        "wenn",
        "weil",
        "nachdem",
        "bevor",
    }
)
#: First-person subject pronouns (case-sensitive: German "Wir"/"wir", English "I", "We").
#: News copy is written in the third person: a first-person sentence is a speaker's.
FIRST_PERSON = frozenset({"I", "We", "we", "Ich", "ich", "Wir", "wir"})
QUOTE_CHARS = frozenset('"“”„«»‘’‚')
_QUOTE_OPEN = frozenset({"“", "„", "«", "‘", "‚"})
_QUOTE_CLOSE = frozenset({"”", "“", "»", "’", "‘"})


def passive(t: list[Lex], s0: int, verb: int) -> bool:
    """ "was suspended", "was not met": the name-less subject suffers the event."""
    return verb > s0 and t[verb - 1].lower_ in _BE


#: Forms of "werden" that make a German participle passive.
_WERDEN = frozenset({"wird", "werden", "wurde", "wurden", "worden", "würde", "würden"})
_CLAUSE_END = frozenset({",", ";", ":", "–", "-"})


def german_passive(t: list[Lex], s0: int, s1: int, verb: int) -> bool:
    """A German participle in a clause with a form of "werden" ("der 2014 gewählt wurde",
    "wird der Oberbürgermeister vom Volk gewählt"): the subject suffers the event."""
    lo = verb
    while lo > s0 and t[lo - 1].text not in _CLAUSE_END:
        lo -= 1
    hi = verb
    while hi < s1 and t[hi].text not in _CLAUSE_END:
        hi += 1
    return any(t[k].lower_ in _WERDEN for k in range(lo, hi))


def subordinate(t: list[Lex], s0: int, verb: int) -> bool:
    """The verb sits in a clause opened by "although", "when", ... (no main event)."""
    for k in range(verb - 1, s0 - 1, -1):
        if t[k].text in (",", ";", ":"):
            return False
        if t[k].lower_ in _SUBORDINATORS:
            return True
    return False


def quoted(t: list[Lex], s0: int, s1: int) -> set[int]:
    """Token indices inside quotation marks in the sentence ('"' toggles)."""
    inside: set[int] = set()
    open_at: int | None = None
    for k in range(s0, s1):
        text = t[k].text
        if open_at is None and not inside and _closes_earlier_quote(t, s0, s1, k):
            # 'They are 100 percent wrong," said Terry Strada.': the quotation opened in
            # the sentence before; its words up to here are the speaker's
            inside.update(range(s0, k + 1))
            continue
        if open_at is None:
            if text == '"' or text in _QUOTE_OPEN:
                open_at = k
        elif (
            text == '"'
            or (text in _QUOTE_CLOSE and text != t[open_at].text)
            or (text in ("”", "“") and t[open_at].text in ("“", "„"))
        ):
            inside.update(range(open_at, k + 1))
            open_at = None
    if open_at is not None and s1 - open_at > 3:
        inside.update(range(open_at, s1))  # a quote running to the sentence's end
    return inside


#: Words right after a closing straight quote: '..., " said X', '..., " he said'.
_SAYING_AFTER_QUOTE = frozenset(
    {"said", "says", "told", "added", "asked", "wrote", "he", "she", "they", "according"}
)
#: A date written with slashes ("9/11", "12/31/2015"): a day, not a count.
_SLASH_DATE = re.compile(r"^\d{1,2}/\d{1,2}(/\d{2,4})?$")


def _closes_earlier_quote(t: list[Lex], s0: int, s1: int, k: int) -> bool:
    """The sentence's first quotation mark closes a quote: a closing curly mark, or a
    straight one before a lower-case verb of saying, right after the quote's last
    punctuation (', "' / '."' / '?"')."""
    text = t[k].text
    if k == s0 or t[k - 1].text not in (",", ".", "?", "!") or k - s0 < 3:
        return False
    if text == "”":
        return True
    return text == '"' and k + 1 < s1 and t[k + 1].lower_ in _SAYING_AFTER_QUOTE


def timeish(t: list[Lex], start: int, end: int, s0: int) -> bool:
    """A figure that is a year, a date, a time or a duration ("in 2019", "22 May",
    "for five years", "7. Juni"), or a number word counting a known set ("the two")."""
    text = t[start].text
    if _YEAR.match(text.rstrip(".")) or _SLASH_DATE.match(text):
        return True
    nxt = t[end].lower_ if end < len(t) else ""
    prev = t[start - 1].lower_ if start > s0 else ""
    if nxt in _TIME_UNITS or nxt in _MONTHS or prev in _MONTHS:
        return True
    if nxt == "-" and end + 1 < len(t) and t[end + 1].lower_ in _TIME_UNITS:
        return True
    if nxt == "-" and t[start].is_alpha:
        return True  # "two-legged", "three-judge": a number word inside a compound adjective
    if (
        prev == ","
        and nxt == ","
        and start - 2 >= s0
        and t[start - 2].is_title
        and text.isdigit()
        and 0 < int(text) < 120
    ):
        return True  # "Emily Spanton, 39, ...": an age in apposition to a name
    if (
        prev == "("
        and nxt == ")"
        and start - 3 >= s0
        and t[start - 2].cap
        and t[start - 3].cap
        and text.isdigit()
        and 0 < int(text) < 120
    ):
        return True  # "Nicole Solarz (34)", "Heidi Hirschbichler (56)": an age after a full name
    if _ages(t, start, s0):
        return True  # "officers Antoine Quirin and Nicolas Redouane, 40 and 49,"
    if nxt in _ERAS:
        return True  # "from about 664 b.c.e. to 250 c.e.": a year
    if _location(t, end):
        return True  # "located 70 miles (112 km) south of Los Angeles": where, not a claim
    if _numbered(t, start, s0):
        return True  # "Republic Act No. 3846", "Art. 5", "§ 12": a number that names
    return t[start].is_alpha and prev in _COUNTED_SET


def _numbered(t: list[Lex], start: int, s0: int) -> bool:
    """The number follows a numbering abbreviation ("No. 3846", "Nr. 5") or "§"."""
    if start - 1 < s0:
        return False
    prev = t[start - 1].text
    if prev == "§" or (prev[-1:] == "." and prev[:-1] in NUMBERING):
        return True
    return prev == "." and start - 2 >= s0 and t[start - 2].text in NUMBERING


#: Era markers after a year.
_ERAS = frozenset(
    {"bc", "b.c", "b.c.", "bce", "b.c.e", "b.c.e.", "ad", "a.d", "a.d.", "ce", "c.e", "c.e."}
)
#: Units of distance and compass directions: "70 miles south of" says where a place is.
_DISTANCE = frozenset({"miles", "mile", "km", "kilometres", "kilometers", "kilometre", "meters"})
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def _ages(t: list[Lex], start: int, s0: int) -> bool:
    """Small numbers joined by "and" in a comma-fenced apposition right after a name:
    the ages of the people just named ("Quirin and Redouane, 40 and 49,")."""
    lo = start
    while lo > s0 and (t[lo - 1].text.isdigit() or t[lo - 1].lower_ == "and"):
        lo -= 1
    if lo - 2 < s0 or t[lo - 1].text != "," or not t[lo - 2].is_title:
        return False
    hi = start
    while hi < len(t) and (t[hi].text.isdigit() or t[hi].lower_ == "and"):
        hi += 1
    numbers = [t[k].text for k in range(lo, hi) if t[k].text.isdigit()]
    return (
        hi < len(t)
        and t[hi].text in (",", ".")
        and len(numbers) > 1
        and all(0 < int(n) < 120 for n in numbers)
    )


def _location(t: list[Lex], end: int) -> bool:
    """A distance followed (over a bracketed conversion) by a direction and "of"."""
    if end >= len(t) or t[end].lower_ not in _DISTANCE:
        return False
    k = end + 1
    if k < len(t) and t[k].text == ")":
        k += 1  # "(112 km) south of": the conversion in brackets
    elif k < len(t) and t[k].text == "(":
        while k < len(t) and t[k].text != ")":
            k += 1
        k += 1
    return k + 1 < len(t) and t[k].lower_ in _DIRECTIONS and t[k + 1].lower_ == "of"


def extend(
    t: list[Lex],
    start: int,
    end: int,
    figures: list[tuple[int, int, Entry]],
    region: tuple[int, int],
) -> tuple[int, int]:
    """Grow a figure cue over adjacent figure words: "$", "5", "million" → "$5 million"."""
    spans = sorted((s, e) for s, e, _entry in figures)
    changed = True
    while changed:
        changed = False
        for s, e in spans:
            if (s <= end < e) or (s < start <= e):
                start, end = min(start, s), max(end, e)
                changed = True
    while end < region[1] and t[end].like_num and not t[end].is_punct:
        end += 1
    return start, end


#: Labels of a picture credit ("Image: Nicholas Moreau"): the line is a caption.
_CREDIT_LABELS = frozenset({"image", "photo", "picture", "photograph", "credit", "foto", "bild"})


def caption(t: list[Lex], s0: int, s1: int) -> bool:
    """A picture caption with its credit ("... photo Image: Nicholas Moreau"): no claim."""
    return any(
        t[k].is_title and t[k].lower_ in _CREDIT_LABELS and t[k + 1].text == ":"
        for k in range(s0, s1 - 1)
    )


#: Legal instruments: signing, passing or issuing one is an official act, on public record.
_INSTRUMENTS = frozenset(
    {
        "decree",
        "bill",
        "law",
        "legislation",
        "ordinance",
        "order",
        "resolution",
        "ruling",
        "budget",
        "amendment",
        "regulation",
        "regulations",
        "verordnung",
        "gesetz",
        "erlass",
        "dekret",
    }
)


def official_act(t: list[Lex], s1: int, verb: int) -> bool:
    """The event's object is a legal instrument ("signed a government decree", "approved
    a bill"): an official act, checkable at its source like an institution's ruling."""
    for k in range(verb + 1, min(s1, verb + 5)):
        if t[k].text in _CLAUSE_END:
            return False
        if t[k].lower_ in _INSTRUMENTS:
            return True
    return False


#: Auxiliaries and adverbs between a subject and its verb ("had previously signed").
_BETWEEN = frozenset({"had", "has", "have", "also", "then", "later", "previously", "jointly"})


def plural_subject(t: list[Lex], s0: int, verb: int) -> bool:
    """The subject just before the verb is a plural common noun ("The two nations had
    previously signed"): a group whose deed is told. A singular description ("the research
    team established a model", "Sanders' exit ... left") tells no event of its own."""
    k = verb - 1
    while k >= s0 and (t[k].lower_ in _BETWEEN or t[k].lower_.endswith("ly")):
        k -= 1
    if k < s0:
        return False
    word = t[k]
    return (
        word.is_alpha
        and word.is_lower
        and word.lower_.endswith("s")
        and not word.lower_.endswith(("ss", "us", "is"))
    )


#: Possessive determiners: "his tax records" is a noun phrase, "records" no verb.
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your", "ihre", "seine"})
