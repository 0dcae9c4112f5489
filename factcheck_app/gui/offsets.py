"""Code-point offsets (models) <-> UTF-16 offsets (QTextCursor), at the GUI boundary only.

Every stored offset is a Python ``str`` index. Qt counts UTF-16 code units, so each
character outside the Basic Multilingual Plane (emoji, some CJK names) shifts every later
position by one. Converting per call would be O(n) each; ``Utf16Map`` precomputes the
positions of the astral characters once per article so a thousand highlights stay cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

#: characters outside the Basic Multilingual Plane (two UTF-16 units each)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def to_utf16(text: str, index: int) -> int:
    """UTF-16 position of the code-point ``index`` in ``text``."""
    return utf16_len(text[:index])


def from_utf16(text: str, position: int) -> int:
    """Code-point index of UTF-16 ``position`` (a position inside a pair rounds down)."""
    return Utf16Map(text).to_code_point(position)


class Utf16Map:
    """Converts many offsets of one text in O(log k), k = number of astral characters."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: code-point indices of characters that take two UTF-16 units
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if _has_astral(text) else []
        #: their UTF-16 positions (index + number of astral characters before)
        self._astral16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def to_code_point(self, position: int) -> int:
        whole = bisect_right(self._astral16, position - 2)  # pairs that end before position
        if whole < len(self._astral16) and self._astral16[whole] == position - 1:
            return position - 1 - whole  # inside a surrogate pair: round down to its char
        return position - whole


def _has_astral(text: str) -> bool:
    # encoding is far faster than a Python loop for the common all-BMP article
    return len(text.encode("utf-16-le")) != 2 * len(text)
