"""HTML: trafilatura for the article body and metadata of a saved page; a careful lxml
walk for fragments (a pasted ``<p>...</p>``) where trafilatura finds no article.

Both paths end in the same walker, so inline markup (``<b>``, ``<a>``) is dropped,
source line breaks are plain spaces, and ``<br>`` is a line break. In the fallback walk,
``nav``/``header``/``footer``/``aside`` content is kept but marked boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree

from factcheck_app.i18n import N_
from factcheck_app.ingest.blocks import RawBlock, raw
from factcheck_app.ingest.errors import IngestError
from factcheck_app.models import BlockKind

_SPACE = re.compile(r"\s+")
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "title",
        "iframe",
        "object",
        "button",
        "select",
        "input",
        "textarea",
        "canvas",
        "video",
        "audio",
        "meta",
        "link",
    }
)
_FURNITURE = frozenset({"nav", "header", "footer", "aside", "form", "menu"})
_FURNITURE_CLASS = re.compile(
    r"\b(?:share|social|cookie|consent|newsletter|breadcrumb|navigation|nav|menu|footer|"
    r"related|promo|advert|banner|subscribe|comments?)\b",
    re.IGNORECASE,
)
_CONTAINERS = (
    *("p", "div", "section", "article", "main", "body", "html", "doc", "pre", "code"),
    *("ul", "ol", "dl", "list", "table", "tr", "row", "thead", "tbody", "tfoot"),
    *("figure", "figcaption", "address", "center", "details", "summary", "caption"),
    *("fieldset", "legend", "hr", *sorted(_FURNITURE)),
)
# (``head`` is not skipped: in trafilatura's XML it is a heading; an HTML <head> is never
# walked because the walk starts at <body>.)
# Block-level elements of HTML and of trafilatura's XML body, and the kind they open.
_BLOCK_KIND: dict[str, BlockKind | None] = {
    **{f"h{n}": BlockKind.HEADING for n in range(1, 7)},
    "head": BlockKind.HEADING,
    "li": BlockKind.LIST_ITEM,
    "item": BlockKind.LIST_ITEM,
    "dt": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE,
    "quote": BlockKind.QUOTE,
    "td": BlockKind.TABLE_CELL,
    "th": BlockKind.TABLE_CELL,
    "cell": BlockKind.TABLE_CELL,
    # containers: keep the enclosing kind (a <p> in a <blockquote> is a quote)
    **dict.fromkeys(_CONTAINERS, None),
}
_CONTAINED = (BlockKind.QUOTE, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)


@dataclass
class HtmlMeta:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    description: str | None = None
    modified: str | None = None
    #: the page's declared language (``<html lang="de-DE">`` -> "de"), if any
    language: str | None = None


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def _modified_date(html: str, published: str | None) -> str | None:
    """The page's last-modified date when it differs from the publication date."""
    try:
        from htmldate import find_date

        found = find_date(html, original_date=False, extensive_search=False)
    except Exception:  # htmldate is best effort on odd markup; the date is optional
        return None
    return found if found and found != published else None


@dataclass
class _Walker:
    """Depth-first walk that turns block elements into RawBlocks."""

    out: list[RawBlock] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)

    def flush(self, kind: BlockKind, level: int, hints: frozenset[str]) -> None:
        block = raw(kind, "".join(self.buf), level, hints)
        self.buf.clear()
        if block:
            self.out.append(block)

    def text(self, value: str | None, pre: bool) -> None:
        if value:
            self.buf.append(value if pre else _SPACE.sub(" ", value))

    def visit(
        self,
        el: etree._Element,
        kind: BlockKind,
        level: int = 0,
        hints: frozenset[str] = frozenset(),
        pre: bool = False,
    ) -> None:
        if not isinstance(el.tag, str):  # comments, processing instructions
            return
        tag = el.tag.lower()
        if tag in _SKIP or el.get("hidden") is not None:
            return
        if tag in ("br", "lb"):
            self.buf.append("\n")
            return
        if tag not in _BLOCK_KIND:  # inline element: its text joins the current block
            self.text(el.text, pre)
            for child in el:
                self.visit(child, kind, level, hints, pre)
                self.text(child.tail, pre)
            return
        self.flush(kind, level, hints)
        own_kind, own_level, own_hints = self._open(el, tag, kind, level, hints)
        own_pre = pre or tag == "pre"
        self.text(el.text, own_pre)
        for child in el:
            self.visit(child, own_kind, own_level, own_hints, own_pre)
            self.text(child.tail, own_pre)
        self.flush(own_kind, own_level, own_hints)

    @staticmethod
    def _open(el, tag, kind, level, hints):
        classes = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
        if tag in _FURNITURE or (classes and _FURNITURE_CLASS.search(classes)):
            return BlockKind.BOILERPLATE, 0, hints
        if kind is BlockKind.BOILERPLATE:
            return kind, level, hints
        new_hints = hints | frozenset(classes.lower().split()) if classes else hints
        opened = _BLOCK_KIND[tag]
        if opened is BlockKind.HEADING:
            rend = el.get("rend", "")
            digits = tag[1:] if tag.startswith("h") and tag[1:].isdigit() else rend[1:]
            return opened, int(digits) if digits.isdigit() else 2, new_hints
        if opened is not None:
            return opened, 0, new_hints
        if kind in _CONTAINED:
            return kind, level, new_hints
        return BlockKind.PARAGRAPH, 0, new_hints


def walk(root: etree._Element) -> list[RawBlock]:
    walker = _Walker()
    walker.visit(root, BlockKind.PARAGRAPH)
    walker.flush(BlockKind.PARAGRAPH, 0, frozenset())
    return walker.out


def fragment_blocks(html: str) -> list[RawBlock]:
    """Blocks of an HTML fragment or page by walking the whole tree (no extraction)."""
    if not html.strip():
        return []
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    body = root.find("body") if root.tag == "html" else None
    return walk(body if body is not None else root)


def _extract(html: str) -> tuple[list[RawBlock], HtmlMeta]:
    import trafilatura

    meta = HtmlMeta()
    try:
        doc: Any = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_tables=True,
            include_comments=False,
            include_formatting=False,
            favor_recall=True,
        )
    except Exception:  # trafilatura raises assorted errors on odd markup; use the walk
        doc = None
    if doc is None:
        return [], meta
    meta = HtmlMeta(
        title=doc.title or None,
        author=doc.author or None,
        date=doc.date or None,
        sitename=doc.sitename or None,
        url=doc.url or None,
        description=doc.description or None,
        modified=_modified_date(html, doc.date or None),
    )
    body = getattr(doc, "body", None)
    return (walk(body) if body is not None else []), meta


def parse_html(html: str) -> tuple[list[RawBlock], HtmlMeta]:
    """Article blocks and metadata; raises IngestError when there is no readable text."""
    blocks, meta = _extract(html)
    if not any(b.kind is not BlockKind.BOILERPLATE for b in blocks):
        blocks = fragment_blocks(html)
    if not any(b.kind is not BlockKind.BOILERPLATE for b in blocks):
        raise IngestError(N_("No article text found in this HTML"))
    if meta.title is None:
        meta.title = _document_title(html)
    declared = _HTML_LANG.search(html[:4096])
    if declared:
        meta.language = declared.group(1).lower()
    return blocks, meta


def _document_title(html: str) -> str | None:
    """``<title>`` of a page trafilatura could not read (fragments have none)."""
    match = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    if not match:
        return None
    try:
        title = lxml.html.fromstring(f"<p>{match.group(1)}</p>").text_content()
    except (etree.ParserError, ValueError):
        return None
    return _SPACE.sub(" ", title).strip() or None
