"""schema.org ClaimReview JSON-LD, one review per assertion that has a verdict.

Search engines and fact-check aggregators read ``reviewRating.alternateName`` (the
verdict in words) first; the numbers are a coarse ordinal scale. The mapping below is
documented in docs/export-format.md: 5 = true ... 1 = false. "misleading" gets 2 like
"mostly false" (the words may be accurate, the impression is not). "unverifiable" gets
no number at all, because putting it anywhere on a true-false scale would misstate it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from factcheck_app.export.model import ArticleReport, AssertionItem, Report
from factcheck_app.urlpolicy import safe_link

BEST_RATING = 5
WORST_RATING = 1

RATING_VALUES: dict[str, int | None] = {
    "true": 5,
    "mostly true": 4,
    "mixed": 3,
    "half true": 3,
    "mostly false": 2,
    "misleading": 2,
    "false": 1,
    "unverifiable": None,
}

_ORGANISATION_WORDS = re.compile(
    r"\b(ministry|office|agency|department|government|police|council|commission|institute|"
    r"bureau|company|party|army|ministerium|amt|behörde|regierung|polizei|kommission|institut|"
    r"partei|bundes\w*)\b",
    re.IGNORECASE,
)


def rating_value(rating: str, scheme: tuple[str, ...] = ()) -> int | None:
    """The ordinal value of a verdict, or None when it does not sit on a true-false scale.

    Words outside the default table (a custom scheme from settings) are placed by their
    position among the scheme's graded words, best first, scaled onto 1..5.
    """
    key = rating.strip().lower()
    if key in RATING_VALUES:
        return RATING_VALUES[key]
    graded = [r for r in scheme if r.strip().lower() not in ("unverifiable", "misleading")]
    if rating not in graded or len(graded) < 2:
        return None
    position = graded.index(rating)
    return round(BEST_RATING - position * (BEST_RATING - WORST_RATING) / (len(graded) - 1))


def _speaker(name: str) -> dict[str, Any]:
    kind = "Organization" if _ORGANISATION_WORDS.search(name) else "Person"
    return {"@type": kind, "name": name}


def _review_author(report: Report) -> list[dict[str, Any]] | dict[str, Any]:
    authors: list[dict[str, Any]] = []
    if report.organisation:
        authors.append({"@type": "Organization", "name": report.organisation})
    if report.checker:
        person: dict[str, Any] = {"@type": "Person", "name": report.checker}
        if report.organisation:
            person["affiliation"] = {"@type": "Organization", "name": report.organisation}
        authors.append(person)
    return authors[0] if len(authors) == 1 else authors


def base_url(report: Report) -> str:
    return report.options.base_url or f"urn:factcheck:library:{report.library_id}"


def claim_review(report: Report, ar: ArticleReport, item: AssertionItem) -> dict[str, Any]:
    assert item.verdict is not None
    a, v, article = item.assertion, item.verdict, ar.article
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": v.rating}
    value = rating_value(v.rating, report.verdict_scheme)
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    if v.explanation:
        rating["ratingExplanation"] = v.explanation
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article.title}
    if safe_link(article.url):
        appearance["url"] = article.url
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published:
        appearance["datePublished"] = article.published
    if article.byline:
        appearance["author"] = {"@type": "Person", "name": article.byline}
    claim: dict[str, Any] = {
        "@type": "Claim",
        "appearance": appearance,
        "firstAppearance": appearance,
    }
    if a.source_text:
        claim["author"] = _speaker(a.source_text)
    if article.published:
        claim["datePublished"] = article.published
    if a.lang:
        claim["inLanguage"] = a.lang
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": f"{base_url(report)}#{item.anchor}",
        "claimReviewed": a.quote,
        "reviewRating": rating,
        "itemReviewed": claim,
        "datePublished": (v.updated_at or report.generated_at)[:10],
    }
    author = _review_author(report)
    if author:
        review["author"] = author
    return review


def claim_reviews(report: Report) -> list[dict[str, Any]]:
    return [
        claim_review(report, ar, item)
        for ar in report.articles
        for item in ar.items
        if item.verdict is not None
    ]


def render_claimreview(report: Report) -> str:
    doc = {"@context": "https://schema.org", "@graph": claim_reviews(report)}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
