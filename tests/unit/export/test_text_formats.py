"""JSON, HTML, Markdown and ClaimReview exports of the same report, through the service."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from export_helpers import HOSTILE_NOTE_SHOWN, PRIVATE_NOTE, Sample

from factcheck_app.export.claimreview import rating_value
from factcheck_app.export.model import ReportOptions
from factcheck_app.services import exports

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
BASE = "https://faktencheck.example/2026/nordkorea"


def _export(sample: Sample, tmp_path: Path, fmt: str, **options) -> str:
    out = tmp_path / f"report.{fmt}"
    exports.export_articles(sample.lib, [sample.article_id], fmt, out, ReportOptions(**options))
    return out.read_text(encoding="utf-8")


def test_json_holds_everything_and_is_versioned(sample: Sample, tmp_path: Path) -> None:
    doc = json.loads(_export(sample, tmp_path, "json", include_sourced=True))
    assert (doc["format"], doc["version"]) == ("factcheck-report", 2)
    (article,) = doc["articles"]
    assert article["text"] == sample.text
    assert article["blocks"] and article["tags"] == ["korea"]
    by_id = {a["id"]: a for a in article["assertions"]}
    assert [a["number"] for a in article["assertions"]] == [1, 2, 3, 4, 5]
    vague = by_id[sample.ids["vague"]]
    assert vague["verdict"]["rating"] == "false"
    assert {n["body"] for n in vague["notes"]} == {"Asked Yonhap for the figures", PRIVATE_NOTE}
    assert vague["evidence"][0]["relation"] == "contradicts"
    assert vague["tags"] == ["numbers"]
    assert sample.ids["korean"] not in by_id  # dismissed, not asked for
    titles = [r["title"] for r in doc["references"]]
    assert titles == [sample.reference_title, "Statement of the Ministry of Defence"]


def test_options_choose_assertions_and_notes(sample: Sample, tmp_path: Path) -> None:
    default = json.loads(_export(sample, tmp_path, "json"))
    ids = {a["id"] for a in default["articles"][0]["assertions"]}
    assert sample.ids["sourced"] not in ids and sample.ids["korean"] not in ids
    everything = json.loads(
        _export(sample, tmp_path, "json", include_dismissed=True, include_sourced=True)
    )
    assert len(everything["articles"][0]["assertions"]) == 6
    public = _export(sample, tmp_path, "json", include_private=False)
    assert PRIVATE_NOTE not in public and "Asked Yonhap" in public


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_escapes_user_text(sample: Sample, tmp_path: Path) -> None:
    page = _export(sample, tmp_path, "html")
    parsed = _Collect()
    parsed.feed(page)
    assert "script" not in parsed.tags
    assert HOSTILE_NOTE_SHOWN in "".join(parsed.text)  # its tags shown as text, exactly
    assert "<strong>stars</strong>" in page  # and its Markdown rendered
    assert "<link" not in page and "src=" not in page
    assert "#F6DDA6" in page  # vague_source fill around the span
    assert "최선희" in page and "„volle Unterstützung“" in page


def test_markdown_escapes_user_text_and_renders_notes(sample: Sample, tmp_path: Path) -> None:
    text = _export(sample, tmp_path, "md")
    assert "<script>" not in text and "</p>" not in text
    # a note is Markdown: its emphasis stays Markdown (as HTML and PDF render it), its
    # HTML stays text
    assert "&lt;script>" in text and "**stars**" in text and r"\*\*stars" not in text
    assert "Library" not in text and "lib.db" not in text
    assert re.search(r"\[\\\[1\\\]\]\(#claim-", text)  # numbered marker links
    assert "## References" in text and sample.reference_title in text


def test_claimreview_validates_and_maps_verdicts(sample: Sample, tmp_path: Path) -> None:
    doc = json.loads(_export(sample, tmp_path, "claimreview", include_sourced=True, base_url=BASE))
    schema = json.loads((SCHEMAS / "claimreview.schema.json").read_text())
    jsonschema.validate(doc, schema)
    reviews = {r["claimReviewed"]: r for r in doc["@graph"]}
    assert len(reviews) == 3  # only the assertions with a verdict
    false = reviews["Reports indicate that around 10,000 soldiers were sent to Russia"]
    assert false["reviewRating"]["ratingValue"] == 1
    assert false["author"][1] == {
        "@type": "Person",
        "name": "Anna Köhler",
        "affiliation": {"@type": "Organization", "name": "Faktencheck Nord"},
    }
    assert false["url"].endswith(f"#claim-{sample.ids['vague']}")
    unverifiable = reviews["North Korea allegedly tested a new missile in March"]
    assert unverifiable["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "unverifiable",
        "ratingExplanation": "No launch data published.",
    }


def test_claim_author_is_the_speaker(sample: Sample, tmp_path: Path) -> None:
    from factcheck_app.services import annotations

    annotations.set_verdict(sample.lib, sample.ids["disputed"], "mostly true")
    doc = json.loads(_export(sample, tmp_path, "claimreview", base_url=BASE))
    review = next(r for r in doc["@graph"] if "Zürich" in r["claimReviewed"])
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "José Müller-Ščerbová"}
    assert review["url"] == f"{BASE}#claim-{sample.ids['disputed']}"
    assert review["reviewRating"]["ratingValue"] == 4


@pytest.mark.parametrize(
    ("rating", "scheme", "value"),
    [
        ("true", (), 5),
        ("misleading", (), 2),
        ("unverifiable", (), None),
        ("pants on fire", ("correct", "pants on fire"), 1),
        ("correct", ("correct", "half", "pants on fire", "unverifiable"), 5),
        ("half", ("correct", "half", "pants on fire", "unverifiable"), 3),
        ("unknown", ("correct",), None),
    ],
)
def test_rating_scale(rating: str, scheme: tuple[str, ...], value: int | None) -> None:
    assert rating_value(rating, scheme) == value


def test_tag_selects_articles_and_unknown_ids_fail(sample: Sample) -> None:
    assert exports.select_articles(sample.lib, (), "korea") == [sample.article_id]
    assert exports.select_articles(sample.lib, (sample.article_id[:8],), "korea") == [
        sample.article_id
    ]
    with pytest.raises(exports.NotFound):
        exports.select_articles(sample.lib, (), "no-such-tag")
    with pytest.raises(exports.NotFound):
        exports.select_articles(sample.lib, ("ffffffff",))


def test_cancel_writes_nothing(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    with pytest.raises(exports.ExportCancelled):
        exports.export_articles(sample.lib, [sample.article_id], "html", out, cancel=lambda: True)
    assert not out.exists() and list(tmp_path.glob(".export-*")) == []


def test_sourced_assertion_with_checker_work_is_always_reported(
    sample: Sample, tmp_path: Path
) -> None:
    from factcheck_app.services import annotations

    annotations.set_verdict(sample.lib, sample.ids["sourced"], "true", "matches the statement")
    doc = json.loads(_export(sample, tmp_path, "json"))
    by_id = {a["id"]: a for a in doc["articles"][0]["assertions"]}
    assert by_id[sample.ids["sourced"]]["verdict"]["rating"] == "true"


def test_note_markdown_links_with_unsafe_schemes_are_not_linked() -> None:
    from factcheck_app.export.html import note_html

    rendered = note_html("[click](javascript:alert(1)) and [ok](https://example.org)")
    assert "javascript:" not in rendered.replace("[click](javascript:alert(1))", "")
    assert 'href="https://example.org"' in rendered
    assert '<a href="javascript' not in rendered


def test_html_and_markdown_in_the_report_language(sample: Sample, tmp_path: Path) -> None:
    page = _export(sample, tmp_path, "html", lang="de")
    assert '<html lang="de">' in page
    for word in ("Übersicht", "Aussagen nach Bewertung", "Bewertung:</b>", "Geprüft von"):
        assert word in page, word
    assert "&nbsp;falsch&nbsp;</span>" in page  # the verdict on its colour, as in the app
    assert "Summary" not in page and "Checked by" not in page
    text = _export(sample, tmp_path, "md", lang="de")
    assert "## Übersicht" in text and "## Der kommentierte Artikel" in text
    assert "**Bewertung: falsch**" in text and "„José Müller" in text
    imported = next(line for line in text.splitlines() if "Importiert" in line)
    assert "\\" not in imported  # a date after a label is not a list marker to escape
    english = _export(sample, tmp_path, "md")
    assert "## Summary" in english and "**Verdict: false**" in english


def test_one_entry_per_claim_with_all_its_categories(sample: Sample, tmp_path: Path) -> None:
    from factcheck_app.services import annotations

    start = sample.text.index("allegedly")
    annotations.add_manual_assertion(
        sample.lib, sample.article_id, start, start + len("allegedly tested"), "unsourced_claim"
    )
    text = _export(sample, tmp_path, "md")
    entry = re.search(r"### \\\[2\\\] (.*)", text)
    assert entry and entry.group(1) == "Hedged · Unsourced claim"  # most severe first
    assert len(re.findall(r"### \\\[\d\\\]", text)) == 4  # not one per finding
    assert "Status: to check" not in text.split("### \\[3\\]")[0]  # verdicts, not statuses
