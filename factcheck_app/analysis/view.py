"""A per-Doc view of token attributes as plain Python objects, for the matcher and rules.

Every ``doc[i]`` creates a spaCy Token object; the rules read a handful of lexeme
attributes of the same few tokens again and again, and creating those Tokens was the
analyser's largest cost. The attributes the rules use (text, lower-case form and the
lexeme flags) belong to the word type, not to the token, so one :class:`Lex` per distinct
word is built once per vocabulary and shared by every token of every Doc: building a
view is one ``to_array`` call and a dict lookup per token. The cue matcher builds the
view (``doc._.fc_view``) and the rules reuse it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import compress
from operator import attrgetter
from typing import Any

from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_DIGIT,
    IS_LOWER,
    IS_PUNCT,
    IS_TITLE,
    IS_UPPER,
    LIKE_NUM,
    ORTH,
    SENT_START,
    SPACY,
)
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab


def ext_key(name: str) -> Any:
    """The ``doc.user_data`` key under which spaCy keeps ``doc._.<name>``.

    The components pass their per-Doc values (cues, view, state, findings) through Doc
    extensions so ``doc._.fc_findings`` keeps working for callers; but every ``doc._``
    access builds an ``Underscore`` object, a measurable cost per Doc when an article is
    analysed paragraph by paragraph. The components read and write the same dictionary
    entries directly (same key layout as ``Underscore._get_key`` for a Doc). Typed
    ``Any`` because spaCy's annotations declare ``user_data`` as ``dict[str, Any]``.
    """
    return ("._.", name, None, None)


#: Where the Analyzer leaves the string a Doc was made from (``doc._.fc_text``): the same
#: as ``doc.text`` (spaCy's tokenisation keeps every character), which the view would
#: otherwise join from its tokens for span texts.
TEXT = ext_key("fc_text")

#: Where the Analyzer lists the character offsets of the paragraph breaks inside a Doc
#: made of several paragraphs (``doc._.fc_breaks``): each break's whitespace token is a
#: sentence of its own, so every paragraph's sentences are the ones its own Doc had.
BREAKS = ext_key("fc_breaks")

#: The sentencizer's sentence-final characters, and "not a sentence start" as stored.
_PERIODS = frozenset(Sentencizer.default_punct_chars)
#: Quotation marks and brackets that open the next sentence when they stand against its
#: first word after a space (`plan. "This`); against the period they close the last one.
_OPENERS = frozenset("\"'“”„«»‘’‚([{")
_NOT_START = 2**64 - 1
#: Capitalised words that open a clause and never follow an ordinal ("am 3. Oktober", "zum
#: 2. Mal"): after "auf 77." one of them means the number ended the sentence ("... von 70
#: auf 77. Die Verfassung ..."); the tokenizer keeps "77." as one ordinal token.
_CLAUSE_OPENERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "er", "sie", "es",
     "wir", "ich", "man", "dies", "diese", "dieser", "dieses", "doch", "aber", "und", "denn",
     "dann", "damit", "so", "auch", "nun", "jetzt", "heute", "im", "in", "am", "auf", "bei",
     "mit", "nach", "seit", "von", "vor", "zum", "zur", "für", "als", "wie", "wenn", "da",
     "dabei", "dort", "hier", "zudem", "außerdem", "allerdings", "jedoch", "trotzdem",
     "dennoch", "deshalb", "daher", "laut", "the", "a", "he", "she", "it", "they", "we",
     "this", "but", "on", "at"}
)  # fmt: skip

#: Numbering abbreviations whose period the tokenizer splits off ("Act No. 3846", "Art. 5",
#: "Fig. 3"): before a number that period does not end the sentence. Spelled as written:
#: a lower-case "no." or "art." is the word ("The answer was no. 5 people died").
NUMBERING = frozenset(
    {"No", "Nos", "Nr", "Art", "Arts", "Abs", "Fig", "Figs", "Sec", "Secs", "Vol", "Ch",
     "Para", "Kap", "Ziff", "Bd", "S", "nr", "abs", "fig", "sec", "vol", "ch", "para", "pp",
     "p", "ziff"}
)  # fmt: skip

#: Lexeme flags usable in single-token flag patterns, as bits of ``Lex.flags``.
FLAG_BITS: dict[str, int] = {
    "IS_TITLE": 1,
    "LIKE_NUM": 2,
    "IS_ALPHA": 4,
    "IS_DIGIT": 8,
    "IS_UPPER": 16,
    "IS_LOWER": 32,
    "IS_PUNCT": 64,
}
_TITLE, _NUM, _ALPHA, _DIGIT, _UPPER, _LOWER, _PUNCT = FLAG_BITS.values()
#: The same flags as bits of spaCy's ``Lexeme.flags`` (bit number = attribute id).
_BIT_TITLE, _BIT_NUM, _BIT_ALPHA, _BIT_DIGIT, _BIT_UPPER, _BIT_LOWER, _BIT_PUNCT = (
    1 << attr for attr in (IS_TITLE, LIKE_NUM, IS_ALPHA, IS_DIGIT, IS_UPPER, IS_LOWER, IS_PUNCT)
)


class Lex:
    """The lexeme attributes the rules read, under the names spaCy's Token uses."""

    __slots__ = (
        "cap",
        "flags",
        "is_alpha",
        "is_lower",
        "is_punct",
        "is_title",
        "like_num",
        "lower_",
        "mark",
        "newline",
        "ordinal",
        "period",
        "stop",
        "text",
    )

    def __init__(self, vocab: Vocab, orth: int):
        lexeme = vocab[orth]
        #: What the cue matcher whose cache made this Lex looks for in the word (bits of
        #: ``CueMatcher.mark``; 0: nothing), so it finds its tokens in one pass.
        self.mark: int = 0
        self.text: str = lexeme.orth_
        self.lower_: str = lexeme.lower_
        # The lexeme's boolean attributes are bits of its ``flags`` (``Lexeme.is_title`` is
        # ``flags & (1 << IS_TITLE)``): one read instead of one property call each.
        bits = lexeme.flags
        self.is_title: bool = bool(bits & _BIT_TITLE)
        self.is_lower: bool = bool(bits & _BIT_LOWER)
        self.is_alpha: bool = bool(bits & _BIT_ALPHA)
        self.is_punct: bool = bool(bits & _BIT_PUNCT)
        self.like_num: bool = bool(bits & _BIT_NUM)
        text = self.text
        #: A line break (in a whitespace token): the next token starts a new sentence.
        self.newline: bool = "\n" in text and not text.strip()
        #: Ends a sentence for spaCy's sentencizer (its default punctuation characters).
        self.period: bool = text in _PERIODS
        #: A number with its period in one token ("77.", German ordinal reading).
        self.ordinal: bool = text[-1:] == "." and text[:-1].isdigit()
        #: May end a sentence (``_ends`` decides): one flag the view's scan reads in C.
        self.stop: bool = self.period or self.ordinal
        #: Starts with a capital and has a letter: what the source rules call capitalised.
        self.cap: bool = (
            bool(text)
            and text[0].isupper()
            and (text[0].isalpha() or any(ch.isalpha() for ch in text))
        )
        self.flags: int = (
            (_TITLE if self.is_title else 0)
            | (_NUM if self.like_num else 0)
            | (_ALPHA if self.is_alpha else 0)
            | (_DIGIT if bits & _BIT_DIGIT else 0)
            | (_UPPER if bits & _BIT_UPPER else 0)
            | (_LOWER if self.is_lower else 0)
            | (_PUNCT if self.is_punct else 0)
        )


