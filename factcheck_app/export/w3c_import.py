"""Read a Web Annotation file back: normalise, validate defensively, re-anchor each quote.

The file may come from anyone (this program, Hypothesis, Recogito, ...), so nothing is
trusted. It is first normalised with JSON-LD compaction (pyld) against the bundled Web
Annotation context, so full IRIs, prefixed names and other spellings of the same terms all
read the same; no context is ever fetched from the network. Then every field is
type-checked, and a malformed file raises ``AnnotationFileError`` with a message a person
can act on.

Ids: ours (``urn:uuid:``) are kept; another tool's ids become uuid5 of their IRI, so
importing the same file twice adds nothing. Placing: see :func:`locate`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from factcheck_app.errors import InputError
from factcheck_app.export.w3c import ANNO_CONTEXT, CONTEXT, FC_NAMESPACE
from factcheck_app.i18n import N_
from factcheck_app.paths import resource_path

MAX_FILE_BYTES = 200 * 1024 * 1024
#: Contexts other files name for the same vocabulary; all are served from the bundle.
KNOWN_CONTEXTS = frozenset(
    {ANNO_CONTEXT, "https://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/anno"}
)
#: Purposes of a body that is something a person wrote about the span: a note.
NOTE_PURPOSES = frozenset({"commenting", "replying", "questioning", "editing", "highlighting"})


class AnnotationFileError(InputError):
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
    article_id: str | None = None
    source_format: str | None = None
    creator: str = ""
    created: str | None = None
    version: tuple[str | None, str | None] = (None, None)  # (rev, modified)
    tag_bodies: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class AnnotationRecord:
    id: str | None
    source: str | None
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
    tag_bodies: tuple[dict[str, Any], ...] = ()
    rev: str | None = None
    foreign: bool = False  # written by another tool (no fc: properties)


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


def is_type(obj: Any, name: str) -> bool:
    """``"type": "X"`` or ``"type": ["X", ...]``."""
    return isinstance(obj, dict) and name in _as_list(obj.get("type"))


def local_id(value: Any) -> str | None:
    """Our row id for an IRI: the UUID of ``urn:uuid:``, else a uuid5 of the IRI, so
    another tool's annotation gets the same id every time it is imported."""
    if not isinstance(value, str) or not value:
        return None
    if value.startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(value.removeprefix("urn:uuid:")))
        except ValueError:
            pass
    return str(uuid.uuid5(uuid.NAMESPACE_URL, value))


def row_version(obj: dict[str, Any]) -> tuple[str | None, str | None]:
    rev = _opt_str(fc_property(obj, "rev"))
    try:
        rev = str(uuid.UUID(rev)) if rev else None
    except ValueError:
        rev = None
    return rev, _opt_str(obj.get("modified"))


# --- JSON-LD normalisation --------------------------------------------------------


@lru_cache(maxsize=1)
def _bundled_context() -> dict[str, Any]:
    path = resource_path("jsonld", "web-annotation-context.jsonld")
    return json.loads(path.read_text(encoding="utf-8"))


def _loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url in KNOWN_CONTEXTS:
        return {"contextUrl": None, "documentUrl": url, "document": _bundled_context()}
    raise AnnotationFileError(
        N_(
            "the file uses the JSON-LD context {url}, which is not bundled (only the Web "
            "Annotation context is; nothing is fetched from the network)"
        ),
        url=repr(url),
    )


