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

from typing import Any

from spacy.attrs import IDX, ORTH, SENT_START, SPACY
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
        "newline",
        "text",
    )

    def __init__(self, vocab: Vocab, orth: int):
        lexeme = vocab[orth]
        self.text: str = lexeme.orth_
        self.lower_: str = lexeme.lower_
        self.is_title: bool = lexeme.is_title
        self.is_lower: bool = lexeme.is_lower
        self.is_alpha: bool = lexeme.is_alpha
        self.is_punct: bool = lexeme.is_punct
        self.like_num: bool = lexeme.like_num
        text = self.text
        #: A line break (in a whitespace token): the next token starts a new sentence.
        self.newline: bool = "\n" in text and not text.strip()
        #: Starts with a capital and has a letter: what the source rules call capitalised.
        self.cap: bool = bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)
        values = (
            lexeme.is_title,
            lexeme.like_num,
            lexeme.is_alpha,
            lexeme.is_digit,
            lexeme.is_upper,
            lexeme.is_lower,
            lexeme.is_punct,
        )
        self.flags: int = sum(bit for bit, on in zip(FLAG_BITS.values(), values, strict=True) if on)


class LexCache:
    """One :class:`Lex` per ORTH id, per vocabulary (Docs of other vocabularies get their own)."""

    def __init__(self) -> None:
        self._by_vocab: dict[int, tuple[Vocab, dict[int, Lex]]] = {}

    def view(self, doc: Doc) -> DocView:
        vocab = doc.vocab
        held = self._by_vocab.get(id(vocab))
        if held is None or held[0] is not vocab:
            held = self._by_vocab[id(vocab)] = (vocab, {})
        lexes = held[1]
        if not len(doc):
            return DocView(doc, [], [], [], [])
        table = doc.to_array([ORTH, IDX, SPACY, SENT_START]).tolist()
        get = lexes.get
        toks: list[Lex] = []
        append = toks.append
        for row in table:
            lex = get(row[0])
            if lex is None:
                lex = lexes[row[0]] = Lex(vocab, row[0])
            append(lex)
        # SENT_START is 1 at a sentence start (the array holds it unsigned: -1 is large).
        # A line break also ends a sentence: a headline is not the subject of the body.
        starts = [0, *(i for i in range(1, len(table)) if table[i][3] == 1)]
        breaks = [i + 1 for i, lex in enumerate(toks) if lex.newline and i + 1 < len(toks)]
        if breaks:
            starts = sorted(set(starts).union(breaks))
        return DocView(
            doc,
            toks,
            [row[1] for row in table],
            [bool(row[2]) for row in table],
            list(zip(starts, [*starts[1:], len(table)], strict=True)),
        )


class DocView:
    """Token attributes of one Doc by index, sentence bounds, character offsets, span texts."""

    __slots__ = ("bounds", "doc", "idx", "space", "toks")

    def __init__(
        self,
        doc: Doc,
        toks: list[Lex],
        idx: list[int],
        space: list[bool],
        bounds: list[tuple[int, int]],
    ):
        self.doc = doc
        self.toks = toks
        self.idx = idx
        #: Whether a space follows each token (``Token.whitespace_``).
        self.space = space
        #: Sentences as (start, end) token indices, from SENT_START (the first token always
        #: starts one), without ``doc.sents``, which scans the Doc first.
        self.bounds = bounds

    def end_char(self, end_token: int) -> int:
        """Character offset just after token ``end_token - 1``."""
        return self.idx[end_token - 1] + len(self.toks[end_token - 1].text)

    def text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without creating the Span (``doc.text`` would build
        every Token of the Doc)."""
        if start >= end:
            return ""
        toks, space = self.toks, self.space
        parts = []
        for k in range(start, end - 1):
            parts.append(toks[k].text)
            if space[k]:
                parts.append(" ")
        parts.append(toks[end - 1].text)
        return "".join(parts)
