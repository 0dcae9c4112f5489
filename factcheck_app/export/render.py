"""One entry point per output: pick the renderer for a format and write the file safely.

The file is written next to its destination and renamed into place, so a failed or
cancelled export never leaves a half-written report over a good one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factcheck_app.export.claimreview import render_claimreview
from factcheck_app.export.html import render_html
from factcheck_app.export.json_report import render_json
from factcheck_app.export.markdown import render_markdown
from factcheck_app.export.model import ExportFormat, Report
from factcheck_app.export.w3c import render_w3c
from factcheck_app.files import atomic_target

TEXT_RENDERERS: dict[ExportFormat, Callable[[Report], str]] = {
    ExportFormat.HTML: render_html,
    ExportFormat.MD: render_markdown,
    ExportFormat.JSON: render_json,
    ExportFormat.CLAIMREVIEW: render_claimreview,
    ExportFormat.W3C: render_w3c,
}


def write_report(report: Report, fmt: ExportFormat, out: Path) -> Path:
    out = Path(out)
    with atomic_target(out) as tmp:
        if fmt is ExportFormat.PDF:
            from factcheck_app.export.pdf_render import write_pdf  # Qt: loaded only for PDF

            write_pdf(report, tmp)
        else:
            tmp.write_text(TEXT_RENDERERS[fmt](report), encoding="utf-8")
    return out
