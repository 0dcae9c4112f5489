"""One entry point per output: pick the renderer for a format and write the file safely.

The file is written next to its destination and renamed into place, so a failed or
cancelled export never leaves a half-written report over a good one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factcheck_app.export.claimreview import render_claimreview, split_claimreviews
from factcheck_app.export.html import render_html
from factcheck_app.export.json_report import render_json
from factcheck_app.export.markdown import render_markdown
from factcheck_app.export.model import ExportFormat, Report
from factcheck_app.export.w3c import render_w3c
from factcheck_app.files import atomic_target, atomic_write_text

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
    return atomic_write_text(out, text)


def write_report(report: Report, fmt: ExportFormat, out: Path) -> Path:
    out = Path(out)
    with atomic_target(out) as tmp:
        if fmt is ExportFormat.PDF:
            from factcheck_app.export.pdf_render import write_pdf  # Qt: loaded only for PDF

            write_pdf(report, tmp)
        else:
            tmp.write_text(TEXT_RENDERERS[fmt](report), encoding="utf-8")
    return out
