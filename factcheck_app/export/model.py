"""The report model: everything one export shows, gathered once, rendered many ways.

Every format (PDF, HTML, Markdown, JSON, ClaimReview, Web Annotation) renders the same
``Report`` so that the options (which assertions, private notes or not) are applied in
exactly one place, ``services.exports.build_report``, and the formats cannot disagree.
This module holds plain data only: no storage, no Qt.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from factcheck_app.cards import card_state, group_by_span, severity
from factcheck_app.i18n import translator
from factcheck_app.models import (
    Article,
    Assertion,
    Category,
    Evidence,
    Lifecycle,
    Note,
    Reference,
    Verdict,
)

#: The states a report counts a claim as "still open" in.
OPEN_STATES: frozenset[Lifecycle] = frozenset({Lifecycle.TO_CHECK, Lifecycle.IN_PROGRESS})
#: The order of the summary's state counts: done first, then what is left.
REPORT_STATE_ORDER: tuple[Lifecycle, ...] = (
    Lifecycle.CHECKED,
    Lifecycle.DISMISSED,
    Lifecycle.IN_PROGRESS,
    Lifecycle.TO_CHECK,
)

#: Most severe first: the order of categories inside one claim entry (``cards.severity``).
SEVERITY: dict[Category, int] = {c: severity(c) for c in Category}


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class ExportFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"
    MD = "md"
    JSON = "json"
    CLAIMREVIEW = "claimreview"
    W3C = "w3c"


#: File name extension per format, for default output names and the save dialog.
EXTENSIONS: dict[ExportFormat, str] = {
    ExportFormat.PDF: ".pdf",
    ExportFormat.HTML: ".html",
    ExportFormat.MD: ".md",
    ExportFormat.JSON: ".json",
    ExportFormat.CLAIMREVIEW: ".jsonld",
    ExportFormat.W3C: ".jsonld",
}


@dataclass(frozen=True)
class ReportOptions:
    include_dismissed: bool = False
    include_sourced: bool = False
    include_private: bool = True
    page_size: PageSize = PageSize.A4
    #: Where the report will be published; ClaimReview urls and annotation ids hang off it.
    base_url: str = ""
    #: The language of every word the report adds (headings, labels, dates), ``en``/``de``.
    lang: str = "en"
    #: PDF/A-1b (archival) instead of ordinary PDF; PDF/A-1 allows no attached JSON.
    pdf_a: bool = False
    #: ClaimReview: one file per review (``--split``) instead of one graph.
    split: bool = False
    #: ClaimReview: the organisation's home page (``author.url``).
    organisation_url: str = ""


@dataclass(frozen=True)
class TagRef:
    """A tag as the exchange formats carry it: its id and author travel, so a colleague's
    import merges back into the same row."""

    id: str
    name: str
    author: str = ""


@dataclass(frozen=True)
class EvidenceItem:
    evidence: Evidence
    reference: Reference
    reference_number: int  # position in Report.references, from 1


@dataclass(frozen=True)
class AssertionItem:
    number: int  # from 1 within its article, in text order
    assertion: Assertion
    notes: tuple[Note, ...] = ()
    evidence: tuple[EvidenceItem, ...] = ()
    verdict: Verdict | None = None
    tags: tuple[str, ...] = ()
    tag_refs: tuple[TagRef, ...] = ()

    @property
    def anchor(self) -> str:
        """Fragment id used by HTML, ClaimReview urls and annotation ids alike."""
        return f"claim-{self.assertion.id}"


@dataclass(frozen=True)
class ClaimEntry:
    """One entry of the report: the findings that overlap in the text, read as one claim.

    A sentence flagged as vague *and* hedged is one thing for an editor to look at, so its
    findings share one number and one entry, most severe category first.
    """

    number: int
    items: tuple[AssertionItem, ...]  # most severe first
    start: int
    end: int

    @property
    def primary(self) -> AssertionItem:
        return self.items[0]

    @property
    def anchor(self) -> str:
        return self.primary.anchor

    @property
    def verdicts(self) -> tuple[tuple[AssertionItem, Verdict], ...]:
        return tuple((i, i.verdict) for i in self.items if i.verdict is not None)

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(dict.fromkeys(i.assertion.category for i in self.items))

    @property
    def state(self) -> Lifecycle:
        """The claim's lifecycle state, derived as for the card in the app."""
        return card_state(
            [i.assertion.status for i in self.items], any(i.verdict for i in self.items)
        )

    @property
    def dismiss_reason(self) -> str:
        """Why the claim was dismissed (the first reason given on one of its findings)."""
        return (
            next((i.assertion.dismiss_reason for i in self.items if i.assertion.dismiss_reason), "")
            or ""
        )


