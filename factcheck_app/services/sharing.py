"""Sharing a library with a colleague and merging their copy back, losing nothing.

``share_library`` writes a standalone share file; ``preview_merge`` and ``merge`` read a
share file (or any library file) defensively: it is validated as a private copy before a
single row is read, and the target library is only touched once validation passed, after
a backup next to it. Conflicts keep both versions and can be flipped afterwards.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from factcheck_app.models import Changes, Conflict, MergeReport, Progress
from factcheck_app.services.library import Library
from factcheck_app.storage import annotations as annotation_store
from factcheck_app.storage import merge as engine
from factcheck_app.storage.merge import MergeRecord
from factcheck_app.storage.share import SHARE_EXTENSION, write_share
from factcheck_app.storage.untrusted import ShareFileError, open_untrusted

__all__ = [
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
]


def share_library(
    lib: Library,
    out: Path | str,
    article_ids: Sequence[str] | None = None,
    tag: str | None = None,
    snapshots: bool = True,
    private: bool = True,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the whole library, chosen articles, or the articles tagged ``tag`` to ``out``.

    Returns rows written per table. Raises ValueError when the selection is empty.
    """
    ids: list[str] | None = list(article_ids) if article_ids is not None else None
    with lib.session() as db:
        if tag is not None:
            ids = sorted(set(ids or []) | set(annotation_store.articles_with_tag(db, tag)))
            if not ids:
                raise ValueError(f"no article is tagged {tag!r}")
        if ids is not None and not ids:
            raise ValueError("choose at least one article to share")
        return write_share(
            db,
            Path(out),
            author=lib.author,
            article_ids=ids,
            snapshots=snapshots,
            private=private,
            progress=progress,
        )


def preview_merge(lib: Library, other: Path | str, progress: Progress | None = None) -> MergeReport:
    """What ``merge`` would do (dry run): the target library is not written."""
    report, _changes = _run(lib, Path(other), dry_run=True, progress=progress)
    return report


def merge(
    lib: Library, other: Path | str, progress: Progress | None = None
) -> tuple[MergeReport, Changes]:
    """Merge ``other`` into the library in one transaction, after a backup next to it.

    Raises ``ShareFileError`` (the library untouched) for a file we will not read.
    """
    return _run(lib, Path(other), dry_run=False, progress=progress)


def _run(
    lib: Library, other: Path, *, dry_run: bool, progress: Progress | None
) -> tuple[MergeReport, Changes]:
    with tempfile.TemporaryDirectory(prefix="factcheck-merge-") as tmp:
        checked = open_untrusted(other, Path(tmp))
        with lib.session() as db:
            engine.attach(db, checked.path)
            try:
                report, conflicts = engine.plan(db, checked.library_id, progress)
                if dry_run:
                    return report, Changes()
                if not engine.has_work(db):  # nothing to do: no backup, no record
                    return replace(report, dry_run=False), Changes()
                backup = str(engine.backup(db, lib.path)) if lib.path else None
                merge_id, changes = engine.apply(
                    db,
                    report,
                    conflicts,
                    author=lib.author,
                    source_file=str(other.resolve()),
                    backup_path=backup,
                    progress=progress,
                )
            finally:
                engine.detach(db)
    return replace(report, dry_run=False, backup_path=backup, merge_id=merge_id), changes


def list_merges(lib: Library) -> list[MergeRecord]:
    with lib.session() as db:
        return engine.list_merges(db)


def list_conflicts(lib: Library, merge_id: str | None = None) -> list[Conflict]:
    with lib.session() as db:
        return engine.list_conflicts(db, merge_id)


def conflicts_for_row(lib: Library, table: str, row_id: str) -> list[Conflict]:
    """Kept versions of one row, e.g. the other text of a note edited on both sides."""
    with lib.session() as db:
        return engine.conflicts_for_row(db, table, row_id)


def flip_conflict(lib: Library, conflict_id: str) -> Changes:
    """Use the version that lost instead (a new change, so it travels in the next share)."""
    with lib.session() as db:
        conflict = engine.flip(db, conflict_id, lib.author)
    return engine.change_for(conflict.table, conflict.row_id)


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


def format_report(report: MergeReport) -> str:
    """The merge report as text: counts per table, then every conflict side by side."""
    title = "Merge preview (nothing written yet)" if report.dry_run else "Merge done"
    lines = [title, f"from library {report.source_library_id}"]
    if report.backup_path:
        lines.append(f"backup: {report.backup_path}")
    lines.append("")
    lines.append(f"{'':<16}{'added':>8}{'changed':>9}{'deleted':>9}")
    any_row = False
    for table in report.added:
        counts = (report.added[table], report.changed[table], report.deleted[table])
        if any(counts):
            any_row = True
            lines.append(f"{table_label(table):<16}{counts[0]:>8}{counts[1]:>9}{counts[2]:>9}")
    if not any_row:
        lines.append("nothing new: the libraries already agree")
    lines.append("")
    if not report.conflicts:
        lines.append("No conflicts.")
    else:
        lines.append(
            f"{len(report.conflicts)} conflict(s): changed on both sides; the newer change "
            "wins, the other version is kept and can be chosen instead."
        )
        for n, conflict in enumerate(report.conflicts, 1):
            lines.append("")
            lines.append(
                f"{n}. {table_label(conflict.table)} {conflict.row_id[:8]} "
                f"“{conflict_title(conflict)}”"
            )
            lines.extend(side_by_side(conflict))
    return "\n".join(lines)
