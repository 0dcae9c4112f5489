"""GUI benchmarks: start-up against a bare window, article opening against plain text.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--repeats N]``.
Each measurement has its baseline taken in the same run; the ratios are what to watch.

1. Start-up: launch (new process) -> main window shown with the library listed, against a
   bare QApplication showing an empty QMainWindow. spaCy is not loaded by then: the
   window starts loading it in the background once shown.
2. Opening a ~20,000-word article with ~1,000 assertions until it is painted with every
   highlight, against setting the same plain text into the same widget. Also compares
   the two ways of painting highlights (merged char formats vs ExtraSelections).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0, flush=True)
"""

APP = """
import time; t0 = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication
from factcheck_app.services import Library
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.main_window import MainWindow
app = QApplication([])
w = MainWindow(GuiContext.create(Library(sys.argv[1])))
w.show(); app.processEvents()
assert w.library_view.article_count() > 0
print(time.perf_counter() - t0, flush=True)
print("spacy loaded at show:", "spacy" in sys.modules, file=sys.stderr)
"""

SAMPLE_TEXT = (
    "the minister said on Tuesday that the budget for schools would rise by four percent "
    "while critics argue the plan lacks detail and officials reportedly expect delays "
    "Grüße aus Köln über die Straße 😀 and the company denied any wrongdoing"
)
WORDS = SAMPLE_TEXT.split(" ")


