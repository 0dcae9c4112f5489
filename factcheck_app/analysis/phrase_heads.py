"""Heads of English source phrases that name nobody, or nobody who could speak.

Why a module of its own: ``SourceJudge`` decides what a phrase is; these word classes and
shape tests say whose phrase it is when its head is not its last word or not a speaker at
all (issue 11, family 1): a collective noun before "of" ("Majorities of Democrats"), some
people of a possessive's owner ("Mrs. Clinton's confidants"), a time span ("over the past
two weeks") or a lone number after "of" ("the mother of three").
"""

from __future__ import annotations

from factcheck_app.analysis.agent_nouns import (
    IRREGULAR_PEOPLE,
    people_noun,
    people_plural,
    person_noun,
)
from factcheck_app.analysis.view import Lex

#: Plurals of party, creed or nationality words: "Democrats", "Conservatives", "Europeans"
#: name a group, not a speaker (no English surname ends like this).
GROUP_PLURALS = ("icans", "eans", "ians", "crats", "atives", "ives", "erals", "icals", "ists")

#: Collective and quantity nouns whose "of" phrase names the people ("a group of rabbis",
#: "Majorities of Democrats"): no speaker of their own.
COLLECTIVE = frozenset(
    {"group", "groups", "handful", "number", "couple", "dozen", "dozens", "hundreds",
     "thousands", "crowd", "crowds", "team", "panel", "delegation", "coalition", "chorus",
     "bunch", "host", "slew", "majority", "majorities", "minority", "minorities", "lot",
     "lots", "band", "circle"}
)  # fmt: skip


#: People who speak for their principal by office: "the airline's lawyers" are its voice.
REPRESENTATIVES = frozenset(
    {"lawyers", "attorneys", "representatives", "counsel", "solicitors", "barristers"}
)
#: Words that end a head noun: its post-modifiers ("parents with kids", "experts on").
_AFTER_HEAD = frozenset({"with", "in", "at", "from", "for", "on", "who", "whose", "that", "to"})


def collective_of_people(anon: frozenset[str], org: frozenset[str], lows: list[str]) -> bool:
    """ "Majorities of Democrats and Republicans", "a group of rabbis", "a handful of
    protesters": a collective noun before "of" names nobody; the people after "of"
    (up to their own post-modifier) are the head, and a plural of people is unnamed."""
    if "of" not in lows[1:-1]:
        return False
    of = lows.index("of", 1)
    if lows[of - 1] not in COLLECTIVE:
        return False
    rest = lows[of + 1 :]
    cut = next((k for k, low in enumerate(rest) if low in _AFTER_HEAD), len(rest))
    if cut == 0:
        return False
    head = rest[cut - 1]
    return (
        head in anon
        or people_noun(anon, head)
        or person_noun(head)
        or people_plural(head)
        or (head.endswith(GROUP_PLURALS) and head not in org)
    )


#: Nouns of time: "the past two weeks" never says anything.
_TIME_NOUNS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
     "centuries", "day", "week", "month", "year", "decade", "weekend", "weekends"}
)  # fmt: skip


def no_speaker(tokens: list[Lex], before: str) -> bool:
    """A phrase that cannot speak: a time span ("two weeks", "the past few years") or a
    lone number after "of" ("the mother of three replied": her children are no speaker)."""
    last = tokens[-1].lower_
    if last in _TIME_NOUNS and tokens[-1].is_lower:
        return True
    return len(tokens) == 1 and before == "of" and (tokens[0].like_num or last in _NUMBER_WORDS)


_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"}
)


def people_of_owner(anon: frozenset[str], document: frozenset[str], head: str) -> bool:
    """The head after a possessive names some people of the owner, none of them named:
    "Mrs. Clinton's confidants say", "the senator's aides said" (like "Aides to Clinton");
    its lawyers speak for it ("The airline's lawyers argued"), and so do its documents ("The
    Bundesbank's reports")."""
    if head in REPRESENTATIVES or head in document:
        return False
    plural = (
        head.endswith("s") and not head.endswith(("ss", "us", "is"))
    ) or head in IRREGULAR_PEOPLE
    return plural and (people_noun(anon, head) or person_noun(head))
