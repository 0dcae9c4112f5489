"""One entry point per output: pick the renderer for a format and write the file safely.

The file is written next to its destination and renamed into place, so a failed or
cancelled export never leaves a half-written report over a good one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from factcheck_app.export.claimreview import render_claimreview, split_claimreviews
from factcheck_app.export.html import render_html
from factcheck_app.export.json_report import render_json
from factcheck_app.export.markdown import render_markdown
from factcheck_app.export.model import ExportFormat, Report
from factcheck_app.export.w3c import render_w3c

TEXT_RENDERERS: dict[ExportFormat, Callable[[Report], str]] = {
    ExportFormat.HTML: render_html,
    ExportFormat.MD: render_markdown,
    ExportFormat.JSON: render_json,
    ExportFormat.CLAIMREVIEW: render_claimreview,
    ExportFormat.W3C: render_w3c,
}


def write_split(report: Report, out: Path) -> Path:
    """ClaimReview ``--split``: one JSON-LD file per review in the folder ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in split_claimreviews(report).items():
        write_text_file(out / name, text)
    return out


def write_text_file(out: Path, text: str) -> Path:
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.write_text(text, encoding="utf-8")
        # mkstemp makes 0600 and we keep it: a report may hold unpublished work.
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def write_report(report: Report, fmt: ExportFormat, out: Path) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if fmt is ExportFormat.PDF:
            from factcheck_app.export.pdf_render import write_pdf  # Qt: loaded only for PDF

            write_pdf(report, tmp)
        else:
            tmp.write_text(TEXT_RENDERERS[fmt](report), encoding="utf-8")
        # mkstemp makes 0600 and we keep it: a report may hold unpublished work.
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
