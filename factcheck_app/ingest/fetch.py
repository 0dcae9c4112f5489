"""Fetching a web address for import: http(s) only, bounded in time and size, every
redirect recorded, and the exchange archived as a WARC file.

Why by hand rather than ``follow_redirects=True``: each hop must be checked (a redirect
to ``file:`` or ``ftp:`` is refused) and shown to the checker, and each hop's headers go
into the archive. The size limit is enforced twice: on ``Content-Length`` before reading
and on the bytes actually read, so a server that lies about the length or trickles data
forever is cut off. Every failure is an :class:`IngestError` with one readable line, and
nothing is returned, so nothing is stored.
"""

from __future__ import annotations

import io
import logging
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from factcheck_app.i18n import N_
from factcheck_app.ingest.errors import IngestError
from factcheck_app.models import Cancel

log = logging.getLogger(__name__)

#: Largest response body accepted (a press-release PDF can be large; a page is not).
MAX_FETCH_BYTES: int = 50 * 1024 * 1024
#: Seconds to wait for a connection and for each chunk of data.
TIMEOUT: float = 20.0
#: Seconds the whole download may take, however steadily the server trickles.
DEADLINE: float = 120.0
MAX_REDIRECTS = 10
USER_AGENT = "Factcheck/0.1 (offline fact-checking assistant; archives what it imports)"
#: Headers describing the transfer, not the content; the archived body is decoded.
_TRANSFER_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


@dataclass(frozen=True)
class Hop:
    """One HTTP response on the way: a redirect, or the final answer."""

    url: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    http_version: str = "HTTP/1.1"


@dataclass(frozen=True)
class Fetched:
    """What one fetch brought back; ``hops[-1]`` is the response the body belongs to."""

    requested_url: str
    hops: tuple[Hop, ...]
    body: bytes
    fetched_at: str
    warc: bytes = field(repr=False, default=b"")

    @property
    def final_url(self) -> str:
        return self.hops[-1].url

    @property
    def status(self) -> int:
        return self.hops[-1].status

    @property
    def redirects(self) -> tuple[str, ...]:
        """Every address visited before the final one, in order."""
        return tuple(hop.url for hop in self.hops[:-1])

    def header(self, name: str) -> str | None:
        for key, value in self.hops[-1].headers:
            if key.lower() == name.lower():
                return value
        return None

    @property
    def content_type(self) -> str | None:
        value = self.header("content-type")
        return value.split(";")[0].strip().lower() if value else None

    @property
    def charset(self) -> str | None:
        value = self.header("content-type") or ""
        for part in value.split(";")[1:]:
            key, _, charset = part.partition("=")
            if key.strip().lower() == "charset" and charset.strip():
                return charset.strip().strip("\"'")
        return None


def check_url(url: str) -> str:
    """The address, trimmed; refuses anything but an absolute http(s) URL."""
    url = url.strip()
    if not url:
        raise IngestError(N_("Enter a web address (https://…)"))
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        if not parts.scheme and "." in url.split("/")[0]:
            raise IngestError(N_("{url} has no scheme; write https://{url}"), url=url)
        raise IngestError(
            N_("Only http:// and https:// addresses can be fetched, not {url}"), url=url
        )
    if not parts.hostname:
        raise IngestError(N_("{url} has no host name"), url=url)
    return url


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    max_bytes: int = MAX_FETCH_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    cancel: Cancel | None = None,
) -> Fetched:
    """GET ``url``, following redirects by hand; returns the body and the archive."""
    import httpx

    requested = check_url(url)
    started = time.monotonic()
    hops: list[Hop] = []
    fetched_at = _now()
    current = requested
    limits = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    with httpx.Client(
        timeout=limits, follow_redirects=False, headers={"User-Agent": USER_AGENT}
    ) as client:
        while True:
            fetched_at = _now()
            try:
                with client.stream("GET", current) as response:
                    hop = Hop(
                        current,
                        response.status_code,
                        response.reason_phrase or "",
                        tuple(response.headers.multi_items()),
                        response.http_version or "HTTP/1.1",
                    )
                    hops.append(hop)
                    location = response.headers.get("location")
                    if response.is_redirect and location:
                        current = _next_hop(current, location, len(hops), max_redirects)
                        continue
                    if response.status_code >= 400:
                        raise IngestError(
                            N_("The server answered {status} for {url}"),
                            status=f"{response.status_code} {response.reason_phrase or ''}".strip(),
                            url=current,
                        )
                    body = _read_body(response, max_bytes, started, deadline, cancel, current)
            except httpx.HTTPError as err:
                raise _explain(err, current, timeout) from None
            break
    log.info("fetched %s (%d bytes, %d redirects)", current, len(body), len(hops) - 1)
    done = Fetched(requested, tuple(hops), body, fetched_at)
    return Fetched(requested, done.hops, body, fetched_at, warc=write_warc(done))


