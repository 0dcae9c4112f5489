"""The Analyzer API: offsets, languages per paragraph and block, progress, cancel, notice."""

from __future__ import annotations

import pytest

from factcheck_app.analysis import DETECTOR_VERSION, Analyzer, Cancelled
from factcheck_app.models import Block, BlockKind, Category, Finding, ParsedArticle

MIXED = (
    "Nordkorea soll Russland Raketen geliefert haben, heißt es aus Regierungskreisen.\n\n"
    "Officials said the missiles were reportedly delivered in June."
)


def test_findings_are_models_finding_with_offsets_into_the_text(analyzer: Analyzer) -> None:
    text = "Intro line.\n\nHe reportedly left. Smith said the plan failed."
    findings = analyzer.analyze_text(text, "en")
    assert all(isinstance(f, Finding) for f in findings)
    hedged = next(f for f in findings if f.category is Category.HEDGED)
    assert text[hedged.start : hedged.end] == "He reportedly left."
    assert text[hedged.cue_start : hedged.cue_end] == "reportedly"
    sourced = next(f for f in findings if f.category is Category.SOURCED)
    assert text[sourced.source_start : sourced.source_end] == "Smith" == sourced.source_text
    assert all(f.detector_version == DETECTOR_VERSION and f.lang == "en" for f in findings)
    assert all(0 < f.confidence <= 1 and f.rule and f.explanation for f in findings)


def test_language_detected_per_paragraph(analyzer: Analyzer) -> None:
    findings = analyzer.analyze_text(MIXED)
    by_lang = {f.lang for f in findings}
    assert by_lang == {"de", "en"}
    german = [f for f in findings if f.lang == "de"]
    assert {"hedged", "vague_source"} <= {str(f.category) for f in german}
    for f in findings:
        assert MIXED[f.cue_start : f.cue_end].strip()


def _article() -> ParsedArticle:
    title = "Nordkorea soll Raketen geliefert haben"
    teaser = "Officials said the missiles were reportedly delivered."
    boiler = "Reportedly the best newsletter. Sources say subscribe!"
    body = "The Kremlin denied the report."
    text = "\n\n".join([title, teaser, boiler, body])
    starts = [0]
    for part in (title, teaser, boiler):
        starts.append(starts[-1] + len(part) + 2)
    blocks = (
        Block(BlockKind.TITLE, starts[0], starts[0] + len(title), "de"),
        Block(BlockKind.TEASER, starts[1], starts[1] + len(teaser), "en"),
        Block(BlockKind.BOILERPLATE, starts[2], starts[2] + len(boiler), "en"),
        Block(BlockKind.PARAGRAPH, starts[3], starts[3] + len(body), ""),
    )
    return ParsedArticle(title=title, text=text, blocks=blocks)


def test_article_blocks_in_their_language_boilerplate_skipped(analyzer: Analyzer) -> None:
    article = _article()
    calls: list[tuple[int, int]] = []
    findings = analyzer.analyze_article(article, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    boiler = article.blocks[2]
    assert not [f for f in findings if boiler.start <= f.start < boiler.end]
    title_findings = [f for f in findings if f.end <= article.blocks[0].end]
    assert {f.lang for f in title_findings} == {"de"}
    assert "hedged" in {str(f.category) for f in title_findings}
    body = [f for f in findings if f.start >= article.blocks[3].start]
    assert {"disputed", "sourced"} <= {str(f.category) for f in body}
    assert {f.lang for f in body} == {"en"}  # empty block.lang falls back to detection
    for f in findings:
        assert article.text[f.cue_start : f.cue_end].strip()


def test_cancel_stops_and_raises(analyzer: Analyzer) -> None:
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) >= 1

    with pytest.raises(Cancelled):
        analyzer.analyze_article(_article(), progress=lambda d, t: seen.append(d), cancel=cancel)
    assert seen == [1]


def test_missing_model_gives_notice_and_blank_pipeline() -> None:
    analyzer = Analyzer(model="xx_no_such_model_sm")
    assert analyzer.notice == "model 'xx_no_such_model_sm' not installed; using the blank pipeline"
    assert analyzer.analyze_text("He reportedly left.", "en")
    assert Analyzer().notice is None


def test_empty_and_whitespace_text(analyzer: Analyzer) -> None:
    assert analyzer.analyze_text("") == []
    assert analyzer.analyze_text("  \n\n \n") == []


def test_unsupported_language_falls_back_to_english(analyzer: Analyzer) -> None:
    assert analyzer.analyze_text("He reportedly left.", "fr")
