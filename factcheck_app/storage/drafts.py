"""What a checker typed on a claim card but has not saved yet (issue 13, point 3).

One row per card and field (``note`` and its ``private`` tick, ``rating``, ``explanation``,
``summary``), keyed by the card's
primary finding. Drafts are local to this copy: they are not edits (nothing is filed
yet), so they are not journaled, not change-logged and never shared or merged; saving a
draft as a note or verdict is the edit, and it clears the draft in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from factcheck_app.storage.rows import now

#: What a card's boxes can hold unsaved: the note (and "1" when it is ticked private) and
#: the verdict's rating, explanation and claim summary.
FIELDS: tuple[str, ...] = ("note", "private", "rating", "explanation", "summary")
NOTE_FIELDS: tuple[str, ...] = ("note", "private")
VERDICT_FIELDS: tuple[str, ...] = ("rating", "explanation", "summary")


def get_drafts(db: Database, card_ids: Iterable[str]) -> dict[str, str]:
    """The card's drafts per field; with several ids (the card's findings, primary
    first), the first id that has a draft for a field wins."""
    found: dict[str, str] = {}
    for card_id in card_ids:
        for field, text in db.execute(
            "SELECT field, text FROM drafts WHERE assertion_id = ?", [card_id]
        ).fetchall():
            found.setdefault(field, text)
    return found


def save_draft(db: Database, card_id: str, field: str, text: str) -> None:
    """Keep ``text`` as the card's draft of ``field``; an empty text removes it."""
    if field not in FIELDS:
        raise ValueError(f"unknown draft field {field!r}")
    with db.atomic():
        if text:
            db.execute(
                "INSERT OR REPLACE INTO drafts (assertion_id, field, text, updated_at)"
                " VALUES (?, ?, ?, ?)",
                [card_id, field, text, now()],
            )
        else:
            db.execute("DELETE FROM drafts WHERE assertion_id = ? AND field = ?", [card_id, field])


def clear_drafts(db: Database, card_ids: Iterable[str], fields: Iterable[str]) -> None:
    ids, names = list(card_ids), list(fields)
    if not ids or not names:
        return
    with db.atomic():
        db.execute(
            f"DELETE FROM drafts WHERE assertion_id IN ({', '.join('?' for _ in ids)})"
            f" AND field IN ({', '.join('?' for _ in names)})",
            ids + names,
        )
