"""One validator for every value that arrives from elsewhere (share files and W3C import).

A file from a colleague or another tool can hold anything: a ``languages`` value of
``[1, 2]`` once made the app crash on every start, a span past the end of its text made
highlights point into other words. So every field has one rule here (type, shape and
range; JSON fields by a small schema) and every row one set of consistency checks, and
both the share-file gate (``untrusted``, set-based SQL) and the W3C import (row by row in
Python) use them, so what one accepts the other accepts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from factcheck_app.cards import LEGACY_REVIEW, LEGACY_STATUS
from factcheck_app.models import (
    BlockKind,
    Category,
    Lifecycle,
    Origin,
    ReferenceKind,
    Relation,
)

#: Longest text we accept per column; anything longer is not something our app wrote.
DEFAULT_TEXT_LIMIT = 100_000
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("articles", "text"): 20_000_000,
    ("notes", "body"): 2_000_000,
    ("assertions", "quote"): 1_000_000,
    ("assertions", "explanation"): 1_000_000,
    ("assertions", "explain_key"): 2_000,
    ("assertions", "explain_params"): 100_000,
    ("verdicts", "explanation"): 1_000_000,
    ("evidence", "quote"): 1_000_000,
    ("claim_reviews", "claim"): 5_000,
    ("claim_reviews", "explanation"): 5_000,
    ("verdicts", "rating"): 100,
    ("tags", "name"): 200,
    ("assertions", "lang"): 35,
    ("blocks", "lang"): 35,
    ("articles", "lang"): 35,
}
MAX_OFFSET = 50_000_000

UUID_RE = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
ISO_RE = re.compile(r"^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-6]\d")
UUID_COLUMNS = frozenset({"id", "rev", "article_id", "assertion_id", "reference_id", "target_id"})
TIME_COLUMNS = frozenset({"created_at", "updated_at"})
FLAG_COLUMNS = frozenset({"deleted", "private", "trashed"})
OFFSET_COLUMNS = frozenset({"start", "end", "cue_start", "cue_end", "seq", "page", "original_size"})
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("assertions", "category"): tuple(Category),
    ("assertions", "origin"): tuple(Origin),
    # ``review`` is the pre-m0011 column, kept as a record; files of older versions
    # still carry the old status words until their copy is upgraded.
    ("assertions", "review"): LEGACY_REVIEW,
    ("assertions", "status"): (*tuple(Lifecycle), *LEGACY_STATUS),
    ("evidence", "relation"): tuple(Relation),
    ("refs", "kind"): tuple(ReferenceKind),
    ("blocks", "kind"): tuple(BlockKind),
    ("tags", "target_kind"): ("article", "assertion", "reference", "note"),
}

#: JSON columns and the schema (a small subset of JSON Schema) their value must follow.
LANGUAGE_TAG = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$"
JSON_SCHEMAS: dict[tuple[str, str], dict[str, Any]] = {
    ("articles", "languages"): {
        "type": "array",
        "maxItems": 20,
        "items": {"type": "string", "pattern": LANGUAGE_TAG},
    },
}

#: Columns whose value is a single line a person typed (a title, a rating, a tag).
_ONE_LINE = frozenset({("verdicts", "rating"), ("tags", "name")})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text_limit(table: str, column: str) -> int:
    return TEXT_LIMITS.get((table, column), DEFAULT_TEXT_LIMIT)


def schema_problem(value: Any, schema: Mapping[str, Any], where: str = "value") -> str | None:
    """Why ``value`` does not follow ``schema`` (type, items, maxItems, pattern), or None."""
    kind = schema.get("type")
    if kind == "array":
        if not isinstance(value, list):
            return f"{where} is not a list"
        if len(value) > schema.get("maxItems", len(value)):
            return f"{where} has too many items"
        items = schema.get("items")
        for n, item in enumerate(value):
            problem = schema_problem(item, items, f"{where}[{n}]") if items else None
            if problem:
                return problem
        return None
    if kind == "string":
        if not isinstance(value, str):
            return f"{where} is not text"
        pattern = schema.get("pattern")
        if pattern and not re.fullmatch(pattern.strip("^$"), value):
            return f"{where} is not in the expected form"
        return None
    return None


def json_problem(table: str, column: str, raw: Any) -> str | None:
    """Why the JSON text ``raw`` is not acceptable for ``table.column``, or None."""
    schema = JSON_SCHEMAS.get((table, column))
    if schema is None:
        return None
    if not isinstance(raw, str):
        return f"{table}.{column} is not JSON text"
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return f"{table}.{column} is not valid JSON"
    return schema_problem(value, schema, f"{table}.{column}")


def parse_languages(raw: Any) -> tuple[str, ...]:
    """``articles.languages`` as a tuple of language tags, whatever is stored.

    Readers use this instead of a bare ``json.loads`` so that a value that slipped past
    validation (an old library, a hand edit) shows as "no language" instead of crashing
    the library list or the app's start.
    """
    if json_problem("articles", "languages", raw) is not None:
        return ()
    return tuple(json.loads(raw))


def value_problem(table: str, column: str, value: Any) -> str | None:
    """Why ``value`` may not be stored in ``table.column`` (Python side of the rules)."""
    where = f"{table}.{column}"
    if isinstance(value, bool):
        value = int(value)
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) > text_limit(table, column):
            return f"{where} is too long"
        if any("\ud800" <= ch <= "\udfff" for ch in value):
            return f"{where} holds broken characters"
        if column in UUID_COLUMNS and not UUID_RE.match(value):
            return f"{where} is not an id"
        if column in TIME_COLUMNS and (len(value) > 40 or not ISO_RE.match(value)):
            return f"{where} is not a time"
        if (table, column) in ENUMS and value not in ENUMS[(table, column)]:
            return f"{where} is not one of the known values"
        if (table, column) in _ONE_LINE and (not value.strip() or _CONTROL.search(value)):
            return f"{where} is empty or has control characters"
        return json_problem(table, column, value)
    if isinstance(value, int):
        if column in OFFSET_COLUMNS and not 0 <= value <= MAX_OFFSET:
            return f"{where} is out of range"
        if column in FLAG_COLUMNS and value not in (0, 1):
            return f"{where} is not a yes/no value"
        return None
    if isinstance(value, float):
        if column == "confidence" and not 0.0 <= value <= 1.0:
            return f"{where} is out of range"
        return None
    if isinstance(value, bytes):
        return None
    return f"{where} has an unexpected type"


def row_problem(table: str, row: Mapping[str, Any], text: str | None = None) -> str | None:
    """Why a whole row is inconsistent (per field, then spans against ``text``), or None."""
    for column, value in row.items():
        problem = value_problem(table, column, value)
        if problem:
            return problem
    if table in ("assertions", "blocks") and "start" in row and "end" in row:
        start, end = row["start"], row["end"]
        if start > end:
            return f"a row of {table} holds an impossible span"
        if text is not None and end > len(text):
            return f"a row of {table} has a span past the end of its text"
        quote = row.get("quote")
        if text is not None and quote is not None and text[start:end] != quote:
            return f"a row of {table} quotes other words than its span"
        cue = (row.get("cue_start"), row.get("cue_end"))
        if None not in cue and not start <= cue[0] <= cue[1] <= end:  # type: ignore[operator]
            return f"a row of {table} has its cue outside its span"
    return None


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


#: Set-based consistency checks over a share file: (what is wrong, the table whose rows
#: it checks (nothing to check when it is empty), query for one bad id). Deleted rows
#: travel as marks without content, so their spans are not checked. Each article's text
#: length is counted once (``_LENGTHS``), not once per block or assertion of it.
_LENGTHS = "WITH a AS MATERIALIZED (SELECT id, length(text) AS n FROM articles WHERE deleted = 0)"
CONSISTENCY_SQL: tuple[tuple[str, str, str], ...] = (
    (
        "an assertion has a span past the end of its article's text",
        "assertions",
        f"{_LENGTHS} SELECT s.id FROM assertions s JOIN a ON a.id = s.article_id"
        ' WHERE s.deleted = 0 AND s."end" > a.n LIMIT 1',
    ),
    (
        "an assertion quotes other words than its span",
        "assertions",
        "SELECT s.id FROM assertions s JOIN articles a ON a.id = s.article_id WHERE s.deleted = 0"
        ' AND a.deleted = 0 AND s.quote != substr(a.text, s.start + 1, s."end" - s.start) LIMIT 1',
    ),
    (
        "an assertion has its cue outside its span",
        "assertions",
        "SELECT id FROM assertions WHERE deleted = 0 AND cue_start IS NOT NULL"
        " AND cue_end IS NOT NULL AND NOT (start <= cue_start AND cue_start <= cue_end"
        ' AND cue_end <= "end") LIMIT 1',
    ),
    (
        "a block reaches past the end of its article's text",
        "blocks",
        f"{_LENGTHS} SELECT b.article_id FROM blocks b JOIN a ON a.id = b.article_id"
        ' WHERE b."end" > a.n LIMIT 1',
    ),
    (
        "a note points into another article",
        "notes",
        "SELECT n.id FROM notes n JOIN assertions s ON s.id = n.assertion_id"
        " WHERE n.article_id != s.article_id LIMIT 1",
    ),
    (
        "a verdict has an empty rating or one with control characters",
        "verdicts",
        "SELECT id FROM verdicts WHERE deleted = 0 AND (trim(rating) = ''"
        " OR rating GLOB '*[' || char(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,"
        "23,24,25,26,27,28,29,30,31,127) || ']*') LIMIT 1",
    ),
    (
        "a tag has an empty name or one with control characters",
        "tags",
        "SELECT id FROM tags WHERE deleted = 0 AND (trim(name) = ''"
        " OR name GLOB '*[' || char(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,"
        "23,24,25,26,27,28,29,30,31,127) || ']*') LIMIT 1",
    ),
)


def json_rows_problem(rows: Any, table: str, column: str) -> str | None:
    """Run the JSON schema of ``table.column`` over ``(id, raw)`` rows; first problem."""
    for _row_id, raw in rows:
        problem = json_problem(table, column, raw)
        if problem:
            return problem
    return None


def stored_rows_problem(db: Any, table: str, ids: Any) -> str | None:
    """Run the rules over rows already written in this transaction (W3C import).

    The import writes through the normal store functions and checks the result before
    committing, so a file can never leave a row that a share file would be refused for.
    """
    for row_id in ids:
        cursor = db.execute(f"SELECT * FROM {_q(table)} WHERE id = ?", [row_id])
        names = [d[0] for d in cursor.description]
        found = cursor.fetchone()
        if found is None:
            continue
        row = dict(zip(names, found, strict=True))
        text = None
        if table == "assertions":
            art = db.execute("SELECT text FROM articles WHERE id = ?", [row["article_id"]])
            text = (art.fetchone() or [None])[0]
        problem = row_problem(table, row, text)
        if problem:
            return problem
    return None


def revision_mark(db: Any) -> int:
    """Where the change log ends now; rows written after it are checked by
    ``rows_written_since``."""
    return int(db.execute("SELECT coalesce(max(rowid), 0) FROM change_log").fetchone()[0])


def rows_written_since(db: Any, mark: int) -> str | None:
    """Run the rules over every row written (logged) after ``mark`` (whatever table the
    writer touched); the first problem, or None."""
    found: dict[str, list[str]] = {}
    for table, row_id in db.execute(
        "SELECT DISTINCT table_name, row_id FROM change_log WHERE rowid > ?", [mark]
    ):
        found.setdefault(table, []).append(row_id)
    for table, ids in found.items():
        problem = stored_rows_problem(db, table, ids)
        if problem:
            return problem
    return None
