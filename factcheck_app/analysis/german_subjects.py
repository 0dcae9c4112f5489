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

from factcheck_app.analysis.german_shapes import (
    DE_PORTIONS,
    DE_PREPOSITIONS,
    PUBLIC_DE,
    fronted_phrase,
)
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
    start = relative_clause_before(v, s0, verb) or verb  # "hat X, die ..., geschrieben"
    for i in range(start - 1, max(s0, start - _AUX_REACH) - 1, -1):
        if t[i].is_punct:
            return None
        if t[i].lower_ in helpers:
            return i
    return None


#: Finite verb forms of the third person plural that do not end in "-en" or "-n".
_PLURAL_FINITE = frozenset({"sind", "waren"})
#: Prepositions of place between a group and where it is ("Arbeitnehmer in Deutschland").
_GROUP_PLACE = frozenset({"in", "im", "aus", "bei", "beim", "unter"})


def bare_plural_subject(v: DocView, s0: int, s1: int, span: tuple[int, int], verb: int) -> bool:
    """ "Juristen geben unterschiedliche Antworten", "wie Gegner es nennen": one noun with
    no article whose finite verb is in the plural names a group, not a person (German
    marks the plural on the verb: a name takes the singular, "Merkel sagt").

    The finite verb is the auxiliary or modal of a clause-final participle or infinitive
    ("haben ... gesagt", "sagen wird"), else the verb itself."""
    t = v.toks
    if span[1] - span[0] != 1 or not t[span[0]].cap or t[span[0]].text.isupper():
        return False
    if span[0] > s0 and (
        t[span[0] - 1].lower_ == "als" or t[span[0] - 1].lower_ in DE_PREPOSITIONS
    ):
        return False  # "wir als Grüne fordern", "seit Monaten fordern": no subject
    if verb > s0 and t[verb - 1].lower_ in DE_PREPOSITIONS:
        return False  # "in meinen Augen": a possessive, no verb
    finite = german_helper_verb(v, s0, verb)
    if finite is None and verb + 1 < s1 and t[verb + 1].lower_ in _FINITE:
        finite = verb + 1  # "dass Merkel das sagen wird": the auxiliary agrees
    if finite is None:
        finite = verb
    low = t[finite].lower_
    return t[finite].is_lower and (low in _PLURAL_FINITE or low.endswith(("en", "ern", "eln")))


def portion_head(v: DocView, s0: int, span: tuple[int, int]) -> tuple[int, int]:
    """ "Die Hälfte der deutschen Unternehmen ist überzeugt": a genitive phrase found
    next to the verb belongs to the word for a part of the group before it, the subject."""
    t = v.toks
    k = span[0] if t[span[0]].lower_ in ("der", "des") else span[0] - 1
    if k - 1 < s0 or t[k].lower_ not in ("der", "des") or t[k - 1].lower_ not in DE_PORTIONS:
        return span
    k -= 1
    while k > s0 and t[k - 1].lower_ in ("die", "der", "ein", "eine", "einen", "den"):
        k -= 1
    return k, span[1]


def group_before_place(
    finder: SourceFinder, v: DocView, s0: int, span: tuple[int, int]
) -> tuple[int, int]:
    """ "Jeder dritte Arbeitnehmer in Deutschland sieht sich", "Die Ministerin aus Bayern
    sagte": a place after a preposition says where an unnamed group or a definite phrase
    opening the clause is; the speaker is the group with its place (a place is never a
    speaker)."""
    t = v.toks
    span = portion_head(v, s0, span)
    k = span[0] - 1
    while k > s0 and t[k].lower_ in _ARTICLES:
        k -= 1
    if k <= s0 or t[k].lower_ not in _GROUP_PLACE:
        return span
    if not all(t[k].cap for k in range(span[0], span[1])):
        return span
    group = finder.left(v, k, s0)
    if group is None or group[1] != k:
        return span
    opens = group[0] == s0 or t[group[0] - 1].is_punct
    if not (opens and t[group[0]].lower_ in _ARTICLES) and (
        finder.judge(v, group[0], group[1], s0).kind != "anon"
    ):
        return span
    # "Die Ministerin aus Bayern sagte": a definite phrase opening the clause is the
    # subject with its place
    return group[0], span[1]


