"""Migration m0016: stored per-article card progress (issue 15, ``storage.article_progress``),
registered after m0015 by ``migrations``.
"""

from __future__ import annotations

from sqlite_utils import Database

from factcheck_app.storage import article_progress
from factcheck_app.storage.migrations import MIGRATIONS


@MIGRATIONS()
def m0016_article_progress(db: Database) -> None:
    """The library list's "7 of 12 checked" as a table kept exact by triggers and the
    recount before each commit (``article_progress``): reading it for the rows on screen
    no longer builds every shown article's cards (a sort click at 10,000 articles spent
    most of its time there). Every article is counted once here."""
    db.executescript(article_progress.SCHEMA)
    article_progress.mark_all_stale(db)
    article_progress.refresh_stale(db)
