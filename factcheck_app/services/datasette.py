"""Datasette files for one library or share file: metadata, table options, saved queries.

Datasette names a database after its file (``Path.stem``: ``team.factcheck`` -> ``team``),
and its metadata is keyed by that name, so the files are generated per file rather than
shipped: ``factcheck datasette LIBRARY`` writes them and prints the command to run.

Datasette 0.65 reads everything from one metadata file (``-m``). Datasette 1.0 keeps only
descriptions there and reads table options and saved queries from a configuration file
(``-c datasette.yaml``); given ``-m`` alone it drops the queries. Both layouts are built
from the same data: the table descriptions in ``resources/datasette/tables.json`` and the
queries below, whose notion of "open" is the app's (``OPEN_ASSERTION``).
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck_app.errors import InputError
from factcheck_app.i18n import N_
from factcheck_app.models import HIGHLIGHT_CATEGORIES, Lifecycle
from factcheck_app.paths import resource_path

VERSIONS = ("0.65", "1.0")

#: What the app counts as open (library list, start view): a live, highlighted (not merely
#: sourced) assertion that is neither dismissed nor checked. ``a`` is the assertions table.
OPEN_ASSERTION = (
    "a.deleted = 0 and a.status in ('{to_check}', '{in_progress}') and a.category in ({categories})"
).format(
    to_check=Lifecycle.TO_CHECK.value,
    in_progress=Lifecycle.IN_PROGRESS.value,
    categories=", ".join(f"'{c}'" for c in HIGHLIGHT_CATEGORIES),
)

OPEN_CATEGORIES = ", ".join(f"'{c}'" for c in HIGHLIGHT_CATEGORIES)

# Full-text input goes through Datasette's escape_fts() (each word quoted, so "Choe's"
# or "quelle-fehlt" are words, not syntax); an empty search lists every note instead of
# failing, because FTS5 refuses an empty MATCH (hence the stand-in word).
QUERIES: dict[str, dict[str, str]] = {
    "open_assertions_by_category": {
        "title": "Open assertions by category",
        "description": "Flagged assertions nobody has checked or dismissed yet, per category "
        "(as the app counts them: sourced statements are not open).",
        # the counts the app keeps: they include the findings nobody has touched, which
        # are stored packed per article (article_findings), not as assertions rows
        "sql": f"""select c.category, sum(c.open) as open_assertions
from assertion_counts c join articles ar on ar.id = c.article_id
where ar.deleted = 0 and c.category in ({OPEN_CATEGORIES})
group by c.category having sum(c.open) > 0
order by open_assertions desc""",
    },
    "open_assertions": {
        "title": "Open assertions with their article",
        "description": "Optionally for one category (leave it empty for all).",
        "sql": f"""select a.category, a.quote,
       coalesce(nullif(a.explanation, ''), a.explain_key) as explanation, ar.title as article,
       a.status, a.dismiss_reason
from assertions a join articles ar on ar.id = a.article_id
where {OPEN_ASSERTION} and ar.deleted = 0
  and (:category = '' or a.category = :category)
union all
select c.key, printf('(%d untouched findings: open the article in Factcheck)', c.value),
       '', ar.title, 'to_check', null
from article_findings f join articles ar on ar.id = f.article_id, json_each(f.counts) c
where ar.deleted = 0 and c.value > 0 and c.key in ({OPEN_CATEGORIES})
  and (:category = '' or c.key = :category)
order by 4, 2""",
    },
    "verdicts_with_sources": {
        "title": "Verdicts and the sources behind them",
        "sql": """select ar.title as article, a.quote, v.rating, v.explanation, v.author,
       group_concat(r.title || ' (' || e.relation || ')', '; ') as sources
from verdicts v
join assertions a on a.id = v.assertion_id
join articles ar on ar.id = a.article_id
left join evidence e on e.assertion_id = a.id and e.deleted = 0
left join refs r on r.id = e.reference_id and r.deleted = 0
where v.deleted = 0 and a.deleted = 0
group by v.id
order by ar.title""",
    },
    "notes_search": {
        "title": "Search notes",
        "description": "Words to find in shared (non-private) notes; empty lists them all.",
        "sql": """select n.body, n.author, n.updated_at, ar.title as article
