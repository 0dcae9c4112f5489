"""Plural nouns for people, told apart by their shape rather than a word list.

Why a module of its own: the source judge, the phrase finder and the subject rules all
ask "is this word a plural of people?" ("physicians", "Demonstrators", "strategists"),
and a sentence-initial capital must not turn one into a name. One answer, in one place.
"""

from __future__ import annotations

#: Plural endings of agent and profession nouns that surnames do not share ("Sanders",
#: "Peters" and "Clements" do end in -ers/-ents: those need a longer word).
_AGENT_PLURALS = ("ators", "ists", "icians", "crats", "icans", "eers", "ologists")


def people_plural(low: str) -> bool:
    """A plural noun for people even when capitalised at a sentence start ("Demonstrators",
    "Economists", "Developers"), judged by a productive agent ending, not a word list."""
    if len(low) < 7:
        return False
    return low.endswith(_AGENT_PLURALS) or (
        len(low) >= 10 and low.endswith(("ers", "ents", "ants"))
    )


#: Plural endings of nouns for people after a modifier ("fellow physicians"): looser than
#: ``_AGENT_PLURALS`` because a lower-case word after a modifier is no surname.
_PEOPLE_PLURALS = ("ers", "ists", "ians", "ents", "ants", "ors", "crats", "ees")


def people_noun(anon: frozenset[str], low: str) -> bool:
    """A lower-case word for unnamed people: a listed one ("officials") or a plural of an
    agent or profession noun ("physicians", "strategists"), the head a modifier precedes."""
    return low in anon or (len(low) > 5 and low.endswith(_PEOPLE_PLURALS))


#: Nouns for people with no agent ending (their plurals add -s): the relations and roles
#: news copy quotes without a name ("a longtime friend said", "Friends of the senator
#: say", "a colleague told"). A word class, not a list of sentences: the agent endings
#: above cover "lawyer", "neighbor" and "resident" already.
_PERSON_WORDS = frozenset(
    {"friend", "colleague", "confidant", "confidante", "acquaintance", "ally", "aide",
     "relative", "veteran", "citizen", "student", "parent", "patient", "victim", "expert",
     "official", "source", "critic", "analyst", "diplomat", "staffer", "insider", "delegate",
     "advocate", "associate", "nurse", "pastor", "priest", "rabbi", "imam", "activist",
     "specialist", "economist", "scientist", "lobbyist", "strategist", "pollster",
     "candidate", "guest", "individual", "worker", "voter", "fan", "neighbor", "neighbour",
     "teen", "teenager", "youth", "cop", "guard", "soldier", "volunteer", "adult",
     "peer", "ex-wife", "ex-husband", "operative", "donor", "rival", "constituent",
     "appointee", "nominee", "retiree", "kid", "boy", "girl", "mother", "father", "son",
     "daughter", "husband", "wife", "sister", "brother", "cousin", "user", "member",
     "loyalist", "hardliner", "moderate", "conservative", "liberal", "progressive",
     "independent", "immigrant", "refugee", "migrant", "protester", "protestor",
     "demonstrator", "hacker", "troll", "blogger", "columnist", "pundit", "skeptic",
     "sceptic", "backer", "booster", "defender", "detractor", "opponent", "supporter",
     "clerk", "staff", "employee", "judge"}
)  # fmt: skip
#: Irregular plurals of nouns for people ("the women say", "many men think").
IRREGULAR_PEOPLE = frozenset(
    {"people", "women", "men", "children", "folks", "policemen", "businessmen",
     "businesswomen", "congressmen", "congresswomen", "spokesmen", "spokeswomen",
     "chairmen", "fishermen", "firemen", "servicemen", "townspeople", "spokespeople"}
)  # fmt: skip


def person_noun(low: str) -> bool:
    """A noun for a person or people without an agent ending: "friend", "colleagues",
    "allies", "women" (the agent endings are judged by ``people_noun``)."""
    if low in _PERSON_WORDS or low in IRREGULAR_PEOPLE:
        return True
    if low.endswith("ies"):
        return low[:-3] + "y" in _PERSON_WORDS  # "allies"
    return low.endswith("s") and low[:-1] in _PERSON_WORDS
