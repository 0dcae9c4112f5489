"""Frozen values of the claim memory ("seen before"): published fact-checks and matches.

Why apart from :mod:`factcheck_app.models`: only the claim memory (its store, service,
CLI commands and the GUI's claims views) speaks in them; the article, finding and review
values every layer shares stay there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PublishedReview:
    """A fact-check published elsewhere (schema.org ClaimReview), kept in the library."""

    id: str
    claim: str
    rating: str = ""
    rating_value: float | None = None
    explanation: str = ""
    claimant: str = ""
    claim_date: str = ""
    publisher: str = ""
    url: str = ""
    review_date: str = ""
    lang: str = ""
    appearance_url: str = ""
    source_file: str = ""
    created_at: str = ""
    updated_at: str = ""
    author: str = ""


@dataclass(frozen=True)
class ClaimMatch:
    """An earlier card or a published fact-check making the same claim as a card.

    ``kind`` is "assertion" (a card in another article) or "review" (a published
    fact-check); ``reason`` says in words what the two share.
    """

    kind: str
    id: str
    score: float
    reason: str
    text: str
    lang: str
    title: str
    date: str = ""
    verdict: str | None = None
    checker: str = ""
    article_id: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ClaimGroup:
    """The same claim across the library and published fact-checks, oldest first."""

    members: tuple[ClaimMatch, ...]
    contradictory: bool = False

    @property
    def text(self) -> str:
        return self.members[0].text if self.members else ""
