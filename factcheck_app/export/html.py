"""The report as one self-contained HTML file (no scripts, no external files).

The same markup feeds the PDF: Qt's rich-text engine understands a subset of HTML and
CSS, so everything here uses inline ``style`` attributes and plain elements that both a
browser and ``QTextDocument`` render alike. ``for_print`` only adds page breaks and
drops the browser-only style sheet. Every piece of user text goes through ``esc``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from html import escape

from markdown_it import MarkdownIt

from factcheck_app.categories import CATEGORY_STYLES, style
from factcheck_app.export.labels import RELATION_LABELS, STATUS_LABELS, checked_by, when
from factcheck_app.export.model import ArticleReport, AssertionItem, Report
from factcheck_app.export.segments import BlockRuns, article_runs
from factcheck_app.models import BlockKind
from factcheck_app.urlpolicy import display_url, safe_link

FONT_STACK = "'Noto Sans', 'NanumGothic', sans-serif"

_WEB_CSS = f"""
body {{ font-family: {FONT_STACK}; max-width: 48em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #1a1a1a; }}
h1 {{ font-size: 1.6em; margin-bottom: 0.2em; }}
table.counts td, table.counts th {{ padding: 2px 10px 2px 0; text-align: left; }}
.claim {{ border-top: 1px solid #ccc; padding-top: 0.5em; }}
blockquote {{ margin: 0.3em 0 0.3em 1em; padding-left: 0.8em; border-left: 3px solid #bbb; }}
.muted {{ color: #666; }}
"""


def esc(text: str | None) -> str:
    """Escape user text for element content and attribute values."""
    return escape(text or "", quote=True)


def _lines(text: str) -> str:
    return esc(text).replace("\n", "<br>")


def link_html(url: str | None) -> str:
    """A live link only for an address the URL policy allows; anything else as text."""
    if not url:
        return ""
    safe = safe_link(url)
    if safe is None:
        return f'<span class="muted">{esc(url)}</span>'
    return f'<a href="{esc(safe)}">{esc(display_url(safe))}</a>'


def _image_as_text(_self, tokens, idx, _options, _env) -> str:  # type: ignore[no-untyped-def]
    """A note image never loads: no local file in a PDF, no tracking pixel in HTML."""
    token = tokens[idx]
    alt = "".join(child.content for child in token.children or [])
    return f'<span class="muted">[image: {esc(alt or token.attrGet("src") or "")}]</span>'


@lru_cache(maxsize=1)
def _markdown_renderer() -> MarkdownIt:
    # html off: a note's own tags come out as text; links follow the one URL policy
    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = lambda url: safe_link(url) is not None  # type: ignore[method-assign]
    md.add_render_rule("image", _image_as_text)
    return md


def note_html(body: str) -> str:
    """A note is Markdown: render it (safely) as the checker sees it in the app."""
    return _markdown_renderer().render(body).strip()


def _meta_rows(report: Report, ar: ArticleReport) -> list[tuple[str, str]]:
    a = ar.article
    rows = [
        ("Outlet", esc(a.outlet)),
        ("Author", esc(a.byline)),
        ("Published", esc(a.published)),
        ("URL", link_html(a.url)),
        ("Tags", esc(", ".join(ar.tags))),
        ("Checked by", esc(checked_by(report))),
        ("Report date", esc(when(report.generated_at))),
        ("Library", esc(report.library_name)),
    ]
    return [(k, v) for k, v in rows if v]


def _counts_table(title: str, counts: Counter[str], colours: dict[str, str] | None = None) -> str:
    cells = []
    for key, n in counts.most_common():
        swatch = ""
        if colours and key in colours:
            swatch = f'<span style="background-color:{colours[key]}">&nbsp;&nbsp;&nbsp;</span> '
        cells.append(f"<tr><td>{swatch}{esc(key)}</td><td align=right>{n}</td></tr>")
    body = "".join(cells) or '<tr><td class="muted">none</td><td></td></tr>'
    return (
        f'<td valign=top><b>{esc(title)}</b><table class="counts" cellpadding=2>{body}</table></td>'
    )


def _summary(ar: ArticleReport) -> str:
    categories, statuses, verdicts = ar.counts()
    labels = {str(c): s.label for c, s in CATEGORY_STYLES.items()}
    fills = {s.label: s.fill for s in CATEGORY_STYLES.values()}
    by_label = Counter({labels[k]: v for k, v in categories.items()})
    by_status = Counter({STATUS_LABELS.get(k, k): v for k, v in statuses.items()})
    return (
        f"<p><b>{len(ar.items)} assertions</b></p>"
        '<table cellpadding=4 width="100%"><tr>'
        + _counts_table("Category", by_label, fills)
        + _counts_table("Status", by_status)
        + _counts_table("Verdict", verdicts)
        + "</tr></table>"
    )


def _block_html(block: BlockRuns) -> str:
    parts = []
    for run in block.runs:
        text = _lines(run.text)
        if run.item is not None:
            s = style(run.item.assertion.category)
            text = f'<span style="background-color:{s.fill}">{text}</span>'
        parts.append(text)
        for item in run.markers:
            colour = style(item.assertion.category).ink
            parts.append(
                f'<sup><a href="#{item.anchor}" style="color:{colour};'
                f'text-decoration:none"><b>[{item.number}]</b></a></sup>'
            )
    inner = "".join(parts)
    lang = f' lang="{esc(block.lang)}"' if block.lang else ""
    if block.kind is BlockKind.TITLE:
        return f"<h2{lang}>{inner}</h2>"
    if block.kind is BlockKind.HEADING:
        return f"<h3{lang}>{inner}</h3>"
    if block.kind is BlockKind.QUOTE:
        return f"<blockquote{lang}>{inner}</blockquote>"
    if block.kind is BlockKind.LIST_ITEM:
        return f"<ul{lang}><li>{inner}</li></ul>"
    if block.kind is BlockKind.BOILERPLATE:
        return f'<p{lang} style="color:#777777; font-size:small">{inner}</p>'
    if block.kind is BlockKind.TEASER:
        return f"<p{lang}><i>{inner}</i></p>"
    return f"<p{lang}>{inner}</p>"


def _item_html(item: AssertionItem) -> str:
    a = item.assertion
    s = style(a.category)
    out = [
        f'<div class="claim"><a name="{item.anchor}" id="{item.anchor}"></a>'
        f'<h3><span style="color:{s.ink}">[{item.number}]</span> '
        f'<span style="background-color:{s.fill}">&nbsp;{esc(s.label)}&nbsp;</span></h3>',
        f"<blockquote>“{_lines(a.quote)}”</blockquote>",
    ]
    if a.explanation:
        out.append(f"<p><b>Why:</b> {_lines(a.explanation)}</p>")
    status = STATUS_LABELS.get(a.status, str(a.status))
    extra = f" — dismissed: {esc(a.dismiss_reason)}" if a.dismiss_reason else ""
    if str(a.review) == "dismissed" and not a.dismiss_reason:
        extra = " — dismissed"
    speaker = f" · <b>Speaker:</b> {esc(a.source_text)}" if a.source_text else ""
    out.append(f"<p><b>Status:</b> {esc(status)}{extra}{speaker}</p>")
    if item.verdict:
        v = item.verdict
        expl = f": {_lines(v.explanation)}" if v.explanation else ""
        out.append(f"<p><b>Verdict: {esc(v.rating)}</b>{expl}</p>")
    if item.tags:
        out.append(f"<p><b>Tags:</b> {esc(', '.join(item.tags))}</p>")
    if item.notes:
        out.append("<p><b>Notes</b></p><ul>")
        for n in item.notes:
            by = f' <span style="color:#666666">— {esc(n.author)}, {esc(when(n.created_at))}</span>'
            out.append(f"<li>{note_html(n.body)}{by}</li>")
        out.append("</ul>")
    if item.evidence:
        out.append("<p><b>References</b></p><ul>")
        for e in item.evidence:
            ref = e.reference
            quote = f" “{_lines(e.evidence.quote)}”" if e.evidence.quote else ""
            loc = f" ({esc(e.evidence.locator)})" if e.evidence.locator else ""
            out.append(
                f"<li><i>{esc(RELATION_LABELS.get(e.evidence.relation, ''))}</i>: "
                f'<a href="#ref-{e.reference_number}">[R{e.reference_number}]</a> '
                f"{esc(ref.title)}{quote}{loc}</li>"
            )
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)


def _reference_html(number: int, ref) -> str:
    bits = [f"<b>{esc(ref.title)}</b>"]
    if ref.publisher:
        bits.append(esc(ref.publisher))
    if ref.published:
        bits.append(esc(ref.published))
    if ref.url:
        bits.append(link_html(ref.url))
    if ref.accessed:
        bits.append(f"accessed {esc(ref.accessed)}")
    return (
        f'<p id="ref-{number}"><a name="ref-{number}"></a>[R{number}] ' + ". ".join(bits) + "</p>"
    )


def _article_html(report: Report, ar: ArticleReport, index: int, for_print: bool) -> str:
    brk = ' style="page-break-before: always"' if for_print and index else ""
    a = ar.article
    meta = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in _meta_rows(report, ar))
    out = [
        f"<h1{brk}>{esc(a.title)}</h1>",
        f'<table cellpadding=2 style="margin-bottom:8px">{meta}</table>',
        "<h2>Summary</h2>",
        _summary(ar),
    ]
    if ar.notes:
        out.append("<h2>Notes on the article</h2><ul>")
        out.extend(f"<li>{note_html(n.body)} — {esc(n.author)}</li>" for n in ar.notes)
        out.append("</ul>")
    out.append("<h2>Article</h2>")
    out.extend(_block_html(b) for b in article_runs(a, ar.items))
    brk = ' style="page-break-before: always"' if for_print else ""
    out.append(f"<h2{brk}>Assertions</h2>")
    if not ar.items:
        out.append("<p>No assertions.</p>")
    out.extend(_item_html(i) for i in ar.items)
    return "\n".join(out)


def render_body(report: Report, for_print: bool = False) -> str:
    parts = [_article_html(report, ar, i, for_print) for i, ar in enumerate(report.articles)]
    if report.references:
        parts.append("<h2>References</h2>")
        parts.extend(_reference_html(n, r) for n, r in enumerate(report.references, 1))
    return "\n".join(parts)


def render_html(report: Report, for_print: bool = False) -> str:
    lang = next((ar.article.languages[0] for ar in report.articles if ar.article.languages), "en")
    css = "" if for_print else f"<style>{_WEB_CSS}</style>"
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f"<title>{esc(report.title)}</title>{css}</head>\n"
        f'<body style="font-family:{FONT_STACK}">\n{render_body(report, for_print)}\n'
        "</body></html>\n"
    )
