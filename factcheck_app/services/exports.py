"""Exports and the Web Annotation import, for the CLI and the export dialog alike.

``build_report`` is the single place where the export options are applied (which
assertions, which notes); every format renders the resulting ``Report``. Long work takes
``progress(done, total)`` and ``cancel() -> bool`` so the GUI can run it as a job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from factcheck_app import ingest
from factcheck_app.export.model import (
    ArticleReport,
    AssertionItem,
    EvidenceItem,
    ExportFormat,
    Report,
    ReportOptions,
)
from factcheck_app.export.render import write_report
from factcheck_app.export.w3c_import import (
    AnnotationFileError,
    AnnotationRecord,
    ArticleRecord,
    fc_property,
    locate,
    parse_annotation_file,
)
from factcheck_app.models import (
    Article,
    Block,
    BlockKind,
    Cancel,
    Category,
    Changes,
    CheckStatus,
    Origin,
    ParsedArticle,
    Progress,
    Reference,
    ReferenceKind,
    Relation,
    ReviewState,
)
from factcheck_app.services.articles import NotFound, get_article, resolve_id
from factcheck_app.services.library import Library
from factcheck_app.storage import annotations as store
from factcheck_app.storage import articles as article_store
from factcheck_app.storage import assertions as assertion_store
from factcheck_app.storage.db import get_meta
from factcheck_app.storage.rows import get_row, insert_row
from factcheck_app.storage.validate import stored_rows_problem
from factcheck_app.urlpolicy import neutral_text

DEFAULT_OPTIONS = ReportOptions()


class ExportCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    articles: int
    assertions: int
    verdicts: int = 0


def select_articles(lib: Library, ids: Sequence[str] = (), tag: str | None = None) -> list[str]:
    """Full ids for the given ids/prefixes plus every article carrying ``tag``, no repeats."""
    chosen = [resolve_id(lib, i) for i in ids]
    if tag:
        with lib.session() as db:
            tagged = store.articles_with_tag(db, tag)
        if not tagged and not chosen:
            raise NotFound(f"no article has the tag {tag!r}")
        chosen += tagged
    if not chosen:
        raise NotFound("no article chosen: give article ids or a tag")
    return list(dict.fromkeys(chosen))


def article_tags(lib: Library) -> list[tuple[str, int]]:
    """Every article tag with how many articles carry it, for "export a whole tag"."""
    with lib.session() as db:
        rows = db.execute(
            "SELECT name, COUNT(DISTINCT target_id) FROM tags WHERE deleted = 0"
            " AND target_kind = 'article' GROUP BY name ORDER BY name"
        ).fetchall()
    return [(name, count) for name, count in rows]


def _keep(assertion, options: ReportOptions, worked_on: set[str]) -> bool:
    """``sourced`` spans are left out unless asked for, or unless the checker annotated
    them (a verdict, notes, evidence, tags): that work always belongs in the report."""
    if assertion.review is ReviewState.DISMISSED and not options.include_dismissed:
        return False
    return (
        assertion.category is not Category.SOURCED
        or options.include_sourced
        or assertion.id in worked_on
    )


def build_report(
    lib: Library,
    article_ids: Sequence[str],
    options: ReportOptions = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Report:
    references: dict[str, tuple[int, Reference]] = {}
    articles: list[ArticleReport] = []
    for done, article_id in enumerate(article_ids):
        if cancel and cancel():
            raise ExportCancelled("export cancelled")
        article = get_article(lib, article_id)
        items: list[AssertionItem] = []
        with lib.session() as db:
            worked_on = assertion_store.annotated_ids(db, article.id)
            assertions = [
                a
                for a in assertion_store.list_for_article(db, article.id)
                if _keep(a, options, worked_on)
            ]
            all_notes = [
                n
                for n in store.notes_for(db, article_id=article.id)
                if options.include_private or not n.private
            ]
            for number, a in enumerate(assertions, 1):
                evidence = []
                for ev in store.evidence_for(db, assertion_id=a.id):
                    if ev.reference_id not in references:
                        ref = store.get_reference(db, ev.reference_id)
                        if ref is None:
                            continue
                        references[ref.id] = (len(references) + 1, ref)
                    n, ref = references[ev.reference_id]
                    evidence.append(EvidenceItem(ev, ref, n))
                items.append(
                    AssertionItem(
                        number=number,
                        assertion=a,
                        notes=tuple(n for n in all_notes if n.assertion_id == a.id),
                        evidence=tuple(evidence),
                        verdict=store.verdict_for(db, a.id),
                        tags=tuple(t.name for t in store.tags_for(db, "assertion", a.id)),
                    )
                )
            tags = tuple(t.name for t in store.tags_for(db, "article", article.id))
        articles.append(
            ArticleReport(
                article,
                tuple(items),
                notes=tuple(n for n in all_notes if n.assertion_id is None),
                tags=tags,
            )
        )
        if progress:
            progress(done + 1, len(article_ids) + 1)
    with lib.session() as db:
        library_id = get_meta(db, "library_id")
    return Report(
        articles=tuple(articles),
        references=tuple(ref for _, ref in sorted(references.values(), key=lambda x: x[0])),
        options=options,
        generated_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        checker=lib.settings.user_name,
        organisation=lib.settings.organisation,
        library_id=library_id,
        library_name=lib.path.name if lib.path else "(in memory)",
        verdict_scheme=lib.settings.verdict_scheme,
    )


def export_articles(
    lib: Library,
    article_ids: Sequence[str],
    fmt: ExportFormat | str,
    out: Path | str,
    options: ReportOptions = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Write one report file for the articles; raises ``NotFound``/``ExportCancelled``."""
    fmt = ExportFormat(fmt)
    report = build_report(lib, article_ids, options, progress, cancel)
    if cancel and cancel():
        raise ExportCancelled("export cancelled")
    path = write_report(report, fmt, Path(out))
    if progress:
        progress(len(article_ids) + 1, len(article_ids) + 1)
    items = [i for a in report.articles for i in a.items]
    return ExportResult(
        path, fmt, len(report.articles), len(items), sum(1 for i in items if i.verdict)
    )


