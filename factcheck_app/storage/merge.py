"""Merging a validated share file into this library, set-based, in one transaction.

Rows are matched by UUID. Whether a row changed on one side only or on both is read from
the rev histories of both sides (``row_revisions``, which holds past revisions, plus each
row's current ``rev``), so no common ancestor is needed:
if their history holds our current rev, they saw our version and changed it (take
theirs); if ours holds theirs, we are newer (keep ours); otherwise both changed since
they last agreed, a conflict. The newer change wins (``updated_at``, tie-broken by the
rev string so both merge directions choose the same) and the other version is kept in
``conflicts``. Both histories are united afterwards, so merging again changes nothing.

The incoming file is attached only after ``untrusted.open_untrusted`` has validated it;
we read it with plain SELECTs of known columns and never write to it. What a merge
leaves behind (record, undo, conflicts, backups) is in ``merge_history``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import replace

from sqlite_utils import Database

from factcheck_app.cards import Progress as CardProgress
from factcheck_app.merge_report import Conflict, MergeReport, MergeRisk
from factcheck_app.models import Changes, Progress
from factcheck_app.storage import compact, merge_records
from factcheck_app.storage.merge_rows import (
    BOOKKEEPING,
    CHANGE_FIELD,
    cols,
    columns,
    content_of,
    nonempty_sql,
    row_of,
    to_json,
)
from factcheck_app.storage.migrations import SYNCED_TABLES
from factcheck_app.storage.rows import new_id, now, query_dicts
from factcheck_app.storage.untrusted import CheckedFile

#: The ids of a merge's change-log entries: the merge's own id with its last group a
#: sequence number, so they are unique and sort together. Random ids put each entry on
#: another page of the log's id index (~25 of the ~340 pages a 20-article merge wrote).
_SQL_LOG_ID = "substr(?, 1, 24) || printf('%012x', rowid)"


#: The merge's temporary tables: made once per connection and emptied around each
#: merge (dropping and making them changed the connection's schema every time).
_TEMP_TABLES = {
    "merge_plan": "(table_name TEXT NOT NULL, id TEXT NOT NULL, action TEXT NOT NULL,"
    " theirs_deleted INTEGER, ours_deleted INTEGER, PRIMARY KEY (table_name, id))",
    "merge_counts": "(article_id TEXT PRIMARY KEY, counts TEXT NOT NULL)",
}


def attach(db: Database, checked: CheckedFile) -> None:
    """Attach the checked private copy of the share file as ``other``."""
    for name, definition in _TEMP_TABLES.items():
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} {definition}")
        db.execute(f"DELETE FROM temp.{name}")
    _commit_temp(db)
    checked.attach_to(db.conn, "other")


def detach(db: Database) -> None:
    if db.conn.in_transaction:
        db.conn.rollback()
    for name in _TEMP_TABLES:
        db.execute(f"DELETE FROM temp.{name}")
    _commit_temp(db)
    db.execute("DETACH DATABASE other")


def _commit_temp(db: Database) -> None:
    """End the implicit transaction Python opened for our temp-table writes."""
    if db.conn.in_transaction:
        db.conn.commit()


# --- planning (reads only) ------------------------------------------------------------


def plan(
    db: Database,
    source_library_id: str,
    progress: Progress | None = None,
    *,
    me: str = "",
    accept: frozenset[str] = frozenset(),
) -> tuple[MergeReport, list[Conflict]]:
    """Classify every incoming row into temp.merge_plan; nothing in ``main`` is written.

    ``me`` is the receiver's author name (whose rows count as "your own work");
    ``accept`` the kinds of risky change ("delete", "rewrite", "text") to apply.
    """
    db.execute("DELETE FROM temp.merge_plan")  # (made by ``attach``)
    conflicts: list[Conflict] = []
    present = shared_tables(db)
    for step, table in enumerate(SYNCED_TABLES):
        if table not in present:  # nothing of theirs to classify
            if progress:
                progress(step + 1, len(SYNCED_TABLES) * 2)
            continue
        db.execute(
            "INSERT INTO temp.merge_plan SELECT ?, o.id, CASE"
            " WHEN m.id IS NULL THEN 'add'"
            " WHEN EXISTS (SELECT 1 FROM other.row_revisions r WHERE r.table_name = ?"
            "   AND r.row_id = o.id AND r.rev = m.rev) THEN 'take'"
            " WHEN EXISTS (SELECT 1 FROM main.row_revisions r WHERE r.table_name = ?"
            "   AND r.row_id = o.id AND r.rev = o.rev) THEN 'keep'"
            " ELSE 'conflict' END, o.deleted, m.deleted"
            f" FROM other.{table} o LEFT JOIN main.{table} m ON m.id = o.id"
            " WHERE m.id IS NULL OR m.rev != o.rev",
            [table, table, table],
        )
        conflicts.extend(_resolve_conflicts(db, table))
        if progress:
            progress(step + 1, len(SYNCED_TABLES) * 2)
    risks = _guard(db, me, accept, conflicts)
    db.execute("DELETE FROM temp.merge_plan WHERE action = 'keep'")
    _commit_temp(db)
    report = _report(db, source_library_id, conflicts)
    return replace(report, risks=risks), conflicts


def shared_tables(db: Database) -> frozenset[str]:
    """The synced tables the attached file has rows in: the per-table steps of a merge
    have nothing to do for the others."""
    return frozenset(r[0] for r in db.execute(nonempty_sql(SYNCED_TABLES, "other")))


def _actions(db: Database) -> frozenset[tuple[str, str]]:
    """Which (table, action) pairs the plan holds: the per-table steps run only for them."""
    found = db.execute("SELECT DISTINCT table_name, action FROM temp.merge_plan")
    return frozenset((r[0], r[1]) for r in found)


def _risk_sql(db: Database, table: str) -> str:
    """Per planned 'take' row: which kind of risky change it is (or NULL) and whose row."""
    content = [c for c in columns(db, table) if c not in BOOKKEEPING and c != "author"]
    same = " AND ".join(f'm."{c}" IS o."{c}"' for c in content) or "1"
    text = (
        "WHEN o.deleted = 0 AND m.deleted = 0 AND m.text IS NOT o.text THEN 'text'"
        if table == "articles"
        else ""
    )
    live = (
        "(SELECT COALESCE(SUM(c.total), 0) FROM main.assertion_counts c WHERE c.article_id = m.id)"
        if table == "articles"
        else "0"
    )
    return (
        "SELECT p.id, m.author, CASE WHEN o.deleted = 1 AND m.deleted = 0 THEN 'delete'"
        f" {text} WHEN ? != '' AND m.author = ? AND NOT ({same})"
        f" THEN 'rewrite' END, {live}"
        f" FROM temp.merge_plan p JOIN main.{table} m ON m.id = p.id"
        f" JOIN other.{table} o ON o.id = p.id WHERE p.table_name = ? AND p.action = 'take'"
    )


def _already_kept(db: Database, table: str, row_id: str, rev: str) -> bool:
    """Their version is already kept as a conflict (an earlier merge of the same file)."""
    return (
        db.execute(
            "SELECT 1 FROM main.conflicts WHERE table_name = ? AND row_id = ?"
            " AND json_extract(theirs, '$.rev') = ? LIMIT 1",
            [table, row_id, rev],
        ).fetchone()
        is not None
    )


def _guard(
    db: Database, me: str, accept: frozenset[str], conflicts: list[Conflict]
) -> tuple[MergeRisk, ...]:
    """Find deletions, rewrites and text changes of rows we have; hold back the unaccepted.

    A held-back row keeps our version and the other is recorded as a conflict (chosen
    "ours"), so nothing is lost and the change can still be chosen later.
    """
    groups: dict[tuple[str, str, str], list[int]] = {}
    by_row = {(c.table, c.row_id): n for n, c in enumerate(conflicts)}
    taking = {table for table, action in _actions(db) if action == "take"}
    for table in SYNCED_TABLES:
        if table not in taking:  # risks are changes to rows we have
            continue
        names = columns(db, table)
        held: list[str] = []
        for row_id, author, kind, live in db.execute(_risk_sql(db, table), [me, me, table]):
            if kind is None:
                continue
            counts = groups.setdefault((kind, table, author or ""), [0, 0])
            counts[0] += 1
            counts[1] += live
            if kind in accept:
                continue
            held.append(row_id)
            ours = to_json(row_of(db, "main", table, names, row_id))
            theirs = to_json(row_of(db, "other", table, names, row_id))
            found = by_row.get((table, row_id))
            if found is not None:
                conflicts[found] = replace(conflicts[found], chosen="ours")
            elif not _already_kept(db, table, row_id, theirs["rev"]):
                conflicts.append(Conflict(new_id(), table, row_id, ours, theirs, "ours"))
        db.conn.executemany(
            "UPDATE temp.merge_plan SET action = 'keep' WHERE table_name = ? AND id = ?",
            [(table, row_id) for row_id in held],
        )
    return tuple(
        MergeRisk(kind, table, author, count, live, kind in accept)
        for (kind, table, author), (count, live) in sorted(groups.items())
    )


def _resolve_conflicts(db: Database, table: str) -> list[Conflict]:
    """Pick the newer side of each both-sides change; identical content is no conflict."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM temp.merge_plan WHERE table_name = ? AND action = 'conflict'",
            [table],
        )
    ]
    found: list[Conflict] = []
    names = columns(db, table) if ids else []
    for row_id in ids:
        ours = row_of(db, "main", table, names, row_id)
        theirs = row_of(db, "other", table, names, row_id)
        theirs_win = (theirs["updated_at"], theirs["rev"]) > (ours["updated_at"], ours["rev"])
        db.execute(
            "UPDATE temp.merge_plan SET action = ? WHERE table_name = ? AND id = ?",
            ["take" if theirs_win else "keep", table, row_id],
        )
        both_deleted = ours.get("deleted") == 1 and theirs.get("deleted") == 1
        if not both_deleted and content_of(ours) != content_of(theirs):
            found.append(
                Conflict(
                    new_id(),
                    table,
                    row_id,
                    to_json(ours),
                    to_json(theirs),
                    "theirs" if theirs_win else "ours",
                )
            )
    return found


