"""Who is the subject of a German verb of saying, where word order alone misleads.

Split from ``attribution`` (which judges one cue) so it keeps to one job: German puts the
finite verb last in a subordinate clause ("als er ... eine Öffnung gefordert hat"), so the
phrase next to the verb is its object and the subject follows the subordinator; a phrase
after a clause-opening preposition is fronted, not the subject ("In der Lombardei konnte
man sehen"); a quantifier pronoun with a place ("Einige in der Koalition glauben") is the
subject, not the place; and a clause-final participle or infinitive hangs on an
auxiliary or modal ("hat ... gesagt", "will ... erzählen") next to which the subject stands.
"""

from __future__ import annotations

from factcheck_app.analysis.german_shapes import DE_PREPOSITIONS, PUBLIC_DE, fronted_phrase
from factcheck_app.analysis.sources import SourceFinder
from factcheck_app.analysis.view import DocView

#: Openers of a German verb-final clause whose subject follows them ("als er", "was
#: Kollege Dehm gesagt hat"); relative pronouns may be the subject themselves.
_SUBORDINATORS = frozenset(
    {"als", "dass", "weil", "wenn", "ob", "nachdem", "obwohl", "da", "wie", "während",
     "bevor", "seit", "seitdem", "sobald", "was", "indem", "falls"}
)  # fmt: skip
#: Finite auxiliaries and modals after a clause-final participle or infinitive.
_FINITE = frozenset(
    {"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "ist", "sind", "war",
     "waren", "sei", "wäre", "kann", "können", "konnte", "konnten", "könne", "könnte",
     "muss", "müssen", "musste", "mussten", "will", "wollen", "wollte", "wollten", "soll",
     "sollen", "sollte", "sollten", "darf", "dürfen", "wird", "werden", "würde", "würden"}
)  # fmt: skip
#: Quantifier pronouns that head a subject with a place after them ("Einige in der Partei").
_QUANTIFIER_PRONOUNS = frozenset(
    {"einige", "viele", "manche", "andere", "mehrere", "wenige", "etliche", "zahlreiche",
     "keiner", "niemand", "jemand", "alle"}
)  # fmt: skip
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
#: Prepositions of place or origin after the head of a subject ("Viele in der Partei").
_PLACE_PREPOSITIONS = frozenset({"in", "im", "aus", "bei", "beim", "von", "vom", "unter"})
#: Indefinite pronouns that are a whole subject ("jemand aus der Branche": someone).
_INDEFINITE_ONE = frozenset({"jemand", "niemand", "keiner", "man", "irgendwer", "irgendjemand"})
#: Words between a subordinator and its subject ("als sich der Minister", "weil ja").
_CLAUSE_FILLERS = frozenset({"sich", "ja", "doch", "auch", "schon", "nun", "denn", "eben"})


def subordinate_subject(
    finder: SourceFinder, v: DocView, s0: int, s1: int, verb: int, end: int
) -> tuple[int, int] | None:
    """ "als er ... eine Perspektive gefordert hat", "was Kollege Dehm gesagt hat": in
    a German verb-final clause the subject follows its subordinator; the phrase just
    before the verb is its object."""
    t = v.toks
    if not (end >= s1 or t[end].is_punct or t[end].lower_ in _FINITE):
        return None  # not verb-final
    for o in range(verb - 1, s0 - 1, -1):
        if t[o].is_punct:
            return None
        if t[o].lower_ in _SUBORDINATORS and (o == s0 or t[o - 1].is_punct):
            break
    else:
        return None
    first = o + 1
    while first < verb and t[first].lower_ in _CLAUSE_FILLERS:
        first += 1
    if first >= verb:
        return None
    if t[first].lower_ in finder.pronouns or t[first].lower_ in _INDEFINITE_ONE:
        return first, first + 1  # "dass jemand aus der Branche ... schreiben kann"
    span = finder.right(v, first, verb, limit=6)
    if span is None or span[1] > verb:
        return None
    for k in range(span[0] + 1, span[1]):
        if t[k].lower_ in ("und", "sowie", "oder"):
            # "was Kollege Hardt und andere gesagt haben": a named conjunct names it
            if finder.judge(v, span[0], k, s0).named:
                return span[0], k
            break
    return span


