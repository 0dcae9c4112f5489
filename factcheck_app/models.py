"""Frozen dataclasses shared by every layer.

Every layer speaks in these values so the GUI, the CLI and the exporters never see
sqlite rows or spaCy Docs. Offsets are always Python ``str`` indices (code points) into
``Article.text``; the GUI converts to UTF-16 only at its own boundary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from factcheck_app.explanations import Explanation
from factcheck_app.i18n import NP_

#: Long work reports ``progress(done, total)``; one type for every layer.
Progress = Callable[[int, int], None]
#: Long work polls ``cancelled()`` and stops (raising its layer's Cancelled) when it is True.
Cancel = Callable[[], bool]


class Category(StrEnum):
    NO_EVIDENCE = "no_evidence"
    VAGUE_SOURCE = "vague_source"
    HEDGED = "hedged"
    DISPUTED = "disputed"
    UNSOURCED_CLAIM = "unsourced_claim"
    SOURCED = "sourced"


#: The categories a checker must look at; ``sourced`` is listed but shown quietly.
HIGHLIGHT_CATEGORIES: tuple[Category, ...] = (
    Category.NO_EVIDENCE,
    Category.VAGUE_SOURCE,
    Category.HEDGED,
    Category.DISPUTED,
    Category.UNSOURCED_CLAIM,
)

#: Categories that make a sentence "flagged" in evaluation (eval-dev README).
FLAG_CATEGORIES: frozenset[str] = frozenset(
    {Category.NO_EVIDENCE, Category.VAGUE_SOURCE, Category.HEDGED, Category.DISPUTED}
)


class BlockKind(StrEnum):
    TITLE = "title"
    TEASER = "teaser"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    BOILERPLATE = "boilerplate"


class Origin(StrEnum):
    DETECTOR = "detector"
    MANUAL = "manual"


class Lifecycle(StrEnum):
    """Where the check of one claim stands: the ONE state vocabulary (issue 13).

    to check -> in progress -> checked (with a verdict) or dismissed (with a reason).
    It replaced the overlapping review (new/accepted/dismissed) and status
    (open/in progress/checked) of earlier versions (migration ``m0011_lifecycle``). The
    words shown for it, in every language, are ``factcheck_app.cards.LIFECYCLE_LABELS``.
    """

    TO_CHECK = "to_check"
    IN_PROGRESS = "in_progress"
    CHECKED = "checked"
    DISMISSED = "dismissed"


class Operation(StrEnum):
    """Every kind of edit a checker makes; each is recorded in the undo journal."""

    ADD_NOTE = "add_note"
    EDIT_NOTE = "edit_note"
    DELETE_NOTE = "delete_note"
    ADD_REFERENCE = "add_reference"
    EDIT_REFERENCE = "edit_reference"
    DELETE_REFERENCE = "delete_reference"
    ATTACH_FILE = "attach_file"
    REMOVE_SNAPSHOT = "remove_snapshot"
    LINK_EVIDENCE = "link_evidence"
    EDIT_EVIDENCE = "edit_evidence"
    UNLINK_EVIDENCE = "unlink_evidence"
    SET_VERDICT = "set_verdict"
    CLEAR_VERDICT = "clear_verdict"
    SET_CATEGORY = "set_category"
    SET_STATE = "set_state"
    SET_SPAN = "set_span"
    ADD_ASSERTION = "add_assertion"
    DELETE_ASSERTION = "delete_assertion"
    ADD_TAG = "add_tag"
    REMOVE_TAG = "remove_tag"
    DELETE_ARTICLE = "delete_article"
    RESTORE_ARTICLE = "restore_article"
    EDIT_ARTICLE = "edit_article"
    COPY_CLAIM = "copy_claim"
    FLIP_CONFLICT = "flip_conflict"
    SET_CLAIM_SUMMARIES = "set_claim_summaries"


class ArticleStatus(StrEnum):
    """Where the check of a whole article stands (derived from its assertions' statuses)."""

    UNCHECKED = "unchecked"  # not analysed yet
    CLEAR = "clear"  # analysed; nothing in it to check (no findings, or all sourced)
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CHECKED = "checked"


class Relation(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    CONTEXT = "context"


class ReferenceKind(StrEnum):
    PRIMARY_DOCUMENT = "primary_document"
    OFFICIAL_STATEMENT = "official_statement"
    DATA_SET = "data_set"
    NEWS_REPORT = "news_report"
    ACADEMIC_PAPER = "academic_paper"
    ARCHIVE_COPY = "archive_copy"
    OTHER = "other"


#: Default verdict scheme, best to worst; editable in settings.
#: Stored as written; shown in the reader's language with ``pgettext("verdict", word)``.
DEFAULT_VERDICT_SCHEME: tuple[str, ...] = (
    NP_("verdict", "true"),
    NP_("verdict", "mostly true"),
    NP_("verdict", "mixed"),
    NP_("verdict", "mostly false"),
    NP_("verdict", "false"),
    NP_("verdict", "misleading"),
    NP_("verdict", "unverifiable"),
)


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    lang: str
    #: 1-based page of a PDF the block was read from (None for other formats), so an
    #: assertion can be cited as "p. 4".
    page: int | None = None


@dataclass(frozen=True)
class Original:
    """The bytes an article was made from, kept with it as its archived copy.

    For a fetched page this is a WARC file (the HTTP response with its headers and the
    fetch time); for a PDF or Word document the document itself.
    """

    filename: str
    mime: str
    data: bytes

    @property
    def sha256(self) -> str:
        import hashlib

        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Provenance:
    """Where an article came from, as the checker must be able to show it later.

    ``requested_url`` is what the user asked for, ``final_url`` where the redirects
    (``redirects``: every address visited before it) ended; ``original_sha256`` is the
    hash of the bytes as received (the page body, or the file), before any extraction.
    """

    requested_url: str | None = None
    final_url: str | None = None
    redirects: tuple[str, ...] = ()
    fetched_at: str | None = None
    http_status: int | None = None
    content_type: str | None = None
    original_sha256: str | None = None
    original_size: int | None = None

    @property
    def empty(self) -> bool:
        return self == Provenance()


@dataclass(frozen=True)
class ArticleSnapshot:
    """Metadata of an article's archived copy; the bytes are fetched on demand."""

    id: str
    article_id: str
    filename: str
    mime: str
    size: int
    sha256: str
    created_at: str = ""


@dataclass(frozen=True)
class ParsedArticle:
    """What ingest produces: canonical text and blocks, not yet stored."""

    title: str
    text: str
    blocks: tuple[Block, ...]
    url: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None
    source_name: str | None = None
    source_format: str = "text"
    warnings: tuple[str, ...] = ()
    modified: str | None = None
    provenance: Provenance = Provenance()
    original: Original | None = None
    #: things the reader left out on purpose (comments, tracked changes), for the user
    notices: tuple[str, ...] = ()

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages of the content blocks, most frequent first."""
        counts: dict[str, int] = {}
        for block in self.blocks:
            if block.kind is not BlockKind.BOILERPLATE and block.lang:
                counts[block.lang] = counts.get(block.lang, 0) + (block.end - block.start)
        return tuple(sorted(counts, key=lambda lang: -counts[lang]))


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    blocks: tuple[Block, ...]
    content_hash: str
    url: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None
    source_name: str | None = None
    source_format: str = "text"
    languages: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    author: str = ""
    modified: str | None = None
    provenance: Provenance = Provenance()
    snapshots: tuple[ArticleSnapshot, ...] = ()
    #: the language the checker set for the whole article ("" = detected per block)
    language: str = ""

    @property
    def fetched_at(self) -> str | None:
        """When the article was fetched from the web (None for files and pastes)."""
        return self.provenance.fetched_at

    @property
    def original_hash(self) -> str | None:
        """SHA-256 of the bytes received (file, page body or paste), before extraction."""
        return self.provenance.original_sha256

    def page_at(self, offset: int) -> int | None:
        """PDF page of the text at ``offset`` (None when the article has no pages)."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block.page
        return None


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the library list: enough to show and filter, no text."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    languages: tuple[str, ...]
    created_at: str
    open_counts: dict[str, int] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    status: ArticleStatus = ArticleStatus.UNCHECKED


@dataclass(frozen=True)
class Finding:
    """One analyser result; offsets index the text that was analysed."""

    category: Category
    start: int
    end: int
    cue_start: int
    cue_end: int
    #: Why it was flagged: the rule's template key and its values, rendered when read.
    explanation: Explanation
    rule: str
    confidence: float
    lang: str
    detector_version: str
    source_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None


@dataclass(frozen=True)
class Assertion:
    id: str
    article_id: str
    category: Category
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    origin: Origin
    #: The stored text: the English rendering of ``explain_key`` for analysed rows, the
    #: only text for older rows, hand-made spans and imported annotations. Show
    #: ``explanations.explain(assertion, lang)``, which renders the key in any language.
    explanation: str = ""
    rule: str | None = None
    confidence: float = 1.0
    lang: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    source_text: str | None = None
    detector_version: str | None = None
    #: The claim's lifecycle state; a card's state is derived from its members'.
    status: Lifecycle = Lifecycle.TO_CHECK
    dismiss_reason: str | None = None
    created_at: str = ""
    updated_at: str = ""
    author: str = ""
    #: The explanation's gettext msgid and its parameters (JSON), see ``explanations``.
    explain_key: str | None = None
    explain_params: str | None = None


@dataclass(frozen=True)
class Note:
    id: str
    article_id: str
    assertion_id: str | None
    body: str
    private: bool = False
    created_at: str = ""
    updated_at: str = ""
    author: str = ""


@dataclass(frozen=True)
class Snapshot:
    """Metadata of a local copy of a source; the bytes are fetched on demand."""

    id: str
    reference_id: str
    filename: str
    mime: str
    size: int
    sha256: str
    created_at: str = ""


@dataclass(frozen=True)
class Reference:
    id: str
    url: str | None
    title: str
    publisher: str | None = None
    published: str | None = None
    accessed: str | None = None
    kind: ReferenceKind = ReferenceKind.OTHER
    snapshots: tuple[Snapshot, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    author: str = ""


@dataclass(frozen=True)
class Evidence:
    """A link between an assertion and a reference, with how it bears on it."""

    id: str
    assertion_id: str
    reference_id: str
    relation: Relation
    quote: str = ""
    locator: str = ""
    created_at: str = ""
    updated_at: str = ""
    author: str = ""


#: Google's recommended longest ``claimReviewed`` (a claim summary); longer ones are
#: accepted but warned about in the verdict editor, the export dialog and the CLI.
CLAIM_SUMMARY_LIMIT = 75


@dataclass(frozen=True)
class Verdict:
    id: str
    assertion_id: str
    rating: str
    explanation: str = ""
    created_at: str = ""
    updated_at: str = ""
    author: str = ""
    #: The short claim this verdict is about (ClaimReview ``claimReviewed``); empty: the quote.
    claim_summary: str = ""


@dataclass(frozen=True)
class Tag:
    id: str
    target_kind: str  # "article" | "assertion"
    target_id: str
    name: str


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "article" | "note" | "reference"
    id: str
    article_id: str | None
    title: str
    snippet: str
    assertion_id: str | None = None
    start: int | None = None
    end: int | None = None
    #: the full-text row: a page of hits is listed first, its snippets fetched after
    rowid: int | None = None


@dataclass(frozen=True)
class Changes:
    """What a data-changing call touched, so each view refreshes only what it shows.

    The one value every edit operation returns (``services.annotations`` and friends):
    views refresh from it, the GUI stacks ``step`` for undo, and a creating operation names
    the row it made in ``created`` (read it back with the matching ``get_...``).
    """

    articles: frozenset[str] = frozenset()
    assertions: frozenset[str] = frozenset()
    notes: frozenset[str] = frozenset()
    references: frozenset[str] = frozenset()
    library: bool = False
    #: The undo-journal step that recorded the edit (None: not undoable, or nothing written).
    step: int | None = None
    #: The id of the row a creating operation made (note, reference, tag, assertion ...).
    created: str | None = None

    def __or__(self, other: Changes) -> Changes:
        """Both edits' rows; the first ``created`` (the outer operation's) is kept."""
        return Changes(
            self.articles | other.articles,
            self.assertions | other.assertions,
            self.notes | other.notes,
            self.references | other.references,
            self.library or other.library,
            other.step if other.step is not None else self.step,
            self.created if self.created is not None else other.created,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.articles or self.assertions or self.notes or self.references or self.library
        )


@dataclass(frozen=True)
class ImportResult:
    """``duplicate``: the same text is already in the library (``article`` is that one,
    nothing was stored; ``in_trash`` when it is in the trash). ``same_url``: the id of
    another article imported from the same address (the new one was stored)."""

    article: Article
    duplicate: bool
    warnings: tuple[str, ...] = ()
    changes: Changes = Changes()
    in_trash: bool = False
    same_url: str | None = None


@dataclass(frozen=True)
class TrashedArticle:
    """An article in the trash: deleted, its content still here until the trash is emptied."""

    id: str
    title: str
    outlet: str | None
    deleted_at: str
    deleted_by: str
    assertions: int
    notes: int


@dataclass(frozen=True)
class ArticleFields:
    """The metadata a checker can correct on an article (None = no value)."""

    title: str
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    language: str = ""


@dataclass(frozen=True)
class LexiconException:
    """ "Don't flag this again": findings of ``category`` whose cue is ``cue`` are not
    reported (only where the sentence contains ``phrase``, when one is given).

    Kept in the user's settings, not in the library, so a shared library never carries
    one checker's exceptions to another (docs/DESIGN.md, As built)."""

    category: str
    cue: str
    phrase: str = ""
    lang: str = ""


@dataclass(frozen=True)
class AnalysisResult:
    article_id: str
    assertions: tuple[Assertion, ...]
    added: int
    updated: int
    retired: int
    notice: str | None = None
    changes: Changes = Changes()
