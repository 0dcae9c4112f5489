"""Numbered schema migrations; a landed migration is never edited, only followed.

Every table a user writes to shares the same bookkeeping columns (``SYNC_COLUMNS``) so
that two copies of a library can be merged row by row: a UUID key, timestamps, the
author, a deletion mark instead of a hard delete, and ``rev``, the id of the row's
current content version (its history lives in ``row_revisions``).
"""

from __future__ import annotations

import json

from sqlite_utils import Database, Migrations

from factcheck_app.cards import legacy_lifecycle

MIGRATIONS = Migrations("factcheck")

SYNC_COLUMNS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    rev TEXT NOT NULL
"""

#: Tables whose rows carry SYNC_COLUMNS and travel in shares and merges, parents first.
SYNCED_TABLES: tuple[str, ...] = (
    "articles",
    "article_snapshots",
    "assertions",
    "notes",
    "refs",
    "snapshots",
    "evidence",
    "verdicts",
    "tags",
    "claim_reviews",
)


@MIGRATIONS()
def m0001_initial(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            url TEXT, byline TEXT, outlet TEXT, published TEXT,
            source_name TEXT, source_format TEXT NOT NULL DEFAULT 'text',
            languages TEXT NOT NULL DEFAULT '[]',
            {SYNC_COLUMNS}
        );
        CREATE INDEX articles_hash ON articles(content_hash);

        CREATE TABLE blocks (
            article_id TEXT NOT NULL REFERENCES articles(id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            lang TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (article_id, seq)
        );

        CREATE TABLE assertions (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            category TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL,
            explanation TEXT NOT NULL DEFAULT '',
            rule TEXT, confidence REAL NOT NULL DEFAULT 1.0, lang TEXT NOT NULL DEFAULT '',
            cue_start INTEGER, cue_end INTEGER, source_text TEXT, detector_version TEXT,
            review TEXT NOT NULL DEFAULT 'new',
            dismiss_reason TEXT,
            status TEXT NOT NULL DEFAULT 'open',
            {SYNC_COLUMNS}
        );
        CREATE INDEX assertions_article ON assertions(article_id, start);

        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            assertion_id TEXT REFERENCES assertions(id),
            body TEXT NOT NULL,
            private INTEGER NOT NULL DEFAULT 0,
            {SYNC_COLUMNS}
        );
        CREATE INDEX notes_assertion ON notes(assertion_id);
        CREATE INDEX notes_article ON notes(article_id);

        CREATE TABLE refs (
            id TEXT PRIMARY KEY,
            url TEXT,
            title TEXT NOT NULL,
            publisher TEXT, published TEXT, accessed TEXT,
            kind TEXT NOT NULL DEFAULT 'other',
            {SYNC_COLUMNS}
        );

        CREATE TABLE snapshots (
            id TEXT PRIMARY KEY,
            reference_id TEXT NOT NULL REFERENCES refs(id),
            filename TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            {SYNC_COLUMNS}
        );
        CREATE INDEX snapshots_reference ON snapshots(reference_id);

        CREATE TABLE evidence (
            id TEXT PRIMARY KEY,
            assertion_id TEXT NOT NULL REFERENCES assertions(id),
            reference_id TEXT NOT NULL REFERENCES refs(id),
            relation TEXT NOT NULL,
            quote TEXT NOT NULL DEFAULT '',
            locator TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX evidence_assertion ON evidence(assertion_id);
        CREATE INDEX evidence_reference ON evidence(reference_id);

        CREATE TABLE verdicts (
            id TEXT PRIMARY KEY,
            assertion_id TEXT NOT NULL REFERENCES assertions(id),
            rating TEXT NOT NULL,
            explanation TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX verdicts_assertion ON verdicts(assertion_id);

        CREATE TABLE tags (
            id TEXT PRIMARY KEY,
            target_kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            name TEXT NOT NULL,
            {SYNC_COLUMNS}
        );
        CREATE INDEX tags_target ON tags(target_kind, target_id);
        CREATE INDEX tags_name ON tags(name);

        CREATE TABLE row_revisions (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            rev TEXT NOT NULL,
            PRIMARY KEY (table_name, row_id, rev)
        );

        CREATE TABLE change_log (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX change_log_row ON change_log(table_name, row_id);
        """
    )
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
    db.table("notes").enable_fts(["body"], create_triggers=True, tokenize="unicode61")
    db.table("refs").enable_fts(
        ["title", "publisher", "url"], create_triggers=True, tokenize="unicode61"
    )
    db.table("tags").enable_fts(["name"], create_triggers=True, tokenize="unicode61")


def migration_names() -> list[str]:
    """Names of every migration this build knows, in order; their count is the schema version."""
    return [m.name for m in MIGRATIONS.pending(Database(memory=True))]


