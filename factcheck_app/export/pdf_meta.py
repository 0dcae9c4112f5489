"""What the PDF carries besides its pages: metadata, bookmarks, the attached JSON report.

Qt's PDF writer lays out the pages and writes the title, author and (for PDF/A-1b) the
XMP packet, but it has no bookmarks, subject, keywords, document language or attachments.
This module adds them afterwards with pypdf, Qt-free, so it can be tested on any PDF.
For PDF/A-1b the XMP packet is updated to say the same as the document information
(PDF/A requires both to agree) and no file is attached (PDF/A-1 forbids attachments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject, TextStringObject

from factcheck_app import __version__
from factcheck_app.export.json_report import render_json
from factcheck_app.export.labels import short, words
from factcheck_app.export.model import Report
from factcheck_app.i18n import normalise

ATTACHMENT_NAME = "factcheck-report.json"


@dataclass(frozen=True)
class Mark:
    """A named anchor of the laid-out document and the page (from 0) it is on."""

    name: str
    page: int


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    lang: str


def metadata(report: Report) -> PdfMeta:
    _ = words(report)
    verdicts = {
        _.verdict(v.rating) for ar in report.articles for c in ar.claims for _item, v in c.verdicts
    }
    categories = {
        _.category(c) for ar in report.articles for cl in ar.claims for c in cl.categories
    }
    outlets = {ar.article.outlet for ar in report.articles if ar.article.outlet}
    keywords = [_("fact check"), *sorted(outlets), *sorted(categories), *sorted(verdicts)]
    keywords += sorted({t for ar in report.articles for t in ar.tags})
    author = report.checker
    if report.organisation:
        author = f"{author} ({report.organisation})" if author else report.organisation
    subject = _("Fact-check report: {title}").format(title=report.title)
    return PdfMeta(
        title=report.title,
        author=author,
        subject=subject,
        keywords=", ".join(dict.fromkeys(k for k in keywords if k)),
        creator=f"factcheck {__version__}",
        lang=normalise(report.options.lang),
    )


def _bookmarks(writer: PdfWriter, report: Report, marks: list[Mark]) -> None:
    """One bookmark per article and section, one per claim under "Claims"."""
    _ = words(report)
    page_of: dict[str, int] = {}
    for mark in marks:
        page_of.setdefault(mark.name, mark.page)
    last = len(writer.pages) - 1

    def add(title: str, anchor: str, parent=None):
        if anchor not in page_of:
            return parent
        return writer.add_outline_item(
            title=title, page_number=min(page_of[anchor], last), parent=parent
        )

    for index, ar in enumerate(report.articles, 1):
        top = add(short(ar.article.title), f"article-{index}")
        add(_("Summary"), f"summary-{index}", top)
        claims = add(_("Claims"), f"claims-{index}", top)
        for claim in ar.claims:
            names = ", ".join(_.category(c) for c in claim.categories)
            quote = short(ar.article.text[claim.start : claim.end], 50)
            add(f"[{claim.number}] {names}: {quote}", claim.anchor, claims)
        add(_("The annotated article"), f"text-{index}", top)
    add(_("References"), "references")


def _xmp(packet: str, meta: PdfMeta) -> str:
    """Qt's XMP packet with the subject, keywords and language added."""
    extra = (
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.subject)}'
        "</rdf:li></rdf:Alt></dc:description>"
        f"<dc:language><rdf:Bag><rdf:li>{escape(meta.lang)}</rdf:li></rdf:Bag></dc:language>"
    )
    packet = packet.replace("</dc:creator>", "</dc:creator>" + extra, 1)
    keywords = escape(meta.keywords, {'"': "&quot;"})
    return re.sub(r'pdf:Producer="', f'pdf:Keywords="{keywords}" pdf:Producer="', packet, count=1)


def finish_pdf(path: Path, report: Report, marks: list[Mark]) -> None:
    meta = metadata(report)
    reader = PdfReader(path)
    writer = PdfWriter(clone_from=reader)
    writer.pdf_header = reader.pdf_header  # keep Qt's version (1.4 for PDF/A-1b)
    info: dict[Any, Any] = dict(reader.metadata or {})
    info.update({"/Subject": meta.subject, "/Keywords": meta.keywords})
    writer.add_metadata(info)
    writer.root_object[NameObject("/Lang")] = TextStringObject(meta.lang)
    _bookmarks(writer, report, marks)
    writer.page_mode = "/UseOutlines"
    if report.options.pdf_a:
        stream = writer.root_object["/Metadata"].get_object()
        assert isinstance(stream, StreamObject)  # Qt writes the XMP packet for PDF/A
        stream.set_data(_xmp(stream.get_data().decode("utf-8"), meta).encode("utf-8"))
    else:
        writer.add_attachment(ATTACHMENT_NAME, render_json(report).encode("utf-8"))
    with path.open("wb") as fh:
        writer.write(fh)
