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

from factcheck_app.models import Article, Assertion, Evidence, Note, Reference, Verdict


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

    @property
    def anchor(self) -> str:
        """Fragment id used by HTML, ClaimReview urls and annotation ids alike."""
        return f"claim-{self.assertion.id}"


@dataclass(frozen=True)
class ArticleReport:
    article: Article
    items: tuple[AssertionItem, ...]
    notes: tuple[Note, ...] = ()  # notes on the article itself, not on an assertion
    tags: tuple[str, ...] = ()

    def counts(self) -> tuple[Counter[str], Counter[str], Counter[str]]:
        """Counts per category, per status and per verdict (``none`` when unrated)."""
        categories: Counter[str] = Counter(str(i.assertion.category) for i in self.items)
        statuses: Counter[str] = Counter(str(i.assertion.status) for i in self.items)
        verdicts: Counter[str] = Counter(
            i.verdict.rating if i.verdict else "none" for i in self.items
        )
        return categories, statuses, verdicts


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

    @property
    def title(self) -> str:
        if len(self.articles) == 1:
            return self.articles[0].article.title
        return f"Fact-check report: {len(self.articles)} articles"