def _report(db: Database, source_library_id: str, conflicts: list[Conflict]) -> MergeReport:
    added = dict.fromkeys(SYNCED_TABLES, 0)
    changed = dict.fromkeys(SYNCED_TABLES, 0)
    deleted = dict.fromkeys(SYNCED_TABLES, 0)
    for table, action, theirs_del, ours_del, count in db.execute(
        "SELECT table_name, action, theirs_deleted, ours_deleted, count(*) FROM temp.merge_plan"
        " GROUP BY 1, 2, 3, 4"
    ):
        if theirs_del and not ours_del:
            deleted[table] += count
        elif action == "add":
            added[table] += count
        else:
            changed[table] += count
    # findings that come packed with a new article (``compact``) are assertions added too
    added["assertions"] += db.execute(
        "SELECT COALESCE(SUM(c.value), 0) FROM other.article_findings f, json_each(f.counts) c"
        " WHERE f.article_id IN (SELECT id FROM temp.merge_plan WHERE table_name = 'articles'"
        " AND action = 'add')"
    ).fetchone()[0]
    return MergeReport(source_library_id, True, added, changed, deleted, tuple(conflicts))


def rows_to_overwrite(db: Database) -> int:
    """How many of our rows the planned merge changes (added rows do not count)."""
    return int(
        db.execute("SELECT count(*) FROM temp.merge_plan WHERE action = 'take'").fetchone()[0]
    )


