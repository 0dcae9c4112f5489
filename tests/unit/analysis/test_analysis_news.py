"""Typical news attributions: named vs unnamed sources and denials, English and German."""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer

# (lang, text, expected categories subset, forbidden categories, expected source text or None)
CASES = [
    (
        "en",
        "A senior administration official, speaking on condition of anonymity, "
        "said the talks stalled.",
        {"vague_source"},
        {"sourced"},
        None,
    ),
    (
        "en",
        "White House press secretary Karine Jean-Pierre told reporters the president was briefed.",
        {"sourced"},
        {"vague_source"},
        "White House press secretary Karine Jean-Pierre",
    ),
    (
        "en",
        "Two people familiar with the matter told Reuters the deal was close.",
        {"vague_source"},
        {"sourced"},
        None,
    ),
    ("en", "Moscow has denied any involvement.", {"sourced", "disputed"}, set(), "Moscow"),
    (
        "en",
        # "Police said" names nobody (issue 11, point 2): an unnamed institutional voice
        "Police said the suspect was arrested on Tuesday.",
        {"vague_source"},
        {"sourced"},
        None,
    ),
    ("en", "Israeli officials said 12 rockets were fired.", {"vague_source"}, {"sourced"}, None),
    (
        "en",
        "According to a statement from the Ministry of Health, 300 people died.",
        {"sourced"},
        {"vague_source", "unsourced_claim"},
        None,
    ),
    ("en", "Witnesses said the gunman fled.", {"vague_source"}, {"sourced"}, None),
    (
        "en",
        "Trump claimed without evidence that the election was rigged.",
        {"sourced", "no_evidence"},
        set(),
        "Trump",
    ),
    (
        "en",
        "Biden, speaking at the White House, said the US would send aid.",
        {"sourced"},
        set(),
        "Biden",
    ),
    (
        "en",
        "Neither the Kremlin nor the Pentagon has disputed the figures.",
        set(),
        {"disputed"},
        None,
    ),
    ("en", "The senator did not deny that she had met the lobbyist.", set(), {"disputed"}, None),
    (
        "en",
        "Sources close to the investigation said the suspect had fled to Spain.",
        {"vague_source"},
        {"sourced"},
        None,
    ),
    (
        "en",
        "The data was compiled by the Office for National Statistics.",
        {"sourced"},
        set(),
        "the Office for National Statistics",
    ),
    (
        "de",
        "Ein hochrangiger Regierungsvertreter, der anonym bleiben wollte, sagte, "
        "die Gespräche seien gescheitert.",
        {"vague_source"},
        {"sourced"},
        None,
    ),
    (
        "de",
        "Regierungssprecher Steffen Hebestreit sagte am Montag, der Kanzler sei informiert worden.",
        {"sourced"},
        {"vague_source"},
        "Regierungssprecher Steffen Hebestreit",
    ),
    (
        "de",
        "Nach Angaben des Gesundheitsministeriums starben 300 Menschen.",
        {"sourced"},
        {"vague_source"},
        None,
    ),
    ("de", "Augenzeugen berichteten, der Täter sei geflohen.", {"vague_source"}, {"sourced"}, None),
    ("de", "Moskau bestreitet jede Beteiligung.", {"disputed"}, set(), None),
    ("de", "Der Kreml hat die Berichte nicht dementiert.", set(), {"disputed"}, None),
    (
        "de",
        "Einem Bericht der New York Times zufolge wurden 40 Menschen getötet.",
        {"sourced"},
        {"vague_source"},
        None,
    ),
    (
        "de",
        "Laut einer Studie ist die Zahl der Fälle gestiegen.",
        {"vague_source"},
        {"sourced"},
        None,
    ),
    (
        "de",
        "Der Journalist Jupp Müller hat einen wahren Satz gesagt.",
        {"sourced"},
        {"vague_source"},
        "Journalist Jupp Müller",
    ),
    ("de", "Ob die Waffenruhe hält, ist unklar.", {"hedged"}, {"sourced"}, None),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent", "source"), CASES)
def test_news_attribution(
    analyzer: Analyzer, lang: str, text: str, present: set, absent: set, source: str | None
) -> None:
    findings = analyzer.analyze_text(text, lang)
    found = {str(f.category) for f in findings}
    assert present <= found, (text, found)
    assert not (absent & found), (text, found)
    if source is not None:
        assert source in {f.source_text for f in findings if f.category == "sourced"}