#: Endings of German adverbs and of adjectives used as adverbs ("diesbezüglich",
#: "deswegen", "möglicherweise", "andererseits", "offiziell", "aktuell", "parteiintern",
#: "politisch", "erwartungsgemäß"): no common noun ends so, but a surname may ("Ehrlich",
#: "Frisch"), so the ending counts only when a subject follows the verb.
_ADVERB_ENDINGS = (
    "lich", "wegen", "halb", "dessen", "falls", "mals", "dings", "maßen", "erweise",
    "seits", "wärts", "iell", "uell", "intern", "extern", "isch", "gemäß", "mäßig", "end",
)  # fmt: skip
#: Pronouns that can only be a subject ("Vorhin hat man gesagt", "Anfangs sagte ich"):
#: after them the word before the verb is fronted, not the subject.
_NOMINATIVE_ONLY = frozenset({"er", "ich", "wir", "du", "man", "niemand", "jemand"})


def clause_adverb(
    finder: SourceFinder, v: DocView, s0: int, s1: int, span: tuple[int, int], finite: int
) -> bool:
    """ "Deswegen fordern wir", "Offiziell spricht keiner der drei", "Parteiintern warnen
    einige": one capitalised word opening its clause before the finite verb is an adverb,
    no name, when it is a function word, or has an adverb's ending and a subject follows
    the verb (German verb-second order puts the subject after the verb; with none there,
    "Ehrlich sagte, ...", the word is the subject), or when a pronoun that is only ever a
    subject follows the verb."""
    t = v.toks
    if span[1] - span[0] != 1 or not (span[0] == s0 or t[span[0] - 1].is_punct):
        return False
    low = t[span[0]].lower_
    if low in finder.pronouns or low in _INDEFINITE_ONE or low in finder.determiner:
        return False  # "Man sieht", "Dies zeigt": a subject of its own
    if low in ("es", "dies", "das", "alle", "beide"):
        return False
    if low in finder.skip or low in finder.nonname or _pronominal_adverb(low):
        return True
    k = _after_verb(finder, v, s1, finite)  # "Parteiintern warnen bereits einige"
    if k >= s1 or t[k].is_punct:
        return False
    after = t[k].lower_
    if after in _NOMINATIVE_ONLY:
        return True
    return low.endswith(_ADVERB_ENDINGS) and (
        after in finder.pronouns
        or after in finder.determiner
        or after in _INDEFINITE_ONE
        or after in _QUANTIFIER_PRONOUNS
        or bool(t[k].cap)
    )


def _after_verb(finder: SourceFinder, v: DocView, s1: int, finite: int) -> int:
    """The first word after a finite verb that is no particle or reflexive ("warnen bereits
    einige", "will sich niemand"): where German verb-second order puts the subject."""
    t = v.toks
    k = finite + 1
    while k < s1 and (t[k].lower_ in finder.skip or t[k].lower_ in _CLAUSE_FILLERS):
        k += 1
    return k


#: Relative pronouns that open a relative clause whatever follows them.
_RELATIVE_ONLY = frozenset({"denen", "dessen", "deren", "welche", "welcher", "welches"})


def relative_clause_before(v: DocView, s0: int, verb: int) -> int | None:
    """The opening comma of a relative clause that closes with a comma right before
    ``verb`` (", mit denen wir sprechen,", ", die das Werk betreibt,"), else None."""
    t = v.toks
    close = verb - 1
    if close - 2 <= s0 or t[close].text != "," or not t[close - 1].is_lower:
        return None
    for c in range(close - 1, s0, -1):
        if t[c].is_punct and t[c].text != ",":
            return None
        if t[c].text == ",":
            break
    else:
        return None
    r = c + 1 if t[c + 1].lower_ not in DE_PREPOSITIONS else c + 2
    low = t[r].lower_
    if low in _RELATIVE_ONLY or (
        low in ("der", "die", "das", "dem", "den") and r + 1 < close and not t[r + 1].cap
    ):
        return c
    return None


