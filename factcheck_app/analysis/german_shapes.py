"""Word shapes of German (and headline) attributions that ``attribution`` and
``source_judge`` ask about.

Split from ``attribution`` so that module keeps to judging one cue. German puts the
finite verb second: a fronted prepositional phrase ("In einem Rundschreiben macht das
Ministerium ... aufmerksam") is no subject, the subject follows the verb. A headline names
a speaker before a colon ("– Tsipras: ..."). The general public wanting something states
nothing ("Die Bürger erwarten eine Lösung"); a group with a stance demanding something does.
"""

from __future__ import annotations

from factcheck_app.analysis.view import DocView, Lex

#: German prepositions: the phrase after one is no subject ("In einem Schreiben warnt").
DE_PREPOSITIONS = frozenset(
    {"in", "im", "mit", "nach", "bei", "beim", "von", "vom", "aus", "zu", "zum", "zur", "für",
     "über", "unter", "vor", "seit", "auf", "an", "am", "durch", "gegen", "ohne", "um"}
)  # fmt: skip
_QUOTES = frozenset({'"', "“", "”", "„", "‘", "’", "«", "»", "'"})
_DASHES = frozenset({"–", "—"})

#: The general public: its wishes are no statement ("Die Bürger erwarten eine Lösung").
PUBLIC_DE = frozenset(
    {"bürger", "bürgerinnen", "menschen", "leute", "bevölkerung", "wähler", "wählerinnen",
     "verbraucher", "kunden", "eltern", "deutschen", "österreicher", "fans", "zuschauer",
     "steuerzahler", "patienten", "mieter", "anleger", "sparer", "autofahrer", "pendler"}
)  # fmt: skip


def fronted_phrase(v: DocView, s0: int, prep: int) -> bool:
    """Token ``prep`` is a preposition opening its clause: the phrase after it was put
    before the verb, so the verb's subject follows the verb (German verb-second order).
    A preposition inside the clause ("am Freitagabend Warschau vorwarf") is not judged."""
    t = v.toks
    return t[prep].lower_ in DE_PREPOSITIONS and (prep == s0 or t[prep - 1].is_punct)


def speaker_prefix(v: DocView, span: tuple[int, int], end: int, s0: int) -> bool:
    """ "Angela Merkel: ...", "– Tsipras: "..."": a person's name before a headline colon
    when it has two words, a quotation follows, or a dash opens the headline's part
    (a lone capitalised word could be a label: "Update:", "Transparenz:")."""
    t = v.toks
    if span[1] - span[0] >= 2:
        return True
    quote = end < len(t) and t[end].text in _QUOTES
    dash = span[0] > s0 and t[span[0] - 1].text in _DASHES
    return quote or dash


#: A genitive article or a preposition after the head noun of a German phrase.
DE_POST = frozenset({"der", "des", "in", "im", "aus", "bei", "beim", "von", "vom", "an", "am"})
#: Nouns for the people around someone: "Kreisen der Regierung" names none of them.
_PROXIMITY = ("kreise", "kreisen", "umfeld", "umgebung", "dunstkreis")
_PROXIMITY_LEAD = frozenset({"den", "dem", "der", "die", "das", "des", "aus", "in", "von"})


def proximity(lows: list[str]) -> bool:
    """ "Kreisen der Regierung", "dem Umfeld des Ministers", "Regierungskreisen": the
    phrase's first noun is a circle of people, whatever named genitive follows it."""
    k = 0
    while k < len(lows) - 1 and lows[k] in _PROXIMITY_LEAD:
        k += 1
    return lows[k].endswith(_PROXIMITY)


