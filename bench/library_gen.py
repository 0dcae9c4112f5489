"""Generated libraries of analysed articles for the benchmarks, built once and cached.

A library of N articles of about 600 words, each with about 30 detector findings (the
density the real analyser gives on the bundled samples: 20 findings for 370 words), is
written through the real storage functions (``insert_article``, ``sync_findings``), so
its size and its bookkeeping (revisions, change log, FTS index) are what a user's library
would hold. Findings come from a fast generator, not the analyser: analysing 10,000
articles would take most of an hour on a laptop. The text is built from sentences with the
cue phrases the analyser looks for, so search and highlighting see realistic text.

The cache lives outside the repository (``FACTCHECK_BENCH_CACHE`` or
``/tmp/factcheck-bench``); a library is rebuilt only when the generator version changes.
Run ``python bench/library_gen.py 1000 10000`` to build them ahead of a benchmark.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import shutil
import sys
import time
from pathlib import Path

from factcheck_app.explanations import Explanation
from factcheck_app.models import Block, BlockKind, Category, Finding, ParsedArticle
from factcheck_app.storage.articles import insert_article
from factcheck_app.storage.assertions import sync_findings
from factcheck_app.storage.db import open_database

log = logging.getLogger(__name__)

#: Bump when the generated content changes: cached libraries are rebuilt.
VERSION = 4
WORDS_PER_ARTICLE = 600
CACHE = Path(os.environ.get("FACTCHECK_BENCH_CACHE", "/tmp/factcheck-bench"))

SUBJECTS = (
    "The minister",
    "The company",
    "Local officials",
    "The central bank",
    "A spokesperson for the ministry",
    "The regional government",
    "Opposition leaders",
    "The port authority",
    "Analysts at the institute",
    "The prosecutor",
)
CLAIMS = (
    "the budget for schools would rise by four percent next year",
    "the new rail line will open in the spring despite delays",
    "exports fell by 12 percent in the third quarter",
    "more than 3,000 workers lost their jobs after the plant closed",
    "the tanker was carrying about 80,000 tonnes of crude oil",
    "the agreement covers energy deliveries until 2030",
    "inflation would return to two percent within eighteen months",
    "the contract was awarded without a public tender",
    "the reservoir held less water than in any summer since 1976",
    "prices for electricity doubled in some regions over the winter",
)
FRAMES: tuple[tuple[Category, str, str], ...] = (
    (Category.VAGUE_SOURCE, "Reports indicate that {claim}.", "Reports indicate"),
    (Category.VAGUE_SOURCE, "Sources say {claim}.", "Sources say"),
    (Category.HEDGED, "{subject} reportedly said {claim}.", "reportedly"),
    (Category.HEDGED, "It is believed that {claim}.", "It is believed"),
    (Category.NO_EVIDENCE, "{subject} provided no evidence that {claim}.", "provided no evidence"),
    (Category.DISPUTED, "{subject} denied that {claim}.", "denied"),
    (Category.UNSOURCED_CLAIM, "In fact, {claim}.", "In fact"),
    (Category.SOURCED, "{subject} said on Tuesday that {claim}.", "said"),
    (Category.SOURCED, "According to the statistics office, {claim}.", "According to"),
    (Category.SOURCED, "{subject} told reporters that {claim}.", "told reporters"),
)
FILLER = (
    "The debate continued in parliament late into the evening.",
    "Residents of the district gathered outside the town hall on Monday morning.",
    "The decision is expected to be reviewed by the committee in the coming weeks.",
    "Trade unions have called for talks before the end of the month.",
    "The figures will be published in the annual report in March.",
    "Neighbouring countries are watching the developments closely.",
)
EXPLANATIONS = {
    Category.VAGUE_SOURCE: "attributed to an unnamed or unspecific source ('{cue}')",
    Category.HEDGED: "speculative or reportative wording ('{cue}') on a factual claim",
    Category.NO_EVIDENCE: "the text says the claim lacks evidence ('{cue}')",
    Category.DISPUTED: "the text reports a denial ('{cue}')",
    Category.UNSOURCED_CLAIM: "a checkable figure or date with no attribution",
    Category.SOURCED: "attributed to '{cue}'",
}
OUTLETS = ("Tagesblatt", "Morning Wire", "Rundschau", "Harbour News", "Der Kurier", "", "Ledger")


def generate_article(rng: random.Random, number: int) -> tuple[ParsedArticle, list[Finding]]:
    """One ~600-word article with paragraphs and about 30 findings over its sentences."""
    title = f"{rng.choice(SUBJECTS)} on {rng.choice(CLAIMS)[:40]} ({number})"
    parts: list[str] = [title]
    blocks = [Block(BlockKind.TITLE, 0, len(title), "en")]
    findings: list[Finding] = []
    offset = len(title)
    words = 0
    while words < WORDS_PER_ARTICLE:
        paragraph: list[str] = []
        start = offset + 2
        cursor = start
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.7:
                category, frame, cue = rng.choice(FRAMES)
                sentence = frame.format(subject=rng.choice(SUBJECTS), claim=rng.choice(CLAIMS))
                cue_at = sentence.find(cue) if cue in sentence else 0
                findings.append(
                    Finding(
                        category=category,
                        start=cursor,
                        end=cursor + len(sentence),
                        cue_start=cursor + cue_at,
                        cue_end=cursor + cue_at + len(cue),
                        explanation=Explanation.of(EXPLANATIONS[category], cue),
                        rule=f"en.{category}.generated",
                        confidence=0.8,
                        lang="en",
                        detector_version="bench",
                        source_text=cue if category is Category.SOURCED else None,
                    )
                )
            else:
                sentence = rng.choice(FILLER)
            paragraph.append(sentence)
            cursor += len(sentence) + 1
            words += len(sentence.split())
        text = " ".join(paragraph)
        parts.append(text)
        blocks.append(Block(BlockKind.PARAGRAPH, start, start + len(text), "en"))
        offset = start + len(text)
    parsed = ParsedArticle(
        title=title,
        text="\n\n".join(parts),
        blocks=tuple(blocks),
        outlet=rng.choice(OUTLETS) or None,
        published=f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        source_format="text",
    )
    return parsed, findings


def build_library(path: Path, count: int, seed: int = 15) -> None:
    """Write ``count`` analysed articles into a new library at ``path``."""
    rng = random.Random(seed)
    offset = 0 if seed == 15 else seed * 100_000  # other seeds: other titles and texts
    db = open_database(path)
    try:
        for number in range(count):
            parsed, findings = generate_article(rng, offset + number)
            digest = hashlib.sha256(parsed.text.encode()).hexdigest()
            with db.atomic():
                article = insert_article(db, parsed, digest, "bench")
                sync_findings(db, article.id, parsed.text, findings, "bench")
    finally:
        db.close()


def cached_library(count: int) -> Path:
    """The cached library of ``count`` articles, built on first use."""
    path = CACHE / f"library-{count}-v{VERSION}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        build_library(partial, count)
        partial.rename(path)
        log.warning("built %s in %.0f s", path, time.perf_counter() - started)
    else:
        # A library built by an older schema is migrated once, as a user's library would
        # be, so every benchmark (and its bare baseline) works on the current schema.
        open_database(path, check=False).close()
    _build_claim_index(path)
    return path


def _build_claim_index(path: Path) -> None:
    """The claim-memory index a user's library holds once built (it is stored in the
    library): built here once, so a benchmark does not time a first build (90 s at
    10,000 articles) in the background of its clicks."""
    from factcheck_app.services import Library, claim_memory
    from factcheck_app.settings import Settings

    lib = Library(path, Settings(user_name="bench"))
    try:
        claim_memory.claim_index(lib)
    finally:
        lib.close()


def working_copy(count: int, folder: Path) -> Path:
    """A copy of the cached library that a benchmark may change."""
    target = folder / f"library-{count}.db"
    shutil.copyfile(cached_library(count), target)
    return target


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for arg in sys.argv[1:] or ["1000"]:
        print(cached_library(int(arg)))