def has_work(db: Database) -> bool:
    """False when merging would change nothing: no planned row and no unknown revision."""
    if db.execute("SELECT 1 FROM temp.merge_plan LIMIT 1").fetchone():
        return True
    if db.execute(merge_records.NEW_RECORDS.format(columns="1") + " LIMIT 1").fetchone():
        return True  # findings of an article we have not analysed
    for table in SYNCED_TABLES:
        found = db.execute(
            "SELECT 1 FROM other.row_revisions o WHERE o.table_name = ? AND NOT EXISTS"
            " (SELECT 1 FROM main.row_revisions m WHERE m.table_name = o.table_name"
            " AND m.row_id = o.row_id AND m.rev = o.rev)"
            f" AND NOT EXISTS (SELECT 1 FROM main.{table} t WHERE t.id = o.row_id"
            " AND t.rev = o.rev) LIMIT 1",
            [table],
        ).fetchone()
        if found is None:  # their current revision, unknown to us (a held-back change)
            found = db.execute(
                f"SELECT 1 FROM other.{table} o JOIN main.{table} m ON m.id = o.id"
                " WHERE m.rev != o.rev AND NOT EXISTS (SELECT 1 FROM main.row_revisions r"
                " WHERE r.table_name = ? AND r.row_id = o.id AND r.rev = o.rev) LIMIT 1",
                [table],
            ).fetchone()
        if found is not None:
            return True
    return False


# --- applying ---------------------------------------------------------------------------


