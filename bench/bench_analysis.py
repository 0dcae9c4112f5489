"""Benchmark: analysis throughput vs bare spaCy tokenisation + sentencizer on the same text.

Run: ``.venv/bin/python bench/bench_analysis.py [--words 20000]``. Builds a long mixed
German/English article (the shared samples when present, otherwise generated paragraphs),
then reports words/s for both, their ratio, pipeline load time and peak memory. The
baseline tokenises paragraph by paragraph (as before); the analyser joins consecutive
paragraphs of one language into one Doc, so the bare time of those Docs is printed too.
Times are CPU seconds of this process (``time.process_time``), best of N (the ratio of
the medians is printed too) with the bare and analysis runs interleaved, so colleagues'
jobs on the shared machine disturb the ratio less than wall-clock timing did. Garbage
left by the previous run is collected before each run (cold: before its fresh pipelines
are built), so no run pays for another's. Warm runs reuse one set of pipelines, so their
first repetition fills the caches (best-of skips it; the median may not). No assertions:
numbers are for people, not for CI.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck_app.analysis import Analyzer  # noqa: E402
from factcheck_app.analysis.analyzer import paragraphs  # noqa: E402
from factcheck_app.language import detect_language  # noqa: E402

#: The shared samples beside the checkout (/work/main -> /work/shared/samples), beside a
#: directory above it, or at /work/shared/samples (where findings_fingerprint reads them):
#: a worktree (/work/wt/NAME) or a copy of main elsewhere measures the same text as the
#: main checkout, not the generated paragraphs alone (which score half the ratio).
SHARED = next(
    (
        p
        for p in [*(d / "shared" / "samples" for d in ROOT.parents), Path("/work/shared/samples")]
        if p.is_dir()
    ),
    ROOT.parent / "shared" / "samples",
)

EN = [
    "Officials said on {day} that {n} soldiers had been deployed to the border.",
    "Foreign Minister {name} told reporters the talks would reportedly resume in {month}.",
    "According to the Federal Statistical Office, prices rose {n} percent last year.",
    "Critics argue the plan may have cost taxpayers {n} million dollars.",
    "The ministry denied the report, calling it baseless and without evidence.",
    "Sources familiar with the matter said the deal was likely to collapse.",
    "The company, which employs {n} people, opened a new plant in {month}.",
    "{name} is believed to have met the envoy twice, although this could not be verified.",
]
DE = [
    "Laut Bundesamt für Statistik stiegen die Preise im {month} um {n} Prozent.",
    "Aus Regierungskreisen hieß es, der Minister soll das Geld genommen haben.",
    "Bundeskanzler {name} sagte am {day}, die Lage sei ernst.",
    "Kritiker meinen, das Gesetz dürfte vor Gericht scheitern.",
    "Die Regierung wies die Vorwürfe als haltlos zurück.",
    "Berichten zufolge wurden {n} Menschen verletzt.",
    "Das Gesetz soll im {month} in Kraft treten, wie die Koalition beschloss.",
]
NAMES = ["Choe Son Hui", "Antony Blinken", "Olaf Scholz", "Annalena Baerbock", "Sergey Lavrov"]
MONTHS_EN = ["January", "March", "June", "September"]
MONTHS_DE = ["Januar", "März", "Juni", "September"]
DAYS = ["Monday", "Tuesday", "Friday"]


def generated(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    count = 0
    while count < words:
        lang_de = rng.random() < 0.4
        pool = DE if lang_de else EN
        sentences = [
            rng.choice(pool).format(
                n=rng.randint(2, 90000),
                name=rng.choice(NAMES),
                month=rng.choice(MONTHS_DE if lang_de else MONTHS_EN),
                day=rng.choice(DAYS),
            )
            for _ in range(rng.randint(3, 6))
        ]
        paragraph = " ".join(sentences)
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out)


def build_text(words: int) -> tuple[str, str]:
    if SHARED.is_dir():
        base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*.md")))
        parts = [base, generated(words // 2)]
        text = "\n\n".join(parts)
        while len(text.split()) < words:
            text += "\n\n" + base
        return text, "shared samples + generated paragraphs"
    return generated(words), "generated paragraphs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5, help="best of N timings")
    args = parser.parse_args()
    text, origin = build_text(args.words)
    n_words = len(text.split())
    spans = [(s, e, detect_language(text[s:e])) for s, e in paragraphs(text)]
    pieces = [(text[s:e], lang) for s, e, lang in spans]
    langs = sorted({lang for _p, lang in pieces})
    # The Docs the analyser makes: consecutive paragraphs of one language joined.
    joined = [(text[s:e], lang) for s, e, lang, _b, _n in Analyzer().join_runs(text, spans)]

    def fresh_blank() -> dict:
        out = {}
        for lang in langs:
            nlp = spacy.blank(lang)
            nlp.add_pipe("sentencizer")
            out[lang] = nlp
        return out

    def fresh_analyzer() -> Analyzer:
        analyzer = Analyzer()
        for lang in langs:
            analyzer.pipeline(lang)
        return analyzer

    t0 = time.process_time()
    fresh_blank()
    blank_load = time.process_time() - t0
    t0 = time.process_time()
    fresh_analyzer()
    load = time.process_time() - t0

    def bare(blank: dict) -> None:
        for piece, lang in pieces:
            list(blank[lang](piece).sents)

    def bare_joined(blank: dict) -> None:
        for piece, lang in joined:
            list(blank[lang](piece).sents)

    def analysis_known_lang(analyzer: Analyzer) -> None:
        # What analyze_article does with the block languages known from the import.
        analyzer.analyze_runs(text, spans)

    def analysis_full(analyzer: Analyzer) -> int:
        return len(analyzer.analyze_text(text))

    def best(runs: list[tuple], warm: bool) -> tuple[float, ...]:
        """Best of N per (fn, make); cold = fresh pipelines each time (empty tokenizer
        caches). The runs alternate so a busy moment hits all of them alike."""
        times: list[list[float]] = [[] for _ in runs]
        targets = [make() for _fn, make in runs]
        for _ in range(args.repeat):
            for k, (fn, make) in enumerate(runs):
                # The previous run's pipelines and Docs are collected before the next
                # run (and before its fresh pipelines are built, which stay young as in
                # a first analysis): otherwise whichever run allocates next pays for them.
                if not warm:
                    targets[k] = None
                gc.collect()
                if not warm:
                    targets[k] = make()
                start = time.process_time()
                fn(targets[k])
                times[k].append(time.process_time() - start)
        medians.append(tuple(statistics.median(t) for t in times))
        return tuple(min(t) for t in times)

    #: The median of each run's N timings, per ``best`` call (printed beside the best).
    medians: list[tuple[float, ...]] = []

    runs = [
        (bare, fresh_blank),
        (analysis_known_lang, fresh_analyzer),
        (analysis_full, fresh_analyzer),
        (bare_joined, fresh_blank),
    ]
    results = {warm: best(runs, warm) for warm in (False, True)}
    findings = analysis_full(fresh_analyzer())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if sys.platform == "darwin":
        peak_mb /= 1024

    print(
        f"text: {n_words} words, {len(pieces)} paragraphs ({len(joined)} Docs),"
        f" languages {langs} ({origin})"
    )
    print(f"findings: {findings}")
    for warm in (False, True):
        bare_t, known_t, full_t, joined_t = results[warm]
        bare_m, known_m, full_m, _joined_m = medians[0 if not warm else 1]
        label = "warm (tokenizer caches filled)" if warm else "cold (fresh pipelines)"
        print(f"{label}:")
        print(f"  bare spacy.blank + sentencizer: {n_words / bare_t:,.0f} words/s")
        print(f"  analysis, block language known: {n_words / known_t:,.0f} words/s")
        print(f"  analyze_text, language detected: {n_words / full_t:,.0f} words/s")
        print(
            f"  ratio analysis/bare: {bare_t / known_t:.2f} (language known),"
            f" {bare_t / full_t:.2f} (with detection); of the medians of {args.repeat}:"
            f" {bare_m / known_m:.2f} and {bare_m / full_m:.2f}"
        )
        print(
            f"  (bare on the analyser's {len(joined)} Docs instead of {len(pieces)} paragraphs:"
            f" {n_words / joined_t:,.0f} words/s, ratios {joined_t / known_t:.2f}"
            f" and {joined_t / full_t:.2f})"
        )
    print(f"pipeline load: analyser {load:.2f} s for {langs} (bare blank: {blank_load:.2f} s)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
