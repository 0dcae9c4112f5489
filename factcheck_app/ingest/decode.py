"""Bytes to ``str``: size and binary checks, BOM handling and the encoding fallback.

Order of attempts, and why:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE): it is unambiguous.
2. UTF-16 without BOM is recognised by its pattern of NUL bytes (Windows "Unicode" txt).
3. NUL bytes or many control characters otherwise mean a binary file: refuse.
4. An HTML ``<meta charset>`` declaration is honoured when it is not UTF-8.
5. Strict UTF-8, the norm for everything we import.
6. Fallback: Windows-1252 (a superset of Latin-1 used by older Western-European
   sites and Windows editors). It never fails, so it comes with a warning that special
   characters may be wrong.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from factcheck_app.i18n import N_
from factcheck_app.ingest.errors import IngestError

#: Largest input accepted, in bytes (10 MB). News articles are a few KB; anything
#: bigger is almost certainly not one, and would make the GUI and analysis crawl.
MAX_BYTES: int = 10 * 1024 * 1024

CP1252_WARNING = "decoded as Windows-1252; check special characters"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, LF, CR, FF, ESC excluded).
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x1C, 0x1D}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

_NOT_YET = N_("{fmt} files are not supported yet; save the article as HTML (.html) or text (.txt)")
#: A document format the importer reads, met where text was expected (a mislabelled file).
_A_DOCUMENT = N_("This is a {fmt} document, not text; import it as a file")


def _cp1252_lenient(err: UnicodeDecodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; map them like Latin-1 so decoding never fails.
    return err.object[err.start : err.end].decode("latin-1"), err.end


# typeshed types handlers as taking any UnicodeError; decoding passes UnicodeDecodeError.
codecs.register_error("factcheck-cp1252", _cp1252_lenient)  # type: ignore[arg-type]


def check_size(size: int, name: str | None = None, limit: int = MAX_BYTES) -> None:
    """Refuse inputs over ``limit`` (:data:`MAX_BYTES`) before reading or parsing them;
    ``name`` is the file or address (None: pasted or piped text)."""
    if size <= limit:
        return
    params = {"size": size / 1_048_576, "limit": limit // 1_048_576}
    if name is None:
        raise IngestError(
            N_("The text is too large ({size:.1f} MB); the limit is {limit} MB per article"),
            **params,
        )
    raise IngestError(
        N_("{name} is too large ({size:.1f} MB); the limit is {limit} MB per article"),
        name=name,
        **params,
    )


def sniff_container(data: bytes) -> None:
    """Recognise document and binary formats by their magic bytes and say what to do."""
    head = data[:8]
    if head.startswith(b"%PDF"):
        raise IngestError(_A_DOCUMENT, fmt="PDF")
    if head.startswith(b"{\\rtf"):
        raise IngestError(_NOT_YET, fmt="RTF")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(_NOT_YET, fmt="Word 97-2003 (.doc)")
    if head.startswith(b"PK\x03\x04"):
        names: list[str] = []
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            pass
        if "word/document.xml" in names:
            raise IngestError(_A_DOCUMENT, fmt="Word (.docx)")
        if "content.xml" in names:
            raise IngestError(_NOT_YET, fmt="OpenDocument (.odt)")
        if any(n.startswith("OEBPS/") or n.endswith(".opf") for n in names):
            raise IngestError(_NOT_YET, fmt="EPUB")
        raise IngestError(N_("ZIP archives cannot be imported; unpack the article first"))


def _bom_encoding(data: bytes) -> tuple[str | None, int]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None, 0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of Latin script has a NUL in every other byte; name which half."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.6 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.6 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls > max(2, len(sample) // 20)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        info = codecs.lookup(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    # rot13, zlib, base64, hex… are codecs but not text encodings: ignore such a claim.
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        return None
    return info.name


def decode_bytes(data: bytes, fmt: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode ``data`` to text; returns ``(text, warnings)`` or raises IngestError."""
    check_size(len(data))
    if not data.strip():
        raise IngestError(N_("The file is empty"))
    encoding, skip = _bom_encoding(data)
    if encoding is None:
        encoding = _utf16_without_bom(data)
    if encoding == "utf-8":
        try:
            return data[skip:].decode("utf-8"), ()
        except UnicodeDecodeError:
            # The BOM says UTF-8, so Windows-1252 would be the wrong guess: keep the rest.
            text = data[skip:].decode("utf-8", errors="replace")
            return text, ("some bytes were not valid UTF-8 and were replaced by \ufffd",)
    if encoding is not None:
        try:
            return data[skip:].decode(encoding), ()
        except UnicodeDecodeError as err:
            raise IngestError(
                N_("The file claims to be {encoding} but is not valid"), encoding=encoding
            ) from err
    sniff_container(data)
    if _looks_binary(data):
        raise IngestError(
            N_("This looks like a binary file, not an article (text, Markdown, HTML)")
        )
    if fmt in (None, "html"):
        declared = _declared_charset(data)
        if declared and declared not in ("utf-8", "ascii"):
            try:
                return data.decode(declared), ()
            except (UnicodeError, LookupError, ValueError, TypeError):
                pass
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="factcheck-cp1252"), (CP1252_WARNING,)
