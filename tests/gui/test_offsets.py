"""Code points (models) <-> UTF-16 (Qt): emoji shift positions, umlauts do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from factcheck_app.gui.offsets import Utf16Map, from_utf16, to_utf16, utf16_len


def test_umlauts_and_emoji():
    text = "Grüße 😀 aus Köln 🇩🇪 – Straße"
    m = Utf16Map(text)
    koeln = text.index("Köln")
    assert m.to_utf16(koeln) == koeln + 1  # one emoji (two units) before it
    strasse = text.index("Straße")
    assert m.to_utf16(strasse) == strasse + 3  # the flag is two astral characters
    assert m.to_code_point(m.to_utf16(strasse)) == strasse
    assert utf16_len(text) == len(text) + 3


def test_position_inside_a_surrogate_pair_rounds_down():
    text = "a😀b"
    assert from_utf16(text, 2) == 1  # between the two halves of the emoji
    assert from_utf16(text, 3) == 2


def test_matches_qtextdocument_positions():
    text = "Ä😀ü\n\nMüller 🔥 sagte"
    doc = QTextDocument()
    doc.setPlainText(text)
    m = Utf16Map(text)
    start = text.index("sagte")
    cursor = QTextCursor(doc)
    cursor.setPosition(m.to_utf16(start))
    cursor.setPosition(m.to_utf16(start + 5), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "sagte"


@given(st.text(alphabet=st.sampled_from("aäß😀🇩\n €"), max_size=40))
def test_round_trip(text):
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == to_utf16(text, i)
        assert m.to_code_point(m.to_utf16(i)) == i
