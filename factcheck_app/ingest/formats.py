"""Which parser a file or a paste needs: by extension first, then by sniffing content.

Extensions are trusted for the formats we read; document formats we cannot read yet get
an error that says what to do instead, and anything else unknown is sniffed, because
pasted text and files without an extension are common.
"""

from __future__ import annotations

import re

from factcheck_app.i18n import N_
from factcheck_app.ingest.errors import IngestError

TEXT, MARKDOWN, HTML = "text", "markdown", "html"
PDF, DOCX = "pdf", "docx"
FORMATS: tuple[str, ...] = (TEXT, MARKDOWN, HTML, PDF, DOCX)
#: Formats read from their bytes by a document reader, not decoded as text.
DOCUMENTS: frozenset[str] = frozenset({PDF, DOCX})
#: MIME type of the original file, for the archived copy.
MIME_TYPES: dict[str, str] = {
    TEXT: "text/plain",
    MARKDOWN: "text/markdown",
    HTML: "text/html",
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

_ALIASES = {
    "text": TEXT,
    "txt": TEXT,
    "plain": TEXT,
    "text/plain": TEXT,
    "markdown": MARKDOWN,
    "md": MARKDOWN,
    "text/markdown": MARKDOWN,
    "html": HTML,
    "htm": HTML,
    "xhtml": HTML,
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "pdf": PDF,
    "application/pdf": PDF,
    "docx": DOCX,
    "word": DOCX,
    MIME_TYPES[DOCX]: DOCX,
}
EXTENSIONS: dict[str, str] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".mdown": MARKDOWN,
    ".mkd": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".shtml": HTML,
    ".pdf": PDF,
    ".docx": DOCX,
}
_NOT_YET = {
    ".doc": "Word 97-2003 (.doc)",
    ".odt": "OpenDocument (.odt)",
    ".rtf": "RTF",
    ".epub": "EPUB",
    ".pages": "Pages",
    ".mhtml": "MHTML",
    ".mht": "MHTML",
}
_UNSUPPORTED = frozenset(
    {
        *(".exe", ".dll", ".so", ".dylib", ".bin", ".msi", ".apk", ".dmg", ".iso", ".jar"),
        *(".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar"),
        *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".heic"),
        *(".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".mov", ".avi", ".mkv", ".webm"),
        *(".xls", ".xlsx", ".ppt", ".pptx", ".odp", ".ods", ".db", ".sqlite"),
        *(".pyc", ".class", ".woff", ".woff2", ".ttf", ".otf"),
    }
)

_HTML_TAG = re.compile(
    r"<(?:!doctype html|html|head|body|article|main|div|p|h[1-6]|section|span|a|b|i|em|"
    r"strong|ul|ol|li|table|blockquote|br|meta|title)\b",
    re.IGNORECASE,
)
_MD_STRONG = re.compile(
    r"^(?:#{1,6}\s+\S|```|~~~|\|?\s*:?-{3,}:?\s*\|)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*"
    r"|__[^_\n]+__",
    re.MULTILINE,
)
_MD_WEAK = re.compile(r"^(?:>\s|[-*+]\s+\S|\d{1,3}\.\s+\S)|`[^`\n]+`", re.MULTILINE)


def normalize_format(fmt: str) -> str:
    """Canonical format name for a user-given one ("md", "HTML", "text/plain")."""
    key = fmt.strip().lower().lstrip(".")
    if key in _ALIASES:
        return _ALIASES[key]
    raise IngestError(
        N_("Unknown format {fmt}; use one of: {known}"), fmt=repr(fmt), known=", ".join(FORMATS)
    )


def format_for_extension(suffix: str) -> str | None:
    """Format for a file extension, None when content must be sniffed, or an error."""
    suffix = suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if suffix in _NOT_YET:
        raise IngestError(
            N_(
                "{kind} files are not supported yet; "
                "save the article as PDF, Word (.docx), HTML (.html) or text (.txt)"
            ),
            kind=_NOT_YET[suffix],
        )
    if suffix in _UNSUPPORTED:
        raise IngestError(
            N_(
                "{suffix} files cannot be imported; "
                "use a text (.txt), Markdown (.md), HTML, PDF or Word (.docx) file"
            ),
            suffix=suffix,
        )
    return None


def sniff_document(data: bytes) -> str | None:
    """PDF or DOCX from the magic bytes (a download, a file without extension), else None."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return DOCX
    return None


def format_for_mime(mime: str | None) -> str | None:
    """Format for an HTTP ``Content-Type`` (without parameters); None when unknown."""
    return _ALIASES.get((mime or "").strip().lower())


def sniff_format(text: str) -> str:
    """HTML if it starts with ``<`` and has HTML tags; Markdown if it has Markdown
    markers (one strong, like ``## `` or ``[a](b)``, or two weak ones); else text."""
    head = text.lstrip("\ufeff \t\r\n")[:65536]
    if head.startswith("<") and _HTML_TAG.search(head):
        return HTML
    if _MD_STRONG.search(head) or len(_MD_WEAK.findall(head)) >= 2:
        return MARKDOWN
    return TEXT
