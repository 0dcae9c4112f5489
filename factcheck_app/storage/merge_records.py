"""What an article taken from a share brings with it: its blocks and its findings record.

Part of ``merge.apply`` (one transaction): blocks and the packed findings record belong
to their article, so an article added or taken from the other side replaces ours; their
records of articles we hold with the same text and have not analysed are taken too. The
records' counts are the ones ``untrusted`` counted while checking them where no stored
row of the article can change them, so nothing is unpacked twice.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlite_utils import Database

from factcheck_app.cards import Progress as CardProgress
from factcheck_app.storage import article_progress, compact
from factcheck_app.storage.merge_rows import cols

#: The articles whose content (text, blocks, record) comes from the other side.
_TAKEN = (
    "SELECT id FROM temp.merge_plan WHERE table_name = 'articles' AND action IN ('add', 'take')"
    " AND NOT theirs_deleted"
)


def copy_blocks(db: Database) -> None:
    """Blocks belong to their article: an article taken from the other side brings its own."""
    db.execute(f"DELETE FROM main.blocks WHERE article_id IN ({_TAKEN})")
    names = [r[1] for r in db.execute('PRAGMA main.table_info("blocks")').fetchall()]
    db.execute(
        f"INSERT INTO main.blocks ({cols(names)}) SELECT {cols(names)} FROM other.blocks"
        f" WHERE article_id IN ({_TAKEN})"
    )


def keep_findings(db: Database, text_changed: list[str]) -> None:
    """An article whose text we take without their findings record: our untouched
    findings become rows while they still match our text, so they are re-anchored."""
    for article_id in text_changed:
        if db.execute(
            "SELECT 1 FROM other.article_findings WHERE article_id = ?", [article_id]
        ).fetchone():
            continue
        for row in compact.rows_for(db, [article_id]).get(article_id, []):
            compact.materialise(db, row["id"])


def copy_findings(
    db: Database, record_counts: Mapping[str, str], record_progress: Mapping[str, CardProgress]
) -> None:
    """An article taken from the other side brings its findings record (like its
    blocks); then every record's counts follow the rows the merge added.

    A record copied for an article no row of which is stored hides none of its
    findings, so its counts are the ones the check counted (``record_counts``): it is
    written once with them instead of being unpacked and recounted here.
    """
    fresh = [r[0] for r in db.execute(NEW_RECORDS.format(columns="o.article_id"))]
    copied = [
        r[0]
        for r in db.execute(
            f"SELECT article_id FROM other.article_findings WHERE article_id IN ({_TAKEN})"
        )
    ]
    copied += fresh
    with_rows = compact.articles_with_rows(db, copied)
    known = {a: record_counts[a] for a in copied if a in record_counts and a not in with_rows}
    db.execute("DELETE FROM temp.merge_counts")  # (made by ``attach``)
    db.conn.executemany("INSERT INTO temp.merge_counts VALUES (?, ?)", known.items())
    db.execute(
        f"DELETE FROM main.article_findings WHERE article_id IN ({_TAKEN}) AND article_id IN"
        " (SELECT article_id FROM other.article_findings)"
    )
    db.execute(
        "INSERT INTO main.article_findings"
        " (article_id, detector_version, analysed_at, author, counts, data)"
        f" SELECT {_RECORD_COLUMNS} FROM other.article_findings o"
        f" WHERE o.article_id IN ({_TAKEN})"
        f" UNION ALL {NEW_RECORDS.format(columns=_RECORD_COLUMNS)}"
    )
    articles = [
        r[0]
        for r in db.execute(
            f"SELECT id FROM ({_TAKEN}) UNION SELECT a.article_id FROM main.assertions a"
            " WHERE a.id IN (SELECT id FROM temp.merge_plan WHERE table_name = 'assertions')"
        )
    ]
    compact.refresh_counts(db, [a for a in [*articles, *fresh] if a not in known])
    # the same records hold their articles' every finding: their card progress too
    article_progress.store_counted(
        db, {a: record_progress[a] for a in known if a in record_progress}
    )


#: A copied record's columns; its counts are the checked ones or none yet (recounted).
_RECORD_COLUMNS = (
    "o.article_id, o.detector_version, o.analysed_at, o.author,"
    " COALESCE((SELECT k.counts FROM temp.merge_counts k WHERE k.article_id = o.article_id),"
    " '{}'), o.data"
)
#: Their records of articles we hold with the same text and no record of our own (they
#: analysed an article we have not): taken even when the article row itself is unchanged.
NEW_RECORDS = (
    "SELECT {columns} FROM other.article_findings o"  # CROSS JOIN: theirs drive the loop
    " CROSS JOIN main.articles m ON m.id = o.article_id AND m.deleted = 0"
    " CROSS JOIN other.articles oa ON oa.id = o.article_id AND oa.text = m.text"
    " WHERE o.article_id NOT IN (SELECT article_id FROM main.article_findings)"
    " AND o.article_id NOT IN (SELECT id FROM temp.merge_plan WHERE table_name = 'articles')"
)
