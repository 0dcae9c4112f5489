"""Per-article progress as the library list shows it, stored so the list reads one row
per article instead of building every shown article's cards (issue 15).

The counts are derived data. ``article_progress`` holds, per article:

- ``checked``, ``total``, ``dismissed``: what ``cards.progress_of(build_cards(...))``
  gives for its live findings (stored rows and the untouched findings of its compact
  record) and the verdicts on them ("7 of 12 checked");
- ``opened``, ``done``, ``findings``: the per-finding figures of the list's count columns
  and status, copied from ``assertion_counts`` (:func:`finding_counts`), so listing
  10,000 articles reads 10,000 rows instead of aggregating 60,000.

They are kept exact without trusting any write path to remember them:

- triggers (migration m0016) mark an article's row *stale* (``total`` NULL) whenever
  anything the counts depend on changes: an assertions row (insert, delete, or an
  update of its span, category, rule, origin, status or deleted flag), a verdict on one
  of its rows, its compact record (or its counts), or the article row itself. Undo,
  merge, re-analysis, deletion and edits made by another process or by hand all go
  through those tables;
- every write transaction of the app recounts the stale rows just before it commits
  (``storage.db.LibraryDatabase.atomic`` calls :func:`refresh_stale`), so a commit
  leaves the counts exact;
- a reader counts stale or missing rows itself (:func:`read`), so even a change that
  was committed without the recount (another tool, a single autocommit statement) is
  never shown stale.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping

from sqlite_utils import Database

from factcheck_app.cards import Progress, SpanState, legacy_lifecycle, progress_of_findings
from factcheck_app.models import Category, Lifecycle
from factcheck_app.storage import compact, record_check

log = logging.getLogger(__name__)

TABLE = "article_progress"
_CHUNK = 500
_TO_CHECK = str(Lifecycle.TO_CHECK)
_SOURCED = str(Category.SOURCED)


def _chunks(ids: list[str]) -> Iterator[tuple[list[str], str]]:
    for at in range(0, len(ids), _CHUNK):
        chunk = ids[at : at + _CHUNK]
        yield chunk, ", ".join("?" for _ in chunk)


def count(db: Database, article_ids: Iterable[str]) -> dict[str, Progress]:
    """Count the articles' progress from their findings (what the cards show): live
    stored rows with their states and verdicts, plus the untouched findings of their
    records (always "to check", never with a verdict)."""
    ids = list(dict.fromkeys(article_ids))
    findings: dict[str, list[SpanState]] = {i: [] for i in ids}
    with_verdict: set[str] = set()
    live: list[tuple[str, str, int, int, str, str]] = []
    for chunk, marks in _chunks(ids):
        live.extend(
            db.execute(
                'SELECT id, article_id, start, "end", category, status FROM assertions'
                f" WHERE article_id IN ({marks}) AND deleted = 0",
                chunk,
            ).fetchall()
        )
        with_verdict.update(
            r[0]
            for r in db.execute(
                "SELECT v.assertion_id FROM verdicts v JOIN assertions a"
                f" ON a.id = v.assertion_id WHERE a.article_id IN ({marks}) AND v.deleted = 0",
                chunk,
            ).fetchall()
        )
    for row_id, article_id, start, end, category, status in live:
        state = legacy_lifecycle(None, status)
        findings[article_id].append((start, end, category, state, row_id in with_verdict))
    for article_id, values in compact.untouched_values(db, ids).items():
        findings[article_id].extend(
            (f["start"], f["end"], f["category"], _TO_CHECK, False) for f in values
        )
    return {article_id: progress_of_findings(found) for article_id, found in findings.items()}


def of_record(spans: Iterable[record_check.Span]) -> Progress:
    """The progress of an article whose findings are all the untouched ones of its
    record (``record_check.inspect_record``'s spans), none stored as a row: what
    :func:`count` gives it. Every finding is to check and none has a verdict, so every
    card in the queue is to check: the progress is 0 of the number of overlap groups
    with a finding other than ``sourced`` (the grouping of ``cards``), counted in one
    loop without the card states (a merge counts each record it copies)."""
    total = 0
    end = -1
    queued = False
    for start, stop, category in sorted(spans):
        if start < end:  # overlaps the group so far
            end = max(end, stop)
            queued = queued or category != _SOURCED
        else:
            total += queued
            end, queued = stop, category != _SOURCED
    return Progress(0, total + queued, 0)


def read(db: Database, article_ids: Iterable[str]) -> dict[str, Progress]:
    """The progress of each article: stored counts, and a fresh count where the stored
    one is stale or missing (nothing is written: reading never changes the file)."""
    ids = list(dict.fromkeys(article_ids))
    found: dict[str, Progress] = {}
    for chunk, marks in _chunks(ids):
        for article_id, checked, total, dismissed in db.execute(
            f"SELECT article_id, checked, total, dismissed FROM {TABLE}"
            f" WHERE article_id IN ({marks}) AND total IS NOT NULL",
            chunk,
        ).fetchall():
            found[article_id] = Progress(checked, total, dismissed)
    missing = [i for i in ids if i not in found]
    if missing:
        found.update(count(db, missing))
    return found


def open_claims(db: Database) -> int:
    """Claims still to check in the whole library (the status bar): for every article
    not in the trash, its cards not yet checked (the "5" of "7 of 12 checked"); stored
    counts where fresh, a fresh count where stale. An article without a row has no
    findings (every write that gives it one fires a trigger that adds the row)."""
    live = f"FROM {TABLE} p JOIN articles a ON a.id = p.article_id WHERE a.deleted = 0"
    fresh = db.execute(f"SELECT sum(p.total - p.checked) {live} AND p.total IS NOT NULL")
    stale = [r[0] for r in db.execute(f"SELECT p.article_id {live} AND p.total IS NULL")]
    counted = count(db, stale) if stale else {}
    return int(fresh.fetchone()[0] or 0) + sum(p.total - p.checked for p in counted.values())


#: One article's per-finding figures: the categories with open findings and how many
#: ("hedged 3,vague_source 1"), and how many findings not ``sourced`` are done and in all.
FindingCounts = tuple[str | None, int | None, int | None]
NO_FINDINGS: FindingCounts = (None, None, None)

_FINDING_COUNTS = (
    "SELECT article_id, group_concat(category || ' ' || open) FILTER (WHERE open > 0),"
    " sum(done) FILTER (WHERE category != 'sourced'),"
    " sum(total) FILTER (WHERE category != 'sourced')"
    " FROM assertion_counts WHERE total > 0 AND article_id IN ({marks}) GROUP BY article_id"
)


def finding_counts(db: Database, article_ids: Iterable[str]) -> dict[str, FindingCounts]:
    """The articles' per-finding figures, aggregated from ``assertion_counts`` (kept by
    the m0015 triggers); an article without findings is left out."""
    found: dict[str, FindingCounts] = {}
    for chunk, marks in _chunks(list(dict.fromkeys(article_ids))):
        for article_id, opened, done, total in db.execute(
            _FINDING_COUNTS.format(marks=marks), chunk
        ).fetchall():
            found[article_id] = (opened, done, total)
    return found


def store(db: Database, article_ids: Iterable[str]) -> None:
    """Recount and store the articles' progress; rows of articles no longer in the
    library are dropped. Call inside the write transaction."""
    ids = list(dict.fromkeys(article_ids))
    existing: set[str] = set()
    for chunk, marks in _chunks(ids):
        existing.update(
            r[0]
            for r in db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk).fetchall()
        )
    gone = [(i,) for i in ids if i not in existing]
    if gone:
        db.conn.executemany(f"DELETE FROM {TABLE} WHERE article_id = ?", gone)
    kept = [i for i in ids if i in existing]
    for at in range(0, len(kept), _CHUNK):
        chunk = kept[at : at + _CHUNK]
        counted, figures = count(db, chunk), finding_counts(db, chunk)
        db.conn.executemany(
            f"INSERT OR REPLACE INTO {TABLE}"
            " (article_id, checked, total, dismissed, opened, done, findings)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (i, p.checked, p.total, p.dismissed, *figures.get(i, NO_FINDINGS))
                for i, p in counted.items()
            ],
        )


def refresh_stale(db: Database) -> None:
    """Recount every stale article (the transaction's changes marked them): called by
    the write transaction just before it commits. A library from before m0016 (while
    migrations run) has no table yet: nothing to do."""
    try:
        stale = [r[0] for r in db.execute(f"SELECT article_id FROM {TABLE} WHERE total IS NULL")]
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return
        raise
    if not stale:
        return
    # The counts are derived and readers recount a stale row, so a failure here must not
    # cost the checker the edit being committed: it is logged and the marks stay.
    db.execute("SAVEPOINT article_progress")
    try:
        store(db, stale)
    except Exception:
        log.exception("card progress not recounted; readers count it themselves")
        db.execute("ROLLBACK TO article_progress")
    db.execute("RELEASE article_progress")


def store_counted(db: Database, counted: Mapping[str, Progress]) -> None:
    """Store progress the caller counted from the data it has just written (a merge
    counts each copied findings record while checking it: :func:`of_record`), so the
    commit need not unpack those records again. Only rows still marked stale are
    written: a change after the caller counted marks its row stale again, and the
    commit's :func:`refresh_stale` recounts it as ever. Call inside the transaction."""
    ids = list(counted)
    for at in range(0, len(ids), _CHUNK):
        chunk = ids[at : at + _CHUNK]
        figures = finding_counts(db, chunk)
        db.conn.executemany(
            f"UPDATE {TABLE} SET checked = ?, total = ?, dismissed = ?, opened = ?, done = ?,"
            " findings = ? WHERE article_id = ? AND total IS NULL",
            [
                (p.checked, p.total, p.dismissed, *figures.get(i, NO_FINDINGS), i)
                for i, p in ((i, counted[i]) for i in chunk)
            ],
        )


# --- schema (migration m0016) ------------------------------------------------------------

#: Marks one article's counts stale (``{id}``: an SQL expression naming the article). Two
#: statements, no ``OR REPLACE``: a trigger takes the conflict policy of the statement
#: that fired it (an ``INSERT OR IGNORE`` would silently skip the mark).
_MARK = """
    UPDATE article_progress SET total = NULL WHERE article_id = {id} AND total IS NOT NULL;
    INSERT INTO article_progress (article_id) SELECT {id}
        WHERE {id} IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM article_progress WHERE article_id = {id});
"""

#: The article of a verdict's assertion row (a verdict counts only on a stored row).
_VERDICT_ARTICLE = "(SELECT article_id FROM assertions WHERE id = {row}.assertion_id)"

#: What a finding's place in the count depends on.
_ASSERTION_COLUMNS = 'id, article_id, start, "end", category, rule, origin, status, deleted'


def _trigger(name: str, when: str, *marked: str) -> str:
    body = "".join(_MARK.format(id=expression) for expression in marked)
    return f"CREATE TRIGGER {name} {when} BEGIN {body} END;"


SCHEMA = "\n".join(
    [
        f"""
        CREATE TABLE {TABLE} (
            article_id TEXT PRIMARY KEY,
            checked INTEGER,
            total INTEGER,
            dismissed INTEGER,
            opened TEXT,
            done INTEGER,
            findings INTEGER
        ) WITHOUT ROWID;
        CREATE INDEX article_progress_stale ON {TABLE}(article_id) WHERE total IS NULL;
        """,
        _trigger("progress_article_insert", "AFTER INSERT ON articles", "NEW.id"),
        _trigger("progress_article_delete", "AFTER DELETE ON articles", "OLD.id"),
        _trigger("progress_assertion_insert", "AFTER INSERT ON assertions", "NEW.article_id"),
        _trigger(
            "progress_assertion_update",
            f"AFTER UPDATE OF {_ASSERTION_COLUMNS} ON assertions",
            "OLD.article_id",
            "NEW.article_id",
        ),
        _trigger("progress_assertion_delete", "AFTER DELETE ON assertions", "OLD.article_id"),
        _trigger(
            "progress_verdict_insert",
            "AFTER INSERT ON verdicts",
            _VERDICT_ARTICLE.format(row="NEW"),
        ),
        _trigger(
            "progress_verdict_update",
            "AFTER UPDATE OF assertion_id, deleted ON verdicts",
            _VERDICT_ARTICLE.format(row="OLD"),
            _VERDICT_ARTICLE.format(row="NEW"),
        ),
        _trigger(
            "progress_verdict_delete",
            "AFTER DELETE ON verdicts",
            _VERDICT_ARTICLE.format(row="OLD"),
        ),
        _trigger(
            "progress_record_insert",
            f"AFTER INSERT ON {compact.TABLE}",
            "NEW.article_id",
        ),
        _trigger(
            "progress_record_update",
            f"AFTER UPDATE OF article_id, detector_version, counts, data ON {compact.TABLE}",
            "OLD.article_id",
            "NEW.article_id",
        ),
        _trigger(
            "progress_record_delete",
            f"AFTER DELETE ON {compact.TABLE}",
            "OLD.article_id",
        ),
    ]
)


def mark_all_stale(db: Database) -> None:
    """Every article's counts to be recounted (m0016 fills the table this way)."""
    db.execute(
        f"INSERT OR REPLACE INTO {TABLE} (article_id) SELECT id FROM articles",
    )