def definite_singular(t: list[Lex], start: int, end: int, s0: int, lows: list[str]) -> bool:
    """ "Der Politiker ist ...", "sagte der Experte": a German nominative masculine singular
    (the person meant is identifiable in context), not a genitive plural after a noun
    ("Aussagen der Politiker") nor a plural verb."""
    k = start if lows[0] == "der" else start - 1
    if k < s0 or t[k].lower_ != "der" or end - k != 2:
        return False
    if k > s0 and t[k - 1].cap and not t[k - 1].is_punct:
        return False  # "die Aussagen der Politiker": a genitive
    nxt = t[end] if end < len(t) else None
    return nxt is None or not (nxt.is_lower and nxt.lower_.endswith("n"))


def owner_compound(word: str, document: frozenset[str]) -> bool:
    """ "Billa-Facebookseite", "Siemens-Mitteilung", "ORF-Bericht": a document named by its
    owner in a hyphenated German compound."""
    owner, _, rest = word.rpartition("-")
    if not owner or not rest or not owner[0].isupper() or not owner.replace("-", "").isalpha():
        return False
    rest = rest.lower()
    return rest in document or rest.endswith(("bericht", "seite", "mitteilung", "erklärung"))


#: Relative pronouns (and "mit denen" etc. after a preposition) opening a relative clause.
_RELATIVE_DE = frozenset(
    {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
     "welches", "womit", "wodurch"}
)  # fmt: skip
#: Words that say the antecedent is missing or scarce ("kaum Programme, die ... könnten").
_SCARCE = frozenset(
    {"kein", "keine", "keinen", "keinem", "keiner", "kaum", "nichts", "niemand", "wenig",
     "wenige", "weniger", "noch"}
)  # fmt: skip
#: Verbs of needing and looking for: what they want does not exist yet.
_WANTED = frozenset(
    {"brauchen", "braucht", "brauchte", "brauchten", "benötigen", "benötigt", "fehlen",
     "fehlt", "fehlte", "fehlten", "suchen", "sucht", "suchte", "gesucht", "mangelt",
     "mangelte", "wünschen", "wünscht", "fordern", "fordert", "forderte", "verlangen",
     "verlangt"}
)  # fmt: skip


def wanted_ability(t: list[Lex], s0: int, modal: int) -> bool:
    """ "Es gibt kaum Programme, die Radikalisierung verhindern könnten", "Wir brauchen
    Fachkräfte, die die Maschinen bedienen könnten": "könnte" at the end of a relative
    clause describing something missing or wanted says what it would be able to do, not
    a guess about the world. A perfect infinitive ("getötet haben könnte") and a relative
    clause on an existing thing ("ein Urteil, das ... gefährden könnte") stay hedges."""
    if modal - 1 <= s0 or t[modal - 1].lower_ in ("haben", "sein", "gewesen", "worden"):
        return False
    rel = None
    for i in range(modal - 1, max(s0, modal - 14), -1):
        if t[i].is_punct:
            if (
                t[i].text == ","
                and i + 1 < modal
                and (
                    t[i + 1].lower_ in _RELATIVE_DE
                    or (t[i + 1].lower_ in DE_PREPOSITIONS and t[i + 2].lower_ in _RELATIVE_DE)
                )
            ):
                rel = i
            break
    if rel is None:
        return False
    before = [t[k].lower_ for k in range(max(s0, rel - 5), rel)]
    main = [t[k].lower_ for k in range(s0, rel)]
    return any(w in _SCARCE for w in before) or any(w in _WANTED for w in main)


#: German quantifiers that make a phrase "some of a group" (after an optional article:
#: "die meisten", "die wenigen"); "alle" is a known set unless its head is unnamed people.
#: (Shares such as "75 Prozent der Deutschen" are left alone, as "74 percent of voters" is
#: in English: they are mostly a named poll's respondents, not speakers.)
_DE_QUANTIFIERS = frozenset(
    {"meisten", "wenige", "wenigen", "viele", "vielen", "einige", "manche", "mehrere",
     "etliche", "zahlreiche", "jeder", "jede", "jedem", "jeden"}
)  # fmt: skip


