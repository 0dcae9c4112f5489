"""Import a W3C Web Annotation file (ours or another tool's) into the library.

Rows keep what the file says about them: ids, authors, timestamps and revs, so work sent
to a colleague as Web Annotations and merged back from their library arrives as the same
rows (no duplicates, no conflicts). Another tool's annotations get stable ids (uuid5 of
their IRI), so importing the same file twice adds nothing. Everything is checked by type
and range; the one transaction writes all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from factcheck_app import ingest
from factcheck_app.cards import legacy_lifecycle
from factcheck_app.explanations import render_stored
from factcheck_app.export.anchoring import locate
from factcheck_app.export.w3c_import import (
    AnnotationFileError,
    AnnotationRecord,
    ArticleRecord,
    fc_property,
    local_id,
    parse_annotation_file,
    row_version,
)
from factcheck_app.i18n import N_
from factcheck_app.models import (
    Article,
    Block,
    BlockKind,
    Category,
    Changes,
    Lifecycle,
    Origin,
    ParsedArticle,
    ReferenceKind,
    Relation,
)
from factcheck_app.services.articles import get_article
from factcheck_app.services.library import Library
from factcheck_app.storage import annotations as store
from factcheck_app.storage import articles as article_store
from factcheck_app.storage import assertions as assertion_store
from factcheck_app.storage.rows import get_row, insert_row
from factcheck_app.storage.validate import revision_mark, rows_written_since
from factcheck_app.urlpolicy import neutral_text


@dataclass(frozen=True)
class Orphan:
    """An annotation that could not be placed in the article, and why."""

    annotation_id: str | None
    quote: str
    reason: str


@dataclass(frozen=True)
class Fuzzy:
    """An annotation whose quote was edited and was placed by similarity."""

    quote: str
    placed: str
    confidence: float  # 0..1


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
    fuzzy: tuple[Fuzzy, ...] = ()


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
        raise AnnotationFileError(
            N_("cannot read {path}: {why}"), path=path, why=exc.strerror or exc
        ) from exc
    try:
        parsed = parse_annotation_file(data)
    except AnnotationFileError as exc:  # a message quoting a huge value stays one short line
        short = {k: neutral_text(" ".join(str(v).split()), 200) for k, v in exc.params.items()}
        raise AnnotationFileError(exc.template, **short) from exc
    target = get_article(lib, article_id) if article_id else None
    state = _ImportState(lib)
    with lib.session() as db, db.atomic():
        mark = revision_mark(db)
        articles: dict[str | None, Article] = {}
        sources = [*parsed.articles, *(a.source for a in parsed.annotations)]
        for source in dict.fromkeys(sources):
            if target is not None:
                articles[source] = target
                continue
            record = parsed.articles.get(source) if source else None
            if source is None:
                raise AnnotationFileError(
                    N_(
                        "an annotation does not say which text it is about (no target source); "
                        "import the article first and name it with --article ID"
                    )
                )
            if record is None or record.text is None:
                raise AnnotationFileError(
                    N_(
                        "the file does not include the text of {source}; import"
                        " the article first and name it with --article ID"
                    ),
                    source=neutral_text(source, 80),
                )
            articles[source] = state.article_for(db, record)
        for anno in parsed.annotations:
            state.add_annotation(db, articles[anno.source], anno)
        problem = rows_written_since(db, mark)  # the share-file rules, before commit
        if problem:
            raise AnnotationFileError(N_("the file cannot be imported: {why}"), why=problem)
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
        fuzzy=tuple(state.fuzzy),
    )


def _enum(kind: type[StrEnum], value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


def _lifecycle(extra: dict[str, Any]) -> str:
    """The lifecycle state of an imported annotation (older files: review + status)."""
    review, status, origin = (_text(extra.get(k)) for k in ("review", "status", "origin"))
    state = legacy_lifecycle(review, status, origin)
    return _enum(Lifecycle, state, Lifecycle.TO_CHECK).value


def _kept(obj: dict[str, Any], creator: str | None, lib: Library) -> dict[str, Any]:
    """The bookkeeping a row keeps from the file: author, created, modified, rev."""
    rev, modified = row_version(obj)
    kept: dict[str, Any] = {"author": creator or lib.author}
    created = _text(obj.get("created"))
    if created:
        kept["created_at"] = created
    if rev and modified:
        kept.update(rev=rev, updated_at=modified)
    return kept


class _ImportState:
    """Counters and the row-writing steps of one import, inside its transaction."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.created: list[str] = []
        self.imported = self.moved = self.present = 0
        self.orphans: list[Orphan] = []
        self.warnings: list[str] = []
        self.fuzzy: list[Fuzzy] = []
        self.assertion_ids: set[str] = set()
        self.note_ids: set[str] = set()
        self.reference_ids: set[str] = set()
        # per article, its live findings by (start, end, category): listed once per
        # import, not once per annotation (a foreign file brings hundreds to one article)
        self.spans: dict[str, dict[tuple[int, int, str], str]] = {}

    def article_for(self, db: Database, record: ArticleRecord) -> Article:
        text = record.text or ""
        existing = article_store.find_by_hash(db, ingest.content_hash(text))
        same_id = get_row(db, "articles", record.article_id) if record.article_id else None
        if existing is None and same_id is not None and not same_id["deleted"]:
            existing = same_id["id"]  # the same article, its text since edited here
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
            source_format=record.source_format or "annotations",
        )
        keep: dict[str, str] = {"author": record.creator or self.lib.author}
        if record.article_id and same_id is None:
            keep["id"] = record.article_id
        if record.created:
            keep["created_at"] = record.created
        rev, modified = record.version
        if rev and modified:
            keep.update(rev=rev, updated_at=modified)
        article = article_store.insert_article(
            db, parsed, ingest.content_hash(text), self.lib.author, keep
        )
        self.created.append(article.id)
        for body in record.tag_bodies:
            self._tag(db, "article", article.id, body)
        if not record.tag_bodies:
            for tag in record.tags:
                store.add_tag(db, "article", article.id, tag, self.lib.author)
        for note in record.notes:
            self._note(db, article.id, None, note)
        return article

    def add_annotation(self, db: Database, article: Article, anno: AnnotationRecord) -> None:
        if anno.id and assertion_store.get_row_any(db, anno.id) is not None:
            self.present += 1
            self._attach(db, article.id, anno.id, anno, new=False)
            return
        place = locate(article.text, anno.exact, anno.prefix, anno.suffix, anno.start, anno.end)
        if place is None:
            self.orphans.append(
                Orphan(anno.id, anno.exact, f"the quote is not in “{article.title}” any more")
            )
            return
        start, end = place.start, place.end
        same = self._same_finding(db, article.id, start, end, anno)
        if same is not None:
            self.present += 1
            self._attach(db, article.id, same, anno, new=False)
            return
        if (start, end) != (anno.start, anno.end) and anno.start is not None:
            self.moved += 1
        if place.confidence < 1:
            self.fuzzy.append(Fuzzy(anno.exact, article.text[start:end], place.confidence))
        category = _enum(Category, anno.category, None)
        if category is None:
            if not anno.foreign or anno.category:
                self.warnings.append(
                    f"“{anno.exact[:40]}”: unknown category {anno.category!r}, imported as "
                    "unsourced_claim"
                )
            else:
                self.warnings.append(
                    f"“{anno.exact[:40]}”: another tool's annotation, imported as unsourced_claim"
                )
            category = Category.UNSOURCED_CLAIM
        extra = anno.extra
        shift = start - anno.start if anno.start is not None else 0
        raw_cue = extra.get("cue")
        cue: dict[str, Any] = raw_cue if isinstance(raw_cue, dict) else {}
        values: dict[str, Any] = {
            "id": anno.id,
            "article_id": article.id,
            "category": str(category),
            **assertion_store.anchored_span(article.text, start, end),
            "origin": str(_enum(Origin, extra.get("origin"), Origin.MANUAL)),
            **_explanation(anno.explanation, extra),
            "rule": _text(extra.get("rule")),
            "confidence": _number(extra.get("confidence"), 1.0),
            "lang": _text(extra.get("lang")) or "",
            "cue_start": _shifted(cue.get("start"), shift, len(article.text)),
            "cue_end": _shifted(cue.get("end"), shift, len(article.text)),
            "source_text": _text(extra.get("speaker")),
            "detector_version": _text(extra.get("detectorVersion")),
            # files written before the lifecycle carry fc:review + an older fc:status
            "status": _lifecycle(extra),
            "dismiss_reason": _text(extra.get("dismissReason")),
            "created_at": anno.created,
            "author": anno.creator,
        }
        if anno.rev and anno.modified and (start, end) == (anno.start, anno.end):
            values.update(rev=anno.rev, updated_at=anno.modified)  # unchanged: same version
        row = insert_row(db, "assertions", values, self.lib.author)
        if article.id in self.spans:  # a later annotation on the same words joins this one
            self.spans[article.id].setdefault((start, end, str(category)), row["id"])
        self.imported += 1
        self._attach(db, article.id, row["id"], anno, new=True)

    def _same_finding(
        self, db: Database, article_id: str, start: int, end: int, anno: AnnotationRecord
    ) -> str | None:
        """The library's live finding at exactly this span with this category, if any.

        Why: a finding's id can differ between the file and the library although it is the
        same finding: files exported before compact storage (m0015) name untouched findings
        by the ids they had then, and the library now derives them. Importing such a file
        must not put a second highlight on the same words; its notes join the one there."""
        category = _enum(Category, anno.category, None)
        if category is None:
            return None
        return self._spans_of(db, article_id).get((start, end, str(category)))

    def _spans_of(self, db: Database, article_id: str) -> dict[tuple[int, int, str], str]:
        spans = self.spans.get(article_id)
        if spans is None:
            spans = {}
            for found in assertion_store.list_for_article(db, article_id):
                spans.setdefault((found.start, found.end, str(found.category)), found.id)
            self.spans[article_id] = spans
        return spans

    def _attach(
        self, db: Database, article_id: str, assertion_id: str, anno: AnnotationRecord, new: bool
    ) -> None:
        """The annotation's notes, links, verdict and tags on ``assertion_id``.

        Each is skipped when the library already has it (same id, or the same tag name),
        so importing a file twice adds nothing, while a note a colleague added to a finding
        that is already here still arrives. A finding that already has a verdict keeps it:
        the file's rating is reported, never written over the checker's."""
        self.assertion_ids.add(assertion_id)
        for note in anno.notes:
            self._note(db, article_id, assertion_id, note)
        for link in anno.links:
            self._link(db, assertion_id, link)
        if anno.verdict is not None:
            held = None if new else store.verdict_for(db, assertion_id)
            if held is None:
                self._verdict(db, assertion_id, anno.verdict)
            elif (_text(anno.verdict.get("value")) or "") != held.rating:
                self.warnings.append(
                    f"“{anno.exact[:40]}”: kept your verdict “{held.rating}”; the file says "
                    f"“{_text(anno.verdict.get('value'))}”"
                )
        for body in anno.tag_bodies:
            self._tag(db, "assertion", assertion_id, body)

    def _verdict(self, db: Database, assertion_id: str, body: dict[str, Any]) -> None:
        rating = _text(body.get("value")) or ""
        if rating not in self.lib.settings.verdict_scheme:
            self.warnings.append(f"verdict {rating!r} is not in your verdict scheme")
        verdict_id = local_id(body.get("id"))
        if verdict_id is None or get_row(db, "verdicts", verdict_id) is not None:
            store.set_verdict(
                db,
                assertion_id,
                rating,
                _text(fc_property(body, "explanation")) or "",
                _agent(body.get("creator")) or self.lib.author,
                _text(fc_property(body, "claimSummary")),
            )
            return
        values = {
            "id": verdict_id,
            "assertion_id": assertion_id,
            "rating": rating,
            "explanation": _text(fc_property(body, "explanation")) or "",
            "claim_summary": " ".join((_text(fc_property(body, "claimSummary")) or "").split()),
            **_kept(body, _agent(body.get("creator")), self.lib),
        }
        insert_row(db, "verdicts", values, self.lib.author)

    def _tag(self, db: Database, kind: str, target_id: str, body: dict[str, Any]) -> None:
        name = (_text(body.get("value")) or "").strip()
        if not name:
            return
        tag_id = local_id(body.get("id"))
        exists = db.execute(
            "SELECT 1 FROM tags WHERE target_kind = ? AND target_id = ? AND name = ?"
            " AND deleted = 0",
            [kind, target_id, name],
        ).fetchone()
        if exists or (tag_id and get_row(db, "tags", tag_id) is not None):
            return
        if tag_id is None:
            store.add_tag(db, kind, target_id, name, self.lib.author)
            return
        values = {
            "id": tag_id,
            "target_kind": kind,
            "target_id": target_id,
            "name": name,
            **_kept(body, _agent(body.get("creator")), self.lib),
        }
        insert_row(db, "tags", values, self.lib.author)

    def _note(self, db: Database, article_id: str, assertion_id: str | None, body: dict) -> None:
        note_id = local_id(body.get("id"))
        if note_id and get_row(db, "notes", note_id) is not None:
            return
        values = {
            "id": note_id,
            "article_id": article_id,
            "assertion_id": assertion_id,
            "body": _text(body.get("value")) or "",
            "private": int(fc_property(body, "private") is True),
            **_kept(body, _agent(body.get("creator")), self.lib),
        }
        row = insert_row(db, "notes", values, self.lib.author)
        self.note_ids.add(row["id"])

    def _link(self, db: Database, assertion_id: str, link: dict) -> None:
        source = link.get("source")
        if isinstance(source, str):
            source = {"id": source}
        if not isinstance(source, dict):
            self.warnings.append("a linking body without a source was skipped")
            return
        iri = _text(source.get("id")) or ""
        given = fc_property(source, "referenceId")
        ref_id = local_id(f"urn:uuid:{given}") if _text(given) else local_id(iri)
        ref = store.get_reference(db, ref_id) if ref_id else None
        if ref is None:
            values = {
                "id": ref_id if ref_id and get_row(db, "refs", ref_id) is None else None,
                "title": _text(source.get("title")) or iri or "Untitled reference",
                "url": iri if iri and not iri.startswith("urn:") else None,
                "publisher": _text(fc_property(source, "publisher")),
                "published": _text(fc_property(source, "published")),
                "accessed": _text(fc_property(source, "accessed")),
                "kind": str(_enum(ReferenceKind, fc_property(source, "kind"), ReferenceKind.OTHER)),
                **_kept(source, _agent(source.get("creator")), self.lib),
            }
            row = insert_row(db, "refs", values, self.lib.author)
            ref = store.get_reference(db, row["id"])
            assert ref is not None
            self.reference_ids.add(ref.id)
        evidence_id = local_id(link.get("id"))
        if evidence_id and get_row(db, "evidence", evidence_id) is not None:
            return
        relation = _enum(Relation, fc_property(link, "relation"), None)
        if relation is None:
            self.warnings.append(f"link to “{ref.title}” has no known relation; kept as context")
            relation = Relation.CONTEXT
        values = {
            "id": evidence_id,
            "assertion_id": assertion_id,
            "reference_id": ref.id,
            "relation": str(relation),
            "quote": _text(fc_property(link, "quote")) or "",
            "locator": _text(fc_property(link, "locator")) or "",
            **_kept(link, _agent(link.get("creator")), self.lib),
        }
        insert_row(db, "evidence", values, self.lib.author)


def _blocks(raw: tuple[dict[str, Any], ...], length: int) -> tuple[Block, ...]:
    """Blocks from the file when they are sane; else one paragraph over the whole text."""
    blocks: list[Block] = []
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


def _agent(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        return _agent(value[0])
    return _text(value)


def _explanation(text: str, extra: dict[str, Any]) -> dict[str, Any]:
    """The stored explanation of an imported annotation: our own exports carry the rule key
    and parameters (``fc:explainKey``/``fc:explainParams``), rendered in any language again;
    the describing body (in the exporter's report language) is kept as English text then,
    like every analysed row, and as it is for other tools' annotations."""
    key, params = _text(extra.get("explainKey")), _text(extra.get("explainParams"))
    if not key:
        return {"explanation": text}
    return {
        "explanation": render_stored(key, params, "en"),
        "explain_key": key,
        "explain_params": params,
    }
