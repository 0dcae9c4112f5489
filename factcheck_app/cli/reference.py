"""The CLI reference in the README, generated from the commands' own ``--help``.

``python -m factcheck_app.cli.reference --write README.md`` refreshes the block between
the markers; a test fails when the README and the commands disagree.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import click

from factcheck_app.cli import main

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"


def _help(command: click.Command, path: list[str]) -> str:
    ctx = click.Context(
        command,
        info_name=" ".join(path),
        terminal_width=88,
        max_content_width=88,
        help_option_names=["-h", "--help"],
    )
    return command.get_help(ctx)


def reference_markdown() -> str:
    parts = [f"```\n{_help(main, ['factcheck'])}\n```"]
    for name in sorted(main.commands):
        command = main.commands[name]
        parts.append(f"#### `factcheck {name}`\n\n```\n{_help(command, ['factcheck', name])}\n```")
    return "\n\n".join(parts)


def replace_block(document: str, block: str) -> str:
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(document):
        raise ValueError("the reference markers are missing")
    return pattern.sub(lambda _m: f"{START}\n{block}\n{END}", document)


def main_cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, help="update the block in this Markdown file")
    args = parser.parse_args()
    block = reference_markdown()
    if args.write:
        args.write.write_text(replace_block(args.write.read_text("utf-8"), block), "utf-8")
    else:
        print(block)


if __name__ == "__main__":
    main_cli()