def _next_hop(current: str, location: str, count: int, max_redirects: int) -> str:
    target = urljoin(current, location.strip())
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        raise IngestError(
            N_("{url} redirects to {target}, which is not a web address"),
            url=current,
            target=target,
        )
    if count > max_redirects:
        raise IngestError(
            N_("{url} redirects more than {count} times; giving up"),
            url=current,
            count=max_redirects,
        )
    return target


def _read_body(response, max_bytes: int, started: float, deadline: float, cancel, url) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(url, int(declared), max_bytes)
    buffer = bytearray()
    for chunk in response.iter_bytes():  # as received: a chunk size would wait to fill it
        buffer += chunk
        if len(buffer) > max_bytes:
            raise _too_large(url, None, max_bytes)
        if time.monotonic() - started > deadline:
            raise IngestError(
                N_("{url} took longer than {seconds:g} s to download; giving up"),
                url=url,
                seconds=deadline,
            )
        if cancel is not None and cancel():
            raise IngestError(N_("The download was cancelled; nothing was stored"))
    return bytes(buffer)


def _too_large(url: str, size: int | None, limit: int) -> IngestError:
    if size:
        return IngestError(
            N_("{url} is too large ({size:.1f} MB); the limit is {limit} MB"),
            url=url,
            size=size / 1_048_576,
            limit=limit // 1_048_576,
        )
    return IngestError(
        N_("{url} is too large; the limit is {limit} MB"), url=url, limit=limit // 1_048_576
    )


def _explain(err: Exception, url: str, timeout: float) -> IngestError:
    """One line saying what went wrong and, where we can tell, what to do."""
    import httpx

    host = urlsplit(url).hostname or url
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return IngestError(_OFFLINE, host=host)
        if isinstance(cause, ConnectionRefusedError):
            return IngestError(_REFUSED, host=host)
        cause = cause.__cause__ or cause.__context__
    text = str(err)
    if isinstance(err, httpx.ConnectTimeout):
        return IngestError(
            N_("{host} did not answer within {seconds:g} s; check that you are online"),
            host=host,
            seconds=timeout,
        )
    if isinstance(err, httpx.TimeoutException):
        return IngestError(
            N_("{host} stopped sending data for more than {seconds:g} s; giving up"),
            host=host,
            seconds=timeout,
        )
    if isinstance(err, httpx.ConnectError):
        lowered = text.lower()
        if "name" in lowered and ("resolution" in lowered or "known" in lowered):
            return IngestError(_OFFLINE, host=host)
        if "refused" in lowered:
            return IngestError(_REFUSED, host=host)
        return IngestError(
            N_("Cannot connect to {host}: {why}"), host=host, why=text or "no connection"
        )
    if isinstance(err, httpx.TooManyRedirects):
        return IngestError(N_("{url} redirects too often; giving up"), url=url)
    return IngestError(N_("Fetching {url} failed: {why}"), url=url, why=text or type(err).__name__)


_OFFLINE = N_("Cannot find {host}: this computer seems to be offline, or the address is wrong")
_REFUSED = N_("{host} refused the connection; check the address")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_warc(fetched: Fetched) -> bytes:
    """A gzipped WARC file: a warcinfo record, then one ``response`` record per hop.

    The body is stored as received after transfer decoding (gzip is undone), so the
    ``Content-Encoding``/``Content-Length`` headers are rewritten to match it; the
    original values are kept as ``X-Factcheck-Original-*`` headers.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    info = writer.create_warcinfo_record(
        "factcheck.warc.gz",
        {"software": USER_AGENT, "format": "WARC File Format 1.1", "isPartOf": "Factcheck"},
    )
    writer.write_record(info)
    for index, hop in enumerate(fetched.hops):
        last = index == len(fetched.hops) - 1
        body = fetched.body if last else b""
        headers: list[tuple[str, str]] = []
        for key, value in hop.headers:
            if key.lower() in _TRANSFER_HEADERS:
                headers.append((f"X-Factcheck-Original-{key}", value))
            else:
                headers.append((key, value))
        headers.append(("Content-Length", str(len(body))))
        status = StatusAndHeaders(
            f"{hop.status} {hop.reason}".strip(), headers, protocol=hop.http_version
        )
        record = writer.create_warc_record(
            hop.url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=status,
            warc_headers_dict={"WARC-Date": fetched.fetched_at},
        )
        writer.write_record(record)
    return out.getvalue()


def read_warc(data: bytes) -> list[tuple[str, int, dict[str, str], bytes, str]]:
    """(uri, status, headers, body, date) of each response record, for checks and tests."""
    from warcio.archiveiterator import ArchiveIterator

    found = []
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response":
            continue
        http = record.http_headers
        found.append(
            (
                record.rec_headers.get_header("WARC-Target-URI"),
                int(http.get_statuscode()),
                dict(http.headers),
                record.content_stream().read(),
                record.rec_headers.get_header("WARC-Date"),
            )
        )
    return found
