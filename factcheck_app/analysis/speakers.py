"""Pronouns and their antecedents: agreement in gender, the nearest compatible person.

"She said" is resolved to the most recent person whose gender fits. Gender is learned
from the text itself, never from a list of first names: a gendered title ("Mrs",
"spokeswoman", German "-in" titles such as "Außenministerin"), a pronoun that refers back
to the name in its own sentence ("Choe Son Hui made it clear that her country ..."), or an
earlier resolution. A pronoun with no fitting person is reported as unresolved.
"""

from __future__ import annotations

from factcheck_app.analysis.view import DocView

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
