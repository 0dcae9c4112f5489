"""``classify`` and ``eval`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import factcheck_app.cli.analysis_cmds  # noqa: F401  (registers the commands)
from factcheck_app.cli.app import main


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_classify_streams_jsonl() -> None:
    lines = [
        {"id": "a", "text": "Reports say 5 people died.", "lang": "en"},
        {"id": 2, "text": "It rained."},
        {"id": "c", "text": "Er soll das Geld genommen haben.\n\nSmith said he reportedly left."},
    ]
    result = run("classify", input="\n".join(json.dumps(x) for x in lines) + "\n\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == ["a", 2, "c"]
    assert out[0]["labels"] == ["unsourced_claim", "vague_source"]
    assert out[1] == {"id": 2, "labels": [], "findings": []}
    assert out[2]["labels"] == sorted(out[2]["labels"])
    assert {"hedged", "sourced"} <= set(out[2]["labels"])
    finding = out[0]["findings"][0]
    assert set(finding) == {
        "category", "start", "end", "cue_start", "cue_end", "source", "rule", "explanation",
        "explain_key", "explain_params", "confidence",
    }  # fmt: skip
    assert finding["explain_key"] == "unnamed: reports or documents with no named author, {source}"
    assert finding["explain_params"] == {"source": "Reports"}
    text = lines[0]["text"]
    assert text[finding["cue_start"] : finding["cue_end"]] == "Reports say"
    assert finding["source"] == "Reports"


@pytest.mark.parametrize(
    ("bad", "message"),
    [("{oops", "line 2: not valid JSON"), ('{"text": "x"}', "line 2: missing 'id'"),
     ('{"id": 1}', "line 2: missing 'text'"), ("[1]", "line 2: expected a JSON object")],
)  # fmt: skip
def test_classify_bad_line_exit_2(bad: str, message: str) -> None:
    result = CliRunner().invoke(main, ["classify"], input='{"id": 1, "text": "ok"}\n' + bad + "\n")
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_classify_file_and_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "He allegedly lied."}) + "\n", encoding="utf-8")
    dest = tmp_path / "out.jsonl"
    result = run("classify", str(src), "-o", str(dest))
    assert result.exit_code == 0
    assert json.loads(dest.read_text())["labels"] == ["hedged"]


def test_eval_both_formats(tmp_path: Path) -> None:
    dev = tmp_path / "dev.jsonl"
    dev.write_text(
        "\n".join(
            json.dumps(x)
            for x in [
                {"id": "1", "lang": "en", "text": "It may rain tomorrow.", "label": "hedged"},
                {"id": "2", "lang": "en", "text": "The bridge is 40 metres long.", "label": "none"},
                {"id": "3", "lang": "en", "text": "Smith said it was late.", "label": "sourced"},
            ]
        ),
        encoding="utf-8",
    )
    result = run("eval", str(dev), "--errors")
    assert result.exit_code == 0, result.output
    assert "flag  precision 1.000  recall 1.000  F1 1.000" in result.output
    assert "false positives (0)" in result.output
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join(
            json.dumps(x)
            for x in [
                {"id": "g1", "sentence": "Officials said it was late.", "labels": ["vague_source"]},
                {"id": "g2", "sentence": "Smith said it allegedly rained.", "labels": ["sourced"]},
                {"id": "g3", "sentence": "Besuchen Sie uns auf:", "labels": ["none"]},
            ]
        ),
        encoding="utf-8",
    )
    result = run("eval", str(gold))
    assert result.exit_code == 0, result.output
    assert "per-item misses: 1" in result.output
    assert "g2: unexpected hedged" in result.output


def test_eval_bad_gold_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "x", "label": "hedged"}\n{"id": 2}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl:2" in result.output


def test_bad_lexicon_option_exit_2(tmp_path: Path) -> None:
    lex = tmp_path / "mine.en.jsonl"
    lex.write_text('{"id": "x", "category": "nope"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", "--lexicon", str(lex)], input="")
    assert result.exit_code == 2
    assert "mine.en.jsonl:1" in result.output


def test_missing_model_notice_on_stderr() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["classify", "--model", "xx_none_sm"], input="")
    assert result.exit_code == 0
    assert "not installed; using the blank pipeline" in result.output
