"""Unsourced claims: checkable statements (figures, dates, names) that nothing attributes.

Also remembers the last multi-word name in a sentence so that a later "she said" can be
resolved to it (the attribution rules call ``resolve``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck_app.analysis.findings import Attribution, RawFinding, SpeakerState, end_char, trim
from factcheck_app.analysis.lexicon import Entry, Lexicon
from factcheck_app.analysis.sources import SourceFinder
from factcheck_app.models import Category


class ClaimRules:
    """Decides whether a sentence (or part of it) is a checkable claim without a source."""

    def __init__(self, lexicon: Lexicon, finder: SourceFinder):
        self.lang = lexicon.lang
        self.finder = finder
        self.context_conj = lexicon.term_set("context_conj")

    def resolve(self, state: SpeakerState) -> str | None:
        """The most recent person named before a pronoun: mentions first, then speakers."""
        while state.pending:
            sent, cues = state.pending.pop()
            name = self._last_name(sent.doc, sent, cues)
            if name is not None:
                state.speaker(name)
                break
        return state.last_person

    def _last_name(
        self, doc: Doc, sent: Span, checkable: list[tuple[int, int, Entry]]
    ) -> str | None:
        """The last multi-word name ("Angela Merkel") mentioned in a sentence."""
        runs: list[list[int]] = []
        first = doc[sent.start]
        for start, end, entry in sorted(checkable, key=lambda c: c[0]):
            if entry.feature != "entity":
                continue
            if (
                start == sent.start + 1
                and first.is_title
                and first.lower_ not in self.finder.nonname
            ):
                runs.append([sent.start])
            if doc[start].lower_ in self.finder.title:
                while end < sent.end and end - start < 4 and doc[end].is_title:
                    end += 1  # "Kanzlerin Angela Merkel": the title is the cue, the name follows
            for i in range(start, end):
                if runs and runs[-1][-1] == i - 1:
                    runs[-1].append(i)
                elif not runs or runs[-1][-1] < i:
                    runs.append([i])
        finder = self.finder
        for run in reversed(runs):
            titled = False
            while run and doc[run[0]].lower_ in finder.title:
                run = run[1:]
                titled = True
            if not run or len(run) > 4 or (len(run) < 2 and not titled):
                continue
            words = [doc[i].lower_ for i in run]
            if " ".join(words) in finder.country or any(
                w in finder.org or w in finder.org_suffix for w in words
            ):
                continue
            return doc[run[0] : run[-1] + 1].text
        return None

    # --------------------------------------------------------- unsourced claims
    def unsourced(
        self,
        doc: Doc,
        sent: Span,
        attributions: list[Attribution],
        checkable: list[tuple[int, int, Entry]],
        found: dict[Category, RawFinding],
    ) -> RawFinding | None:
        if found.keys() & {Category.HEDGED, Category.DISPUTED, Category.NO_EVIDENCE}:
            return None
        if sent.end - sent.start < 5 or doc[sent.end - 1].text == "?":
            return None
        sourced = [a for a in attributions if a.category is Category.SOURCED]
        region = (sent.start, sent.end)
        confidence = 0.5
        reason = ""
        if sourced:
            main = [a for a in sourced if not a.embedded]
            if main:
                return self._context_clause(doc, sent, main, attributions)
            first = min(min(a.cue[0], a.source.start if a.source else a.cue[0]) for a in sourced)
            cut = first
            while cut > sent.start and doc[cut - 1].text != ",":
                cut -= 1
            if cut - 1 <= sent.start + 2:
                return None
            region = (sent.start, cut - 1)
            confidence = 0.45
        elif attributions:
            confidence = 0.35
            reason = "vague"
        covered = {i for a in attributions for i in range(*self._att_span(a))}
        feats = [
            c for c in checkable if region[0] <= c[0] and c[1] <= region[1] and c[0] not in covered
        ]
        figures = [c for c in feats if c[2].feature in ("figure", "date")]
        entities = _entity_chunks([c for c in feats if c[2].feature == "entity"])
        if (not figures and entities < 2) or self._heading_like(sent):
            return None
        cue = figures[0] if figures else next(c for c in feats if c[2].feature == "entity")
        text = doc[cue[0] : cue[1]].text
        explanation = cue[2].describe(text)
        if reason == "vague":
            explanation += (
                " (only a vague attribution)" if self.lang != "de" else " (nur vage zugeschrieben)"
            )
        span = trim(doc, *region)
        return RawFinding(
            Category.UNSOURCED_CLAIM,
            span[0],
            span[1],
            doc[cue[0]].idx,
            end_char(doc, cue[1]),
            explanation,
            cue[2].id,
            confidence,
        )

    def _context_clause(
        self, doc: Doc, sent: Span, main: list[Attribution], attributions: list[Attribution]
    ) -> RawFinding | None:
        """Writer's own trailing clause after an attribution: ", as tensions escalate ..."."""
        after = max(a.cue[1] for a in main)
        for i in range(after, sent.end - 4):
            if doc[i].text == "," and doc[i + 1].lower_ in self.context_conj:
                end = i + 2
                while (
                    end < sent.end and doc[end].text not in (",", ";") and not doc[end].is_sent_end
                ):
                    end += 1
                if end - (i + 1) < 4 or any(i < a.cue[0] < end for a in attributions):
                    return None
                span = trim(doc, i + 1, end)
                text = doc[i + 1 : end].text
                if self.lang == "de":
                    explanation = f"eigene Behauptung des Textes ohne Quelle: '{text}'"
                else:
                    explanation = f"the writer's own claim, not attributed: '{text}'"
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

    @staticmethod
    def _att_span(att: Attribution) -> tuple[int, int]:
        if att.source is None:
            return att.cue
        return min(att.cue[0], att.source.start), max(att.cue[1], att.source.end)

    def _heading_like(self, sent: Span) -> bool:
        words = [t for t in sent if t.is_alpha]
        if not words:
            return True
        if self.lang == "de":
            return not any(t.is_lower for t in words)
        caps = sum(1 for t in words if t.text[0].isupper())
        return caps / len(words) > 0.6


def _entity_chunks(cues: list[tuple[int, int, Entry]]) -> int:
    """Count runs of adjacent capitalised tokens ("North Korea" is one entity)."""
    count = 0
    last_end = -2
    for start, end, _entry in sorted(cues):
        if start > last_end:
            count += 1
        last_end = end
    return count
