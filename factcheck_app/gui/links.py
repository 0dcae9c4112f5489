"""Opening web addresses from notes and references, safely.

Articles and notes come from outside, so a link may point anywhere: only what the one URL
policy (:mod:`factcheck_app.urlpolicy`) allows opens (http/https, mailto), always in the
system's handler and only after the checker has seen the full address, with a look-alike
host shown in punycode. ``file:``, ``javascript:``, ``data:`` and every other scheme are
refused.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from factcheck_app import urlpolicy
from factcheck_app.gui.i18n import translate

ALLOWED_SCHEMES = urlpolicy.ALLOWED_SCHEMES


def plain_tooltip(text: str) -> str:
    """User text for a tooltip, shown as typed: Qt would render text that looks like
    HTML as rich text (images, links), so it is escaped inside a rich-text paragraph."""
    return '<p style="white-space:pre-wrap">' + html.escape(text) + "</p>" if text else ""


def is_openable(url: str | QUrl) -> bool:
    """True for an address the URL policy allows that Qt also parses strictly."""
    text = url.toString() if isinstance(url, QUrl) else url
    if urlpolicy.safe_link(text) is None:
        return False
    qurl = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    return qurl.isValid() and qurl.scheme().lower() in ALLOWED_SCHEMES


def open_link(parent: QWidget | None, url: str | QUrl) -> bool:
    """Ask, then open ``url`` in the system browser; returns whether it was opened."""
    text = url.toString() if isinstance(url, QUrl) else url.strip()
    if not is_openable(text):
        QMessageBox.warning(
            parent,
            translate("links", "Link not opened"),
            translate(
                "links",
                "Only web addresses (http:// or https://) can be opened from Factcheck."
                "\n\nRefused: {address}",
            ).format(address=urlpolicy.display_url(text[:500])),
        )
        return False
    answer = QMessageBox.question(
        parent,
        translate("links", "Open in browser?"),
        translate("links", "Open this address in your web browser?\n\n{address}").format(
            address=urlpolicy.display_url(text)
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Open:
        return False
    return QDesktopServices.openUrl(QUrl(text, QUrl.ParsingMode.StrictMode))
