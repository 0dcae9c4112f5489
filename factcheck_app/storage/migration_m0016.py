"""Migration m0016: stored per-article card progress (issue 15, ``storage.card_progress``),
registered after m0015 by ``migrations``.
"""

from __future__ import annotations

from sqlite_utils import Database

from factcheck_app.storage import card_progress
from factcheck_app.storage.migrations import MIGRATIONS


@MIGRATIONS()
def m0016_card_progress(db: Database) -> None:
    """The library list's "7 of 12 checked" as a table kept exact by triggers and the
    recount before each commit (``card_progress``): reading it for the rows on screen
    no longer builds every shown article's cards (a sort click at 10,000 articles spent
    most of its time there). Every article is counted once here."""
    db.executescript(card_progress.SCHEMA)
    card_progress.mark_all_stale(db)
    card_progress.refresh_stale(db)