#: Nouns naming a part of a group before its genitive ("die Mehrheit der Bevölkerung",
#: "der Großteil der Ärzte", "ein Drittel der Befragten"): a word quantifier like "most".
DE_PORTIONS = frozenset(
    {"mehrheit", "minderheit", "großteil", "hälfte", "drittel", "viertel", "fünftel",
     "zehntel", "gros", "teil", "gutteil", "bruchteil"}
)  # fmt: skip
#: Adverbs a subject found by word order may begin with ("das hat heute jeder Redner
#: gesagt"): they are no part of the phrase.
_DE_LEADING_ADVERBS = frozenset(
    {"heute", "gestern", "auch", "schon", "nun", "jetzt", "hier", "doch", "ja", "immer",
     "bereits", "inzwischen", "mittlerweile", "fast", "knapp", "nahezu", "wohl", "sogar"}
)  # fmt: skip
#: Share words after a figure ("75 Prozent der Richter").
_DE_SHARE_UNITS = frozenset({"prozent", "%", "prozentpunkte"})


def some_of_a_group(lows: list[str]) -> bool:
    """ "Die meisten Wähler", "Jeder Jurist", "Viele Ärzte", "die Mehrheit der
    Bevölkerung", "heute jeder Redner": a quantified phrase (a word quantifier, as "most
    voters" in English; a share in figures is :func:`figure_share`)."""
    first = 0
    while first < len(lows) - 1 and lows[first] in _DE_LEADING_ADVERBS:
        first += 1
    if first < len(lows) - 1 and lows[first] in ("die", "der", "den", "dem", "ein", "eine"):
        first += 1
    if lows[first] in _DE_QUANTIFIERS:
        return True
    return (
        lows[first] in DE_PORTIONS
        and first + 2 < len(lows)
        and lows[first + 1] in ("der", "des", "aller", "unserer", "von")
    )


def figure_share(t: list[Lex], start: int, end: int) -> bool:
    """ "75 Prozent der Richter", "88 % der Bevölkerung": a share in figures is a poll's
    result, not a speaker; the figure is the checkable claim (as "74 percent of voters
    said" in English)."""
    k = start
    while k < end - 1 and t[k].lower_ in _DE_LEADING_ADVERBS | {
        "rund",
        "etwa",
        "über",
        "mehr",
        "als",
        "weniger",
        "gut",
    }:
        k += 1
    return k + 1 < end and t[k].like_num and t[k + 1].lower_ in _DE_SHARE_UNITS


#: Endings of German feminine singular nouns ("die Regierung", "die Ministerin").
_DE_SINGULAR_FEM = ("in", "ung", "heit", "keit", "ion", "schaft", "tät", "ei", "ie", "ik", "ur")
_DE_PARTICLES = frozenset({"auch", "ja", "doch", "schon", "nun", "aber", "jetzt", "immer"})


def definite_plural_group(
    t: list[Lex], start: int, end: int, sent_start: int, lows: list[str]
) -> bool:
    """ "Die Russen sagen", "haben die Kollegen gesagt": a definite plural common noun.

    German marks the plural on the finite verb next to its subject (3rd person plural
    ends in -n; "sind", "waren"); the article "die" alone could be a feminine singular,
    whose noun endings ("-ung", "-in", "-ion") exclude it.
    """
    if len(lows) != 2 or lows[0] not in ("die", "den") or not t[start + 1].cap:
        return False
    if lows[1].endswith(_DE_SINGULAR_FEM) and not lows[1].endswith("innen"):
        return False
    k = end
    while k < len(t) and k - end < 2 and t[k].lower_ in _DE_PARTICLES:
        k += 1
    verbs = [t[k]] if k < len(t) else []
    if start > sent_start:
        verbs.append(t[start - 1])
    return any(
        x.is_lower and (x.lower_ in ("sind", "waren") or x.lower_.endswith("en")) for x in verbs
    )