def apply(
    db: Database,
    report: MergeReport,
    conflicts: list[Conflict],
    *,
    author: str,
    source_file: str,
    backup_path: str | None,
    progress: Progress | None = None,
    on_applied: Callable[[Database, list[str]], None] | None = None,
    record_counts: Mapping[str, str] | None = None,
    record_progress: Mapping[str, CardProgress] | None = None,
) -> tuple[str, Changes]:
    """Write the planned rows, the united histories and the merge record; one transaction.

    ``on_applied`` runs inside the transaction with the ids of articles whose text was
    taken from the other side (to re-anchor their assertions). ``record_counts`` are
    their findings records' counts as the check counted them
    (``untrusted.CheckedFile.record_counts``); without them every record is recounted.
    ``record_progress``, the card progress the check counted for the same records, is
    stored for those articles instead of being counted again at the commit.
    """
    merge_id = new_id()
    stamp = now()
    with db.atomic():
        text_changed = [
            r[0]
            for r in db.execute(
                "SELECT p.id FROM temp.merge_plan p JOIN main.articles m ON m.id = p.id"
                " JOIN other.articles o ON o.id = p.id WHERE p.table_name = 'articles'"
                " AND p.action = 'take' AND o.deleted = 0 AND m.text IS NOT o.text"
            )
        ]
        db.execute(
            "INSERT INTO main.merges (id, at, author, source_library_id, source_file)"
            " VALUES (?, ?, ?, ?, ?)",
            [merge_id, stamp, author, report.source_library_id, source_file],
        )
        merge_records.keep_findings(db, text_changed)  # first: their rows are recorded for undo too
        _record_before(db, merge_id, text_changed)
        actions, present = _actions(db), shared_tables(db)
        taking = [t for t in SYNCED_TABLES if (t, "take") in actions]
        for table in taking:  # the revisions about to be replaced become history
            db.execute(
                "INSERT OR IGNORE INTO main.row_revisions (table_name, row_id, rev)"
                f" SELECT ?, m.id, m.rev FROM main.{table} m WHERE m.id IN"
                " (SELECT id FROM temp.merge_plan WHERE table_name = ? AND action = 'take')",
                [table, table],
            )
        for step, table in enumerate(SYNCED_TABLES):
            if (table, "add") in actions or (table, "take") in actions:
                _apply_table(db, table, add=(table, "add") in actions, take=table in taking)
            if progress:
                progress(len(SYNCED_TABLES) + step + 1, len(SYNCED_TABLES) * 2)
        merge_records.copy_blocks(db)
        merge_records.copy_findings(db, record_counts or {}, record_progress or {})
        if on_applied is not None:
            on_applied(db, text_changed)
        for table in [t for t in SYNCED_TABLES if t in present]:  # others bring no history
            db.execute(
                "INSERT OR IGNORE INTO main.row_revisions (table_name, row_id, rev)"
                " SELECT table_name, row_id, rev FROM other.row_revisions"
                f" WHERE table_name = ? AND row_id IN (SELECT id FROM other.{table})",
                [table],
            )
            # their current revision, where ours stays different (a conflict we won)
            db.execute(
                "INSERT OR IGNORE INTO main.row_revisions (table_name, row_id, rev)"
                f" SELECT ?, o.id, o.rev FROM other.{table} o JOIN main.{table} m"
                " ON m.id = o.id WHERE m.rev != o.rev",
                [table],
            )
        db.execute(
            "INSERT INTO main.change_log (id, at, author, action, table_name, row_id, summary)"
            f" SELECT {_SQL_LOG_ID}, ?, ?, 'merge', table_name, id, ? FROM temp.merge_plan",
            [merge_id, stamp, author, f"merge {merge_id}"],
        )
        for table in _undo_tables(db, merge_id):
            db.execute(
                f"UPDATE main.merge_undo SET after_rev = (SELECT rev FROM main.{table} t"
                " WHERE t.id = merge_undo.row_id) WHERE merge_id = ? AND table_name = ?",
                [merge_id, table],
            )
        db.execute(
            "UPDATE main.merges SET added = ?, changed = ?, deleted = ?, conflicts = ?,"
            " backup_path = ? WHERE id = ?",
            [
                json.dumps(report.added),
                json.dumps(report.changed),
                json.dumps(report.deleted),
                len(conflicts),
                backup_path,
                merge_id,
            ],
        )
        db.conn.executemany(
            "INSERT INTO main.conflicts (id, merge_id, table_name, row_id, ours, theirs, chosen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.id,
                    merge_id,
                    c.table,
                    c.row_id,
                    json.dumps(c.ours, ensure_ascii=False),
                    json.dumps(c.theirs, ensure_ascii=False),
                    c.chosen,
                )
                for c in conflicts
            ],
        )
    return merge_id, _changes(db)


