"""The report as CommonMark, for pasting into wikis, tickets and CMS drafts.

Markdown has no highlight colours, so the article shows each assertion as a numbered
link marker after its span and the categories are named in the claim entries. User text
is backslash-escaped (a quote that says ``**`` prints as written), except notes: they are
Markdown already and render as in the app, HTML and PDF (raw HTML in them stays text).
"""

from __future__ import annotations

import re

from factcheck_app.categories import CATEGORY_STYLES
from factcheck_app.export.labels import ORGANISATION_URL, provenance, short, speakers, words
from factcheck_app.export.model import ArticleReport, ClaimEntry, Report
from factcheck_app.export.segments import article_runs
from factcheck_app.models import BlockKind, Lifecycle
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


_RAW_HTML = re.compile(r"<(?!https?://|mailto:)")


def note_md(body: str, indent: str = "  ") -> str:
    """A note is Markdown already: keep its syntax (as HTML and PDF render it) but not raw
    HTML, and indent its lines so a multi-line note stays inside its list item."""
    safe = _RAW_HTML.sub("&lt;", body.strip())
    return ("\n" + indent).join(safe.splitlines())


def md_inline(text: str | None) -> str:
    """Like :func:`md` for text that follows other text on its line (no line-start marks)."""
    return _INLINE.sub(r"\\\1", " ".join((text or "").split()))


def _provenance_md(report: Report, ar: ArticleReport) -> list[str]:
    _ = words(report)
    web = _(ORGANISATION_URL)
    out = [
        f"- **{md(label)}:** {_url(value) if label == web else md_inline(value)}"
        for label, value in provenance(report, ar)
    ]
    if ar.article.url:
        out.insert(0, "- **" + _("URL") + f":** {_url(ar.article.url)}")
    return out


def _summary_md(report: Report, ar: ArticleReport) -> list[str]:
    _ = words(report)
    verdicts, categories, still_open = ar.claim_counts()
    total = len(ar.claims)
    head = _.ngettext("{n} claim", "{n} claims", total).format(n=total)
    states = ", ".join(f"{n} {_.status(state)}" for state, n in ar.states())
    out = [f"**{head}**" + (f": {states}." if states else ""), ""]
    out += ["| " + _("Verdict") + " | " + _("Claims") + " |", "|---|---:|"]
    out += [f"| {md(_.verdict(k))} | {n} |" for k, n in verdicts.most_common()]
    if not verdicts:
        out.append("| " + _("no verdict yet") + " | 0 |")
    out += ["", "| " + _("Category") + " | " + _("Claims") + " |", "|---|---:|"]
    for c in CATEGORY_STYLES:
        if categories.get(str(c)):
            out.append(f"| {_.category(c)} | {categories[str(c)]} |")
    if still_open:
        out += ["", "**" + _("Still open") + "**", ""]
        for claim in still_open:
            quote = short(ar.article.text[claim.start : claim.end])
            names = ", ".join(_.category(c) for c in claim.categories)
            out.append(
                f"- [\\[{claim.number}\\]](#{claim.anchor}) *{_.status(claim.state)}* · "
                f"{names}: {_.quoted(md(quote))}"
            )
    return out


def _article_md(report: Report, ar: ArticleReport) -> list[str]:
    _ = words(report)
    a = ar.article
    out = [f"# {md(a.title)}", "", *_provenance_md(report, ar)]
    out += ["", "## " + _("Summary") + "", "", *_summary_md(report, ar)]
    if ar.notes:
        out += ["", "## " + _("Notes on the article") + "", ""]
        out += [f"- {note_md(n.body)} — {md(n.author)}" for n in ar.notes]
    out += ["", "## " + _("Claims") + "", ""]
    for claim in ar.claims:
        out += _claim_md(report, ar, claim)
    if not ar.claims:
        out += [_("No claims were flagged or added."), ""]
    out += ["## " + _("The annotated article") + "", ""]
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
    return out


def _claim_md(report: Report, ar: ArticleReport, claim: ClaimEntry) -> list[str]:
    _ = words(report)
    names = " · ".join(_.category(c) for c in claim.categories)
    page = ar.article.page_at(claim.start)
    cite = " (" + md(_("p. {page}").format(page=page)) + ")" if page else ""
    out = [
        "".join(f'<a id="{i.anchor}"></a>' for i in claim.items),
        f"### \\[{claim.number}\\] {names}",
        "",
        f"> {md(ar.article.text[claim.start : claim.end])}{cite}",
        "",
    ]
    several = len({v.rating for _item, v in claim.verdicts}) > 1
    for item, v in claim.verdicts:
        scope = f" ({_.category(item.assertion.category)})" if several else ""
        expl = f": {note_md(v.explanation)}" if v.explanation else ""
        out.append("- **" + _("Verdict") + f"{scope}: {md(_.verdict(v.rating))}**{expl}")
    summaries = dict.fromkeys(v.claim_summary for _item, v in claim.verdicts if v.claim_summary)
    for summary in summaries:
        out.append("- **" + _("Claim in short") + f":** {md(summary)}")
    if not claim.verdicts:  # with a verdict the claim is checked: the verdict says it
        dismissed = claim.state is Lifecycle.DISMISSED and claim.dismiss_reason
        reason = f" — {md_inline(claim.dismiss_reason)}" if dismissed else ""
        out.append("- **" + _("Status") + f":** {_.status(claim.state)}{reason}")
    for item in claim.items:
        a = item.assertion
        if a.explanation:
            out.append(
                "- **"
                + _("Why it was flagged")
                + f"** *({_.category(a.category)})*: {md(_.explanation(a))}"
            )
    for label, name in speakers(_, claim.items):
        out.append(f"- **{label}:** {md(name)}")
    tags = list(dict.fromkeys(t for i in claim.items for t in i.tags))
    if tags:
        out.append("- **" + _("Tags") + f":** {md(', '.join(tags))}")
    for n in (n for i in claim.items for n in i.notes):
        out.append("- **" + _("Note") + f"** ({md(n.author)}, {_.datetime(n.created_at)}):")
        out.append(f"  {note_md(n.body)}")
    for e in (e for i in claim.items for e in i.evidence):
        quote = " " + _.quoted(md(e.evidence.quote)) if e.evidence.quote else ""
        loc = f" ({md(e.evidence.locator)})" if e.evidence.locator else ""
        out.append(
            "- **" + _("Reference") + f"** *{_.relation(e.evidence.relation)}*: "
            f"\\[R{e.reference_number}\\] {md(e.reference.title)}{quote}{loc}"
        )
    out.append("")
    return out


def render_markdown(report: Report) -> str:
    _ = words(report)
    lines: list[str] = []
    for ar in report.articles:
        lines += _article_md(report, ar)
    if report.references:
        lines += ["## " + _("References") + "", ""]
        for n, ref in enumerate(report.references, 1):
            bits = [f"\\[R{n}\\] **{md(ref.title)}**"]
            bits += [md(x) for x in (ref.publisher, _.date(ref.published)) if x]
            if ref.url:
                bits.append(_url(ref.url))
            lines += [". ".join(bits), ""]
    return "\n".join(lines).rstrip() + "\n"
