"""What a verb of saying reports, and in which sense: its content and a suggestion's.

Split from ``senses`` (which decides whether a hedge or denial cue is epistemic) so each
module keeps one job: where an attribution's reported content lies ("X said that ..." after,
"..., X said" before), whether a German clause is reported speech in Konjunktiv I, and
whether "suggest" proposes or reports an act ("suggested a new route", "apologize for
suggesting") rather than voicing a belief.
"""

from __future__ import annotations

from factcheck_app.analysis.senses import CLAUSE_END, CONTENT_OPENERS
from factcheck_app.analysis.view import DocView


def reports_content(v: DocView, s0: int, s1: int, cue: tuple[int, int], role: str) -> str | None:
    """Where an attribution's reported content lies: "after", "before", "both" or None.

    "X said that ...", "laut X ...": after; "..., X said": before. A verb with no content
    next to it ("clips from other TV shows and movies") reports nothing.
    """
    t = v.toks
    start, end = cue
    if role in ("source_intro", "source_outro"):
        return "after" if start == s0 or t[start - 1].text != "," else "before"
    if start > s0 and t[start - 1].text == "," and end < s1 and t[end].text == ",":
        return "both"  # "All of them, she said, may be poor": an aside inside the content
    if start > s0 and t[start - 1].text in CONTENT_OPENERS:
        for k in range(end, min(s1 - 1, end + 6)):  # over "told CNN on Wednesday"
            if t[k].text in (",", ":") and t[k + 1].text in _QUOTE_OPENERS:
                return "both"  # '"If you look," Scott said, "I could have ...': the quote goes on
            if t[k].is_punct:
                break
        if (
            t[start - 1].text == ","
            and end < s1
            and (t[end].lower_ in _CONTENT_SUBJECTS or t[end].lower_ == "that")
        ):
            return "both"  # "During an interview, Trump said he ...": an opening phrase
        return "before"
    if end < s1 and (t[end].lower_ in CONTENT_OPENERS or t[end].is_lower or t[end].cap):
        return "after"
    return None


#: Quotation marks that open a quote.
_QUOTE_OPENERS = frozenset({'"', "“", "„", "»", "«", "‘", "''"})
#: Subjects that start the reported clause right after a verb of saying ("said he won").
_CONTENT_SUBJECTS = frozenset(
    {"he", "she", "it", "they", "we", "i", "the", "a", "an", "there", "his", "her", "their"}
)


#: Subordinators after which a Konjunktiv I is not reported speech of its own
#: ("dass es nicht ermöglicht werden dürfe", "als sei nichts geschehen").
_SUBORDINATE = frozenset(
    {"dass", "ob", "als", "wenn", "falls", "damit", "sodass", "weil", "obwohl", "wie", "da"}
)
#: Fixed phrases with a Konjunktiv form that report nothing.
_KONJ_IDIOMS = frozenset({"denn", "dahingestellt", "dank", "es", "gesagt"})
#: First-person subjects: "ich habe", "ich werde" are indicative.
_FIRST_PERSON = frozenset({"ich", "wir"})


def reported_speech(v: DocView, s0: int, s1: int, start: int) -> bool:
    """A Konjunktiv I form in a main clause: someone's words, not the writer's
    ("Die Lage sei ernst"); not after "dass"/"ob"/"als", not "sei es", "es sei denn"."""
    t = v.toks
    # "sei es X oder Y" opens its clause (concessive); "Nun sei es ihr eine Ehre" has the
    # verb second after an adverb and reports someone's words
    if (
        start + 1 < s1
        and t[start + 1].lower_ in _KONJ_IDIOMS
        and (t[start + 1].lower_ != "es" or start == s0 or t[start - 1].is_punct)
    ):
        return False
    if start > s0 and t[start - 1].lower_ == "gott" and t[start].lower_ == "sei":
        return False
    if start == s0 + 1 and t[s0].lower_ in _SUBORDINATE:
        return True  # "Damit sei ...", "Da sei ...": an adverb, the verb comes second
    for i in range(max(s0, start - 3), min(s1, start + 2)):
        if t[i].lower_ in _FIRST_PERSON:
            return False
    if t[start].lower_.endswith("e"):
        # "was ich von ihm dazu gehört habe": "habe" with "ich" anywhere in its clause is
        # the indicative of the first person
        for i in range(start - 1, s0 - 1, -1):
            if t[i].is_punct:
                break
            if t[i].lower_ == "ich":
                return False
    if start - 1 > s0 and t[start - 1].text == "," and t[s0].lower_ in _SUBORDINATE:
        # "Da die Stadt säumig sei, habe das Zentrum ...": the verb right after a fronted
        # subordinate clause is the main clause's (German verb-second)
        return not any(t[i].lower_ in _SUBORDINATE for i in range(s0 + 1, start))
    return not any(t[i].lower_ in _SUBORDINATE for i in range(s0, start))


