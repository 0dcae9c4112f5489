"""The values passed between the rule modules: raw findings, attributions, speaker state."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from factcheck_app.analysis.lexicon import Entry
from factcheck_app.analysis.sources import Source
from factcheck_app.analysis.textwords import TextWords
from factcheck_app.analysis.view import DocView
from factcheck_app.explanations import Explanation
from factcheck_app.models import Category

#: Source kinds that are people, remembered for resolving "she said".
SPEAKER_KINDS = frozenset({"person", "office_holder"})


class RawFinding(NamedTuple):
    """A finding with character offsets relative to the analysed Doc.

    A named tuple rather than a frozen dataclass: equally immutable, and built several
    times faster (a frozen dataclass sets each of its fields through
    ``object.__setattr__``); the rules build one for every candidate of a sentence.
    """

    category: Category
    start: int
    end: int
    cue_start: int
    cue_end: int
    explanation: Explanation
    rule: str
    confidence: float
    source_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None


#: ``RawFinding(*values)`` (all eleven fields, in order) without the named tuple's
#: Python-level ``__new__``: ``tuple.__new__`` called from C builds the same object.
make_raw: Callable[[Iterable[Any]], RawFinding] = partial(tuple.__new__, RawFinding)


@dataclass
class Attribution:
    """One attribution in a sentence: its cue tokens, judged source and category."""

    category: Category
    cue: tuple[int, int]
    entry: Entry
    source: Source | None
    explanation: Explanation
    confidence: float
    embedded: bool = False


@dataclass
class SpeakerState:
    """The most recent named speaker, so "she said" can be resolved across sentences.

    Names merely mentioned since that speaker are kept as unresolved candidates (the Doc's
    view, the sentence's token range and its entity cues) and only examined when a pronoun
    needs them, which keeps the common case (no pronoun) cheap.
    """

    last_person: str | None = None
    #: The most recent organisation, country or group speaker, for "they said".
    last_group: str | None = None
    #: A plural subject named since that group spoke ("The foreign ministers met"): "they"
    #: continues it; "we" does not.
    last_plural: str | None = None
    pending: list[tuple[DocView, int, int, list[tuple[int, int, Entry]]]] = field(
        default_factory=list
    )
    #: The whole analysed text's word evidence (None: only the Doc itself is known).
    words: TextWords | None = None

    #: The most recent speaker of any kind, for German reported speech (Konjunktiv I)
    #: that continues their words without a verb of saying.
    last_speaker: str | None = None

    #: People named so far, most recent last, and the gender the text gives them.
    people: list[str] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    #: People whose gender only a pronoun resolved to them gave (no title, no "her").
    assumed: set[str] = field(default_factory=set)
    #: Where each person was last named: the sentence (a key; None: unknown) and whether
    #: as its subject (a speaker, or the name opening its main clause).
    seen: dict[str, tuple[object, bool]] = field(default_factory=dict)
    #: How many of ``pending`` were mentioned before the last group speaker: only the
    #: later ones can hold a plural subject nearer than ``last_group``.
    group_at: int = 0

    def speaker(self, name: str, gender: str | None = None, where: object = None) -> None:
        self.last_person = name
        self.last_speaker = name
        self.pending.clear()
        self.group_at = 0
        self.person(name, gender, True, where)

    def person(
        self, name: str, gender: str | None = None, subject: bool = False, where: object = None
    ) -> None:
        """Remember a person (again) as the most recent one; ``where`` names the sentence."""
        if name in self.people:
            self.people.remove(name)
            before = self.seen.get(name)
            if before is not None and where is not None and before[0] == where:
                subject = subject or before[1]  # named twice in one sentence
        self.people.append(name)
        self.seen[name] = (where, subject)
        if len(self.people) > 8:
            for gone in self.people[:-8]:
                self.seen.pop(gone, None)
            del self.people[:-8]
        if gender is not None:
            self.genders[name] = gender
            self.assumed.discard(name)

    def pick(self, gender: str | None) -> str | None:
        """The person a pronoun of that gender refers to: the nearest sentence that names
        someone compatible (of that gender, or of a gender the text has not given) decides.

        In it a subject comes first, then a person of that gender, then anyone: "Kyriakos
        Mitsotakis called ... He added" is Mitsotakis, not a man named two paragraphs
        earlier (a first name in no list must not make a person invisible); "She praised
        the ties between Kim Jong Un and Vladimir Putin. She ..." stays with the subject.
        A person only named inside an object, of unknown gender, yields to an earlier
        person the text gave that gender ("Mrs Clarke said ... The report criticised
        Vladimir Putin. She added" is Clarke).
        """
        people = self.people
        genders = self.genders
        fallback = None
        i = len(people) - 1
        while i >= 0:
            key = self.seen.get(people[i], (None, False))[0]
            group = [people[i]]
            i -= 1
            while key is not None and i >= 0 and self.seen.get(people[i], (None, False))[0] == key:
                group.append(people[i])
                i -= 1
            known = [n for n in group if gender is None or genders.get(n) == gender]
            unknown = [n for n in group if gender is not None and n not in genders]
            subjects = [n for n in (*known, *unknown) if self.seen.get(n, (None, False))[1]]
            if fallback is None:
                if subjects:
                    return self._chosen(subjects[0], gender)  # a compatible subject
                if known:
                    return known[0]
                if unknown:
                    fallback = unknown[0]  # only a known match further back beats it
            elif known:
                return next((n for n in subjects if n in known), known[0])
        if fallback is not None:
            return self._chosen(fallback, gender)
        return None

    def _chosen(self, name: str, gender: str | None) -> str:
        """The picked person; an unknown gender is the pronoun's from now on."""
        if gender is not None and name not in self.genders:
            self.genders[name] = gender
            self.assumed.add(name)
        return name

    def group(self, name: str) -> None:
        self.last_group = name
        self.last_plural = None
        self.last_speaker = name
        self.group_at = len(self.pending)

    def mention(
        self, view: DocView, start: int, end: int, cues: list[tuple[int, int, Entry]]
    ) -> None:
        pending = self.pending
        pending.append((view, start, end, cues))
        if len(pending) > 4:
            # a sentence without name cues goes first ("Honcharuk filed ...": only a
            # surname can make it count), then the oldest
            drop = next((k for k, p in enumerate(pending) if not p[3]), 0)
            del pending[drop]
            if drop < self.group_at:
                self.group_at -= 1


def trim(view: DocView, start: int, end: int) -> tuple[int, int]:
    """Character span of tokens start..end without surrounding whitespace.

    A line break is a whitespace token that closes its sentence (a headline ends at
    its line's end): it is not part of the highlighted span.
    """
    toks = view.toks
    while end - start > 1 and not toks[end - 1].text.strip():
        end -= 1
    while end - start > 1 and not toks[start].text.strip():
        start += 1
    return view.idx[start], view.end_char(end)
