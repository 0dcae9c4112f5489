"""Words and small formatting shared by the human-readable formats (PDF, HTML, Markdown)."""

from __future__ import annotations

from factcheck_app.export.model import Report
from factcheck_app.models import CheckStatus, Relation

STATUS_LABELS = {
    CheckStatus.OPEN: "open",
    CheckStatus.IN_PROGRESS: "in progress",
    CheckStatus.CHECKED: "checked",
}

RELATION_LABELS = {
    Relation.SUPPORTS: "supports",
    Relation.CONTRADICTS: "contradicts",
    Relation.CONTEXT: "context",
}


def when(stamp: str | None) -> str:
    """``2024-05-01T14:03:22.123Z`` -> ``2024-05-01 14:03 UTC``; dates stay dates."""
    if not stamp:
        return ""
    if "T" not in stamp:
        return stamp
    day, _, rest = stamp.partition("T")
    return f"{day} {rest[:5]} UTC" if stamp.endswith("Z") else f"{day} {rest[:5]}"


def checked_by(report: Report) -> str:
    if report.organisation and report.checker:
        return f"{report.checker} ({report.organisation})"
    return report.checker or report.organisation


def markers_text(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)
