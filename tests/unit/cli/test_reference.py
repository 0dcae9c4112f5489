"""The README's CLI reference is generated from --help and must not drift."""

from pathlib import Path

from factcheck_app.cli.reference import END, START, reference_markdown, replace_block

README = Path(__file__).resolve().parents[3] / "README.md"


def test_readme_cli_reference_matches_the_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text
    expected = replace_block(text, reference_markdown())
    assert text == expected, (
        "README's CLI reference is stale: run "
        "`.venv/bin/python -m factcheck_app.cli.reference --write README.md`"
    )