def group_claims(items: tuple[AssertionItem, ...]) -> tuple[tuple[AssertionItem, ...], ...]:
    """Items whose spans overlap (transitively), in text order; each group most severe
    first: the claim cards of ``factcheck_app.cards``, so a report entry is the card the
    checker worked on. Numbers are not assigned here: ``build_report`` numbers the groups."""
    return tuple(
        tuple(g)
        for g in group_by_span(
            items,
            lambda i: (i.assertion.start, i.assertion.end),
            lambda i: i.assertion.category,
        )
    )


@dataclass(frozen=True)
class ArticleReport:
    article: Article
    items: tuple[AssertionItem, ...]
    notes: tuple[Note, ...] = ()  # notes on the article itself, not on an assertion
    tags: tuple[str, ...] = ()
    claims: tuple[ClaimEntry, ...] = ()
    tag_refs: tuple[TagRef, ...] = ()

    def counts(self) -> tuple[Counter[str], Counter[str], Counter[str]]:
        """Counts per category, per status and per verdict (``none`` when unrated)."""
        categories: Counter[str] = Counter(str(i.assertion.category) for i in self.items)
        statuses: Counter[str] = Counter(str(i.assertion.status) for i in self.items)
        verdicts: Counter[str] = Counter(
            i.verdict.rating if i.verdict else "none" for i in self.items
        )
        return categories, statuses, verdicts

    def claim_counts(self) -> tuple[Counter[str], Counter[str], list[ClaimEntry]]:
        """Per claim: verdicts (a claim with two verdicts counts under both), categories
        (each of its categories once), and the claims still open: to check or in progress
        (a dismissed claim is done without a verdict, like a checked one is done with one)."""
        verdicts: Counter[str] = Counter()
        categories: Counter[str] = Counter()
        still_open: list[ClaimEntry] = []
        for claim in self.claims:
            verdicts.update(list(dict.fromkeys(v.rating for _item, v in claim.verdicts)))
            categories.update(str(c) for c in claim.categories)
            if claim.state in OPEN_STATES:
                still_open.append(claim)
        return verdicts, categories, still_open

    def states(self) -> list[tuple[Lifecycle, int]]:
        """How many claims are in each lifecycle state, in lifecycle order, none left out
        that has a claim."""
        counts = Counter(claim.state for claim in self.claims)
        return [(state, counts[state]) for state in REPORT_STATE_ORDER if counts[state]]


@dataclass(frozen=True)
class Report:
    articles: tuple[ArticleReport, ...]
    references: tuple[Reference, ...]
    options: ReportOptions
    generated_at: str  # ISO 8601 UTC
    checker: str  # settings.user_name
    organisation: str  # settings.organisation
    library_id: str
    library_name: str
    verdict_scheme: tuple[str, ...] = field(default_factory=tuple)
    #: Row id -> (rev, updated_at) of every exported row, so an import elsewhere keeps the
    #: same versions and merging back finds nothing changed.
    revisions: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def title(self) -> str:
        if len(self.articles) == 1:
            return self.articles[0].article.title
        t = translator(self.options.lang)
        n = len(self.articles)
        return t.ngettext(
            "Fact-check report: {n} article", "Fact-check report: {n} articles", n
        ).format(n=n)
