"""Claim matching speed: one card against a 10,000-article library (~300,000 cards).

The library is generated (claims built from templates over names, places, figures, dates
and a few thousand filler words, in English and German) and written with executemany.
Measured in the same run: building the index from scratch, catching up after one new
article is added through the service layer (the incremental path every question takes),
reopening the library (stored keys loaded, nothing re-read), matching one card through the
index, and the brute-force comparison of the same card with every claim.
Run: ``.venv/bin/python bench/bench_claims.py [ARTICLES] [CARDS_PER_ARTICLE]``.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from factcheck_app.memory import DEFAULT_THRESHOLD
from factcheck_app.models import Category
from factcheck_app.services import Library, annotations, articles, claim_memory
from factcheck_app.settings import Settings
from factcheck_app.storage.db import open_database

STAMP = "2025-01-01T00:00:00.000000Z"
FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dara",
    "Emil",
    "Farah",
    "Goran",
    "Hana",
    "Ivo",
    "Jana",
    "Karim",
    "Lena",
    "Marek",
    "Nora",
    "Omar",
    "Petra",
    "Rui",
    "Sven",
    "Tara",
    "Yusuf",
]
LAST = [
    "Adler",
    "Berger",
    "Costa",
    "Dietz",
    "Eriksen",
    "Fischer",
    "Gruber",
    "Horvat",
    "Ivanov",
    "Jensen",
    "Kowalski",
    "Lang",
    "Moreau",
    "Novak",
    "Olsen",
    "Petrov",
    "Quinn",
    "Rossi",
    "Schulz",
    "Tanaka",
    "Urban",
    "Vogel",
    "Weber",
    "Young",
    "Zima",
]
PLACES = [
    "Kursk",
    "Kassel",
    "Brussels",
    "Qatar",
    "London",
    "Pyongyang",
    "Moscow",
    "Berlin",
    "Warsaw",
    "Kyiv",
    "Paris",
    "Tokyo",
    "Gaza",
    "Crimea",
    "Hesse",
    "Ankara",
]
UNITS_EN = ["troops", "missiles", "trains", "people", "cargoes", "drones", "jobs", "tonnes"]
UNITS_DE = ["Soldaten", "Raketen", "Züge", "Menschen", "Ladungen", "Drohnen", "Stellen", "Tonnen"]
MONTHS_EN = ["January", "March", "May", "June", "August", "October", "December"]
MONTHS_DE = ["Januar", "März", "Mai", "Juni", "August", "Oktober", "Dezember"]
SYLLABLES = ["ka", "lo", "mer", "tin", "sa", "ro", "ven", "dal", "pi", "gor", "un", "bel", "tas"]


def vocabulary(rng: random.Random, n: int) -> list[str]:
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Pools:
    """Names, places and words of a generated newsroom: thousands of people, hundreds of
    places, a few thousand other words (a real library's variety, not a template's)."""

    def __init__(self, rng: random.Random) -> None:
        words = vocabulary(rng, 9000)
        self.first = [w.title() for w in words[:1500]]
        self.last = [w.title() for w in words[1500:5500]]
        self.places = PLACES + [w.title() for w in words[5500:5900]]
        self.verbs_en = words[5900:5960]
        self.words = words[5960:]


EN_TEMPLATES = (
    "{who} reportedly said {figure} {unit} {filler} reached {place} in {month} {year}.",
    "According to unnamed sources, {figure} {unit} {verb} {filler} near {place}.",
    "{who} claimed without evidence that {place} {verb} {figure} {unit} {filler}.",
    "Reports suggest {figure} {unit} were {verb} in {place} by {month} {year}, {filler}.",
)
DE_TEMPLATES = (
    "{who} soll gesagt haben, {figure} {unit} {filler} seien im {month} {year} in {place}.",
    "Berichten zufolge wurden {figure} {unit} in {place} {filler} gemeldet.",
    "{who} behauptete ohne Belege, {place} habe {figure} {unit} {filler}.",
)


def claim(rng: random.Random, pools: Pools) -> tuple[str, str]:
    unit = rng.randrange(len(UNITS_EN))
    month = rng.randrange(len(MONTHS_EN))
    values = {
        "who": f"{rng.choice(pools.first)} {rng.choice(pools.last)}",
        "figure": f"{rng.randint(1, 2000) * 25:,}",
        "filler": " ".join(rng.sample(pools.words, 3)),
        "year": rng.randint(2015, 2026),
        "place": rng.choice(pools.places),
        "verb": rng.choice(pools.verbs_en),
    }
    if rng.random() < 0.5:
        text = rng.choice(EN_TEMPLATES).format(
            unit=UNITS_EN[unit], month=MONTHS_EN[month], **values
        )
        return text, "en"
    values["figure"] = values["figure"].replace(",", ".")
    text = rng.choice(DE_TEMPLATES).format(unit=UNITS_DE[unit], month=MONTHS_DE[month], **values)
    return text, "de"


def build(path: Path, n_articles: int, per_article: int, seed: int = 1) -> None:
    """Rows straight in with executemany: the service layer would dominate the set-up."""
    rng = random.Random(seed)
    pools = Pools(random.Random(0))
    open_database(path).close()
    conn = sqlite3.connect(path)
    for start in range(0, n_articles, 500):
        art_rows, card_rows = [], []
        for _ in range(start, min(n_articles, start + 500)):
            article_id = str(uuid.uuid4())
            sentences = [claim(rng, pools) for _ in range(per_article)]
            text = " ".join(s for s, _ in sentences)
            art_rows.append(
                (
                    article_id,
                    f"Article {article_id[:8]}",
                    text,
                    article_id,
                    STAMP,
                    STAMP,
                    str(uuid.uuid4()),
                )
            )
            offset = 0
            for sentence, lang in sentences:
                card_rows.append(
                    (
                        str(uuid.uuid4()),
                        article_id,
                        offset,
                        offset + len(sentence),
                        sentence,
                        lang,
                        STAMP,
                        STAMP,
                        str(uuid.uuid4()),
                    )
                )
                offset += len(sentence) + 1
        conn.executemany(
            "INSERT INTO articles (id, title, text, content_hash, created_at, updated_at, rev)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            art_rows,
        )
        conn.executemany(
            'INSERT INTO assertions (id, article_id, category, start, "end", quote, lang,'
            " origin, status, created_at, updated_at, rev)"
            # worked on: the claims the index remembers (every one, the worst case)
            " VALUES (?, ?, 'hedged', ?, ?, ?, ?, 'detector', 'in_progress', ?, ?, ?)",
            card_rows,
        )
        conn.commit()
    conn.close()


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    n_articles = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    per_article = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    settings = Settings(user_name="bench")
    with tempfile.TemporaryDirectory(prefix="bench-claims-") as tmp:
        path = Path(tmp) / "lib.db"
        _, t_gen = timed(lambda: build(path, n_articles, per_article))
        lib = Library(path, settings=settings)
        index, t_build = timed(lambda: claim_memory.claim_index(lib))
        print(f"library: {n_articles} articles, {len(index)} cards (generated in {t_gen:.1f} s)")
        print(f"index built from scratch: {t_build:.1f} s", flush=True)

        # one new article through the service layer, then the incremental catch-up
        rng = random.Random(5)
        pools = Pools(random.Random(0))
        sentences = [claim(rng, pools)[0] for _ in range(per_article)]
        article = articles.import_text(lib, "\n\n".join(sentences), fmt="text").article
        new_cards = []
        for sentence in sentences:
            start = article.text.index(sentence)
            a = annotations.get_assertion(
                lib,
                annotations.add_manual_assertion(
                    lib, article.id, start, start + len(sentence), Category.HEDGED
                ).created,
            )
            new_cards.append(a.id)
        _, t_catch = timed(lambda: claim_memory.claim_index(lib))
        print(
            f"incremental update after adding 1 article ({per_article} cards): "
            f"{t_catch * 1000:.1f} ms"
        )

        with lib.session() as db:
            sample = [
                r[0] for r in db.execute("SELECT id FROM assertions ORDER BY random() LIMIT 60")
            ]
        queries = [index.features(i) for i in sample if index.features(i) is not None]
        fast = []
        for item_id, query in zip(sample, queries, strict=False):
            group = index.group(item_id)
            _, t = timed(
                lambda q=query, g=group: index.query(
                    q, threshold=DEFAULT_THRESHOLD, exclude_group=g
                )
            )
            fast.append(t)
        service = []
        for item_id in sample[:30] + new_cards[:10]:
            _, t = timed(lambda i=item_id: claim_memory.match_assertion(lib, i))
            service.append(t)
        med_fast = statistics.median(fast)
        p95 = sorted(fast)[int(len(fast) * 0.95) - 1]
        print(
            f"match one card, index: median {med_fast * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"
            f" ({len(fast)} cards)",
            flush=True,
        )
        print(
            f"match one card, service call (index catch-up + details): median "
            f"{statistics.median(service) * 1000:.1f} ms, max {max(service) * 1000:.1f} ms",
            flush=True,
        )
        slow, agree = [], 0
        pairs = list(zip(sample, queries, strict=False))[:5]
        for item_id, query in pairs:
            group = index.group(item_id)
            hits_slow, t = timed(
                lambda q=query, g=group: index.brute_force(
                    q, threshold=DEFAULT_THRESHOLD, exclude_group=g
                )
            )
            hits_fast = index.query(query, threshold=DEFAULT_THRESHOLD, exclude_group=group)
            agree += [(h.item_id, h.score) for h in hits_slow] == [
                (h.item_id, h.score) for h in hits_fast
            ]
            slow.append(t)
        med_slow = statistics.median(slow)
        print(
            f"match one card, brute force: median {med_slow * 1000:.0f} ms ({len(slow)} cards;"
            f" same matches as the index for {agree} of {len(slow)})"
        )
        print(f"speed-up of the index over brute force: {med_slow / med_fast:.0f}x", flush=True)
        lib.close()

        lib = Library(path, settings=settings)
        index, t_load = timed(lambda: claim_memory.claim_index(lib))
        print(f"reopened library: stored index of {len(index)} cards loaded in {t_load:.1f} s")
        lib.close()


if __name__ == "__main__":
    main()