def _child(code: str, *args: str) -> tuple[float, float, float]:
    """(launch -> window-shown line read, whole process incl. exit, child's own figure).

    The first is what a user waits for: interpreter start, imports, window shown. The
    process may live on after that (the app starts loading spaCy in the background once
    shown, and interpreter teardown takes time), which the second includes.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    shown = time.perf_counter() - t0
    proc.stdout.read()
    if proc.wait() != 0:
        raise RuntimeError(f"child failed: {code[:60]!r}")
    return shown, time.perf_counter() - t0, float(line.strip())


def startup(repeats: int, tmp: Path) -> None:
    from factcheck_app.models import Block, BlockKind, ParsedArticle
    from factcheck_app.services import Library
    from factcheck_app.services.articles import store_parsed

    db = tmp / "startup.db"
    with Library(db) as lib:
        for i in range(50):
            text = f"Article {i}\n\n" + " ".join(random.choices(WORDS, k=400))
            blocks = (Block(BlockKind.TITLE, 0, len(f"Article {i}"), "en"),)
            store_parsed(lib, ParsedArticle(f"Article {i}", text, blocks, outlet="Bench"))
    _child(BARE)  # warm the file cache for both
    _child(APP, str(db))
    bare, app = [], []
    for _ in range(repeats):  # interleaved, so both see the same load on a shared machine
        bare.append(_child(BARE))
        app.append(_child(APP, str(db)))
    for i, what in enumerate(
        ("launch to window shown", "whole process incl. exit", "in-process to window shown")
    ):
        b, a = (statistics.median(x[i] for x in r) for r in (bare, app))
        print(
            f"start-up, {what}: bare {b * 1000:.0f} ms, app {a * 1000:.0f} ms, "
            f"ratio {a / b:.2f}x (median of {repeats}; 50 articles listed)"
        )


def big_article(words: int = 20_000, assertions: int = 1_000):
    from factcheck_app.models import (
        Article,
        Assertion,
        Block,
        BlockKind,
        Category,
        Origin,
    )

    rng = random.Random(7)
    paragraphs, blocks, pos = [], [], 0
    title = "A long article"
    parts = [title]
    blocks.append(Block(BlockKind.TITLE, 0, len(title), "en"))
    pos = len(title) + 2
    remaining = words
    while remaining > 0:
        n = min(remaining, rng.randint(60, 140))
        remaining -= n
        para = " ".join(rng.choices(WORDS, k=n)) + "."
        kind = BlockKind.HEADING if rng.random() < 0.05 else BlockKind.PARAGRAPH
        blocks.append(Block(kind, pos, pos + len(para), "en"))
        parts.append(para)
        pos += len(para) + 2
    text = "\n\n".join(parts)
    paragraphs = [b for b in blocks if b.kind is BlockKind.PARAGRAPH]
    cats = list(Category)
    found = []
    for i in range(assertions):
        block = rng.choice(paragraphs)
        start = rng.randint(block.start, max(block.start, block.end - 80))
        end = min(block.end, start + rng.randint(20, 160))
        found.append(
            Assertion(
                id=f"a{i}",
                article_id="x",
                category=cats[i % len(cats)],
                start=start,
                end=end,
                quote=text[start:end],
                prefix="",
                suffix="",
                origin=Origin.DETECTOR,
                explanation="bench",
                cue_start=start,
                cue_end=min(end, start + 8),
            )
        )
    article = Article("x", title, text, tuple(blocks), "hash", languages=("en",))
    return article, found


def opening(repeats: int) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QTextEdit

    from factcheck_app.gui.article_document import build_document, highlight_format
    from factcheck_app.gui.article_view import ArticleView
    from factcheck_app.gui.offsets import Utf16Map

    app = QApplication.instance() or QApplication([])
    article, assertions = big_article()
    view = ArticleView()
    view.resize(900, 900)
    view.show()
    app.processEvents()
    edit = view.text_edit

    def shown() -> None:  # painted: layout of the visible part done
        edit.viewport().grab()

    def plain() -> float:
        t0 = time.perf_counter()
        edit.setPlainText(article.text)
        shown()
        return time.perf_counter() - t0

    def highlighted() -> float:
        t0 = time.perf_counter()
        view.show_article(article, assertions)
        shown()
        return time.perf_counter() - t0

    def extra_selections() -> float:
        t0 = time.perf_counter()
        m = Utf16Map(article.text)
        doc = build_document(article, m, view.palette(), view.font().pointSizeF() + 1)
        doc.setParent(edit)
        edit.setDocument(doc)
        selections = []
        for a in assertions:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(doc)
            sel.cursor.setPosition(m.to_utf16(a.start))
            sel.cursor.setPosition(m.to_utf16(a.end), QTextCursor.MoveMode.KeepAnchor)
            sel.format = highlight_format(a.category, view.palette())
            selections.append(sel)
        edit.setExtraSelections(selections)
        shown()
        return time.perf_counter() - t0

    def scroll_paint() -> float:  # ExtraSelections are walked again at every paint
        t0 = time.perf_counter()
        bar = edit.verticalScrollBar()
        for step in range(10):
            bar.setValue(bar.maximum() * step // 10)
            shown()
        return time.perf_counter() - t0

    plain(), highlighted()  # warm up
    pairs = [(plain(), highlighted()) for _ in range(repeats)]  # interleaved: same load
    base = statistics.median(p for p, _ in pairs)
    ours = statistics.median(h for _, h in pairs)
    best_base, best_ours = min(p for p, _ in pairs), min(h for _, h in pairs)
    scroll_ours = statistics.median(scroll_paint() for _ in range(3))
    extra = statistics.median(extra_selections() for _ in range(repeats))
    scroll_extra = statistics.median(scroll_paint() for _ in range(3))
    edit.setExtraSelections([])
    words = len(article.text.split())
    print(
        f"open article ({words} words, {len(assertions)} assertions, "
        f"{view.highlight_count()} painted):"
    )
    print(
        f"  plain text {base * 1000:.1f} ms, with highlights {ours * 1000:.1f} ms, "
        f"ratio {ours / base:.2f}x (medians of {repeats}); "
        f"best runs {best_base * 1000:.1f} / {best_ours * 1000:.1f} ms, "
        f"ratio {best_ours / best_base:.2f}x"
    )
    print(
        f"  ExtraSelections instead: {extra * 1000:.0f} ms ({extra / base:.2f}x); "
        f"10 scroll paints: merged formats {scroll_ours * 1000:.0f} ms, "
        f"ExtraSelections {scroll_extra * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACTCHECK_CONFIG"] = str(Path(tmp) / "settings.json")
        startup(max(3, args.repeats // 3), Path(tmp))
    opening(args.repeats)


if __name__ == "__main__":
    main()
