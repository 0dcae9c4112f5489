"""Sharing a library with a colleague and merging their copy back, losing nothing.

``share_library`` writes a standalone share file; ``preview_merge`` and ``merge`` read a
share file (or any library file) defensively: it is validated as a private copy before a
single row is read, and the target library is only touched once validation passed, after
a backup next to it. Conflicts keep both versions and can be flipped afterwards.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from factcheck_app.errors import InputError, NotFoundError
from factcheck_app.export.anchoring import locate
from factcheck_app.i18n import N_
from factcheck_app.ingest import content_hash
from factcheck_app.merge_report import Conflict, MergeReport, MergeRisk
from factcheck_app.models import Changes, Operation, Progress
from factcheck_app.services.history import operation
from factcheck_app.services.library import Library
from factcheck_app.storage import annotations as annotation_store
from factcheck_app.storage import assertions as assertion_store
from factcheck_app.storage import merge as engine
from factcheck_app.storage import merge_history as history
from factcheck_app.storage.merge_history import MergeRecord
from factcheck_app.storage.merge_rows import change_for
from factcheck_app.storage.rows import now, update_row
from factcheck_app.storage.share import SHARE_EXTENSION, write_share
from factcheck_app.storage.untrusted import Normalise, ShareFileError, open_untrusted

log = logging.getLogger(__name__)

#: Prefix of the private folders holding a share file's checked copy (cleaned at start).
MERGE_TMP_PREFIX = "factcheck-merge-"

__all__ = [
    "RISK_KINDS",
    "SHARE_EXTENSION",
    "MergeRecord",
    "ShareFileError",
    "conflicts_for_row",
    "flip_conflict",
    "format_report",
    "list_conflicts",
    "list_merges",
    "merge",
    "preview_merge",
    "share_library",
    "undo_merge",
]


def share_library(
    lib: Library,
    out: Path | str,
    article_ids: Sequence[str] | None = None,
    tag: str | None = None,
    snapshots: bool = True,
    private: bool = False,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the whole library, chosen articles, or the articles tagged ``tag`` to ``out``.

    Private notes (and their tags) stay out unless ``private``; deleted rows travel only
    as marks, without their content.

    Returns rows written per table. Raises ValueError when the selection is empty.
    """
    ids: list[str] | None = list(article_ids) if article_ids is not None else None
    with lib.session() as db:
        if tag is not None:
            ids = sorted(set(ids or []) | set(annotation_store.articles_with_tag(db, tag)))
            if not ids:
                raise NotFoundError(N_("no article is tagged {tag}"), tag=repr(tag))
        if ids is not None and not ids:
            raise InputError(N_("choose at least one article to share"))
        return write_share(
            db,
            Path(out),
            author=lib.author,
            article_ids=ids,
            snapshots=snapshots,
            private=private,
            progress=progress,
        )


#: A merge overwriting at least this many of our rows also makes a full backup copy.
FULL_BACKUP_MIN_ROWS = 200

#: Kinds of risky change a merge holds back unless accepted (see ``MergeRisk``).
RISK_KINDS = frozenset({"delete", "rewrite", "text"})


def preview_merge(
    lib: Library,
    other: Path | str,
    progress: Progress | None = None,
    accept: frozenset[str] = frozenset(),
) -> MergeReport:
    """What ``merge`` would do (dry run): the target library is not written."""
    return _run(lib, Path(other), dry_run=True, progress=progress, accept=accept)


def merge(
    lib: Library,
    other: Path | str,
    progress: Progress | None = None,
    accept: frozenset[str] = frozenset(),
) -> MergeReport:
    """Merge ``other`` into the library in one transaction, after a backup next to it.

    Deletions of rows we have, rewrites of our own rows by someone else and article text
    changed under assertions are applied only for the kinds in ``accept``; otherwise our
    version stays and theirs is kept as a conflict. ``report.changes`` is what it changed.
    Raises ``ShareFileError`` (the library
    untouched) for a file we will not read.
    """
    return _run(lib, Path(other), dry_run=False, progress=progress, accept=accept)


