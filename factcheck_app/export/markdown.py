"""The report as CommonMark, for pasting into wikis, tickets and CMS drafts.

Markdown has no highlight colours, so the article shows each assertion as a numbered
link marker after its span and the category is named in the assertion list. All user
text is backslash-escaped: a note that says ``<script>`` or ``**`` prints as written.
"""

from __future__ import annotations

import re

from factcheck_app.categories import CATEGORY_STYLES, style
from factcheck_app.export.labels import RELATION_LABELS, STATUS_LABELS, checked_by, when
from factcheck_app.export.model import ArticleReport, AssertionItem, Report
from factcheck_app.export.segments import article_runs
from factcheck_app.models import BlockKind
from factcheck_app.urlpolicy import safe_link

_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
_LINE_START = re.compile(r"^([ \t]*)([#+=>-]|\d+(?=[.)]))", re.MULTILINE)


def _escape_marker(m: re.Match[str]) -> str:
    indent, marker = m.group(1), m.group(2)
    return indent + (marker + "\\" if marker.isdigit() else "\\" + marker)


def md(text: str | None) -> str:
    """Escape what Markdown could read as syntax or HTML: inline marks everywhere, list,
    heading and quote markers at the start of a line."""
    escaped = _INLINE.sub(r"\\\1", text or "")
    escaped = _LINE_START.sub(_escape_marker, escaped)
    return escaped.replace("\n", "  \n")


def _url(url: str) -> str:
    """An autolink only for an address the URL policy allows; anything else as code."""
    if safe_link(url) is None:
        return "`" + url.replace("`", "'").replace("\n", " ") + "` (not linked)"
    return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"


def _article_md(report: Report, ar: ArticleReport) -> list[str]:
    a = ar.article
    out = [f"# {md(a.title)}", ""]
    for label, value in (
        ("Outlet", a.outlet),
        ("Author", a.byline),
        ("Published", a.published),
        ("Tags", ", ".join(ar.tags)),
        ("Checked by", checked_by(report)),
        ("Report date", when(report.generated_at)),
        ("Library", report.library_name),
    ):
        if value:
            out.append(f"- **{label}:** {md(value)}")
    if a.url:
        out.append(f"- **URL:** {_url(a.url)}")
    categories, statuses, verdicts = ar.counts()
    out += ["", "## Summary", "", f"{len(ar.items)} assertions.", ""]
    out += ["| Category | Count |", "|---|---:|"]
    for c, s in CATEGORY_STYLES.items():
        if categories.get(str(c)):
            out.append(f"| {s.label} | {categories[str(c)]} |")
    out += ["", "| Status | Count |", "|---|---:|"]
    out += [f"| {STATUS_LABELS.get(k, k)} | {n} |" for k, n in statuses.most_common()]  # type: ignore[call-overload]
    out += ["", "| Verdict | Count |", "|---|---:|"]
    out += [f"| {md(k)} | {n} |" for k, n in verdicts.most_common()]
    if ar.notes:
        out += ["", "## Notes on the article", ""]
        out += [f"- {md(n.body)} — {md(n.author)}" for n in ar.notes]
    out += ["", "## Article", ""]
    for block in article_runs(a, ar.items):
        text = "".join(
            md(r.text) + "".join(f"[\\[{i.number}\\]](#{i.anchor})" for i in r.markers)
            for r in block.runs
        )
        if block.kind is BlockKind.TITLE or block.kind is BlockKind.HEADING:
            text = f"### {text}"
        elif block.kind is BlockKind.QUOTE:
            text = "> " + text
        elif block.kind is BlockKind.LIST_ITEM:
            text = "- " + text
        out += [text, ""]
    out += ["## Assertions", ""]
    for item in ar.items:
        out += _item_md(item)
    if not ar.items:
        out += ["No assertions.", ""]
    return out


def _item_md(item: AssertionItem) -> list[str]:
    a = item.assertion
    out = [
        f'<a id="{item.anchor}"></a>',
        f"### \\[{item.number}\\] {style(a.category).label}",
        "",
        f"> {md(a.quote)}",
        "",
    ]
    if a.explanation:
        out.append(f"- **Why:** {md(a.explanation)}")
    status = STATUS_LABELS.get(a.status, str(a.status))
    if str(a.review) == "dismissed":
        status += " (dismissed" + (f": {md(a.dismiss_reason)})" if a.dismiss_reason else ")")
    out.append(f"- **Status:** {status}")
    if a.source_text:
        out.append(f"- **Speaker:** {md(a.source_text)}")
    if item.verdict:
        expl = f": {md(item.verdict.explanation)}" if item.verdict.explanation else ""
        out.append(f"- **Verdict:** {md(item.verdict.rating)}{expl}")
    if item.tags:
        out.append(f"- **Tags:** {md(', '.join(item.tags))}")
    for n in item.notes:
        out.append(f"- **Note** ({md(n.author)}, {when(n.created_at)}): {md(n.body)}")
    for e in item.evidence:
        quote = f" “{md(e.evidence.quote)}”" if e.evidence.quote else ""
        loc = f" ({md(e.evidence.locator)})" if e.evidence.locator else ""
        relation = RELATION_LABELS.get(e.evidence.relation, "")
        out.append(
            f"- **Reference** *{relation}*: \\[R{e.reference_number}\\] "
            f"{md(e.reference.title)}{quote}{loc}"
        )
    out.append("")
    return out


def render_markdown(report: Report) -> str:
    lines: list[str] = []
    for ar in report.articles:
        lines += _article_md(report, ar)
    if report.references:
        lines += ["## References", ""]
        for n, ref in enumerate(report.references, 1):
            bits = [f"\\[R{n}\\] **{md(ref.title)}**"]
            bits += [md(x) for x in (ref.publisher, ref.published) if x]
            if ref.url:
                bits.append(_url(ref.url))
            lines += [". ".join(bits), ""]
    return "\n".join(lines).rstrip() + "\n"
