"""Analysis state belongs to each document: concurrent analyses equal sequential ones.

The background pool runs an import and a re-analysis at the same time on one shared
Analyzer. Speakers remembered for "she said", the text's word evidence and the parse
flag must never leak from one document into another.
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from factcheck_app.analysis import Analyzer
from factcheck_app.models import Finding

ROOT = Path(__file__).resolve().parents[3]

#: Short articles whose pronouns resolve differently: mixing their state changes findings.
TEXTS = [
    "Foreign Minister Choe Son Hui met Lavrov in Moscow. She said her country stands with "
    "Russia. Officials said 5,000 troops may have arrived.",
    "Chancellor Olaf Scholz spoke in Berlin on Monday. He said the talks would continue. "
    "Critics argue the plan reportedly cost 3 billion euros.",
    "Kanzlerin Angela Merkel besuchte Paris. Sie sagte, die Lage sei ernst. "
    "Beobachter meinen, die Gespräche dürften scheitern.",
    "The company denied the report. They said no evidence had been provided. "
    "Analysts believe prices could rise 9 percent next year.",
]


def _key(findings: list[Finding]) -> list[tuple]:
    return [
        (str(f.category), f.start, f.end, f.cue_start, f.cue_end, f.source_text, f.explanation)
        for f in findings
    ]


def _pronoun_article(name: str, pronoun: str, paragraphs: int = 12) -> str:
    """Paragraphs (one Doc each) whose pronoun resolves to the article's own speaker."""
    para = f"Minister {name} said the port would reopen.\n\n{pronoun} said talks continue."
    return "\n\n".join([para] * paragraphs)


def _sample_texts() -> list[str]:
    texts = list(TEXTS)
    for k, (name, pronoun) in enumerate(
        [("Anna Berg", "She"), ("Karl Hahn", "He"), ("Lena Vogt", "She"), ("Omar Said", "He")]
    ):
        texts.append(_pronoun_article(name, pronoun, 8 + k))
    for path in sorted((ROOT / "resources" / "samples").glob("*.*")):
        if path.suffix in (".txt", ".md"):
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def test_many_concurrent_analyses_equal_the_sequential_result() -> None:
    analyzer = Analyzer()
    texts = _sample_texts() * 6
    expected = [_key(analyzer.analyze_text(text)) for text in texts]
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible to provoke mixing
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(lambda t: _key(analyzer.analyze_text(t)), texts))
    finally:
        sys.setswitchinterval(old)
    assert got == expected


def test_fresh_analyzers_built_concurrently_agree() -> None:
    """Pipelines created lazily by two threads at once are built once and work alike."""
    analyzer = Analyzer()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda t: _key(analyzer.analyze_text(t)), TEXTS * 2))
    assert results[: len(TEXTS)] == results[len(TEXTS) :]
    assert results[0] == _key(Analyzer().analyze_text(TEXTS[0]))


def test_a_pronoun_does_not_resolve_to_a_speaker_of_another_document(analyzer: Analyzer) -> None:
    analyzer.analyze_text("Foreign Minister Choe Son Hui said the talks went well.")
    findings = analyzer.analyze_text("She said the talks went well.", "en")
    sources = [f.source_text for f in findings if f.source_text]
    assert sources and all("Choe" not in s for s in sources)
