"""Orders are no statements: "Campus security told her to leave" reports no claim.

Why its own module: a verb of saying ("tell") also gives orders, and an
order with an object and an infinitive states nothing a checker could verify, so the
attribution rules ask this module before they look for a speaker.
"""

from __future__ import annotations

from factcheck_app.analysis.view import DocView

#: Verbs of telling that give an order with an object and "to" ("told her to leave").
#: Not "warn" or "urge": "warned the Fed not to act" voices a stance (PolNeAR counts it).
_DIRECTING = frozenset({"tell", "tells", "told", "telling"})
#: Words that cannot stand in the addressee of an order ("told of being forced to").
_NOT_OBJECT = frozenset({"of", "about", "that", "how", "what", "why", "when", "where"})
#: Words after "to" that open a noun phrase, not an infinitive ("told the story to the court").
_NOT_INFINITIVE = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "me",
     "him", "them", "us", "you", "it", "be"}
)  # fmt: skip


def directs(v: DocView, end: int, s1: int, verb: str) -> bool:
    """ "Campus security told her to leave", "told residents not to drink the water": an
    order with an object and an infinitive, no statement of a claim (nothing to check).
    The object is at most five words with no punctuation; the word after "to" must read
    as a verb ("to the court", "to reporters" do not; "to discuss" does)."""
    if verb not in _DIRECTING:
        return False
    t = v.toks
    for k in range(end, min(end + 6, s1 - 1)):
        if k > end and not t[k - 1].is_alpha:
            return False  # "told reporters, to their surprise, that"
        if t[k].lower_ in _NOT_OBJECT or t[k].lower_.endswith(("ing", "ed")):
            return False  # "told of being forced to re-evaluate": no object, no order
        if t[k].lower_ == "to":
            after = t[k + 1]
            low = after.lower_
            return (
                after.is_lower
                and after.is_alpha
                and low not in _NOT_INFINITIVE
                and (not low.endswith("s") or low.endswith("ss"))
            )
    return False
