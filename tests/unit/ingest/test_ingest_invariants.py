"""Property tests: canonical text and offsets hold for any input."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_helpers import assert_invariants

from factcheck_app.ingest import IngestError, normalize, normalize_text, parse_string
from factcheck_app.ingest.blocks import BlockBuilder
from factcheck_app.ingest.normalize import clean_block_text
from factcheck_app.models import BlockKind

# Characters that stress offsets and normal forms: emoji and other non-BMP code points,
# combining marks, Hangul jamo, BOM, NBSP, CR, odd line separators, controls.
TRICKY = (
    "😀🔥❄️\U0001d400𝔘김민재\u1100\u1161\u11a8e\u0301\u0327\u0308\ufeff\u00a0\r\u2028\x85\x0c\x01\t "
)
# Controls are left out where a short document full of them would rightly count as binary.
PRINTABLE_TRICKY = TRICKY.replace("\x01", "")
chars = st.one_of(
    st.sampled_from(list(TRICKY)),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(list("abc xyz. ,ÄÖÜß\n")),
)
texts = st.text(chars, max_size=200)
words = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöüß")), min_size=1, max_size=10)
paragraphs = st.lists(words, min_size=1, max_size=20).map(" ".join)
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(texts)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once and "\ufeff" not in once
    assert once == once.strip()
    assert all(line == line.rstrip() for line in once.split("\n"))


def _regex_only_base(text: str) -> str:
    """``normalize._base`` as it was before its C fast path (``_plain`` skips the
    substitutions when they would change nothing): the reference it must match."""
    text = normalize._LINE_ENDS.sub("\n", text)
    return unicodedata.normalize("NFC", normalize._CONTROLS.sub("", text))


def _regex_only_normal_form(text: str) -> str:
    text = normalize._TRAILING_SPACE.sub("", _regex_only_base(text))
    return normalize._BLANK_RUNS.sub("\n\n", text).strip()


def _regex_only_block(text: str) -> str:
    text = normalize._INLINE_SPACE.sub(" ", _regex_only_base(text))
    text = "\n".join(line for line in (part.strip() for part in text.split("\n")) if line)
    return normalize._NEWLINE_RUNS.sub("\n", text).strip()


# every character the controls and line-end regexes act on, and some they do not
SPECIAL = [
    chr(c) for c in [*range(0x00, 0x21), *range(0x7F, 0xC0), 0xFEFF, 0x2028, 0x2029, 0x2027, 0xFEFE]
]


@PROPS
@given(st.text(st.one_of(chars, st.sampled_from(SPECIAL)), max_size=200))
def test_normalize_fast_paths_change_nothing(text: str) -> None:
    assert normalize_text(text) == _regex_only_normal_form(text)
    assert clean_block_text(text) == _regex_only_block(text)


def test_fast_path_sees_every_special_character() -> None:
    """A text is taken as plain (no regex run) only when neither regex would match in
    it; control: an article's ordinary text (curly quotes, umlauts) is plain."""
    for ch in SPECIAL:
        special = bool(normalize._CONTROLS.match(ch) or normalize._LINE_END_CHARS.match(ch))
        for context in ("a{}b", "ä{}€", "😀{}\ud800"):
            if special:
                assert not normalize._plain(context.format(ch)), hex(ord(ch))
    assert normalize._plain("Er sagte: „Die Äpfel sind teurer“ – 12 % mehr.\n\nZweiter Absatz.")
    assert normalize_text("a\n\n\n\nb \n") == "a\n\nb"


@PROPS
@given(texts)
def test_clean_block_text_is_idempotent_and_canonical(text: str) -> None:
    once = clean_block_text(text)
    assert clean_block_text(once) == once
    assert normalize_text(once) == once
    assert "\n\n" not in once


@PROPS
@given(st.lists(texts, max_size=8))
def test_builder_offsets_are_code_points(contents: list[str]) -> None:
    builder = BlockBuilder()
    for content in contents:
        builder.add(BlockKind.PARAGRAPH, content, lang="en")
    text = builder.text
    assert len(builder.blocks) == len(builder.contents)
    for block, content in zip(builder.blocks, builder.contents, strict=True):
        assert text[block.start : block.end] == content
    if builder.blocks:
        assert normalize_text(text) == text


@PROPS
@given(st.lists(texts, min_size=1, max_size=6), st.sampled_from(["\n\n", "\r\n\r\n", "\n \n\n"]))
def test_any_text_document(parts: list[str], separator: str) -> None:
    source = separator.join(parts)
    for fmt in ("text", "markdown"):
        try:
            article = parse_string(source, fmt)
        except IngestError:
            continue
        assert_invariants(article)
        assert all(b.kind in BlockKind for b in article.blocks)


@PROPS
@given(st.lists(texts, min_size=1, max_size=5))
def test_any_html_fragment(parts: list[str]) -> None:
    from html import escape

    source = "".join(f"<p>{escape(part)}</p>" for part in parts)
    try:
        article = parse_string(source, "html")
    except IngestError:
        return
    assert_invariants(article)


@PROPS
@given(
    st.text(st.sampled_from(list(PRINTABLE_TRICKY)), min_size=1, max_size=30),
    paragraphs,
    paragraphs,
)
def test_offsets_after_non_bmp_and_combining(prefix: str, first: str, second: str) -> None:
    """Blocks after emoji and combining characters keep exact code-point offsets."""
    source = f"{prefix} {first}\n\n{second}.\n\n{prefix}"
    article = parse_string(source, "text")
    assert_invariants(article)
    expected = clean_block_text(f"{second}.")
    assert any(article.text[b.start : b.end] == expected for b in article.blocks)


def test_offsets_concrete_example() -> None:
    article = parse_string("Kim 김민재 😀 e\u0301\n\nSecond block ❄️🔥 here.\n\nThird one.", "text")
    second = article.blocks[1]
    assert article.text[second.start : second.end] == "Second block ❄️🔥 here."
    # "Kim 김민재 😀 é" is 11 code points (é composed by NFC), plus the blank line.
    assert second.start == 11 + 2
    third = article.blocks[2]
    assert article.text[third.start : third.end] == "Third one."
    assert len(article.text[: third.start].encode("utf-16-le")) // 2 > third.start
