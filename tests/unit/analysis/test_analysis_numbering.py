"""Numbers that name rather than count: "Republic Act No. 3846", "Art. 5", "§ 12".

Why: the tokenizer splits the period off "No." and "Art.", so the sentence ended there
and "3846, also known as ... states" became a sentence of its own with the number as its
speaker ("attributed to '3846'"); and a law's number was flagged as an unsourced figure.
"""

from __future__ import annotations

from factcheck_app.analysis import Analyzer

LAW = (
    "Republic Act No. 3846, also known as the Radio Control Law, bans unlicensed stations. "
    "Rebels killed 12 people on Tuesday."
)


def test_a_numbering_abbreviation_does_not_end_the_sentence(analyzer: Analyzer) -> None:
    findings = analyzer.analyze_text(LAW, "en")
    assert all(f.source_text != "3846" for f in findings)
    assert not any(f.start == LAW.index("3846") for f in findings)  # no sentence starts there
    (killed,) = [f for f in findings if f.category == "unsourced_claim"]
    assert LAW[killed.start : killed.end] == "Rebels killed 12 people on Tuesday."


def test_a_number_after_a_numbering_abbreviation_is_no_figure(analyzer: Analyzer) -> None:
    for text, lang in (
        ("Article No. 5 of the treaty applies to every member.", "en"),
        ("Nach § 12 und Art. 5 des Gesetzes Nr. 3846 ist das verboten.", "de"),
    ):
        assert not analyzer.analyze_text(text, lang), text
    # controls: a sentence that ends with "no." still ends; a count is still a figure
    text = "The answer was no. 5 people died in the fire."
    (figure,) = [f for f in analyzer.analyze_text(text, "en") if f.category == "unsourced_claim"]
    assert text[figure.start : figure.end] == "5 people died in the fire."


def test_an_age_in_brackets_after_a_full_name_is_no_figure(analyzer: Analyzer) -> None:
    """German (and some English) copy gives ages as "Anja Hagenauer (46)"."""
    assert not analyzer.analyze_text("Bernhard Auinger (41) leitet den Betriebsrat.", "de")
    assert not analyzer.analyze_text("Anja Hagenauer (46) is the logical successor.", "en")
    # controls: a count in brackets after a place, or a figure elsewhere, stays a claim
    for text in (
        "Emissions fell in Germany (12) and in France.",
        "Auinger (41) hired 300 workers.",
    ):
        found = analyzer.analyze_text(text, "en")
        assert [f.category for f in found] == ["unsourced_claim"], text
