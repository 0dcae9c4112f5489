"""Published fact-checks in every shape they arrive in: JSON-LD, feeds, our own export."""

import json

import pytest

from factcheck_app.memory.claimreview import ClaimReviewFormatError, parse
from factcheck_app.memory.ratings import contradict, scale_value

SCHEMA = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://checker.example/kursk",
    "claimReviewed": "North Korea sent 10,000 troops to Kursk",
    "datePublished": "2024-11-05",
    "author": {"@type": "Organization", "name": "Example Check"},
    "reviewRating": {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "True",
    },
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Anonymous officials"},
        "datePublished": "2024-11-01",
        "appearance": {"@type": "CreativeWork", "url": "https://news.example/a"},
    },
    "inLanguage": "en",
}

FEED = {
    "claims": [
        {
            "text": "Nordkorea hat 10.000 Soldaten nach Russland geschickt",
            "claimant": "Social media",
            "claimDate": "2024-10-30T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Prüfstelle", "site": "pruef.example"},
                    "url": "https://pruef.example/1",
                    "title": "Belegt durch Geheimdienstberichte",
                    "reviewDate": "2024-11-02T10:00:00Z",
                    "textualRating": "Richtig",
                    "languageCode": "de",
                },
                {
                    "publisher": {"site": "other.example"},
                    "url": "https://other.example/2",
                    "textualRating": "Missing context",
                    "languageCode": "de",
                },
            ],
        }
    ]
}


def test_schema_org_claim_review() -> None:
    (review,), skipped = parse(json.dumps(SCHEMA))
    assert skipped == 0
    assert review.claim == "North Korea sent 10,000 troops to Kursk"
    assert review.rating == "True" and review.rating_value == 5
    assert review.publisher == "Example Check"
    assert review.claimant == "Anonymous officials"
    assert (review.review_date, review.claim_date) == ("2024-11-05", "2024-11-01")
    assert review.appearance_url == "https://news.example/a"


def test_graph_and_data_feed_wrappers() -> None:
    graph = {"@context": "https://schema.org", "@graph": [SCHEMA, SCHEMA]}
    assert len(parse(json.dumps(graph))[0]) == 2
    feed = {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [SCHEMA]}]}
    assert len(parse(json.dumps(feed))[0]) == 1
    lines = json.dumps(SCHEMA) + "\n" + json.dumps(SCHEMA) + "\n"
    assert len(parse(lines)[0]) == 2


def test_aggregator_feed() -> None:
    reviews, _ = parse(json.dumps(FEED))
    assert [r.publisher for r in reviews] == ["Prüfstelle", "other.example"]
    assert reviews[0].rating == "Richtig" and reviews[0].lang == "de"
    assert reviews[0].review_date == "2024-11-02" and reviews[0].claim_date == "2024-10-30"


def test_our_own_export_shape() -> None:
    ours = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "ClaimReview",
                "url": "urn:factcheck:library:x#a-1",
                "claimReviewed": "Nordkorea soll 10.000 Soldaten geschickt haben",
                "reviewRating": {"@type": "Rating", "alternateName": "false", "ratingValue": 1},
                "itemReviewed": {"@type": "Claim", "inLanguage": "de"},
                "datePublished": "2026-12-01",
                "author": [{"@type": "Organization", "name": "Redaktion"}],
            }
        ],
    }
    (review,), _ = parse(json.dumps(ours))
    assert review.url.startswith("urn:factcheck:") and review.lang == "de"
    assert review.publisher == "Redaktion" and review.rating == "false"


@pytest.mark.parametrize(
    ("text", "message"),
    [("{not json", "not JSON"), ('{"hello": 1}', "no ClaimReview found")],
)
def test_bad_files_are_refused_with_a_message(text: str, message: str) -> None:
    with pytest.raises(ClaimReviewFormatError, match=message):
        parse(text, "x.json")


def test_rating_words_on_one_scale() -> None:
    assert scale_value("False") == 1 and scale_value("Falsch") == 1
    assert scale_value("Richtig") == 5 and scale_value("Mostly true") == 4
    assert scale_value("Pants on Fire!") == 1
    assert scale_value("Unbelegt") is None
    assert scale_value("", value=9, best=10, worst=0) == 5
    assert contradict(5, 1) and not contradict(4, 5) and not contradict(None, 1)
