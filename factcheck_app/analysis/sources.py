"""Who is speaking: find the source phrase of an attribution and decide if it is named.

Without a trained model the source is found from word order (the noun phrase left of a
reporting verb, right of "according to"/"laut", after a passive's "by") and judged from
capitalisation and the lexicon's word lists (titles, organisations, countries, anonymous
nouns). When a trained pipeline is loaded, its dependency parse and entities are used
first (``subject_from_parse``/``entity_kind``) because they are more reliable. Judging the
phrase found is ``source_judge.SourceJudge``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck_app.analysis.agent_nouns import people_noun, person_noun
from factcheck_app.analysis.lexicon import Lexicon
from factcheck_app.analysis.source_judge import (
    NAMED_KINDS,
    POSSESSIVE,
    Source,
    SourceJudge,
    entity_kind,
)
from factcheck_app.analysis.textwords import TextWords
from factcheck_app.analysis.view import DocView, Lex

#: Prepositions fused with an article: a phrase they open is no subject.
_CONTRACTED_PREPS = frozenset({"im", "zum", "zur", "am", "beim", "vom", "ins", "ans", "aufs"})
_GENITIVE_DE = frozenset({"des", "der", "eines", "einer"})
_LINKS_EN = frozenset(
    {"of", "for", "and", "to", "de", "von", "al", "bin", "van", "der", "du", "la"}
)
_LINKS_DE = frozenset({"für", "des", "der", "von", "vom", "und", "zu", "de"})
_COMPLEMENT = frozenset({"by", "from", "of", "des", "der", "von", "vom"})
_PASSIVE_AUX = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "be",
        "wurde",
        "wurden",
        "worden",
        "wird",
        "werden",
    }
)
_QUOTE_CHARS = frozenset({"'", "‘", "’", '"', "“", "”", "„", "«", "»"})
_PUBLISHED = frozenset({"published", "released", "issued", "veröffentlicht", "erschienen"})
_EN_ADJ = ("al", "ic", "ian", "ese", "ish", "ive", "ous", "ent", "ant", "ary", "ior", "ern", "ed")
#: "traders in London": a place after a common noun says where the speakers are.
_PLACE_PREPS = frozenset({"in", "at", "from"})
_PLACE_PREPS_DE = frozenset({"in", "aus"})
_STATE_MEDIA_EN = frozenset({"television", "tv", "media", "radio", "broadcaster", "press"})
#: Links inside a name before an article: "Committee for a ...", "Campaign to End ...".
_NAME_LINKS = frozenset({"for", "of", "to", "against"})
#: Prepositions whose object is never the subject of the verb after it.
_OBJECT_PREPS = frozenset({"in", "at", "from", "on", "with", "over", "into", "against", "than"})
#: Days of the week: capitalised, never a given name before a speaker's name.
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: Agent-noun endings: a lowercase head after a capitalised modifier ("a Trump supporter").
_PERSON_NOUNS = ("er", "ers", "ist", "ists", "ian", "ians", "ent", "ents", "ant", "ants", "or")


class SourceFinder(SourceJudge):
    """Finds and judges source phrases for one language's lexicon.

    Works on a :class:`DocView` (token attributes as plain objects, ``Lex.cap`` for
    "capitalised") rather than on spaCy Tokens, which are costly to create.
    """

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.de = lexicon.lang == "de"
        t = lexicon.term_set
        self.pronouns = t("pronoun")
        self.anon = t("anon_source")
        self.document = t("document")
        self.title = t("title")
        self.office = t("office")
        self.org = t("org")
        self.org_suffix = t("org_suffix")
        self.org_suffix_tuple = tuple(sorted(self.org_suffix))
        #: German compounds: "Regierungsvertreter", "Sicherheitskreisen", "Medienberichten".
        #: ("polizei" is unnamed on its own, but "Bundespolizei" names an agency.)
        self.anon_suffixes = tuple(
            sorted(w for w in self.anon if len(w) >= 6 and w not in self.org_suffix)
        )
        #: Set per Doc by the rules: whether a dependency parse is available.
        self.parsed = False
        #: Set per Doc by the rules: word evidence from the whole analysed text.
        self.words: TextWords | None = None
        self.country = t("country")
        self.nationality = t("nationality")
        self.determiner = t("determiner")
        self.indefinite = t("indefinite")
        self.skip = t("skip")
        self.nonname = t("nonname")
        self.links = _LINKS_DE if self.de else _LINKS_EN
        self.np_words = self.anon | self.document | self.title | self.nationality | self.determiner
        self.articles = self.determiner | self.indefinite

    # ------------------------------------------------------------------ finding
    def _np_word(self, token: Lex) -> bool:
        low = token.lower_
        if token.cap or low in POSSESSIVE or low in self.np_words or token.like_num:
            return True
        if self._org(token) or (low in self.org_suffix and token.cap):
            return True
        # German attributive adjectives ("der russische Außenminister").
        return self.de and token.is_lower and len(low) > 3 and low.endswith(("e", "en", "er", "es"))

    def left(self, v: DocView, verb: int, sent_start: int) -> tuple[int, int] | None:
        """The noun phrase ending just before ``verb`` (skipping auxiliaries/adverbs)."""
        span = self._left(v, verb, sent_start)
        if span is None or self.de:
            return span
        start, end = span
        t = v.toks
        if start - 2 >= sent_start and t[start - 1].lower_ == "of" and not t[end - 1].like_num:
            # "José Ortiz of the island's power authority said", "The head of the agency
            # said": the phrase before "of" is the speaker, the one after says whose
            head = self.left(v, start - 1, sent_start)
            if head is not None and head[1] == start - 1:
                return head[0], end
        return span

    def _left(self, v: DocView, verb: int, sent_start: int) -> tuple[int, int] | None:
        t = v.toks
        i = verb - 1
        if i > sent_start and t[i].text == ")":
            # "Kim Min-jae (김민재) said", "Müller (CDU) sagte": the aside is not the speaker
            k = i - 1
            while k > sent_start and k > i - 8 and t[k].text != "(":
                k -= 1
            if t[k].text == "(" and k > sent_start:
                return self.left(v, k, sent_start)
        skipped = 0
        while i >= sent_start and skipped < 4:
            low = t[i].lower_
            if low in _PASSIVE_AUX and not t[verb].lower_.endswith("ing"):
                return None  # "North Korea is believed": the subject is not the speaker
            lower = t[i].is_lower or not t[i].is_alpha
            if lower and (low in self.skip or (not self.de and low.endswith("ly"))):
                i -= 1
                skipped += 1
            else:
                break
        end = i + 1
        if i >= sent_start and t[i].lower_ in self.pronouns:
            return i, end
        if (
            i > sent_start
            and t[i].is_lower
            and t[i].is_alpha
            and t[i - 1].lower_ in self.determiner
            and t[i].lower_ not in self.determiner
            and not self._np_word(t[i])
        ):
            if t[i - 1].lower_ in ("that", "which") and t[i].lower_.endswith("s"):
                return i, end  # "a move that engineers said": a relative pronoun
            return i - 1, end  # "the company said": a definite common noun
        if t[i].is_lower and t[i].is_alpha and not self._np_word(t[i]):
            # "Norway's trade ministry said", "the company's lawyers argued": walk back
            # over the lowercase head to its possessor.
            k = i
            while (
                k > sent_start
                and i - k < 3
                and t[k].is_lower
                and t[k].is_alpha
                and t[k].lower_ not in self.skip
                and t[k].lower_ not in self.determiner
            ):
                k -= 1
            if k < i and t[k].lower_ in POSSESSIVE:
                i = k
        while i >= sent_start:
            token = t[i]
            low = token.lower_
            if low in self.links and i > sent_start and i + 1 < end:
                prev, nxt = t[i - 1], t[i + 1]
                if (prev.cap and nxt.cap) or prev.lower_ in self.title:
                    i -= 1
                    continue
                break
            if token.text == "-" and i > sent_start and t[i - 1].cap and t[i + 1].cap:
                i -= 1  # "Karine Jean-Pierre"
                continue
            if token.is_punct and low not in POSSESSIVE:
                break
            if (
                token.is_lower
                and i - 2 >= sent_start
                and t[i - 1].text == "-"
                and t[i - 2].cap
                and not v.space[i - 1]
                and not v.space[i - 2]
            ):
                i -= 2  # "Kim Min-jae", "Jean-luc": a hyphenated given name
                continue
            acronym = len(token.text) > 1 and token.text.isupper() and token.is_alpha
            after_article = i > sent_start and t[i - 1].lower_ in self.articles
            if low in _WEEKDAYS:
                break  # "This Wednesday Greek Foreign Minister ...": a date, no name
            given_name = token.cap and i > sent_start and i + 1 < end and t[i + 1].cap
            if (
                not self.de
                and token.is_lower
                and token.is_alpha
                and i + 1 < end
                and t[i + 1].lower_ in self.title
                and i > sent_start
                and (t[i - 1].lower_ in self.determiner or t[i - 1].lower_ in POSSESSIVE)
                and not self._np_word(token)
            ):
                i -= 1  # "the tax commissioner", "Connecticut's tax commissioner": a portfolio
                continue
            if not self._np_word(token) or (
                low in self.nonname
                and low not in self.np_words
                and not acronym
                and not after_article  # "Mehrere Kollegen", "die Kollegen": a noun here
                and not (given_name and not self.de)  # "Chairman Will Rogers"
            ):
                break  # "Nun fordern ...", "Heute sagte ...": adverbs are not speakers
            i -= 1
            if low in self.determiner and not token.cap:
                if (
                    not self.de
                    and i - 1 >= sent_start
                    and t[i].lower_ in _NAME_LINKS
                    and t[i - 1].cap
                    and t[i + 2].cap
                ):
                    i -= 1  # "The Committee for a Responsible Federal Budget": one name
                    continue
                break
        start = i + 1
        while start < end and t[start].lower_ in self.links:
            start += 1
        if not self.de and start > sent_start and t[start - 1].lower_ in _OBJECT_PREPS:
            # "Trump won in Florida and Cruz said": the names before "and" are the
            # preposition's object; the subject starts after the last "and"
            ands = [k for k in range(start, end) if t[k].lower_ == "and"]
            if ands:
                start = ands[-1] + 1
        if start >= end or t[start].lower_ in _CONTRACTED_PREPS:
            return None  # "im Wahlkampf kritisiert", "zum Tode verurteilt": no subject
        if (
            not self.de
            and t[start].lower_ in ("that", "which")
            and start + 1 < end
            and (
                t[start + 1].lower_.endswith("s")
                or t[start + 1].lower_ in self.anon  # "told the BBC that police suspect"
            )
        ):
            start += 1  # "a move that officials said": a relative pronoun, not "that report"
        if not self.de and all(t[k].is_lower for k in range(start, end)):
            # "a leaked memo", "the local union officials": adjectives after the article
            k = start
            while (
                k - 1 > sent_start
                and start - k < 2
                and t[k - 1].is_lower
                and t[k - 1].is_alpha
                and t[k - 1].lower_ not in self.skip
                and t[k - 1].lower_.endswith(_EN_ADJ)
            ):
                k -= 1
            if k < start and t[k - 1].lower_ in self.determiner:
                start = k - 1
        if start > sent_start and t[start].lower_ in POSSESSIVE:
            # "the ship's manager": a common-noun possessor belongs to the phrase
            start -= 1
            if start > sent_start and t[start - 1].lower_ in self.determiner:
                start -= 1
        elif (
            start - 2 >= sent_start
            and t[start - 1].lower_ in (_PLACE_PREPS_DE if self.de else _PLACE_PREPS)
            and (not self.de or t[start - 2].lower_ in self.anon)
            and t[start - 2].is_alpha
            and (
                t[start - 2].is_lower
                or t[start - 2].lower_ in self.anon
                or start - 2 == sent_start  # its capital says nothing: judged on its own
            )
            and t[start - 2].lower_ not in self.skip
            and all(t[k].cap for k in range(start, end))
        ):
            # "traders in London said": the traders speak, London is where they are
            return self.left(v, start - 1, sent_start) or (start - 2, start - 1)
        if all(
            (t[k].lower_ in self.determiner and t[k].lower_ not in self.anon)
            or (t[k].is_lower and t[k].lower_ in self.skip)
            for k in range(start, end)
        ):
            return None  # "this suggests": no speaker (but "Manche schreiben" has one)
        return start, end

    def right(
        self, v: DocView, begin: int, sent_end: int, limit: int = 12
    ) -> tuple[int, int] | None:
        """The noun phrase starting at ``begin`` (for "according to X", "said X", "by X")."""
        t = v.toks
        i = begin
        head_seen = False
        document = False
        after_link = False
        lowers = 0
        if begin < sent_end and t[begin].lower_ in ("aus", "from") and begin + 1 < sent_end:
            i += 1  # "nach Angaben aus Justizkreisen": where the statements come from
        while i < sent_end and i - begin < limit:
            token = t[i]
            low = token.lower_
            if token.is_punct and low not in POSSESSIVE and token.text not in ("-", "–"):
                # Quoted titles of documents: "the 'Medical Science Law Journal'".
                quote = token.text in _QUOTE_CHARS
                if quote and i + 1 < sent_end and t[i + 1].cap:
                    i += 1
                    continue
                break
            if head_seen and low in _PUBLISHED and i + 1 < sent_end:
                i += 1  # "an article published in the 'Medical Science Law Journal'"
                continue
            if low == "on" and head_seen:
                author = self._author(v, i, sent_end, begin) if document else None
                if author is not None:
                    return begin, author  # "a report on Wednesday by UpGuard"
                break
            if (low in self.links or low in _COMPLEMENT or low in ("in", "im", "aus")) and (
                head_seen or low not in self.determiner  # "sagte der Minister": an article
            ):
                if head_seen and self._cap_ahead(v, i + 1, sent_end):
                    after_link = True
                    i += 1
                    continue
                author = self._author(v, i, sent_end, begin) if document else None
                if author is not None:
                    return begin, author  # "a statement released by her family"
                break
            if (
                not self.de
                and low == "state"
                and i + 1 < sent_end
                and t[i + 1].lower_ in _STATE_MEDIA_EN
            ):
                i += 2  # "according to state television": the state's outlet
                head_seen = True
                break
            if token.cap or low in POSSESSIVE or token.like_num:
                head_seen = head_seen or token.cap
            elif (
                not self.de
                and token.is_lower
                and low in self.title
                and low not in self.office
                and self._modifies_noun(v, i + 1, sent_end)
            ):
                lowers += 1  # "citing the health risks": "health" modifies a noun, no office
            elif (
                low in self.anon
                or low in self.document
                or low in self.title
                or self._org(token)
                or (low in self.org_suffix and token.cap)
            ):
                head_seen = True
                document = document or low in self.document
            elif low in self.determiner or low in self.nationality or low in self.indefinite:
                if head_seen and not self.de and not after_link:
                    break
                if head_seen and self.de and low not in _GENITIVE_DE:
                    break  # "aus Justizkreisen die Ermittlungen": the object begins
            elif (
                (not head_seen or (after_link and i + 1 < sent_end and t[i + 1].cap))
                and token.is_lower
                and lowers < 3
                and low.endswith(("e", "en", "er", "es", "em") if self.de else _EN_ADJ)
            ):
                lowers += 1  # adjectives before the head noun
            elif (
                head_seen
                and token.is_lower
                and not self.de
                and len(low) > 3
                and low.endswith(_PERSON_NOUNS)
                and i > begin
                and t[i - 1].cap
            ):
                pass  # "a Trump supporter", "a Clinton campaign official": the head noun
            elif (
                head_seen
                and not self.de
                and token.is_lower
                and i > begin
                and self._org(t[i - 1])
                and (person_noun(low) or people_noun(self.anon, low) or low in self.title)
            ):
                pass  # "a court clerk", "hospital staff": the person, not the institution
            elif (
                not head_seen
                and token.is_lower
                and token.is_alpha
                and (len(low) > 3 or (not self.de and low not in self.links))
            ):
                # A common noun as head: "according to engineers" (a bare plural), "by
                # her family", "laut der Gewerkschaft" (after an article or possessive).
                plural = not self.de and low.endswith("s") and not low.endswith("ss")
                prev = t[i - 1].lower_ if i > begin else ""
                if (
                    i + 1 < sent_end
                    and t[i + 1].is_lower
                    and people_noun(self.anon, t[i + 1].lower_)
                ):
                    i += 1  # "insisted campaign officials", "by fellow physicians": a modifier
                    continue
                person = self._person_ahead(v, i, sent_end)
                if person is not None:
                    # "according to a law enforcement official", "a longtime friend":
                    # lowercase modifiers before a noun for people
                    i = person + 1
                    head_seen = True
                    continue
                if len(low) <= 3:
                    break  # a short word is a head only as a modifier ("gun advocates")
                if not (plural or prev in self.determiner):
                    break
                head_seen = True
            else:
                break
            i += 1
        if i == begin or not head_seen:
            return None
        return begin, i

    def _person_ahead(self, v: DocView, i: int, sent_end: int) -> int | None:
        """A noun for people within three lowercase words from ``i``, all of them
        modifiers ("law enforcement official", "longtime friend"), English only."""
        if self.de:
            return None
        t = v.toks
        for m in range(i + 1, min(sent_end, i + 4)):
            token = t[m]
            low = token.lower_
            if not (token.is_lower and token.is_alpha) or low in self.links or low in self.skip:
                return None
            if low in self.anon or person_noun(low):
                return m
        return None

    def _modifies_noun(self, v: DocView, k: int, sent_end: int) -> bool:
        """A lower-case noun follows that no list knows as a source word: the word before
        it is its modifier ("health risks", "security situation"), not an office."""
        if k >= sent_end:
            return False
        nxt = v.toks[k]
        low = nxt.lower_
        return (
            nxt.is_lower
            and nxt.is_alpha
            and len(low) > 3
            and low not in self.np_words
            and low not in self.office
            and low not in self.links
            and low not in self.skip
            and not people_noun(self.anon, low)
        )

    def _author(self, v: DocView, i: int, sent_end: int, begin: int) -> int | None:
        """End of "by X" after a document ("a report on Wednesday by UpGuard", "a survey
        published in 2017 by the Society"): the author belongs to the source phrase."""
        t = v.toks
        for k in range(i, min(sent_end - 1, i + 6)):
            if t[k].is_punct:
                return None
            if t[k].lower_ in ("by", "von", "vom"):
                found = self.right(v, k + 1, sent_end)
                return found[1] if found is not None else None
        return None

    def _cap_ahead(self, v: DocView, i: int, sent_end: int) -> bool:
        """A capitalised word follows, after at most an article and an opening quote."""
        t = v.toks
        for k in range(i, min(i + 4, sent_end)):
            token = t[k]
            if token.cap:
                return True
            adjective = (
                self.de and token.is_lower and token.lower_.endswith(("e", "en", "er", "es"))
            )
            if (
                token.lower_ not in self.determiner
                and token.text not in _QUOTE_CHARS
                and not adjective  # "des bahrainischen Innenministeriums"
            ):
                return False
        return False


# --------------------------------------------------------------------- model path
def has_parse(doc: Doc) -> bool:
    """Cheap test for a dependency parse (``has_annotation`` scans the whole Doc)."""
    return len(doc) > 0 and (doc[0].dep != 0 or doc[0].head.i != 0)


def subject_from_parse(doc: Doc, verb: int) -> tuple[int, int, bool] | None:
    """Subject span of ``doc[verb]`` from the dependency parse: (start, end, is_passive_agent).

    For passives the agent ("by the Pentagon") is returned instead of the patient.
    """
    token = doc[verb]
    head = token if token.dep_ not in ("aux", "auxpass") else token.head
    for child in head.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ in ("pobj", "nk")]
            if objs:
                span = objs[0].subtree
                toks = list(span)
                return toks[0].i, toks[-1].i + 1, True
    for child in head.children:
        if child.dep_ in ("nsubj", "sb", "nsubj:pass", "csubj"):
            toks = list(child.subtree)
            # Drop trailing relative clauses: keep up to the head noun plus its left modifiers.
            end = max(
                child.i + 1,
                next((t.i for t in toks if t.i > child.i and t.is_punct), toks[-1].i + 1),
            )
            return toks[0].i, min(end, toks[-1].i + 1), False
    return None


__all__ = [
    "NAMED_KINDS",
    "Source",
    "SourceFinder",
    "entity_kind",
    "has_parse",
    "subject_from_parse",
]
