"""Import layer: text, Markdown and HTML to a canonical :class:`ParsedArticle`.

The canonical text is normalised once (NFC, ``\\n`` line ends, no BOM, no trailing
spaces, blocks separated by one blank line) and every block's ``start``/``end`` are code
point offsets into it. Boilerplate is kept in the text but marked, so nothing a user
imported disappears, yet the analyser can skip it.

``MAX_BYTES`` (10 MB) is the largest input accepted; bigger files raise
:class:`IngestError` before they are parsed.
"""

from factcheck_app.ingest.api import parse_bytes, parse_string, read_file
from factcheck_app.ingest.boilerplate import is_boilerplate
from factcheck_app.ingest.decode import CP1252_WARNING, MAX_BYTES
from factcheck_app.ingest.errors import IngestError
from factcheck_app.ingest.formats import FORMATS, sniff_format
from factcheck_app.ingest.normalize import content_hash, normalize_text

__all__ = [
    "CP1252_WARNING",
    "FORMATS",
    "MAX_BYTES",
    "IngestError",
    "content_hash",
    "is_boilerplate",
    "normalize_text",
    "parse_bytes",
    "parse_string",
    "read_file",
    "sniff_format",
]
