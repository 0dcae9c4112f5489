"""Read a Web Annotation file back: validate defensively, then re-anchor each quote.

The file may come from anyone, so nothing is trusted: every field is type-checked and a
malformed file raises ``AnnotationFileError`` with a message a person can act on. An
annotation is placed by its ``TextPositionSelector`` when the text there still equals
the quote; otherwise by searching the quote and scoring each occurrence by how much of
the recorded prefix and suffix still surround it. No match means an orphan, reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from factcheck_app.export.w3c import FC_NAMESPACE

MAX_FILE_BYTES = 200 * 1024 * 1024


class AnnotationFileError(ValueError):
    """The file is not a Web Annotation document this program can read."""


@dataclass(frozen=True)
class ArticleRecord:
    iri: str
    title: str
    text: str | None
    blocks: tuple[dict[str, Any], ...] = ()
    languages: tuple[str, ...] = ()
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    source_name: str | None = None
    tags: tuple[str, ...] = ()
    notes: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class AnnotationRecord:
    id: str | None
    source: str
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    creator: str
    created: str | None
    modified: str | None
    category: str | None
    explanation: str
    notes: tuple[dict[str, Any], ...]
    links: tuple[dict[str, Any], ...]
    verdict: dict[str, Any] | None
    tags: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)  # fc: properties, prefix dropped


@dataclass(frozen=True)
class AnnotationFile:
    articles: dict[str, ArticleRecord]
    annotations: tuple[AnnotationRecord, ...]


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _name(agent: Any) -> str:
    if isinstance(agent, dict):
        return _str(agent.get("name") or agent.get("nickname"))
    if isinstance(agent, list) and agent:
        return _name(agent[0])
    return _str(agent)


def fc_property(obj: dict[str, Any], key: str) -> Any:
    """A custom property, written compact (``fc:key``) or expanded (full IRI)."""
    return obj.get(f"fc:{key}", obj.get(FC_NAMESPACE + key))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _article(raw: Any) -> ArticleRecord | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None
    text = fc_property(raw, "text")
    return ArticleRecord(
        iri=raw["id"],
        title=_str(raw.get("title"), "Imported article"),
        text=text if isinstance(text, str) else None,
        blocks=tuple(b for b in _as_list(fc_property(raw, "blocks")) if isinstance(b, dict)),
        languages=tuple(x for x in _as_list(raw.get("language")) if isinstance(x, str)),
        url=_opt_str(fc_property(raw, "url")),
        outlet=_opt_str(fc_property(raw, "outlet")),
        byline=_opt_str(fc_property(raw, "byline")),
        published=_opt_str(fc_property(raw, "published")),
        source_name=_opt_str(fc_property(raw, "sourceName")),
        tags=tuple(t for t in _as_list(fc_property(raw, "tags")) if isinstance(t, str)),
        notes=tuple(n for n in _as_list(fc_property(raw, "notes")) if isinstance(n, dict)),
    )


def _target(raw: Any, where: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    target = _as_list(raw)[0] if _as_list(raw) else None
    if isinstance(target, str):
        raise AnnotationFileError(f"{where}: the target has no selector, so it cannot be placed")
    if not isinstance(target, dict):
        raise AnnotationFileError(f"{where}: no target")
    source = target.get("source")
    source = source.get("id") if isinstance(source, dict) else source
    if not isinstance(source, str):
        raise AnnotationFileError(f"{where}: the target has no source")
    quote: dict[str, Any] = {}
    position: dict[str, Any] = {}
    for sel in _as_list(target.get("selector")):
        if isinstance(sel, dict) and sel.get("type") == "TextQuoteSelector":
            quote = sel
        elif isinstance(sel, dict) and sel.get("type") == "TextPositionSelector":
            position = sel
    if not isinstance(quote.get("exact"), str) or not quote["exact"]:
        raise AnnotationFileError(f"{where}: no TextQuoteSelector with an exact quote")
    return source, quote, position


def _annotation(raw: Any, index: int) -> AnnotationRecord:
    where = f"annotation {index + 1}"
    if not isinstance(raw, dict) or raw.get("type") != "Annotation":
        raise AnnotationFileError(f"{where} is not an object of type Annotation")
    source, quote, position = _target(raw.get("target"), where)
    category, explanation, verdict = None, "", None
    notes: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    tags: list[str] = []
    for body in _as_list(raw.get("body")):
        if not isinstance(body, dict):
            continue
        purpose = body.get("purpose")
        value = _str(body.get("value"))
        if purpose == "classifying" and value:
            category = value
        elif purpose == "describing":
            explanation = value
        elif purpose == "commenting":
            notes.append(body)
        elif purpose == "linking":
            links.append(body)
        elif purpose == "assessing" and value:
            verdict = body
        elif purpose == "tagging" and value:
            tags.append(value)
    extra = {
        k.removeprefix("fc:").removeprefix(FC_NAMESPACE): v
        for k, v in raw.items()
        if k.startswith(("fc:", FC_NAMESPACE))
    }
    anno_id = _str(raw.get("id"))
    return AnnotationRecord(
        id=anno_id.removeprefix("urn:uuid:") if anno_id.startswith("urn:uuid:") else None,
        source=source,
        exact=quote["exact"],
        prefix=_str(quote.get("prefix")),
        suffix=_str(quote.get("suffix")),
        start=_int(position.get("start")),
        end=_int(position.get("end")),
        creator=_name(raw.get("creator")),
        created=_opt_str(raw.get("created")),
        modified=_opt_str(raw.get("modified")),
        category=category,
        explanation=explanation,
        notes=tuple(notes),
        links=tuple(links),
        verdict=verdict,
        tags=tuple(tags),
        extra=extra,
    )


def _items(doc: Any) -> list[Any]:
    """Annotations from a collection, a page, a list, or a single annotation."""
    if isinstance(doc, list):
        return doc
    if not isinstance(doc, dict):
        raise AnnotationFileError("the file is not a JSON object or list")
    kind = doc.get("type")
    if kind == "Annotation":
        return [doc]
    if kind == "AnnotationPage":
        return _as_list(doc.get("items"))
    if kind == "AnnotationCollection":
        items: list[Any] = []
        page = doc.get("first")
        seen = 0
        while isinstance(page, dict) and seen < 10_000:
            items += _as_list(page.get("items"))
            page = page.get("next")
            seen += 1
        return items
    raise AnnotationFileError(
        "not a Web Annotation file (expected type Annotation, AnnotationPage or "
        f"AnnotationCollection, found {kind!r})"
    )


def parse_annotation_file(data: bytes) -> AnnotationFile:
    if len(data) > MAX_FILE_BYTES:
        raise AnnotationFileError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise AnnotationFileError("the file is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise AnnotationFileError("the file is nested too deeply to be annotations") from exc
    raw_articles = fc_property(doc, "articles") if isinstance(doc, dict) else None
    articles = {r.iri: r for r in map(_article, _as_list(raw_articles)) if r is not None}
    annotations = tuple(_annotation(raw, i) for i, raw in enumerate(_items(doc)))
    return AnnotationFile(articles, annotations)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def locate(
    text: str, exact: str, prefix: str, suffix: str, start: int | None, end: int | None
) -> tuple[int, int] | None:
    """Where the quote is in ``text`` now, or None when it is gone."""
    if start is not None and end is not None and text[start:end] == exact:
        return start, end
    best: tuple[int, int, int] | None = None  # (score, -distance, position)
    pos = text.find(exact)
    while pos != -1:
        score = _common_suffix(text[max(0, pos - len(prefix)) : pos], prefix) + _common_prefix(
            text[pos + len(exact) : pos + len(exact) + len(suffix)], suffix
        )
        distance = abs(pos - start) if start is not None else 0
        candidate = (score, -distance, pos)
        if best is None or candidate > best:
            best = candidate
        pos = text.find(exact, pos + 1)
    return (best[2], best[2] + len(exact)) if best else None
