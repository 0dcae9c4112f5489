"""Per-sentence decisions: turn lexicon cue matches into findings.

The cue matcher (components.CueMatcher) only says *where* lexicon entries matched. This
module decides what they mean in their sentence: negated denials ("did not deny") are
dropped, reporting verbs get a source that is judged named or vague, vague cue phrases
inside a named attribution ("the Bundesbank's reports indicate") are ignored. Checkable
statements without a (named) attribution are left to ``claims.ClaimRules``.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from factcheck_app.analysis import messages
from factcheck_app.analysis.claims import ClaimRules
from factcheck_app.analysis.findings import (
    SPEAKER_KINDS,
    Attribution,
    RawFinding,
    SpeakerState,
    trim,
)
from factcheck_app.analysis.lexicon import Entry, Lexicon
from factcheck_app.analysis.senses import (
    DENIAL_VERBS,
    baseless_after_denial,
    denies_a_thing,
    in_question,
    not_epistemic,
    reported_speech,
    reports_content,
)
from factcheck_app.analysis.sources import Source, SourceFinder, has_parse, subject_from_parse
from factcheck_app.analysis.speakers import (
    back_reference,
    pronoun_gender,
    title_gender,
)
from factcheck_app.analysis.textwords import TextWords
from factcheck_app.analysis.view import DocView, LexCache
from factcheck_app.explanations import Explanation
from factcheck_app.models import Category

_QUOTES = frozenset({'"', "“", "”", "„", "‘", "’", "«", "»", "'"})
_AGENT_PREPS = {"en": frozenset({"by"}), "de": frozenset({"von", "vom", "durch", "seitens", "aus"})}
#: Time words between an inverted verb of saying and its subject ("sagte am Montag der").
_TIME_WORDS = frozenset(
    {
        "am",
        "on",
        "yesterday",
        "today",
        "late",
        "early",
        "heute",
        "gestern",
        "dazu",
        "abend",
        "morgen",
        "vormittag",
        "nachmittag",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    }
)
_HEADLINE_PREFIX = ".headline_prefix"
#: Source kinds a headline prefix may name ("Insider:" is anonymous, "WHO:" an organisation).
_PREFIX_KINDS = frozenset({"org", "anon", "office_holder", "country", "group", "document"})
_POSS = frozenset({"'", "’", "'s", "’s"})
#: Pronouns that stand for a group or organisation rather than one person.
_GROUP_PRONOUNS = frozenset({"they", "we", "wir"})
_DE_AUX = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "ist", "sind", "war"})
_DE_PARTICIPLES = frozenset(
    {"erklärt", "betont", "berichtet", "bestätigt", "behauptet", "kritisiert"}
)


#: Sentences longer than this (no real sentence is; a list or a machine dump without
#: full stops can be) get no findings: several rules compare cues pairwise.
MAX_SENTENCE_TOKENS = 350

__all__ = ["MAX_SENTENCE_TOKENS", "RawFinding", "SentenceRules", "SpeakerState", "sentence_bounds"]


class SentenceRules:
    """Applies the attribution and cue rules to each sentence of a Doc."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.lang = lexicon.lang
        self.finder = SourceFinder(lexicon)
        self.negation = lexicon.term_set("negation")
        self.relative = lexicon.term_set("relative")
        self.claims = ClaimRules(lexicon, self.finder)
        self.determiner = lexicon.term_set("determiner")
        self.agent_preps = _AGENT_PREPS.get(self.lang, _AGENT_PREPS["en"])
        self.skip = lexicon.term_set("skip")
        self.lexes = LexCache()
        #: Lexicon entries (by object id; the lexicon keeps them alive) that _keep must
        #: examine; most have no context condition and are kept as they are.
        self._conditional = {
            id(e)
            for e in lexicon.entries
            if e.at_sentence_start
            or e.role == "reporting_verb"
            or e.not_after
            or e.not_before
            or e.needs_before
            or e.needs_after
            or e.negatable
        }

    def _term_explain(self, role: str, source: str) -> Explanation:
        """The explanation of a word-list role (user files may replace it), else a default."""
        entry = self.lex.term_entries.get(role)
        if entry is not None and entry.explain.strip():
            return entry.describe("", source)
        return Explanation.of(messages.TERM_EXPLAIN[role], source=source)

    def _unnamed(self, v: DocView, source: Source) -> Explanation:
        """Why an unnamed source is unnamed (user files may replace the explanation)."""
        entry = self.lex.term_entries.get("anon_source")
        own = entry is not None and entry.explain != messages.TERM_EXPLAIN["anon_source"]
        if entry is not None and own and entry.explain.strip():
            return entry.describe("", source.text)
        words = [tok.lower_ for tok in v.toks[source.start : source.end]]
        head = words[-1] if words else ""
        document = head in self.finder.document or (self.lang == "de" and "bericht" in head)
        return messages.unnamed(words, source.text, document)

    # ------------------------------------------------------------------ driver
    def for_doc(self, doc: Doc, state: SpeakerState) -> SentenceRules:
        """A shallow copy bound to one Doc: its parse flag and its text's word evidence.

        The shared rules object (one per pipeline) is never written to while a Doc is
        analysed, so concurrent analyses cannot see each other's per-Doc values.
        """
        bound = copy.copy(self)
        finder = bound.finder = copy.copy(self.finder)
        finder.parsed = has_parse(doc)
        finder.words = state.words or TextWords(lambda: doc.text)
        bound.claims = copy.copy(self.claims)
        bound.claims.finder = finder
        return bound

    def run(
        self, doc: Doc, cues: Iterable[tuple[int, int, str]], state: SpeakerState
    ) -> list[RawFinding]:
        return self.for_doc(doc, state)._run(doc, cues, state)

    def _run(
        self, doc: Doc, cues: Iterable[tuple[int, int, str]], state: SpeakerState
    ) -> list[RawFinding]:
        by_id = self.lex.by_id
        view = doc._.fc_view if doc.has_extension("fc_view") else None
        if view is None or view.doc is not doc:
            view = self.lexes.view(doc)
        bounds = view.bounds
        starts = [start for start, _end in bounds]
        buckets: dict[int, list[tuple[int, int, Entry]]] = {}
        for start, end, entry_id in cues:
            entry = by_id.get(entry_id)
            if entry is None:
                continue
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and end <= bounds[k][1]:
                buckets.setdefault(k, []).append((start, end, entry))
        names = self._names_by_sentence(doc, starts)
        findings: list[RawFinding] = []
        nonname = self.finder.nonname
        t = view.toks
        for k in sorted(buckets.keys() | names.keys()):
            start, end = bounds[k]
            if end - start > MAX_SENTENCE_TOKENS:
                continue  # pathological run-on text: no findings rather than quadratic work
            found = buckets.get(k)
            named = names.get(k, [])
            if found is None or all(
                e.feature == "entity" and e.role == "checkable" for _s, _e, e in found
            ):
                # Only capitalised words: nothing to flag (a name alone is no claim), but
                # remember them so a later "she said" can be resolved. Most sentences of a
                # text end here, so this skips the full rules (the analyser's hot path).
                named = [c for c in [*(found or ()), *named] if t[c[0]].lower_ not in nonname]
                if named:
                    state.mention(view, start, end, named)
                continue
            found.extend(named)
            findings.extend(self.sentence(view, start, end, found, state))
        return findings

    def _names_by_sentence(
        self, doc: Doc, starts: list[int]
    ) -> dict[int, list[tuple[int, int, Entry]]]:
        """Capitalised-word cues (listed apart by the cue matcher), grouped per sentence."""
        lazy = doc._.fc_names if doc.has_extension("fc_names") else None
        if lazy is None:
            return {}
        entry = self.lex.by_id.get(lazy[0])
        if entry is None:
            return {}
        out: dict[int, list[tuple[int, int, Entry]]] = {}
        k = 0
        last = len(starts) - 1
        for i in lazy[1]:  # ascending, like the sentence starts: one merge pass
            while k < last and starts[k + 1] <= i:
                k += 1
            out.setdefault(k, []).append((i, i + 1, entry))
        return out

    # ----------------------------------------------------------- one sentence
    def sentence(
        self,
        v: DocView,
        s0: int,
        s1: int,
        found: list[tuple[int, int, Entry]],
        state: SpeakerState,
    ) -> list[RawFinding]:
        """Findings of the sentence of tokens ``s0:s1`` with its cue matches ``found``."""
        if not found:
            return []
        t = v.toks
        conditional = self._conditional
        cues = [c for c in found if id(c[2]) not in conditional or self._keep(v, s0, s1, c)]
        attributions: list[Attribution] = []
        konjunktiv: tuple[int, int, Entry] | None = None
        plain: list[tuple[int, int, Entry]] = []
        checkable: list[tuple[int, int, Entry]] = []
        for cue in sorted(cues, key=lambda c: (c[0], -c[1])):
            role = cue[2].role
            if role == "checkable":
                if cue[2].feature != "entity" or t[cue[0]].lower_ not in self.finder.nonname:
                    checkable.append(cue)
            elif role == "cue":
                plain.append(cue)
            elif role == "reported_speech":
                if reported_speech(v, s0, s1, cue[0]):
                    konjunktiv = konjunktiv or cue
            else:
                att = self._attribution(v, s0, s1, cue, state)
                if att is not None:
                    attributions.append(att)
                if (
                    role == "passive"
                    and att is not None
                    and att.source is not None
                    and cue[2].category is Category.DISPUTED
                ):
                    plain.append(cue)  # "was challenged by researchers": still contested
                hedge = cue[2].also_hedge or (att is None and cue[2].agentless is not None)
                if hedge and role != "passive":
                    category = Category.HEDGED if cue[2].also_hedge else cue[2].agentless
                    plain.append((cue[0], cue[1], _retag(cue[2], category)))
        attributions = _drop_nested(attributions)
        if konjunktiv is not None and not attributions:
            attributions.append(self._continued_speech(v, konjunktiv, state))
        plain = self._senses(v, s0, s1, plain, attributions)
        # "despite both nations denying": a denial by an unspecific group is only disputed.
        denials = [(c[0], c[1]) for c in plain if c[2].category is Category.DISPUTED]
        attributions = [
            a
            for a in attributions
            if not (
                a.source is not None
                and a.source.kind == "group"
                and any(s < a.cue[1] and a.cue[0] < e for s, e in denials)
            )
        ]
        # An explicit vague phrase that contains the whole "source" wins ("laut Flurfunk").
        vague_cues = [(c[0], c[1]) for c in plain if c[2].category is Category.VAGUE_SOURCE]
        attributions = [
            a
            for a in attributions
            if a.category is not Category.SOURCED
            or a.source is None
            or not any(
                (s <= a.source.start and a.source.end <= e)
                # "people familiar with the matter told": the NP belongs to the vague phrase
                or (a.source.kind == "common" and a.source.start - 2 <= e <= a.source.start)
                for s, e in vague_cues
            )
        ]
        named_spans = [
            (min(a.cue[0], a.source.start if a.source else a.cue[0]), a.cue[1])
            for a in attributions
            if a.category is Category.SOURCED
            and a.source is not None
            and (a.source.kind != "common" or a.entry.role == "source_intro")
        ]
        out: dict[Category, RawFinding] = {}
        sent_span = trim(v, s0, s1)
        for att in attributions:
            self._add(
                out,
                v,
                sent_span,
                att.category,
                att.cue,
                att.explanation,
                att.entry,
                att.confidence,
                att.source,
            )
        for start, end, entry in plain:
            category = entry.category
            if category is None:  # cue entries always carry one (lexicon.parse_entry)
                continue
            if category is Category.VAGUE_SOURCE and any(
                s < end and start < e for s, e in named_spans
            ):
                continue  # "the Bundesbank's reports indicate": vague phrase inside a named one
            text = v.text(start, end)
            self._add(
                out,
                v,
                sent_span,
                category,
                (start, end),
                entry.describe(text),
                entry,
                entry.confidence,
                None,
            )
        if checkable and not any(a.source and a.source.kind in SPEAKER_KINDS for a in attributions):
            state.mention(v, s0, s1, checkable)
        claim = self.claims.unsourced(v, s0, s1, attributions, checkable, out)
        if claim is not None:
            out.setdefault(Category.UNSOURCED_CLAIM, claim)
        return list(out.values())

    def _continued_speech(
        self, v: DocView, cue: tuple[int, int, Entry], state: SpeakerState
    ) -> Attribution:
        """Konjunktiv I with no verb of saying: the last speaker's words, else nobody's."""
        start, end, entry = cue
        speaker = state.last_speaker
        if speaker is None:
            return Attribution(
                Category.VAGUE_SOURCE,
                (start, end),
                entry,
                None,
                entry.describe(v.text(start, end)),
                entry.confidence,
            )
        explanation = Explanation.of(messages.CONTINUED, v.text(start, end), speaker)
        return Attribution(
            Category.SOURCED,
            (start, end),
            replace(entry, category=Category.SOURCED),
            None,
            explanation,
            0.6,
        )

    # --------------------------------------------------------------- filters
    def _senses(
        self,
        v: DocView,
        s0: int,
        s1: int,
        plain: list[tuple[int, int, Entry]],
        attributions: list[Attribution],
    ) -> list[tuple[int, int, Entry]]:
        """Drop cues used in another sense (see ``senses``) and a named speaker's own
        speculation: "prices might rise, the minister said" is the minister's claim, only
        ``sourced``; hearsay in their words ("allegedly") stays ``hedged``."""
        speakers: list[tuple[Attribution, str]] = []
        for a in attributions:
            if a.category is Category.SOURCED and a.source is not None and not a.embedded:
                side = reports_content(v, s0, s1, a.cue, a.entry.role)
                if side is not None:
                    speakers.append((a, side))
        denials = [(c[0], c[1]) for c in plain if c[2].category is Category.DISPUTED]
        kept: list[tuple[int, int, Entry]] = []
        speculation: list[str] = []
        for cue in plain:
            start, end, entry = cue
            category = entry.category
            if category is Category.HEDGED:
                if in_question(v, s0, s1, start) or not_epistemic(v, s0, s1, start, end):
                    continue
                if (
                    not entry.reportative
                    and not entry.also_hedge
                    and any(
                        (start >= a.cue[1]) if side == "after" else (end <= a.cue[0])
                        for a, side in speakers
                    )
                ):
                    speculation.append(v.text(start, end))
                    continue
            elif (category is Category.DISPUTED and denies_a_thing(v, s0, s1, start, end)) or (
                category is Category.NO_EVIDENCE and baseless_after_denial(v, s0, start, denials)
            ):
                continue
            kept.append(cue)
        if speculation:
            words = ", ".join(f"'{w}'" for w in dict.fromkeys(speculation))
            main = speakers[0][0]
            main.explanation = main.explanation.then(messages.SPECULATION, words=words)
        return kept

    def _keep(self, v: DocView, s0: int, s1: int, cue: tuple[int, int, Entry]) -> bool:
        t = v.toks
        start, end, entry = cue
        if entry.at_sentence_start and start != s0:
            return False
        if entry.id.endswith(_HEADLINE_PREFIX) and not (
            0 < start - s0 <= 3 and s1 - end >= 3 and all(t[k].cap for k in range(s0, start))
        ):
            return False  # "Report: ...", "WHO: ...": a colon right after a headline's first words
        if entry.role == "reporting_verb" and start != s0 and t[start].is_title:
            return False  # "the United States", "die Erklärten": a name or noun, not a verb
        if entry.role == "reporting_verb" and start > s0 and t[start - 1].lower_ in _POSS:
            return False  # "protesters' demands", "the report's findings": a noun
        if entry.not_after and start > s0 and t[start - 1].lower_ in entry.not_after:
            return False
        if entry.not_before and end < s1 and t[end].lower_ in entry.not_before:
            return False
        if entry.needs_before and not any(
            t[i].lower_ in entry.needs_before for i in range(max(s0, start - 3), start)
        ):
            return False
        if entry.needs_after and (end >= s1 or t[end].lower_ not in entry.needs_after):
            return False
        return not (entry.negatable and self._negated(v, s0, s1, start, end))

    def _negated(self, v: DocView, s0: int, s1: int, start: int, end: int) -> bool:
        """A negation shortly before the cue (or, in German, after it in the same clause)."""
        t = v.toks
        for i in range(max(s0, start - 4), start):
            if t[i].lower_ in self.negation:
                return True
        if self.lang == "de":
            for i in range(end, min(s1, end + 6)):
                if t[i].is_punct:
                    break
                if t[i].lower_ in ("nicht", "nie", "keineswegs", "niemals"):
                    return True
        return False

    # ---------------------------------------------------------- attributions
    def _attribution(
        self, v: DocView, s0: int, s1: int, cue: tuple[int, int, Entry], state: SpeakerState
    ) -> Attribution | None:
        start, end, entry = cue
        role = entry.role
        span: tuple[int, int] | None = None
        embedded = False
        if role == "reporting_verb":
            if v.toks[start].lower_ in DENIAL_VERBS and denies_a_thing(v, s0, s1, start, end):
                return None  # "a judge dismissed the lawsuit": no statement
            span, embedded = self._speaker(v, s0, s1, start, end)
        elif role == "source_intro":
            span = self.finder.right(v, end, s1)
        elif role == "source_outro":
            span = self.finder.left(v, start, s0)
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
        cue_span = (min(start, span[0]), max(end, span[1]))
        acronym = all(tok.text.isupper() and len(tok.text) > 1 for tok in v.toks[span[0] : span[1]])
        if entry.id.endswith(_HEADLINE_PREFIX) and source.kind not in _PREFIX_KINDS:
            if acronym:  # "WHO:", "AFP:": an organisation's short name
                source = Source("org", source.start, source.end, source.text)
            elif v.toks[span[1] - 1].lower_ not in self.finder.document:
                return None  # "Update:", "Transparenz:": a label, not a source
            else:
                explanation = self._term_explain("anon_source", source.text)
                return Attribution(Category.VAGUE_SOURCE, cue_span, entry, source, explanation, 0.7)
        if source.kind == "pronoun":
            low = source.text.lower()
            if low in ("it", "es", "you", "ihr"):
                return None
            group = low in _GROUP_PRONOUNS  # "they" may be an organisation, "he" may not
            gender = None if group else pronoun_gender(v, source.start, s1)
            resolved = state.last_group if group else self.claims.resolve(state, gender)
            shown = f"{source.text} ({resolved})" if resolved else source.text
            if resolved is None:
                explanation = messages.unresolved(source.text)
            else:
                explanation = messages.resolved(source.text, resolved, gender, group)
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
        if source.kind in SPEAKER_KINDS:
            words = [tok.lower_ for tok in v.toks[source.start : source.end]]
            gender = title_gender(words, self.lang == "de", self.finder.title)
            state.speaker(source.text, gender or back_reference(v, max(end, source.end), s1))
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
        if source.kind == "common" and (
            entry.agentless is not None or entry.cognitive or entry.also_hedge
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
        if (
            role == "reporting_verb"
            and not source.named
            and source.kind not in ("country", "group", "office")
        ):
            confidence = 0.4
        return Attribution(
            Category.SOURCED, cue_span, entry, source, explanation, confidence, embedded
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
            aux = self._german_aux(v, s0, s1, start)
            if aux is not None:
                span = self.finder.left(v, aux, s0) or self.finder.right(v, aux + 1, start, limit=6)
                if span is not None:
                    return span, self._embedded(v, s0, s1, span[0])
        span = self.finder.left(v, start, s0)
        before = t[start - 1] if start > s0 else None
        if span is None and before is not None and before.text == ",":
            span = self._before_apposition(v, s0, s1, start - 1)
        inverted = before is not None and (before.is_punct or before.text in _QUOTES)
        if span is None and (inverted or self.lang == "de") and not t[start].lower_.endswith("ing"):
            # "..., said one official", "..., sagte am Montag der Minister"; not
            # "..., claiming some patients deceived him" (a participle's object).
            j = end
            while j < s1 and (t[j].lower_ in self.skip or t[j].lower_ in _TIME_WORDS):
                j += 1
            if j < s1 and t[j].lower_ in self.finder.pronouns:
                span = (j, j + 1)  # "..., sagt er"
            else:
                span = self.finder.right(v, j, s1, limit=7)
        if span is None or (span[1] - span[0] == 1 and t[span[0]].lower_ in self.relative):
            return None, False  # "who fear ...": a relative pronoun is not a source
        return span, self._embedded(v, s0, s1, span[0])

    def _german_aux(self, v: DocView, s0: int, s1: int, verb: int) -> int | None:
        """ "Müller hat einen Satz gesagt": the subject stands next to the auxiliary."""
        t = v.toks
        low = t[verb].lower_
        if "ge" not in low[:6] and low not in _DE_PARTICIPLES:
            return None
        for i in range(verb - 1, max(s0, verb - 10) - 1, -1):
            if t[i].is_punct:
                return None
            if t[i].lower_ in _DE_AUX:
                return i
        return None

    def _before_apposition(
        self, v: DocView, s0: int, s1: int, comma: int
    ) -> tuple[int, int] | None:
        """ "Biden, speaking at the White House, said": the subject precedes the aside."""
        t = v.toks
        for i in range(comma - 1, max(s0, comma - 14), -1):
            if t[i].text in (",", "–", "—") and i > s0:
                span = self.finder.left(v, i, s0)
                if span is not None and span[0] == s0:
                    return span
                return None
            if t[i].text in _QUOTES or t[i].text in (";", ":"):
                return None
        return None

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
    def _add(
        self,
        out: dict[Category, RawFinding],
        v: DocView,
        sent_span: tuple[int, int],
        category: Category,
        cue: tuple[int, int],
        explanation: Explanation,
        entry: Entry,
        confidence: float,
        source: Source | None,
    ) -> None:
        """Keep one finding per category per sentence: the most confident cue wins."""
        previous = out.get(category)
        if previous is not None and previous.confidence >= confidence:
            return
        src: dict[str, Any] = {}
        if source is not None:
            src = {
                "source_text": source.text,
                "source_start": v.idx[source.start],
                "source_end": v.end_char(source.end),
            }
        out[category] = RawFinding(
            category,
            sent_span[0],
            sent_span[1],
            v.idx[cue[0]],
            v.end_char(cue[1]),
            explanation,
            entry.id,
            round(confidence, 2),
            **src,
        )


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) token indices from SENT_START, without ``doc.sents``."""
    return LexCache().view(doc).bounds


def _drop_nested(attributions: list[Attribution]) -> list[Attribution]:
    """A reporting-verb match inside another attribution's source is a noun, not a verb.

    ("the Bundesbank's reports indicate": 'reports' belongs to the subject of 'indicate'.)
    """
    spans = [(a.source.start, a.source.end) for a in attributions if a.source is not None]

    def nested(att: Attribution) -> bool:
        own = (att.source.start, att.source.end) if att.source is not None else None
        return any(
            start <= att.cue[0] and att.cue[1] <= end and (start, end) != own
            for start, end in spans
        )

    return [a for a in attributions if not nested(a)]


def _retag(entry: Entry, category: Category | None) -> Entry:
    """A reporting-verb entry reused as a plain cue (its hedge or agentless category)."""
    if category is Category.HEDGED and entry.category is Category.HEDGED:
        return entry
    return replace(entry, category=category, role="cue")
