"""Shared helpers for the ingest tests."""

from __future__ import annotations

from factcheck_app.models import BlockKind, ParsedArticle


def block_texts(article: ParsedArticle) -> list[tuple[BlockKind, str, str]]:
    """(kind, lang, text) of every block, for readable assertions."""
    return [(b.kind, b.lang, article.text[b.start : b.end]) for b in article.blocks]


def assert_invariants(article: ParsedArticle) -> None:
    """Offsets index the text, blocks are ordered and separated by one blank line."""
    from factcheck_app.ingest import normalize_text

    text = article.text
    assert text == normalize_text(text)
    previous_end = -2
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(text)
        assert block.start == previous_end + 2
        if previous_end >= 0:
            assert text[previous_end : block.start] == "\n\n"
        content = text[block.start : block.end]
        assert content == content.strip()
        assert "\n\n" not in content
        previous_end = block.end
    assert previous_end == len(text)
