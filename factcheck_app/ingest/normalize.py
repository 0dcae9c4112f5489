"""Canonical text: the one normal form every offset in the app points into.

Normalising happens once, at import. Everything downstream (analysis spans, stored
assertions, W3C selectors) indexes this text with Python ``str`` offsets, so the rules
here must be idempotent: ``normalize_text(normalize_text(x)) == normalize_text(x)``.
Otherwise re-importing an article would shift every stored span.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# C0/C1 controls that carry no text. Tab and newline survive; the line-ending controls
# (\v, \f, \x1c-\x1e, \x85) are turned into newlines first by ``_LINE_ENDS``.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufeff]")
_LINE_ENDS = re.compile(r"\r\n|[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_LINE_END_CHARS = re.compile(r"[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_TRAILING_SPACE = re.compile(r"[^\S\n]+(?=\n|\Z)")
_BLANK_RUNS = re.compile(r"\n{3,}")
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_NEWLINE_RUNS = re.compile(r"\n{2,}")

#: What separates two blocks in the canonical text (one blank line).
BLOCK_SEPARATOR = "\n\n"


#: The ASCII characters ``_CONTROLS`` and ``_LINE_END_CHARS`` match between them: every
#: C0 control but tab and newline, and DEL (deleted by ``bytes.translate`` to see whether
#: a text holds any).
_ASCII_SPECIAL = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])


def _plain(text: str) -> bool:
    """Whether ``text`` holds none of what ``_CONTROLS`` and ``_LINE_END_CHARS`` match,
    decided in C: Python's ``re`` tries a character class at every position (~150 us
    for an article), this takes a few. True for nearly every article; for a text with a
    character from U+0080-U+00BF (C1 controls and NEL, but also a no-break space or
    « ») the regexes decide, as before."""
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw.translate(None, _ASCII_SPECIAL)) != len(raw) or b"\xc2" in raw:
        return False
    return "\ufeff" not in text and "\u2028" not in text and "\u2029" not in text


def _base(text: str) -> str:
    # Order matters for idempotence: drop invisible controls *before* NFC, because a
    # control between a letter and a combining mark blocks composition.
    if not _plain(text):
        if _LINE_END_CHARS.search(text):  # a class search is fast; the alternation is not
            text = _LINE_ENDS.sub("\n", text)
        text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


def normalize_text(text: str) -> str:
    """Unicode NFC, ``\\n`` line ends, no BOM, no trailing spaces, at most one blank line.

    Leading and trailing whitespace of the whole text is removed. Used for whole
    documents (plain text before block splitting, and for :func:`content_hash`).
    """
    text = _base(text)
    # Per line, ``rstrip()`` drops what ``_TRAILING_SPACE`` matches (whitespace but the
    # newline) ten times faster: content_hash runs this on every article of a merge.
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    if "\n\n\n" in text:  # (the regex scans every position, even when none is there)
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def clean_block_text(text: str) -> str:
    """Normal form of one block's content.

    Stricter than :func:`normalize_text`: runs of spaces/tabs become one space, each
    line is stripped and blank lines are dropped, so a block never contains the block
    separator and the joined document is already in :func:`normalize_text` form.
    """
    text = _base(text)
    text = _INLINE_SPACE.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    return _NEWLINE_RUNS.sub("\n", text).strip()


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text: equal articles hash equal whatever their
    line endings, BOM or composition form, so re-imports are recognised as duplicates."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
