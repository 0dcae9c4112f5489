"""Opening web addresses from notes and references, safely.

Articles and notes come from outside, so a link may point anywhere: only ``http``/``https``
addresses open, always in the system browser and only after the checker has seen the
full address. ``file:``, ``javascript:``, ``data:`` and every other scheme are refused.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from factcheck_app.gui.i18n import translate

ALLOWED_SCHEMES = frozenset({"http", "https"})


def is_openable(url: str | QUrl) -> bool:
    """True for a well-formed http(s) address with a host."""
    qurl = url if isinstance(url, QUrl) else QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    return qurl.isValid() and qurl.scheme().lower() in ALLOWED_SCHEMES and bool(qurl.host())


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
            ).format(address=text[:500]),
        )
        return False
    answer = QMessageBox.question(
        parent,
        translate("links", "Open in browser?"),
        translate("links", "Open this address in your web browser?\n\n{address}").format(
            address=text
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Open:
        return False
    return QDesktopServices.openUrl(QUrl(text, QUrl.ParsingMode.StrictMode))
