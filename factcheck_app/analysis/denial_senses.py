"""Whether a denial denies a claim: the sense checks of the ``disputed`` category.

"denied funding", "will contest the final", "sein Pokalspiel bestreiten" refuse a thing or
name a fixture; "has rejected a media request" contests no claim; "rejected the report as
baseless" is a dispute, not missing evidence; "unconfirmed by the Senate" is an
appointment. Split from :mod:`senses` (the hedge senses), which holds the clause scans
both use.
"""

from __future__ import annotations

from factcheck_app.analysis.senses import CLAUSE_END
from factcheck_app.analysis.view import DocView, Lex

#: Objects that make "deny"/"contest"/"bestreiten" a refusal, a sports fixture, a court or
#: election sense: nothing claim-like is being disputed.
NON_CLAIM_OBJECTS = frozenset(
    {
        # refusing a thing or a right
        "access",
        "admission",
        "asylum",
        "bail",
        "benefits",
        "citizenship",
        "coverage",
        "entry",
        "funding",
        "funds",
        "permission",
        "permit",
        "request",
        "requests",
        "service",
        "treatment",
        "visa",
        "visas",
        "sanctuary",
        "refuge",
        "shelter",
        "haven",
        "passage",
        "right",
        "rights",
        "opportunity",
        "chance",
        "platform",
        # proposals and offers: rebuffing one refuses it, no claim is disputed
        "compromise",
        "offer",
        "offers",
        "proposal",
        "proposals",
        "invitation",
        "overture",
        "overtures",
        "advances",
        "zugang",
        "einreise",
        "visum",
        "asyl",
        # sport
        "final",
        "finals",
        "match",
        "game",
        "games",
        "race",
        "title",
        "championship",
        "tournament",
        "spiel",
        "spiele",
        "pokalspiel",
        "finale",
        "endspiel",
        "rennen",
        "wettkampf",
        "wettkämpfe",
        "meisterschaft",
        "titel",
        "turnier",
        # elections and courts
        "election",
        "elections",
        "seat",
        "primary",
        "nomination",
        "wahl",
        "wahlen",
        "wahlkampf",
        "mandat",
        "convention",
        "conventions",
        "caucus",
        "caucuses",
        "territory",
        "territories",
        "region",
        "lawsuit",
        "suit",
        "appeal",
        "motion",
        "petition",
        "case",
        "klage",
        "prozess",
        "lebensunterhalt",
    }
)
#: "rejected the claim as baseless": the adjective belongs to the denial.
BASELESS = frozenset(
    {
        "baseless",
        "groundless",
        "unfounded",
        "haltlos",
        "haltlose",
        "haltlosen",
        "unbegründet",
        "gegenstandslos",
    }
)


def denies_a_thing(v: DocView, s0: int, s1: int, start: int, end: int) -> bool:
    """A denial whose object is no claim: "denied funding", "were denied visas",
    "will contest the final", "sein Pokalspiel bestreiten".

    The object is looked for on both sides within the clause (German puts it before a
    verb at the clause end); "was denied by X" keeps its claim-like subject.
    """
    t = v.toks
    if t[start].lower_.startswith("disavow") and end < s1 and t[end].is_title:
        return True  # "have disavowed Trump": a person renounced, no claim denied
    passive = end < s1 and t[end].lower_ == "by"
    if end < s1 and t[end].lower_ in ("from", "to") and end - start == 1:
        return True  # "being denied from traveling", "denied to him": a refusal
    for i in range(end, end if passive else min(s1, end + 5)):  # a passive: its subject
        low = t[i].lower_
        if t[i].text in CLAUSE_END or low in ("that", "dass", "."):
            break
        if low in NON_CLAIM_OBJECTS and _common(t, s0, i):
            return True
    for i in range(start - 1, max(s0 - 1, start - 6), -1):
        low = t[i].lower_
        if t[i].text in CLAUSE_END:
            break
        if low in NON_CLAIM_OBJECTS and _common(t, s0, i):
            return True  # "a compromise rebuffed by Republicans": the subject refused
    return False


def _common(t: list[Lex], s0: int, i: int) -> bool:
    """A common noun, not part of a name ("Ballot Access News"); German nouns are
    capitalised, so there a capital counts unless its neighbour is capitalised too."""
    if t[i].is_lower or i == s0:
        return True
    return not (i > s0 and t[i - 1].is_title) and not (i + 1 < len(t) and t[i + 1].is_title)


