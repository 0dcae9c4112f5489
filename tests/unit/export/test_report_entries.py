"""What an editor reads in a claim entry: the verdict's explanation rendered as Markdown
(like notes, in every format) and the checker's claim summary next to the verdict."""

from __future__ import annotations

from pathlib import Path

from export_helpers import Sample

from factcheck_app.export.model import ReportOptions
from factcheck_app.services import annotations, exports

EXPLANATION = "The **Yonhap** report gives 11,000; see [the briefing](https://example.org/b)."
SUMMARY = "North Korea sent 10,000 soldiers to Russia"


def _export(sample: Sample, tmp_path: Path, fmt: str, lang: str = "en") -> str:
    out = tmp_path / f"report-{lang}.{fmt}"
    options = ReportOptions(lang=lang)
    exports.export_articles(sample.lib, [sample.article_id], fmt, out, options)
    return out.read_text(encoding="utf-8")


def test_verdict_explanation_is_markdown_and_the_summary_is_shown(
    sample: Sample, tmp_path: Path
) -> None:
    annotations.set_verdict(sample.lib, sample.ids["vague"], "false", EXPLANATION, SUMMARY)
    html = _export(sample, tmp_path, "html")
    assert "<strong>Yonhap</strong>" in html and '<a href="https://example.org/b">' in html
    assert "**Yonhap**" not in html
    assert f"<b>Claim in short:</b> {SUMMARY}" in html
    markdown = _export(sample, tmp_path, "md")
    assert "**Verdict: false**: The **Yonhap** report" in markdown
    assert "\\*\\*Yonhap" not in markdown
    assert f"- **Claim in short:** {SUMMARY}" in markdown
    german = _export(sample, tmp_path, "html", "de")
    assert f"<b>Behauptung kurz gefasst:</b> {SUMMARY}" in german
    assert "&nbsp;falsch&nbsp;</span>: The <strong>Yonhap</strong>" in german


def test_a_verdict_explanation_of_several_paragraphs_stays_whole(
    sample: Sample, tmp_path: Path
) -> None:
    annotations.set_verdict(sample.lib, sample.ids["vague"], "false", "First.\n\n- one\n- two")
    html = _export(sample, tmp_path, "html")
    assert "&nbsp;false&nbsp;</span></p><p>First.</p>\n<ul>\n<li>one</li>" in html


def test_provenance_names_the_organisation_web_site_and_the_update(
    sample: Sample, tmp_path: Path
) -> None:
    sample.lib.settings = sample.lib.settings.replace(
        organisation_url="https://faktencheck.example"
    )
    with sample.lib.session() as db:
        db.execute(
            "UPDATE articles SET modified = '2026-11-03', outlet = 'Die Nachrichten' WHERE id = ?",
            [sample.article_id],
        )
    html = _export(sample, tmp_path, "html", "de")
    assert '<td><b>Website</b></td><td><a href="https://faktencheck.example">' in html
    assert "<td><b>Aktualisiert</b></td><td>03.11.2026</td>" in html
    markdown = _export(sample, tmp_path, "md")
    assert "- **Organisation web site:** <https://faktencheck.example>" in markdown
    assert "- **Updated:** Nov 3, 2026" in markdown


def test_a_pasted_article_says_where_it_came_from(sample: Sample, tmp_path: Path) -> None:
    from factcheck_app.services import articles

    pasted = articles.import_text(sample.lib, "Officials said the bridge costs 12 million.")
    out = tmp_path / "pasted.md"
    options = ReportOptions(lang="de")
    exports.export_articles(sample.lib, [pasted.article.id], "md", out, options)
    text = out.read_text(encoding="utf-8")
    assert "- **Herkunft:** eingefügter Text" in text
    assert "- **Original (SHA-256):** " + pasted.article.original_hash in text


def test_claims_speak_the_lifecycle_of_the_cards(sample: Sample, tmp_path: Path) -> None:
    """The states are the cards' (to check / in progress / checked / dismissed): a claim
    with a verdict never shows a status next to it; a dismissed one says why, once."""
    from factcheck_app.services import cards

    card = cards.card_of(sample.lib, sample.ids["disputed"])
    cards.set_state(sample.lib, card, "in_progress")
    out = tmp_path / "r.md"
    options = ReportOptions(include_dismissed=True)
    exports.export_articles(sample.lib, [sample.article_id], "md", out, options)
    text = out.read_text(encoding="utf-8")
    assert "**5 claims**: 3 checked, 1 dismissed, 1 in progress." in text
    entries = text.split("### ")[1:]
    for entry in entries:
        if "**Verdict" in entry:
            assert "**Status:**" not in entry
    (dismissed,) = [e for e in entries if "dismissed" in e]
    assert dismissed.count("names are fine") == 1
    assert "- **Status:** dismissed — names are fine" in dismissed
    still_open = text.split("**Still open**")[1].split("##")[0]
    assert "*in progress* · Disputed" in still_open and "dismissed" not in still_open
    html = _export(sample, tmp_path, "html", "de")
    assert "<p><b>Status:</b> in Arbeit</p>" in html
    assert "in progress" not in html and "Status: open" not in html
