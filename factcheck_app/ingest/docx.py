"""Word documents (.docx): paragraphs, headings, list items and table cells as blocks.

python-docx opens the package; the body is walked in document order (paragraphs and
tables interleave). Text is read from the XML runs ourselves because of tracked changes:
deleted text (``w:del``) is left out and inserted text (``w:ins``) kept, i.e. the text
as it reads with every change accepted, and the import says so. Comments live outside
the body and are not imported; the import says that too.

A .docx is a ZIP file; anything that is a ZIP but not a Word document is refused before
python-docx sees it, and so is a ZIP whose members would unpack to an absurd size.
"""

from __future__ import annotations

import io
import zipfile

from factcheck_app.i18n import N_
from factcheck_app.ingest.blocks import BlockBuilder
from factcheck_app.ingest.errors import IngestError
from factcheck_app.language import detect_language
from factcheck_app.models import BlockKind, ParsedArticle

#: Largest total unpacked size of a .docx we open (a zip bomb is refused unopened).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_docx_zip(data: bytes) -> None:
    """Refuse what is not a Word document before parsing it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise IngestError(N_("This file is not a Word document (not a valid .docx)")) from None
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        if "content.xml" in names:
            raise IngestError(N_("This .docx is not a Word document (it is an OpenDocument file)"))
        raise IngestError(
            N_("This .docx is not a Word document (it is a ZIP archive of something else)")
        )
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise IngestError(
            N_("This .docx would unpack to more than {limit} MB; refused"),
            limit=MAX_UNPACKED_BYTES // 2**20,
        )


def parse_docx(data: bytes, source_name: str | None = None) -> ParsedArticle:
    check_docx_zip(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise IngestError(
            N_("This Word document is damaged and cannot be read ({why})"), why=err
        ) from None
    except Exception as err:  # lxml syntax errors and other damage inside the package
        raise IngestError(
            N_("This Word document is damaged and cannot be read ({why})"), why=err
        ) from None
    items = list(_body_items(document))
    notices = _notices(document)
    body = "\n".join(text for kind, text in items if kind is BlockKind.PARAGRAPH)
    builder = BlockBuilder(detect_language(body or "\n".join(t for _, t in items)))
    title = (document.core_properties.title or "").strip()
    for kind, text in items:
        block = builder.add(kind, text)
        if block is not None and kind is BlockKind.TITLE and not title:
            title = builder.contents[-1]
    if not any(b.kind is not BlockKind.BOILERPLATE for b in builder.blocks):
        raise IngestError(N_("No article text found in this Word document"))
    props = document.core_properties
    return ParsedArticle(
        title=title or _first_line(builder) or (source_name or "Untitled document"),
        text=builder.text,
        blocks=builder.blocks,
        byline=(props.author or "").strip() or None,
        # A Word file's creation date is when someone started typing, not when anything
        # was published; only the last-saved date is kept, as ``modified``.
        modified=props.modified.date().isoformat() if props.modified else None,
        source_name=source_name,
        source_format="docx",
        warnings=notices,
        notices=notices,
    )


def _first_line(builder: BlockBuilder) -> str:
    for block, content in zip(builder.blocks, builder.contents, strict=True):
        if block.kind is not BlockKind.BOILERPLATE:
            return content.split("\n")[0][:200]
    return ""


def _body_items(document):
    """(kind, text) for every paragraph and table cell of the body, in document order."""
    styles = _style_names(document)
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            kind = _paragraph_kind(child, styles)
            yield kind, _text(child)
        elif child.tag == f"{_W}tbl":
            for cell in child.iter(f"{_W}tc"):  # a merged cell is one w:tc in the XML
                text = "\n".join(_text(p) for p in cell.iter(f"{_W}p"))
                yield BlockKind.TABLE_CELL, text


def _paragraph_kind(p, styles: dict[str, str]) -> BlockKind:
    style_id = ""
    props = p.find(f"{_W}pPr")
    if props is not None:
        style = props.find(f"{_W}pStyle")
        if style is not None:
            style_id = style.get(f"{_W}val", "")
        if props.find(f"{_W}numPr") is not None:
            return BlockKind.LIST_ITEM
    name = styles.get(style_id, style_id).lower()
    if name == "title":
        return BlockKind.TITLE
    if name == "subtitle":
        return BlockKind.TEASER
    if name.startswith("heading"):
        return BlockKind.HEADING
    if name.startswith("list"):
        return BlockKind.LIST_ITEM
    if "quote" in name:
        return BlockKind.QUOTE
    return BlockKind.PARAGRAPH


def _style_names(document) -> dict[str, str]:
    """Style id -> name ("Heading1" -> "Heading 1"); ids are what paragraphs refer to."""
    try:
        return {str(s.style_id): str(s.name or s.style_id) for s in document.styles}
    except Exception:  # a broken styles part: fall back to the ids themselves
        return {}


def _text(p) -> str:
    """Text of a paragraph with tracked deletions left out and insertions kept."""
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if any(a.tag in (f"{_W}del", f"{_W}moveFrom") for a in el.iterancestors()):
            continue
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _notices(document) -> tuple[str, ...]:
    """Say what was left out on purpose: comments and tracked changes."""
    notices: list[str] = []
    body = document.element.body
    changes = sum(1 for _ in body.iter(f"{_W}ins", f"{_W}del", f"{_W}moveFrom", f"{_W}moveTo"))
    if changes:
        notices.append(
            f"{changes} tracked change(s) ignored: the text was read with every change accepted"
        )
    comments = sum(1 for _ in body.iter(f"{_W}commentReference"))
    if comments:
        notices.append(f"{comments} comment(s) ignored: comments are not imported")
    return tuple(notices)
