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

from factcheck_app.analysis.agent_nouns import people_plural
from factcheck_app.analysis.german_shapes import (
    DE_POST,
    definite_plural_group,
    definite_singular,
    figure_share,
    owner_compound,
    proximity,
    some_of_a_group,
)
from factcheck_app.analysis.phrase_heads import (
    GROUP_PLURALS,
    collective_of_people,
    no_speaker,
    people_of_owner,
)
from factcheck_app.analysis.source_names import DE_NOUN_SUFFIXES, NameReader, at_start
from factcheck_app.analysis.view import DocView, Lex

#: Approximators before a quantifier: "fast jeder Fünfte", "nearly every voter".
_APPROX = frozenset({"fast", "knapp", "rund", "etwa", "nahezu", "nearly", "almost", "roughly"})
#: An organisation's acronym in a compound: "UN-Bericht", "EU-Studie".
_ACRONYM_COMPOUND = re.compile(r"^[A-ZÄÖÜ]{2,}-\w")
NAMED_KINDS = frozenset({"person", "org", "document", "office_holder"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: First words of a plural, unspecific group of actors ("both nations", "beide Seiten").
_GROUP_WORDS = frozenset({"both", "beide", "beiden", "all", "alle"})
_SPOKES = frozenset(
    {"sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "spokespeople"}
)
#: "Fürsprecher" (advocate), "Lautsprecher" (loudspeaker): no organisation's voice.
_NOT_ORG_SPOKES = frozenset({"für", "laut", "vor", "nach", "wider", "ver", "ent"})
#: "state television", "state media": the country's official outlet, identifiable.
_STATE_MEDIA = frozenset(
    {"television", "tv", "media", "radio", "broadcaster", "newspaper", "agency", "press"}
)
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
#: Heads of a police force's name: unnamed alone ("Police said"), named after a proper
#: name ("Kamloops Police").
_FORCES = frozenset({"police", "constabulary", "gendarmerie"})
#: Unnamed-source words that end many organisations' names ("the Associated Press").
_NAME_HEADS = frozenset({"press", "media"})
#: "nach eigenen Angaben", "on its own account": the subject is its own source.
_OWN = frozenset({"own", "eigenen", "eigener", "eigene"})
_PERSON_ENTS = frozenset({"PERSON", "PER"})
_ORG_ENTS = frozenset({"ORG", "FAC"})
_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})


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


class SourceJudge(NameReader):
    """The judging half of :class:`~factcheck_app.analysis.sources.SourceFinder`."""

    #: Verdicts given so far in the Doc being analysed, by (start, end, sentence start):
    #: the rules ask about the same span several times (two lexicon entries on one verb,
    #: a clause subject judged again, a conjunct). ``SentenceRules.for_doc`` gives each
    #: Doc's copy of the finder its own; the shared finder has none and never remembers.
    judged: dict[tuple[int, int, int], Source] | None = None

    def judge(self, v: DocView, start: int, end: int, sent_start: int) -> Source:
        """Decide what kind of source tokens ``start:end`` are (remembered per Doc:
        the verdict depends only on the Doc's tokens and the text's word evidence)."""
        memo = self.judged
        if memo is None:
            return self._judge(v, start, end, sent_start)
        key = (start, end, sent_start)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._judge(v, start, end, sent_start)
        return found

    def _judge(self, v: DocView, start: int, end: int, sent_start: int) -> Source:
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
        if not self.de and not self.parsed and collective_of_people(self.anon, self.org, lows):
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
            and people_of_owner(self.anon, self.document, head)
        ):
            return Source("anon", start, end, text)  # "Mrs. Clinton's confidants say"
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
                and (lows[-1].endswith(GROUP_PLURALS) or people_plural(lows[-1]))
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
        if not self.de and no_speaker(tokens, before):
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
            and head.endswith(GROUP_PLURALS)
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
                and at_start(t, start, sent_start)
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
                and at_start(t, start, sent_start)
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
        return head.endswith(_DE_PEOPLE_PLURAL) and not head.endswith(DE_NOUN_SUFFIXES)


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