def relative_head(
    finder: SourceFinder, v: DocView, s0: int, s1: int, finite: int
) -> tuple[int, int] | None:
    """ "Viele Verbände, mit denen ich im Austausch stehe, kritisieren": a relative clause
    between commas right before the verb says more about the phrase before it, which is
    the subject (a relative pronoun's own clause ends in its verb). Not "..., sagte der
    Minister, ..." after reported words: a phrase after the verb and then a comma is an
    inverted subject."""
    t = v.toks
    c = relative_clause_before(v, s0, finite)
    if c is None:
        return None
    inverted = finder.right(v, _after_verb(finder, v, s1, finite), s1, limit=7)
    if inverted is not None and inverted[1] < s1 and t[inverted[1]].text == ",":
        return None
    return finder.left(v, c, s0)


#: Prepositions in German pronominal adverbs ("dazu", "darüber", "hierbei", "wofür").
_ADVERB_PREPOSITIONS = frozenset(
    {"zu", "für", "mit", "bei", "auf", "an", "über", "von", "gegen", "nach", "durch", "um",
     "unter", "vor", "hinter", "neben", "aus", "in", "zwischen"}
)  # fmt: skip


def _pronominal_adverb(low: str) -> bool:
    """ "dazu", "darüber", "hierbei", "wofür": "da(r)-", "hier-", "wo(r)-" + preposition."""
    for head in ("dar", "da", "hier", "wor", "wo"):
        if low.startswith(head) and low[len(head) :] in _ADVERB_PREPOSITIONS:
            return True
    return False


#: Dashes that open and close a parenthesis ("Der Minister – ein Vertrauter Scholz' –").
_DASHES = frozenset({"–", "—", "-"})


def dash_aside_before(v: DocView, s0: int, verb: int) -> int | None:
    """ "Der Minister – ein enger Vertrauter von Kanzler Scholz – sagte": the opening dash of
    a parenthesis that closes right before the verb. The aside says more about the subject
    or the matter; it is no speaker: the subject stands before it."""
    t = v.toks
    close = verb - 1
    if close <= s0 or t[close].text not in _DASHES or not v.space[close - 1]:
        return None  # a hyphen inside a word ("CDU-Chef") is no dash
    for k in range(close - 1, s0, -1):
        if t[k].text in _DASHES and v.space[k - 1]:
            return k
        if t[k].period or t[k].text in (":", ";"):
            return None
    return None


def german_clause_subject(
    finder: SourceFinder,
    v: DocView,
    s0: int,
    s1: int,
    verb: int,
    end: int,
    determiner: frozenset[str],
) -> tuple[int, int] | None:
    """The subject of a German verb of saying where the clause's shape fixes it: before a
    dash parenthesis right before the verb (:func:`dash_aside_before`), next to
    the auxiliary or modal of a clause-final participle ("Deshalb haben wir ...
    gefordert", "In der Lombardei konnte man sehen": a fronted phrase or adverb, the
    subject after the auxiliary), or after the subordinator of a verb-final clause."""
    t = v.toks
    aux = german_helper_verb(v, s0, verb)
    finite = verb if aux is None else aux
    opening = dash_aside_before(v, s0, finite)
    if opening is not None:
        before = finder.left(v, opening, s0)
        if before is not None:
            return before
    k = _after_verb(finder, v, s1, finite)
    if k < s1 and t[k].lower_ in _NOMINATIVE_ONLY and finite > s0:
        # "Außer vonseiten der Union hat niemand darauf hingewiesen", "An Minister X kann
        # man sehen": a pronoun that is only ever a subject, after the verb of a main clause
        return k, k + 1
    head = relative_head(finder, v, s0, s1, finite)
    if head is not None:
        return head
    if aux is not None:
        span = finder.left(v, aux, s0)
        if span is not None and (
            fronted_object(v, s0, span[0], determiner)
            or clause_adverb(finder, v, s0, s1, span, aux)
            or all(t[i].like_num for i in range(*span))  # "Bereits 2003 hat der VDI"
        ):
            span = None
            if t[aux + 1].lower_ in finder.pronouns:
                span = (aux + 1, aux + 2)
        k = aux + 1
        while k < verb and (t[k].lower_ in _CLAUSE_FILLERS or t[k].lower_ in finder.skip):
            k += 1  # "Offiziell will sich niemand äußern"
        span = span or finder.right(v, k, verb, limit=6)
        if span is not None:
            return span
    return subordinate_subject(finder, v, s0, s1, verb, end)


