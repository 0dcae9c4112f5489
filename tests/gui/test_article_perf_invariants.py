"""The fast highlight painting looks exactly like merging one format per assertion.

The reference below is the straightforward way (and the way this view used to paint):
for each assertion, longest first, merge its fill and then its cue into the document.
The optimised path flattens everything into disjoint runs first; on texts with emoji
(two UTF-16 units), umlauts, nested and coinciding spans, every character must end up
with the same background and underline, and the same assertions must be painted.
"""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import replace
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from factcheck_app.gui import palette
from factcheck_app.gui.article_document import (
    build_document,
    cue_format,
    fill_document,
    highlight_format,
    paint_document,
    repaint_highlights,
)
from factcheck_app.gui.article_view import ArticleView
from factcheck_app.gui.highlight_runs import highlight_runs, paint_order
from factcheck_app.gui.offsets import Utf16Map
from factcheck_app.models import (
    Article,
    Assertion,
    Block,
    BlockKind,
    Category,
    Lifecycle,
    Origin,
)

TEXT = (
    "Grüße aus Köln 😀 – the mayor reportedly resigned.\n\n"
    "Sources say 🔥 the budget collapsed 🇩🇪 by 4 %. Müller denied it.\n\n"
    "There is no evidence for the claim, officials said."
)


def _article(text: str = TEXT) -> Article:
    blocks, pos = [], 0
    for i, line in enumerate(text.split("\n\n")):
        kind = BlockKind.TITLE if i == 0 else BlockKind.PARAGRAPH
        blocks.append(Block(kind, pos, pos + len(line), "de"))
        pos += len(line) + 2
    return Article("art", "t", text, tuple(blocks), "h", languages=("de",))


def _assertion(i: int, category: Category, start: int, end: int, cue: int | None) -> Assertion:
    return Assertion(
        id=f"a{i}",
        article_id="art",
        category=category,
        start=start,
        end=end,
        quote=TEXT[start:end],
        prefix="",
        suffix="",
        origin=Origin.DETECTOR,
        explanation="",
        cue_start=start if cue is not None else None,
        cue_end=min(end, start + cue) if cue is not None else None,
    )


