"""Token shapes between an English subject and its verb of saying, without a parser.

Why a module of its own: ``subjects`` judges a verb's subject phrase; these pure shape tests
say where that phrase ends and which words between it and the verb are no part of it (a
catenative verb or a comparison that passes the subject on, a comma-fenced relative clause
or list of examples, a short adverbial aside, a dashed aside, a progressive's copula, an
apposition after the subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck_app.analysis.source_names import IRREGULAR_PAST
from factcheck_app.analysis.speakers import titled_name
from factcheck_app.analysis.view import DocView

if TYPE_CHECKING:
    from factcheck_app.analysis.sources import SourceFinder

#: Adverbs between a subject and its verb ("have long insisted", "often say").
ADVERBS = frozenset(
    {"always", "often", "long", "sometimes", "never", "ever", "still", "all", "alike"}
)
#: Adverbs that may stand as a comma-fenced aside between subject and verb.
ASIDES = frozenset({"however", "though", "too", "meanwhile", "also", "instead", "moreover"})

#: Verbs that pass their subject on to a verb of saying after "to" ("continued to call").
_CATENATIVE = frozenset(
    {"continue", "continues", "continued", "begin", "begins", "began", "begun", "start",
     "starts", "started", "tend", "tends", "tended", "went", "go", "goes", "rushed",
     "hastened", "proceeded", "declined", "refused", "dared", "ventured"}
)  # fmt: skip
#: Comparatives before "likely to" ("were more likely to say").
COMPARATIVES = frozenset({"more", "less", "most", "least", "equally", "as", "just"})
#: Words that open a comma-fenced phrase between a subject and its verb.
_FENCE_OPENERS = frozenset(
    {"who", "which", "including", "like", "such", "among", "especially", "particularly",
     "notably", "many", "most", "some", "all", "both", "mostly", "along"}
)  # fmt: skip
_MAX_FENCE = 20


def catenative(v: DocView, s0: int, verb: int) -> int | None:
    """The verb whose subject a verb of saying after "to" or an -ing form shares:
    "continued to call for", "have begun urging" (the catenative verb itself), "were more
    likely to say" (the copula)."""
    t = v.toks
    if verb - 1 >= s0 and t[verb].lower_.endswith("ing") and t[verb - 1].lower_ in _CATENATIVE:
        return verb - 1  # "more Republicans have begun urging"
    if verb - 2 < s0 or t[verb - 1].lower_ != "to":
        return None
    k = verb - 2
    if t[k].lower_ in _CATENATIVE:
        return k
    if t[k].lower_ == "likely" and k - 2 >= s0 and t[k - 1].lower_ in COMPARATIVES:
        return copula_before(v, s0, k - 1)
    return None


def copula_before(v: DocView, s0: int, comparative: int) -> int | None:
    """The copula before a comparative, over degree adverbs ("are slightly more likely")."""
    t = v.toks
    k = comparative - 1
    while k > s0 and t[k].is_lower and t[k].lower_.endswith("ly") and comparative - k < 3:
        k -= 1
    return k if k >= s0 and t[k].lower_ in ("were", "are", "was", "is") else None


def fenced_phrase(v: DocView, s0: int, comma: int) -> int | None:
    """The opening comma of a fenced phrase ending at ``comma``: a relative clause or a
    list of examples between the subject and its verb ("Central European leaders, who
    have opposed quotas, said"; "many tax experts, including Mr. Goldberg, have"). A list
    of names inside it has commas of its own ("Critics, like Senators Charles E. Grassley,
    Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont, see"): a comma before a
    capital or a conjunction continues the list."""
    t = v.toks
    for k in range(comma - 1, max(s0, comma - _MAX_FENCE) - 1, -1):
        if t[k].text in ('"', "“", "”", ";", ":", "(", ")"):
            return None
        if t[k].text == ",":
            if k + 1 < comma and t[k + 1].lower_ in _FENCE_OPENERS and k > s0:
                return k
            if not (k + 1 < comma and (t[k + 1].cap or t[k + 1].lower_ in ("and", "or"))):
                return None
    return None


#: Dashes that fence an aside ("Democrats -- including Clinton -- accused").
DASHES = frozenset({"--", "—", "–"})
#: Prepositions that open a short comma-fenced aside: ", for instance,", ", in turn,",
#: ", of course,", ", at least,", ", by contrast,", ", in particular,".
_ASIDE_PREPS = frozenset({"for", "in", "of", "at", "by", "on", "above", "after", "as"})
_MAX_ASIDE = 4


