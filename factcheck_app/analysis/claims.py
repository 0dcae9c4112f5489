"""Unsourced claims: checkable statements (figures, dates, names) that nothing attributes.

Also remembers the last multi-word name in a sentence so that a later "she said" can be
resolved to it (the attribution rules call ``resolve``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

from factcheck_app.analysis import messages
from factcheck_app.analysis.claim_shapes import (
    CLAUSE_OPENERS,
    FIRST_PERSON,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTE_CHARS,
    caption,
    extend,
    german_passive,
    official_act,
    passive,
    plural_subject,
    quoted,
    subordinate,
    timeish,
)
from factcheck_app.analysis.findings import Attribution, RawFinding, SpeakerState, trim
from factcheck_app.analysis.lexicon import Entry, Lexicon
from factcheck_app.analysis.sources import SourceFinder
from factcheck_app.analysis.speakers import (
    described,
    group_subject,
    name_gender,
    name_part,
    person_names,
    subject_position,
)
from factcheck_app.analysis.view import DocView, Lex
from factcheck_app.explanations import Explanation
from factcheck_app.models import Category


class ClaimRules:
    """Decides whether a sentence (or part of it) is a checkable claim without a source.

    A sentence is given as a :class:`DocView` and its token range ``s0:s1``.
    """

    def __init__(self, lexicon: Lexicon, finder: SourceFinder):
        self.lang = lexicon.lang
        self.finder = finder
        self.context_conj = lexicon.term_set("context_conj")

    def resolve_group(
        self, state: SpeakerState, here: tuple[DocView, int, int] | None = None
    ) -> str | None:
        """What "they" refers to: the last organisation or group that spoke, unless a
        later sentence opened with a plural subject ("Shoukry and his counterparts
        gathered ... They concluded"), or the pronoun's own sentence did ("Penguins and
        other seabirds matter because they ...")."""
        if here is not None and self.lang == "en":
            v, s0, at = here
            span = group_subject(self.finder, v, s0, at)
            if span is not None:
                return v.text(*span)
        self._absorb_plural(state)
        return state.last_plural or state.last_group

    def _absorb_plural(self, state: SpeakerState) -> None:
        """Make the last plural subject mentioned since the last group speaker the group
        "they" continues (English: the shapes are English)."""
        if self.lang != "en":
            return
        for view, s0, s1, _cues in reversed(state.pending[state.group_at :]):
            span = group_subject(self.finder, view, s0, s1)
            if span is not None:
                state.last_plural = view.text(*span)
                state.group_at = len(state.pending)
                return

    def resolve(
        self,
        state: SpeakerState,
        gender: str | None = None,
        here: tuple[DocView, int, int] | None = None,
    ) -> str | None:
        """The nearest person named before a pronoun whose gender agrees with it.

        ``here``: the pronoun's sentence and position; a name opening that sentence's
        main clause before it is nearest ("John Rhys-Davies broke news when he revealed").
        """
        self.absorb(state)
        if here is not None:
            v, s0, at = here
            t = v.toks
            if any(t[k].is_title for k in range(s0, at)):
                caps = [(k, k + 1, None) for k in range(s0 + 1, at) if t[k].is_title]
                self._remember(state, v, s0, at, caps, subjects_only=True)
        return state.pick(gender)

    def absorb(self, state: SpeakerState) -> None:
        """Record the people and the plural subject of the sentences mentioned since the
        last speaker (kept unexamined until a pronoun or a new speaker needs them)."""
        if not state.pending:
            return
        self._absorb_plural(state)
        for view, s0, s1, cues in state.pending:
            self._remember(state, view, s0, s1, cues)
        state.pending.clear()
        state.group_at = 0

    def _remember(
        self,
        state: SpeakerState,
        v: DocView,
        s0: int,
        s1: int,
        cues: Sequence[tuple[int, int, Entry | None]],
        subjects_only: bool = False,
    ) -> None:
        """Record the people a sentence names, in text order, as the most recent ones:
        full names, and a surname alone of a person named before ("Qawi" after "Mufti
        Abdul Qawi"); the one opening the main clause as its subject."""
        where = (id(v), s0)
        finder = self.finder
        found = [(a, b, v.text(a, b)) for a, b in person_names(finder, v, s0, s1, cues)]
        surnames = {name.rsplit(" ", 1)[-1]: name for name in state.people if _full_name(name)}
        if surnames:
            t = v.toks
            taken = {k for a, b, _n in found for k in range(a, b)}
            for k in range(s0, s1):
                full = surnames.get(t[k].text)
                if (
                    full is not None
                    and k not in taken
                    and t[k].is_title
                    and subject_position(finder, v, s0, k)
                ):
                    found.append((k, k + 1, full))  # "Qawi was later accused ..."
            found.sort()
        for a, b, name in found:
            subject = subject_position(finder, v, s0, a)
            if subjects_only and not subject:
                continue
            state.person(name, name_gender(v, s0, a, b, s1), subject, where)

    def _last_name(
        self,
        v: DocView,
        s0: int,
        s1: int,
        checkable: list[tuple[int, int, Entry]],
        subject_only: bool = False,
    ) -> tuple[str, int] | None:
        """The last multi-word name ("Angela Merkel") mentioned in a sentence, and where
        it ends. ``subject_only``: only a name that can be a subject (a speaker), not one
        after a German dative, accusative or genitive article ("einem Finanzminister")."""
        found = person_names(self.finder, v, s0, s1, checkable, subject_only, last_only=True)
        if not found:
            return None
        start, end = found[-1]
        return v.text(start, end), end

    # --------------------------------------------------------- unsourced claims
    def unsourced(
        self,
        v: DocView,
        s0: int,
        s1: int,
        attributions: list[Attribution],
        checkable: list[tuple[int, int, Entry]],
        found: dict[Category, RawFinding],
    ) -> RawFinding | None:
        if not found.keys().isdisjoint(_CLAIM_DECIDED):
            return None
        if not checkable and not any(
            a.category is Category.SOURCED and not a.embedded for a in attributions
        ):
            # Only a checkable cue (below: ``feats``) or the trailing clause after a main
            # attribution (``_context_clause``) makes a claim: spare the sentence scans.
            return None
        t = v.toks
        if s1 - s0 < 5 or t[s1 - 1].text == "?":
            return None
        if not FIRST_PERSON.isdisjoint(map(_TEXT, t[s0:s1])) and any(
            t[k].text in FIRST_PERSON and (t[k].text != "I" or (k + 1 < s1 and t[k + 1].is_lower))
            for k in range(s0, s1)
        ):
            return None  # "Today, I am leaving the race": a speaker's words, not the writer's
        sourced = [a for a in attributions if a.category is Category.SOURCED]
        region = (s0, s1)
        confidence = 0.5
        reason = ""
        if sourced:
            main = [a for a in sourced if not a.embedded]
            if main:
                return self._context_clause(v, s0, s1, main, attributions)
            first = min(min(a.cue[0], a.source.start if a.source else a.cue[0]) for a in sourced)
            cut = first
            while cut > s0 and t[cut - 1].text != ",":
                cut -= 1
            if cut - 1 <= s0 + 2:
                return None
            region = (s0, cut - 1)
            confidence = 0.45
        elif attributions or Category.VAGUE_SOURCE in found:
            # A figure that unnamed people vouch for ("officials said", "people familiar
            # with the matter") is covered: the vague source is the flag. Only hearsay of
            # faceless reports ("Reports indicate ... 10,000 troops") leaves it unsourced,
            # and so does a clause of its own after ";" (labelling conventions).
            clause = self._unattributed_clause(v, s0, s1, attributions, found)
            if clause is None:
                return None
            region = clause
            confidence = 0.35
            reason = "vague"
        covered = {i for a in attributions for i in range(*self._att_span(a))}
        if QUOTE_CHARS.intersection(v.text(s0, s1)):
            covered |= quoted(t, s0, s1)  # quoted words are someone's, not the writer's
        feats = [
            c for c in checkable if region[0] <= c[0] and c[1] <= region[1] and c[0] not in covered
        ]
        if not feats or self._heading_like(t, s0, s1) or caption(t, s0, s1):
            return None
        # Dates, months, years and durations alone are no claims (point 9): only figures.
        figures = [c for c in feats if c[2].feature == "figure" and not timeish(t, *c[:2], s0)]
        if figures:
            cue_span = extend(t, figures[0][0], figures[0][1], figures, region)
            entry = figures[0][2]
            verb = None
        else:
            # Without a figure, only a named actor *doing* something checkable counts:
            # "North Korea dispatched troops", not every sentence that mentions a name.
            events = [c for c in feats if c[2].feature == "event"]
            if not events:
                return None
            chunks = self._entities(t, s0, region, feats)
            if not chunks:
                return None
            events = [e for e in events if self._finite_event(t, s0, e[0])]
            inside = any(region[0] <= a.cue[0] < region[1] for a in attributions)
            if not events or inside or QUOTE_CHARS.intersection(v.text(*region)):
                # An event told in someone's words ("said the roof fell in", a quote) is
                # theirs: only the writer's own event report is a claim of the writer.
                return None
            if self.lang == "de" and german_passive(t, s0, s1, events[0][0]):
                return None  # "der ... gewählt wurde", "wird ... vom Volk gewählt"
            verb = events[0]
            if official_act(t, region[1], verb[0]):
                return None  # "signed a government decree", "approved a bill": public record
            before = [c for c in chunks if c[1] <= verb[0] and self._actor_of(t, s0, c, verb[0])]
            entry = verb[2]
            if not before:
                if attributions or passive(t, s0, verb[0]) or subordinate(t, s0, verb[0]):
                    return None  # "Although the bill was suspended": no event of its own
                if not plural_subject(t, s0, verb[0]):
                    return None  # "the research team established a model": a description
                # "The two nations signed a treaty ... post-Cold War": the actor is not named
                # here, and the name after the verb is no actor: the event is the claim.
                span = trim(v, *region)
                verb_text = v.text(verb[0], verb[1])
                return RawFinding(
                    Category.UNSOURCED_CLAIM,
                    span[0],
                    span[1],
                    v.idx[verb[0]],
                    v.end_char(verb[1]),
                    Explanation.of(messages.EVENT_ONLY, verb_text),
                    entry.id,
                    0.4,
                )
            cue_span = described(t, s0, before, verb[0], self.finder.nonname) or before[-1]
            actor = self.finder.judge(v, cue_span[0], cue_span[1], s0)
            if actor.kind in ("org", "office"):
                # An institution's official act ("the court ruled", "the WHO raised its
                # risk assessment") is public record, checkable at its source; a person's
                # or a country's deed is the writer's claim.
                return None
        cue_text = v.text(cue_span[0], cue_span[1])
        verb_text = v.text(verb[0], verb[1]) if verb is not None else ""
        explanation = entry.describe(cue_text, verb=verb_text)
        if reason == "vague":
            explanation = explanation.then(messages.VAGUE_ONLY)
        span = trim(v, *region)
        return RawFinding(
            Category.UNSOURCED_CLAIM,
            span[0],
            span[1],
            v.idx[cue_span[0]],
            v.end_char(cue_span[1]),
            explanation,
            entry.id,
            confidence,
        )

    def _entities(
        self,
        t: list[Lex],
        s0: int,
        region: tuple[int, int],
        feats: list[tuple[int, int, Entry]],
    ) -> list[tuple[int, int]]:
        """Whole names in the region ("Kim and Belousov", "North Korea"), not nationality
        adjectives ("North Korean leader") or sentence-initial function words."""
        finder = self.finder
        events = {s for s, _e, entry in feats if entry.feature == "event"}
        found: set[int] = set()
        for s, e, entry in feats:
            if entry.feature != "entity":
                continue
            if t[s].lower_ in finder.title:
                while e < region[1] and e - s < 4 and t[e].is_title:
                    e += 1  # "Bundeskanzler Scholz": the title is the cue, the name follows
            found.update(range(s, e))
        marks = sorted(found)
        first = t[region[0]]
        if (
            region[0] == s0
            and first.is_title
            and first.lower_ not in finder.nonname
            and (not marks or marks[0] != region[0])
            and (
                (marks and marks[0] == region[0] + 1)
                or first.lower_ in finder.country
                or finder._org(first)
            )
        ):
            # A capital at the start of a sentence names something only as part of a
            # longer name ("North Korea") or when the word lists know it ("Germany").
            marks.insert(0, region[0])
        if self.lang == "de":
            marks = sorted(
                set(marks)
                | {i for i in range(*region) if t[i].lower_ in finder.country or finder._org(t[i])}
            )
        chunks: list[list[int]] = []
        for i in marks:
            if chunks and (
                chunks[-1][1] == i or (chunks[-1][1] == i - 1 and t[i - 1].lower_ in finder.links)
            ):
                chunks[-1][1] = i + 1
            else:
                chunks.append([i, i + 1])
        out = []
        for start, end in chunks:
            while start < end and not name_part(t, start, end, finder.nonname):
                start += 1
            words = [t[k].lower_ for k in range(start, end)]
            if not words:
                continue
            adjective = all(w in finder.nationality or w in finder.links for w in words)
            if adjective and " ".join(words) not in finder.country:
                continue  # "North Korean": a nationality, not an actor
            nxt = t[end] if end < region[1] else None
            if (
                adjective
                and nxt is not None
                and nxt.is_lower
                and nxt.is_alpha
                and end not in events
                and nxt.lower_ not in finder.skip
            ):
                continue  # "U.S. troops": used as an adjective
            out.append((start, end))
        return out

    def _context_clause(
        self,
        v: DocView,
        s0: int,
        s1: int,
        main: list[Attribution],
        attributions: list[Attribution],
    ) -> RawFinding | None:
        """Writer's own trailing clause after an attribution: ", as tensions escalate ...".

        Not under an attribution that opens the sentence ("According to NPR, Biden has
        1,217 delegates, while Sanders has 914"): it covers every clause that follows."""
        t = v.toks
        if any(_opens_sentence(t, s0, a) for a in main):
            return None
        after = max(a.cue[1] for a in main)
        for i in range(after, s1 - 4):
            if (
                t[i].text == ","
                and t[i + 1].lower_ in self.context_conj
                and not _phrase_only(t, i + 2, s1)
            ):
                end = i + 2
                # (a token is the sentence's last exactly when end + 1 == s1)
                while end < s1 and t[end].text not in (",", ";") and end + 1 != s1:
                    end += 1
                if end - (i + 1) < 4 or any(i < a.cue[0] < end for a in attributions):
                    return None
                span = trim(v, i + 1, end)
                text = v.text(i + 1, end)
                explanation = Explanation.of(messages.OWN_CLAIM, text)
                return RawFinding(
                    Category.UNSOURCED_CLAIM,
                    span[0],
                    span[1],
                    span[0],
                    span[1],
                    explanation,
                    "context_clause",
                    0.35,
                )
        return None

    def _unattributed_clause(
        self,
        v: DocView,
        s0: int,
        s1: int,
        attributions: list[Attribution],
        found: dict[Category, RawFinding],
    ) -> tuple[int, int] | None:
        """Where a figure under only a vague attribution is still the writer's claim.

        The whole sentence when every vague attribution is hearsay of reports (its
        source a document word, or no source at all); otherwise the largest ";"-clause
        that holds no attribution, if any.
        """
        finder = self.finder
        t = v.toks
        vague = found.get(Category.VAGUE_SOURCE)
        people = vague is not None and not attributions and not self._faceless(v, vague)
        for a in attributions:
            if a.source is None:
                if a.entry.role == "reported_speech":
                    people = True  # Konjunktiv I: someone's reported words, speaker unnamed
                continue
            words = [t[k].lower_ for k in range(a.source.start, a.source.end)]
            if not any(w in finder.document for w in words) or any(
                w in finder.anon and w not in finder.document for w in words
            ):
                people = True
        if not people:
            return s0, s1
        if not attributions or not any(t[i].text == ";" for i in range(s0, s1)):
            return None
        cuts = [s0] + [i + 1 for i in range(s0, s1) if t[i].text == ";"] + [s1 + 1]
        spans = [(cuts[k], cuts[k + 1] - 1) for k in range(len(cuts) - 1)]
        cues = [a.cue[0] for a in attributions]
        free = [(a, b) for a, b in spans if not any(a <= c < b for c in cues)]
        if not attributions or not free or len(spans) < 2:
            return None
        return max(free, key=lambda span: span[1] - span[0])

    def _faceless(self, v: DocView, vague: RawFinding) -> bool:
        """A vague cue naming only documents ("nach Schätzungen", "by varying reports"):
        nobody vouches for the figure, so it stays the writer's claim."""
        words = re.findall(r"\w+", v.full_text[vague.cue_start : vague.cue_end].lower())
        return any(w in self.finder.document and w not in _STATEMENTS for w in words) and not any(
            w in self.finder.anon and w not in self.finder.document for w in words
        )

    def _finite_event(self, t: list[Lex], s0: int, i: int) -> bool:
        """An event word used as a verb, not as a noun ("IAAF rules", "the attacks")."""
        if i == s0:
            return False
        prev = t[i - 1]
        low = prev.lower_
        if i - 2 >= s0 and prev.is_lower and t[i - 2].lower_ in POSSESSIVES:
            return False  # "his tax records": a noun after a possessive and a modifier
        return low not in self.finder.determiner and low not in ("'s", "’s", "'", "’")

    def _actor_of(self, t: list[Lex], s0: int, chunk: tuple[int, int], verb: int) -> bool:
        """The name can be the verb's subject: not a preposition's object ("via Twitter",
        "in the Morning"), not separated from the verb by a new clause ("when ...")."""
        start, end = chunk
        k = start - 1
        while k > s0 and t[k].lower_ in self.finder.determiner:
            k -= 1  # "across the United States": the article belongs to the preposition's object
        if k >= s0 and k < start and t[k].lower_ in PREPOSITIONS:
            return False
        return not any(t[k].lower_ in CLAUSE_OPENERS for k in range(end, verb))

    @staticmethod
    def _att_span(att: Attribution) -> tuple[int, int]:
        if att.source is None:
            return att.cue
        return min(att.cue[0], att.source.start), max(att.cue[1], att.source.end)

    def _heading_like(self, t: list[Lex], s0: int, s1: int) -> bool:
        words = [x for x in t[s0:s1] if x.is_alpha]
        if not words:
            return True
        if self.lang == "de":
            return not any(x.is_lower for x in words)
        caps = sum(1 for x in words if x.text[0].isupper())
        return caps / len(words) > 0.6


#: "nach libyschen Angaben": statements imply people who made them (not faceless papers).
#: A token's text, read in C when a whole sentence is scanned for a word.
_TEXT = attrgetter("text")
#: A sentence with one of these findings makes no unsourced claim of its own.
_CLAIM_DECIDED = frozenset({Category.HEDGED, Category.DISPUTED, Category.NO_EVIDENCE})
_STATEMENTS = frozenset({"angaben", "informationen", "statement", "statements"})


def _full_name(name: str) -> bool:
    """A person's name that ends in a first and a last name ("Mufti Abdul Qawi", "author
    Tak-Sing Wong"), not an office ("The governor of Louisiana"): its surname alone can
    name the person later."""
    words = name.split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper()


#: Words that open a noun phrase: after "after"/"since" they make a phrase, not a clause.
_NP_START = frozenset({"the", "a", "an", "this", "that", "these", "those"}) | POSSESSIVES


def _opens_sentence(t: list[Lex], s0: int, a: Attribution) -> bool:
    """The attribution is the sentence's opening phrase, before its first comma
    ("According to NPR,", "But according to the commission,"): a prefix, not a verb."""
    first = min(a.cue[0], a.source.start if a.source else a.cue[0])
    if first - s0 > 1 or a.entry.role != "source_intro":
        return False
    end = min(len(t), a.source.end + 2 if a.source else a.cue[1] + 2)  # (not past the text)
    return any(t[k].text == "," for k in range(a.cue[1], end))


def _phrase_only(t: list[Lex], k: int, s1: int) -> bool:
    """ "after growing up with ...", "after his shift at ...": a non-finite clause or a noun
    phrase continues what the attribution reports; the writer's own context clause has a
    subject and a verb of its own ("as tensions escalate")."""
    if k >= s1:
        return True
    word = t[k].lower_
    if word == "of" and t[k - 1].lower_ == "as":
        return True  # "as of yesterday morning": a date, no clause
    return (t[k].is_alpha and word.endswith("ing")) or (
        word in _NP_START and t[k - 1].lower_ in ("after", "since", "before")
    )
