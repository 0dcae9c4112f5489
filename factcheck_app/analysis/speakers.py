"""Pronouns and their antecedents: agreement in gender, the nearest compatible person.

"She said" is resolved to the most recent person whose gender fits. Gender is learned
from the text itself, never from a list of first names: a gendered title ("Mrs",
"spokeswoman", German "-in" titles such as "Außenministerin"), a pronoun that refers back
to the name in its own sentence ("Choe Son Hui made it clear that her country ..."), or an
earlier resolution. A pronoun with no fitting person is reported as unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck_app.analysis import messages
from factcheck_app.analysis.agent_nouns import people_noun, people_plural
from factcheck_app.analysis.source_judge import PLACE_NOUNS
from factcheck_app.analysis.source_names import NAME_OPENERS
from factcheck_app.analysis.view import DocView

if TYPE_CHECKING:
    from factcheck_app.analysis.claims import ClaimRules
    from factcheck_app.analysis.findings import SpeakerState
    from factcheck_app.analysis.lexicon import Entry
    from factcheck_app.analysis.source_judge import Source
    from factcheck_app.analysis.sources import SourceFinder
    from factcheck_app.explanations import Explanation

FEMININE = "f"
MASCULINE = "m"

#: Pronouns that pick a gender; German "sie" is feminine only with a singular verb.
_PRONOUN_GENDER = {"she": FEMININE, "he": MASCULINE, "sie": FEMININE, "er": MASCULINE}
_FEMALE_TITLES = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "frau", "queen", "princess"}
)
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "herr", "king", "prince"})
_FEMALE_NOUNS = ("woman", "women")
_MALE_NOUNS = ("man", "men")
#: Words after a name in its own sentence that refer back to it.
_BACK_REFERENCE = {
    "she": FEMININE,
    "her": FEMININE,
    "hers": FEMININE,
    "herself": FEMININE,
    "he": MASCULINE,
    "his": MASCULINE,
    "him": MASCULINE,
    "himself": MASCULINE,
    "er": MASCULINE,
    "sein": MASCULINE,
    "seine": MASCULINE,
    "seinen": MASCULINE,
    "seinem": MASCULINE,
    "seiner": MASCULINE,
    "ihm": MASCULINE,
}
_OTHER_NAME_BREAK = frozenset({"and", "und", "with", "mit", "met", "traf"})
#: Pronouns that stand for a group or organisation rather than one person.
_GROUP_PRONOUNS = frozenset({"they", "we", "wir"})
#: Third-person plural pronouns: a plural subject of an earlier sentence can be meant.
_THEY = frozenset({"they"})


def pronoun_gender(v: DocView, i: int, s1: int) -> str | None:
    """The gender a pronoun asks for (None: any, e.g. "I", plural "sie sagten")."""
    t = v.toks
    low = t[i].lower_
    gender = _PRONOUN_GENDER.get(low)
    if low == "sie":
        # "sie sagte" (she), "sie sagten" (they): the verb's number decides
        nxt = t[i + 1].lower_ if i + 1 < s1 else ""
        prev = t[i - 1].lower_ if i > 0 else ""
        verb = nxt if nxt.isalpha() else prev
        if verb.endswith("n"):
            return None
    return gender


def plural_sie(v: DocView, i: int, s1: int) -> bool:
    """German "sie" with a plural verb ("sie sagten", "sagten sie"): they, not she."""
    t = v.toks
    if t[i].lower_ != "sie":
        return False
    return pronoun_gender(v, i, s1) is None


def title_gender(words: list[str], de: bool, titles: frozenset[str]) -> str | None:
    """Gender from the words of a speaker phrase: "Mrs", "spokeswoman", "Ministerin"."""
    for word in words:
        if word in _FEMALE_TITLES or word.endswith(_FEMALE_NOUNS):
            return FEMININE
        if word in _MALE_TITLES or (word.endswith(_MALE_NOUNS) and not word.endswith("human")):
            return MASCULINE
        if de and word in titles:
            return FEMININE if word.endswith("in") else MASCULINE
    return None


def pronoun_speaker(
    claims: ClaimRules, state: SpeakerState, v: DocView, s0: int, s1: int, source: Source
) -> tuple[str | None, Explanation]:
    """Who a pronoun speaker stands for, and why: "he" and "she" the nearest person of
    that gender (or of a gender the text never gave: then the explanation says so rather
    than claim "the last woman named"), "they" a plural subject or the last group, "we"
    the last group; an unresolved pronoun says so."""
    low = source.text.lower()
    # "they", German "sie sagten" may be an organisation; "he" may not
    group = low in _GROUP_PRONOUNS or plural_sie(v, source.start, s1)
    gender = None if group else pronoun_gender(v, source.start, s1)
    if group:
        resolved = (
            claims.resolve_group(state, (v, s0, source.start))  # a plural subject continues
            if low in _THEY
            else state.last_group
        )
    else:
        resolved = claims.resolve(state, gender, (v, s0, source.start))
        if resolved is not None:  # the person is this sentence's subject now
            state.person(resolved, None, True, (id(v), s0))
    if resolved is None:
        return None, messages.unresolved(source.text)
    if gender is not None and resolved in state.assumed:
        gender = messages.ASSUMED  # only pronouns gave this person a gender
    return resolved, messages.resolved(source.text, resolved, gender, group)


def name_gender(v: DocView, s0: int, start: int, end: int, s1: int) -> str | None:
    """The gender the text gives a person named at ``start:end`` but not as a speaker:
    a title just before the name ("Mrs Dana Ferris led", "the actress Ann Lee") or a
    he/she/his/her after it in its sentence."""
    t = v.toks
    before = [t[k].lower_ for k in range(max(s0, start - 2), start)]
    words = before + [t[k].lower_ for k in range(start, end)]
    return title_gender(words, False, frozenset()) or back_reference(v, end, s1)


def back_reference(v: DocView, end: int, s1: int) -> str | None:
    """The first he/she/his/her after a name in its own sentence, before another name."""
    t = v.toks
    for i in range(end, min(s1, end + 25)):
        low = t[i].lower_
        if low in _OTHER_NAME_BREAK:
            return None
        gender = _BACK_REFERENCE.get(low)
        if gender is not None:
            return gender
    return None


#: German articles that mark a noun phrase as not nominative: it cannot be the speaker.
_OBLIQUE_ARTICLES = frozenset({"dem", "einem", "des", "eines", "den", "einen"})
#: Last words of a place's name ("New York State", "McDonald Park", "British Columbia
#: Province"): beyond the judge's place nouns, words that are also offices' objects
#: ("Secretary of State") and so only safe as the end of a capitalised run.
_PLACE_ENDS = PLACE_NOUNS | frozenset(
    {
        "state",
        "province",
        "county",
        "city",
        "district",
        "region",
        "territory",
        "park",
        "airport",
        "station",
        "bridge",
        "avenue",
        "road",
        "harbour",
        "harbor",
        "port",
        "mountain",
        "hill",
        "desert",
        "forest",
        "village",
        "town",
        "square",
        "mediterranean",
        "pacific",
        "atlantic",
        "arctic",
        "columbia",
        "land",
        "stadium",
        "arena",
        "bundesland",
        "stadt",
        "kreis",
        "landkreis",
        "bezirk",
    }
)
#: First words of places and regions, never of a person's name ("Eastern Mediterranean",
#: "North Rhine-Westphalia"); nationality words come from the lexicon.
_COMPASS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "nord",
        "süd",
        "ost",
    }
)


def name_part(t: list, i: int, end: int, nonname: frozenset[str]) -> bool:
    """Whether capitalised token ``i`` may be part of a name: not a listed non-name word,
    unless it opens one mid-sentence ("the New York police": "New", not just "York")."""
    low = t[i].lower_
    if low not in nonname:
        return True
    return low in NAME_OPENERS and i + 1 < end and t[i + 1].is_title


def surname_like(t: list, s0: int, nonname: frozenset[str]) -> bool:
    """Whether a sentence opens like "Honcharuk filed ...": one capitalised word that is
    no listed non-name, then a lowercase word. Such a sentence holds no name cue (its
    capital proves nothing) but may continue a person named before by their surname."""
    return (
        s0 + 1 < len(t)
        and t[s0].is_title
        and t[s0].is_alpha
        and t[s0].lower_ not in nonname
        and t[s0 + 1].is_lower
    )


def person_names(
    finder: SourceFinder,
    v: DocView,
    s0: int,
    s1: int,
    checkable: Sequence[tuple[int, int, Entry | None]],
    subject_only: bool = False,
    last_only: bool = False,
) -> list[tuple[int, int]]:
    """The multi-word names of people ("Angela Merkel", "Minister Anna Berg") in a
    sentence, as token spans in text order: capitalised runs that are not a country, an
    organisation, a nationality, a place ("New York State", "British Columbia") or a
    determined common phrase. ``subject_only``: not after a German oblique article
    ("einem Finanzminister"). ``last_only``: stop at the last one.
    """
    t = v.toks
    runs: list[list[int]] = []
    first = t[s0]
    for start, end, entry in sorted(checkable, key=lambda c: c[0]):
        if entry is not None and entry.feature != "entity":
            continue  # (None: a capitalised word the caller found itself)
        if (
            start == s0 + 1
            and first.is_title
            and (first.lower_ not in finder.nonname or first.lower_ in finder.title)
            and first.lower_ not in finder.determiner
        ):
            runs.append([s0])  # a name or a title opening the sentence ("Mr Smith went")
        if t[start].lower_ in finder.title:
            while end < s1 and end - start < 4 and t[end].is_title:
                end += 1  # "Kanzlerin Angela Merkel": the title is the cue, the name follows
        if start - 1 > s0 and t[start - 1].lower_ in NAME_OPENERS and t[start - 1].is_title:
            start -= 1  # "New York": the opener is listed as a non-name word
        for i in range(start, end):
            if runs and runs[-1][-1] == i - 2 and t[i - 1].text == "-":
                runs[-1].extend((i - 1, i))  # "John Rhys-Davies", "Jean-Yves Le Drian"
            elif runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            elif not runs or runs[-1][-1] < i:
                runs.append([i])
    out: list[tuple[int, int]] = []
    for run in reversed(runs):
        titled = False
        while run and t[run[0]].lower_ in finder.title:
            run = run[1:]
            titled = True
        if run and run[0] == s0 and t[s0].lower_ in finder.nonname:
            run = run[1:]  # "And I was ...": the sentence's capital opens no name
        if any(t[i].text == "I" for i in run):
            continue  # the pronoun "I" is nobody's name
        while len(run) > 2 and (
            t[run[0]].lower_ in finder.country or t[run[0]].lower_ in finder.nationality
        ):
            run = run[1:]  # "Zimbabwe Robert Mugabe": the country before a name is no part
        if not run or len(run) > 4 or (len(run) < 2 and not titled):
            continue
        words = [t[i].lower_ for i in run]
        before = t[run[0] - 1].lower_ if run[0] > s0 else ""
        if subject_only and before in _OBLIQUE_ARTICLES:
            continue  # "Einem Finanzminister seien ... bekannt": not who speaks
        if (
            " ".join(words) in finder.country
            or any(w in finder.org or w in finder.org_suffix for w in words)
            or all(w in finder.nationality for w in words)
            or (not titled and before in finder.determiner)
            or (not titled and _place(finder, words))
        ):
            continue  # a country, an organisation, a place or "the ...": not a person
        out.append((run[0], run[-1] + 1))
        if last_only:
            break
    out.reverse()
    return out


def _place(finder: SourceFinder, words: list[str]) -> bool:
    """A capitalised run naming a place: "New York State", "Eastern Mediterranean",
    "British Columbia", "McDonald Park" (its last word a place noun, or its first a
    compass point, a nationality or a name opener) and no title."""
    if any(w in finder.title for w in words[:-1]):
        return False  # "German Chancellor Olaf Scholz": a title makes it a person
    return (
        words[-1] in _PLACE_ENDS
        or words[0] in _COMPASS
        or words[0] in NAME_OPENERS
        or words[0] in finder.nationality
    )


def subject_position(finder: SourceFinder, v: DocView, s0: int, start: int) -> bool:
    """Whether a name at token ``start`` opens its sentence's main clause: nothing but
    titles, determiners, nationality words and capitals before it, or an opening phrase
    closed by a comma ("On Tuesday, Greek prime minister Kyriakos Mitsotakis ...")."""
    t = v.toks
    for k in range(start - 1, s0 - 1, -1):
        tok = t[k]
        low = tok.lower_
        if low == ",":
            return True
        if tok.is_title or low in finder.title or low in finder.determiner:
            continue
        if low in finder.nationality or not tok.text.strip() or low in ("'s", "’s"):
            continue
        return False
    return True


#: Words that may open a sentence before its subject, up to a comma: "On Wednesday, ...".
_OPENERS = frozenset(
    {
        "on",
        "in",
        "at",
        "after",
        "before",
        "during",
        "earlier",
        "later",
        "yesterday",
        "today",
        "meanwhile",
        "however",
        "also",
        "last",
        "this",
        "since",
    }
)
#: Plural nouns for people that no agent ending shows: "his Greek counterparts".
_PEOPLE_PLURALS = frozenset(
    {"counterparts", "colleagues", "allies", "peers", "delegates", "partners", "members"}
)
_SUBJECT_LINKS = frozenset({"and", ",", "of", "'s", "’s", "his", "her", "their", "its", "both"})


def group_subject(finder: SourceFinder, v: DocView, s0: int, s1: int) -> tuple[int, int] | None:
    """The plural subject opening a sentence's main clause, as a token span: names or
    people joined by "and" ("Egyptian foreign minister Sameh Shoukry and his Greek,
    Cypriot and French counterparts", "Turkey and Libya") or a plural noun for people
    ("The foreign ministers"). Names inside objects and relative clauses are no subject:
    the phrase ends at its first lower-case word that is no title, determiner or link.
    """
    t = v.toks
    k = s0
    while k < s1 and not t[k].text.strip():
        k += 1
    if k < s1 and t[k].lower_ in _OPENERS:
        comma = next((j for j in range(k, min(s1, k + 8)) if t[j].text == ","), None)
        if comma is None:
            return None
        k = comma + 1
    start = k
    conjoined = False
    end = None
    j = start
    while j < s1 and j - start < 25:
        tok = t[j]
        low = tok.lower_
        if low == "and":
            if j == start:
                return None
            conjoined = True
        elif (
            tok.cap or low in _SUBJECT_LINKS or (low in finder.np_words and low not in finder.anon)
        ):
            pass  # names, titles, determiners, nationality words and links
        elif (
            (
                tok.is_lower
                and low not in finder.document  # "The study reports": a document, no people
            )
            and (
                people_noun(finder.anon, low)
                or low in _PEOPLE_PLURALS
                or (low.endswith("s") and low[:-1] in finder.office)
                or (conjoined and low.endswith("s") and not low.endswith("ss"))
            )
        ):
            end = j + 1  # the plural head closes the phrase
            break
        else:
            if conjoined:
                end = j  # "Merkel and Macron met": the verb ends the subject
            break
        j += 1
    if end is None or end - start < 2 or t[start].lower_ in finder.nonname - finder.determiner:
        return None
    while end > start and (
        t[end - 1].lower_ in _SUBJECT_LINKS or t[end - 1].lower_ in finder.determiner
    ):
        end -= 1  # "Queloz and Mayor, both": the phrase ends at its last name or noun
    if not conjoined and t[end - 1].is_title:
        return None  # a single name is a person, not a group
    return start, end


def reason_phrase(finder: SourceFinder, v: DocView, source: Source) -> bool:
    """A determined plural of things, neither people nor documents ("the health risks",
    "the security concerns"): after "citing" or "according to" a reason or a plan,
    never a speaker."""
    t = v.toks
    head = t[source.end - 1]
    low = head.lower_
    return (
        t[source.start].lower_ in finder.determiner
        and head.is_lower
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and low not in finder.anon
        and low not in finder.document
        and not people_noun(finder.anon, low)
        and not people_plural(low)
        and low[:-1] not in finder.title
    )


def titled_name(
    finder: SourceFinder,
    v: DocView,
    s0: int,
    opening: tuple[int, int] | None,
    aside: tuple[int, int] | None,
    commas: tuple[int, int],
) -> tuple[int, int] | None:
    """ "The governor of Puerto Rico, Wanda Vázquez Garced, said": a definite office
    opening the sentence and a person's name filling the apposition after it are one
    speaker, the person, and the title stays with the name (the whole span); None for
    other asides ("One of the study's authors, herpetologist David Blackburn,")."""
    if opening is None or aside is None or opening[0] != s0 or aside != (commas[0] + 1, commas[1]):
        return None
    if opening[1] != commas[0] or any(v.toks[k].is_punct for k in range(s0, commas[0])):
        return None
    if finder.judge(v, aside[0], aside[1], s0).kind != "person":
        return None
    t = v.toks
    keep = finder.links | finder.determiner | finder.title
    if any(
        t[k].is_lower and t[k - 1].cap and t[k + 1].cap and t[k].lower_ not in keep
        for k in range(opening[0] + 1, opening[1] - 1)
    ):
        return None  # "Rudaw reports Mahan's director, ...": a verb, no one phrase
    kind = finder.judge(v, opening[0], opening[1], s0).kind
    if kind not in ("office", "office_holder", "org") or not any(
        v.toks[k].lower_ in finder.title for k in range(*opening)
    ):
        return None  # "The Ask Wellness Society, Bob Hughes,": no title to keep
    return opening[0], commas[1]


#: Words that open an apposition after a comma: "Kerik, a former commissioner ...,".
_APPOSITION = frozenset({"a", "an", "the", "former", "his", "her", "their", "its"})


def described(
    t: list, s0: int, chunks: list[tuple[int, int]], verb: int, nonname: frozenset[str]
) -> tuple[int, int] | None:
    """The name an apposition before the verb describes: "William Conley, a United States
    District judge, ordered" is Conley's act, "Kerik, a former commissioner of the New
    York police, was convicted" Kerik's, and with no name before it ("Later, a United
    States District judge, ordered") the whole phrase between the commas, never the name
    inside it; None when the last name is no apposition's."""
    last = chunks[-1]
    close = last[1]
    while close < verb and t[close].text != ",":
        close += 1
    if close >= verb:
        return None  # no comma closes the phrase before the verb
    k = last[0] - 1
    while k > s0 and t[k].text != ",":
        k -= 1
    if k <= s0 or t[k].text != "," or k + 1 >= last[0] or t[k + 1].lower_ not in _APPOSITION:
        return None
    earlier = [c for c in chunks if c[1] == k]
    if earlier:
        return earlier[-1]
    if k == s0 + 1 and t[s0].is_title and t[s0].lower_ not in nonname:
        return s0, s0 + 1  # a surname opening the sentence
    return k + 1, close  # the described person has no name here