def _undo_tables(db: Database, merge_id: str, action: str | None = None) -> list[str]:
    """The synced tables this merge's undo log holds rows of (of ``action``, if given)."""
    where, params = (" AND action = ?", [action]) if action else ("", [])
    found = {
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT table_name FROM main.merge_undo WHERE merge_id = ?{where}",
            [merge_id, *params],
        )
    }
    return [table for table in SYNCED_TABLES if table in found]


def _record_before(db: Database, merge_id: str, text_changed: list[str]) -> None:
    """Keep what every row looked like before this merge (added rows: nothing), plus the
    blocks of articles whose text changes and their assertions (they get re-anchored)."""
    db.execute(
        "INSERT INTO main.merge_undo (merge_id, table_name, row_id, action)"
        " SELECT ?, table_name, id, action FROM temp.merge_plan",
        [merge_id],
    )
    if text_changed:
        marks = ", ".join("?" for _ in text_changed)
        db.execute(
            "INSERT OR IGNORE INTO main.merge_undo (merge_id, table_name, row_id, action)"
            " SELECT ?, 'assertions', id, 'take' FROM main.assertions"
            f" WHERE article_id IN ({marks}) AND deleted = 0",
            [merge_id, *text_changed],
        )
    for table in _undo_tables(db, merge_id, "take"):
        names = columns(db, table)
        ids = [
            r[0]
            for r in db.execute(
                "SELECT row_id FROM main.merge_undo WHERE merge_id = ? AND table_name = ?"
                " AND action = 'take'",
                [merge_id, table],
            )
        ]
        for row_id in ids:
            before = to_json(row_of(db, "main", table, names, row_id))
            if table == "articles":
                before["$blocks"] = query_dicts(
                    db, "SELECT * FROM main.blocks WHERE article_id = ? ORDER BY seq", [row_id]
                )
                before["$findings"] = compact.record_image(db, row_id)
            db.execute(
                "UPDATE main.merge_undo SET before = ? WHERE merge_id = ? AND table_name = ?"
                " AND row_id = ?",
                [json.dumps(before, ensure_ascii=False), merge_id, table, row_id],
            )


def _apply_table(db: Database, table: str, *, add: bool, take: bool) -> None:
    """Insert the planned new rows (``add``) and overwrite the planned changed ones
    (``take``); each flag says whether the plan holds any such row of ``table``."""
    names = columns(db, table)
    planned = "SELECT id FROM temp.merge_plan WHERE table_name = ? AND action = ?"
    if add:
        db.execute(
            f"INSERT INTO main.{table} ({cols(names)}) SELECT {cols(names)} FROM other.{table}"
            f" WHERE id IN ({planned})",
            [table, "add"],
        )
    if not take:
        return
    updated = [c for c in names if c != "id"]
    db.execute(
        f"UPDATE main.{table} AS m SET ({cols(updated)}) = ({cols(updated, 'o.')})"
        f" FROM other.{table} AS o WHERE o.id = m.id AND m.id IN ({planned})"
        " AND o.deleted = 0",
        [table, "take"],
    )
    # A deletion travels as a mark without content: take the mark, keep our content.
    marks = ["updated_at", "deleted", "rev"]
    db.execute(
        f"UPDATE main.{table} AS m SET ({cols(marks)}) = ({cols(marks, 'o.')})"
        f" FROM other.{table} AS o WHERE o.id = m.id AND m.id IN ({planned})"
        " AND o.deleted = 1",
        [table, "take"],
    )


def _changes(db: Database) -> Changes:
    ids: dict[str, set[str]] = {"articles": set(), "assertions": set(), "notes": set()}
    ids["references"] = set()
    for table, row_id in db.execute("SELECT table_name, id FROM temp.merge_plan"):
        field = CHANGE_FIELD.get(table)
        if field:
            ids[field].add(row_id)
    return Changes(
        frozenset(ids["articles"]),
        frozenset(ids["assertions"]),
        frozenset(ids["notes"]),
        frozenset(ids["references"]),
        library=True,
    )