class _Lexes(dict[int, Lex]):
    """ORTH id -> :class:`Lex` of one vocabulary, built on first sight."""

    def __init__(self, vocab: Vocab, marker: Callable[[Lex], int] | None = None):
        super().__init__()
        self.vocab = vocab
        self.marker = marker

    def __missing__(self, orth: int) -> Lex:
        lex = self[orth] = Lex(self.vocab, orth)
        if self.marker is not None:
            lex.mark = self.marker(lex)
        return lex


class LexCache:
    """One :class:`Lex` per ORTH id, per vocabulary (Docs of other vocabularies get their own).

    ``marker`` sets each new Lex's ``mark`` (what its owner looks for in that word).
    """

    def __init__(self, marker: Callable[[Lex], int] | None = None) -> None:
        self._by_vocab: dict[int, _Lexes] = {}
        self.marker = marker

    def view(self, doc: Doc) -> DocView:
        vocab = doc.vocab
        lexes = self._by_vocab.get(id(vocab))
        if lexes is None or lexes.vocab is not vocab:
            lexes = self._by_vocab[id(vocab)] = _Lexes(vocab, self.marker)
        if not len(doc):
            return DocView(doc, [], [], [], [])
        data = doc.user_data
        given = data.get(TEXT)
        array = doc.to_array([ORTH, IDX, SPACY, SENT_START])
        orths, idx, spaces, sent_start = array.T.tolist()
        toks = list(map(lexes.__getitem__, orths))
        gaps = _gaps(idx, data.get(BREAKS))
        if any(sent_start[1:]):  # the first token always reads as a start
            # SENT_START is 1 at a sentence start (the array holds it unsigned: -1 is large).
            starts = [0, *(i for i, value in enumerate(sent_start) if value == 1 and i)]
            if gaps:
                starts = _with_gaps(starts, gaps, len(toks))
        else:
            starts = sentencizer_starts(toks, spaces)
            if gaps:
                starts = _with_gaps(starts, gaps, len(toks))
            mark: Any = array[:, 3].copy()  # spaCy's (numpy) array: no numpy import needed
            mark.fill(_NOT_START)
            mark[starts] = 1
            doc.from_array([SENT_START], mark)  # doc.sents as the sentencizer would set them
        # A line break also ends a sentence: a headline is not the subject of the body.
        breaks = _line_breaks(toks, idx, given if isinstance(given, str) else None)
        if breaks:
            starts = sorted(set(starts).union(breaks))
        return DocView(
            doc,
            toks,
            idx,
            spaces,
            list(zip(starts, [*starts[1:], len(toks)], strict=True)),
            given if isinstance(given, str) else None,
            gaps,
        )


