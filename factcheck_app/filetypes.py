"""What a stored local copy really is, by its bytes, not by the name the sender gave it.

"Open" on a local copy hands a file to the desktop's default handler, which picks the
program by the file's extension. A share file can carry ``invoice.pdf.exe``, ``.hta``,
``.lnk``, ``.desktop``… so only documents whose content we recognise are opened, saved
under *their real* extension after a confirmation that names the real type; anything
else is only offered for saving. Qt-free so services and tests can use it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentType:
    name: str  # shown to the checker: "PDF document"
    extension: str  # the extension the file is opened under, whatever it was called


PDF = DocumentType("PDF document", ".pdf")
PNG = DocumentType("PNG image", ".png")
JPEG = DocumentType("JPEG image", ".jpg")
GIF = DocumentType("GIF image", ".gif")
WEBP = DocumentType("WebP image", ".webp")
HTML = DocumentType("web page (HTML)", ".html")
TEXT = DocumentType("plain text", ".txt")

_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta")


def sniff(data: bytes) -> DocumentType | None:
    """The document type ``data`` holds, or None for anything we do not open."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return WEBP
    head = data[:4096]
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the 4096 boundary
            return None
        text = head[: exc.start].decode("utf-8")
    stripped = text.lstrip("\ufeff \t\r\n").lower().encode("utf-8")
    if stripped.startswith(_HTML_STARTS):
        return HTML
    if stripped.startswith((b"mz", b"#!", b"[desktop entry]", b"<hta:", b"<?xml")):
        return None
    return TEXT