@MIGRATIONS()
def m0002_merges(db: Database) -> None:
    """The merge log and the conflicts it kept: both versions, so nothing is ever dropped.

    These tables are local history of this copy; they never travel in share files.
    """
    db.executescript(
        """
        CREATE TABLE merges (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            source_library_id TEXT NOT NULL,
            source_file TEXT NOT NULL DEFAULT '',
            added TEXT NOT NULL DEFAULT '{}',
            changed TEXT NOT NULL DEFAULT '{}',
            deleted TEXT NOT NULL DEFAULT '{}',
            conflicts INTEGER NOT NULL DEFAULT 0,
            backup_path TEXT
        );

        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            merge_id TEXT NOT NULL REFERENCES merges(id),
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            ours TEXT NOT NULL,
            theirs TEXT NOT NULL,
            chosen TEXT NOT NULL,
            flipped_at TEXT,
            flipped_by TEXT
        );
        CREATE INDEX conflicts_merge ON conflicts(merge_id);
        CREATE INDEX conflicts_row ON conflicts(table_name, row_id);
        """
    )


@MIGRATIONS()
def m0003_journal(db: Database) -> None:
    """The undo journal (``storage/journal.py``): each edit's before and after row images.

    Local history of this copy, like ``merges``: it never travels in share files or merges.
    """
    db.executescript(
        """
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            changes TEXT NOT NULL DEFAULT '{}',
            undone INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE journal_rows (
            step_id INTEGER NOT NULL REFERENCES journal(id),
            seq INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            before TEXT,
            after TEXT NOT NULL,
            PRIMARY KEY (step_id, seq)
        );
        """
    )


@MIGRATIONS()
def m0006_provenance(db: Database) -> None:
    """Where an article came from, and the archived copy of what was received.

    The origin lives on the article row (the address asked for and the one the redirects
    ended at, the fetch time, the hash and size of the original bytes); the bytes
    themselves (a WARC record of a fetched page, or the original PDF/DOCX/HTML file) are
    a separate synced table, so listing articles never reads them. ``blocks.page`` is
    the PDF page a block came from.
    """
    db.executescript(
        f"""
        ALTER TABLE articles ADD COLUMN modified TEXT;
        ALTER TABLE articles ADD COLUMN requested_url TEXT;
        ALTER TABLE articles ADD COLUMN final_url TEXT;
        ALTER TABLE articles ADD COLUMN redirects TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE articles ADD COLUMN fetched_at TEXT;
        ALTER TABLE articles ADD COLUMN http_status INTEGER;
        ALTER TABLE articles ADD COLUMN content_type TEXT;
        ALTER TABLE articles ADD COLUMN original_sha256 TEXT;
        ALTER TABLE articles ADD COLUMN original_size INTEGER;
        ALTER TABLE blocks ADD COLUMN page INTEGER;

        CREATE TABLE article_snapshots (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            filename TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            {SYNC_COLUMNS}
        );
        CREATE INDEX article_snapshots_article ON article_snapshots(article_id);
        """
    )


@MIGRATIONS()
def m0007_claim_memory(db: Database) -> None:
    """Published fact-checks (synced like all checker data) and the local claim-match index.

    ``claim_reviews`` rows are shared and merged; ``claim_index`` holds the keys each claim
    was reduced to, so the match index loads without re-reading every claim. It is derived
    data of this copy and never travels.
    """
    db.executescript(
        f"""
        CREATE TABLE claim_reviews (
            id TEXT PRIMARY KEY,
            claim TEXT NOT NULL,
            rating TEXT NOT NULL DEFAULT '',
            rating_value REAL,
            explanation TEXT NOT NULL DEFAULT '',
            claimant TEXT NOT NULL DEFAULT '',
            claim_date TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            review_date TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT '',
            appearance_url TEXT NOT NULL DEFAULT '',
            source_file TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX claim_reviews_url ON claim_reviews(url);

        CREATE TABLE claim_index (
            item_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            article_id TEXT NOT NULL DEFAULT '',
            text_hash TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT '',
            features TEXT NOT NULL
        );
        """
    )
    db.table("claim_reviews").enable_fts(
        ["claim", "publisher", "claimant"], create_triggers=True, tokenize="unicode61"
    )


#: Recomputes one (article, category) row of ``assertion_counts`` from the assertions.
_COUNT_ROW = """
    INSERT OR REPLACE INTO assertion_counts (article_id, category, open, done, total)
    SELECT {row}.article_id, {row}.category,
        COALESCE(SUM(review != 'dismissed' AND status != 'checked'), 0),
        COALESCE(SUM(status = 'checked' OR review = 'dismissed'), 0),
        COUNT(*)
    FROM assertions
    WHERE article_id = {row}.article_id AND category = {row}.category AND deleted = 0;
"""


