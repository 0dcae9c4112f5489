"""W3C Web Annotation JSON-LD: one ``AnnotationCollection``, one annotation per assertion.

Targets carry both a ``TextQuoteSelector`` (survives edits to the article) and a
``TextPositionSelector`` (exact, in code points). The collection also embeds each
article's canonical text under ``fc:articles``, so the file alone can recreate the work
in an empty library; properties outside the Web Annotation vocabulary use the ``fc:``
prefix declared in the context, which other annotation tools ignore.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from factcheck_app import __version__
from factcheck_app.export.model import ArticleReport, AssertionItem, Report
from factcheck_app.models import Reference
from factcheck_app.urlpolicy import safe_link

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FC_NAMESPACE = "urn:factcheck:vocab:"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"fc": FC_NAMESPACE}]
COLLECTION_FORMAT = "factcheck-annotations"
COLLECTION_VERSION = 1


def article_iri(article_id: str) -> str:
    return f"urn:factcheck:article:{article_id}"


def _person(name: str) -> dict[str, str]:
    return {"type": "Person", "name": name}


def _reference_resource(ref: Reference) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "id": safe_link(ref.url) or f"urn:uuid:{ref.id}",
        "fc:referenceId": ref.id,
        "title": ref.title,
        "fc:kind": str(ref.kind),
    }
    for key, value in (
        ("fc:publisher", ref.publisher),
        ("fc:published", ref.published),
        ("fc:accessed", ref.accessed),
    ):
        if value:
            resource[key] = value
    return resource


def _bodies(item: AssertionItem) -> list[dict[str, Any]]:
    a = item.assertion
    bodies: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "purpose": "classifying",
            "value": str(a.category),
            "format": "text/plain",
        }
    ]
    if a.explanation:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": a.explanation,
                "format": "text/plain",
            }
        )
    for note in item.notes:
        bodies.append(
            {
                "id": f"urn:uuid:{note.id}",
                "type": "TextualBody",
                "purpose": "commenting",
                "value": note.body,
                "format": "text/plain",
                "creator": _person(note.author),
                "created": note.created_at,
                "modified": note.updated_at,
                "fc:private": note.private,
            }
        )
    for ev in item.evidence:
        link: dict[str, Any] = {
            "id": f"urn:uuid:{ev.evidence.id}",
            "type": "SpecificResource",
            "purpose": "linking",
            "source": _reference_resource(ev.reference),
            "fc:relation": str(ev.evidence.relation),
            "creator": _person(ev.evidence.author),
            "created": ev.evidence.created_at,
        }
        if ev.evidence.quote:
            link["fc:quote"] = ev.evidence.quote
        if ev.evidence.locator:
            link["fc:locator"] = ev.evidence.locator
        bodies.append(link)
    if item.verdict:
        v = item.verdict
        bodies.append(
            {
                "id": f"urn:uuid:{v.id}",
                "type": "TextualBody",
                "purpose": "assessing",
                "value": v.rating,
                "format": "text/plain",
                "fc:explanation": v.explanation,
                "creator": _person(v.author),
                "created": v.created_at,
                "modified": v.updated_at,
            }
        )
    bodies.extend(
        {"type": "TextualBody", "purpose": "tagging", "value": tag, "format": "text/plain"}
        for tag in item.tags
    )
    return bodies


def annotation(ar: ArticleReport, item: AssertionItem) -> dict[str, Any]:
    a = item.assertion
    anno: dict[str, Any] = {
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "assessing" if item.verdict else "classifying",
        "creator": _person(a.author),
        "created": a.created_at,
        "modified": a.updated_at,
        "body": _bodies(item),
        "target": {
            "source": article_iri(ar.article.id),
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
        "fc:origin": str(a.origin),
        "fc:review": str(a.review),
        "fc:status": str(a.status),
        "fc:confidence": a.confidence,
    }
    for key, value in (
        ("fc:dismissReason", a.dismiss_reason),
        ("fc:rule", a.rule),
        ("fc:lang", a.lang),
        ("fc:speaker", a.source_text),
        ("fc:detectorVersion", a.detector_version),
    ):
        if value:
            anno[key] = value
    if a.cue_start is not None and a.cue_end is not None:
        anno["fc:cue"] = {"start": a.cue_start, "end": a.cue_end}
    return anno


def _article_record(ar: ArticleReport) -> dict[str, Any]:
    a = ar.article
    record: dict[str, Any] = {
        "id": article_iri(a.id),
        "type": "Text",
        "format": "text/plain",
        "title": a.title,
        "language": list(a.languages),
        "fc:text": a.text,
        "fc:blocks": [
            {"kind": str(b.kind), "start": b.start, "end": b.end, "lang": b.lang} for b in a.blocks
        ],
        "fc:tags": list(ar.tags),
        "fc:notes": [
            {
                "id": f"urn:uuid:{n.id}",
                "value": n.body,
                "creator": _person(n.author),
                "created": n.created_at,
                "fc:private": n.private,
            }
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
    return record


def collection(report: Report) -> dict[str, Any]:
    items = [annotation(ar, item) for ar in report.articles for item in ar.items]
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
        "fc:articles": [_article_record(ar) for ar in report.articles],
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