def normalise(doc: Any) -> Any:
    """The document compacted to our context (the Web Annotation terms plus ``fc:``)."""
    if isinstance(doc, dict) and "@context" not in doc:
        # many tools leave the context out: read it as Web Annotation JSON
        doc = {"@context": ANNO_CONTEXT, **doc}
    if isinstance(doc, list):
        doc = {"@context": ANNO_CONTEXT, "@graph": doc}
    from pyld import jsonld

    try:
        compacted = jsonld.compact(doc, {"@context": CONTEXT}, {"documentLoader": _loader})
    except AnnotationFileError:
        raise
    except Exception as exc:  # pyld raises JsonLdError and its causes
        cause: BaseException | None = exc
        for _depth in range(20):  # pyld wraps the loader's error (``raise ... from``)
            if cause is None or isinstance(cause, AnnotationFileError):
                break
            cause = cause.__cause__ or cause.__context__
        if isinstance(cause, AnnotationFileError):
            raise cause from exc
        raise AnnotationFileError(
            N_("the file is not valid JSON-LD: {why}"), why=str(exc)[:200]
        ) from exc
    compacted.pop("@context", None)
    return compacted


# --- records ------------------------------------------------------------------------


def _article(raw: Any) -> ArticleRecord | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None
    text = fc_property(raw, "text")
    article_id = _opt_str(fc_property(raw, "articleId"))
    if article_id is None and raw["id"].startswith("urn:factcheck:article:"):
        article_id = raw["id"].removeprefix("urn:factcheck:article:")
    try:
        article_id = str(uuid.UUID(article_id)) if article_id else None
    except ValueError:
        article_id = None
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
        article_id=article_id,
        source_format=_opt_str(fc_property(raw, "sourceFormat")),
        creator=_name(raw.get("creator")),
        created=_opt_str(raw.get("created")),
        version=row_version(raw),
        tag_bodies=tuple(b for b in _as_list(fc_property(raw, "tagBodies")) if isinstance(b, dict)),
    )


def _target(raw: Any, number: int) -> tuple[str | None, dict[str, Any], dict[str, Any]]:
    targets = _as_list(raw)
    target = targets[0] if targets else None
    if isinstance(target, str):
        raise AnnotationFileError(
            N_("annotation {n}: the target has no selector, so it cannot be placed"), n=number
        )
    if not isinstance(target, dict):
        raise AnnotationFileError(N_("annotation {n}: no target"), n=number)
    source = target.get("source")
    source = source.get("id") if isinstance(source, dict) else source
    quote: dict[str, Any] = {}
    position: dict[str, Any] = {}
    selectors = list(_as_list(target.get("selector")))
    for sel in selectors:  # a RangeSelector or refinedBy chain may nest the text ones
        if isinstance(sel, dict):
            selectors += [s for s in _as_list(sel.get("refinedBy")) if isinstance(s, dict)]
            if is_type(sel, "TextQuoteSelector") and not quote:
                quote = sel
            elif is_type(sel, "TextPositionSelector") and not position:
                position = sel
    if not isinstance(quote.get("exact"), str) or not quote["exact"]:
        raise AnnotationFileError(
            N_("annotation {n}: no TextQuoteSelector with an exact quote"), n=number
        )
    return (source if isinstance(source, str) else None), quote, position


def _purposes(body: dict[str, Any]) -> set[str]:
    return {p for p in _as_list(body.get("purpose")) if isinstance(p, str)}


