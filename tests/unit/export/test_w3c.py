"""Web Annotation export, validation, and the round trip back into a library."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import jsonschema
import pytest
from export_helpers import PRIVATE_NOTE, Sample

from factcheck_app.export.anchoring import locate
from factcheck_app.export.model import ReportOptions
from factcheck_app.export.w3c_import import AnnotationFileError
from factcheck_app.services import Library, articles, exports
from factcheck_app.services import annotations as notes_api
from factcheck_app.settings import Settings

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def _export(sample: Sample, out: Path, **options) -> dict:
    exports.export_articles(sample.lib, [sample.article_id], "w3c", out, ReportOptions(**options))
    return json.loads(out.read_text(encoding="utf-8"))


def _work(lib: Library, article_id: str) -> list[tuple]:
    """What a checker sees of each assertion, without ids and timestamps."""
    report = exports.build_report(
        lib, [article_id], ReportOptions(include_dismissed=True, include_sourced=True)
    )
    rows = []
    for item in report.articles[0].items:
        a = item.assertion
        rows.append(
            (
                a.category,
                a.start,
                a.end,
                a.quote,
                a.status,
                a.explanation,
                a.source_text,
                tuple(sorted((n.body, n.private) for n in item.notes)),
                tuple(
                    (e.evidence.relation, e.reference.title, e.reference.url, e.evidence.quote)
                    for e in item.evidence
                ),
                (item.verdict.rating, item.verdict.explanation) if item.verdict else None,
                item.tags,
            )
        )
    return rows


def test_collection_validates(sample: Sample, tmp_path: Path) -> None:
    doc = _export(sample, tmp_path / "a.jsonld", include_sourced=True, include_dismissed=True)
    schema = json.loads((SCHEMAS / "web-annotation.schema.json").read_text())
    jsonschema.validate(doc, schema)
    items = doc["first"]["items"]
    assert doc["total"] == len(items) == 6
    vague = next(i for i in items if i["id"] == f"urn:uuid:{sample.ids['vague']}")
    purposes = [b["purpose"] for b in vague["body"]]
    assert purposes == [
        "classifying", "describing", "commenting", "commenting", "linking", "assessing", "tagging"
    ]  # fmt: skip
    quote, position = vague["target"]["selector"]
    assert sample.text[position["start"] : position["end"]] == quote["exact"]
    assert sample.text[: position["start"]].endswith(quote["prefix"])


def test_round_trip_into_an_empty_library(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonld"
    _export(sample, out, include_sourced=True, include_dismissed=True)
    with Library(tmp_path / "empty.db", settings=Settings(user_name="bob")) as empty:
        result = exports.import_annotations(empty, out)
        assert result.imported == 6 and not result.orphans and not result.moved
        assert len(result.created_articles) == 1
        (new_id,) = result.article_ids
        assert articles.get_article(empty, new_id).text == sample.text
        assert _work(empty, new_id) == _work(sample.lib, sample.article_id)
        assert notes_api.tags_for(empty, "article", new_id)[0].name == "korea"
        again = exports.import_annotations(empty, out)  # importing twice adds nothing
        assert again.imported == 0 and again.already_present == 6
        assert again.created_articles == ()


def test_private_notes_can_stay_home(sample: Sample, tmp_path: Path) -> None:
    doc = _export(sample, tmp_path / "a.jsonld", include_private=False)
    assert PRIVATE_NOTE not in json.dumps(doc, ensure_ascii=False)


def test_changed_text_reanchors_and_reports_orphans(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonld"
    _export(sample, out)
    edited = "Korrektur: Ein Absatz wurde ergänzt.\n\n" + sample.text.replace(
        "North Korea allegedly tested a new missile in March", ""
    )
    with Library(tmp_path / "other.db", settings=Settings(user_name="bob")) as other:
        target = articles.import_text(other, edited, fmt="text").article
        result = exports.import_annotations(other, out, article_id=target.id[:8])
        assert result.article_ids == (target.id,) and result.created_articles == ()
        assert [o.quote for o in result.orphans] == [
            "North Korea allegedly tested a new missile in March"
        ]
        assert result.imported == 3 and result.moved == 3
        for row in _work(other, target.id):
            assert edited[row[1] : row[2]] == row[3]


def test_locate_prefers_the_occurrence_with_matching_context() -> None:
    text = "He said no. Later he said no again. Then no."
    second = text.index("no again")
    found = locate(text, "no", "Later he said ", " again", None, None)
    assert found and (found.start, found.end, found.confidence) == (second, second + 2, 1.0)
    found = locate(text, "no", "", "", 30, 32)  # nearest to the old place
    assert found and (found.start, found.end) == (second, second + 2)
    assert locate(text, "yes", "", "", 0, 3) is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"type": "Something"}', "not a Web Annotation file"),
        (b'[{"type": "Annotation", "target": "urn:x"}]', "no selector"),
        (
            b'{"type": "Annotation", "target": {"source": "urn:x", "selector": '
            b'{"type": "TextQuoteSelector", "exact": "hi"}}}',
            "does not include the text",
        ),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_malformed_files_get_a_clear_error(
    sample: Sample, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_bytes(content)
    with pytest.raises(AnnotationFileError, match=message):
        exports.import_annotations(sample.lib, bad)


def test_foreign_annotations_land_in_a_named_article(sample: Sample, tmp_path: Path) -> None:
    """An annotation from another tool: no fc: properties, only a quote and a comment."""
    doc = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "https://annotations.example/1",
        "body": {"type": "TextualBody", "value": "Which reports?", "purpose": "commenting"},
        "target": {
            "source": "https://news.example/article",
            "selector": {"type": "TextQuoteSelector", "exact": "Reports indicate"},
        },
    }
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(doc))
    result = exports.import_annotations(sample.lib, path, article_id=sample.article_id)
    assert result.imported == 1 and result.warnings  # unknown category is reported
    notes = notes_api.notes_for_article(sample.lib, sample.article_id)
    assert "Which reports?" in [n.body for n in notes]


def test_export_import_merge_back_adds_no_duplicates_and_no_conflicts(
    sample: Sample, tmp_path: Path
) -> None:
    """Send the work as Web Annotations, a colleague imports it and adds a note, and the
    colleague's library merges back: only the new note arrives."""
    from factcheck_app.services import sharing

    out = tmp_path / "a.jsonld"
    _export(sample, out, include_sourced=True, include_dismissed=True)
    colleague_db = tmp_path / "colleague.db"
    with Library(colleague_db, settings=Settings(user_name="bob")) as colleague:
        result = exports.import_annotations(colleague, out)
        (article_id,) = result.article_ids
        assert article_id == sample.article_id  # the article keeps its id
        notes_api.add_note(colleague, article_id, "Bob: Yonhap confirmed", sample.ids["vague"])
    report = sharing.merge(sample.lib, colleague_db)
    assert report.conflicts == ()
    added = {table: n for table, n in report.added.items() if n}
    assert added == {"notes": 1}, report.added
    changed = {table: n for table, n in report.changed.items() if n}
    assert not changed, report.changed


