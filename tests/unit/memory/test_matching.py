"""Claim keys and scores: figures, dates, names and terms match across wording and language."""

import random

import pytest

from factcheck_app.memory import DEFAULT_THRESHOLD, ClaimIndex, compare, extract
from factcheck_app.memory.normalise import guess_language, parse_number


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("10,000", 10000),
        ("10.000", 10000),
        ("10 000", 10000),
        ("1.5", 1.5),
        ("1,5", 1.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("2026", 2026),
    ],
)
def test_numbers_in_english_and_german_notation(raw: str, value: float) -> None:
    assert parse_number(raw) == value


def keys(text: str, lang: str | None = None) -> set[str]:
    return set(extract(text, lang).features)


def test_same_figure_with_unit_across_languages() -> None:
    en = keys("North Korea has sent 10,000 troops to Russia.", "en")
    de = keys("Nordkorea hat 10.000 Soldaten nach Russland geschickt.", "de")
    assert "~10000:c.soldier" in en & de
    assert {"c.north_korea", "c.russia", "c.send"} <= en & de


def test_multipliers_percent_and_currency() -> None:
    assert "#30000000000" in keys("Die Modernisierung kostet 30 Milliarden Euro.", "de")
    assert "#30000000000" in keys("Modernisation costs 30 billion euros.", "en")
    assert "#20000000" in keys("Australia pays A$20m for the flag.", "en")
    assert "#61%" in keys("Storage stood at 61% on 1 May.", "en")
    assert "#61%" in keys("Die Speicher waren zu 61 Prozent gefüllt.", "de")


def test_dates_in_both_orders_and_may_the_verb() -> None:
    assert "@05-01" in keys("Storage stood at 61 percent on 1 May.", "en")
    assert "@05-01" in keys("On May 1, storage was 61% full.", "en")
    assert "@05-01" in keys("Am 1. Mai waren die Speicher voll.", "de")
    assert "@2024-11" in keys("In November 2024 the troops arrived.", "en")
    assert not any(k.startswith("@") for k in keys("Prices may rise, experts say.", "en"))


def test_reason_names_the_shared_figure_and_names() -> None:
    a = extract("Kim Jong Un sent 10,000 troops to Kursk, reports say.", "en")
    b = extract("Kim Jong Un soll 10.000 Soldaten nach Kursk geschickt haben.", "de")
    result = compare(a, b)
    assert result.score >= DEFAULT_THRESHOLD
    assert "same figure 10,000" in result.reason
    assert "Kim Jong Un" in result.reason and "Kursk" in result.reason


def test_different_figures_for_the_same_thing_are_not_the_same_claim() -> None:
    a = extract("North Korea sent 10,000 troops to Kursk.", "en")
    b = extract("North Korea sent 12,000 troops to Kursk.", "en")
    result = compare(a, b)
    assert result.score < DEFAULT_THRESHOLD
    assert "different figures" in result.reason


def test_unrelated_claims_score_zero() -> None:
    a = extract("Deutsche Bahn said 240 trains were affected.", "en")
    b = extract("Kim Jong Un met Lavrov in Moscow.", "en")
    assert compare(a, b).score == 0


def test_language_is_guessed_when_unknown() -> None:
    assert guess_language("Die Bahn hat den Ausfall bestätigt, sagte ein Sprecher.") == "de"
    assert guess_language("The railway said the outage was over.") == "en"


# --- the index ---------------------------------------------------------------------

NAMES = ["Kim Jong Un", "Putin", "Lavrov", "Choe Son Hui", "Belousov", "Vellander", "Hartmann"]
PLACES = ["Kursk", "Moscow", "Pyongyang", "Kassel", "Brussels", "Qatar", "London"]
UNITS = ["troops", "missiles", "trains", "people", "cargoes", "drones"]
VERBS = ["sent", "lost", "counted", "moved", "reported", "ordered", "delayed"]


def generated(rng: random.Random, n: int) -> list[str]:
    return [
        f"{rng.choice(NAMES)} {rng.choice(VERBS)} {rng.randint(1, 60) * 500:,} "
        f"{rng.choice(UNITS)} near {rng.choice(PLACES)} in {rng.choice(['May', 'June'])} "
        f"{rng.randint(2020, 2026)}."
        for _ in range(n)
    ]


def test_index_agrees_with_brute_force() -> None:
    rng = random.Random(7)
    index = ClaimIndex()
    texts = generated(rng, 1500)
    for number, text in enumerate(texts):
        index.add(f"c{number}", extract(text, "en"), group=f"a{number // 30}")
    for text in generated(rng, 25) + texts[:25]:
        claim = extract(text, "en")
        fast = index.query(claim, threshold=0.4, limit=10)
        slow = index.brute_force(claim, threshold=0.4, limit=10)
        assert [(h.item_id, h.score) for h in fast] == [(h.item_id, h.score) for h in slow]


def test_index_updates_one_claim_at_a_time() -> None:
    index = ClaimIndex()
    claim = extract("North Korea sent 10,000 troops to Kursk.", "en")
    index.add("one", claim, group="art1")
    index.add("two", extract("Nordkorea schickte 10.000 Soldaten nach Kursk.", "de"), "art2")
    assert [h.item_id for h in index.query(claim, threshold=0.5, exclude=("one",))] == ["two"]
    assert index.query(claim, threshold=0.5, exclude_group="art1")[0].item_id == "two"
    index.add("two", extract("Die Bahn meldete 240 ausgefallene Züge.", "de"), "art2")
    assert index.query(claim, threshold=0.5, exclude=("one",)) == []
    index.remove("one")
    assert "one" not in index and len(index) == 1
