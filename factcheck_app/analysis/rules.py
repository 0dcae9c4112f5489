"""Per-sentence decisions: turn lexicon cue matches into findings.

The cue matcher (components.CueMatcher) only says *where* lexicon entries matched. This
module decides what they mean in their sentence: negated denials ("did not deny") are
dropped, reporting verbs get a source that is judged named or vague, vague cue phrases
inside a named attribution ("the Bundesbank's reports indicate") are ignored. Checkable
statements without a (named) attribution are left to ``claims.ClaimRules``; finding and
judging each attribution's source is ``attribution.AttributionRules``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc

from factcheck_app.analysis import messages
from factcheck_app.analysis.attribution import (
    AGENT_PREPS,
    HEADLINE_PREFIX,
    AttributionRules,
)
from factcheck_app.analysis.claim_shapes import quoted
from factcheck_app.analysis.claims import ClaimRules
from factcheck_app.analysis.denial_senses import (
    baseless_after_denial,
    confirmed_in_office,
    contest_without_claim,
    denies_a_thing,
)
from factcheck_app.analysis.findings import (
    SPEAKER_KINDS,
    Attribution,
    RawFinding,
    SpeakerState,
    make_raw,
    trim,
)
from factcheck_app.analysis.lexicon import Entry, Lexicon
from factcheck_app.analysis.senses import in_question, not_epistemic, not_passive
from factcheck_app.analysis.sources import Source, SourceFinder, has_parse
from factcheck_app.analysis.speakers import name_part, surname_like
from factcheck_app.analysis.speech_senses import (
    in_reported_content,
    named_speakers,
    own_judgements,
    relayed_sources,
    reported_speech,
    suggestion_act,
)
from factcheck_app.analysis.speech_shapes import headline_verb, quoted_speakers_words
from factcheck_app.analysis.subject_shapes import share_in_figures
from factcheck_app.analysis.textwords import TextWords
from factcheck_app.analysis.view import DocView, LexCache, ext_key
from factcheck_app.explanations import Explanation
from factcheck_app.models import Category

#: Where the cue matcher leaves its view and name mask (``doc._.fc_view``/``fc_names``).
_VIEW = ext_key("fc_view")
_NAMES = ext_key("fc_names")

_T = TypeVar("_T")

_POSS = frozenset({"'", "’", "'s", "’s"})

#: Sentences longer than this (no real sentence is; a list or a machine dump without
#: full stops can be) get no findings: several rules compare cues pairwise.
MAX_SENTENCE_TOKENS = 350

__all__ = ["MAX_SENTENCE_TOKENS", "RawFinding", "SentenceRules", "SpeakerState", "sentence_bounds"]


_DASHES = frozenset({"–", "—"})
#: A finding's source text, start and end when it has no source.
_NO_SOURCE = (None, None, None)


class SentenceRules(AttributionRules):
    """Applies the attribution and cue rules to each sentence of a Doc."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.lang = lexicon.lang
        self.finder = SourceFinder(lexicon)
        self.negation = lexicon.term_set("negation")
        self.relative = lexicon.term_set("relative")
        self.claims = ClaimRules(lexicon, self.finder)
        self.determiner = lexicon.term_set("determiner")
        self.agent_preps = AGENT_PREPS.get(self.lang, AGENT_PREPS["en"])
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
            or e.id.endswith(HEADLINE_PREFIX)  # "Report:" only opening a headline
        }

    def for_doc(self, doc: Doc, state: SpeakerState, view: DocView | None = None) -> SentenceRules:
        """A shallow copy bound to one Doc: its parse flag and its text's word evidence.

        The shared rules object (one per pipeline) is never written to while a Doc is
        analysed, so concurrent analyses cannot see each other's per-Doc values.
        """
        bound = _shallow(self)
        finder = bound.finder = _shallow(self.finder)
        finder.parsed = has_parse(doc)
        finder.judged = {}  # this Doc's verdicts (SourceJudge.judge)
        if state.words is not None:
            finder.words = state.words
        elif view is not None:
            finder.words = TextWords(lambda: view.full_text)  # == doc.text, without Tokens
        else:
            finder.words = TextWords(lambda: doc.text)
        bound.claims = _shallow(self.claims)
        bound.claims.finder = finder
        return bound

    def run(
        self, doc: Doc, cues: Iterable[tuple[int, int, str]], state: SpeakerState
    ) -> list[RawFinding]:
        view = doc.user_data.get(_VIEW)
        if view is None or view.doc is not doc:
            view = self.lexes.view(doc)
        return self.for_doc(doc, state, view)._run(view, cues, state)

    def _run(
        self, view: DocView, cues: Iterable[tuple[int, int, str]], state: SpeakerState
    ) -> list[RawFinding]:
        by_id = self.lex.by_id
        doc = view.doc
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
        opening = {k for k, (s, _e) in enumerate(bounds) if surname_like(t, s, nonname)}
        for k in sorted(buckets.keys() | names.keys() | opening):
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
                named = [c for c in [*(found or ()), *named] if name_part(t, c[0], end, nonname)]
                if named or k in opening:  # "Honcharuk filed ...": maybe a surname
                    state.mention(view, start, end, named)
                continue
            found.extend(named)
            findings.extend(self.sentence(view, start, end, found, state))
        return findings

    def _names_by_sentence(
        self, doc: Doc, starts: list[int]
    ) -> dict[int, list[tuple[int, int, Entry]]]:
        """Capitalised-word cues (listed apart by the cue matcher), grouped per sentence."""
        lazy = doc.user_data.get(_NAMES)
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
                if cue[2].feature != "entity" or name_part(t, cue[0], s1, self.finder.nonname):
                    checkable.append(cue)
            elif role == "cue":
                plain.append(cue)
            elif role == "reported_speech":
                if reported_speech(v, s0, s1, cue[0]):
                    konjunktiv = konjunktiv or cue
            else:
                att = self._attribution(v, s0, s1, cue, state)
                if (
                    att is not None
                    and att.source is None
                    and att.category is Category.HEDGED
                    and (
                        not_epistemic(v, s0, s1, cue[0], cue[1])
                        or not_passive(v, s0, s1, cue[0], cue[1])
                    )
                ):
                    att = None  # "the party's expected nominee": an agentless hedge's senses
                if (
                    att is not None
                    and att.source is None
                    and att.category is Category.DISPUTED
                    and contest_without_claim(v, s0, s1, cue[0], cue[1])
                ):
                    att = None  # "has criticized free-trade deals": nothing claimed disputed
                if att is not None:
                    attributions.append(att)
                if (
                    role == "passive"
                    and att is not None
                    and att.source is not None
                    and cue[2].category is Category.DISPUTED
                ):
                    plain.append(cue)  # "was challenged by researchers": still contested
                # "suggest" is a verb of tentative belief, like "speculate": with nobody
                # found ("the data suggest") it is the writer's hedge, an unnamed speaker's
                # suggestion is vague and hedged, a named speaker's is their own claim
                # (``_senses`` explains it on their attribution); a proposal or a reported
                # act ("suggested raising taxes", "for suggesting") hedges nothing.
                hedge = (
                    cue[2].also_hedge
                    and not self._document_suggests(v, att)
                    and not suggestion_act(v, s0, s1, cue[0], cue[1], att is not None)
                ) or (
                    att is None
                    and cue[2].agentless is not None
                    # "95% of the participants indicated": a poll's figure, no hedge
                    and not share_in_figures(v, s0, (cue[0], cue[0]))
                )
                if hedge and role != "passive":
                    category = Category.HEDGED if cue[2].also_hedge else cue[2].agentless
                    plain.append((cue[0], cue[1], _retag(cue[2], category)))
        if len(attributions) > 1:  # one alone is never inside another's source
            attributions = _drop_nested(attributions)
        attributions, plain = quoted_speakers_words(v, s0, s1, attributions, plain)
        if konjunktiv is not None and not attributions:
            attributions.append(self._continued_speech(v, konjunktiv, state, s0, checkable))
        speakers = named_speakers(v, s0, s1, attributions)
        if self.lang == "en":  # German reported speech: Konjunktiv I rules (konjunktiv.py)
            attributions, plain = relayed_sources(v, speakers, attributions, plain)
        attributions = own_judgements(v, speakers, attributions)
        plain = self._senses(v, s0, s1, plain, attributions, speakers)
        if attributions:  # (the filters below only drop attributions)
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
            previous = out.get(category)
            if previous is not None and previous.confidence >= entry.confidence:
                continue  # _add would keep the previous one: spare the explanation
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
        spoke = any(a.source and a.source.kind in SPEAKER_KINDS for a in attributions)
        if not spoke and (checkable or surname_like(v.toks, s0, self.finder.nonname)):
            state.mention(v, s0, s1, checkable)
        claim = self.claims.unsourced(v, s0, s1, attributions, checkable, out)
        if claim is not None:
            out.setdefault(Category.UNSOURCED_CLAIM, claim)
        return list(out.values())

    def _document_suggests(self, v: DocView, att: Attribution | None) -> bool:
        """ "Reports suggest", "surveys suggest": an unnamed document's verb means
        "indicate" (the vague source is the flag); people suggesting ("Skeptics suggest")
        make a tentative claim, vague and hedged."""
        if att is None or att.category is not Category.VAGUE_SOURCE or att.source is None:
            return False
        return v.toks[att.source.end - 1].lower_ in self.finder.document

    def _senses(
        self,
        v: DocView,
        s0: int,
        s1: int,
        plain: list[tuple[int, int, Entry]],
        attributions: list[Attribution],
        speakers: list[tuple[Attribution, str]],
    ) -> list[tuple[int, int, Entry]]:
        """Drop cues used in another sense (see ``senses``) and a named speaker's own
        speculation: "prices might rise, the minister said" is the minister's claim, only
        ``sourced``; hearsay in their words ("allegedly") stays ``hedged``."""
        denials = [(c[0], c[1]) for c in plain if c[2].category is Category.DISPUTED]
        kept: list[tuple[int, int, Entry]] = []
        speculation: list[str] = []
        for cue in plain:
            start, end, entry = cue
            category = entry.category
            if category is Category.HEDGED:
                if in_question(v, s0, s1, start) or not_epistemic(v, s0, s1, start, end):
                    continue
                if not (entry.reportative or entry.also_hedge) and any(
                    (start == a.cue[0] or end == a.cue[1])
                    and a.source is not None
                    and not a.source.start <= start < a.source.end
                    for a, _side in speakers
                ):
                    speculation.append(v.text(start, end))  # "The city estimated": its own
                    continue
                if not entry.also_hedge and any(
                    (start == a.cue[0] or end == a.cue[1])
                    and a.cue[0] <= start
                    and end <= a.cue[1]
                    and not a.source.start <= start < a.source.end
                    for a, _side in speakers
                    if a.source is not None and a.entry.role == "reporting_verb"
                ):
                    continue  # "The Blaze reported": the verb of a named report, no hedge
                # "Castañeda suggests that ...": a named speaker's suggestion is their own
                # tentative claim (sourced, the speculation explained on it)
                own = (
                    next(
                        (
                            a
                            for a in attributions
                            if a.cue[0] <= start
                            and end <= a.cue[1]
                            and a.category is Category.SOURCED
                            and a.source is not None
                            # "Evidence suggesting ...": a participle after its noun
                            # describes a thing, it does not report a speaker
                            and not (a.source.end == start and v.toks[start].lower_.endswith("ing"))
                        ),
                        None,
                    )
                    if entry.also_hedge
                    else None
                )
                if own is not None:
                    _explain_own(own, v.text(start, end))
                    continue
                # "Blackburn told ... the frequency of spiky skulls suggested ...": a suggesting
                # verb with no speaker of its own inside a named speaker's words is theirs
                # relayed hearsay ("allegedly") stays hedged in their words; a scare word
                # ("his supposed lies") is the speaker's own doubt
                reportative = entry.reportative and v.toks[start].lower_ not in _SCARE_WORDS
                if not reportative and any(
                    in_reported_content(v, a.cue, side, start, end) for a, side in speakers
                ):
                    speculation.append(v.text(start, end))
                    continue
            elif (
                category is Category.DISPUTED
                and (
                    denies_a_thing(v, s0, s1, start, end)
                    or contest_without_claim(v, s0, s1, start, end)
                )
            ) or (
                category is Category.NO_EVIDENCE
                and (
                    baseless_after_denial(v, s0, start, denials) or confirmed_in_office(v, s1, end)
                )
            ):
                continue
            elif category is Category.NO_EVIDENCE and speakers and start in quoted(v.toks, s0, s1):
                continue  # '... saying there was "no evidence the attacks came from Yemen"
            kept.append(cue)
        if speculation:
            words = ", ".join(f"'{w}'" for w in dict.fromkeys(speculation))
            main = speakers[0][0]
            main.explanation = main.explanation.then_words(messages.SPECULATION, words)
        return kept

    def _keep(self, v: DocView, s0: int, s1: int, cue: tuple[int, int, Entry]) -> bool:
        t = v.toks
        start, end, entry = cue
        if entry.at_sentence_start and start != s0:
            return False
        if entry.id.endswith(HEADLINE_PREFIX):
            # a headline's second part opens after a dash: "Parlament stimmt zu – Tsipras: ..."
            h0 = next((k + 1 for k in range(start - 1, s0, -1) if t[k].text in _DASHES), s0)
            if not (
                0 < start - h0 <= 3 and s1 - end >= 3 and all(t[k].cap for k in range(h0, start))
            ):
                return False  # "Report: ...", "WHO: ...": a colon after a headline's first words
        if (
            entry.role == "reporting_verb"
            and start != s0
            and t[start].is_title
            and not headline_verb(v, s0, s1, start)
        ):
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
            low = t[i].lower_
            if low == "noch" and not any(t[k].lower_ == "weder" for k in range(s0, i)):
                continue  # "hatte noch bestritten" (still); only "weder ... noch" negates
            if low in self.negation:
                return True
        if self.lang == "de":
            for i in range(end, min(s1, end + 6)):
                if t[i].is_punct:
                    break
                if t[i].lower_ in ("nicht", "nie", "keineswegs", "niemals"):
                    return True
        return False

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
        src = (
            _NO_SOURCE
            if source is None
            else (source.text, v.idx[source.start], v.end_char(source.end))
        )
        out[category] = make_raw(
            (
                category,
                sent_span[0],
                sent_span[1],
                v.idx[cue[0]],
                v.end_char(cue[1]),
                explanation,
                entry.id,
                round(confidence, 2),
                *src,
            )
        )


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) token indices from SENT_START, without ``doc.sents``."""
    return LexCache().view(doc).bounds


def _shallow(obj: _T) -> _T:
    """``copy.copy`` of a plain object (a new instance sharing the attribute values),
    without the pickle protocol ``copy.copy`` goes through: this runs three times per Doc."""
    bound = object.__new__(type(obj))
    bound.__dict__.update(obj.__dict__)
    return bound


def _explain_own(att: Attribution, words: str) -> None:
    """A named speaker's own suggestion: "named: X; the speaker's own speculation: ..."."""
    source = att.source
    if source is not None and source.kind != "pronoun":
        att.explanation = messages.named(source.kind, source.text) or att.explanation
    att.explanation = att.explanation.then_words(messages.SPECULATION, f"'{words}'")


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


#: Attributive words of doubt: in a named speaker's words the speaker's own scorn ("his
#: supposed lies"), not hearsay they relay (unlike "allegedly").
_SCARE_WORDS = frozenset({"supposed", "supposedly", "vermeintlich", "vermeintliche"})


def _retag(entry: Entry, category: Category | None) -> Entry:
    """A reporting-verb entry reused as a plain cue (its hedge or agentless category)."""
    if category is Category.HEDGED and entry.category is Category.HEDGED:
        return entry
    return replace(entry, category=category, role="cue")
