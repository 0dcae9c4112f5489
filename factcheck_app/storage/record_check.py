"""The share check of one packed findings record: is it acceptable, and where are its findings.

Why its own module: a share file is untrusted, and checking each record's packed rows
without unpacking them into finding dicts is most of what a merge's share check costs.
The format itself (``pack``/``unpack``, the field order and defaults) stays in
:mod:`factcheck_app.storage.compact`; this module only reads it.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from factcheck_app.models import Category
from factcheck_app.storage.compact import _DEFAULTS, _FIELDS, _packed_rows

#: One finding as a share check counts it: (start, end, category).
Span = tuple[int, int, str]


def inspect_record(
    data: bytes, text_length: int, params_ok: set[str] | None = None
) -> tuple[str | None, list[Span]]:
    """Why a record from a share file is not acceptable (or None), and the span and
    category of each of its findings (none when it is not): what a merge that checked
    the record counts (``counts``, progress) instead of unpacking it again.

    The packed rows are checked as they are, without building a finding per row as
    :func:`unpack` does (most of the cost of checking a share's records), and more
    strictly than :func:`unpack` reads them: offsets must be integers, not anything
    ``int()`` takes. A record accepted here unpacks, and every value fits the
    ``assertions`` row it becomes when materialised (a value of the wrong type would
    fail, or worse, only later). ``params_ok`` holds the explanation parameters
    already found to be JSON objects: pass one set for every record of a file.
    """
    try:
        rows = _packed_rows(data)
    except (ValueError, TypeError, zlib.error, UnicodeDecodeError):
        return "unreadable", []
    if not isinstance(rows, list):
        return "unreadable", []
    spans: list[Span] = []
    params_ok = set() if params_ok is None else params_ok
    start = 0
    most = 2 + len(_FIELDS)
    for row in rows:
        if type(row) is not list or not 3 <= len(row) <= most:
            return "unreadable", []
        gap, length = row[0], row[1]
        if type(gap) is not int or type(length) is not int:
            return "unreadable", []
        start += gap
        end = start + length
        if not 0 <= start < end <= text_length:
            return "span", []
        values = row[2:]
        values += _TAIL[len(values) :]  # the defaults of the fields left out
        why = _packed_problem(values, start, text_length, params_ok)
        if why:
            return why, []
        spans.append((start, end, values[0]))
    return None, spans


#: The packed fields' defaults, in ``_FIELDS`` order (``category`` has none: every packed
#: finding holds it).
_TAIL: list[Any] = [_DEFAULTS.get(name) for name in _FIELDS]
#: The categories a record's finding may have.
_CATEGORIES = frozenset(str(c) for c in Category)


def _packed_problem(
    values: list[Any], start: int, text_length: int, params_ok: set[str]
) -> str | None:
    """The first packed field of one finding (all of ``_FIELDS``, in order, defaults
    filled in) that does not fit our model, or None. Explanation parameters repeat
    (one cue per rule): each distinct string is parsed once (``params_ok``)."""
    (
        category,
        rule,
        explain_key,
        explain_params,
        confidence,
        lang,
        cue_start,
        cue_end,
        source_text,
        detector_version,
        explanation,
        finding_id,
    ) = values  # (the order of _FIELDS; a test keeps them in step)
    if type(category) is not str or category not in _CATEGORIES:
        return "category"
    for name, value in (
        ("rule", rule),
        ("explain_key", explain_key),
        ("explain_params", explain_params),
        ("source_text", source_text),
        ("id", finding_id),
        ("detector_version", detector_version),
    ):
        if value is not None and type(value) is not str:
            return name
    if type(lang) is not str:
        return "lang"
    if type(explanation) is not str:
        return "explanation"
    if type(confidence) not in (int, float) or not 0 <= confidence <= 1:
        return "confidence"
    if explain_params is not None and explain_params not in params_ok:
        try:
            loaded = json.loads(explain_params)
        except ValueError:
            return "explain_params"
        if not isinstance(loaded, dict):
            return "explain_params"
        params_ok.add(explain_params)
    if cue_start is None and cue_end is None:
        return None
    if type(cue_start) is not int or type(cue_end) is not int:
        return "cue"
    if not 0 <= start + cue_start <= start + cue_end <= text_length:
        return "cue"
    return None
