"""Boilerplate cues: furniture is recognised, real sentences are not."""

from __future__ import annotations

import pytest

from factcheck_app.ingest import is_boilerplate, parse_string
from factcheck_app.ingest.boilerplate import opens_boilerplate_section
from factcheck_app.models import BlockKind


@pytest.mark.parametrize(
    "line",
    [
        "Transparenz: Redaktionell erstellt und geprüft. Veröffentlicht am · Impressum · "
        "Kontakt · Redaktionskodex",
        "Besuchen Sie uns auf: die-nachrichten.at",
        "Folgen Sie uns auf Instagram",
        "Follow us on Twitter",
        "Teilen | Twittern",
        "Share · Tweet · Email",
        "Facebook WhatsApp Twitter E-Mail",
        "We use cookies to improve your experience on our website. Accept all",
        "Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu.",
        "Mehr zum Thema",
        "Read more",
        "Read more: Suez traffic falls to lowest level",
        "Lesen Sie auch: Bahnstreik legt Verkehr lahm",
        "Sign up for our free newsletter: the news in your inbox every morning.",
        "Jetzt den Newsletter abonnieren!",
        "© 2024 The Harbour Ledger. All rights reserved.",
        "Copyright 2023 Example Media",
        "Alle Rechte vorbehalten.",
        "Quelle: dpa",
        "Foto: Max Muster / dpa",
        "Veröffentlicht am 12.03.2024, 14:05 Uhr",
        "Updated: 2024-05-14 09:30",
        "Lesezeit: 3 Minuten",
        "Von Anna Schmidt",
        "By Daniel Okafor",
        "Home | World | Politics | Markets",
        "Anzeige",
        "Kommentare (12)",
        "Details",
    ],
)
def test_furniture_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said the new privacy policy takes effect in May.",
        "Bakers said cookie sales rose 12 percent last year.",
        "More than 300 people were evacuated, officials said.",
        "Von Montag an gilt die neue Regel für alle Pendler.",
        "By Friday, the number of claims had doubled.",
        "Stand der Ermittlungen ist unklar, sagte ein Sprecher.",
        "Details of the agreement were not made public.",
        "Sources said the newsletter of the party had been hacked.",
        "Reports indicate that North Korea has dispatched over 10,000 troops.",
        "Share prices fell 3 percent on Tuesday.",
        "Nordkorea bekräftigt Unterstützung für Russland im Ukraine-Konflikt.",
        "Military Cooperation Intensifies",
        "",
        "x" * 400,
    ],
)
def test_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize("heading", ["Details", "Mehr zum Thema", "Related articles", "Read more"])
def test_section_openers(heading: str) -> None:
    assert opens_boilerplate_section(heading)


def test_short_blocks_under_furniture_heading_are_boilerplate() -> None:
    article = parse_string(
        "# Headline of the story here\n\n"
        + "Body paragraph with enough words to be an ordinary paragraph of the article. " * 3
        + "\n\n## Details\n\nOrt Berlin\n\nDatum 3. Mai\n\n## Next section\n\n"
        + "Another ordinary paragraph follows the fact box and it is content again.",
        "markdown",
    )
    kinds = [(b.kind, article.text[b.start : b.end][:12]) for b in article.blocks]
    assert kinds[2:5] == [
        (BlockKind.BOILERPLATE, "Details"),
        (BlockKind.BOILERPLATE, "Ort Berlin"),
        (BlockKind.BOILERPLATE, "Datum 3. Mai"),
    ]
    assert kinds[5] == (BlockKind.HEADING, "Next section")
    assert kinds[6][0] is BlockKind.PARAGRAPH


def test_boilerplate_is_kept_in_text() -> None:
    source = "Headline here\n\nTeilen | Twittern\n\nThe body says something important today."
    article = parse_string(source, "text")
    assert "Teilen | Twittern" in article.text
    assert [b.kind for b in article.blocks] == [
        BlockKind.TITLE,
        BlockKind.BOILERPLATE,
        BlockKind.PARAGRAPH,
    ]
