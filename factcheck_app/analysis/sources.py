"""Who is speaking: find the source phrase of an attribution and decide if it is named.

Without a trained model the source is found from word order (the noun phrase left of a
reporting verb, right of "according to"/"laut", after a passive's "by") and judged from
capitalisation and the lexicon's word lists (titles, organisations, countries, anonymous
nouns). When a trained pipeline is loaded, its dependency parse and entities are used
first (``subject_from_parse``/``entity_kind``) because they are more reliable.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from factcheck_app.analysis.lexicon import Lexicon
from factcheck_app.analysis.textwords import TextWords
from factcheck_app.analysis.view import DocView, Lex

#: Kinds of source; the first four count as named.
NAMED_KINDS = frozenset({"person", "org", "document", "office_holder"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_LINKS_EN = frozenset({"of", "for", "and", "de", "von", "al", "bin", "van", "der", "du", "la"})
_LINKS_DE = frozenset({"für", "des", "der", "von", "vom", "und", "zu", "de"})
_COMPLEMENT = frozenset({"by", "from", "of", "des", "der", "von", "vom"})
_DE_NOUN_SUFFIXES = ("ungen", "ung", "heit", "keit", "ion", "ionen", "nisse", "schaft", "tät")
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
#: First words of a plural, unspecific group of actors ("both nations", "beide Seiten").
_GROUP_WORDS = frozenset({"both", "beide", "beiden", "all", "alle"})
_SPOKES = frozenset(
    {"sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "spokespeople"}
)
#: "Fürsprecher" (advocate), "Lautsprecher" (loudspeaker): no organisation's voice.
_NOT_ORG_SPOKES = frozenset({"für", "laut", "vor", "nach", "wider", "ver", "ent"})
#: Past tenses of reporting verbs not ending in -ed ("Kim said" reads as a report).
_IRREGULAR_PAST = frozenset(
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
#: Heads of geographic names: "the Black Sea said" is a misparse, never a speaker.
_PLACE_NOUNS = frozenset(
    {
        "sea",
        "ocean",
        "river",
        "strait",
        "gulf",
        "bay",
        "lake",
        "peninsula",
        "island",
        "islands",
        "mountains",
        "canal",
        "valley",
        "coast",
        "street",
        "square",
        "meer",
        "see",
        "fluss",
        "straße",
        "halbinsel",
        "insel",
        "kanal",
    }
)
#: "nach eigenen Angaben", "on its own account": the subject is its own source.
_OWN = frozenset({"own", "eigenen", "eigener", "eigene"})
#: "traders in London": a place after a common noun says where the speakers are.
_PLACE_PREPS = frozenset({"in", "at", "from"})
_PLACE_PREPS_DE = frozenset({"in", "aus"})
_PERSON_ENTS = frozenset({"PERSON", "PER"})
_ORG_ENTS = frozenset({"ORG", "FAC"})
_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})


@dataclass(frozen=True)
class Source:
    """A judged source phrase; ``start``/``end`` are token indices into the Doc."""

    #: person|org|document|office_holder|office|office_bare|country|group|pronoun|anon|
    #: common|noun ("noun": a common word that only looked like a name: no speaker)
    kind: str
    start: int
    end: int
    text: str

    @property
    def named(self) -> bool:
        return self.kind in NAMED_KINDS


class SourceFinder:
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

    # ------------------------------------------------------------------ finding
    def _np_word(self, token: Lex) -> bool:
        low = token.lower_
        if token.cap or low in _POSSESSIVE or low in self.np_words or token.like_num:
            return True
        if self._org(token) or (low in self.org_suffix and token.cap):
            return True
        # German attributive adjectives ("der russische Außenminister").
        return self.de and token.is_lower and len(low) > 3 and low.endswith(("e", "en", "er", "es"))

    def left(self, v: DocView, verb: int, sent_start: int) -> tuple[int, int] | None:
        """The noun phrase ending just before ``verb`` (skipping auxiliaries/adverbs)."""
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
            if low in _PASSIVE_AUX:
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
            return i - 1, end  # "the company said": a definite common noun
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
            if token.is_punct and low not in _POSSESSIVE:
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
            if not self._np_word(token) or (low in self.nonname and low not in self.np_words):
                break  # "Nun fordern ...", "Heute sagte ...": adverbs are not speakers
            i -= 1
            if low in self.determiner and not token.cap:
                break
        start = i + 1
        while start < end and t[start].lower_ in self.links:
            start += 1
        if start >= end:
            return None
        if start > sent_start and t[start].lower_ in _POSSESSIVE:
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
        after_link = False
        lowers = 0
        while i < sent_end and i - begin < limit:
            token = t[i]
            low = token.lower_
            if token.is_punct and low not in _POSSESSIVE and token.text not in ("-", "–"):
                # Quoted titles of documents: "the 'Medical Science Law Journal'".
                quote = token.text in _QUOTE_CHARS
                if quote and i + 1 < sent_end and t[i + 1].cap:
                    i += 1
                    continue
                break
            if head_seen and low in _PUBLISHED and i + 1 < sent_end:
                i += 1  # "an article published in the 'Medical Science Law Journal'"
                continue
            if (low in self.links or low in _COMPLEMENT or low in ("in", "im")) and (
                head_seen or low not in self.determiner  # "sagte der Minister": an article
            ):
                if head_seen and self._cap_ahead(v, i + 1, sent_end):
                    after_link = True
                    i += 1
                    continue
                break
            if token.cap or low in _POSSESSIVE or token.like_num:
                head_seen = head_seen or token.cap
            elif (
                low in self.anon
                or low in self.document
                or low in self.title
                or self._org(token)
                or (low in self.org_suffix and token.cap)
            ):
                head_seen = True
            elif low in self.determiner or low in self.nationality or low in self.indefinite:
                if head_seen and not self.de and not after_link:
                    break
            elif (
                not head_seen
                and token.is_lower
                and lowers < 3
                and low.endswith(("e", "en", "er", "es", "em") if self.de else _EN_ADJ)
            ):
                lowers += 1  # adjectives before the head noun
            else:
                break
            i += 1
        if i == begin or not head_seen:
            return None
        return begin, i

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

    # ----------------------------------------------------------------- judging
    def judge(self, v: DocView, start: int, end: int, sent_start: int) -> Source:
        """Decide what kind of source tokens ``start:end`` are."""
        t = v.toks
        while end - start > 1 and (t[end - 1].is_punct and t[end - 1].lower_ not in _POSSESSIVE):
            end -= 1  # a closing quote or bracket is not part of the name
        tokens = t[start:end]
        text = v.text(start, end)
        lows = [tok.lower_ for tok in tokens]
        ent = entity_kind(v.doc, start, end)
        poss = next((k for k, low in enumerate(lows) if low in _POSSESSIVE), None)
        head_idx = len(tokens) - 1
        head = lows[head_idx]
        if head in _POSSESSIVE and head_idx > 0:
            head_idx -= 1
            head = lows[head_idx]
        if not self.de and "of" in lows[1:] and poss is None and not self.parsed:
            # "the head of the police's investigators", "members of the opposition":
            # the head comes before "of"
            of = lows.index("of", 1)
            if of > 0 and lows[of - 1] not in self.title:
                head_idx = of - 1
                head = lows[head_idx]
        if self.parsed:
            # The syntactic head ("Officials" in "Officials from Acme"), not the last word.
            doc = v.doc
            roots = [
                k - start
                for k in range(start, end)
                if not start <= doc[k].head.i < end or doc[k].head.i == k
            ]
            if roots:
                head_idx = roots[0]
                head = lows[head_idx]
        joined = " ".join(lows)
        if head in _PLACE_NOUNS and len(tokens) > 1 and tokens[head_idx].cap:
            return Source("noun", start, end, text)  # "the Black Sea": a place, no speaker
        if any(low in _OWN for low in lows):
            # "nach eigenen Angaben", "by its own account": the clause's subject speaks
            return Source("document", start, end, text)
        if len(tokens) == 1 and head in self.pronouns:
            return Source("pronoun", start, end, text)
        if lows[0] in _GROUP_WORDS or lows[:2] in (["the", "two"], ["the", "three"]):
            return Source("group", start, end, text)  # "both nations", "the two countries"
        if joined in self.country or (
            ent == "country" and not (set(lows) & (self.anon | self.title))
        ):
            return Source("country", start, end, text)
        names = self._names(tokens, sent_start)
        orgs = [x for x in tokens if self._org(x) or (x.lower_ in self.org_suffix and x.cap)]
        if self.de:
            orgs += [
                x for x in tokens if x.lower_.endswith(self.org_suffix_tuple) and len(x.lower_) > 6
            ]
        if head in self.document or (self.de and head.endswith("bericht")):
            possessor = tokens[:poss] if poss is not None else tokens[:head_idx]
            complement = tokens[head_idx + 1 :]
            named_mod = [
                x for x in possessor + complement if x.cap and x.lower_ not in self.nonname
            ]
            if named_mod and not (self.de and all(x.lower_ in self.anon for x in named_mod)):
                return Source("document", start, end, text)
            if lows[0] in ("the", "der", "die", "das", "dem", "den") and any(
                x.like_num for x in possessor
            ):
                return Source("document", start, end, text)  # "the 2011 census"
            if head in self.anon or (lows[0] in self.indefinite) or head.endswith("s"):
                return Source("anon", start, end, text)
            return Source("common", start, end, text)
        if head in self.anon or (self.de and head.endswith(self.anon_suffixes)):
            org_word = any(x.is_lower and x.lower_ in self.org_suffix for x in tokens[:head_idx])
            if head in _SPOKES and (orgs or org_word or (poss is not None and names)):
                return Source("org", start, end, text)
            if self.de and _org_spokes_compound(head):
                return Source("org", start, end, text)  # "ein Bahnsprecher": the railway speaks
            if head in _SPOKES and start > sent_start:
                prev = t[start - 1]
                if prev.is_lower and (self._org(prev) or prev.lower_ in self.org_suffix):
                    # "a company spokesman": the organisation speaks through its spokesperson
                    first = start - 1
                    if first > sent_start and t[first - 1].lower_ in self.determiner:
                        first -= 1
                    return Source("org", first, end, v.text(first, end))
            return Source("anon", start, end, text)
        if ent == "person" or (names and not orgs):
            has_title = any(low in self.title for low in lows)
            if names and all(n.lower_ in self.country for n in names):
                return Source("country", start, end, text)
            if not has_title and not self.de and lows[0] == "the" and ent != "person":
                return Source("org", start, end, text)  # "the White House": people take no article
            if (
                ent is None
                and not has_title
                and end - start == 1
                and _at_start(t, start, sent_start)
            ):
                kind = self._initial_word(v, start, end)
                if kind != "person":
                    return Source(kind, start, end, text)
            return Source("office_holder" if has_title else "person", start, end, text)
        if orgs or ent == "org":
            return Source("org", start, end, text)
        if head in self.office or head in self.title:
            if lows[0] in self.indefinite:
                return Source("anon", start, end, text)
            before = t[start - 1].lower_ if start > sent_start else ""
            if (
                lows[0] not in self.determiner
                and before not in self.determiner
                and poss is None
                and not any(
                    low in self.country or (low in self.nationality and low not in self.title)
                    for low in lows
                )
            ):
                return Source("office_bare", start, end, text)  # "Minister warns": whose?
            return Source("office", start, end, text)
        if lows[0] in self.indefinite:
            return Source("anon", start, end, text)
        if not self.de and head.endswith("s") and head.isalpha() and lows[0] not in self.determiner:
            return Source("anon", start, end, text)  # bare plural: "psychologists suggested"
        return Source("common", start, end, text)

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
        if verb_s:
            return "noun"  # "Supply worries", "Prices fears grow": a headline, not a speaker
        if plural and not (verb.endswith("ed") or verb in _IRREGULAR_PAST):
            return "anon"  # "Investors fear": an unnamed group
        return "person"

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
        if prev in self.determiner or low.endswith(_DE_NOUN_SUFFIXES):
            return False
        return not low.endswith(("en", "ern"))


def _at_start(t: list[Lex], i: int, sent_start: int) -> bool:
    """Token ``i`` opens its sentence (after nothing but punctuation such as a quote)."""
    return all(t[k].is_punct for k in range(sent_start, i))


def _org_spokes_compound(head: str) -> bool:
    """ "Bahnsprecher", "Regierungssprecherin": the compound names whose spokesperson."""
    for suffix in ("sprecherin", "sprecher"):
        if head.endswith(suffix):
            prefix = head[: -len(suffix)]
            return len(prefix) >= 3 and prefix not in _NOT_ORG_SPOKES
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


def entity_kind(doc: Doc, start: int, end: int) -> str | None:
    """Entity type of the span from NER, if the pipeline has entities."""
    if not doc.ents:
        return None
    for ent in doc.ents:
        if ent.start < end and ent.end > start:
            if ent.label_ in _PERSON_ENTS:
                return "person"
            if ent.label_ in _ORG_ENTS:
                return "org"
            if ent.label_ in _PLACE_ENTS and ent.start <= start and ent.end >= end:
                return "country"
    return None