def _annotation(raw: Any, index: int) -> AnnotationRecord:
    if not is_type(raw, "Annotation"):
        raise AnnotationFileError(
            N_("annotation {n} is not an object of type Annotation"), n=index + 1
        )
    source, quote, position = _target(raw.get("target"), index + 1)
    raw_id = _opt_str(raw.get("id"))
    key = (
        raw_id
        or "factcheck:anonymous:"
        + hashlib.sha256(
            json.dumps(raw, sort_keys=True, ensure_ascii=False).encode("utf-8")
        ).hexdigest()
    )
    category, explanation, verdict = None, "", None
    notes: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    tag_bodies: list[dict[str, Any]] = []
    motivations = {m for m in _as_list(raw.get("motivation")) if isinstance(m, str)}
    bodies = [b for b in _as_list(raw.get("body")) if isinstance(b, dict)]
    if isinstance(raw.get("bodyValue"), str) and raw["bodyValue"].strip():
        bodies.append({"type": "TextualBody", "value": raw["bodyValue"]})
    for n, body in enumerate(bodies):
        purposes = _purposes(body) or (motivations & NOTE_PURPOSES)
        value = _str(body.get("value"))
        if "classifying" in purposes and value:
            category = value
        elif "describing" in purposes:
            explanation = value
        elif "linking" in purposes:
            links.append(body)
        elif "assessing" in purposes and value:
            verdict = body
        elif "tagging" in purposes and value:
            tag_bodies.append(body)
        elif value.strip() and (not purposes or purposes & NOTE_PURPOSES):
            # a comment, or a body that says nothing of its purpose: a note, never dropped
            if not isinstance(body.get("id"), str):
                body = {**body, "id": f"{key}#body-{n}"}
            notes.append(body)
    extra = {
        k.removeprefix("fc:").removeprefix(FC_NAMESPACE): v
        for k, v in raw.items()
        if k.startswith(("fc:", FC_NAMESPACE))
    }
    rev, modified = row_version(raw)
    creator = _str(extra.get("author")) or _name(raw.get("creator"))
    return AnnotationRecord(
        id=local_id(key),
        source=source,
        exact=quote["exact"],
        prefix=_str(quote.get("prefix")),
        suffix=_str(quote.get("suffix")),
        start=_int(position.get("start")),
        end=_int(position.get("end")),
        creator=creator,
        created=_opt_str(raw.get("created")),
        modified=modified,
        category=category,
        explanation=explanation,
        notes=tuple(notes),
        links=tuple(links),
        verdict=verdict,
        tags=tuple(_str(b.get("value")) for b in tag_bodies),
        extra=extra,
        tag_bodies=tuple(tag_bodies),
        rev=rev,
        foreign=not extra,
    )


def _items(doc: Any) -> list[Any]:
    """Annotations from a collection, a page, a list, or a single annotation."""
    if isinstance(doc, list):
        return doc
    if not isinstance(doc, dict):
        raise AnnotationFileError(N_("the file is not a JSON object or list"))
    if "@graph" in doc:
        return _as_list(doc["@graph"])
    if is_type(doc, "Annotation"):
        return [doc]
    if is_type(doc, "AnnotationPage"):
        return _as_list(doc.get("items"))
    if is_type(doc, "AnnotationCollection"):
        items: list[Any] = []
        page = doc.get("first")
        seen = 0
        while isinstance(page, dict) and seen < 10_000:
            items += _as_list(page.get("items"))
            page = page.get("next")
            seen += 1
        return items
    raise AnnotationFileError(
        N_(
            "not a Web Annotation file (expected type Annotation, AnnotationPage or "
            "AnnotationCollection, found {found})"
        ),
        found=repr(doc.get("type")),
    )


def parse_annotation_file(data: bytes) -> AnnotationFile:
    if len(data) > MAX_FILE_BYTES:
        raise AnnotationFileError(
            N_("the file is larger than {limit} MB"), limit=MAX_FILE_BYTES // 2**20
        )
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise AnnotationFileError(N_("the file is not UTF-8 text")) from exc
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(
            N_("the file is not valid JSON (line {line}, column {column}: {why})"),
            line=exc.lineno,
            column=exc.colno,
            why=exc.msg,
        ) from exc
    except RecursionError as exc:
        raise AnnotationFileError(N_("the file is nested too deeply to be annotations")) from exc
    if not isinstance(raw, (dict, list)):
        raise AnnotationFileError(N_("the file is not a JSON object or list"))
    try:
        doc = normalise(raw)
    except RecursionError as exc:
        raise AnnotationFileError(N_("the file is nested too deeply to be annotations")) from exc
    raw_articles = fc_property(doc, "articles") if isinstance(doc, dict) else None
    articles = {r.iri: r for r in map(_article, _as_list(raw_articles)) if r is not None}
    annotations = tuple(_annotation(item, i) for i, item in enumerate(_items(doc)))
    return AnnotationFile(articles, annotations)
