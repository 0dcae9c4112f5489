"""Attributions: who says so, for one cue of saying, believing or sourcing.

Split from ``rules`` (which drives the sentence): given a reporting verb, a source
introducer ("according to", "laut"), a source outro ("X zufolge") or a passive of saying,
find the source phrase (parse subject, word order, inverted order, a passive's agent),
judge it named or vague (``sources``), resolve pronouns to the last fitting speaker and
record speakers for later sentences. The explanations of these decisions live here so
they are written in one place.
"""

from __future__ import annotations

from factcheck_app.analysis import messages
from factcheck_app.analysis.claims import ClaimRules
from factcheck_app.analysis.denial_senses import DENIAL_VERBS, denies_a_thing
from factcheck_app.analysis.findings import SPEAKER_KINDS, Attribution, SpeakerState
from factcheck_app.analysis.german_shapes import PUBLIC_DE, speaker_prefix
from factcheck_app.analysis.german_subjects import (
    bare_plural_subject,
    german_clause_subject,
    german_left_subject,
    verb_after_so,
)
from factcheck_app.analysis.inverted_subjects import vague_inverted
from factcheck_app.analysis.konjunktiv import ReportedSpeech
from factcheck_app.analysis.lexicon import Entry, Lexicon
from factcheck_app.analysis.senses import takes_lives
from factcheck_app.analysis.sources import Source, SourceFinder, subject_from_parse
from factcheck_app.analysis.speakers import (
    back_reference,
    pronoun_speaker,
    reason_phrase,
    title_gender,
)
from factcheck_app.analysis.speech_senses import directs
from factcheck_app.analysis.speech_shapes import (
    INTENDING,
    PARTICIPLE_LINKS,
    TIME_WORDS,
    WANTING,
    closes_inverted_subject,
    coordinated_main_verb,
    cue_is_noun,
    generic_one,
    locative_modifier,
    noun_after_preposition,
    number_disagrees,
    office_of,
    participial_main_verb,
    participle_to,
)
from factcheck_app.analysis.subject_shapes import before_apposition, share_in_figures
from factcheck_app.analysis.subjects import (
    hypothetical_nobody,
    message_sender,
    named_conjunct,
    vague_subject,
)
from factcheck_app.analysis.view import DocView
from factcheck_app.explanations import Explanation
from factcheck_app.models import Category

_QUOTES = frozenset({'"', "“", "”", "„", "‘", "’", "«", "»", "'"})
AGENT_PREPS = {"en": frozenset({"by"}), "de": frozenset({"von", "vom", "durch", "seitens", "aus"})}
HEADLINE_PREFIX = ".headline_prefix"
#: Sentence adverbs that may open a source phrase found by word order ("Then someone").
_DISCOURSE = frozenset({"then", "now", "yet", "still", "meanwhile", "later", "also", "but"})
#: A verb after these is passive ("This test, ..., was described"): its subject says nothing.
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Source kinds a headline prefix may name ("Insider:" is anonymous, "WHO:" an organisation).
_PREFIX_KINDS = frozenset({"org", "anon", "office_holder", "country", "group", "document"})
#: Words opening a verb's content: after an inverted verb they start no subject.
_CONTENT_WORDS = frozenset({"that", "whether", "if", "how", "why", "what", "dass", "ob"})


