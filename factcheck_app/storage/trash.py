"""The trash: deleted articles whose content is still in the library, until it is emptied.

Deleting an article is the deletion mark every synced row has (``deleted = 1``), so the
trash needs no table of its own and a trashed article reaches colleagues only as a mark,
held back by their merge like any deletion. Restoring writes the marks back (new
revisions, so a restore travels too). Emptying blanks the content of the trashed rows in
place, as a share blanks deleted rows, and drops their blocks, undo-journal images, merge
before-images, kept conflict versions and claim index entries: the text is then gone from
this file, while the marks keep merges from bringing the article back unasked.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from factcheck_app.models import TrashedArticle
from factcheck_app.storage.rows import mark_deleted, query_dicts, update_row

#: Columns a deletion mark keeps: identity, parents (so the mark lands on the right row)
#: and bookkeeping. Everything else is blanked (shares and an emptied trash alike).
MARK_COLUMNS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "author",
        "deleted",
        "rev",
        "article_id",
        "assertion_id",
        "reference_id",
        "target_kind",
        "target_id",
        "category",
        "origin",
        "review",
        "status",
        "relation",
        "kind",
        "private",
        "trashed",
    }
)
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

#: Rows that hang off an article by ``article_id`` and are trashed and restored with it.
_CHILDREN = ("assertions", "notes", "article_snapshots")
#: A trashed article: deleted, content not yet blanked (marks from shares arrive blank).
_TRASHED = "deleted = 1 AND content_hash != ''"
#: A child row deleted with its article: marked so by the trashing, or (a deletion that
#: came by merge, whose marks carry no such flag) deleted no earlier than the article.
_WITH_ARTICLE = "{row}.deleted = 1 AND ({row}.trashed = 1 OR {row}.updated_at >= a.updated_at)"


def blank_assignments(db: Database, schema: str, table: str) -> list[str]:
    """``SET`` clauses that strip a row of ``table`` to its mark, keeping it valid."""
    sets = []
    for _cid, name, kind, notnull, _default, _pk in db.execute(
        f'PRAGMA {schema}.table_info("{table}")'
    ).fetchall():
        if name in MARK_COLUMNS:
            continue
        if (table, name) in (("articles", "languages"), ("articles", "redirects")):
            sets.append(f"\"{name}\" = '[]'")  # a JSON column stays valid JSON
        elif name == "sha256" and table in ("snapshots", "article_snapshots"):
            sets.append(f"\"{name}\" = '{EMPTY_SHA256}'")
        elif kind.upper() == "BLOB":
            sets.append(f'"{name}" = zeroblob(0)')
        elif kind.upper() in ("INTEGER", "REAL"):
            sets.append(
                f'"{name}" = 0' if notnull or name in ("start", "end") else f'"{name}" = NULL'
            )
        elif notnull:
            sets.append(f"\"{name}\" = ''")
        else:
            sets.append(f'"{name}" = NULL')
    return sets


def list_trashed(db: Database) -> list[TrashedArticle]:
    """The trash, most recently deleted first, with what each article holds."""
    return [
        TrashedArticle(
            id=r["id"],
            title=r["title"],
            outlet=r["outlet"],
            deleted_at=r["updated_at"],
            deleted_by=r["author_of_mark"] or "",
            assertions=r["assertions"],
            notes=r["notes"],
        )
        for r in query_dicts(
            db,
            "SELECT a.id, a.title, a.outlet, a.updated_at,"
            " (SELECT c.author FROM change_log c WHERE c.table_name = 'articles'"
            "   AND c.row_id = a.id AND c.action = 'delete' ORDER BY c.at DESC LIMIT 1)"
            "   AS author_of_mark,"
            " (SELECT count(*) FROM assertions s WHERE s.article_id = a.id"
            f"   AND {_WITH_ARTICLE.format(row='s')})"
            " + (SELECT COALESCE(SUM(c.value), 0) FROM article_findings f, json_each(f.counts) c"
            "   WHERE f.article_id = a.id) AS assertions,"
            " (SELECT count(*) FROM notes n WHERE n.article_id = a.id"
            f"   AND {_WITH_ARTICLE.format(row='n')}) AS notes"
            f" FROM articles a WHERE a.{_TRASHED.replace(' AND ', ' AND a.')}"
            " ORDER BY a.updated_at DESC",
        )
    ]


def is_trashed(db: Database, article_id: str) -> bool:
    return (
        db.execute(f"SELECT 1 FROM articles WHERE id = ? AND {_TRASHED}", [article_id]).fetchone()
        is not None
    )


def restore(db: Database, article_id: str, author: str) -> bool:
    """Bring a trashed article back with what was deleted with it (rows marked deleted at
    or after the article: the same deletion), leaving rows deleted earlier deleted."""
    found = db.execute(
        f"SELECT updated_at FROM articles WHERE id = ? AND {_TRASHED}", [article_id]
    ).fetchone()
    if found is None:
        return False
    deleted_at = found[0]
    with db.atomic():
        update_row(db, "articles", article_id, {"deleted": 0}, author)
        for table in _CHILDREN:
            for (row_id,) in db.execute(
                f"SELECT id FROM {table} AS c WHERE article_id = ?"
                f" AND {_WITH_ARTICLE.format(row='c').replace('a.updated_at', '?')}",
                [article_id, deleted_at],
            ).fetchall():
                update_row(db, table, row_id, {"deleted": 0, "trashed": 0}, author)
    return True


def purge(db: Database, article_ids: Sequence[str], author: str) -> int:
    """Empty the trash of ``article_ids`` (only trashed ones are touched); how many."""
    ids = [a for a in dict.fromkeys(article_ids) if is_trashed(db, a)]
    if not ids:
        return 0
    with db.atomic():
        for article_id in ids:
            _purge_one(db, article_id, author)
    return len(ids)


def _purge_one(db: Database, article_id: str, author: str) -> None:
    assertion_ids = [
        r[0] for r in db.execute("SELECT id FROM assertions WHERE article_id = ?", [article_id])
    ]
    owned: dict[str, list[str]] = {"articles": [article_id], "assertions": assertion_ids}
    for table in ("notes", "article_snapshots"):
        owned[table] = [
            r[0] for r in db.execute(f"SELECT id FROM {table} WHERE article_id = ?", [article_id])
        ]
    marks = ",".join("?" for _ in assertion_ids) or "NULL"
    for table in ("verdicts", "evidence"):
        owned[table] = [
            r[0]
            for r in db.execute(
                f"SELECT id FROM {table} WHERE assertion_id IN ({marks})", assertion_ids
            )
        ]
    owned["tags"] = [
        r[0]
        for r in db.execute(
            "SELECT id FROM tags WHERE (target_kind = 'article' AND target_id = ?)"
            f" OR (target_kind = 'assertion' AND target_id IN ({marks}))",
            [article_id, *assertion_ids],
        )
    ]
    for table, row_ids in owned.items():
        for row_id in row_ids:  # live rows hanging off the article get a mark first
            if db.execute(f"SELECT deleted FROM {table} WHERE id = ?", [row_id]).fetchone()[0] == 0:
                mark_deleted(db, table, row_id, author)
        sets = blank_assignments(db, "main", table)
        for at in range(0, len(row_ids), 500):
            chunk = row_ids[at : at + 500]
            where = ",".join("?" for _ in chunk)
            db.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE id IN ({where})", chunk)
            _forget(db, table, chunk)
    db.execute("DELETE FROM blocks WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM article_findings WHERE article_id = ?", [article_id])


def _forget(db: Database, table: str, row_ids: list[str]) -> None:
    """Drop the copies of these rows' content kept for undo, merge undo and conflicts."""
    where = ",".join("?" for _ in row_ids)
    steps = [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT step_id FROM journal_rows WHERE table_name = ?"
            f" AND row_id IN ({where})",
            [table, *row_ids],
        )
    ]
    if steps:
        step_marks = ",".join("?" for _ in steps)
        db.execute(f"DELETE FROM journal_rows WHERE step_id IN ({step_marks})", steps)
        db.execute(f"DELETE FROM journal WHERE id IN ({step_marks})", steps)
    db.execute(
        f"DELETE FROM merge_undo WHERE table_name = ? AND row_id IN ({where})", [table, *row_ids]
    )
    db.execute(
        f"DELETE FROM conflicts WHERE table_name = ? AND row_id IN ({where})", [table, *row_ids]
    )
    if table == "assertions":
        db.execute(f"DELETE FROM claim_index WHERE item_id IN ({where})", row_ids)
