"""The factcheck-report JSON format (documented in docs/export-format.md).

It is the lossless export: everything about the exported articles, so another tool (or a
later version of this one) can read the work without the SQLite file. The top-level
``format``/``version`` pair lets readers refuse what they do not understand.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck_app import __version__
from factcheck_app.explanations import explain
from factcheck_app.export.model import ArticleReport, AssertionItem, Report
from factcheck_app.models import Article, Assertion, Evidence, Note, Reference, Verdict

FORMAT_NAME = "factcheck-report"
FORMAT_VERSION = 2  # 2: lifecycle `status` (to_check/in_progress/checked/dismissed), no `review`


def _stamp(obj: Any) -> dict[str, Any]:
    return {"created_at": obj.created_at, "updated_at": obj.updated_at, "author": obj.author}


def article_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "url": a.url,
        "byline": a.byline,
        "outlet": a.outlet,
        "published": a.published,
        "source_name": a.source_name,
        "source_format": a.source_format,
        "languages": list(a.languages),
        "content_hash": a.content_hash,
        "text": a.text,
        "blocks": [
            {"kind": str(b.kind), "start": b.start, "end": b.end, "lang": b.lang}
            | ({"page": b.page} if b.page else {})
            for b in a.blocks
        ],
        "modified": a.modified,
        "origin": origin_json(a),
        **_stamp(a),
    }


def origin_json(a: Article) -> dict[str, Any]:
    """Where the article came from and which bytes were received (provenance)."""
    p = a.provenance
    return {
        "file_name": a.source_name,
        "requested_url": p.requested_url,
        "final_url": p.final_url,
        "redirects": list(p.redirects),
        "fetched_at": p.fetched_at,
        "http_status": p.http_status,
        "content_type": p.content_type,
        "sha256": p.original_sha256,
        "size": p.original_size,
        "archived_copies": [
            {"filename": s.filename, "mime": s.mime, "size": s.size, "sha256": s.sha256}
            for s in a.snapshots
        ],
    }


def note_json(n: Note) -> dict[str, Any]:
    return {"id": n.id, "body": n.body, "private": n.private, **_stamp(n)}


def verdict_json(v: Verdict) -> dict[str, Any]:
    return {
        "id": v.id,
        "rating": v.rating,
        "explanation": v.explanation,
        "claim_summary": v.claim_summary,
        **_stamp(v),
    }


def evidence_json(e: Evidence) -> dict[str, Any]:
    return {
        "id": e.id,
        "reference_id": e.reference_id,
        "relation": str(e.relation),
        "quote": e.quote,
        "locator": e.locator,
        **_stamp(e),
    }


def reference_json(r: Reference) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "url": r.url,
        "publisher": r.publisher,
        "published": r.published,
        "accessed": r.accessed,
        "kind": str(r.kind),
        "snapshots": [
            {"filename": s.filename, "mime": s.mime, "size": s.size, "sha256": s.sha256}
            for s in r.snapshots
        ],
        **_stamp(r),
    }


def assertion_json(a: Assertion, lang: str = "en") -> dict[str, Any]:
    """An assertion as JSON; ``explanation`` in ``lang``, with the stored key and parameters
    it renders from (so a reader can render it in another language)."""
    return {
        "id": a.id,
        "category": str(a.category),
        "start": a.start,
        "end": a.end,
        "quote": a.quote,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "origin": str(a.origin),
        "explanation": explain(a, lang),
        "explain_key": a.explain_key,
        "explain_params": a.explain_params,
        "rule": a.rule,
        "confidence": a.confidence,
        "lang": a.lang,
        "cue_start": a.cue_start,
        "cue_end": a.cue_end,
        "source_text": a.source_text,
        "detector_version": a.detector_version,
        "dismiss_reason": a.dismiss_reason,
        "status": str(a.status),
        **_stamp(a),
    }


def _item_json(item: AssertionItem, lang: str) -> dict[str, Any]:
    return {
        "number": item.number,
        **assertion_json(item.assertion, lang),
        "tags": list(item.tags),
        "notes": [note_json(n) for n in item.notes],
        "evidence": [evidence_json(e.evidence) for e in item.evidence],
        "verdict": verdict_json(item.verdict) if item.verdict else None,
    }


def _article_report_json(ar: ArticleReport, lang: str) -> dict[str, Any]:
    return {
        **article_json(ar.article),
        "tags": list(ar.tags),
        "notes": [note_json(n) for n in ar.notes],
        "assertions": [_item_json(i, lang) for i in ar.items],
    }


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generator": f"factcheck {__version__}",
        "generated_at": report.generated_at,
        "library": {"id": report.library_id, "name": report.library_name},
        "checker": report.checker,
        "organisation": report.organisation,
        "verdict_scheme": list(report.verdict_scheme),
        "options": {
            "include_dismissed": report.options.include_dismissed,
            "include_sourced": report.options.include_sourced,
            "include_private": report.options.include_private,
        },
        "articles": [_article_report_json(a, report.options.lang) for a in report.articles],
        "references": [reference_json(r) for r in report.references],
    }


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
