"""The lexicon loader: built-in data, user cue files, and errors that name file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck_app.analysis import Analyzer, LexiconError
from factcheck_app.analysis.lexicon import build_lexicon, builtin_files, load_lexicon, read_file


@pytest.mark.parametrize("lang", ["en", "de"])
def test_builtin_lexicons_load_with_ids_categories_and_explanations(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert builtin_files(lang)
    assert len(lexicon.entries) > 20
    for entry in lexicon.entries:
        assert entry.id.startswith(f"{lang}.")
        if entry.kind != "terms":
            assert entry.category is not None
            assert entry.explain
    for role in ("anon_source", "title", "org", "org_suffix", "pronoun", "negation"):
        assert lexicon.term_set(role), role


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = {
    "id": "user.vague.street",
    "category": "vague_source",
    "kind": "phrase",
    "phrases": ["word on the street"],
    "explain": "attributed to rumour: '{cue}'",
}


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({**GOOD, "category": "gossip"}), "'category' must be one of"),
        (json.dumps({**GOOD, "kind": "regex"}), "'kind' must be one of"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "id"}), "missing 'id'"),
        (json.dumps({**GOOD, "phrases": "word"}), "'phrases' must be a list"),
        (json.dumps({**GOOD, "confidence": 3}), "'confidence'"),
        (json.dumps({**GOOD, "colour": "red"}), "unknown key"),
        (
            json.dumps({**GOOD, "kind": "pattern", "pattern": [{"LOWER": {"REGEXX": "x"}}]}),
            "invalid token pattern",
        ),
        (json.dumps(GOOD), "duplicate id"),
    ],
)
def test_bad_user_cue_file_names_file_and_line(tmp_path: Path, bad_line: str, message: str) -> None:
    path = write(tmp_path, "mine.en.jsonl", ["# my cues", "", json.dumps(GOOD), bad_line])
    with pytest.raises(LexiconError) as info:
        read_file(path)
    assert f"{path}:4:" in str(info.value)
    assert message in str(info.value)
    assert info.value.line == 4


def test_user_file_without_language_needs_lang_key(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.jsonl", [json.dumps(GOOD)])
    with pytest.raises(LexiconError, match=r"mine\.jsonl:1: missing 'lang'"):
        read_file(path)
    ok = write(tmp_path, "other.jsonl", [json.dumps({**GOOD, "lang": "en"})])
    assert read_file(ok)[0][0].lang == "en"


def test_missing_user_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="file not found"):
        Analyzer(extra_lexicons=[tmp_path / "nope.en.jsonl"])


def test_analyzer_rejects_bad_user_file_up_front(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.en.jsonl", [json.dumps(GOOD), '{"id": 1}'])
    with pytest.raises(LexiconError, match=r"bad\.en\.jsonl:2"):
        Analyzer(extra_lexicons=[path])


def test_user_cue_file_adds_cues_without_code(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.en.jsonl", [json.dumps(GOOD)])
    analyzer = Analyzer(extra_lexicons=[path])
    findings = analyzer.analyze_text("Word on the street is that the mayor quit.", "en")
    vague = [f for f in findings if f.category == "vague_source"]
    assert vague and vague[0].rule == "user.vague.street"
    assert str(vague[0].explanation) == "attributed to rumour: 'Word on the street'"


def test_user_file_can_disable_a_builtin_entry(tmp_path: Path) -> None:
    disable = {"id": "en.hedge.reportative_adverb", "lang": "en", "category": "hedged",
               "phrases": ["x"], "explain": "x", "disabled": True}  # fmt: skip
    path = write(tmp_path, "off.jsonl", [json.dumps(disable)])
    lexicon = build_lexicon("en", [*builtin_files("en"), path])
    assert "en.hedge.reportative_adverb" not in lexicon.by_id
    analyzer = Analyzer(extra_lexicons=[path])
    found = {f.category for f in analyzer.analyze_text("He reportedly left.", "en")}
    assert "hedged" not in found


def _doc_blocks() -> list[str]:
    doc = Path(__file__).resolve().parents[3] / "docs" / "lexicons.md"
    if not doc.is_file():
        pytest.skip("docs/lexicons.md not available")
    blocks, current, inside = [], [], False
    for line in doc.read_text(encoding="utf-8").splitlines():
        if line.strip() == "```":
            if inside:
                blocks.append("\n".join(current))
                current = []
            inside = not inside
        elif inside:
            current.append(line)
    return blocks


def test_documented_examples_load_and_work(tmp_path: Path) -> None:
    english, german = _doc_blocks()[:2]
    en = write(tmp_path, "newsroom.en.jsonl", english.splitlines())
    de = write(tmp_path, "flur.jsonl", german.splitlines())
    analyzer = Analyzer(extra_lexicons=[en, de])
    assert analyzer.analyze_text("Word on the street is that he quit.", "en")[0].rule == (
        "user.vague.street"
    )
    assert not analyzer.analyze_text("It will likely rain.", "en")
    found = analyzer.analyze_text("Laut Flurfunk tritt er zurück.", "de")
    assert [f.category for f in found] == ["vague_source"]
    assert [f.category for f in analyzer.analyze_text("Acme said it was late.", "en")] == [
        "sourced"
    ]