#: Words of a measure before a preposition in a fronted adverbial ("Drei Tage nach der
#: Wahl", "Kurz vor dem Treffen", "Wenige Stunden nach dem Anschlag").
_MEASURE = frozenset(
    {"kurz", "gleich", "unmittelbar", "direkt", "knapp", "rund", "etwa", "wenige", "einige",
     "mehrere", "lange", "bereits", "schon", "noch", "erst", "bis", "fast", "gut", "ein",
     "eine", "einen", "zwei", "drei", "vier", "fünf", "sechs", "zehn", "zwanzig",
     "sekunden", "minuten", "stunden", "stunde", "tag", "tage", "tagen", "woche", "wochen",
     "monat", "monate", "monaten", "jahr", "jahre", "jahren", "jahrzehnt", "jahrzehnte",
     "jahrzehnten", "jahrhundert", "jahrhunderte"}
)  # fmt: skip


def fronted_adverbial(v: DocView, s0: int, start: int) -> bool:
    """ "In einem Brief an die eigene Regierung beschwert sich ein Abgeordneter", "Drei
    Jahrzehnte nach dem Ende des Kalten Krieges fürchten sich die Menschen": the clause
    opens with a prepositional phrase (after a measure, if any) that runs up to the
    phrase found before the verb; German verb-second order allows one phrase before the
    verb, so that phrase belongs to the adverbial and the subject follows the verb."""
    t = v.toks
    c = start
    while c > s0 and not t[c - 1].is_punct:
        c -= 1
    k = c
    while k < start and (t[k].like_num or t[k].lower_ in _MEASURE):
        k += 1
    if k >= start or t[k].lower_ not in DE_PREPOSITIONS or (k == c and not t[k].cap):
        return False
    if t[k].lower_ in ("von", "vom") and k == c:
        return False  # "Von der Leyen sagte": a name
    return not any(t[i].is_punct for i in range(k, start))


def german_left_subject(
    finder: SourceFinder, v: DocView, s0: int, s1: int, span: tuple[int, int], verb: int
) -> tuple[int, int] | None:
    """The phrase before a German verb of saying as its subject, or None when it is not
    one: a quantifier or group keeps its place ("Einige in der Koalition"), a fronted
    prepositional phrase ("In einem Rundschreiben macht das Ministerium") or a
    clause-opening adverb ("Deswegen fordern wir") leaves the subject after the verb."""
    span = group_before_place(finder, v, s0, quantified_head(v, s0, span))
    if span[0] > s0 and fronted_phrase(v, s0, span[0] - 1):
        return None
    if fronted_adverbial(v, s0, span[0]):
        return None
    if clause_adverb(finder, v, s0, s1, span, verb):
        return None
    if all(v.toks[i].like_num for i in range(*span)):
        return None  # "Schon 2015 warnte die WHO": a year is no speaker
    return span


#: Words after "so" that make it a conjunction or a degree ("so weit", "so lange").
_SO_DEGREE = frozenset({"weit", "lange", "viel", "sehr", "gut", "etwa", "genannt"})


def verb_after_so(v: DocView, end: int, s1: int, determiner: frozenset[str]) -> int:
    """Where the speaker after "so" begins: "– so sagte Minister Weber –", ", so schreibt
    die Zeitung": a verb of saying between "so" and a name or article is no part of the
    name ("so der Minister" and "so hieß es" have none)."""
    t = v.toks
    if end + 1 >= s1 or t[end - 1].lower_ != "so" or not (t[end].is_lower and t[end].is_alpha):
        return end  # "laut eigenen Angaben": an adjective of the source
    if t[end].lower_ in determiner or t[end].lower_ in _SUBORDINATORS | _SO_DEGREE:
        return end  # "so dass die Reform scheitert", "so weit die Zahlen": no speaker
    return end + 1 if t[end + 1].cap or t[end + 1].lower_ in determiner else end
