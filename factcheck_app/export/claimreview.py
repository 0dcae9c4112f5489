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
from factcheck_app.i18n import normalise, translator
from factcheck_app.models import CLAIM_SUMMARY_LIMIT
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


#: Words that make the start of "Defence Minister Boris Pistorius" a job title (also
#: inside German compounds: "Verteidigungsminister").
_JOB_WORDS = re.compile(
    r"\b\w*(?:minister|präsident|president|chancellor|kanzler|secretary|sekretär|spokes|"
    r"sprecher|general|admiral|senator|governor|mayor|bürgermeister|chief|director|direktor|"
    r"leader|chef|ambassador|botschafter|premier|analyst|expert|professor|official|beamte|"
    r"ceo|head|leiter|king|könig|commander|kommandeur)\w*\b",
    re.IGNORECASE,
)
_NAME_FIRST = re.compile(
    r"^(?P<name>[^,]+),\s*(?:the\s+|an?\s+|der\s+|die\s+|ein\w*\s+)?(?P<title>.+)$"
)
_MAX_TITLE_WORDS = 6


def split_name(text: str) -> tuple[str, str | None]:
    """``"Defence Minister Boris Pistorius"`` -> ``("Boris Pistorius", "Defence Minister")``;
    ``"José Müller, an analyst in Zürich"`` -> ``("José Müller", "analyst in Zürich")``.
    Only when the title part holds a job word; otherwise the whole text is the name."""
    text = " ".join(text.split())
    m = _NAME_FIRST.match(text)
    if m and _JOB_WORDS.search(m["title"]) and not _JOB_WORDS.search(m["name"]):
        return m["name"].strip(), m["title"].strip()
    jobs = list(_JOB_WORDS.finditer(text))
    if jobs:
        title, name = text[: jobs[-1].end()].strip(), text[jobs[-1].end() :].strip()
        if name[:1].isupper() and len(title.split()) <= _MAX_TITLE_WORDS:
            return name, title
    return text, None


def _speaker(text: str) -> dict[str, Any]:
    if _ORGANISATION_WORDS.search(text) and not _JOB_WORDS.search(text):
        return {"@type": "Organization", "name": text}
    name, job = split_name(text)
    person: dict[str, Any] = {"@type": "Person", "name": name}
    if job:
        person["jobTitle"] = job
    return person


def _organisation(report: Report) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": report.organisation}
    if report.options.organisation_url:
        org["url"] = report.options.organisation_url
    return org


def _review_author(report: Report) -> list[dict[str, Any]] | dict[str, Any]:
    authors: list[dict[str, Any]] = []
    if report.organisation:
        authors.append(_organisation(report))
    if report.checker:
        person: dict[str, Any] = {"@type": "Person", "name": report.checker}
        if report.organisation:
            person["affiliation"] = _organisation(report)
        authors.append(person)
    return authors[0] if len(authors) == 1 else authors


#: Google's recommendation for ``claimReviewed`` (the one constant, in models).
SUMMARY_LIMIT = CLAIM_SUMMARY_LIMIT


def base_url(report: Report) -> str:
    return report.options.base_url or f"urn:factcheck:library:{report.library_id}"


def review_url(report: Report, item: AssertionItem) -> str:
    """The page of one review: an anchor of the published report, or its own page
    (``split``: ``BASE/claim-ID``)."""
    base = base_url(report)
    if report.options.split:
        return f"{base.rstrip('/')}/{item.anchor}"
    return f"{base}#{item.anchor}"


def claim_summary(report: Report, item: AssertionItem) -> str:
    """The short claim a reader sees in search results: the checker's (stored with the
    verdict), else the quote."""
    given = item.verdict.claim_summary.strip() if item.verdict else ""
    return given or " ".join(item.assertion.quote.split())


def long_summaries(report: Report) -> list[tuple[AssertionItem, str]]:
    """Reviews whose claim summary is longer than Google recommends."""
    found = []
    for ar in report.articles:
        for item in ar.items:
            text = claim_summary(report, item)
            if item.verdict is not None and len(text) > SUMMARY_LIMIT:
                found.append((item, text))
    return found


def claim_review(report: Report, ar: ArticleReport, item: AssertionItem) -> dict[str, Any]:
    assert item.verdict is not None
    a, v, article = item.assertion, item.verdict, ar.article
    # the verdict in the words of the page it is published on (search engines show it)
    shown = translator(report.options.lang).pgettext("verdict", v.rating)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": shown}
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
        appearance["author"] = _speaker(article.byline)
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
        "url": review_url(report, item),
        "claimReviewed": claim_summary(report, item),
        "reviewRating": rating,
        "itemReviewed": claim,
        "datePublished": (v.updated_at or report.generated_at)[:10],
        "inLanguage": normalise(report.options.lang),
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


def split_claimreviews(report: Report) -> dict[str, str]:
    """``--split``: one JSON-LD document per review, by file name (``claim-ID.jsonld``)."""
    files = {}
    for ar in report.articles:
        for item in ar.items:
            if item.verdict is not None:
                doc = {"@context": "https://schema.org", **claim_review(report, ar, item)}
                files[f"{item.anchor}.jsonld"] = json.dumps(doc, ensure_ascii=False, indent=2)
    return files