def quantified_head(v: DocView, s0: int, span: tuple[int, int]) -> tuple[int, int]:
    """ "Einige in der Koalition glauben", "Die Leute in der Stadt sagen": the noun next to
    the verb is the place of a quantifier pronoun or of the public opening the clause; the
    speaker is the whole phrase (a place is never a speaker)."""
    t = v.toks
    k = span[0] - 1
    while k > s0 and t[k].lower_ in _ARTICLES:
        k -= 1
    q = k - 1
    if q < s0 or t[k].lower_ not in _PLACE_PREPOSITIONS:
        return span
    head = t[q].lower_
    first = q - 1 if q > s0 and t[q - 1].lower_ in _ARTICLES | _QUANTIFIER_PRONOUNS else q
    if (head in _QUANTIFIER_PRONOUNS or (t[q].cap and head in PUBLIC_DE)) and (
        first == s0 or t[first - 1].is_punct
    ):
        return first, span[1]
    return span


def fronted_object(v: DocView, s0: int, start: int, determiner: frozenset[str]) -> bool:
    """The phrase at ``start`` is the object of a preposition opening its clause ("In
    der Lombardei konnte man"), over its article and lowercase adjectives."""
    k = start - 1
    while (
        k > s0
        and (v.toks[k].lower_ in determiner or v.toks[k].is_lower)
        and (v.toks[k].lower_ not in DE_PREPOSITIONS)
    ):
        k -= 1
    return k >= s0 and fronted_phrase(v, s0, k)


#: Perfect auxiliaries before a clause-final participle ("hat ... gesagt").
_DE_AUX = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "ist", "sind", "war"})
#: How far back from a German participle or infinitive its auxiliary may stand ("hatte
#: diese Preispolitik als Markt verzerrend und für die Nutzer verunsichernd kritisiert").
_AUX_REACH = 14
#: Unstressed prefixes: their participles have no "ge-" ("bekräftigt", "verkündet").
_DE_UNSTRESSED = ("be", "er", "ver", "zer", "ent", "emp", "über", "unter", "miss")
_DE_MODALS = frozenset(
    {
        "will",
        "wollte",
        "wollen",
        "wollten",
        "muss",
        "musste",
        "müssen",
        "kann",
        "konnte",
        "können",
        "möchte",
        "möchten",
        "darf",
        "dürfen",
        "wird",
        "werden",
    }
)
_DE_PARTICIPLES = frozenset(
    {"erklärt", "betont", "berichtet", "bestätigt", "behauptet", "kritisiert"}
)


def german_helper_verb(v: DocView, s0: int, verb: int) -> int | None:
    """ "Müller hat einen Satz gesagt", "Merkel will uns erzählen": the auxiliary or modal
    the subject stands next to, for a clause-final participle or infinitive ``verb``."""
    t = v.toks
    low = t[verb].lower_
    if (
        "ge" in low[:6]
        or low in _DE_PARTICIPLES
        or (low.endswith("t") and low.startswith(_DE_UNSTRESSED))  # "bekräftigt"
        or (
            low.endswith("en")
            and low.startswith(_DE_UNSTRESSED)
            and _helper_before(v, s0, verb, _DE_AUX) is not None
        )
    ):  # "hatte im Wahlkampf versprochen", "hat es beschrieben": strong participles
        helpers = _DE_AUX
    elif low.endswith(("en", "ern")) and verb > s0 and not t[verb - 1].is_punct:
        helpers = _DE_MODALS  # an infinitive at the clause's end
    else:
        return None
    return _helper_before(v, s0, verb, helpers)


def _helper_before(v: DocView, s0: int, verb: int, helpers: frozenset[str]) -> int | None:
    """The nearest word of ``helpers`` before ``verb`` in its clause, within reach."""
    t = v.toks
    for i in range(verb - 1, max(s0, verb - _AUX_REACH) - 1, -1):
        if t[i].is_punct:
            return None
        if t[i].lower_ in helpers:
            return i
    return None
