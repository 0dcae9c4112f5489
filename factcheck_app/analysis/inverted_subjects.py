"""The unnamed subject after an inverted English verb of saying, judged by its shape.

Why a module of its own: ``subjects`` judges the subject before its verb; news copy puts it
after a quotation just as often ('"There was wrongdoing," said a law enforcement
official'), where the named-source finder stops at the first word it does not know
(issue 11, family 1). The phrase is judged with the same rules as a subject before its verb.
"""

from __future__ import annotations

from factcheck_app.analysis.agent_nouns import person_noun
from factcheck_app.analysis.source_judge import Source, SourceJudge
from factcheck_app.analysis.speech_shapes import TIME_WORDS, closes_inverted_subject
from factcheck_app.analysis.subjects import (
    PERSON_SHAPES,
    POST_MODIFIERS,
    judged_unnamed,
    phrase_words,
)
from factcheck_app.analysis.view import DocView

#: Marks before an inverted verb of saying ('"...," said a law enforcement official').
_INVERTING = frozenset({",", '"', "“", "”", "'", "’"})
#: Spokesperson words: "said a spokesman for Acme" is Acme's voice (``SourceJudge``).
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
_MAX_INVERTED = 6


def vague_inverted(
    judge: SourceJudge, v: DocView, s0: int, s1: int, verb: int, verb_end: int
) -> Source | None:
    """The unnamed subject after an inverted verb of saying ('"...," said a law
    enforcement official', "..., added one longtime friend of the family"): an indefinite
    or quantified phrase of any modifiers, up to its head before a post-modifier or the
    clause end, judged like a subject before its verb."""
    t = v.toks
    if verb <= s0 or t[verb - 1].text not in _INVERTING:
        return None
    j = verb_end
    while j < s1 and t[j].is_lower and (t[j].lower_ in judge.skip or t[j].lower_ in TIME_WORDS):
        j += 1  # "said on Monday a ...": time words before the subject
    if j >= s1 or not t[j].is_lower:
        return None
    low = t[j].lower_
    bare = low.endswith("s") and (low in judge.anon or person_noun(low))  # "said residents"
    if low not in judge.indefinite and not bare:
        return None  # a name or a definite phrase: the finder's rules judge it
    k = j + 1
    if not bare and k + 1 < s1 and t[k].lower_ == "of" and t[k + 1].is_lower:
        k += 2  # "said one of the officials", "said two of his aides": a part of a group
    while (
        k < s1
        and phrase_words(v, j, k) <= _MAX_INVERTED
        and (t[k].is_alpha or t[k].like_num or (t[k].text == "-" and not v.space[k]))
        and t[k].lower_ not in POST_MODIFIERS
        and not (t[k].is_lower and closes_inverted_subject(v, k, s1))
    ):
        k += 1
    if (k == j + 1 and not bare) or phrase_words(v, j, k) > _MAX_INVERTED:
        return None
    head = t[k - 1].lower_
    if not closes_inverted_subject(v, k, s1):
        if t[k].lower_ not in POST_MODIFIERS:
            return None  # "..., said a deal had been reached": no subject phrase
        if not (head in judge.anon or person_noun(head) or head.endswith(PERSON_SHAPES)):
            return None  # "..., declared a state of calamity": an object
    if head in _SPOKES and k < s1 and t[k].lower_ in ("for", "of", "at", "from"):
        return None  # "said a spokesman for Acme": Acme's voice
    return judged_unnamed(judge, v, s0, j, k, k)
