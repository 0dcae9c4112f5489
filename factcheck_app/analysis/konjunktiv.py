"""German reported speech (Konjunktiv I) with no verb of saying: whose words are they?

Split from ``attribution`` (which judges the source of a verb of saying). "Die Lage sei
ernst" reports someone's words; the reader asks whose: the named subject before a colon
("Die Gewerkschaft erhob Vorwürfe: Der Konzern habe ..."), a third-person pronoun as the
subject of a Konjunktiv verb of saying in the same sentence ("..., daher schlage sie ein
Abkommen vor"), a person named earlier in the sentence, the last speaker, else nobody
(``vague_source``).
"""

from __future__ import annotations

from dataclasses import replace

from factcheck_app.analysis import messages
from factcheck_app.analysis.claims import ClaimRules
from factcheck_app.analysis.findings import Attribution, SpeakerState
from factcheck_app.analysis.lexicon import Entry, Lexicon
from factcheck_app.analysis.sources import Source, SourceFinder
from factcheck_app.analysis.speakers import FEMININE, MASCULINE
from factcheck_app.analysis.view import DocView, Lex
from factcheck_app.explanations import Explanation
from factcheck_app.models import Category

#: Words after a comma that open a new clause rather than invert the reported one.
_CLAUSE_WORDS = frozenset(
    {"und", "oder", "aber", "sondern", "denn", "doch", "dass", "weil", "wenn", "ob", "wie",
     "als", "so", "da", "damit", "während", "obwohl", "nachdem", "bevor", "bis", "der", "die",
     "das", "den", "dem", "deren", "dessen", "welche", "welcher", "was", "wo", "weshalb"}
)  # fmt: skip


def _inverted_after(t: list[Lex], cue_end: int, pronoun: int) -> bool:
    """ "Er sei weder korrupt noch ein Dieb, ließ er ... affichieren": the reported words
    stand first and the finite verb after the comma is inverted with its subject (German
    verb-second), whatever the verb; not a new clause (", und er", ", weil er")."""
    comma, verb = pronoun - 2, pronoun - 1
    return (
        comma >= cue_end
        and t[comma].text == ","
        and t[verb].is_lower
        and t[verb].is_alpha
        and t[verb].lower_ not in _CLAUSE_WORDS
        and not t[verb].lower_.endswith(("en", "ern"))  # "..., meinten sie": they
    )


#: Per lexicon: the infinitives among its reporting verbs ("sagen", "schlagen").
_REPORTING_INFINITIVES: dict[int, frozenset[str]] = {}


class ReportedSpeech:
    """The Konjunktiv half of :class:`~factcheck_app.analysis.attribution.AttributionRules`."""

    lex: Lexicon
    finder: SourceFinder
    claims: ClaimRules
    skip: frozenset[str]

    def _continued_speech(
        self,
        v: DocView,
        cue: tuple[int, int, Entry],
        state: SpeakerState,
        s0: int = 0,
        checkable: list[tuple[int, int, Entry]] | None = None,
    ) -> Attribution:
        """Konjunktiv I with no verb of saying: the words of a person named earlier in the
        same sentence ("Tusk meldete sich zu Wort: Es sei das Ziel ..."), else the last
        speaker's, else nobody's."""
        start, end, entry = cue
        speaker = self._colon_speaker(v, s0, start)
        if speaker is None:
            pronoun = self._konjunktiv_pronoun(v, s0, cue, state)
            if pronoun is not None:
                return pronoun
            before = [c for c in checkable or () if c[1] <= start]
            found = self.claims._last_name(v, s0, start, before, True) if before else None
            speaker = found[0] if found is not None else state.last_speaker
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

    def _konjunktiv_pronoun(
        self, v: DocView, s0: int, cue: tuple[int, int, Entry], state: SpeakerState
    ) -> Attribution | None:
        """ "Die Wahl solle fair sein, daher schlage sie ein Abkommen vor": a third-person
        pronoun as the subject of a Konjunktiv verb in the same sentence is the speaker,
        resolved to the nearest person of its gender (or shown as unresolved)."""
        t = v.toks
        start, end, entry = cue
        s1 = next((b for a, b in v.bounds if a == s0), len(t))
        for i in range(s0, s1):
            if t[i].lower_ not in ("er", "sie") or (t[i].text == "Sie" and i > s0):
                continue  # polite "Sie" (you) mid-sentence is no third person
            verbs = [k for k in (i - 1, i + 1) if s0 <= k < s1 and self._saying_subjunctive(t[k])]
            if not verbs and not _inverted_after(t, end, i):
                continue  # "Er sei zurückgetreten": he is what is reported, not who reports
            # the verb ends in -e: singular, so "sie" is she
            gender = FEMININE if t[i].lower_ == "sie" else MASCULINE
            resolved = self.claims.resolve(state, gender)
            text = t[i].text
            if resolved is None:
                explanation = messages.unresolved(text)
            else:
                explanation = messages.resolved(text, resolved, gender, False)
            shown = f"{text} ({resolved})" if resolved else text
            return Attribution(
                Category.SOURCED,
                (start, end),
                replace(entry, category=Category.SOURCED),
                Source("pronoun", i, i + 1, shown),
                explanation,
                0.6 if resolved else 0.5,
            )
        return None

    def _saying_subjunctive(self, token: Lex) -> bool:
        """ "sage", "schlage (vor)", "fordere": the Konjunktiv I of a verb of saying (its
        infinitive, stem + "en"/"n", is a listed reporting verb)."""
        low = token.lower_
        if not token.is_lower or len(low) < 4 or not low.endswith("e"):
            return False
        infinitives = _REPORTING_INFINITIVES.get(id(self.lex))
        if infinitives is None:
            infinitives = frozenset(
                phrase.split()[0].lower()
                for e in self.lex.entries
                if e.role == "reporting_verb" and e.kind == "phrase"
                for phrase in e.phrases
                if phrase.split()[0].endswith("n")
            )
            _REPORTING_INFINITIVES[id(self.lex)] = infinitives
        return low[:-1] + "en" in infinitives or low[:-1] + "n" in infinitives

    def _colon_speaker(self, v: DocView, s0: int, cue: int) -> str | None:
        """ "Die Gewerkschaft GDL erhob Vorwürfe: Der Konzern habe ...": the named subject
        of the clause before a colon speaks the reported words after it."""
        t = v.toks
        colon = next((k for k in range(cue - 1, s0, -1) if t[k].text == ":"), None)
        if colon is None:
            return None
        first = s0
        while first < colon and (t[first].lower_ in self.skip or t[first].is_punct):
            first += 1  # "Auch ...", "Dagegen ..."
        span = self.finder.right(v, first, colon, limit=8)
        if span is None:
            return None
        source = self.finder.judge(v, span[0], span[1], s0)
        return source.text if source.named else None
