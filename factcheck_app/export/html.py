"""The report as one self-contained HTML file (no scripts, no external files).

The same markup feeds the PDF: Qt's rich-text engine understands a subset of HTML and
CSS, so everything here uses inline ``style`` attributes and plain elements that both a
browser and ``QTextDocument`` render alike. ``for_print`` only adds page breaks and
drops the browser-only style sheet. Every piece of user text goes through ``esc``; every
word the report adds goes through the report's language (``labels.words``).

Order, for an editor: title and provenance, the verdict summary (claims by verdict, by
category, what is still open), one entry per claim, then the annotated article.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from markdown_it import MarkdownIt

from factcheck_app.cards import verdict_colour
from factcheck_app.categories import CATEGORY_STYLES, style
from factcheck_app.export.claimreview import claim_reviews, render_claimreview
from factcheck_app.export.labels import (
    ORGANISATION_URL,
    Words,
    provenance,
    short,
    speakers,
    words,
)
from factcheck_app.export.model import ArticleReport, ClaimEntry, Report
from factcheck_app.export.segments import BlockRuns, article_runs
from factcheck_app.i18n import normalise
from factcheck_app.models import BlockKind, Lifecycle
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


def _image_as_text(_self, tokens, idx, _options, _env) -> str:
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


def inline_markdown(text: str) -> tuple[str, bool]:
    """Markdown that reads on after a label ("Verdict: false: …"): one paragraph comes
    back without its ``<p>``; several blocks come back whole (second value False)."""
    html = note_html(text)
    inner = html.removeprefix("<p>").removesuffix("</p>")
    if html.startswith("<p>") and "<p>" not in inner and "</p>" not in inner:
        return inner, True
    return html, False


def _meta_rows(report: Report, ar: ArticleReport) -> list[tuple[str, str]]:
    _ = words(report)
    web = _(ORGANISATION_URL)
    rows = [(k, link_html(v) if k == web else esc(v)) for k, v in provenance(report, ar)]
    url = ar.article.url
    if url:
        rows.insert(0, (_("URL"), link_html(url)))
    return rows


def _swatch(fill: str) -> str:
    return f'<span style="background-color:{fill}">&nbsp;&nbsp;&nbsp;</span> '


def _counts_table(title: str, rows: list[tuple[str, int]], empty: str) -> str:
    cells = [f"<tr><td>{label}</td><td align=right>{n}</td></tr>" for label, n in rows]
    body = "".join(cells) or f'<tr><td class="muted">{esc(empty)}</td><td></td></tr>'
    return (
        f'<td valign=top><b>{esc(title)}</b><table class="counts" cellpadding=2>{body}</table></td>'
    )


def _summary(report: Report, ar: ArticleReport) -> str:
    _ = words(report)
    verdicts, categories, still_open = ar.claim_counts()
    total = len(ar.claims)
    head = _.ngettext("{n} claim", "{n} claims", total).format(n=total)
    states = ", ".join(f"{n} {esc(_.status(state))}" for state, n in ar.states())
    by_verdict = [(verdict_badge(_, k), n) for k, n in verdicts.most_common()]
    by_category = [
        (_swatch(s.fill) + esc(_.category(c)), categories[str(c)])
        for c, s in CATEGORY_STYLES.items()
        if categories.get(str(c))
    ]
    out = [
        f"<p><b>{esc(head)}</b>" + (f": {states}." if states else "") + "</p>",
        '<table cellpadding=4 width="100%"><tr>',
        _counts_table(_("Claims by verdict"), by_verdict, _("no verdict yet")),
        _counts_table(_("Claims by category"), by_category, _("none")),
        "</tr></table>",
    ]
    if still_open:
        out.append("<p><b>" + esc(_("Still open")) + "</b></p><ul>")
        out.extend(
            f'<li><a href="#{c.anchor}">[{c.number}]</a> <i>{esc(_.status(c.state))}</i> · '
            f"{esc(', '.join(_.category(x) for x in c.categories))}: "
            f"{_.quoted(esc(short(ar.article.text[c.start : c.end])))}</li>"
            for c in still_open
        )
        out.append("</ul>")
    return "\n".join(out)


def verdict_badge(_: Words, rating: str) -> str:
    """A verdict as the app's card badge shows it: its word on its colour."""
    colour = verdict_colour(rating)
    return (
        f'<span style="background-color:{colour};color:#ffffff">'
        f"&nbsp;{esc(_.verdict(rating))}&nbsp;</span>"
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


def _notes_html(report: Report, notes) -> list[str]:
    _ = words(report)
    out = ["<p><b>" + esc(_("Notes")) + "</b></p><ul>"]
    for n in notes:
        stamp = esc(_.datetime(n.created_at))
        by = f' <span style="color:#666666">— {esc(n.author)}, {stamp}</span>'
        out.append(f"<li>{note_html(n.body)}{by}</li>")
    out.append("</ul>")
    return out


def _claim_html(report: Report, ar: ArticleReport, claim: ClaimEntry) -> str:
    """One entry per claim: every category of its findings, then the checker's work."""
    _ = words(report)
    badges = " ".join(
        f'<span style="background-color:{style(c).fill}">&nbsp;{esc(_.category(c))}&nbsp;</span>'
        for c in claim.categories
    )
    anchors = "".join(f'<a name="{i.anchor}" id="{i.anchor}"></a>' for i in claim.items)
    ink = style(claim.primary.assertion.category).ink
    quote = ar.article.text[claim.start : claim.end]
    page = ar.article.page_at(claim.start)
    cite = " (" + esc(_("p. {page}").format(page=page)) + ")" if page else ""
    out = [
        f'<div class="claim">{anchors}'
        f'<h3><span style="color:{ink}">[{claim.number}]</span> {badges}</h3>',
        f"<blockquote>{_.quoted(_lines(quote))}{cite}</blockquote>",
    ]
    several = len({v.rating for _item, v in claim.verdicts}) > 1
    for item, v in claim.verdicts:
        scope = f" ({esc(_.category(item.assertion.category))})" if several else ""
        head = "<b>" + esc(_("Verdict")) + f"{scope}:</b> {verdict_badge(_, v.rating)}"
        expl, inline = inline_markdown(v.explanation) if v.explanation else ("", True)
        out.append(f"<p>{head}: {expl}</p>" if expl and inline else f"<p>{head}</p>{expl}")
    summaries = dict.fromkeys(v.claim_summary for _item, v in claim.verdicts if v.claim_summary)
    for summary in summaries:
        out.append("<p><b>" + esc(_("Claim in short")) + f":</b> {esc(summary)}</p>")
    if not claim.verdicts:  # with a verdict the claim is checked: the verdict says it
        reason = f" — {esc(claim.dismiss_reason)}" if claim.dismiss_reason else ""
        status = esc(_.status(claim.state)) + (reason if claim.state is Lifecycle.DISMISSED else "")
        out.append("<p><b>" + esc(_("Status")) + f":</b> {status}</p>")
    why = [i for i in claim.items if i.assertion.explanation]
    if why:
        out.append("<p><b>" + esc(_("Why it was flagged")) + "</b></p><ul>")
        out.extend(
            f"<li><i>{esc(_.category(i.assertion.category))}</i>: "
            f"{_lines(_.explanation(i.assertion))}</li>"
            for i in why
        )
        out.append("</ul>")
    for label, name in speakers(_, claim.items):
        out.append(f"<p><b>{esc(label)}:</b> {esc(name)}</p>")
    tags = list(dict.fromkeys(t for i in claim.items for t in i.tags))
    if tags:
        out.append("<p><b>" + esc(_("Tags")) + f":</b> {esc(', '.join(tags))}</p>")
    notes = [n for i in claim.items for n in i.notes]
    if notes:
        out.extend(_notes_html(report, notes))
    evidence = [e for i in claim.items for e in i.evidence]
    if evidence:
        out.append("<p><b>" + esc(_("References")) + "</b></p><ul>")
        for e in evidence:
            ref = e.reference
            quote_ = " " + _.quoted(_lines(e.evidence.quote)) if e.evidence.quote else ""
            loc = f" ({esc(e.evidence.locator)})" if e.evidence.locator else ""
            out.append(
                f"<li><i>{esc(_.relation(e.evidence.relation))}</i>: "
                f'<a href="#ref-{e.reference_number}">[R{e.reference_number}]</a> '
                f"{esc(ref.title)}{quote_}{loc}</li>"
            )
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(x for x in out if x)


def _reference_html(report: Report, number: int, ref) -> str:
    _ = words(report)
    bits = [f"<b>{esc(ref.title)}</b>"]
    if ref.publisher:
        bits.append(esc(ref.publisher))
    if ref.published:
        bits.append(esc(_.date(ref.published)))
    if ref.url:
        bits.append(link_html(ref.url))
    if ref.accessed:
        bits.append(esc(_("accessed {date}").format(date=_.date(ref.accessed))))
    return (
        f'<p id="ref-{number}"><a name="ref-{number}"></a>[R{number}] ' + ". ".join(bits) + "</p>"
    )


def _name(anchor: str) -> str:
    """A named anchor both browsers and Qt's layout know (PDF bookmarks are found by it)."""
    return f'<a name="{anchor}" id="{anchor}"></a>'


def _article_html(report: Report, ar: ArticleReport, index: int, for_print: bool) -> str:
    _ = words(report)
    brk = ' style="page-break-before: always"' if for_print and index else ""
    a = ar.article
    meta = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in _meta_rows(report, ar))
    out = [
        f"<h1{brk}>{_name(f'article-{index + 1}')}{esc(a.title)}</h1>",
        f'<table cellpadding=2 style="margin-bottom:8px">{meta}</table>',
        f"<h2>{_name(f'summary-{index + 1}')}" + esc(_("Summary")) + "</h2>",
        _summary(report, ar),
    ]
    if ar.notes:
        out.append("<h2>" + esc(_("Notes on the article")) + "</h2><ul>")
        out.extend(f"<li>{note_html(n.body)} — {esc(n.author)}</li>" for n in ar.notes)
        out.append("</ul>")
    out.append(f"<h2>{_name(f'claims-{index + 1}')}" + esc(_("Claims")) + "</h2>")
    if not ar.claims:
        out.append("<p>" + esc(_("No claims were flagged or added.")) + "</p>")
    out.extend(_claim_html(report, ar, c) for c in ar.claims)
    out.append(f"<h2>{_name(f'text-{index + 1}')}" + esc(_("The annotated article")) + "</h2>")
    out.extend(_block_html(b) for b in article_runs(a, ar.items))
    return "\n".join(out)


def render_body(report: Report, for_print: bool = False) -> str:
    parts = [_article_html(report, ar, i, for_print) for i, ar in enumerate(report.articles)]
    if report.references:
        _ = words(report)
        heading = esc(_("References"))
        parts.append(f"<h2>{_name('references')}{heading}</h2>")
        parts.extend(_reference_html(report, n, r) for n, r in enumerate(report.references, 1))
    return "\n".join(parts)


def _json_ld(report: Report) -> str:
    """The ClaimReview graph for search engines, when the page has a public address;
    its urls point at this page's claim anchors. ``</`` is escaped so no text can end
    the script element."""
    if not report.options.base_url or not claim_reviews(report):
        return ""
    data = render_claimreview(report).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{data}</script>\n'


def render_html(report: Report, for_print: bool = False) -> str:
    lang = normalise(report.options.lang)
    css = "" if for_print else f"<style>{_WEB_CSS}</style>"
    json_ld = "" if for_print else _json_ld(report)
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f"<title>{esc(report.title)}</title>{css}{json_ld}</head>\n"
        f'<body style="font-family:{FONT_STACK}">\n{render_body(report, for_print)}\n'
        "</body></html>\n"
    )
