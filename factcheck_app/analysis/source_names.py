"""Which capitalised words of a source phrase are names, and whose.

Why a module of its own: ``SourceJudge`` decides what kind of source a phrase is; this half
answers the narrower question it asks again and again without a trained model: is this
capital a name ("Kim emphasized", "Mr. King", "Kamloops Police"), a common noun that opens
a sentence or a headline ("Investors fear", "Supply worries"), or a German noun, which is
capitalised anyway? ``NameReader`` holds the word lists both halves read.
"""

from __future__ import annotations

from factcheck_app.analysis.agent_nouns import people_plural, person_noun
from factcheck_app.analysis.textwords import TextWords
from factcheck_app.analysis.view import DocView, Lex

#: Past tenses of reporting verbs not ending in -ed ("Kim said" reads as a report).
IRREGULAR_PAST = frozenset(
    {
        "said",
        "told",
        "wrote",
        "thought",
        "spoke",
        "held",
        "made",
        "gave",
        "put",
        "felt",
        "saw",
        "knew",
        "took",
        "went",
        "came",
        "found",
        "kept",
        "meant",
        "sent",
        "set",
    }
)
#: Honorifics: the capitalised word after them is a surname, even "King" or "Judge".
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})
#: Capitalised words the name lists call non-names (they open sentences: "New rules")
#: that, mid-sentence before another capital, open a name: "New York", "Old Trafford".
NAME_OPENERS = frozenset({"new", "old"})
#: Words that join a name to what it belongs to: what follows them is not the speaker.
_LINKS = frozenset({"of", "for", "to", "and", "at", "in", "by", "from", "on", "with", "&"})
#: Endings of German abstract nouns: never a name ("Regierung", "Freiheit").
DE_NOUN_SUFFIXES = ("ungen", "ung", "heit", "keit", "ion", "ionen", "nisse", "schaft", "tät")

#: Verbs in -s whose subject can only be someone speaking: never the second word of a
#: headline's noun compound ("Supply worries", "Insurance claims").
_PEOPLE_VERBS = frozenset(
    {
        "says",
        "tells",
        "adds",
        "insists",
        "admits",
        "concedes",
        "acknowledges",
        "recalls",
        "contends",
        "argues",
        "explains",
        "thinks",
        "believes",
    }
)