def _line_breaks(toks: list[Lex], idx: list[int], text: str | None) -> list[int]:
    """Indices of the tokens after a line-break token (``Lex.newline``), but the last.

    With the Doc's text at hand, only the tokens at its line breaks are looked at (found
    by ``str.find``) rather than every token: most Docs hold a few line breaks or none.
    """
    last = len(toks) - 1
    if text is None:
        return [i + 1 for i, lex in enumerate(toks) if lex.newline and i < last]
    out: list[int] = []
    pos = text.find("\n")
    while pos >= 0:
        i = bisect.bisect_right(idx, pos) - 1  # the token holding this character
        if i >= 0 and toks[i].newline and i < last and (not out or out[-1] != i + 1):
            out.append(i + 1)
        pos = text.find("\n", pos + 1)
    return out


def _gaps(idx: list[int], breaks: Any) -> frozenset[int]:
    """Token indices of the paragraph-break tokens at the character offsets ``breaks``."""
    if not breaks:
        return frozenset()
    out = set()
    for offset in breaks:
        k = bisect.bisect_left(idx, offset)
        if k < len(idx) and idx[k] == offset:
            out.add(k)
    return frozenset(out)


def _with_gaps(starts: list[int], gaps: frozenset[int], length: int) -> list[int]:
    """Sentence starts with each paragraph break a sentence of its own (the next token
    starts one anyway: a break holds a line break)."""
    extra = set(gaps) | {g + 1 for g in gaps if g + 1 < length}
    return sorted(extra.union(starts))


_STOP = attrgetter("stop")


def _ends(toks: list[Lex], i: int, last: int) -> bool:
    """Token ``i`` ends a sentence: a sentence-final character, or a number with its period
    before a clause-opening capitalised word (see ``sentencizer_starts``)."""
    lex = toks[i]
    if lex.period:
        return not (
            0 < i < last
            and toks[i - 1].text in NUMBERING
            and toks[i + 1].text[:1].isdigit()
            and lex.text == "."
        )
    return (
        lex.ordinal and i < last and toks[i + 1].is_title and toks[i + 1].lower_ in _CLAUSE_OPENERS
    )