# --- Web Annotation import -------------------------------------------------------


@dataclass(frozen=True)
class Orphan:
    """An annotation that could not be placed in the article, and why."""

    annotation_id: str | None
    quote: str
    reason: str


@dataclass(frozen=True)
class AnnotationImport:
    article_ids: tuple[str, ...]
    created_articles: tuple[str, ...]
    imported: int
    moved: int  # placed by quote and context because the positions no longer matched
    already_present: int
    orphans: tuple[Orphan, ...]
    warnings: tuple[str, ...]
    changes: Changes


def import_annotations(
    lib: Library, path: Path | str, article_id: str | None = None
) -> AnnotationImport:
    """Import a Web Annotation file (ours or another tool's) into the library.

    Without ``article_id`` the articles come from the file's embedded texts (reused when
    the same text is already in the library); with it, every annotation is placed in
    that article. Raises ``AnnotationFileError`` for files it cannot read.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise AnnotationFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        parsed = parse_annotation_file(data)
    except AnnotationFileError as exc:  # a message quoting a huge value stays one short line
        raise AnnotationFileError(neutral_text(" ".join(str(exc).split()), 300)) from exc
    target = get_article(lib, article_id) if article_id else None
    state = _ImportState(lib)
    with lib.session() as db, db.atomic():
        articles: dict[str, Article] = {}
        sources = [*parsed.articles, *(a.source for a in parsed.annotations)]
        for source in dict.fromkeys(sources):
            if target is not None:
                articles[source] = target
                continue
            record = parsed.articles.get(source)
            if record is None or record.text is None:
                raise AnnotationFileError(
                    f"the file does not include the text of {neutral_text(source, 80)}; import"
                    " the article "
                    "first and name it with --article ID"
                )
            articles[source] = state.article_for(db, record)
        for anno in parsed.annotations:
            state.add_annotation(db, articles[anno.source], anno)
        state.validate(db)
    used = tuple(dict.fromkeys(a.id for a in articles.values()))
    return AnnotationImport(
        article_ids=used,
        created_articles=tuple(state.created),
        imported=state.imported,
        moved=state.moved,
        already_present=state.present,
        orphans=tuple(state.orphans),
        warnings=tuple(state.warnings),
        changes=Changes(
            articles=frozenset(used),
            assertions=frozenset(state.assertion_ids),
            notes=frozenset(state.note_ids),
            references=frozenset(state.reference_ids),
            library=True,
        ),
    )


def _enum(kind: type[StrEnum], value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


class _ImportState:
    """Counters and the row-writing steps of one import, inside its transaction."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.created: list[str] = []
        self.imported = self.moved = self.present = 0
        self.orphans: list[Orphan] = []
        self.warnings: list[str] = []
        self.assertion_ids: set[str] = set()
        self.note_ids: set[str] = set()
        self.reference_ids: set[str] = set()

    def validate(self, db: Database) -> None:
        """The share-file rules over every row this import wrote; refuse the file otherwise."""
        for table, ids in (
            ("articles", self.created),
            ("assertions", self.assertion_ids),
            ("notes", self.note_ids),
            ("refs", self.reference_ids),
        ):
            problem = stored_rows_problem(db, table, ids)
            if problem:
                raise AnnotationFileError(f"the file cannot be imported: {problem}")

    def article_for(self, db: Database, record: ArticleRecord) -> Article:
        text = record.text or ""
        existing = article_store.find_by_hash(db, ingest.content_hash(text))
        if existing:
            found = article_store.get_article(db, existing)
            assert found is not None
            return found
        blocks = _blocks(record.blocks, len(text))
        parsed = ParsedArticle(
            title=record.title,
            text=text,
            blocks=blocks,
            url=record.url,
            byline=record.byline,
            outlet=record.outlet,
            published=record.published,
            source_name=record.source_name,
            source_format="annotations",
        )
        article = article_store.insert_article(
            db, parsed, ingest.content_hash(text), self.lib.author
        )
        self.created.append(article.id)
        for tag in record.tags:
            store.add_tag(db, "article", article.id, tag, self.lib.author)
        for note in record.notes:
            self._note(db, article.id, None, note)
        return article

    def add_annotation(self, db: Database, article: Article, anno: AnnotationRecord) -> None:
        place = locate(article.text, anno.exact, anno.prefix, anno.suffix, anno.start, anno.end)
        if place is None:
            self.orphans.append(
                Orphan(anno.id, anno.exact, f"the quote is not in “{article.title}” any more")
            )
            return
        if anno.id and get_row(db, "assertions", anno.id) is not None:
            self.present += 1
            return
        start, end = place
        if (start, end) != (anno.start, anno.end):
            self.moved += 1
        category = _enum(Category, anno.category, None)
        if category is None:
            self.warnings.append(
                f"“{anno.exact[:40]}”: unknown category {anno.category!r}, imported as "
                "unsourced_claim"
            )
            category = Category.UNSOURCED_CLAIM
        extra = anno.extra
        shift = start - anno.start if anno.start is not None else 0
        cue = extra.get("cue") if isinstance(extra.get("cue"), dict) else {}
        row = insert_row(
            db,
            "assertions",
            {
                "id": anno.id,
                "article_id": article.id,
                "category": str(category),
                **assertion_store.anchored_span(article.text, start, end),
                "origin": str(_enum(Origin, extra.get("origin"), Origin.MANUAL)),
                "explanation": anno.explanation,
                "rule": _text(extra.get("rule")),
                "confidence": _number(extra.get("confidence"), 1.0),
                "lang": _text(extra.get("lang")) or "",
                "cue_start": _shifted(cue.get("start"), shift, len(article.text)),
                "cue_end": _shifted(cue.get("end"), shift, len(article.text)),
                "source_text": _text(extra.get("speaker")),
                "detector_version": _text(extra.get("detectorVersion")),
                "review": str(_enum(ReviewState, extra.get("review"), ReviewState.ACCEPTED)),
                "dismiss_reason": _text(extra.get("dismissReason")),
                "status": str(_enum(CheckStatus, extra.get("status"), CheckStatus.OPEN)),
                "created_at": anno.created,
                "author": anno.creator,
            },
            self.lib.author,
        )
        assertion_id = row["id"]
        self.imported += 1
        self.assertion_ids.add(assertion_id)
        for note in anno.notes:
            self._note(db, article.id, assertion_id, note)
        for link in anno.links:
            self._link(db, assertion_id, link)
        if anno.verdict is not None:
            rating = _text(anno.verdict.get("value")) or ""
            if rating not in self.lib.settings.verdict_scheme:
                self.warnings.append(f"verdict {rating!r} is not in your verdict scheme")
            store.set_verdict(
                db,
                assertion_id,
                rating,
                _text(fc_property(anno.verdict, "explanation")) or "",
                _agent(anno.verdict.get("creator")) or self.lib.author,
            )
        for tag in anno.tags:
            store.add_tag(db, "assertion", assertion_id, tag, self.lib.author)

    def _note(self, db: Database, article_id: str, assertion_id: str | None, body: dict) -> None:
        note_id = _uuid(body.get("id"))
        if note_id and get_row(db, "notes", note_id) is not None:
            return
        note = store.add_note(
            db,
            article_id,
            assertion_id,
            _text(body.get("value")) or "",
            _agent(body.get("creator")) or self.lib.author,
            private=fc_property(body, "private") is True,
            note_id=note_id,
        )
        self.note_ids.add(note.id)

    def _link(self, db: Database, assertion_id: str, link: dict) -> None:
        source = link.get("source")
        if isinstance(source, str):
            source = {"id": source}
        if not isinstance(source, dict):
            self.warnings.append("a linking body without a source was skipped")
            return
        iri = _text(source.get("id")) or ""
        ref_id = _text(fc_property(source, "referenceId")) or _uuid(iri)
        ref = store.get_reference(db, ref_id) if ref_id else None
        if ref is None:
            ref = store.add_reference(
                db,
                _text(source.get("title")) or iri or "Untitled reference",
                self.lib.author,
                url=iri if iri and not iri.startswith("urn:") else None,
                publisher=_text(fc_property(source, "publisher")),
                published=_text(fc_property(source, "published")),
                accessed=_text(fc_property(source, "accessed")),
                kind=_enum(ReferenceKind, fc_property(source, "kind"), ReferenceKind.OTHER),
                reference_id=ref_id if ref_id and get_row(db, "refs", ref_id) is None else None,
            )
            self.reference_ids.add(ref.id)
        evidence_id = _uuid(link.get("id"))
        if evidence_id and get_row(db, "evidence", evidence_id) is not None:
            evidence_id = None
        relation = _enum(Relation, fc_property(link, "relation"), None)
        if relation is None:
            self.warnings.append(f"link to “{ref.title}” has no known relation; kept as context")
            relation = Relation.CONTEXT
        store.link_evidence(
            db,
            assertion_id,
            ref.id,
            relation,
            _agent(link.get("creator")) or self.lib.author,
            _text(fc_property(link, "quote")) or "",
            _text(fc_property(link, "locator")) or "",
            evidence_id=evidence_id,
        )


def _blocks(raw: tuple[dict[str, Any], ...], length: int) -> tuple[Block, ...]:
    """Blocks from the file when they are sane; else one paragraph over the whole text."""
    blocks = []
    for b in raw:
        kind = _enum(BlockKind, b.get("kind"), None)
        start, end = b.get("start"), b.get("end")
        if kind is None or not isinstance(start, int) or not isinstance(end, int):
            break
        if not 0 <= start <= end <= length or (blocks and start < blocks[-1].end):
            break
        blocks.append(Block(kind, start, end, _text(b.get("lang")) or ""))
    else:
        if blocks:
            return tuple(blocks)
    return (Block(BlockKind.PARAGRAPH, 0, length, ""),)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _number(value: Any, default: float) -> float:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    return float(value) if ok and 0 <= value <= 1 else default


def _shifted(value: Any, shift: int, length: int) -> int | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    moved = value + shift
    return moved if 0 <= moved <= length else None


def _uuid(value: Any) -> str | None:
    if isinstance(value, str) and value.startswith("urn:uuid:"):
        return value.removeprefix("urn:uuid:") or None
    return None


def _agent(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)