#: Nouns of something claimed: what an active "has rejected"/"has challenged" must have
#: as its object to report a dispute about a claim.
_CLAIM_NOUNS = frozenset(
    {
        "claim",
        "claims",
        "report",
        "reports",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "charge",
        "charges",
        "finding",
        "findings",
        "account",
        "accounts",
        "assertion",
        "assertions",
        "statement",
        "statements",
        "figures",
        "data",
        "story",
        "study",
        "estimate",
        "estimates",
        "version",
        "suggestion",
        "suggestions",
        "notion",
        "idea",
        "premise",
        "characterization",
        "characterisation",
        "that",
    }
)
_PERFECT = frozenset({"has", "have", "had"})
#: Verbs of contest whose object may be anything (a denial always denies something said).
_CONTEST_VERBS = frozenset({"criticized", "criticised", "rejected", "challenged", "questioned"})
#: Words before the noun "dispute" that make it a conflict between parties.
_CONFLICT_BEFORE = frozenset(
    {"the", "a", "this", "that", "their", "its", "his", "her", "our", "legal", "trade", "labour"}
)


def contest_without_claim(v: DocView, s0: int, s1: int, start: int, end: int) -> bool:
    """An active "has criticized long-standing free-trade deals", "has rejected a media
    request": no claim is disputed (a passive "was rejected" keeps its subject, and the
    object decides an active verb). Also the noun "the dispute": a conflict of parties."""
    t = v.toks
    low = t[start].lower_
    if low in ("contest", "contests") and end - start == 1 and _noun_position(t, s0, start):
        return True  # "competitive contests in the upcoming states": races, no dispute
    if low in ("dispute", "disputes") and start > s0 and t[start - 1].lower_ in _CONFLICT_BEFORE:
        return not any(t[k].lower_ in _CLAIM_NOUNS for k in range(end, min(s1, end + 5)))
    if low not in _CONTEST_VERBS or end - start != 1:
        return False
    k = start - 1
    while k > s0 and t[k].lower_.endswith("ly"):
        k -= 1  # "has sharply criticized"
    if k < s0 or t[k].lower_ not in _PERFECT:
        return False
    for k in range(end, min(s1, end + 6)):
        if t[k].text in CLAUSE_END:
            break
        if t[k].lower_ in _CLAIM_NOUNS:
            return False
    return True


#: Adjective endings: a word before "contests" with one makes it a noun ("close contests").
_ADJECTIVE_ENDINGS = ("ive", "al", "ic", "ous", "ful", "ary", "est", "ing", "ed")
#: Words before a verb "contest": subjects, auxiliaries, modals, "to".
_VERB_BEFORE = frozenset(
    {"to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does",
     "do", "also", "they", "we", "i", "you", "he", "she", "it", "not", "n't", "still"}
)  # fmt: skip


def _noun_position(t: list[Lex], s0: int, start: int) -> bool:
    """ "the contest", "two contests", "competitive contests": a determiner, a number or
    an adjective before the word make it the noun (a race), not the verb of disputing."""
    if start == s0:
        return False
    prev = t[start - 1]
    low = prev.lower_
    if low in ("'s", "’s", "-") or (start - 2 >= s0 and t[start - 2].text == "-"):
        return True  # "the state's contest", "a head-to-head contest": a race
    if low in _VERB_BEFORE or not (prev.is_alpha or prev.like_num):
        return False
    return (
        low in _CONFLICT_BEFORE
        or low in ("an", "these", "those", "two", "three", "four", "five", "several", "many")
        or prev.like_num
        or (prev.is_lower and low.endswith(_ADJECTIVE_ENDINGS))
    )


#: Verbs of saying that are denials: a thing as their object makes them no statement.
DENIAL_VERBS = frozenset(
    {
        "deny",
        "denies",
        "denied",
        "denying",
        "reject",
        "rejects",
        "rejected",
        "dismiss",
        "dismisses",
        "dismissed",
        "contest",
        "contested",
        "dispute",
        "disputed",
        "refute",
        "refuted",
        "rebuff",
        "rebuffs",
        "rebuffed",
        "bestritt",
        "bestreitet",
        "bestreiten",
        "zurückgewiesen",
    }
)


#: Bodies that confirm people in office: "unconfirmed by the Senate" is no claim unchecked.
_CONFIRMING_BODIES = frozenset({"senate", "parliament", "congress", "legislature", "assembly"})


def confirmed_in_office(v: DocView, s1: int, end: int) -> bool:
    """ "should Pierluisi remain unconfirmed by the Senate": an appointment, not evidence."""
    t = v.toks
    k = end
    if k < s1 and t[k].lower_ == "by":
        k += 1
        if k < s1 and t[k].lower_ == "the":
            k += 1
        return k < s1 and t[k].lower_ in _CONFIRMING_BODIES
    return False


def baseless_after_denial(v: DocView, s0: int, start: int, denials: list[tuple[int, int]]) -> bool:
    """ "rejected the report as baseless": the no-evidence word qualifies the denial."""
    # "wies die Vorwürfe als haltlos zurück": a separable German denial spans the adjective
    return v.toks[start].lower_ in BASELESS and any(s < start <= e + 4 for s, e in denials)