class AttributionRules(ReportedSpeech):
    """The attribution half of :class:`~factcheck_app.analysis.rules.SentenceRules`."""

    lex: Lexicon
    lang: str
    finder: SourceFinder
    claims: ClaimRules
    relative: frozenset[str]
    determiner: frozenset[str]
    agent_preps: frozenset[str]
    skip: frozenset[str]

    def _term_explain(self, role: str, source: str) -> Explanation:
        """The explanation of a word-list role (user files may replace it), else a default."""
        entry = self.lex.term_entries.get(role)
        if entry is not None and entry.explain.strip():
            return entry.describe("", source)
        return Explanation.of(messages.TERM_EXPLAIN[role], source=source)

    def _unnamed(self, v: DocView, source: Source) -> Explanation:
        """Why an unnamed source is unnamed (a user file may replace the explanation)."""
        entry = self.lex.term_entries.get("anon_source")
        own = entry is not None and entry.explain != messages.TERM_EXPLAIN["anon_source"]
        if entry is not None and own and entry.explain.strip():
            return entry.describe("", source.text)
        words = [tok.lower_ for tok in v.toks[source.start : source.end]]
        while len(words) > 1 and words[0] in _DISCOURSE:
            words = words[1:]  # "Then someone asked": an indefinite pronoun, not a group
        head = words[-1] if words else ""
        document = head in self.finder.document or (self.lang == "de" and "bericht" in head)
        if head == "figures" and words[0] in self.finder.indefinite:
            document = False  # "some GOP figures": people
        return messages.unnamed(words, source.text, document)

    # ------------------------------------------------------------------ driver

    # ---------------------------------------------------------- attributions
    def _attribution(
        self,
        v: DocView,
        s0: int,
        s1: int,
        cue: tuple[int, int, Entry],
        state: SpeakerState,
        borrowed: bool = False,
    ) -> Attribution | None:
        """The attribution of one cue; an English clause subject that names nobody
        ("Some delegates at the convention said") overrides a weaker finding."""
        if (
            self.lang == "en"
            and cue[2].role == "reporting_verb"
            and noun_after_preposition(v, s0, cue[0])
        ):
            return None  # "one of fear", "a sense of doubt": the cue word is a noun
        if self.lang == "en" and not self.finder.parsed:
            sender = message_sender(self.finder, v, s0, cue[0])
            if sender is not None:
                # "A group of parents sent a letter to the board saying ...": the sender
                att = self._attribution(v, s0, s1, (sender, sender + 1, cue[2]), state, True)
                if att is not None and att.source is not None:
                    att.cue = (att.cue[0], cue[1])
                return att
        if cue[2].role == "reporting_verb" and directs(v, cue[1], s1, v.toks[cue[0]].lower_):
            return None  # "told her to leave": an order, no claim
        english_shapes = self.lang == "en" and not self.finder.parsed
        coordinated = coordinated_main_verb(v, s0, cue[0]) if english_shapes else None
        found = self._found_attribution(v, s0, s1, cue, state, borrowed)
        if found is not None and not borrowed and coordinated is not None:
            # "declined to address the report but said": a verb right after "and"/"but"
            # has no subject of its own; the words before the conjunction are the first
            # verb's object, never the speaker
            found = None
        if found is None and english_shapes:
            # ", saying that ...": the main clause's subject says it; "spotted the smoke
            # and reported that ...": the first verb's subject reports it too
            verb = participial_main_verb(v, s0, cue[0])
            if verb is None and vague_subject(self.finder, v, s0, cue[0]) is None:
                verb = coordinated
            if verb is None and v.toks[cue[0]].lower_.endswith("ing") and cue[0] - 1 > s0:
                # "Democrats in Congress, fearing the consequences, failed to unite": a
                # participle fenced after the subject is the subject's
                fenced = v.toks[cue[0] - 1].text == ","
                subject = vague_subject(self.finder, v, s0, cue[0] - 1) if fenced else None
                if subject is not None:
                    return self._vague(v, subject, cue, None)
            if verb is not None:
                att = self._attribution(v, s0, s1, (verb, verb + 1, cue[2]), state, True)
                if att is not None and att.source is not None:
                    att.cue = (att.cue[0], cue[1])
                return att
        start, end, entry = cue
        if self.lang != "en" or self.finder.parsed or entry.role != "reporting_verb":
            return found
        if found is not None and found.category != Category.SOURCED:
            src = found.source
            if src is not None and hypothetical_nobody(v, src, start):
                return None  # "nobody would question": no statement
            if (
                src is not None
                and src.start - 1 > s0
                and v.toks[src.start - 1].lower_ in ("and", "or")
                and named_conjunct(self.finder, v, s0, src.start - 1)
            ):
                return None  # "The Republican nominee and his aides haven't said"
            if src is not None and office_of(self.finder, v, s0, src.start):
                return None  # "The head of the police's internal investigators told"
            return self._widened(v, s0, start, found)
        kept = found.source if found is not None else None
        if kept is not None and (kept.named or kept.kind == "pronoun"):
            subject = vague_subject(self.finder, v, s0, start) if kept.named else None
            if kept.kind == "pronoun" and kept.start > start:
                # "many whites, who were insured ..., said they were": the pronoun after
                # the verb is the content clause's subject; the subject stands before
                subject = vague_subject(self.finder, v, s0, start)
                return found if subject is None else self._vague(v, subject, cue, found)
            if subject is None or not locative_modifier(
                self.finder, v, (subject.start, subject.end), kept.start
            ):
                return found
            # "Most Republican voters in Alabama, Georgia and Virginia said": the names
            # say where the unnamed speakers are
            return self._vague(v, subject, cue, found)
        if found is None and (
            v.toks[start].lower_ in DENIAL_VERBS
            or participle_to(v, start, end, s1)
            or (v.toks[start].lower_ in INTENDING and end < s1 and v.toks[end].lower_ == "to")
        ):
            return None  # no statement, a passive or an intention: see _found_attribution
        subject = vague_subject(self.finder, v, s0, start) or vague_inverted(
            self.finder, v, s0, s1, start, end
        )
        if (
            subject is None
            or cue_is_noun(self.finder, v, (subject.start, subject.end), start)
            or generic_one(v, (subject.start, subject.end), s1)
            or number_disagrees(v, (subject.start, subject.end), start)  # "analysts shows"
            or share_in_figures(v, s0, (subject.start, subject.end))  # "74 percent of"
        ):
            return found
        return self._vague(v, subject, cue, found)

    def _vague(
        self, v: DocView, subject: Source, cue: tuple[int, int, Entry], found: Attribution | None
    ) -> Attribution:
        """The unnamed clause subject of ``cue`` as a vague source."""
        return Attribution(
            Category.VAGUE_SOURCE,
            (subject.start, cue[1]),
            cue[2],
            subject,
            self._unnamed(v, subject),
            0.7,
            found.embedded if found is not None else False,
        )

    def _widened(self, v: DocView, s0: int, verb: int, found: Attribution) -> Attribution:
        """An unnamed source shown whole: "Several shipping executives", not "executives"."""
        src = found.source
        if found.category != Category.VAGUE_SOURCE or src is None:
            return found
        t = v.toks
        if any(not (t[k].is_lower and t[k].lower_.endswith("ly")) and t[k].lower_ not in
               self.finder.skip for k in range(src.end, verb)):  # fmt: skip
            return found  # "A campaign official later walked": over adverbs only
        subject = vague_subject(self.finder, v, s0, verb)
        if subject is None or not subject.start < src.start < subject.end:
            return found
        found.source = subject
        found.cue = (min(found.cue[0], subject.start), found.cue[1])
        found.explanation = self._unnamed(v, subject)
        return found

    def _found_attribution(
        self,
        v: DocView,
        s0: int,
        s1: int,
        cue: tuple[int, int, Entry],
        state: SpeakerState,
        borrowed: bool = False,
    ) -> Attribution | None:
        """``borrowed``: the verb only lends its subject to a later verb of saying ("The
        company rejected the offer and said"), so its own sense (a refusal) does not count."""
        start, end, entry = cue
        role = entry.role
        if (
            role == "reporting_verb"
            and self.lang == "de"
            and end < s1
            and v.toks[end].lower_ in ("wird", "wurde", "werden", "wurden")
        ):
            return None  # "Hauptsächlich bemängelt wird ...": a passive; its agent is unsaid
        span: tuple[int, int] | None = None
        embedded = False
        if role == "reporting_verb":
            if (
                not borrowed
                and v.toks[start].lower_ in DENIAL_VERBS
                and denies_a_thing(v, s0, s1, start, end)
            ):
                return None  # "a judge dismissed the lawsuit": no statement
            if takes_lives(v.toks, s1, start, end):
                return None  # "The crisis claimed many victims": deaths, no statement
            if participle_to(v, start, end, s1) or (
                not borrowed
                and v.toks[start].lower_ in INTENDING
                and end < s1
                and v.toks[end].lower_ == "to"
            ):
                # "36 people believed to have been involved": a passive; "residents fear
                # to return": an intention, no belief about a claim
                return None
            # a pattern spans the verb's object ("macht X ... aufmerksam", "see X as"): an
            # inverted subject follows the verb itself, never the object's complement
            verb_end = start + 1 if entry.kind == "pattern" else end
            span, embedded = self._speaker(v, s0, s1, start, verb_end)
            if (
                span is not None
                and self.lang == "en"
                and span[1] <= start
                and (
                    cue_is_noun(self.finder, v, span, start)
                    or generic_one(v, span, s1)
                    or number_disagrees(v, span, start)
                    or share_in_figures(v, s0, span)
                )
            ):
                return None  # "a nuclear state", "One would have hoped": nobody speaks
        elif role == "source_intro":
            begin = verb_after_so(v, end, s1, self.determiner) if self.lang == "de" else end
            span = self.finder.right(v, begin, s1)
        elif role == "source_outro":
            span = self.finder.left(v, start, s0)
            if span is None and self.lang == "de" and start == s0 and end + 1 < s1:
                # "Nach eigenen Angaben hat die Firma ...": the subject follows the verb
                span = self.finder.right(v, end + 1, s1, limit=6) if v.toks[end].is_lower else None
                if span is not None:
                    cut = [k for k in range(span[0] + 1, span[1]) if v.toks[k].like_num]
                    span = (span[0], cut[0]) if cut else span  # "die Firma 300 Stellen"
        elif role == "passive":
            span = self._agent(v, s0, s1, end)
            if span is None:
                if entry.agentless is None:
                    return None
                text = v.text(start, end)
                return Attribution(
                    entry.agentless,
                    (start, end),
                    entry,
                    None,
                    entry.describe(text),
                    entry.confidence,
                )
        if span is None or span[0] >= span[1]:
            return None
        source = self.finder.judge(v, span[0], span[1], s0)
        if (
            self.lang == "de"
            and role == "reporting_verb"
            and source.kind in ("person", "common")
            and bare_plural_subject(v, s0, s1, span, start)
        ):
            # "Juristen geben ... Antworten", "wie Gegner es nennen": a bare plural group
            source = Source("anon", source.start, source.end, source.text)
        cue_span = (min(start, span[0]), max(end, span[1]))
        if (
            entry.id.endswith(HEADLINE_PREFIX)
            and source.kind not in _PREFIX_KINDS
            and not (source.kind == "person" and speaker_prefix(v, span, end, s0))
        ):
            if all(tok.text.isupper() and len(tok.text) > 1 for tok in v.toks[span[0] : span[1]]):
                # "WHO:", "AFP:": an organisation's short name
                source = Source("org", source.start, source.end, source.text)
            elif v.toks[span[1] - 1].lower_ not in self.finder.document:
                return None  # "Update:", "Transparenz:": a label, not a source
            else:
                explanation = self._term_explain("anon_source", source.text)
                return Attribution(Category.VAGUE_SOURCE, cue_span, entry, source, explanation, 0.7)
        if source.kind == "pronoun":
            low = source.text.lower()
            if low in ("it", "es", "you", "ihr", "i"):
                return None  # "I think": the quoted speaker's own view, neither source nor hedge
            resolved, explanation = pronoun_speaker(self.claims, state, v, s0, s1, source)
            shown = f"{source.text} ({resolved})" if resolved else source.text
            return Attribution(
                Category.SOURCED,
                cue_span,
                entry,
                Source("pronoun", source.start, source.end, shown),
                explanation,
                0.7 if resolved else 0.5,
                embedded,
            )
        if source.kind == "noun":
            return None  # "Supply worries in the Gulf": a headline's noun, not a speaker
        if (
            role == "source_intro"
            and source.kind == "common"
            and reason_phrase(self.finder, v, source)
        ):
            return None  # "citing the health risks": a reason, nobody who speaks
        if (
            role == "reporting_verb"
            and source.kind in ("common", "anon")
            and v.toks[start].lower_ in WANTING
            and end < s1
            and v.toks[end].lower_ not in (",", ":", "dass", "that", "ob", "whether")
            and (
                self.lang != "de"
                or source.kind == "common"
                or v.toks[source.end - 1].lower_ in PUBLIC_DE
            )
        ):
            # "Die Bürger erwarten eine Lösung": the public's wish, no statement; a group
            # with a stance demanding something ("Forscher fordern eine Regelung") speaks
            return None
        if source.kind in SPEAKER_KINDS or (source.kind == "office" and self.lang == "de"):
            # "Der Kanzler betonte ... Er fügte hinzu": a definite office-holder is a person
            words = [tok.lower_ for tok in v.toks[source.start : source.end]]
            gender = title_gender(words, self.lang == "de", self.finder.title)
            self.claims.absorb(state)  # people named before the speaker stay known
            state.speaker(
                source.text, gender or back_reference(v, max(end, source.end), s1), (id(v), s0)
            )
        elif source.kind in ("org", "country", "group"):
            state.group(source.text)
        is_group = source.kind in ("country", "group")
        if source.kind == "office_bare":
            explanation = self._term_explain("office", source.text)
            return Attribution(
                Category.VAGUE_SOURCE, cue_span, entry, source, explanation, 0.7, embedded
            )
        if source.kind == "anon" or (is_group and entry.cognitive):
            if is_group:
                explanation = self._term_explain("country", source.text)
            else:
                explanation = self._unnamed(v, source)
            return Attribution(
                Category.VAGUE_SOURCE, cue_span, entry, source, explanation, 0.75, embedded
            )
        if (
            source.kind == "common"
            and (entry.agentless is not None or entry.cognitive or entry.also_hedge)
            and not (entry.also_hedge and self._person_head(v, source))
        ):
            return None  # "the data suggest": not a speaker; the caller adds the hedge
        confidence = {"person": 0.85, "office_holder": 0.9, "org": 0.85, "document": 0.8}.get(
            source.kind, 0.55
        )
        if source.kind == "office":
            explanation = Explanation.of(messages.OFFICE_DEFINITE, source=source.text)
        else:
            explanation = entry.describe(v.text(start, end), source.text)
            if entry.explain == messages.GENERIC_ATTRIBUTION:
                explanation = messages.named(source.kind, source.text) or explanation
            elif entry.also_hedge:  # "the columnist suggested": who, not the hedge word
                explanation = Explanation.of(messages.GENERIC_ATTRIBUTION, source=source.text)
        if (
            role == "reporting_verb"
            and not source.named
            and source.kind not in ("country", "group", "office")
        ):
            confidence = 0.4
        return Attribution(
            Category.SOURCED, cue_span, entry, source, explanation, confidence, embedded
        )

    def _person_head(self, v: DocView, source: Source) -> bool:
        """ "the columnist suggested", "the senator suggested": a definite person suggests
        (their own claim), unlike "the data suggest"."""
        t = v.toks
        head = t[source.end - 1].lower_
        return (
            source.end - source.start >= 2
            and t[source.start].lower_ in ("the", "this", "that")
            and (head in self.finder.title or head.endswith(("ist", "ian")))
        )

    def _speaker(
        self, v: DocView, s0: int, s1: int, start: int, end: int
    ) -> tuple[tuple[int, int] | None, bool]:
        """Source of a reporting verb: parse subject if available, else word order."""
        t = v.toks
        if self.finder.parsed:
            found = subject_from_parse(v.doc, start)
            if found is not None and not (
                found[1] - found[0] == 1 and t[found[0]].lower_ in self.relative
            ):
                return (found[0], found[1]), self._embedded(v, s0, s1, found[0])
        if self.lang == "de" and end < s1 and t[end].lower_ in ("er", "sie"):
            # "Als Minister sagte er, ...": after a fronted phrase the subject follows
            return (end, end + 1), False
        if self.lang == "de":
            fixed = german_clause_subject(self.finder, v, s0, s1, start, end, self.determiner)
            if fixed is not None:
                return fixed, self._embedded(v, s0, s1, fixed[0])
        span = self.finder.left(v, start, s0)
        if span is not None and self.lang == "de":
            span = german_left_subject(self.finder, v, s0, s1, span, start)
        if span is not None:
            span = self._relative_subject(v, s0, span)
        before = t[start - 1] if start > s0 else None
        if (
            span is None
            and self.lang != "de"
            and t[start].lower_.endswith("ing")
            and before is not None
            and before.lower_ in PARTICIPLE_LINKS
            and start - 2 > s0
            and t[start - 2].text == ","
        ):
            # "Speaker Paul Ryan, despite admitting that ...": the opening name admits
            opening = self.finder.left(v, start - 2, s0)
            if opening is not None and opening[0] == s0:
                span = opening
        comma = start - 1
        while (
            comma > s0
            and t[comma].is_lower
            and t[comma].lower_ in self.skip
            and t[comma].lower_ not in _BE_FORMS
        ):
            comma -= 1  # "The United States, which has retreated ..., has stated"
        if comma - 1 > s0 and t[comma].text in ('"', "”") and t[comma - 1].text == ",":
            comma -= 1  # 'host of "Morning Joe," suggested': a comma inside a title's quotes
        after_comma = comma >= s0 and t[comma].text == ","
        if span is None and after_comma and self.lang != "de":
            span = before_apposition(self.finder, v, s0, comma)
        inverted = before is not None and (before.is_punct or before.text in _QUOTES)
        if span is None and (inverted or self.lang == "de") and not t[start].lower_.endswith("ing"):
            # "..., said one official", "..., sagte am Montag der Minister"; not
            # "..., claiming some patients deceived him" (a participle's object).
            j = end
            while j < s1 and (t[j].lower_ in self.skip or t[j].lower_ in TIME_WORDS):
                j += 1
            if j < s1 and t[j].lower_ in self.finder.pronouns:
                span = (j, j + 1)  # "..., sagt er"
            elif j < s1 and t[j].lower_ in _CONTENT_WORDS:
                span = None  # '... "wrongfully" suggests that Phoenix ...': content, no subject
            else:
                span = self.finder.right(v, j, s1, limit=7)
                if span is not None and not (
                    self.lang == "de" or closes_inverted_subject(v, span[1], s1)
                ):
                    span = None  # "..., declared a state of calamity": an object
        if span is None and after_comma and self.lang == "de":
            # German puts the subject after a verb that follows reported words ("...,
            # stellen Beobachter fest"); only then "Merkel, die Kanzlerin, sagte"
            span = before_apposition(self.finder, v, s0, start - 1)
        if span is None or (span[1] - span[0] == 1 and t[span[0]].lower_ in self.relative):
            return None, False  # "who fear ...": a relative pronoun is not a source
        return span, self._embedded(v, s0, s1, span[0])

    def _relative_subject(self, v: DocView, s0: int, span: tuple[int, int]) -> tuple[int, int]:
        """ "The officials who ordered that change claimed": the phrase next to the verb
        is the relative clause's object; the speaker is the noun before "who"."""
        t = v.toks
        if self.lang == "de" or span[0] - 2 < s0:
            return span
        prev = t[span[0] - 1]
        if (
            not (prev.is_lower and prev.is_alpha)
            or prev.lower_ in self.determiner
            or prev.lower_ in self.finder.links
            or prev.lower_ in ("in", "at", "on", "with", "from", "to", "by", "for")
        ):
            return span
        for r in range(span[0] - 2, max(s0, span[0] - 8), -1):
            if t[r].is_punct:
                return span
            if t[r].lower_ in ("who", "which"):
                found = self.finder.left(v, r, s0)
                return found if found is not None else span
        return span

    def _embedded(self, v: DocView, s0: int, s1: int, np_start: int) -> bool:
        """Is the attribution inside a relative/appositive clause ("a move he condemned")?"""
        t = v.toks
        if np_start - s0 < 3:
            return False
        if t[np_start - 1].lower_ in self.relative:
            return True
        return (
            np_start - 3 >= s0
            and t[np_start - 3].text == ","
            and t[np_start - 2].lower_ in self.determiner
            and t[np_start - 1].is_lower
        )

    def _agent(self, v: DocView, s0: int, s1: int, end: int) -> tuple[int, int] | None:
        """The agent of a passive: "(was confirmed) by the Pentagon"."""
        t = v.toks
        if end - 1 >= s0 and t[end - 1].lower_ in self.agent_preps:
            return self.finder.right(v, end, s1)
        # "was described as flawed by the auditor": the agent may follow a short complement.
        for i in range(end, min(s1, end + 6)):
            token = t[i]
            if token.is_punct or (i > end and token.lower_ in self.relative):
                return None
            if token.lower_ in self.agent_preps:
                return self.finder.right(v, i + 1, s1)
        return None

    # ------------------------------------------------------------- assembling
