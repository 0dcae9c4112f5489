"""Test documents made in the test run: minimal PDFs written by hand, DOCX by python-docx.

Nothing here is a checked-in binary, so every byte a test reads is visible in this file.
"""

from __future__ import annotations

import io
import zipfile


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], title: str | None = None, author: str | None = None) -> bytes:
    """A valid PDF with one Helvetica text line per entry; an empty page list entry is
    a page with a drawn rectangle and no text (what a scan looks like to a reader)."""
    objects: list[bytes] = []
    font_id = 3
    page_ids = []
    next_id = 4
    bodies: list[tuple[int, bytes]] = []
    for lines in pages:
        page_id, content_id = next_id, next_id + 1
        next_id += 2
        page_ids.append(page_id)
        if lines:
            ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
            for line in lines:
                ops.append(f"({_escape(line)}) Tj T*")
            ops.append("ET")
        else:
            ops = ["0.5 g", "56 56 480 700 re f"]
        stream = "\n".join(ops).encode("latin-1")
        bodies.append(
            (
                page_id,
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font"
                f" << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode(),
            )
        )
        bodies.append(
            (content_id, b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        )
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    info_id = next_id
    info = "<< "
    if title:
        info += f"/Title ({_escape(title)}) "
    if author:
        info += f"/Author ({_escape(author)}) "
    info += "/CreationDate (D:20240131120000Z) >>"
    numbered = [
        (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
        (2, f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()),
        (3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        *bodies,
        (info_id, info.encode("latin-1")),
    ]
    numbered.sort()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in numbered:
        offsets[number] = out.tell()
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    count = max(offsets) + 1
    out.write(f"xref\n0 {count}\n0000000000 65535 f \n".encode())
    for number in range(1, count):
        out.write(f"{offsets[number]:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {count} /Root 1 0 R /Info {info_id} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    del objects
    return out.getvalue()


def encrypt_pdf(data: bytes, password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(build) -> bytes:
    """A .docx written by python-docx; ``build(document)`` adds the content."""
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_of(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()
