"""Writing a file so that readers see the old or the new version, never half of one.

Reports, settings and share files are written next to their final name and renamed over
it at the end (atomic on every platform we ship for); a failure leaves the old file and
no stray temporary behind.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_target(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` to write to; it replaces ``out`` when the block ends.

    The finished file keeps ``mkstemp``'s 0600: reports, settings and shares hold
    unpublished work. The ``.export-`` prefix lets a later start remove what a killed
    run left behind (``services.leftovers``).
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".export-{out.stem}-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(out: Path, text: str) -> Path:
    with atomic_target(out) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(out)


_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def safe_filename(name: str) -> str:
    """A file name that cannot climb out of a folder or confuse a file manager."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip(" .")
    return cleaned[:120] or "snapshot"