def _run(
    lib: Library,
    other: Path,
    *,
    dry_run: bool,
    progress: Progress | None,
    accept: frozenset[str] = frozenset(),
) -> MergeReport:
    # A small share is checked in memory; only a large one needs the private folder.
    workdir = Path(tempfile.gettempdir()) / f"{MERGE_TMP_PREFIX}{uuid.uuid4().hex}"
    try:
        checked = open_untrusted(other, workdir, Normalise(content_hash, now()))
        with lib.session() as db:
            engine.attach(db, checked)
            try:
                report, conflicts = engine.plan(
                    db, checked.library_id, progress, me=lib.author, accept=accept
                )
                report = replace(report, clamped=checked.clamped)
                if dry_run:
                    return report
                if not engine.has_work(db):  # nothing to do: no backup, no record
                    return replace(report, dry_run=False)
                # Every merge keeps an undo log of the rows it changes (cheap, in the
                # library); a full copy is made only when it overwrites many of our rows.
                big = engine.rows_to_overwrite(db) >= FULL_BACKUP_MIN_ROWS
                backup = (
                    str(history.backup(db, lib.path, lib.settings.keep_backups))
                    if lib.path and big
                    else None
                )
                merge_id, changes = engine.apply(
                    db,
                    report,
                    conflicts,
                    author=lib.author,
                    source_file=str(other.resolve()),
                    backup_path=backup,
                    progress=progress,
                    on_applied=lambda db, ids: _reanchor(db, ids, lib.author),
                    record_counts=checked.record_counts,
                    record_progress=checked.record_progress,
                )
            finally:
                engine.detach(db)
    finally:
        if workdir.exists():
            shutil.rmtree(workdir, ignore_errors=True)
    return replace(report, dry_run=False, backup_path=backup, merge_id=merge_id, changes=changes)


def _reanchor(db: Database, article_ids: list[str], author: str) -> None:
    """Article text taken from the other side: move every assertion onto its quote again.

    The same anchoring as W3C import (quote, then prefix/suffix context, nearest to the old
    offset). An assertion whose quote is gone keeps its old fields; it is logged.
    """
    for article_id in article_ids:
        row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        text = row[0]
        for assertion in assertion_store.list_for_article(db, article_id):
            if text[assertion.start : assertion.end] == assertion.quote:
                continue
            place = locate(
                text,
                assertion.quote,
                assertion.prefix,
                assertion.suffix,
                assertion.start,
                assertion.end,
            )
            if place is None:
                log.warning("merge: assertion %s lost its quote in the new text", assertion.id)
                continue
            if place.confidence < 1.0:  # an edited quote: keep the old fields, say so
                log.warning("merge: assertion %s only matched fuzzily", assertion.id)
                continue
            span = assertion_store.anchored_span(text, place.start, place.end)
            if assertion.cue_start is not None and assertion.cue_end is not None:
                shift = place.start - assertion.start
                span["cue_start"] = assertion.cue_start + shift
                span["cue_end"] = assertion.cue_end + shift
            update_row(db, "assertions", assertion.id, span, author)


def undo_merge(lib: Library, merge_id: str) -> history.UndoResult:
    """Undo a whole merge: every row it changed goes back to its version before, as a new
    change; rows edited after the merge keep that later work. Added rows are deleted."""
    with lib.session() as db:
        return history.undo(db, merge_id, lib.author)


def list_merges(lib: Library) -> list[MergeRecord]:
    with lib.session() as db:
        return history.list_merges(db)


def list_conflicts(lib: Library, merge_id: str | None = None) -> list[Conflict]:
    with lib.session() as db:
        return history.list_conflicts(db, merge_id)


def conflicts_for_row(lib: Library, table: str, row_id: str) -> list[Conflict]:
    """Kept versions of one row, e.g. the other text of a note edited on both sides."""
    with lib.session() as db:
        return history.conflicts_for_row(db, table, row_id)


def flip_conflict(lib: Library, conflict_id: str) -> Changes:
    """Use the version that lost instead (a new change, so it travels in the next share).

    An edit like any other: one undoable journal step (the row and the conflict's choice).
    """
    with lib.session() as db:
        conflict = history.get_conflict(db, conflict_id)
    if conflict is None:
        raise NotFoundError(N_("no conflict {id}"), id=conflict_id)
    with operation(lib, Operation.FLIP_CONFLICT, conflict_title(conflict)) as op:
        history.flip(op.db, conflict_id, lib.author)
        op.changes = change_for(conflict.table, conflict.row_id)
    return op.changes


# --- text report (CLI and the app's report view) ------------------------------------------

_LABELS = {
    "articles": "articles",
    "article_snapshots": "archived copies of articles",
    "assertions": "assertions",
    "notes": "notes",
    "refs": "references",
    "snapshots": "local copies",
    "evidence": "evidence links",
    "verdicts": "verdicts",
    "tags": "tags",
}


_SINGULAR = {
    "articles": "article",
    "assertions": "assertion",
    "notes": "note",
    "refs": "reference",
    "snapshots": "local copy",
    "evidence": "evidence link",
    "verdicts": "verdict",
    "tags": "tag",
}


