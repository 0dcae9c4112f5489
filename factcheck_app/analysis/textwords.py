"""What the whole text says about a capitalised word at the start of a sentence.

Without a trained model, capitalisation is the main evidence for a name, but a sentence's
first word (and every word of a headline) is capitalised anyway: "Supply worries in the
Gulf" does not name a speaker "Supply". The rest of the article decides: a word written
capitalised in running text ("talks with Lavrov") is a name; a word also written in lower
case ("the supply of oil") is a common word. Both sets are built lazily, once per analysed
text, because most texts never need them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_LETTER = r"[^\W\d_]"
#: A run of capitalised words after a lower-case word or a comma: running text, not a
#: headline or a sentence start ("... talks with Sergei Lavrov", "..., Kim said").
#: The run is the group. The pattern opens with its first capital, a character set the
#: regex engine scans for in C, and only then looks behind at the space and the character
#: before it: a quarter faster than opening with the space (tried at every space, most of
#: them before a lower-case word), twice as fast as opening with the look-behind (tried at
#: every position). The same runs: a greedy run never ends where the next one could start.
_CAPS = "A-ZÄÖÜÀ-Þ"
_CAP_WORD = rf"[{_CAPS}]{_LETTER}*[-'’]?{_LETTER}*"
_MID_CAPS = re.compile(
    rf"([{_CAPS}](?<=[a-zäöüßà-ÿ0-9,;:] [{_CAPS}]){_LETTER}*[-'’]?{_LETTER}*(?: {_CAP_WORD})*)"
)
_LOWER_WORD = re.compile(rf"(?<![\w'’-])[a-zäöüßà-ÿ]{_LETTER}*")


class TextWords:
    """Words of one analysed text seen capitalised mid-sentence, or written in lower case."""

    __slots__ = ("_lower", "_mid_caps", "_text")

    def __init__(self, text: str | Callable[[], str]):
        self._text = text
        self._mid_caps: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None

    def _source(self) -> str:
        if callable(self._text):
            self._text = self._text()
        return self._text

    @property
    def mid_caps(self) -> frozenset[str]:
        """Lower-cased words written capitalised inside running text."""
        if self._mid_caps is None:
            runs = _MID_CAPS.findall(self._source())
            self._mid_caps = frozenset(" ".join(runs).lower().split())
        return self._mid_caps

    @property
    def lower(self) -> frozenset[str]:
        """Words the text writes in lower case somewhere."""
        if self._lower is None:
            # Found in the distinct whitespace-separated chunks, joined by spaces: whitespace
            # is never one of the look-behind's characters (nor part of a word), so each
            # chunk's start reads like the text's start and the words are those of the whole
            # text; a text repeats most of its chunks ("the", "said"), and one scan of the
            # distinct ones spares both the repeats and a ``findall`` call per chunk.
            chunks = " ".join(set(self._source().split()))
            self._lower = frozenset(_LOWER_WORD.findall(chunks))
        return self._lower