def short_aside(v: DocView, s0: int, comma: int) -> int | None:
    """The opening comma of a short adverbial aside ending at ``comma``: up to four
    lowercase words opened by a preposition or an adverb ("Cement makers, for instance,
    argue"; "Experts, of course, say"; "Voters, understandably, worry")."""
    t = v.toks
    for k in range(comma - 1, max(s0, comma - _MAX_ASIDE - 1) - 1, -1):
        if t[k].text == ",":
            if k == comma - 1 or k <= s0:
                return None
            first = t[k + 1].lower_
            opened = first in _ASIDE_PREPS or first in ASIDES or first.endswith("ly")
            return k if opened else None
        if not (t[k].is_lower and t[k].is_alpha):
            return None
    return None


def dashed_aside(v: DocView, s0: int, dash: int) -> int | None:
    """The opening dash of an aside closed by the dash at ``dash`` ("Democrats --
    including Clinton -- quickly accused"); an aside that adds a conjunct ("-- and Mr.
    Reid --") is part of the subject, not an aside."""
    t = v.toks
    for k in range(dash - 1, max(s0, dash - _MAX_FENCE) - 1, -1):
        if t[k].text in ('"', "“", "”", ";", ":"):
            return None
        if t[k].text in DASHES:
            if k <= s0 or k == dash - 1 or t[k + 1].lower_ in ("and", "or", "but"):
                return None
            return k
    return None


def after_be(v: DocView, s0: int, verb: int) -> bool:
    """ "leaders are (now openly) questioning whether": a progressive, a finite verb."""
    t = v.toks
    k = verb - 1
    while k >= s0 and t[k].is_lower and (t[k].lower_.endswith("ly") or t[k].lower_ in ADVERBS):
        k -= 1
    return k >= s0 and t[k].lower_ in ("is", "are", "was", "were", "been")


#: How far an aside between a sentence-opening name and its verb of saying may run ("Jorge
#: Castañeda, a former foreign minister who is a harsh critic of the president, suggests").
_APPOSITION_REACH = 30
#: Words before a name in an aside that make it no apposition ("including Ana Lima").
_NOT_JOB_WORDS = frozenset({"including", "like", "such", "as", "and", "or", "with", "except"})
#: Marks that end the search for an apposition's opening comma.
_APPOSITION_STOPS = frozenset({'"', "“", "”", "„", "‘", "’", "«", "»", "'", ";", ":"})


def before_apposition(
    finder: SourceFinder, v: DocView, s0: int, comma: int
) -> tuple[int, int] | None:
    """ "Biden, speaking at the White House, said": the subject precedes the aside
    (which may hold a relative clause of its own: "X, a spokeswoman for Y, which is
    made up of Z, said")."""
    t = v.toks
    for i in range(comma - 1, max(s0, comma - _APPOSITION_REACH), -1):
        if t[i].text in (",", "–", "—") and i > s0:
            span = finder.left(v, i, s0)
            aside = finder.left(v, comma, i + 1)
            titled = titled_name(finder, v, s0, span, aside, (i, comma))
            if titled is not None:
                return titled  # "The governor of Puerto Rico, Wanda Vázquez Garced,"
            if (
                span is not None
                and aside is not None
                and aside[0] - i <= 3  # over a job word: "herpetologist David Blackburn"
                and all(
                    t[k].is_alpha and t[k].lower_ not in _NOT_JOB_WORDS
                    for k in range(i + 1, aside[0])
                )
                and not any(t[k].is_punct for k in range(s0, i))
                and t[i - 1].is_lower  # a common noun's phrase, not "Chappaqua, N.Y.,"
                and finder.judge(v, aside[0], aside[1], s0).kind in ("person", "office_holder")
            ):
                # "One of the study's authors, herpetologist David Blackburn, told":
                # a named aside right before the verb names the opening phrase's person
                return aside
            if span is not None and (
                span[0] == s0 or (span[0] == s0 + 1 and t[s0].lower_ in _OPENING_WORDS)
            ):
                return span  # "But state Rep. Gilda Cobb-Hunter, a member of ..., recalled"
            if finder.de and 1 < comma - i <= 4:
                # "Der Chef der Deutschen Bank, Christian Sewing, sagte": the name in
                # the apposition is the speaker
                named_aside = finder.judge(v, i + 1, comma, s0)
                if named_aside.kind == "person":
                    return i + 1, comma
            if i + 1 < comma and t[i + 1].lower_ in ("which", "who"):
                continue  # ", which is made up of investors,": a relative inside the aside
            return None
        if t[i].text in _APPOSITION_STOPS and not title_in_quotes(v, i, comma):
            return None
    return None