@MIGRATIONS()
def m0008_perf(db: Database) -> None:
    """What the library list needs, kept ready, so listing never reads the text.

    ``assertion_counts`` holds per article and category the open, done and total number
    of (not deleted) assertions, kept up to date by triggers; the list reads 60,000 small
    rows at 10,000 articles instead of grouping 300,000 assertions at every start. The
    covering index ``articles_list`` lists titles and dates without touching the rows
    that hold the article text; it does not start with ``deleted``, or SQLite would
    prefer it to the primary key for ``id = ? AND deleted = 0``. ``assertions_summary``
    makes each trigger's recount one index range.
    """
    db.executescript(
        f"""
        CREATE INDEX articles_list ON articles(
            created_at, deleted, id, title, outlet, published, languages
        );
        CREATE INDEX assertions_summary ON assertions(
            article_id, category, deleted, review, status
        );
        CREATE TABLE assertion_counts (
            article_id TEXT NOT NULL,
            category TEXT NOT NULL,
            open INTEGER NOT NULL,
            done INTEGER NOT NULL,
            total INTEGER NOT NULL,
            PRIMARY KEY (article_id, category)
        ) WITHOUT ROWID;
        INSERT INTO assertion_counts (article_id, category, open, done, total)
        SELECT article_id, category,
            SUM(review != 'dismissed' AND status != 'checked'),
            SUM(status = 'checked' OR review = 'dismissed'),
            COUNT(*)
        FROM assertions WHERE deleted = 0 GROUP BY article_id, category;
        CREATE TRIGGER assertion_counts_insert AFTER INSERT ON assertions BEGIN
            {_COUNT_ROW.format(row="NEW")}
        END;
        CREATE TRIGGER assertion_counts_update
        AFTER UPDATE OF article_id, category, review, status, deleted ON assertions BEGIN
            {_COUNT_ROW.format(row="OLD")}
            {_COUNT_ROW.format(row="NEW")}
        END;
        CREATE TRIGGER assertion_counts_delete AFTER DELETE ON assertions BEGIN
            {_COUNT_ROW.format(row="OLD")}
        END;
        """
    )


@MIGRATIONS()
def m0009_merge_undo(db: Database) -> None:
    """Before-images of every row a merge changed, so a whole merge can be undone later
    without losing work done since (rows changed after the merge are left alone).

    Local history like ``merges``; never travels in share files.
    """
    db.executescript(
        """
        CREATE TABLE merge_undo (
            merge_id TEXT NOT NULL REFERENCES merges(id),
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after_rev TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (merge_id, table_name, row_id)
        );
        ALTER TABLE merges ADD COLUMN undone_at TEXT;
        """
    )


#: ``_COUNT_ROW`` from m0011 on: one lifecycle column says what is open and what is done.
_COUNT_LIFECYCLE = """
    INSERT OR REPLACE INTO assertion_counts (article_id, category, open, done, total)
    SELECT {row}.article_id, {row}.category,
        COALESCE(SUM(status IN ('to_check', 'in_progress')), 0),
        COALESCE(SUM(status IN ('checked', 'dismissed')), 0),
        COUNT(*)
    FROM assertions
    WHERE article_id = {row}.article_id AND category = {row}.category AND deleted = 0;
"""


def _lifecycle_image(image: str | None) -> str | None:
    """A stored row image (journal, merge undo, conflict) with its old review/status
    pair rewritten as a lifecycle state, so undoing or flipping it later writes a valid
    state."""
    if not image:
        return image
    try:
        row = json.loads(image)
    except ValueError:
        return image
    if not isinstance(row, dict) or ("status" not in row and "review" not in row):
        return image
    row["status"] = legacy_lifecycle(row.get("review"), row.get("status"), row.get("origin"))
    return json.dumps(row, ensure_ascii=False)


@MIGRATIONS()
def m0010_explanation_keys(db: Database) -> None:
    """Why each assertion was flagged, as its rule's template key and parameters (JSON), so
    it renders in the reader's language (``factcheck_app.explanations``). Existing rows keep
    their stored text, shown as it is until the article is analysed again."""
    db.executescript(
        """
        ALTER TABLE assertions ADD COLUMN explain_key TEXT;
        ALTER TABLE assertions ADD COLUMN explain_params TEXT;
        """
    )