def _reference(doc: QTextDocument, assertions, text_map: Utf16Map, pal: QPalette) -> list:
    """One merge per assertion and per cue: slow, obviously right."""
    cursor = QTextCursor(doc)
    spans = []
    for a in paint_order(assertions):
        start16, end16 = text_map.to_utf16(a.start), text_map.to_utf16(a.end)
        cursor.setPosition(start16)
        cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(highlight_format(a.category, pal))
        if a.cue_start is not None and a.cue_end is not None and palette.STYLES[a.category].fill:
            cursor.setPosition(text_map.to_utf16(a.cue_start))
            cursor.setPosition(text_map.to_utf16(a.cue_end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(cue_format(a.category))
        spans.append((a.id, str(a.category), start16, end16))
    return sorted(spans, key=lambda s: (s[2], s[3]))


def _looks(doc: QTextDocument) -> list[tuple]:
    """Per UTF-16 unit: background colour, underline style and colour, font size."""
    looks = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt: QTextCharFormat = fragment.charFormat()
            back = (
                fmt.background().color().name()
                if fmt.hasProperty(QTextFormat.Property.BackgroundBrush)
                else None
            )
            look = (back, fmt.underlineStyle(), fmt.underlineColor().name(), fmt.fontPointSize())
            looks.extend([look] * fragment.length())
            it += 1
        looks.append("block")
        block = block.next()
    return looks


def _both(article: Article, assertions, pal: QPalette):
    text_map = Utf16Map(article.text)
    ours = QTextDocument()
    spans = fill_document(ours, article, assertions, text_map, pal, 11)
    ref = build_document(article, text_map, pal, 11)
    ref_spans = _reference(ref, assertions, text_map, pal)
    return ours, spans, ref, ref_spans


SPANS = [
    (Category.VAGUE_SOURCE, "Sources say 🔥 the budget", 6),
    (Category.UNSOURCED_CLAIM, "the budget collapsed 🇩🇪 by 4 %", 3),
    (Category.HEDGED, "reportedly resigned", 10),
    (Category.NO_EVIDENCE, "reportedly resigned", 10),  # coincides: no_evidence on top
    (Category.SOURCED, "Müller denied it", None),
    (Category.DISPUTED, "denied", 6),  # nested in a sourced span
    (Category.NO_EVIDENCE, "There is no evidence for the claim, officials said.", 11),
    (Category.SOURCED, "officials said", None),
]


def _fixed_assertions() -> list[Assertion]:
    return [
        _assertion(i, cat, TEXT.index(quote), TEXT.index(quote) + len(quote), cue)
        for i, (cat, quote, cue) in enumerate(SPANS)
    ]


def test_same_look_and_spans_as_one_merge_per_assertion(qapp):
    pal = qapp.palette()
    assertions = _fixed_assertions()
    ours, spans, ref, ref_spans = _both(_article(), assertions, pal)
    assert ours.toPlainText() == ref.toPlainText() == TEXT
    assert [tuple(s) for s in spans] == ref_spans
    assert len(spans) == len(assertions)
    assert _looks(ours) == _looks(ref)
    looks = {look for look in _looks(ours) if look != "block"}
    assert len({look[0] for look in looks}) >= 4  # several fills, and unfilled text
    assert len({look[1] for look in looks}) >= 4  # several underline styles
    # the emoji really shift positions: four astral characters come before the last span
    last = max(assertions, key=lambda a: a.start)
    assert spans[-1].start16 == last.start + 4


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_random_overlaps_match_the_reference(qapp, rng: random.Random):
    pal = qapp.palette()
    assertions = []
    for i in range(rng.randint(0, 12)):
        start = rng.randrange(len(TEXT))
        end = rng.randint(start, min(len(TEXT), start + 60))
        cue = rng.choice([None, 0, 3, 200])
        assertions.append(_assertion(i, rng.choice(list(Category)), start, end, cue))
    ours, spans, ref, ref_spans = _both(_article(), assertions, pal)
    assert [tuple(s) for s in spans] == ref_spans
    assert _looks(ours) == _looks(ref)


def test_runs_are_disjoint_sorted_and_inside_the_text():
    text_map = Utf16Map(TEXT)
    runs, spans = highlight_runs(_fixed_assertions(), text_map)
    length16 = text_map.to_utf16(len(TEXT))
    assert all(0 <= s < e <= length16 for s, e, _ in runs)
    assert all(a[1] <= b[0] for a, b in pairwise(runs))
    assert len(spans) == len(SPANS)


def test_offsets_past_the_end_are_clipped_not_fatal():
    bad = _assertion(0, Category.HEDGED, len(TEXT) - 5, len(TEXT) + 40, 80)
    runs, spans = highlight_runs([bad], Utf16Map(TEXT))
    assert runs and runs[-1][1] == Utf16Map(TEXT).to_utf16(len(TEXT))
    assert len(spans) == 1


def test_the_view_paints_every_visible_assertion_once(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    assertions = _fixed_assertions()
    view.show_article(_article(), assertions)
    assert sorted(view.highlighted_ids()) == sorted(a.id for a in assertions)
    document = view.text_edit.document()
    assert document.toPlainText() == TEXT
    assert not document.isUndoRedoEnabled()
    # opening another article refills the same document instead of swapping documents
    view.show_article(_article(TEXT.replace("Köln", "Kiel")), assertions[:2])
    assert view.text_edit.document() is document
    assert view.highlight_count() == 2


def test_the_main_window_starts_without_the_parsers():
    """Importing files is rare; lxml and friends load on first import, not at start-up."""
    code = (
        "import sys; import factcheck_app.gui.main_window; "
        "print('factcheck_app.ingest' in sys.modules, 'spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split() == ["False", "False"]


def test_category_icons_are_made_once(qapp):
    first = palette.icon(Category.HEDGED)
    assert palette.icon("hedged") is first
    assert not first.isNull()


def _random_assertions(rng: random.Random, count: int) -> list[Assertion]:
    found = []
    for i in range(count):
        start = rng.randrange(len(TEXT))
        end = rng.randint(start, min(len(TEXT), start + 60))
        cue = rng.choice([None, 0, 3, 200])
        found.append(_assertion(i, rng.choice(list(Category)), start, end, cue))
    return found


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_repainting_changed_spans_looks_like_painting_afresh(qapp, rng: random.Random):
    """A keep/dismiss or re-analysis repaints only changed stretches: same look as anew."""
    pal, article = qapp.palette(), _article()
    text_map = Utf16Map(TEXT)
    before = _random_assertions(rng, rng.randint(0, 10))
    after = [a for a in before if rng.random() < 0.7] + _random_assertions(rng, rng.randint(0, 4))
    after = list({a.id: a for a in after}.values())
    ours = QTextDocument()
    runs, _ = paint_document(ours, article, before, text_map, pal, 11)
    _, spans = repaint_highlights(ours, runs, after, text_map, pal)
    fresh = QTextDocument()
    fresh_spans = fill_document(fresh, article, after, text_map, pal, 11)
    assert spans == fresh_spans
    assert _looks(ours) == _looks(fresh)


def test_a_review_repaints_only_the_changed_stretch(qtbot):
    """Dismissing one assertion leaves the rest of the document's fragments untouched."""
    view = ArticleView()
    qtbot.addWidget(view)
    assertions = _fixed_assertions()
    view.show_article(_article(), assertions)
    document = view.text_edit.document()
    changes: list[tuple[int, int, int]] = []
    document.contentsChange.connect(
        lambda pos, removed, added: changes.append((pos, removed, added))
    )
    dismissed = replace(assertions[0], status=Lifecycle.DISMISSED)
    view.update_assertions([dismissed])
    assert view.text_edit.document() is document
    assert "a0" not in view.highlighted_ids()
    assert changes and all(added < len(TEXT) // 2 for _, _, added in changes)
    fresh = QTextDocument()
    rest = [a for a in assertions if a.id != "a0"]
    fill_document(
        fresh, _article(), rest, Utf16Map(TEXT), view.palette(), view.font().pointSizeF() + 1
    )
    assert _looks(document) == _looks(fresh)