#: Sentence-opening conjunctions before a subject ("But state Rep. Cobb-Hunter, ...").
_OPENING_WORDS = frozenset({"but", "and", "yet", "so", "still", "now", "meanwhile"})
#: Lower-case words inside a title ("The Art of the Deal").
_TITLE_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to"})


def title_in_quotes(v: DocView, quote: int, comma: int) -> bool:
    """'host of MSNBC's "Morning Joe,"': a short title in quotation marks up to the comma
    (American style puts the comma inside), a part of the aside, not a quotation."""
    t = v.toks
    return (
        t[quote].text in ('"', "“")
        and 1 < comma - quote <= 7
        and t[quote + 1].cap
        and all(t[k].cap or t[k].lower_ in _TITLE_WORDS for k in range(quote + 1, comma))
    )


#: Share words after a figure ("74 percent of", "95% of", "60 per cent of").
_SHARE_UNITS = frozenset({"percent", "%", "pct", "cent", "prozent"})
#: How far back from a subject phrase its share figure may stand ("95% of the participants
#: in the survey": the phrase found may be the post-modifier's).
_SHARE_REACH = 8


def share_in_figures(v: DocView, s0: int, span: tuple[int, int]) -> bool:
    """ "More than 95% of the participants in the survey indicated", "74 percent of the
    voters said": a share in figures is a poll's result, no speaker; the figure is the
    checkable claim (docs/DESIGN.md, as "75 Prozent der Richter" in German)."""
    t = v.toks
    k = span[0]
    if k + 1 < span[1] and t[k].like_num and t[k + 1].lower_ in _SHARE_UNITS:
        return True  # the phrase opens with the figure
    for i in range(span[0] - 1, max(s0, span[0] - _SHARE_REACH) - 1, -1):
        if t[i].is_punct and t[i].text != "%":
            return False
        if t[i].lower_ == "of" and i - 2 >= s0 and t[i - 1].lower_ in _SHARE_UNITS:
            number = next((j for j in range(i - 2, max(s0, i - 4) - 1, -1) if t[j].like_num), None)
            return number is not None and _opens_phrase(v, s0, number)
    return False


#: Words before a figure that keep it the head of its phrase ("more than 95%").
_APPROXIMATORS = frozenset(
    {"more", "less", "fewer", "than", "about", "around", "nearly", "almost", "over", "under",
     "some", "roughly", "just", "only", "at", "least", "most", "up", "to", "fully", "barely"}
)  # fmt: skip
#: Words after which a new noun phrase (a clause's subject) begins.
_PHRASE_OPENERS = frozenset({"that", "and", "but", "while", "whereas", "because", "as", "if"})


def _opens_phrase(v: DocView, s0: int, number: int) -> bool:
    """Does the figure head its own phrase ("More than 95% of the participants"), not
    modify another noun ("the data from 95% of the clinics")?"""
    t = v.toks
    k = number - 1
    while k >= s0 and t[k].lower_ in _APPROXIMATORS:
        k -= 1
    return k < s0 or (t[k].is_punct and t[k].text != "%") or t[k].lower_ in _PHRASE_OPENERS


#: Relative pronouns: a verb phrase after one is the relative clause's.
_RELATIVES = frozenset({"who", "that", "which"})
#: Finite auxiliaries: with a lower-case word after them they make a verb phrase.
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})


def verb_phrase(v: DocView, s0: int, i: int) -> bool:
    """ "McAuliffe has said about 20 people have indicated": a past participle after a
    finite auxiliary ends the subject (the main clause's verb stands there); not in a
    relative clause ("advisers who have run the numbers argue")."""
    t = v.toks
    return (
        i - 1 >= s0
        and t[i].is_lower
        and (t[i].lower_.endswith("ed") or t[i].lower_ in IRREGULAR_PAST)
        and t[i - 1].lower_ in _AUXILIARIES
        and not (i - 2 >= s0 and t[i - 2].lower_ in _RELATIVES)
    )
