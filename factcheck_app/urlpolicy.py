"""The one URL policy: which addresses may become a live link anywhere we write one.

Article, reference and note URLs come from outside (an imported page, a share file, a
W3C file). A ``javascript:``, ``data:``, ``file:``, ``ms-msdt:`` or ``search-ms:`` address,
or a UNC path, turned into a clickable link in the GUI, an HTML/Markdown/PDF report or a
JSON-LD export runs code or leaks files on the reader's machine. So every output asks
``safe_link`` and writes anything refused as plain text only; the GUI shows addresses
through ``display_url`` so a look-alike host (Cyrillic "а" in "pаypal.com") appears as
punycode. Qt-free: the export layer and the GUI both use it.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit, urlunsplit

#: The only schemes that become links.
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_URL_LENGTH = 8192


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def safe_link(url: str | None) -> str | None:
    """``url`` if it may be a live link (http/https with a host, or mailto), else None.

    Refused: other schemes, relative and protocol-relative addresses, UNC and backslash
    paths, user:password@ hosts (they disguise the real host), control or bidi
    characters, whitespace inside, and overlong addresses.
    """
    if not isinstance(url, str):
        return None
    text = url.strip()
    if not text or len(text) > MAX_URL_LENGTH or "\\" in text or _has_control(text):
        return None
    if any(ch.isspace() for ch in text):
        return None
    try:
        parts = urlsplit(text)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a non-numeric port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return None
    if scheme == "mailto":
        return text if parts.path and "@" in parts.path else None
    if not host or "@" in parts.netloc or not text.lower().startswith(scheme + "://"):
        return None
    return text


def _scripts(text: str) -> set[str]:
    found = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            found.add(name.split(" ")[0] if name else "UNKNOWN")
    return found


def display_host(host: str) -> str:
    """The host as shown to a person: punycode when its letters mix scripts.

    "müller.de" stays readable; "pаypal.com" (Cyrillic а) and "аррӏе.com" show as
    xn--… so the difference is visible.
    """
    if host.isascii():
        return host
    if len(_scripts(host)) <= 1:
        return host
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append("xn--" + label.encode("punycode").decode("ascii"))
        except UnicodeError:
            labels.append(label.encode("ascii", "backslashreplace").decode("ascii"))
    return ".".join(labels)


def display_url(url: str) -> str:
    """``url`` for showing (confirmations, tooltips): look-alike hosts in punycode,
    control and bidi characters made visible instead of reordering the text."""
    text = "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cf") else ch
        for ch in url.strip()
    )
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return text
    if not host:
        return text
    shown = display_host(host)
    if shown == host:
        return text
    netloc = parts.netloc.lower().replace(host, shown, 1)
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def neutral_text(text: str, limit: int = 0) -> str:
    """Text (a file name, a title) safe to show: bidi/format controls replaced by a
    visible mark, optionally elided in the middle to ``limit`` characters."""
    cleaned = "".join("\ufffd" if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)
    if limit and len(cleaned) > limit:
        head = (limit - 1) * 2 // 3
        tail = limit - 1 - head
        cleaned = cleaned[:head] + "…" + (cleaned[-tail:] if tail else "")
    return cleaned
