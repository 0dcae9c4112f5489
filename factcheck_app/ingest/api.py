"""Entry points: file, bytes or pasted string in, :class:`ParsedArticle` out.

Every path runs the same steps: decode (bytes only), pick a format, parse to raw
blocks, classify them (title, teaser, boilerplate), build the canonical text. Bad input
raises :class:`IngestError` with one readable line and returns nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from factcheck_app.i18n import N_
from factcheck_app.ingest.blocks import build
from factcheck_app.ingest.decode import check_size, decode_bytes
from factcheck_app.ingest.errors import IngestError
from factcheck_app.ingest.formats import (
    DOCUMENTS,
    DOCX,
    HTML,
    MARKDOWN,
    MIME_TYPES,
    PDF,
    TEXT,
    format_for_extension,
    normalize_format,
    sniff_document,
    sniff_format,
)
from factcheck_app.ingest.html import parse_html
from factcheck_app.ingest.markdown import parse_markdown
from factcheck_app.ingest.normalize import normalize_text
from factcheck_app.ingest.structure import classify
from factcheck_app.ingest.text import parse_text
from factcheck_app.models import BlockKind, Original, ParsedArticle, Provenance

#: Largest PDF or Word file accepted: documents carry images and fonts, so they may be
#: far bigger than their text; anything beyond is refused before it is read.
MAX_DOCUMENT_BYTES: int = 50 * 1024 * 1024

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")

#: Most blocks one article may have; more is a generated page, not an article, and would
#: make every view of it crawl.
MAX_BLOCKS = 20_000


def printable_name(name: str) -> str:
    """``name`` with undecodable bytes (surrogate escapes) shown as U+FFFD."""
    return _SURROGATES.sub("\ufffd", name)


def read_file(path: Path) -> ParsedArticle:
    """Import one file; ``source_name`` is its file name, its bytes the archived copy."""
    path = Path(path)
    # A name that is not valid UTF-8 (an old archive, another OS) arrives with surrogate
    # escapes; shown or stored as is it would crash, so it is shown with U+FFFD instead.
    name = printable_name(path.name)
    fmt = format_for_extension(path.suffix)
    try:
        if not path.is_file():
            if path.exists():
                raise IngestError(N_("{name} is not a file"), name=name)
            raise IngestError(N_("File not found: {path}"), path=path)
        # Refuse by size before reading a byte: a 500 MB file must not be loaded at all.
        check_size(path.stat().st_size, name, limit=MAX_DOCUMENT_BYTES)
        if fmt not in DOCUMENTS:
            with path.open("rb") as fh:
                head = fh.read(1024)
            if sniff_document(head) is None:
                check_size(path.stat().st_size, name)
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(
            N_("Cannot read {name}: {why}"), name=name, why=err.strerror or err
        ) from err
    try:
        parsed = parse_bytes(data, fmt, source_name=name)
    except IngestError as err:
        if str(err).startswith(name):
            raise
        raise IngestError(N_("{name}: {why}"), name=name, why=err) from None
    return with_original(parsed, Original(name, MIME_TYPES[parsed.source_format], data))


def with_original(
    parsed: ParsedArticle, original: Original, provenance: Provenance | None = None
) -> ParsedArticle:
    """The article with the bytes it came from attached, and their hash in its origin."""
    from dataclasses import replace

    origin = provenance or parsed.provenance
    origin = replace(
        origin,
        original_sha256=origin.original_sha256 or original.sha256,
        original_size=origin.original_size
        if origin.original_size is not None
        else len(original.data),
    )
    return replace(parsed, original=original, provenance=origin)


def parse_bytes(
    data: bytes, fmt: str | None = None, source_name: str | None = None
) -> ParsedArticle:
    """Import raw bytes (a download, a drop); ``fmt`` None means sniff the content."""
    fmt = normalize_format(fmt) if fmt else None
    if fmt is None or fmt == TEXT:
        fmt = sniff_document(data) or fmt
    if fmt in DOCUMENTS:
        return parse_document(data, fmt, source_name)
    text, warnings = decode_bytes(data, fmt)
    return _parse(text, fmt, source_name, warnings)


def parse_document(data: bytes, fmt: str, source_name: str | None = None) -> ParsedArticle:
    """A PDF or Word document from its bytes (size-checked against the document limit)."""
    check_size(len(data), source_name, limit=MAX_DOCUMENT_BYTES)
    if fmt == PDF:
        if sniff_document(data) != PDF:
            raise IngestError(N_("This file is not a PDF (it does not start with %PDF)"))
        from factcheck_app.ingest.pdf import parse_pdf

        return parse_pdf(data, source_name)
    if fmt == DOCX:
        from factcheck_app.ingest.docx import parse_docx

        return parse_docx(data, source_name)
    raise IngestError(N_("Unknown document format {fmt}"), fmt=repr(fmt))


def parse_string(
    data: str, fmt: str | None = None, source_name: str | None = None
) -> ParsedArticle:
    """Import pasted text; ``fmt`` None means sniff (HTML, Markdown, else plain text)."""
    fmt = normalize_format(fmt) if fmt else None
    if fmt in DOCUMENTS:
        raise IngestError(
            N_("{fmt} documents cannot be pasted as text; import the file itself"),
            fmt=fmt.upper(),
        )
    check_size(len(data.encode("utf-8", errors="surrogatepass")), source_name)
    # Lone surrogates (a broken paste from another program) cannot be stored as UTF-8.
    data = _SURROGATES.sub("\ufffd", data)
    sample = data[:65536]
    if "\x00" in sample or len(_CONTROL_CHARS.findall(sample)) > max(2, len(sample) // 20):
        raise IngestError(N_("This looks like binary data, not an article"))
    return _parse(data, fmt, source_name, ())


def _parse(
    text: str, fmt: str | None, source_name: str | None, warnings: tuple[str, ...]
) -> ParsedArticle:
    if not normalize_text(text):
        raise IngestError(N_("The file is empty") if source_name else N_("The text is empty"))
    fmt = fmt or sniff_format(text)
    meta = None
    if fmt == HTML:
        raw_blocks, meta = parse_html(text)
    elif fmt == MARKDOWN:
        raw_blocks = parse_markdown(text)
    else:
        raw_blocks = parse_text(text)
    structured = classify(
        raw_blocks,
        meta_title=meta.title if meta else None,
        meta_description=meta.description if meta else None,
        plain_headings=fmt != HTML,
    )
    if len(structured.blocks) > MAX_BLOCKS:
        raise IngestError(
            N_(
                "The text has {count:,} paragraphs; "
                "at most {limit:,} can be imported as one article"
            ),
            count=len(structured.blocks),
            limit=MAX_BLOCKS,
        )
    from factcheck_app.language import SUPPORTED

    declared = meta.language if meta and meta.language in SUPPORTED else None
    canonical, blocks = build(structured.blocks, default_lang=declared)
    if not any(b.kind is not BlockKind.BOILERPLATE for b in blocks):
        raise IngestError(N_("No article text found"))
    return ParsedArticle(
        title=structured.title,
        text=canonical,
        blocks=blocks,
        url=meta.url if meta else None,
        byline=meta.author if meta else None,
        outlet=meta.sitename if meta else None,
        published=meta.date if meta else None,
        modified=meta.modified if meta else None,
        source_name=source_name,
        source_format=fmt,
        warnings=warnings,
    )
