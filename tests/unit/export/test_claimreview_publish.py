"""ClaimReview that publishes: a real address, short claims, the organisation, one page
per review or JSON-LD embedded in the HTML report, validated against schema.org/Google."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from export_helpers import Sample

from factcheck_app.cli import main
from factcheck_app.errors import InputError
from factcheck_app.export.claimreview import split_name
from factcheck_app.export.model import ReportOptions
from factcheck_app.services import exports

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schemas" / "claimreview.schema.json").read_text()
)
BASE = "https://faktencheck.example/2026/nordkorea"
#: Google's required properties for a ClaimReview rich result.
GOOGLE_REQUIRED = ("claimReviewed", "reviewRating", "url", "author")


def _google_ok(review: dict) -> None:
    for key in GOOGLE_REQUIRED:
        assert review.get(key), key
    assert review["url"].startswith("https://")
    rating = review["reviewRating"]
    assert rating.get("alternateName") or rating.get("ratingValue") is not None
    authors = review["author"] if isinstance(review["author"], list) else [review["author"]]
    assert all(a.get("name") for a in authors)


def test_refused_without_a_base_url(sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--base-url"):
        exports.export_articles(sample.lib, [sample.article_id], "claimreview", tmp_path / "x")
    assert not (tmp_path / "x").exists()
    with pytest.raises(InputError, match="https://"):
        options = ReportOptions(base_url="javascript:alert(1)")
        exports.export_articles(
            sample.lib, [sample.article_id], "claimreview", tmp_path / "x", options
        )


def test_cli_refuses_with_one_line(sample: Sample, tmp_path: Path) -> None:
    sample.lib.close()
    result = CliRunner().invoke(
        main,
        [
            "--db",
            str(sample.lib.path),
            "export",
            sample.article_id,
            "--format",
            "claimreview",
            "-o",
            str(tmp_path / "c.jsonld"),
        ],
    )
    assert result.exit_code == 2
    assert "--base-url" in result.stderr and "Traceback" not in result.output


def test_settings_give_base_and_organisation_url(sample: Sample, tmp_path: Path) -> None:
    sample.lib.settings = sample.lib.settings.replace(
        publish_base_url=BASE, organisation_url="https://faktencheck.example"
    )
    out = tmp_path / "c.jsonld"
    result = exports.export_articles(sample.lib, [sample.article_id], "claimreview", out)
    doc = json.loads(out.read_text())
    jsonschema.validate(doc, SCHEMA)
    for review in doc["@graph"]:
        _google_ok(review)
        assert review["url"].startswith(BASE + "#claim-")
        org = review["author"][0]
        assert org == {
            "@type": "Organization",
            "name": "Faktencheck Nord",
            "url": "https://faktencheck.example",
        }
    # the quotes are the default summaries, all short enough here
    assert not result.warnings
    assert {r["claimReviewed"] for r in doc["@graph"]} >= {
        "Reports indicate that around 10,000 soldiers were sent to Russia"
    }


def test_claim_summaries_and_split_pages(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "reviews"
    summary = "North Korea sent 10,000 soldiers to Russia"
    sample.lib.close()
    db = str(sample.lib.path)
    runner = CliRunner()
    # the summaries are stored with the verdicts (factcheck verdict), then exported
    stored = runner.invoke(
        main, ["--db", db, "verdict", sample.ids["vague"][:8], "--summary", summary]
    )
    assert stored.exit_code == 0, stored.output
    assert f"claim summary: {summary}" in stored.stdout and "Warning" not in stored.stderr
    long = runner.invoke(
        main, ["--db", db, "verdict", sample.ids["hedged"], "--summary", "A very long one " * 6]
    )
    assert long.exit_code == 0, long.output
    assert "Warning" in long.stderr and "at most 75" in long.stderr
    result = runner.invoke(
        main,
        [
            "--db",
            db,
            "export",
            sample.article_id,
            "--format",
            "claimreview",
            "-o",
            str(out),
            "--base-url",
            BASE + "/",
            "--split",
        ],
    )
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.jsonld"))
    assert len(files) == 3
    by_url = {}
    for f in files:
        doc = json.loads(f.read_text())
        review = {k: v for k, v in doc.items() if k != "@context"}
        jsonschema.validate({"@context": doc["@context"], "@graph": [review]}, SCHEMA)
        _google_ok(review)
        by_url[review["url"]] = review
        assert f.stem == review["url"].rsplit("/", 1)[1]
    vague = by_url[f"{BASE}/claim-{sample.ids['vague']}"]
    assert vague["claimReviewed"] == summary
    assert "Warning" in result.stderr and "at most 75" in result.stderr  # the long one
    assert f"factcheck verdict {sample.ids['hedged'][:8]} --summary" in result.stderr


def test_speaker_name_and_job_title() -> None:
    assert split_name("Defence Minister Boris Pistorius") == ("Boris Pistorius", "Defence Minister")
    assert split_name("Verteidigungsminister Boris Pistorius") == (
        "Boris Pistorius",
        "Verteidigungsminister",
    )
    assert split_name("José Müller-Ščerbová, an analyst in Zürich") == (
        "José Müller-Ščerbová",
        "analyst in Zürich",
    )
    assert split_name("Choe Son Hui") == ("Choe Son Hui", None)


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.json_ld: list[str] = []
        self.ids: set[str] = set()
        self._in = False

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        self._in = tag == "script" and attrs.get("type") == "application/ld+json"
        if "id" in attrs:
            self.ids.add(attrs["id"])

    def handle_data(self, data) -> None:
        if self._in:
            self.json_ld.append(data)

    def handle_endtag(self, tag) -> None:
        self._in = False


def test_html_report_embeds_the_reviews_with_matching_anchors(
    sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    options = ReportOptions(base_url=BASE)
    exports.export_articles(sample.lib, [sample.article_id], "html", out, options)
    page = _Scripts()
    page.feed(out.read_text(encoding="utf-8"))
    (data,) = page.json_ld
    doc = json.loads(data)
    jsonschema.validate(doc, SCHEMA)
    assert len(doc["@graph"]) == 3
    for review in doc["@graph"]:
        _google_ok(review)
        anchor = review["url"].split("#", 1)[1]
        assert anchor in page.ids
    assert not re.search(r"</(?!script>)", data)  # nothing in the data can end the script


#: schema.org terms per type, with what each type inherits (Thing > CreativeWork > Review >
#: ClaimReview; Thing > CreativeWork > Claim; Thing > Intangible > Rating; Thing > Person,
#: Organization), written from https://schema.org/<Type> for the properties we may use.
_THING = {"@type", "name", "url", "alternateName", "description", "identifier", "sameAs"}
_CREATIVE_WORK = _THING | {
    "author",
    "datePublished",
    "dateModified",
    "headline",
    "inLanguage",
    "publisher",
    "text",
    "creator",
}
SCHEMA_ORG_TERMS: dict[str, set[str]] = {
    "ClaimReview": _CREATIVE_WORK | {"itemReviewed", "reviewRating", "reviewBody", "claimReviewed"},
    "Claim": _CREATIVE_WORK | {"appearance", "firstAppearance", "claimInterpreter"},
    "CreativeWork": _CREATIVE_WORK,
    "NewsArticle": _CREATIVE_WORK | {"articleBody", "articleSection"},
    "Rating": _THING
    | {"ratingValue", "bestRating", "worstRating", "ratingExplanation", "author", "reviewAspect"},
    "Person": _THING | {"jobTitle", "affiliation", "worksFor"},
    "Organization": _THING | {"legalName", "logo"},
}


def _schema_org_problems(node: object, where: str = "") -> list[str]:
    """Every object's keys must be schema.org terms of its @type (JSON-LD processors and
    Google drop anything else silently)."""
    problems: list[str] = []
    if isinstance(node, list):
        for i, child in enumerate(node):
            problems += _schema_org_problems(child, f"{where}[{i}]")
    elif isinstance(node, dict):
        kind = node.get("@type")
        allowed = SCHEMA_ORG_TERMS.get(kind) if isinstance(kind, str) else None
        if allowed is None:
            problems.append(f"{where}: unknown @type {kind!r}")
        else:
            problems += [f"{where}.{k}: not a {kind} term" for k in node if k not in allowed]
        for key, value in node.items():
            if isinstance(value, dict | list):
                problems += _schema_org_problems(value, f"{where}.{key}")
    return problems


def test_every_property_is_a_schema_org_term(sample: Sample, tmp_path: Path) -> None:
    sample.lib.settings = sample.lib.settings.replace(organisation_url="https://fc.example")
    out = tmp_path / "c.jsonld"
    options = ReportOptions(base_url=BASE)
    exports.export_articles(sample.lib, [sample.article_id], "claimreview", out, options)
    doc = json.loads(out.read_text())
    reviews = doc["@graph"]
    assert reviews and not _schema_org_problems(reviews)
    # and the check bites
    assert _schema_org_problems([{"@type": "ClaimReview", "title": "x"}]) == [
        "[0].title: not a ClaimReview term"
    ]


def test_a_german_review_names_its_verdict_in_german(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "c.jsonld"
    options = ReportOptions(base_url=BASE, lang="de")
    exports.export_articles(sample.lib, [sample.article_id], "claimreview", out, options)
    reviews = json.loads(out.read_text())["@graph"]
    assert {r["inLanguage"] for r in reviews} == {"de"}
    ratings = {r["reviewRating"]["alternateName"]: r["reviewRating"] for r in reviews}
    assert ratings["falsch"]["ratingValue"] == 1  # the scale follows the stored word
    assert "nicht überprüfbar" in ratings and "ratingValue" not in ratings["nicht überprüfbar"]