def sentencizer_starts(toks: list[Lex], spaces: list[int] | None = None) -> list[int]:
    """Sentence starts by spaCy's ``Sentencizer`` rule (default punctuation), from the view.

    The blank pipeline has no sentence component: the cue matcher sets the boundaries
    here, where every token's word is already at hand, instead of the sentencizer, which
    creates a Token object per token. Same rule: after a sentence-final character
    (``.``, ``!``, ``?`` ...), the next token that is not punctuation starts a sentence.
    One refinement (``spaces``, each token's trailing-whitespace flag): an opening quote
    or bracket, spaced from the period and touching the next word, starts the sentence
    it opens. The sentencizer would end the last sentence with it, so a highlight of
    'Groups criticised the plan.' took the quote of the next speaker's words with it.
    Another: a number token with its period ("77.") before a clause-opening capitalised
    word ends the sentence ("auf 77. Die Verfassung"); before a noun it is an ordinal. And
    the period of a numbering abbreviation before a number ("Act No. 3846") ends nothing.
    """
    starts = [0]
    length = len(toks)
    last = length - 1
    scanned = 0  # tokens before this were looked at after an earlier period
    # Only the tokens after each sentence end are looked at, not every token.
    # The tokens that may end a sentence are picked in C (``compress``), not a Python step
    # per token; only those few are looked at here.
    ends = [i for i in compress(range(length), map(_STOP, toks)) if _ends(toks, i, last)]
    for end in ends:
        if end < scanned:
            continue
        i = end + 1
        while i < length:
            lex = toks[i]
            if not _ends(toks, i, last) and (
                not lex.is_punct
                or (
                    spaces is not None
                    and lex.text in _OPENERS
                    and 0 < i < last
                    and spaces[i - 1]
                    and not spaces[i]
                )
            ):
                starts.append(i)
                break
            i += 1
        scanned = i + 1
    return starts


class DocView:
    """Token attributes of one Doc by index, sentence bounds, character offsets, span texts."""

    __slots__ = ("_ents", "_text", "bounds", "doc", "gaps", "idx", "space", "toks")

    def __init__(
        self,
        doc: Doc,
        toks: list[Lex],
        idx: list[int],
        space: list[int],
        bounds: list[tuple[int, int]],
        text: str | None = None,
        gaps: frozenset[int] = frozenset(),
    ):
        self.doc = doc
        self.toks = toks
        self.idx = idx
        #: Whether a space follows each token (``Token.whitespace_``; 1 or 0).
        self.space = space
        #: Sentences as (start, end) token indices, from SENT_START (the first token always
        #: starts one), without ``doc.sents``, which scans the Doc first.
        self.bounds = bounds
        #: The Doc's text when the caller knows it, else joined from the tokens on demand.
        self._text = text
        #: Paragraph-break tokens of a Doc made of several paragraphs (see ``BREAKS``):
        #: sentences of their own, where no cue may match.
        self.gaps = gaps
        self._ents: bool | None = None

    @property
    def has_ents(self) -> bool:
        """Whether the Doc has named entities (a trained pipeline), asked once per Doc:
        ``doc.ents`` walks every token each time it is read."""
        if self._ents is None:
            self._ents = bool(self.doc.ents)
        return self._ents

    @property
    def full_text(self) -> str:
        """``doc.text``, joined once from the view (``doc.text`` builds every Token)."""
        if self._text is None:
            toks, space = self.toks, self.space
            self._text = "".join(
                [lex.text + " " if sp else lex.text for lex, sp in zip(toks, space, strict=True)]
            )
        return self._text

    def end_char(self, end_token: int) -> int:
        """Character offset just after token ``end_token - 1``."""
        return self.idx[end_token - 1] + len(self.toks[end_token - 1].text)

    def text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without creating the Span: a slice of the Doc's text
        (a token's text plus its trailing space, concatenated, is the text as given)."""
        if start >= end:
            return ""
        text = self._text if self._text is not None else self.full_text
        return text[self.idx[start] : self.idx[end - 1] + len(self.toks[end - 1].text)]
