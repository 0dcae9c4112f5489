"""Batch analysis (nlp.pipe over many articles) finds exactly what one-by-one analysis finds."""

from __future__ import annotations

from pathlib import Path

from factcheck_app import ingest
from factcheck_app.analysis import Analyzer
from factcheck_app.analysis.batch import analyze_batch, analyze_parallel

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"

# Pronouns resolve through the speaker state carried across paragraphs of one article.
SPEAKERS = (
    "# Port strike\n\nThe harbour master Jana Novak spoke on Monday.\n\n"
    "She said the strike would end soon, reportedly after talks.\n\n"
    "Officials said the talks had failed.\n"
)


def _articles():
    files = sorted(p for p in SAMPLES.iterdir() if p.name != "README.md")
    parsed = [ingest.read_file(p) for p in files]
    parsed.append(ingest.parse_string(SPEAKERS, fmt="md", source_name="speakers.md"))
    return parsed


def test_batch_equals_one_by_one():
    analyzer = Analyzer()
    articles = _articles()
    one_by_one = [analyzer.analyze_article(a) for a in articles]
    assert sum(map(len, one_by_one)) > 20
    assert analyze_batch(analyzer, articles) == one_by_one
    # and again, with the pipelines' shared state left over from the batch
    assert [analyzer.analyze_article(a) for a in articles] == one_by_one


def test_progress_counts_up_to_the_total():
    seen: list[tuple[int, int]] = []
    results = list(
        analyze_parallel(Analyzer(), _articles(), jobs=1, progress=lambda d, t: seen.append((d, t)))
    )
    assert [i for i, _f in results] == list(range(len(_articles())))
    assert seen and seen[-1][0] == seen[-1][1]