def _items(doc: dict) -> list[dict]:
    return doc["first"]["items"]


def _exact(item: dict) -> str:
    return next(s["exact"] for s in item["target"]["selector"] if s["type"] == "TextQuoteSelector")


def _comment(text: str) -> dict:
    return {
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "TextualBody",
        "purpose": "commenting",
        "value": text,
        "format": "text/markdown",
    }


def test_a_file_naming_findings_by_other_ids_adds_no_second_highlight(
    sample: Sample, tmp_path: Path
) -> None:
    """Files written before compact storage (m0015) name untouched findings by the ids they
    had then. Re-importing one must not put a second finding on the same words; a note in
    it joins the finding already there."""
    out = tmp_path / "a.jsonld"
    doc = _export(sample, out, include_sourced=True, include_dismissed=True)
    before = _work(sample.lib, sample.article_id)
    for item in _items(doc):
        item["id"] = f"urn:uuid:{uuid.uuid4()}"  # the ids an older library gave them
    vague = next(i for i in _items(doc) if _exact(i).startswith("Reports indicate"))
    vague["body"].append(_comment("Bob: Yonhap confirmed"))
    out.write_text(json.dumps(doc), encoding="utf-8")
    result = exports.import_annotations(sample.lib, out)
    assert result.imported == 0 and result.already_present == 6
    after = _work(sample.lib, sample.article_id)
    assert [row[:4] for row in after] == [row[:4] for row in before]  # no second highlight
    notes = notes_api.notes_for_assertion(sample.lib, sample.ids["vague"])
    assert "Bob: Yonhap confirmed" in [n.body for n in notes]
    again = exports.import_annotations(sample.lib, out)  # twice adds nothing
    assert again.imported == 0 and _work(sample.lib, sample.article_id) == after


def test_new_work_on_a_finding_already_here_arrives_and_a_verdict_is_never_overwritten(
    sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "a.jsonld"
    doc = _export(sample, out, include_sourced=True, include_dismissed=True)
    rated = next(i for i in _items(doc) if any(b.get("purpose") == "assessing" for b in i["body"]))
    verdict = next(b for b in rated["body"] if b.get("purpose") == "assessing")
    held = verdict["value"]
    verdict["value"] = "true" if held != "true" else "false"
    rated["body"].append(_comment("A colleague's second look"))
    out.write_text(json.dumps(doc), encoding="utf-8")
    result = exports.import_annotations(sample.lib, out)
    assert result.imported == 0 and result.already_present == 6
    rated_id = rated["id"].removeprefix("urn:uuid:")
    assert "A colleague's second look" in [
        n.body for n in notes_api.notes_for_assertion(sample.lib, rated_id)
    ]
    assert notes_api.verdict_for(sample.lib, rated_id).rating == held  # the checker's stays
    assert any(f"kept your verdict “{held}”" in w for w in result.warnings)


def test_two_annotations_on_the_same_words_in_one_file_make_one_finding(
    sample: Sample, tmp_path: Path
) -> None:
    """A file can name the same finding twice under two ids (two colleagues' exports
    concatenated): the second joins the first, also when the first was only just
    imported in the same run."""
    out = tmp_path / "a.jsonld"
    doc = _export(sample, out, include_sourced=True, include_dismissed=True)
    vague = next(i for i in _items(doc) if _exact(i).startswith("Reports indicate"))
    twin = json.loads(json.dumps(vague))
    twin["id"] = f"urn:uuid:{uuid.uuid4()}"
    twin["body"] = [b for b in twin["body"] if b.get("purpose") == "classifying"]
    twin["body"].append(_comment("Carol: second look"))
    _items(doc).append(twin)
    out.write_text(json.dumps(doc), encoding="utf-8")
    with Library(tmp_path / "empty.db", settings=Settings(user_name="bob")) as empty:
        result = exports.import_annotations(empty, out)
        assert result.imported == 6 and result.already_present == 1
        (new_id,) = result.article_ids
        assert len(_work(empty, new_id)) == 6
        vague_id = vague["id"].removeprefix("urn:uuid:")
        bodies = [n.body for n in notes_api.notes_for_assertion(empty, vague_id)]
        assert "Carol: second look" in bodies
