"""Property tests: any text analyses without errors and every offset points into it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck_app.analysis import Analyzer
from factcheck_app.analysis.analyzer import _chunks, paragraphs

WORDS = [
    "said", "reportedly", "officials", "Smith", "May", "may", "soll", "haben", "genommen",
    "laut", "Berichten", "denied", "not", "the", "Pentagon", "by", "confirmed", "was", ",",
    ".", "“", "”", "\n\n", "5%", "in", "June", "er", "sagte", "Bundesamt", "für", "zufolge",
    "according", "to", "she", "is", "believed", "without", "evidence", "wies", "zurück",
]  # fmt: skip

_ANALYZER = Analyzer()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.sampled_from([None, "en", "de"]),
)
def test_offsets_always_point_into_the_text(text: str, lang: str | None) -> None:
    for f in _ANALYZER.analyze_text(text, lang):
        assert 0 <= f.start < f.end <= len(text)
        assert 0 <= f.cue_start < f.cue_end <= len(text)
        if f.source_start is not None:
            assert 0 <= f.source_start < f.source_end <= len(text)
        assert 0.0 < f.confidence <= 1.0


@given(st.text(alphabet="ab \n.", max_size=300))
def test_paragraphs_and_chunks_cover_the_text(text: str) -> None:
    for start, end in paragraphs(text):
        assert text[start:end].strip()
    pieces = list(_chunks(text, 10))
    assert "".join(p for p, _o in pieces) == text
    assert all(
        offset == 10 + sum(len(p) for p, _ in pieces[:k]) for k, (_, offset) in enumerate(pieces)
    )


def test_long_paragraphs_are_cut_with_correct_offsets(monkeypatch) -> None:
    import factcheck_app.analysis.analyzer as analyzer_module

    monkeypatch.setattr(analyzer_module, "_MAX_CHUNK", 60)
    text = " ".join(["Officials said the plan failed. He reportedly left."] * 6)
    findings = Analyzer().analyze_text(text, "en")
    hedged = [f for f in findings if f.category == "hedged"]
    assert len(hedged) == 6
    assert all(text[f.cue_start : f.cue_end] == "reportedly" for f in hedged)