from notes n join articles ar on ar.id = n.article_id
where n.deleted = 0 and n.private = 0
  and (trim(:q) = '' or n.rowid in (
    select rowid from notes_fts
    where notes_fts match escape_fts(case when trim(:q) = '' then 'x' else :q end)))
order by n.updated_at desc""",
    },
}

# Table options that Datasette 1.0 reads from the configuration, not the metadata.
_CONFIG_KEYS = ("hidden", "facets", "sort", "sort_desc", "label_column", "fts_table")


def database_name(path: Path) -> str:
    """The name Datasette gives the database in ``path`` (its URL path segment)."""
    return path.stem


def _tables() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    data = json.loads(resource_path("datasette", "tables.json").read_text("utf-8"))
    tables: dict[str, dict[str, Any]] = {k: dict(v) for k, v in data.pop("tables").items()}
    for base in data.pop("fts_tables"):  # FTS shadow tables: internals, hidden
        for suffix in ("fts", "fts_config", "fts_data", "fts_docsize", "fts_idx"):
            tables[f"{base}_{suffix}"] = {"hidden": True}
    return data, tables


@dataclass(frozen=True)
class DatasetteFiles:
    """The files to write (name -> YAML text) and the command that uses them."""

    files: dict[str, str]
    command: list[str]

    def command_line(self) -> str:
        return shlex.join(self.command)


def datasette_files(
    library: Path, version: str = "1.0", folder: Path | None = None, immutable: bool = True
) -> DatasetteFiles:
    """Metadata (and for 1.0 the configuration) for ``library``; the command refers to the
    files in ``folder`` (default: the current folder)."""
    if version not in VERSIONS:
        raise InputError(
            N_("unknown Datasette version {version}; use {known}"),
            version=repr(version),
            known=" or ".join(VERSIONS),
        )
    top, tables = _tables()
    name = database_name(library)
    where = folder or Path()
    serve = ["datasette", "serve", *(["-i"] if immutable else []), str(library)]
    if version == "0.65":
        metadata = {**top, "databases": {name: {"tables": tables, "queries": QUERIES}}}
        files = {"metadata.yaml": to_yaml(metadata)}
        command = [*serve, "-m", str(where / "metadata.yaml")]
    else:
        described = {t: _pick(o, ("description",)) for t, o in tables.items()}
        configured = {t: _pick(o, _CONFIG_KEYS) for t, o in tables.items()}
        metadata = {
            **top,
            "databases": {name: {"tables": {t: o for t, o in described.items() if o}}},
        }
        config = {
            "databases": {
                name: {"tables": {t: o for t, o in configured.items() if o}, "queries": QUERIES}
            }
        }
        files = {"metadata.yaml": to_yaml(metadata), "datasette.yaml": to_yaml(config)}
        command = [
            *serve,
            "-m",
            str(where / "metadata.yaml"),
            "-c",
            str(where / "datasette.yaml"),
        ]
    return DatasetteFiles(files, [*command, "-h", "127.0.0.1"])


def _pick(options: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in options.items() if k in keys}


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def to_yaml(value: Any, indent: int = 0) -> str:
    """A small YAML writer for dicts, lists and scalars (strings JSON-quoted, which YAML
    reads as double-quoted scalars; multi-line strings as literal blocks)."""
    return "\n".join(_yaml_lines(value, indent)) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def _yaml_lines(value: dict[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for key, item in value.items():
        label = key if _PLAIN_KEY.match(key) else json.dumps(key, ensure_ascii=False)
        if isinstance(item, dict):
            if item:
                lines.append(f"{pad}{label}:")
                lines.extend(_yaml_lines(item, indent + 2))
            else:
                lines.append(f"{pad}{label}: {{}}")
        elif isinstance(item, list):
            lines.append(f"{pad}{label}: [{', '.join(_scalar(v) for v in item)}]")
        elif isinstance(item, str) and "\n" in item:
            lines.append(f"{pad}{label}: |-")
            lines.extend(f"{pad}  {line}" if line else "" for line in item.split("\n"))
        else:
            lines.append(f"{pad}{label}: {_scalar(item)}")
    return lines
