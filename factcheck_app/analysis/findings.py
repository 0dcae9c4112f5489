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
    #: People who were a sentence's subject (a speaker, or the name that opens a main
    #: clause), not merely named inside an object: only they can take a gendered pronoun
    #: while their gender is unknown (centring: "he added" continues the subject).
    subjects: set[str] = field(default_factory=set)

    #: How many of ``pending`` were mentioned before the last group speaker: only the
    #: later ones can hold a plural subject nearer than ``last_group``.
    group_at: int = 0

    def speaker(self, name: str, gender: str | None = None) -> None:
        self.last_person = name
        self.last_speaker = name
        self.pending.clear()
        self.group_at = 0
        self.person(name, gender, subject=True)

    def person(self, name: str, gender: str | None = None, subject: bool = False) -> None:
        """Remember a person (again) as the most recent one."""
        if name in self.people:
            self.people.remove(name)
        self.people.append(name)
        if len(self.people) > 8:
            for gone in self.people[:-8]:
                self.subjects.discard(gone)
            del self.people[:-8]
        if gender is not None:
            self.genders[name] = gender
        if subject:
            self.subjects.add(name)

    def pick(self, gender: str | None) -> str | None:
        """The nearest person a pronoun of that gender can refer to.

        Compatible are people of that gender and subjects whose gender the text has not
        given: "Kyriakos Mitsotakis called ... 'null and void'. He added" is Mitsotakis,
        not a man named two paragraphs earlier (a name missing from every list must not
        make its bearer invisible). A person only named inside an object ("praised the
        ties between Kim Jong Un and Vladimir Putin") of unknown gender is the last resort.
        """
        unknown = None
        for name in reversed(self.people):
            known = self.genders.get(name)
            if gender is None or known == gender:
                return name
            if known is None:
                if name in self.subjects:
                    self.genders[name] = gender
                    return name
                if unknown is None:
                    unknown = name
        if unknown is not None and gender is not None:
            self.genders[unknown] = gender
        return unknown

    def group(self, name: str) -> None:
        self.last_group = name
        self.last_speaker = name
        self.group_at = len(self.pending)

    def mention(
        self, view: DocView, start: int, end: int, cues: list[tuple[int, int, Entry]]
    ) -> None:
        self.pending.append((view, start, end, cues))
        if len(self.pending) > 4:
            self.group_at = max(0, self.group_at - (len(self.pending) - 4))
            del self.pending[:-4]


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