def table_label(table: str) -> str:
    return _LABELS.get(table, table)


def conflict_title(conflict: Conflict) -> str:
    """A short name for the row, e.g. the first words of a note."""
    version = conflict.ours if conflict.chosen == "ours" else conflict.theirs
    for key in ("title", "body", "quote", "rating", "name", "filename", "url"):
        value = version.get(key)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 60 else text[:59] + "…"
    return conflict.row_id[:8]


def differing_fields(conflict: Conflict) -> list[str]:
    keys = [k for k in conflict.ours if k not in ("id", "rev")]
    return [k for k in keys if conflict.ours.get(k) != conflict.theirs.get(k)]


def _cell(value: object, width: int) -> list[str]:
    if isinstance(value, dict) and "$base64" in value:
        value = f"<{len(value['$base64']) * 3 // 4} bytes>"
    text = "" if value is None else str(value)
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        while len(part) > width:
            lines.append(part[:width])
            part = part[width:]
        lines.append(part)
    return lines[:8] + (["…"] if len(lines) > 8 else [])


def side_by_side(conflict: Conflict, width: int = 36) -> list[str]:
    """Both versions of the differing fields in two columns; the chosen one is marked."""
    mark = {"ours": " (kept)", "theirs": " (taken)"}
    head_ours = "this library" + (mark["ours"] if conflict.chosen == "ours" else "")
    head_theirs = "other library" + (mark["theirs"] if conflict.chosen == "theirs" else "")
    lines = [f"    {'':<12} {head_ours:<{width}} | {head_theirs}"]
    for key in differing_fields(conflict):
        left = _cell(conflict.ours.get(key), width)
        right = _cell(conflict.theirs.get(key), width)
        for i in range(max(len(left), len(right))):
            label = key if i == 0 else ""
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            lines.append(f"    {label:<12} {a:<{width}} | {b}")
    return lines


def describe_risk(risk: MergeRisk, me: str = "") -> str:
    """ "3 notes by anna deleted", "article text changed under 22 assertions" ..."""
    what = table_label(risk.table) if risk.count != 1 else _SINGULAR.get(risk.table, risk.table)
    who = "you" if me and risk.author == me else (risk.author or "unknown")
    if risk.kind == "text":
        articles = "article" if risk.count == 1 else f"{risk.count} articles"
        return f"{articles}: text changed under {risk.assertions} assertion(s)"
    if risk.kind == "rewrite":
        return f"{risk.count} {what} by {who} rewritten"
    return f"{risk.count} {what} by {who} deleted"


def risk_lines(report: MergeReport, me: str = "") -> list[str]:
    """The held-back (or accepted) changes to rows this library has, one line each."""
    if not report.risks:
        return []
    lines = ["", "Changes to rows this library has (applied only when accepted):"]
    for risk in report.risks:
        state = "accepted" if risk.accepted else "not applied, kept as conflict"
        lines.append(f"  {describe_risk(risk, me)} ({state})")
    return lines


def format_report(report: MergeReport) -> str:
    """The merge report as text: counts per table, then every conflict side by side."""
    title = "Merge preview (nothing written yet)" if report.dry_run else "Merge done"
    lines = [title, f"from library {report.source_library_id}"]
    if report.backup_path:
        lines.append(f"backup: {report.backup_path}")
    if report.merge_id:
        lines.append(f"to undo it: factcheck undo-merge {report.merge_id[:8]}")
    lines.append("")
    lines.append(f"{'':<16}{'added':>8}{'changed':>9}{'deleted':>9}")
    any_row = False
    for table in report.added:
        counts = (report.added[table], report.changed[table], report.deleted[table])
        if any(counts):
            any_row = True
            lines.append(f"{table_label(table):<16}{counts[0]:>8}{counts[1]:>9}{counts[2]:>9}")
    if not any_row:
        lines.append(
            "nothing else to bring in" if report.risks else "nothing new: the libraries agree"
        )
    lines.extend(risk_lines(report))
    if report.clamped:
        lines.append(f"{report.clamped} row(s) dated in the future were set to the merge time.")
    lines.append("")
    if not report.conflicts:
        lines.append("No conflicts.")
    else:
        lines.append(
            f"{len(report.conflicts)} conflict(s): both versions are kept; the one marked "
            "(kept) or (taken) is used, the other can be chosen instead."
        )
        for n, conflict in enumerate(report.conflicts, 1):
            lines.append("")
            lines.append(
                f"{n}. {table_label(conflict.table)} {conflict.row_id[:8]} "
                f"“{conflict_title(conflict)}”"
            )
            lines.extend(side_by_side(conflict))
    return "\n".join(lines)
