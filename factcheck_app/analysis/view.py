"""A per-Doc view of token attributes as plain Python objects, for the rule modules.

Every ``doc[i]`` creates a spaCy Token object; the rules read a handful of lexeme
attributes of the same few tokens again and again, and creating those Tokens was the
analyser's largest cost. The attributes the rules use (text, lower-case form and the
lexeme flags) belong to the word type, not to the token, so one :class:`Lex` per distinct
word is built once per vocabulary and shared by every token of every Doc: building a
view is one ``to_array`` call and a dict lookup per token.
"""

from __future__ import annotations

from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab


class Lex:
    """The lexeme attributes the rules read, under the names spaCy's Token uses."""

    __slots__ = (
        "cap",
        "is_alpha",
        "is_lower",
        "is_punct",
        "is_title",
        "like_num",
        "lower_",
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
        #: Starts with a capital and has a letter: what the source rules call capitalised.
        self.cap: bool = bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


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
            return DocView(doc, [], [], [])
        table = doc.to_array([ORTH, IDX, SPACY]).tolist()
        get = lexes.get
        toks: list[Lex] = []
        append = toks.append
        for orth, _idx, _space in table:
            lex = get(orth)
            if lex is None:
                lex = lexes[orth] = Lex(vocab, orth)
            append(lex)
        return DocView(doc, toks, [row[1] for row in table], [bool(row[2]) for row in table])


class DocView:
    """Token attributes of one Doc by index, plus character offsets and span texts."""

    __slots__ = ("doc", "idx", "space", "toks")

    def __init__(self, doc: Doc, toks: list[Lex], idx: list[int], space: list[bool]):
        self.doc = doc
        self.toks = toks
        self.idx = idx
        #: Whether a space follows each token (``Token.whitespace_``).
        self.space = space

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
