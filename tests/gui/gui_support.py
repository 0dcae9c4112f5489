"""Helpers for the GUI tests: a fake analyser and quick ways to make articles.

``FakeAnalyzer`` finds cue words by plain search, so tests do not depend on spaCy or on
the real lexicons, and can be slowed down to test that the window stays responsive.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from factcheck_app.explanations import Explanation
from factcheck_app.models import Block, BlockKind, Category, Finding, ParsedArticle

#: cue word -> category; each finding spans the sentence around the cue
FAKE_CUES: dict[str, Category] = {
    "reportedly": Category.HEDGED,
    "sources say": Category.VAGUE_SOURCE,
    "no evidence": Category.NO_EVIDENCE,
    "denied": Category.DISPUTED,
    "according to the ministry": Category.SOURCED,
}


class FakeAnalyzer:
    """Stands in for ``analysis.Analyzer``: same method, predictable findings."""

    def __init__(self, delay: float = 0.0, cues: dict[str, Category] | None = None) -> None:
        self.delay = delay
        self.cues = cues or FAKE_CUES
        self.notice: str | None = None
        self.calls = 0

    def analyze_article(self, article, progress=None, cancel=None) -> list[Finding]:
        from factcheck_app.analysis import Cancelled

        self.calls += 1
        steps = 20
        for step in range(steps):
            if cancel and cancel():
                raise Cancelled()
            if self.delay:
                time.sleep(self.delay / steps)
            if progress:
                progress(step + 1, steps)
        return find_cues(article.text, self.cues)


def find_cues(text: str, cues: dict[str, Category]) -> list[Finding]:
    findings = []
    lowered = text.lower()
    for cue, category in cues.items():
        for match in re.finditer(re.escape(cue), lowered):
            start = max(
                text.rfind(". ", 0, match.start()) + 2, text.rfind("\n", 0, match.start()) + 1, 0
            )
            end_dot = text.find(".", match.end())
            end = len(text) if end_dot < 0 else end_dot + 1
            findings.append(
                Finding(
                    category=category,
                    start=start,
                    end=end,
                    cue_start=match.start(),
                    cue_end=match.end(),
                    explanation=Explanation(f"fake: '{cue}' found"),
                    rule=f"fake.{category}",
                    confidence=0.9,
                    lang="en",
                    detector_version="fake-1",
                )
            )
    return findings


def paragraphs(*texts: str, title: str = "Test article") -> ParsedArticle:
    """A parsed article: a title block, then one paragraph block per text."""
    parts = [title, *texts]
    blocks, pos = [], 0
    for i, part in enumerate(parts):
        kind = BlockKind.TITLE if i == 0 else BlockKind.PARAGRAPH
        blocks.append(Block(kind, pos, pos + len(part), "en"))
        pos += len(part) + 2
    return ParsedArticle(
        title=title, text="\n\n".join(parts), blocks=tuple(blocks), outlet="Test Post"
    )


def add_article(library, parsed: ParsedArticle) -> str:
    from factcheck_app.services.articles import store_parsed

    return store_parsed(library, parsed).article.id


def analyse(library, article_id: str, analyzer=None) -> None:
    from factcheck_app.services.analysis import analyze_article

    analyze_article(library, article_id, analyzer=analyzer or FakeAnalyzer())


def wait_for_jobs(qtbot, ctx, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.running, timeout=timeout)


def sample_file() -> Path:
    from factcheck_app.gui.app import sample_article

    path = sample_article()
    if path is None:
        pytest.skip("no bundled sample article")
    return path