#: Prepositions before a gerund of suggesting: "apologize for suggesting", "after hinting":
#: the act of someone named in the clause, reported; the writer hedges nothing.
_ACT_PREPS = frozenset(
    {"for", "after", "by", "about", "over", "of", "from", "against", "in", "without", "despite"}
)
#: Signs of a finite clause after "suggested" ("suggested the deal had failed"): its object
#: is a claim, not a proposal.
_FINITE = frozenset(
    {
        "may",
        "might",
        "could",
        "would",
        "will",
        "can",
        "should",
        "must",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "does",
        "did",
        "do",
        "n't",
        "not",
    }
)
#: Words of a noun phrase's front that end like verbs ("a few questions", "a revised plan").
_NP_FRONT = frozenset(
    {"few", "more", "less", "many", "several", "other", "new", "different", "number", "series"}
)


def suggestion_act(v: DocView, s0: int, s1: int, start: int, end: int, speaker: bool) -> bool:
    """A verb of suggesting that is no hedge of the writer's: the reported act of a
    person ("apologize for suggesting ..."), or a proposal ("he suggested a more aggressive
    way", "suggested raising taxes": an object, not a claim) when the verb has a speaker.
    "The data suggest a link" (no speaker) and "suggested the deal failed" (a clause) stay
    tentative claims."""
    t = v.toks
    low = t[start].lower_
    if low.startswith("suggestion") or end - start != 1:
        return False
    if low.endswith("ing") and start > s0 and t[start - 1].lower_ in _ACT_PREPS:
        return True
    if not speaker or end >= s1:
        return False
    nxt = t[end]
    if nxt.is_lower and nxt.lower_.endswith("ing") and nxt.lower_ not in ("nothing", "something"):
        return True  # "suggested raising the tax": a proposal
    if nxt.lower_ not in _NP_OPENERS:
        return False
    for k in range(end + 1, min(s1, end + 9)):
        word = t[k]
        if word.text in CLAUSE_END or word.lower_ in ("that", "which", "who", ".", "?"):
            break
        if word.lower_ in _FINITE:
            return False  # "suggested the elephant may have tried": a claim
        if (
            k > end + 1
            and word.is_lower
            and word.lower_.endswith(("ed", "s"))
            and not word.lower_.endswith(("ss", "ous", "us", "is"))
            and t[k - 1].lower_ not in _NP_FRONT
            and t[k - 1].lower_ not in _NP_OPENERS
        ):
            return False  # "suggested the deal failed", "suggests the city backs him"
    return True


#: Openers of a noun phrase object: "suggested a new route", "suggested such a list".
_NP_OPENERS = frozenset(
    {"a", "an", "the", "some", "several", "more", "further", "new", "other", "ways", "changes"}
)


#: Punctuation that ends an embedded attribution's clause.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})


def in_reported_content(v: DocView, cue: tuple[int, int], side: str, start: int, end: int) -> bool:
    """Does the hedge ``start:end`` lie in the words an attribution reports?"""
    if side == "both":
        return True
    if side == "before":
        return end <= cue[0]
    if start < cue[1]:
        return False
    return side == "after" or not any(
        v.toks[k].text in _CLAUSE_BREAKS for k in range(cue[1], start)
    )
