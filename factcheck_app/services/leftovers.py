"""Removing what an interrupted run left behind: merge copies, half-written exports and
shares. A ``kill -9`` (or a crash) during a merge leaves the private copy of the share
file in the temporary folder; during an export or share, a ``.export-*`` or ``.partial``
file next to the destination. They are harmless but hold private work and fill the disk,
so each start removes the ones old enough that no running process can still own them.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

#: A leftover younger than this may belong to a process that is still running.
MIN_AGE_SECONDS = 3600

_TEMP_DIRS = ("factcheck-merge-*", "factcheck-copies-*")
_NEXT_TO_FILES = (".export-*", "*.partial", "*.partial-journal", "*.partial-wal", "*.partial-shm")


def _ours(path: Path) -> bool:
    """A ``.partial`` is only ours if it is an SQLite file (a share being written)."""
    if path.name.startswith(".export-") or path.is_dir():
        return True
    if path.name.endswith(".partial"):
        with path.open("rb") as fh:
            head = fh.read(16)
        return head in (b"", b"SQLite format 3\x00")  # empty: killed before the header
    return path.with_name(path.name.rsplit("-", 1)[0]).suffix == ".partial"


def clean_leftovers(
    folders: Iterable[Path], min_age: float = MIN_AGE_SECONDS, temp: Path | None = None
) -> list[Path]:
    """Delete old leftovers in the temporary folder and in ``folders``; returns them."""
    cutoff = time.time() - min_age
    removed: list[Path] = []
    temp = temp or Path(tempfile.gettempdir())
    candidates = [p for pattern in _TEMP_DIRS for p in temp.glob(pattern)]
    for folder in folders:
        candidates += [p for pattern in _NEXT_TO_FILES for p in Path(folder).glob(pattern)]
    for path in dict.fromkeys(candidates):
        try:
            if path.is_symlink() or path.lstat().st_mtime > cutoff or not _ours(path):
                continue
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
        except OSError as exc:  # another user's folder, a race: never block start-up
            log.debug("leftover %s not removed: %s", path, exc)
    if removed:
        log.info("removed %d leftover file(s) of interrupted runs", len(removed))
    return removed