class NameReader:
    """The lexicon's word lists and the name tests on them (the base of ``SourceJudge``)."""

    de: bool
    parsed: bool
    words: TextWords | None
    pronouns: frozenset[str]
    anon: frozenset[str]
    document: frozenset[str]
    title: frozenset[str]
    office: frozenset[str]
    org: frozenset[str]
    org_suffix: frozenset[str]
    org_suffix_tuple: tuple[str, ...]
    anon_suffixes: tuple[str, ...]
    country: frozenset[str]
    nationality: frozenset[str]
    determiner: frozenset[str]
    indefinite: frozenset[str]
    skip: frozenset[str]
    nonname: frozenset[str]
    links: frozenset[str]

    def _initial_word(self, v: DocView, i: int, end: int) -> str:
        """A lone capitalised word opening a sentence: a name, a common noun or a group?

        Its capital proves nothing, so the rest of the text decides (``TextWords``), then
        the verb's agreement: "Experten warnen"/"Investors fear" (plural: a bare group),
        "Supply worries"/"Prices fears" (a noun compound in a headline), "Kim emphasized"
        (a past-tense report: a name).
        """
        t = v.toks
        low = t[i].lower_
        words = self.words
        k = end
        if k < len(t) and t[k].text == "," and not self.de:
            # "Simmons, an Obama supporter, said": the verb after the apposition agrees
            k = next((j + 1 for j in range(k + 1, min(len(t), k + 12)) if t[j].text == ","), k)
        while k < len(t) and k - end < 3 and t[k].is_lower and t[k].lower_ in self.skip:
            k += 1
        verb = t[k].lower_ if k < len(t) and t[k].is_lower else ""
        if self.de:
            if words is not None and low in words.lower:
                return "noun"
            # Third person plural ends in -n ("warnen", "sagten", "haben"); the singular
            # never does ("warnt", "sagte"): a plural subject is a group, not a person.
            return "anon" if verb.endswith("n") else "person"
        if words is not None and low in words.mid_caps:
            return "person"
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
        verb_s = verb.endswith("s") and not verb.endswith("ss")
        if words is not None and low in words.lower:
            return "anon" if plural and not verb_s else "noun"
        after = t[k + 1].lower_ if k + 1 < len(t) else ""
        if verb_s and not plural and (after in (":", "that") or verb in _PEOPLE_VERBS):
            # "McCrummen reports:", "Kim says that": a statement follows; "Clinton says
            # Trump ...": only a person says, tells or insists (no noun compound does)
            return "person"
        if verb_s:
            return "noun"  # "Supply worries", "Prices fears grow": a headline, not a speaker
        if plural and not (verb.endswith("ed") or verb in IRREGULAR_PAST):
            return "anon"  # "Investors fear": an unnamed group
        if plural and (people_plural(low) or person_noun(low)):
            # "Demonstrators said", "Voters interviewed at the rally said": a plural of an
            # agent noun or of a noun for people, no surname
            return "anon"
        return "person"

    def _named_force(self, t: list[Lex], start: int, head_idx: int, sent_start: int) -> bool:
        """A police force's head ("police") after a proper name: a capital that does not
        open the sentence and is no nationality or title ("the New York police",
        "Kamloops Police"), or an opening one the text or the lists know as a name
        ("Berlin police said", a place capitalised elsewhere in the article)."""
        for k in range(start, start + head_idx):
            tok = t[k]
            low = tok.lower_
            if not tok.cap or low in self.nationality or low in self.title:
                continue
            if low in self.determiner or low in self.nonname - NAME_OPENERS:
                continue
            if not at_start(t, k, sent_start):
                return True
            if low in self.country or (self.words is not None and low in self.words.mid_caps):
                return True
        return False

    def _employed(self, tokens: list[Lex], names: list[Lex], orgs: list[Lex]) -> bool:
        """A person's name closes the phrase after their organisation and title: at
        least two name words at the end, before them a title or a lower-case word ("police
        Detective Constable Daniel Dubé", "Department of Transportation official Troy
        Roberts"), and no organisation word among them."""
        k = len(tokens)
        while k > 0 and any(tokens[k - 1] is n for n in names):
            k -= 1
        if len(tokens) - k < 2 or k == 0:
            return False
        prev = tokens[k - 1]
        if prev.lower_ not in self.title and not (prev.is_lower and prev.lower_ not in _LINKS):
            return False  # "Transportation official Troy Roberts"; not "Bank of America ..."
        return all(any(o is x for x in tokens[:k]) for o in orgs)

    def _org(self, token: Lex) -> bool:
        """Organisation lexicon hit; short acronyms ("WHO", "AP") only when capitalised."""
        low = token.lower_
        return low in self.org and (token.cap or len(low) > 3 or low == "dpa")

    def _names(self, tokens: list[Lex], sent_start: int) -> list[Lex]:
        """Capitalised tokens that look like proper names, not titles or function words.

        An indefinite phrase names nobody: "a Republican senator", "ein CDU-Politiker".
        """
        if (
            len(tokens) > 1
            and tokens[0].lower_ in self.indefinite
            and not any(x.lower_ in self.document or x.lower_.endswith("bericht") for x in tokens)
        ):
            return []
        out = []
        for k, token in enumerate(tokens):
            low = token.lower_
            if k and tokens[k - 1].lower_ in _HONORIFICS and token.cap and not self.de:
                out.append(token)  # "Mr. King", "Ms. Bishop": after an honorific, a surname
                continue
            if not token.cap or low in self.nonname or low in self.title:
                continue
            if low in self.nationality or low in self.anon or low in self.document:
                continue
            if self._org(token) or low in self.org_suffix:
                continue
            if self.de and not self._german_name(tokens, k):
                continue
            out.append(token)
        return out

    def _german_name(self, tokens: list[Lex], k: int) -> bool:
        """German capitalises every noun: a name needs a title, a neighbour name or no article."""
        prev = tokens[k - 1].lower_ if k else ""
        if prev in self.title:
            return True
        if k and tokens[k - 1].is_lower and prev not in self.links:
            return False  # "ein hochrangiger Regierungsvertreter": adjective + common noun
        if k + 1 < len(tokens) and tokens[k + 1].cap and prev not in self.determiner:
            return True
        if k and tokens[k - 1].cap and prev not in self.determiner and prev not in self.nonname:
            return True
        if tokens[0].lower_ in self.determiner:
            return False  # "die Regierung", "der Täter": an article makes it a common noun
        low = tokens[k].lower_
        if prev in self.determiner or low.endswith(DE_NOUN_SUFFIXES):
            return False
        return not low.endswith(("en", "ern"))


def at_start(t: list[Lex], i: int, sent_start: int) -> bool:
    """Token ``i`` opens its sentence (after nothing but punctuation such as a quote)."""
    return all(t[k].is_punct for k in range(sent_start, i))
