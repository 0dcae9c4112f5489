"""Migration m0014: a smaller library file (issue 15), in its own module because
``migrations.py`` holds the schema's history up to m0013. Registered on the shared
:data:`~factcheck_app.storage.migrations.MIGRATIONS` when ``migrations`` is imported.
"""

from __future__ import annotations

from sqlite_utils import Database

from factcheck_app.explanations import render_stored
from factcheck_app.storage.migrations import MIGRATIONS, SYNCED_TABLES


def _stored_english(key: str | None, params: str | None) -> str | None:
    """The English text a key renders to (what m0010 stored beside the key), or None."""
    if not key:
        return None
    try:
        return render_stored(key, params, "en")
    except Exception:  # a damaged parameter blob: keep the stored text
        return None


@MIGRATIONS()
def m0014_size(db: Database) -> None:
    """A smaller file (issue 15), losing nothing.

    ``row_revisions`` keeps only *past* revisions (``rows``): a row's current revision is
    its own ``rev``, so a row never changed since it was written (every untouched detector
    finding) has no history row; the table has no rowid either (its key is the row), nor
    has ``blocks`` (keyed by article and number, its key index held the rows twice). The
    English ``explanation`` of a row with an ``explain_key`` is rendered from the key when
    read, so it is stored only where it differs (text typed by a checker or imported).
    ``assertions_article`` is dropped and ``assertions_summary`` narrowed to what the
    queries read: one index on (article_id, category, deleted, status) serves both the
    per-article reads and the count triggers. ``claim_index`` is emptied: it is rebuilt
    holding only the claims worth remembering (``services.claim_memory``).
    Revisions are not renewed: nothing a copy sees as content changed.
    """
    db.conn.create_function("fc_stored_english", 2, _stored_english, deterministic=True)
    current = "\n".join(
        f"WHEN '{t}' THEN EXISTS (SELECT 1 FROM {t} x WHERE x.id = r.row_id AND x.rev = r.rev)"
        for t in SYNCED_TABLES
    )
    db.executescript(
        f"""
        CREATE TABLE row_revisions_past (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            rev TEXT NOT NULL,
            PRIMARY KEY (table_name, row_id, rev)
        ) WITHOUT ROWID;
        INSERT INTO row_revisions_past (table_name, row_id, rev)
        SELECT table_name, row_id, rev FROM row_revisions r
        WHERE NOT (CASE r.table_name {current} ELSE 0 END);
        DROP TABLE row_revisions;
        ALTER TABLE row_revisions_past RENAME TO row_revisions;

        UPDATE assertions SET explanation = ''
        WHERE explain_key IS NOT NULL AND explanation != ''
            AND explanation = fc_stored_english(explain_key, explain_params);

        CREATE TABLE blocks_keyed (
            article_id TEXT NOT NULL REFERENCES articles(id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            lang TEXT NOT NULL DEFAULT '',
            page INTEGER,
            PRIMARY KEY (article_id, seq)
        ) WITHOUT ROWID;
        INSERT INTO blocks_keyed (article_id, seq, kind, start, "end", lang, page)
        SELECT article_id, seq, kind, start, "end", lang, page FROM blocks;
        DROP TABLE blocks;
        ALTER TABLE blocks_keyed RENAME TO blocks;

        DROP INDEX IF EXISTS assertions_article;
        DROP INDEX IF EXISTS assertions_summary;
        CREATE INDEX assertions_summary ON assertions(article_id, category, deleted, status);

        DELETE FROM claim_index;
        DELETE FROM meta WHERE key IN ('claim_index_change', 'claim_index_version');
        """
    )
