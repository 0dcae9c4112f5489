"""Exports, for the CLI and the export dialog alike (the Web Annotation import is in
``services.annotation_import`` and re-exported here).

``build_report`` is the single place where the export options are applied (which
assertions, which notes); every format renders the resulting ``Report``. Long work takes
``progress(done, total)`` and ``cancel() -> bool`` so the GUI can run it as a job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlite_utils import Database

from factcheck_app.errors import InputError
from factcheck_app.export.claimreview import SUMMARY_LIMIT, claim_summary, long_summaries
from factcheck_app.export.model import (
    ArticleReport,
    AssertionItem,
    ClaimEntry,
    EvidenceItem,
    ExportFormat,
    Report,
    ReportOptions,
    TagRef,
    group_claims,
)
from factcheck_app.export.render import write_report, write_split
from factcheck_app.i18n import N_
from factcheck_app.models import (
    Cancel,
    Category,
    Lifecycle,
    Progress,
    Reference,
)
from factcheck_app.services.annotation_import import (  # noqa: F401 - re-exported
    AnnotationImport,
    Fuzzy,
    Orphan,
    import_annotations,
)
from factcheck_app.services.articles import NotFound, get_article, resolve_id
from factcheck_app.services.library import Library
from factcheck_app.storage import annotations as store
from factcheck_app.storage import assertions as assertion_store
from factcheck_app.storage.db import get_meta

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
    warnings: tuple[str, ...] = ()


def select_articles(lib: Library, ids: Sequence[str] = (), tag: str | None = None) -> list[str]:
    """Full ids for the given ids/prefixes plus every article carrying ``tag``, no repeats."""
    chosen = [resolve_id(lib, i) for i in ids]
    if tag:
        with lib.session() as db:
            tagged = store.articles_with_tag(db, tag)
        if not tagged and not chosen:
            raise NotFound(N_("no article has the tag {tag}"), tag=repr(tag))
        chosen += tagged
    if not chosen:
        raise NotFound(N_("no article chosen: give article ids or a tag"))
    return list(dict.fromkeys(chosen))


def resolve_assertion_id(lib: Library, id_or_prefix: str) -> str:
    """A full assertion id from an id or a unique prefix (as ``list``/``show`` print)."""
    with lib.session() as db:
        ids = assertion_store.ids_with_prefix(db, id_or_prefix)
    if id_or_prefix in ids:
        return id_or_prefix
    if len(ids) != 1:
        if not ids:
            raise NotFound(N_("no assertion with id {id}"), id=repr(id_or_prefix))
        raise NotFound(
            N_("{count} assertions with id {id}; give more of the id"),
            count=len(ids),
            id=repr(id_or_prefix),
        )
    return ids[0]


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
    if assertion.status is Lifecycle.DISMISSED and not options.include_dismissed:
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
            raise ExportCancelled(N_("export cancelled"))
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
                        tag_refs=_tag_refs(db, "assertion", a.id),
                    )
                )
            tags = tuple(t.name for t in store.tags_for(db, "article", article.id))
            article_tags = _tag_refs(db, "article", article.id)
        numbered, claims = _number_claims(items)
        articles.append(
            ArticleReport(
                article,
                numbered,
                notes=tuple(n for n in all_notes if n.assertion_id is None),
                tags=tags,
                claims=claims,
                tag_refs=article_tags,
            )
        )
        if progress:
            progress(done + 1, len(article_ids) + 1)
    with lib.session() as db:
        library_id = get_meta(db, "library_id")
        revisions = _revisions(db, articles, references)
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
        revisions=revisions,
    )


def _tag_refs(db: Database, kind: str, target_id: str) -> tuple[TagRef, ...]:
    rows = db.execute(
        "SELECT id, name, author FROM tags WHERE target_kind = ? AND target_id = ?"
        " AND deleted = 0 ORDER BY name",
        [kind, target_id],
    ).fetchall()
    return tuple(TagRef(*row) for row in rows)


def _revisions(
    db: Database, articles: list[ArticleReport], references: dict[str, tuple[int, Reference]]
) -> dict[str, tuple[str, str]]:
    """(rev, updated_at) of every row the report holds, read in one query per table."""
    wanted: dict[str, set[str]] = {t: set() for t in ("articles", "assertions", "notes")}
    wanted.update({t: set() for t in ("evidence", "verdicts", "tags")})
    wanted["refs"] = set(references)
    for ar in articles:
        wanted["articles"].add(ar.article.id)
        wanted["notes"].update(n.id for n in ar.notes)
        wanted["tags"].update(t.id for t in ar.tag_refs)
        for item in ar.items:
            wanted["assertions"].add(item.assertion.id)
            wanted["notes"].update(n.id for n in item.notes)
            wanted["evidence"].update(e.evidence.id for e in item.evidence)
            wanted["tags"].update(t.id for t in item.tag_refs)
            if item.verdict:
                wanted["verdicts"].add(item.verdict.id)
    found: dict[str, tuple[str, str]] = {}
    for table, ids in wanted.items():
        chunk = sorted(ids)
        for start in range(0, len(chunk), 500):
            part = chunk[start : start + 500]
            marks = ",".join("?" * len(part))
            for row_id, rev, updated in db.execute(
                f"SELECT id, rev, updated_at FROM [{table}] WHERE id IN ({marks})", part
            ):
                found[row_id] = (rev, updated)
    packed = assertion_store.untouched(db, wanted["assertions"] - found.keys())
    found.update((i, (r["rev"], r["updated_at"])) for i, r in packed.items())
    return found


def _number_claims(
    items: Sequence[AssertionItem],
) -> tuple[tuple[AssertionItem, ...], tuple[ClaimEntry, ...]]:
    """Group overlapping findings into claims numbered in text order; every finding takes
    its claim's number, so the article's markers and the entries agree."""
    numbered: list[AssertionItem] = []
    claims: list[ClaimEntry] = []
    for number, group in enumerate(group_claims(tuple(items)), 1):
        members = tuple(replace(i, number=number) for i in group)
        numbered.extend(members)
        claims.append(
            ClaimEntry(
                number,
                members,
                min(i.assertion.start for i in members),
                max(i.assertion.end for i in members),
            )
        )
    numbered.sort(key=lambda i: (i.number, i.assertion.start, i.assertion.end))
    return tuple(numbered), tuple(claims)


def publishing_options(lib: Library, fmt: ExportFormat, options: ReportOptions) -> ReportOptions:
    """Fill the publishing fields from Settings and refuse a ClaimReview that could not be
    published: every review needs the public address it will have."""
    base = (options.base_url or lib.settings.publish_base_url).strip()
    org_url = (options.organisation_url or lib.settings.organisation_url).strip()
    for template, value in (
        (N_("the base URL must start with https:// or http://, not {value}"), base),
        (N_("the organisation URL must start with https:// or http://, not {value}"), org_url),
    ):
        if value and urlsplit(value).scheme not in ("http", "https"):
            raise InputError(template, value=repr(value))
    if fmt is ExportFormat.CLAIMREVIEW and not base:
        raise InputError(
            N_(
                "ClaimReview needs the address where the report will be published: give "
                "--base-url https://… or set it in Settings"
            )
        )
    return replace(options, base_url=base, organisation_url=org_url)


def export_articles(
    lib: Library,
    article_ids: Sequence[str],
    fmt: ExportFormat | str,
    out: Path | str,
    options: ReportOptions = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Write one report file (a folder of files for split ClaimReview) for the articles;
    raises ``NotFound``/``InputError``/``ExportCancelled``."""
    fmt = ExportFormat(fmt)
    options = publishing_options(lib, fmt, options)
    report = build_report(lib, article_ids, options, progress, cancel)
    if cancel and cancel():
        raise ExportCancelled(N_("export cancelled"))
    if fmt is ExportFormat.CLAIMREVIEW and options.split:
        path = write_split(report, Path(out))
    else:
        path = write_report(report, fmt, Path(out))
    if progress:
        progress(len(article_ids) + 1, len(article_ids) + 1)
    items = [i for a in report.articles for i in a.items]
    warnings: list[str] = []
    if fmt is ExportFormat.CLAIMREVIEW or (fmt is ExportFormat.HTML and options.base_url):
        warnings += [
            f"the claim summary of “{text[:40]}…” has {len(text)} characters; search engines "
            f"show at most {SUMMARY_LIMIT}: give a shorter one (factcheck verdict "
            f"{item.assertion.id[:8]} --summary …, or in the verdict editor)"
            for item, text in long_summaries(report)
        ]
    return ExportResult(
        path,
        fmt,
        len(report.articles),
        len(items),
        sum(1 for i in items if i.verdict),
        tuple(warnings),
    )


def claim_summary_defaults(lib: Library, article_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """(assertion id, verdict, summary: the stored one, else the quote) of every assertion
    with a verdict, for the export dialog's claim summary table."""
    report = build_report(lib, article_ids)
    return [
        (item.assertion.id, item.verdict.rating, claim_summary(report, item))
        for ar in report.articles
        for item in ar.items
        if item.verdict is not None
    ]