@MIGRATIONS()
def m0011_lifecycle(db: Database) -> None:
    """One lifecycle per claim (issue 13): ``status`` now holds to_check / in_progress /
    checked / dismissed, mapped from the old review and status (``cards.legacy_lifecycle``:
    a verdict means checked, a dismissal stays dismissed with its reason, a kept finding
    or one with notes or evidence is in progress). The old ``review`` column keeps its
    values as a record of what each row was before; nothing reads or writes it any more.
    Revisions are not renewed: the mapping is the same in every copy, so two migrated
    copies still agree. Row images in the undo journal, the merge-undo log and the
    conflicts are mapped too, so undoing an old step cannot write an old word back.

    ``drafts`` keeps what a checker typed on a card but has not saved (note, rating,
    explanation), per card, in this copy only: drafts are not edits, never journaled,
    never shared.
    """
    db.conn.create_function("fc_legacy_lifecycle", 5, legacy_lifecycle, deterministic=True)
    db.conn.create_function("fc_lifecycle_image", 1, _lifecycle_image, deterministic=True)
    db.executescript(
        f"""
        DROP TRIGGER IF EXISTS assertion_counts_insert;
        DROP TRIGGER IF EXISTS assertion_counts_update;
        DROP TRIGGER IF EXISTS assertion_counts_delete;
        UPDATE assertions SET status = fc_legacy_lifecycle(
            review, status, origin,
            EXISTS (SELECT 1 FROM verdicts v WHERE v.assertion_id = assertions.id
                    AND v.deleted = 0),
            EXISTS (SELECT 1 FROM notes n WHERE n.assertion_id = assertions.id
                    AND n.deleted = 0)
            OR EXISTS (SELECT 1 FROM evidence e WHERE e.assertion_id = assertions.id
                    AND e.deleted = 0)
        );
        UPDATE journal_rows SET before = fc_lifecycle_image(before),
            after = fc_lifecycle_image(after) WHERE table_name = 'assertions';
        UPDATE merge_undo SET before = fc_lifecycle_image(before)
            WHERE table_name = 'assertions';
        UPDATE conflicts SET ours = fc_lifecycle_image(ours),
            theirs = fc_lifecycle_image(theirs) WHERE table_name = 'assertions';
        DELETE FROM assertion_counts;
        INSERT INTO assertion_counts (article_id, category, open, done, total)
        SELECT article_id, category,
            SUM(status IN ('to_check', 'in_progress')),
            SUM(status IN ('checked', 'dismissed')),
            COUNT(*)
        FROM assertions WHERE deleted = 0 GROUP BY article_id, category;
        CREATE TRIGGER assertion_counts_insert AFTER INSERT ON assertions BEGIN
            {_COUNT_LIFECYCLE.format(row="NEW")}
        END;
        CREATE TRIGGER assertion_counts_update
        AFTER UPDATE OF article_id, category, status, deleted ON assertions BEGIN
            {_COUNT_LIFECYCLE.format(row="OLD")}
            {_COUNT_LIFECYCLE.format(row="NEW")}
        END;
        CREATE TRIGGER assertion_counts_delete AFTER DELETE ON assertions BEGIN
            {_COUNT_LIFECYCLE.format(row="OLD")}
        END;
        CREATE TABLE drafts (
            assertion_id TEXT NOT NULL,
            field TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (assertion_id, field)
        ) WITHOUT ROWID;
        """
    )


@MIGRATIONS()
def m0012_library_management(db: Database) -> None:
    """The language a checker sets for a whole article (``''`` = detected per block).

    A trashed article is the deletion mark every synced row already has, with its content
    still here (``storage/trash.py``); ``trashed`` on the rows hanging off it says "deleted
    with the article", so a restore brings those back and leaves what the checker deleted
    earlier deleted. Checker identity and "don't flag this again" exceptions belong to the
    person and live in their settings file, not in the library.
    """
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN lang TEXT NOT NULL DEFAULT '';
        ALTER TABLE assertions ADD COLUMN trashed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE notes ADD COLUMN trashed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE article_snapshots ADD COLUMN trashed INTEGER NOT NULL DEFAULT 0;
        """
    )


@MIGRATIONS()
def m0013_claim_summaries(db: Database) -> None:
    """The short claim a verdict is about ("claimReviewed"), written by the checker.

    Empty means "not written yet": reports and ClaimReview then show the quote. It is a
    column of the verdict, not of the assertion, because it is part of what the checker
    publishes with the verdict and travels, merges and is undone with it.
    """
    db.executescript("ALTER TABLE verdicts ADD COLUMN claim_summary TEXT NOT NULL DEFAULT '';")


# Later migrations live in their own modules; importing them here registers them after
# the ones above, in number order (the import must stay at the end of this module).
from factcheck_app.storage import (  # noqa: E402
    migration_m0014,  # noqa: F401
    migration_m0015,  # noqa: F401
    migration_m0016,  # noqa: F401
)
