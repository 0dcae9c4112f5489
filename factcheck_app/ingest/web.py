"""A fetched web address to an article: pick the reader by what the server sent, fill
in the metadata the page lacks from the fetch itself, and attach the WARC archive.

The format is decided by the bytes first (a PDF served as ``text/html`` is still a PDF),
then by ``Content-Type``; pictures, video and archives are refused by type. The
declared charset is trusted when the body decodes with it; when it does not (a server
saying UTF-8 and sending Windows-1252), the usual byte-level decoding decides and a
warning says so.
"""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import replace
from urllib.parse import unquote, urlsplit

from factcheck_app.i18n import N_
from factcheck_app.ingest.api import _parse, parse_document
from factcheck_app.ingest.decode import check_size, decode_bytes
from factcheck_app.ingest.errors import IngestError
from factcheck_app.ingest.fetch import Fetched, fetch
from factcheck_app.ingest.formats import DOCUMENTS, format_for_mime, sniff_document
from factcheck_app.models import Cancel, Original, ParsedArticle, Provenance

WARC_MIME = "application/warc"
_NOT_ARTICLES = ("image/", "audio/", "video/", "font/", "model/")
_BINARY_TYPES = frozenset(
    {
        "application/zip",
        "application/gzip",
        "application/x-tar",
        "application/octet-stream",
        "application/x-msdownload",
        "application/vnd.ms-excel",
        "application/wasm",
    }
)


def read_url(url: str, *, cancel: Cancel | None = None, **limits: float) -> ParsedArticle:
    """Fetch ``url`` and read it as an article; its WARC record is the archived copy."""
    return parse_fetched(fetch(url, cancel=cancel, **limits))  # type: ignore[arg-type]


def parse_fetched(fetched: Fetched) -> ParsedArticle:
    body, mime, url = fetched.body, fetched.content_type, fetched.final_url
    if not body.strip():
        raise IngestError(N_("{url} returned an empty page"), url=url)
    fmt = sniff_document(body) or format_for_mime(mime)
    if fmt is None and mime and (mime.startswith(_NOT_ARTICLES) or mime in _BINARY_TYPES):
        raise IngestError(N_("{url} is not an article: the server sent {mime}"), url=url, mime=mime)
    if fmt in DOCUMENTS:
        parsed = parse_document(body, fmt, source_name=_file_name(url))
    else:
        check_size(len(body), url)
        text, warnings = _decode(body, fetched.charset, fmt)
        parsed = _parse(text, fmt, None, warnings)
    host = urlsplit(url).hostname or ""
    provenance = Provenance(
        requested_url=fetched.requested_url,
        final_url=url,
        redirects=fetched.redirects,
        fetched_at=fetched.fetched_at,
        http_status=fetched.status,
        content_type=mime,
        original_sha256=hashlib.sha256(body).hexdigest(),
        original_size=len(body),
    )
    stamp = fetched.fetched_at.replace("-", "").replace(":", "")[:15]
    original = Original(f"{host or 'page'}-{stamp}.warc.gz", WARC_MIME, fetched.warc)
    return replace(
        parsed,
        url=parsed.url or url,
        outlet=parsed.outlet or (host.removeprefix("www.") or None),
        provenance=provenance,
        original=original,
    )


def _decode(body: bytes, charset: str | None, fmt: str | None) -> tuple[str, tuple[str, ...]]:
    if charset:
        try:
            return body.decode(charset), ()
        except LookupError:
            pass  # an unknown charset name: fall through to byte-level decoding
        except UnicodeDecodeError:
            text, warnings = decode_bytes(body, fmt)
            note = f"the server said the page is {charset}, but it is not"
            return text, (note, *warnings)
    return decode_bytes(body, fmt)


def _file_name(url: str) -> str | None:
    name = posixpath.basename(unquote(urlsplit(url).path))
    return name or None
