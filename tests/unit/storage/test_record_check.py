"""The share check of a findings record (``record_check.inspect_record``) against a reference.

The check reads the packed rows as they are instead of unpacking each finding into a
row (most of the time a merge spent checking a share's records). The reference below
is the check it replaced: unpack the record, then test every value of every finding.
What the fast check accepts, the reference accepts with the same spans and
categories; what our own ``pack`` writes, the fast check accepts.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck_app.models import Category
from factcheck_app.storage import compact, record_check

CATEGORIES = [str(c) for c in Category]
_OPTIONAL_TEXT = ("rule", "explain_key", "explain_params", "source_text", "id", "detector_version")


def reference_problem(found: list[dict[str, Any]], text_length: int) -> str | None:
    """The per-finding check of the rounds before (on unpacked findings)."""
    for f in found:
        if not 0 <= f["start"] < f["end"] <= text_length:
            return "span"
        if not isinstance(f["category"], str) or f["category"] not in CATEGORIES:
            return "category"
        for name in _OPTIONAL_TEXT:
            value = f[name]
            if value is not None and not isinstance(value, str):
                return name
        for name in ("lang", "explanation"):
            if not isinstance(f[name], str):
                return name
        confidence = f["confidence"]
        if not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
            return "confidence"
        params = f["explain_params"]
        if params is not None:
            try:
                loaded = json.loads(params)
            except ValueError:
                return "explain_params"
            if not isinstance(loaded, dict):
                return "explain_params"
        cue_start, cue_end = f["cue_start"], f["cue_end"]
        if (cue_start is None) != (cue_end is None):
            return "cue"
        if cue_start is not None and not 0 <= cue_start <= cue_end <= text_length:
            return "cue"
    return None


def reference(data: bytes, text_length: int) -> tuple[str | None, list[tuple[int, int, str]]]:
    try:
        found = compact.unpack(data, "v1")
    except (ValueError, TypeError, OverflowError, zlib.error, UnicodeDecodeError):
        # OverflowError: an infinite offset (int(inf)); the fast check refuses it too
        return "unreadable", []
    why = reference_problem(found, text_length)
    return why, [] if why else [(f["start"], f["end"], f["category"]) for f in found]


def record(rows: object, fmt: object = compact.FORMAT) -> bytes:
    return zlib.compress(json.dumps([fmt, rows]).encode())


anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=6),
    st.sampled_from([*CATEGORIES, '{"cue": "said"}', "[1]", "{", "en", ""]),
    st.lists(st.integers(0, 3), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)


def mostly(valid: st.SearchStrategy) -> st.SearchStrategy:
    """A valid value nine times in ten, anything the tenth."""
    return st.integers(0, 9).flatmap(lambda k: anything if k == 0 else valid)


text_or_none = st.one_of(st.none(), st.sampled_from(["rule", "en.key", "", "x"]))
#: Values for each packed field after (gap, length), in ``compact._FIELDS`` order.
FIELDS = [
    st.sampled_from(CATEGORIES),  # category
    text_or_none,  # rule
    text_or_none,  # explain_key
    st.one_of(st.none(), st.sampled_from(['{"cue": "said"}', "{}"])),  # explain_params
    st.one_of(st.floats(0, 1), st.integers(0, 1)),  # confidence
    st.sampled_from(["en", "de", ""]),  # lang
    st.integers(0, 12),  # cue_start (from the start)
    st.integers(0, 20),  # cue_end
    text_or_none,  # source_text
    text_or_none,  # detector_version
    st.sampled_from(["why", ""]),  # explanation
    st.sampled_from(["", "0f0e0d0c-0000-4000-8000-000000000000"]),  # id
]


@st.composite
def plausible(draw: st.DrawFn) -> list[Any]:
    """A packed row: mostly plausible values, any value anywhere now and then, any
    number of the trailing fields left out (they have defaults)."""
    kept = draw(st.integers(1, len(FIELDS)))
    row = [draw(mostly(st.integers(0, 60))), draw(mostly(st.integers(1, 30)))]
    row += [draw(mostly(field)) for field in FIELDS[:kept]]
    return row


@settings(max_examples=300, deadline=None)
@given(st.lists(plausible(), max_size=6), mostly(st.integers(100, 300)))
def test_what_the_check_accepts_the_reference_accepts_alike(rows, text_length: Any) -> None:
    text_length = text_length if isinstance(text_length, int) else 0
    data = record(rows)
    why, spans = record_check.inspect_record(data, text_length)
    expected_why, expected = reference(data, text_length)
    if why is None:
        assert expected_why is None, rows
        assert spans == expected
    else:
        assert spans == []


@settings(max_examples=200, deadline=None)
@given(st.one_of(anything, st.lists(anything, max_size=3)), anything)
def test_a_record_of_another_shape_is_refused(rows, fmt) -> None:
    data = record(rows, fmt)
    why, _ = record_check.inspect_record(data, 100)
    if why is None:
        assert reference(data, 100)[0] is None


def test_unreadable_bytes_are_refused() -> None:
    for data in (b"", b"not zlib", zlib.compress(b"\xff\xfe"), zlib.compress(b"[1, [")):
        assert record_check.inspect_record(data, 100) == ("unreadable", [])


finding = st.builds(
    lambda start, length, category, rule, params, cue, conf: {
        "start": start,
        "end": start + length,
        "category": category,
        "rule": rule,
        "explain_key": None if rule is None else f"en.{rule}",
        "explain_params": params,
        "confidence": conf,
        "lang": "en",
        "cue_start": None if cue is None else start + min(cue, length),
        "cue_end": None if cue is None else start + length,
        "source_text": None,
        "detector_version": "v1",
        "explanation": "why",
        "id": "",
    },
    st.integers(0, 200),
    st.integers(1, 40),
    st.sampled_from(CATEGORIES),
    st.one_of(st.none(), st.sampled_from(["hedge", "vague"])),
    st.one_of(st.none(), st.just('{"cue": "said"}')),
    st.one_of(st.none(), st.integers(0, 40)),
    st.floats(0, 1),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(finding, max_size=8))
def test_what_we_pack_is_accepted_with_its_spans(found) -> None:
    data = compact.pack("00000000-0000-4000-8000-000000000000", found, "v1")
    why, spans = record_check.inspect_record(data, 240)
    assert why is None
    assert sorted(spans) == sorted((f["start"], f["end"], f["category"]) for f in found)
    assert spans == reference(data, 240)[1]


def test_the_packed_field_order_is_the_one_the_check_reads() -> None:
    """``_packed_problem`` unpacks the fields by position."""
    assert compact._FIELDS == (
        "category",
        "rule",
        "explain_key",
        "explain_params",
        "confidence",
        "lang",
        "cue_start",
        "cue_end",
        "source_text",
        "detector_version",
        "explanation",
        "id",
    )
