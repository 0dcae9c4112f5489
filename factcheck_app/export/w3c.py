"""W3C Web Annotation JSON-LD: one ``AnnotationCollection``, one annotation per assertion.

Targets carry both a ``TextQuoteSelector`` (survives edits to the article) and a
``TextPositionSelector`` (exact, in code points); ``target.source`` is the article's URL
when it has one. The collection also embeds each article's canonical text under
``fc:articles``, so the file alone can recreate the work in an empty library; properties
outside the Web Annotation vocabulary use the ``fc:`` prefix declared in the context,
which other annotation tools ignore.

Every row keeps its id, author, rev and timestamps (``fc:rev``, ``created``,
``modified``), so a colleague who imports the file and later shares their library back
produces no duplicates and no conflicts. Notes are Markdown (``text/markdown``); findings
of the detector name the detector as ``generator`` and ``creator`` (Software), the person
who ran it as ``fc:author``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from factcheck_app import __version__
from factcheck_app.explanations import explain
from factcheck_app.export.model import ArticleReport, AssertionItem, Report, TagRef
from factcheck_app.models import Origin, Reference
from factcheck_app.urlpolicy import safe_link

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FC_NAMESPACE = "urn:factcheck:vocab:"
#: ``fc:blocks`` and ``fc:cue`` are JSON values, kept whole by JSON-LD processors.
FC_CONTEXT: dict[str, Any] = {
    "fc": FC_NAMESPACE,
    "fc:blocks": {"@type": "@json"},
    "fc:cue": {"@type": "@json"},
}
CONTEXT: list[Any] = [ANNO_CONTEXT, FC_CONTEXT]
COLLECTION_FORMAT = "factcheck-annotations"
COLLECTION_VERSION = 2
NOTE_FORMAT = "text/markdown"


def article_iri(article_id: str) -> str:
    return f"urn:factcheck:article:{article_id}"


def _person(name: str) -> dict[str, str]:
    return {"type": "Person", "name": name}


def _software(version: str | None) -> dict[str, str]:
    name = f"factcheck detector {version}" if version else "factcheck detector"
    return {"type": "Software", "name": name}


def _versioned(report: Report, row_id: str, obj: dict[str, Any]) -> dict[str, Any]:
    """Add ``fc:rev`` and ``modified`` as stored, so an import keeps the same version."""
    rev, updated = report.revisions.get(row_id, ("", ""))
    if rev:
        obj["fc:rev"] = rev
    if updated:
        obj["modified"] = updated
    return obj


def _reference_resource(report: Report, ref: Reference) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "id": safe_link(ref.url) or f"urn:uuid:{ref.id}",
        "fc:referenceId": ref.id,
        "dcterms:title": ref.title,
        "fc:kind": str(ref.kind),
        "creator": _person(ref.author),
        "created": ref.created_at,
    }
    for key, value in (
        ("fc:publisher", ref.publisher),
        ("fc:published", ref.published),
        ("fc:accessed", ref.accessed),
    ):
        if value:
            resource[key] = value
    return _versioned(report, ref.id, resource)


def _tag_body(report: Report, tag: TagRef) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": f"urn:uuid:{tag.id}",
        "type": "TextualBody",
        "purpose": "tagging",
        "value": tag.name,
        "format": "text/plain",
    }
    if tag.author:
        body["creator"] = _person(tag.author)
    return _versioned(report, tag.id, body)


def _bodies(report: Report, item: AssertionItem) -> list[dict[str, Any]]:
    a = item.assertion
    bodies: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "purpose": "classifying",
            "value": str(a.category),
            "format": "text/plain",
        }
    ]
    why = explain(a, report.options.lang)
    if why:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": why,
                "format": "text/plain",
            }
        )
    for note in item.notes:
        bodies.append(
            _versioned(
                report,
                note.id,
                {
                    "id": f"urn:uuid:{note.id}",
                    "type": "TextualBody",
                    "purpose": "commenting",
                    "value": note.body,
                    "format": NOTE_FORMAT,
                    "creator": _person(note.author),
                    "created": note.created_at,
                    "fc:private": note.private,
                },
            )
        )
    for ev in item.evidence:
        link: dict[str, Any] = {
            "id": f"urn:uuid:{ev.evidence.id}",
            "type": "SpecificResource",
            "purpose": "linking",
            "source": _reference_resource(report, ev.reference),
            "fc:relation": str(ev.evidence.relation),
            "creator": _person(ev.evidence.author),
            "created": ev.evidence.created_at,
        }
        if ev.evidence.quote:
            link["fc:quote"] = ev.evidence.quote
        if ev.evidence.locator:
            link["fc:locator"] = ev.evidence.locator
        bodies.append(_versioned(report, ev.evidence.id, link))
    if item.verdict:
        v = item.verdict
        bodies.append(
            _versioned(
                report,
                v.id,
                {
                    "id": f"urn:uuid:{v.id}",
                    "type": "TextualBody",
                    "purpose": "assessing",
                    "value": v.rating,
                    "format": "text/plain",
                    "fc:explanation": v.explanation,
                    "fc:claimSummary": v.claim_summary,
                    "creator": _person(v.author),
                    "created": v.created_at,
                },
            )
        )
    refs = item.tag_refs or tuple(TagRef("", name) for name in item.tags)
    for tag in refs:
        body = _tag_body(report, tag)
        if not tag.id:
            body.pop("id")
        bodies.append(body)
    return bodies


def annotation(report: Report, ar: ArticleReport, item: AssertionItem, source: str) -> dict:
    a = item.assertion
    detected = a.origin is Origin.DETECTOR
    anno: dict[str, Any] = {
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "assessing" if item.verdict else "classifying",
        "creator": _software(a.detector_version) if detected else _person(a.author),
        "created": a.created_at,
        "body": _bodies(report, item),
        "target": {
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": a.quote,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                },
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        },
        "fc:number": item.number,
        "fc:author": a.author,
        "fc:origin": str(a.origin),
        "fc:status": str(a.status),
        "fc:confidence": a.confidence,
    }
    if detected:
        anno["generator"] = _software(a.detector_version)
    for key, value in (
        ("fc:dismissReason", a.dismiss_reason),
        ("fc:rule", a.rule),
        ("fc:explainKey", a.explain_key),
        ("fc:explainParams", a.explain_params),
        ("fc:lang", a.lang),
        ("fc:speaker", a.source_text),
        ("fc:detectorVersion", a.detector_version),
    ):
        if value:
            anno[key] = value
    if a.cue_start is not None and a.cue_end is not None:
        anno["fc:cue"] = {"start": a.cue_start, "end": a.cue_end}
    return _versioned(report, a.id, anno)


def _article_record(report: Report, ar: ArticleReport, source: str) -> dict[str, Any]:
    a = ar.article
    record: dict[str, Any] = {
        "id": source,
        "type": "Text",
        "format": "text/plain",
        "dcterms:title": a.title,
        "language": list(a.languages),
        "creator": _person(a.author),
        "created": a.created_at,
        "fc:articleId": a.id,
        "fc:sourceFormat": a.source_format,
        "fc:text": a.text,
        "fc:blocks": [
            {"kind": str(b.kind), "start": b.start, "end": b.end, "lang": b.lang} for b in a.blocks
        ],
        "fc:tags": [t.name for t in ar.tag_refs] or list(ar.tags),
        "fc:tagBodies": [_tag_body(report, t) for t in ar.tag_refs],
        "fc:notes": [
            _versioned(
                report,
                n.id,
                {
                    "id": f"urn:uuid:{n.id}",
                    "value": n.body,
                    "format": NOTE_FORMAT,
                    "creator": _person(n.author),
                    "created": n.created_at,
                    "fc:private": n.private,
                },
            )
            for n in ar.notes
        ],
    }
    for key, value in (
        ("fc:url", a.url),
        ("fc:outlet", a.outlet),
        ("fc:byline", a.byline),
        ("fc:published", a.published),
        ("fc:sourceName", a.source_name),
    ):
        if value:
            record[key] = value
    return _versioned(report, a.id, record)


def _sources(report: Report) -> list[str]:
    """The target source of each article: its URL when it has one (and no other exported
    article shares it), else a ``urn:`` of its id."""
    urls = [ar.article.url for ar in report.articles]
    return [
        url if url and urls.count(url) == 1 else article_iri(ar.article.id)
        for ar, url in zip(report.articles, urls, strict=True)
    ]


def collection(report: Report) -> dict[str, Any]:
    sources = _sources(report)
    items = [
        annotation(report, ar, item, source)
        for ar, source in zip(report.articles, sources, strict=True)
        for item in ar.items
    ]
    collection_id = f"urn:uuid:{uuid.uuid4()}"
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": report.title,
        "total": len(items),
        "generator": {"type": "Software", "name": f"factcheck {__version__}"},
        "generated": report.generated_at,
        "fc:format": COLLECTION_FORMAT,
        "fc:version": COLLECTION_VERSION,
        "fc:articles": [
            _article_record(report, ar, source)
            for ar, source in zip(report.articles, sources, strict=True)
        ],
        "first": {
            "id": f"{collection_id}-page-1",
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }


def render_w3c(report: Report) -> str:
    return json.dumps(collection(report), ensure_ascii=False, indent=2) + "\n"
