"""Judging a source phrase: a real name, an office, a country or an unnamed group?

Split from ``sources`` (which finds the phrase). Without a trained model the judgement
comes from capitalisation, word order and the lexicon's word lists (titles,
organisations, countries, anonymous nouns); with one, from its entities
(``entity_kind``). "Named means a real name": an indefinite or plural common-noun phrase
("a senior diplomat", "officials") is unnamed however it is capitalised.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from factcheck_app.analysis.agent_nouns import (
    IRREGULAR_PEOPLE,
    people_noun,
    people_plural,
    person_noun,
)
from factcheck_app.analysis.german_shapes import (
    DE_POST,
    definite_plural_group,
    definite_singular,
    figure_share,
    owner_compound,
    proximity,
    some_of_a_group,
)
from factcheck_app.analysis.textwords import TextWords
from factcheck_app.analysis.view import DocView, Lex

#: Approximators before a quantifier: "fast jeder Fünfte", "nearly every voter".
_APPROX = frozenset({"fast", "knapp", "rund", "etwa", "nahezu", "nearly", "almost", "roughly"})
#: An organisation's acronym in a compound: "UN-Bericht", "EU-Studie".
_ACRONYM_COMPOUND = re.compile(r"^[A-ZÄÖÜ]{2,}-\w")
NAMED_KINDS = frozenset({"person", "org", "document", "office_holder"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_DE_NOUN_SUFFIXES = ("ungen", "ung", "heit", "keit", "ion", "ionen", "nisse", "schaft", "tät")
#: First words of a plural, unspecific group of actors ("both nations", "beide Seiten").
_GROUP_WORDS = frozenset({"both", "beide", "beiden", "all", "alle"})
_SPOKES = frozenset(
    {"sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "spokespeople"}
)
#: "Fürsprecher" (advocate), "Lautsprecher" (loudspeaker): no organisation's voice.
_NOT_ORG_SPOKES = frozenset({"für", "laut", "vor", "nach", "wider", "ver", "ent"})
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
#: "state television", "state media": the country's official outlet, identifiable.
_STATE_MEDIA = frozenset(
    {"television", "tv", "media", "radio", "broadcaster", "newspaper", "agency", "press"}
)
#: Honorifics: the capitalised word after them is a surname, even "King" or "Judge".
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})
#: Heads of geographic names: "the Black Sea said" is a misparse, never a speaker.
PLACE_NOUNS = frozenset(
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
#: Capitalised words the name lists call non-names (they open sentences: "New rules")
#: that, mid-sentence before another capital, open a name: "New York", "Old Trafford".
NAME_OPENERS = frozenset({"new", "old"})
#: Heads of a police force's name: unnamed alone ("Police said"), named after a proper
#: name ("Kamloops Police").
_FORCES = frozenset({"police", "constabulary", "gendarmerie"})
#: Plurals of party, creed or nationality words: "Democrats", "Conservatives", "Europeans"
#: name a group, not a speaker (no English surname ends like this).
_GROUP_PLURALS = ("icans", "eans", "ians", "crats", "atives", "ives", "erals", "icals", "ists")
#: Unnamed-source words that end many organisations' names ("the Associated Press").
_NAME_HEADS = frozenset({"press", "media"})
#: "nach eigenen Angaben", "on its own account": the subject is its own source.
_OWN = frozenset({"own", "eigenen", "eigener", "eigene"})
_PERSON_ENTS = frozenset({"PERSON", "PER"})
_ORG_ENTS = frozenset({"ORG", "FAC"})
_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})


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


#: Collective and quantity nouns whose "of" phrase names the people ("a group of rabbis",
#: "Majorities of Democrats"): no speaker of their own.
COLLECTIVE = frozenset(
    {"group", "groups", "handful", "number", "couple", "dozen", "dozens", "hundreds",
     "thousands", "crowd", "crowds", "team", "panel", "delegation", "coalition", "chorus",
     "bunch", "host", "slew", "majority", "majorities", "minority", "minorities", "lot",
     "lots", "band", "circle"}
)  # fmt: skip


#: People who speak for their principal by office: "the airline's lawyers" are its voice.
_REPRESENTATIVES = frozenset(
    {"lawyers", "attorneys", "representatives", "counsel", "solicitors", "barristers"}
)
#: Words that end a head noun: its post-modifiers ("parents with kids", "experts on").
_AFTER_HEAD = frozenset({"with", "in", "at", "from", "for", "on", "who", "whose", "that", "to"})


class Source(NamedTuple):
    """A judged source phrase; ``start``/``end`` are token indices into the Doc.

    (A named tuple: immutable like a frozen dataclass, and much cheaper to build, which
    every judged phrase does.)"""

    #: person|org|document|office_holder|office|office_bare|country|group|pronoun|anon|
    #: common|noun ("noun": a common word that only looked like a name: no speaker)
    kind: str
    start: int
    end: int
    text: str

    @property
    def named(self) -> bool:
        return self.kind in NAMED_KINDS


class SourceJudge:
    """The judging half of :class:`~factcheck_app.analysis.sources.SourceFinder`."""

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

    def judge(self, v: DocView, start: int, end: int, sent_start: int) -> Source:
        """Decide what kind of source tokens ``start:end`` are."""
        t = v.toks
        while end - start > 1 and (t[end - 1].is_punct and t[end - 1].lower_ not in POSSESSIVE):
            end -= 1  # a closing quote or bracket is not part of the name
        tokens = t[start:end]
        text = v.text(start, end)
        lows = [tok.lower_ for tok in tokens]
        if len(lows) > 2 and lows[0] in _APPROX and lows[1] in self.indefinite:
            # "Fast jeder Fünfte", "nearly every voter": judged without the approximator
            inner = self.judge(v, start + 1, end, sent_start)
            return Source(inner.kind, start, end, text)
        ent = entity_kind(v.doc, start, end) if v.has_ents else None
        poss = (
            None
            if POSSESSIVE.isdisjoint(lows)
            else next(k for k, low in enumerate(lows) if low in POSSESSIVE)
        )
        head_idx = len(tokens) - 1
        head = lows[head_idx]
        if head in POSSESSIVE and head_idx > 0:
            head_idx -= 1
            head = lows[head_idx]
        if not self.de and not self.parsed and self._collective_of_people(lows):
            return Source("anon", start, end, text)  # "Majorities of Democrats say"
        if not self.de and "of" in lows[1:] and poss is None and not self.parsed:
            # "the head of the police's investigators", "members of the opposition":
            # the head comes before "of"
            of = lows.index("of", 1)
            if of > 0 and lows[of - 1] not in self.title:
                head_idx = of - 1
                head = lows[head_idx]
        elif not self.de and poss is None and not self.parsed:
            # "Aides to Clinton", "Strategists for Barack Obama": plural people working for
            # a named one are not that one (its spokesperson is: kept as before)
            joint = next((k for k, low in enumerate(lows[1:], 1) if low in ("to", "for")), 0)
            word = lows[joint - 1] if joint else ""
            if (
                (word in self.anon or people_plural(word))
                and word.endswith("s")
                and word not in _SPOKES
            ):
                head_idx = joint - 1
                head = word
        if (
            not self.de
            and not self.parsed
            and poss is not None
            and head_idx > poss
            and "of" not in lows[:poss]  # "The head of the police's investigators": an office
            and tokens[head_idx].is_lower
            and head not in _SPOKES
            and head not in _REPRESENTATIVES
            and head not in self.document  # "The Bundesbank's reports": its own
            and _people_plural_word(self.anon, head)
        ):
            # "Mrs. Clinton's confidants say", "the senator's aides said": some people of a
            # named one, none of them named (like "Aides to Clinton"); its spokespeople and
            # lawyers are its voice ("The airline's lawyers argued")
            return Source("anon", start, end, text)
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
        if self.de and figure_share(t, start, end):
            # "75 Prozent der Richter sind der Meinung": a poll's figure, no speaker
            return Source("noun", start, end, text)
        joined = " ".join(lows)
        if head in PLACE_NOUNS and len(tokens) > 1 and tokens[head_idx].cap:
            return Source("noun", start, end, text)  # "the Black Sea": a place, no speaker
        if self.de and proximity(lows):
            # "aus Kreisen der Regierung", "aus dem Umfeld des Ministers": people near a
            # named one, none of them named
            return Source("anon", start, end, text)
        if self.de and "und" in lows[1:-1]:
            # "Forscher und Verbände": unnamed when no part is named and one is unnamed
            k = lows.index("und", 1)
            parts = (
                self.judge(v, start, start + k, sent_start),
                self.judge(v, start + k + 1, end, sent_start),
            )
            # (a lone capitalised word counts as a name only with no unnamed part beside
            # it: "Ärzte und Verbände" are two plurals, not a person "Verbände")
            if any(p.kind == "anon" for p in parts) and not any(
                p.named and not (p.kind == "person" and p.end - p.start == 1) for p in parts
            ):
                return Source("anon", start, end, text)
        if not self.de and "and" in lows[1:-1]:
            # "Republicans and Democrats", "Developers and supporters": unnamed when both
            # conjuncts are ("Biden and others" is not)
            k = lows.index("and", 1)
            left = self.judge(v, start, start + k, sent_start)
            last = tokens[-1]
            right_anon = self.judge(v, start + k + 1, end, sent_start).kind == "anon" or (
                k + 2 == len(lows)
                and last.cap
                and (lows[-1].endswith(_GROUP_PLURALS) or people_plural(lows[-1]))
                and not self._org(last)
            )
            if left.kind == "anon" and right_anon:
                return Source("anon", start, end, text)
        before = t[start - 1].lower_ if start > sent_start else ""
        if self.de and self._members_of(tokens, [before, *lows]):
            # "Politische Gegner der AKP", "Zwei Mitarbeiter des Konzerns": some people of a
            # named group, none of them named
            return Source("anon", start, end, text)
        if any(low in _OWN for low in lows):
            # "nach eigenen Angaben", "by its own account": the clause's subject speaks
            return Source("document", start, end, text)
        if not self.de and _no_speaker(tokens, before):
            return Source("noun", start, end, text)  # "over the past two weeks shows"
        if len(tokens) == 1 and head in self.pronouns:
            return Source("pronoun", start, end, text)
        if not self.de and head in _FORCES and self._named_force(t, start, head_idx, sent_start):
            # "Kamloops Police", "the New York police", "the Royal Canadian Mounted Police":
            # a force with a proper name is a named organisation; "Police", "local police"
            # and "Chinese police" name none
            return Source("org", start, end, text)
        if lows[0] in ("all", "alle") and head in self.anon:
            return Source("anon", start, end, text)  # "all analysts": no known set
        if self.de and some_of_a_group(lows):
            # "Die meisten Wähler", "Jeder Jurist": some of a group, none of them named
            return Source("anon", start, end, text)
        if self.de and len(tokens) == 1 and head in _DE_OBLIQUE:
            return Source("noun", start, end, text)  # "Mir hat jemand geschrieben": no subject
        if lows[0] in _GROUP_WORDS or lows[:2] in (["the", "two"], ["the", "three"]):
            return Source("group", start, end, text)  # "both nations", "the two countries"
        if joined in self.country or (
            ent == "country" and not (set(lows) & (self.anon | self.title))
        ):
            return Source("country", start, end, text)
        if (
            not self.de
            and tokens[head_idx].cap
            and head.endswith(_GROUP_PLURALS)
            and len(tokens) <= 3
            and not any(x.is_lower for x in tokens[1:])
            and not self._org(tokens[head_idx])
            and (end >= len(t) or t[end].text != ":")
            and not (start > sent_start and t[start - 1].lower_ in ("to", "of", "for", "and", "&"))
        ):  # not inside a longer name: "the Committee to Protect Journalists"
            return Source("anon", start, end, text)  # "Republicans", "Leading Democrats"
        names = self._names(tokens, sent_start)
        orgs = [x for x in tokens if self._org(x) or (x.lower_ in self.org_suffix and x.cap)]
        if self.de:
            orgs += [
                x for x in tokens if x.lower_.endswith(self.org_suffix_tuple) and len(x.lower_) > 6
            ]
        for link in ("by", "von", "vom"):
            if link in lows[1:-1] and any(w in self.document for w in lows[: lows.index(link)]):
                # "a statement released by her family": the author is the source
                author = self.judge(v, start + lows.index(link) + 1, end, sent_start)
                kind = "document" if author.named else author.kind
                return Source(kind, start, end, text)
        spokes = (
            None
            if _SPOKES.isdisjoint(lows)
            else next(k for k, low in enumerate(lows) if low in _SPOKES)
        )
        if (
            spokes is not None
            and spokes + 2 < len(lows)
            and lows[spokes + 1] in ("for", "of", "at", "from", "für", "von", "der", "des")
            and tokens[spokes + 2 :]
            and any(
                x.cap and x.lower_ not in self.nonname and x.lower_ not in self.anon
                for x in tokens[spokes + 2 :]
            )
        ):
            return Source("org", start, end, text)  # "a spokesperson for Stagecoach South"
        owner = (
            self.de
            and owner_compound(tokens[head_idx].text, self.document)
            and tokens[head_idx].text.rpartition("-")[0].lower() not in self.anon
        )
        if owner:
            return Source("document", start, end, text)  # "der Billa-Facebookseite"
        if not self.de and head == "figures" and lows[0] in self.indefinite:
            # "some GOP figures declared": people (or numbers nobody owns): unnamed either way
            return Source("anon", start, end, text)
        if head in self.document or (self.de and head.endswith("bericht")):
            possessor = tokens[:poss] if poss is not None else tokens[:head_idx]
            complement = tokens[head_idx + 1 :]
            named_mod = [
                x for x in possessor + complement if x.cap and x.lower_ not in self.nonname
            ]
            if (
                not self.de
                and named_mod == tokens[:1]
                and head.endswith("s")
                and _at_start(t, start, sent_start)
                and not tokens[0].text.isupper()
                and (self.words is None or tokens[0].lower_ not in self.words.mid_caps)
                and not (  # "Initial reports from Omsk hospital": named by their origin
                    end + 1 < len(t) and t[end].lower_ in ("from", "by", "of") and t[end + 1].cap
                )
            ):
                named_mod = []  # "Instant polls showed": only the sentence's capital
            if named_mod and not (self.de and all(x.lower_ in self.anon for x in named_mod)):
                return Source("document", start, end, text)
            if any(_ACRONYM_COMPOUND.match(x.text) for x in tokens):
                return Source("document", start, end, text)  # "laut einem UN-Bericht"
            if lows[0] in ("the", "der", "die", "das", "dem", "den") and any(
                x.like_num for x in possessor
            ):
                return Source("document", start, end, text)  # "the 2011 census"
            plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
            if head in self.anon or (lows[0] in self.indefinite) or plural:  # not "the census"
                return Source("anon", start, end, text)
            return Source("common", start, end, text)
        if (
            head in _NAME_HEADS
            and tokens[head_idx].cap
            and head_idx > 0
            and tokens[head_idx - 1].cap
            and tokens[head_idx - 1].lower_ not in self.nationality
        ):
            return Source("org", start, end, text)  # "the Associated Press", "Free Press"
        if self.de and head in self.anon and definite_singular(t, start, end, sent_start, lows):
            return Source("common", start, end, text)  # "Der Politiker ist ...": that one
        if not self.de and lows[0] == "state" and len(lows) == 2 and head in _STATE_MEDIA:
            return Source("org", start, end, text)  # "according to state television"
        if not self.de and lows == ["the", head] and head in _SPOKES:
            return Source("office", start, end, text)  # "the spokesman said": a definite office
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
        if not self.de and head_idx < len(tokens) - 1 and people_plural(head):
            return Source("anon", start, end, text)  # "Strategists for Anna Berg"
        if orgs and not self.de and len(names) >= 2 and self._employed(tokens, names, orgs):
            # "police Detective Constable Daniel Dubé", "Ottawa Police Chief Peter Sloly":
            # the organisation is the employer, the person at the end speaks
            return Source("office_holder", start, end, text)
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
            if (
                lows[0] in self.indefinite
                and head_idx == len(tokens) - 1
                and tokens[head_idx].is_lower
                and (head in self.office or head in self.title)
                and head not in _SPOKES
            ):
                return Source("anon", start, end, text)  # "a U.S. District Court judge"
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
                if self.de and head in _UNIQUE_OFFICES_DE and end - start == 1:
                    # "Kanzler fordert": German headline style drops the article of an
                    # office with one holder at a time; "Minister warnt" stays unnamed
                    return Source("office", start, end, text)
                return Source("office_bare", start, end, text)  # "Minister warns": whose?
            return Source("office", start, end, text)
        if lows[0] in self.indefinite:
            return Source("anon", start, end, text)
        if not self.de and head.endswith("s") and head.isalpha() and lows[0] not in self.determiner:
            return Source("anon", start, end, text)  # bare plural: "psychologists suggested"
        if (
            not self.de
            and lows[0] == "the"
            and head.endswith(("ers", "ists", "ants", "ents", "ians", "ors"))
            and tokens[head_idx].is_lower
            and poss is None
        ):
            return Source("anon", start, end, text)  # "the engineers": a plural, no name
        if self.de and definite_plural_group(t, start, end, sent_start, lows):
            return Source("anon", start, end, text)  # "Die Russen sagen": an unnamed group
        return Source("common", start, end, text)

    def _collective_of_people(self, lows: list[str]) -> bool:
        """ "Majorities of Democrats and Republicans", "a group of rabbis", "a handful of
        protesters": a collective noun before "of" names nobody; the people after "of"
        (up to their own post-modifier) are the head, and a plural of people is unnamed."""
        if "of" not in lows[1:-1]:
            return False
        of = lows.index("of", 1)
        if lows[of - 1] not in COLLECTIVE:
            return False
        rest = lows[of + 1 :]
        cut = next((k for k, low in enumerate(rest) if low in _AFTER_HEAD), len(rest))
        if cut == 0:
            return False
        head = rest[cut - 1]
        return (
            head in self.anon
            or people_noun(self.anon, head)
            or person_noun(head)
            or people_plural(head)
            or (head.endswith(_GROUP_PLURALS) and head not in self.org)
        )

    def _members_of(self, tokens: list[Lex], lows: list[str]) -> bool:
        """A plural (or indefinite) noun for people before a genitive or a place: "Kritiker
        der Reform", "mehrere Mitglieder des Vorstands", "Beobachter in der Türkei",
        "Mitarbeiter von Siemens". Not an office or a
        spokesperson ("Sprecher des Ministeriums", "der Leiter der Behörde": one holder).
        ``lows`` starts with the word before the phrase (its article, if the finder left
        it out)."""
        g = next(
            (k for k in range(2, len(lows) - 1) if lows[k] in DE_POST and tokens[k - 2].cap),
            None,
        )
        if g is None or {lows[0], lows[1]} & {"der", "dem", "des", "den"}:
            return False
        head = lows[g - 1]
        if head in self.document or head.endswith(("bericht", "berichte", "berichten")):
            return False  # "Angaben des Ministeriums": the ministry's own account
        if head in self.title or head in self.office or _org_spokes_compound(head):
            return False
        if head.endswith("ender") or any(head.endswith(w) for w in self.title if len(w) > 6):
            return False  # "Vorstandsvorsitzender von PNE": one holder of an office
        if head in _SPOKES or head.endswith(("sprecher", "sprecherin")):
            return False
        if head in self.anon or head.endswith(self.anon_suffixes):
            return True
        return head.endswith(_DE_PEOPLE_PLURAL) and not head.endswith(_DE_NOUN_SUFFIXES)

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
            if not _at_start(t, k, sent_start):
                return True
            if low in self.country or (self.words is not None and low in self.words.mid_caps):
                return True
        return False

    def _employed(self, tokens: list[Lex], names: list[Lex], orgs: list[Lex]) -> bool:
        """A person's name closes the phrase after their organisation and title: at
        least two name words at the end, before them a title or a lower-case word (the
        organisation as a modifier), and no organisation word among them."""
        k = len(tokens)
        while k > 0 and any(tokens[k - 1] is n for n in names):
            k -= 1
        if len(tokens) - k < 2 or k == 0:
            return False
        prev = tokens[k - 1]
        if prev.lower_ not in self.title and not (prev.is_lower and prev.lower_ in self.org):
            return False
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
        if prev in self.determiner or low.endswith(_DE_NOUN_SUFFIXES):
            return False
        return not low.endswith(("en", "ern"))


#: Endings of German plural nouns for people: "Gegner", "Mitglieder", "Aktivisten",
#: "Demonstranten", "Studierende", "Angestellte", "Spediteure", "Expertinnen".
_DE_PEOPLE_PLURAL = ("er", "ern", "isten", "anten", "enten", "eure", "ende", "enden", "te", "ten",
                     "innen", "oren", "leute")  # fmt: skip
#: Offices with one holder at a time that German copy names without an article.
_UNIQUE_OFFICES_DE = frozenset(
    {"kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "bundespräsident",
     "bundespräsidentin", "vizekanzler", "vizekanzlerin", "papst", "kremlchef", "kreml-chef",
     "us-präsident", "us-präsidentin"}
)  # fmt: skip
#: Dative and accusative pronouns: never the subject of a verb of saying.
_DE_OBLIQUE = frozenset({"mir", "mich", "dir", "dich", "uns", "euch", "ihm", "ihn", "ihnen"})


#: Nouns of time: "the past two weeks" never says anything.
_TIME_NOUNS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
     "centuries", "day", "week", "month", "year", "decade", "weekend", "weekends"}
)  # fmt: skip


def _no_speaker(tokens: list[Lex], before: str) -> bool:
    """A phrase that cannot speak: a time span ("two weeks", "the past few years") or a
    lone number after "of" ("the mother of three replied": her children are no speaker)."""
    last = tokens[-1].lower_
    if last in _TIME_NOUNS and tokens[-1].is_lower:
        return True
    return len(tokens) == 1 and before == "of" and (tokens[0].like_num or last in _NUMBER_WORDS)


_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"}
)


def _people_plural_word(anon: frozenset[str], low: str) -> bool:
    """A plural noun for people: "aides", "confidants", "lawyers", "friends", "women"."""
    plural = (low.endswith("s") and not low.endswith(("ss", "us", "is"))) or low in IRREGULAR_PEOPLE
    return plural and (people_noun(anon, low) or person_noun(low))


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
