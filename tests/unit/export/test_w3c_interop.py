"""Web Annotations from other tools (Hypothesis, Recogito) and what other tools read of ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_helpers import Sample

from factcheck_app.export.anchoring import locate
from factcheck_app.export.model import ReportOptions
from factcheck_app.export.w3c_import import AnnotationFileError
from factcheck_app.models import Origin
from factcheck_app.services import annotations as notes_api
from factcheck_app.services import articles, exports

NEWS_URL = "https://news.example/nordkorea"

#: As Hypothesis writes one annotation as JSON-LD: string creator, bodies without purpose,
#: a RangeSelector next to the text selectors, a target list.
HYPOTHESIS = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "type": "Annotation",
    "id": "https://hypothes.is/a/Xk3fQm0aEe-abc",
    "created": "2026-11-30T10:01:02.123456+00:00",
    "modified": "2026-11-30T10:05:00.000000+00:00",
    "creator": "acct:bob@hypothes.is",
    "body": [
        {"type": "TextualBody", "value": "Which **reports**?", "format": "text/markdown"},
        {"type": "TextualBody", "purpose": "tagging", "value": "sources"},
    ],
    "target": [
        {
            "source": NEWS_URL,
            "selector": [
                {
                    "type": "RangeSelector",
                    "startSelector": {"type": "XPathSelector", "value": "/article[1]/p[2]"},
                    "endSelector": {"type": "XPathSelector", "value": "/article[1]/p[2]"},
                },
                {"type": "TextPositionSelector", "start": 9000, "end": 9016},
                {
                    "type": "TextQuoteSelector",
                    "exact": "Reports indicate",
                    "prefix": "Sergey Lavrov. ",
                    "suffix": " that around",
                },
            ],
        }
    ],
}

#: As Recogito writes its annotations: a list, relative ids, no target source, type lists.
RECOGITO = [
    {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "#5b6d1c0e-6b7e-4a44-9f0e-0c3a1f1b2e11",
        "type": ["Annotation"],
        "body": [
            {
                "type": "TextualBody",
                "value": "Name spelled differently in Yonhap",
                "purpose": "commenting",
                "creator": {"id": "https://recogito.example/alice", "name": "alice"},
                "created": "2026-12-01T08:00:00Z",
            },
            {"type": "TextualBody", "value": "person", "purpose": "tagging"},
        ],
        "target": {
            "selector": [
                {"type": "TextQuoteSelector", "exact": "Choe Son Hui"},
                {"type": "TextPositionSelector", "start": 37, "end": 49},
            ]
        },
    },
    {
        "id": "#d1c0e5b6-7e6b-444a-0e9f-1b2e110c3a1f",
        "type": "Annotation",
        "bodyValue": "Check the troop figure",
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "10,000 soldiers"}},
    },
]


def _write(tmp_path: Path, name: str, doc) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _notes(sample: Sample) -> list[str]:
    return [n.body for n in notes_api.notes_for_article(sample.lib, sample.article_id)]


def test_hypothesis_annotation(sample: Sample, tmp_path: Path) -> None:
    path = _write(tmp_path, "hypothesis.jsonld", HYPOTHESIS)
    result = exports.import_annotations(sample.lib, path, article_id=sample.article_id)
    assert result.imported == 1 and result.moved == 1 and not result.orphans
    assert "Which **reports**?" in _notes(sample)  # a body without purpose is a note
    again = exports.import_annotations(sample.lib, path, article_id=sample.article_id)
    assert again.imported == 0 and again.already_present == 1  # uuid5 of its id
    report = exports.build_report(sample.lib, [sample.article_id])
    item = next(i for i in report.articles[0].items if i.assertion.author.startswith("acct:"))
    assert item.assertion.quote == "Reports indicate" and item.tags == ("sources",)


def test_recogito_annotations_without_source_need_an_article(
    sample: Sample, tmp_path: Path
) -> None:
    path = _write(tmp_path, "recogito.jsonld", RECOGITO)
    with pytest.raises(AnnotationFileError, match="--article"):
        exports.import_annotations(sample.lib, path)
    result = exports.import_annotations(sample.lib, path, article_id=sample.article_id)
    assert result.imported == 2 and not result.orphans
    notes = _notes(sample)
    assert "Name spelled differently in Yonhap" in notes and "Check the troop figure" in notes
    again = exports.import_annotations(sample.lib, path, article_id=sample.article_id)
    assert again.imported == 0 and again.already_present == 2


def test_edited_quote_is_placed_fuzzily_with_its_confidence(sample: Sample, tmp_path: Path) -> None:
    doc = json.loads(json.dumps(HYPOTHESIS))
    selector = doc["target"][0]["selector"][2]
    selector.update(exact="North Korea alegedly tested a new missle in March", prefix="", suffix="")
    doc["target"][0]["selector"][1].update(start=150, end=199)
    path = _write(tmp_path, "edited.jsonld", doc)
    result = exports.import_annotations(sample.lib, path, article_id=sample.article_id)
    assert result.imported == 1 and not result.orphans
    (fuzzy,) = result.fuzzy
    assert fuzzy.placed.startswith("North Korea allegedly tested a new missile")
    assert 0.8 <= fuzzy.confidence < 1


def test_locate_is_bounded_on_a_megabyte() -> None:
    text = "a" * 1_000_000
    found = locate(text, "a", "", "", None, None)
    assert found is not None and found.confidence == 1.0
    assert locate(text, "quite a different sentence", "", "", None, None) is None
    assert locate(text, "quite a different sentence", "", "", 500_000, 500_026) is None


def test_what_other_tools_read_of_our_export(sample: Sample, tmp_path: Path) -> None:
    from factcheck_app.services import annotations as api

    text = sample.text
    start = text.index("North Korea allegedly")
    api.add_manual_assertion(sample.lib, sample.article_id, start, start + 11, "unsourced_claim")
    with sample.lib.session() as db:
        db.execute(
            "UPDATE assertions SET origin = ?, detector_version = '2026.11.6' WHERE id = ?",
            [str(Origin.DETECTOR), sample.ids["noev"]],
        )
        db.execute("UPDATE articles SET url = ? WHERE id = ?", [NEWS_URL, sample.article_id])
    out = tmp_path / "ours.jsonld"
    exports.export_articles(
        sample.lib, [sample.article_id], "w3c", out, ReportOptions(include_sourced=True)
    )
    doc = json.loads(out.read_text(encoding="utf-8"))
    (record,) = doc["fc:articles"]
    assert record["dcterms:title"].startswith("Nordkorea") and "title" not in record
    items = doc["first"]["items"]
    assert {i["target"]["source"] for i in items} == {NEWS_URL} == {record["id"]}
    notes = [b for i in items for b in i["body"] if b.get("purpose") == "commenting"]
    assert notes and {b["format"] for b in notes} == {"text/markdown"}
    detected = next(i for i in items if i["id"].endswith(sample.ids["noev"]))
    assert detected["generator"]["type"] == "Software"
    assert detected["creator"]["type"] == "Software"
    manual = next(i for i in items if i["id"].endswith(sample.ids["vague"]))
    assert manual["creator"] == {"type": "Person", "name": "Anna Köhler"}
    # and it still reads back into an empty library with the article's URL as its source
    from factcheck_app.services import Library
    from factcheck_app.settings import Settings

    with Library(tmp_path / "other.db", settings=Settings(user_name="bob")) as other:
        result = exports.import_annotations(other, out)
        (article_id,) = result.article_ids
        assert articles.get_article(other, article_id).url == NEWS_URL
        assert result.imported == len(items)


def test_a_remote_context_is_never_fetched(sample: Sample, tmp_path: Path) -> None:
    doc = dict(HYPOTHESIS, **{"@context": "https://evil.example/context.jsonld"})
    path = _write(tmp_path, "remote.jsonld", doc)
    with pytest.raises(AnnotationFileError, match="not bundled"):
        exports.import_annotations(sample.lib, path, article_id=sample.article_id)


def test_expanded_json_ld_reads_like_compact(sample: Sample, tmp_path: Path) -> None:
    """Another processor may write full IRIs; compaction makes them our terms."""
    oa = "http://www.w3.org/ns/oa#"
    doc = {
        "@id": "https://elsewhere.example/anno/7",
        "@type": [oa + "Annotation"],
        oa + "hasBody": [
            {
                "@type": [oa + "TextualBody"],
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#value": [
                    {"@value": "Expanded comment"}
                ],
            }
        ],
        oa + "hasTarget": [
            {
                oa + "hasSelector": [
                    {
                        "@type": [oa + "TextQuoteSelector"],
                        oa + "exact": [{"@value": "Choe Son Hui"}],
                    }
                ]
            }
        ],
    }
    path = _write(tmp_path, "expanded.jsonld", [doc])
    result = exports.import_annotations(sample.lib, path, article_id=sample.article_id)
    assert result.imported == 1
    assert "Expanded comment" in _notes(sample)
