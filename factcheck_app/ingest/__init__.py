"""Import layer: text, Markdown, HTML, PDF, Word and web addresses to a canonical
:class:`ParsedArticle`, with the original bytes attached as its archived copy.

The canonical text is normalised once (NFC, ``\\n`` line ends, no BOM, no trailing
spaces, blocks separated by one blank line) and every block's ``start``/``end`` are code
point offsets into it. Boilerplate is kept in the text but marked, so nothing a user
imported disappears, yet the analyser can skip it.

``MAX_BYTES`` (10 MB) is the largest text input accepted, ``MAX_DOCUMENT_BYTES`` (50 MB)
the largest PDF or Word file; bigger files raise :class:`IngestError` before they are
read. Fetching (:mod:`.fetch`, :mod:`.web`) is http(s) only, with timeouts, a size limit
and every redirect recorded.
"""

from factcheck_app.ingest.api import (
    MAX_DOCUMENT_BYTES,
    parse_bytes,
    parse_string,
    read_file,
    with_original,
)
from factcheck_app.ingest.boilerplate import is_boilerplate
from factcheck_app.ingest.decode import CP1252_WARNING, MAX_BYTES
from factcheck_app.ingest.errors import IngestError
from factcheck_app.ingest.formats import FORMATS, sniff_format
from factcheck_app.ingest.normalize import content_hash, normalize_text

__all__ = [
    "CP1252_WARNING",
    "FORMATS",
    "MAX_BYTES",
    "MAX_DOCUMENT_BYTES",
    "IngestError",
    "content_hash",
    "is_boilerplate",
    "normalize_text",
    "parse_bytes",
    "parse_string",
    "read_file",
    "read_url",
    "sniff_format",
    "with_original",
]


def read_url(url: str, **kwargs):
    """Fetch and read a web address (see :func:`factcheck_app.ingest.web.read_url`);
    imported on use so the HTTP and WARC libraries load only when a URL is fetched."""
    from factcheck_app.ingest.web import read_url as _read_url

    return _read_url(url, **kwargs)
