"""Reading published fact-checks: schema.org ClaimReview JSON-LD and aggregator feeds.

Three shapes arrive in practice, and one file may nest them anywhere:
- schema.org ClaimReview objects (a page's JSON-LD, an ``@graph``, a ``DataFeed`` of
  ``DataFeedItem``\\s, or a plain list), which is also what our own export writes;
- the aggregator feed shape (Google Fact Check Tools' ``claims`` list: ``text``,
  ``claimant``, ``claimDate`` and a ``claimReview`` list with ``publisher``, ``url``,
  ``reviewDate``, ``textualRating``, ``languageCode``);
- JSON Lines of either.
Everything is validated and trimmed here, so storage receives only plain, bounded strings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from factcheck_app.errors import InputError
from factcheck_app.i18n import N_
from factcheck_app.language import SUPPORTED
from factcheck_app.memory.normalise import guess_language

MAX_CLAIM = 5_000
MAX_FIELD = 2_000
MAX_ITEMS = 200_000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


class ClaimReviewFormatError(InputError):
    """The file holds no ClaimReview data we can read; the message is for the user."""


@dataclass(frozen=True)
class ParsedReview:
    claim: str
    rating: str
    rating_value: float | None
    best: float | None
    worst: float | None
    explanation: str
    claimant: str
    claim_date: str
    publisher: str
    url: str
    review_date: str
    lang: str
    appearance_url: str

    @property
    def values(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "rating": self.rating,
            "rating_value": self.rating_value,
            "explanation": self.explanation,
            "claimant": self.claimant,
            "claim_date": self.claim_date,
            "publisher": self.publisher,
            "url": self.url,
            "review_date": self.review_date,
            "lang": self.lang,
            "appearance_url": self.appearance_url,
        }


def load_documents(text: str, name: str) -> list[Any]:
    """The JSON values in ``text`` (one document, or JSON Lines)."""
    text = text.lstrip("\ufeff")
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as whole:
        docs = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError:
                raise ClaimReviewFormatError(
                    N_("{name} is not JSON (line {line}: {why})"),
                    name=name,
                    line=whole.lineno,
                    why=whole.msg,
                ) from None
            if number > MAX_ITEMS:
                break
        return docs


def parse(text: str, name: str = "the file") -> tuple[list[ParsedReview], int]:
    """Reviews found in ``text`` and how many review-like entries were unusable."""
    found: list[ParsedReview] = []
    skipped = 0
    seen_any = False
    for doc in load_documents(text, name):
        for raw in _walk(doc):
            seen_any = True
            review = _from_schema(raw) if _is_claim_review(raw) else None
            if raw.get("claimReview") is not None and "text" in raw:
                reviews = _from_feed(raw)
            else:
                reviews = [review] if review else []
            if not reviews:
                skipped += 1
            found.extend(reviews)
            if len(found) > MAX_ITEMS:
                raise ClaimReviewFormatError(
                    N_("{name} holds more than {limit} reviews"), name=name, limit=MAX_ITEMS
                )
    if not seen_any:
        raise ClaimReviewFormatError(
            N_(
                "no ClaimReview found in {name} (expected schema.org ClaimReview JSON-LD"
                " or a fact-check feed with a 'claims' list)"
            ),
            name=name,
        )
    return found, skipped


def _walk(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every ClaimReview object or feed claim inside ``value``, outermost first."""
    if depth > 12:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
        return
    if not isinstance(value, dict):
        return
    if _is_claim_review(value) or ("claimReview" in value and "text" in value):
        yield value
        return
    for key, item in value.items():
        if key.startswith("@") and key != "@graph":
            continue
        yield from _walk(item, depth + 1)


def _is_claim_review(value: dict[str, Any]) -> bool:
    kind = value.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "ClaimReview" for k in kinds)


def _text(value: Any, limit: int = MAX_FIELD) -> str:
    if isinstance(value, list):
        value = next((v for v in value if v), "")
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("headline") or ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return ""
    return " ".join(str(value).split())[:limit]


def _url(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if v), "")
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or ""
    text = _text(value)
    return text if re.match(r"^(https?://|urn:)", text) else ""


def _date(value: Any) -> str:
    found = _DATE.match(_text(value))
    return found.group() if found else ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "."))
        except ValueError:
            return None
    return None


def _lang(value: Any, claim: str) -> str:
    code = _text(value).lower()[:2]
    if code in SUPPORTED:
        return code
    return code if code.isalpha() and len(code) == 2 else guess_language(claim)


def _from_schema(raw: dict[str, Any]) -> ParsedReview | None:
    item = raw.get("itemReviewed")
    item = item if isinstance(item, dict) else {}
    claim = _text(raw.get("claimReviewed") or item.get("text") or item.get("name"), MAX_CLAIM)
    if not claim:
        return None
    rating = raw.get("reviewRating")
    rating = rating if isinstance(rating, dict) else {}
    appearance = item.get("appearance") or item.get("firstAppearance")
    publisher = raw.get("publisher") or raw.get("author")
    return ParsedReview(
        claim=claim,
        rating=_text(rating.get("alternateName") or rating.get("name")),
        rating_value=_number(rating.get("ratingValue")),
        best=_number(rating.get("bestRating")),
        worst=_number(rating.get("worstRating")),
        explanation=_text(rating.get("ratingExplanation") or raw.get("reviewBody"), MAX_CLAIM),
        claimant=_text(item.get("author")),
        claim_date=_date(item.get("datePublished")),
        publisher=_text(publisher),
        url=_url(raw.get("url")),
        review_date=_date(raw.get("datePublished")),
        lang=_lang(raw.get("inLanguage") or item.get("inLanguage"), claim),
        appearance_url=_url(appearance),
    )


def _from_feed(raw: dict[str, Any]) -> list[ParsedReview]:
    claim = _text(raw.get("text"), MAX_CLAIM)
    reviews = raw.get("claimReview")
    if not claim or not isinstance(reviews, list):
        return []
    out = []
    for review in reviews:
        if not isinstance(review, dict):
            continue
        publisher = review.get("publisher")
        name = _text(publisher)
        if not name and isinstance(publisher, dict):
            name = _text(publisher.get("site"))
        out.append(
            ParsedReview(
                claim=claim,
                rating=_text(review.get("textualRating")),
                rating_value=None,
                best=None,
                worst=None,
                explanation=_text(review.get("title"), MAX_CLAIM),
                claimant=_text(raw.get("claimant")),
                claim_date=_date(raw.get("claimDate")),
                publisher=name,
                url=_url(review.get("url")),
                review_date=_date(review.get("reviewDate")),
                lang=_lang(review.get("languageCode"), claim),
                appearance_url="",
            )
        )
    return out
