"""The analyser's own explanation templates, and which one says *why* for a source.

Templates are gettext msgids (English), translated by the one core catalogue
(``resources/locale/<lang>/LC_MESSAGES/factcheck.po``, ``make messages``); lexicon entries
bring theirs in their ``explain`` field. The rules never build sentences: they pick a
template here and pass the values that fill it, and the finding is rendered in the reader's
language when it is shown (``factcheck_app.explanations``).

Placeholders: ``{cue}`` the matched words, ``{source}`` the source quoted, ``{name}`` a
named source as written (no quotes: "named: UN spokesman Stéphane Dujarric").
"""

from __future__ import annotations

from factcheck_app.explanations import Explanation
from factcheck_app.i18n import N_

#: Word-list roles whose explanation a user file may replace (``terms`` entries).
TERM_EXPLAIN = {
    "anon_source": N_("attributed only to unnamed {source}"),
    "country": N_(
        "attributed to a country or group as a whole ({source}), not to a person or office"
    ),
    "office": N_(
        "attributed to an office ({source}) without naming the holder or whose office it is"
    ),
}
#: A definite office ("the minister", "der Minister"): specific, though the name is elsewhere.
OFFICE_DEFINITE = N_(
    "attributed to a specific office ({source}); the holder is not named in this sentence"
)
#: The generic template of verbs of saying; a named source gets a kind-specific one instead.
GENERIC_ATTRIBUTION = "attributed to {source}"
NAMED = {
    "person": N_("named: {name}"),
    "office_holder": N_("named: {name}"),
    "org": N_("named: {name}"),
    "document": N_("named document: {name}"),
}
#: Pronouns: whom "she" stands for, and why (the gender the text gives that person).
RESOLVED = {
    "f": N_("'{cue}' → {name}, the last woman named"),
    "m": N_("'{cue}' → {name}, the last man named"),
    None: N_("'{cue}' → {name}, the last person named"),
    "assumed": N_("'{cue}' → {name}, the nearest person named (the text gives no gender)"),
    "group": N_("'{cue}' → {name}, the last organisation or group named"),
}
#: The gender key of a person whom only pronouns gave a gender.
ASSUMED = "assumed"
UNRESOLVED = N_("'{cue}': unresolved pronoun, no fitting person is named before it")
#: German reported speech continuing the last speaker's words.
CONTINUED = N_("reported speech (Konjunktiv I '{cue}') continuing the words of {source}")
#: A named speaker's own speculation, appended to their attribution.
SPECULATION = N_("; the speaker's own speculation: {words}")
#: Unnamed sources inside a named speaker's reported words, appended to their attribution.
RELAYED = N_("; unnamed sources in the speaker's own words: {words}")
#: Unsourced claims (``claims.py``).
VAGUE_ONLY = N_(" (only a vague attribution)")
OWN_CLAIM = N_("the writer's own claim, not attributed to anyone: '{cue}'")
EVENT_ONLY = N_("checkable event '{cue}' stated without a source")

#: Why an unnamed source is unnamed, by the shape of its phrase.
UNNAMED_INDIVIDUAL = N_("unnamed: one unidentified person, {source}")
UNNAMED_QUANTIFIED = N_("unnamed: a group of unstated members, {source}")
UNNAMED_ANONYMOUS = N_("unnamed: explicitly anonymous, {source}")
UNNAMED_PLURAL = N_("unnamed: plural group {source}")
UNNAMED_DOCUMENT = N_("unnamed: reports or documents with no named author, {source}")
UNNAMED_INDEFINITE = N_("unnamed: an indefinite pronoun, no one in particular: {source}")
#: "man sagt", "niemand bestreitet", "someone said": a pronoun that stands for nobody named.
_INDEFINITE_PRONOUNS = frozenset(
    {
        "man",
        "jemand",
        "niemand",
        "keiner",
        "irgendwer",
        "irgendjemand",
        "someone",
        "somebody",
        "nobody",
        "anyone",
        "anybody",
        "no one",
    }
)
_ONE = frozenset({"a", "an", "one", "another", "ein", "eine", "einer", "eines", "einem", "einen"})
_ANONYMOUS = frozenset(
    {
        "unnamed",
        "anonymous",
        "unidentified",
        "ungenannte",
        "ungenannten",
        "ungenannter",
        "anonyme",
        "anonymen",
        "anonymer",
    }
)
_QUANTIFIERS = frozenset(
    {
        "some",
        "many",
        "most",
        "several",
        "few",
        "certain",
        "various",
        "numerous",
        "multiple",
        "other",
        "einige",
        "viele",
        "manche",
        "mehrere",
        "zahlreiche",
        "verschiedene",
        "andere",
        "anderen",
    }
)
_DETERMINERS = frozenset(
    {"the", "these", "those", "this", "that", "der", "die", "das", "den", "dem", "des"}
)


def named(kind: str, text: str) -> Explanation | None:
    """A named source's explanation ("named: UN spokesman Stéphane Dujarric"), else None."""
    key = NAMED.get(kind)
    return Explanation.of(key, name=text) if key else None


def unnamed(words: list[str], text: str, document: bool = False) -> Explanation:
    """Why an unnamed source is unnamed, from its lower-cased words: one unidentified
    person ("a senior diplomat"), a group of unstated members ("several executives"), an
    explicitly anonymous one, a bare plural group ("shipping executives"), or reports
    (``document``: "reports say", "Berichten zufolge")."""
    first = words[0] if words else ""
    if document:
        key = UNNAMED_DOCUMENT
    elif any(w in _ANONYMOUS for w in words):
        key = UNNAMED_ANONYMOUS
    elif " ".join(words) in _INDEFINITE_PRONOUNS:
        key = UNNAMED_INDEFINITE
    elif first in _ONE:
        key = UNNAMED_INDIVIDUAL
    elif first in _QUANTIFIERS or first.isdigit() or first in ("two", "three", "zwei", "drei"):
        key = UNNAMED_QUANTIFIED
    elif first not in _DETERMINERS and len(words) >= 1:
        key = UNNAMED_PLURAL
    else:
        key = TERM_EXPLAIN["anon_source"]
    return Explanation.of(key, source=text)


def resolved(pronoun: str, name: str, gender: str | None, group: bool) -> Explanation:
    """ "'she' → Choe Son Hui, the last woman named"."""
    key = RESOLVED["group"] if group else RESOLVED.get(gender, RESOLVED[None])
    return Explanation.of(key, pronoun, name=name)


def unresolved(pronoun: str) -> Explanation:
    """A pronoun with no fitting antecedent: shown as unresolved, never guessed."""
    return Explanation.of(UNRESOLVED, pronoun)
