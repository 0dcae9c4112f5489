"""Issue 11, German speech attributions (fourth pass): stance verbs, generic subjects with a
relative clause, word quantifiers versus shares in figures, bare plural groups.

Each case is a made-up sentence standing for a construction; ``present`` must be found,
``absent`` not. Controls keep named speakers named and sentences without a statement quiet.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer

CASES = [
    # a verb of stance states what its subject thinks: an unnamed group's is vague ...
    ("Die meisten Ökonomen lehnen die Steuer ab.", {"vague_source"}, {"sourced"}),
    ("Kinderärzte befürworten eine Impfpflicht.", {"vague_source"}, {"sourced"}),
    ("Viele Winzer teilen die Sorge der Bauern.", {"vague_source"}, {"sourced"}),
    ("Statiker geben auf diese Frage unterschiedliche Antworten:", {"vague_source"}, set()),
    ("Einige Abgeordnete sprachen sich gegen den Entwurf aus.", {"vague_source"}, {"sourced"}),
    # ... a named one's is sourced
    ("Die Gewerkschaft Verdi lehnt das Angebot ab.", {"sourced"}, {"vague_source"}),
    ("Die Bundesbank plädiert dafür, dass die Zinsen steigen.", {"sourced"}, {"vague_source"}),
    # controls: teilen without a view, geben without an answer, ausführen = carry out
    ("Die Brüder teilen sich eine Wohnung.", set(), {"vague_source", "sourced"}),
    ("Die Firma hat den Auftrag pünktlich ausgeführt.", set(), {"vague_source", "sourced"}),
    ("Die Ministerin hat ausgeführt, welche Pläne es gibt.", {"sourced"}, {"vague_source"}),
    # a word quantifier or portion is "some of a group", as "most voters" in English
    ("Die Mehrheit der Bevölkerung lehnt den Plan ab.", {"vague_source"}, {"sourced"}),
    ("Der Großteil der Pfleger glaubt, dass der Plan scheitert.", {"vague_source"}, {"sourced"}),
    ("Das hat heute jeder Redner hier gesagt.", {"vague_source"}, {"sourced"}),
    ("Die Hälfte der deutschen Winzer ist überzeugt, dass es hilft.", {"vague_source"}, set()),
    ("Der Chef der deutschen Bahn sagt, dass es hilft.", {"sourced"}, {"vague_source"}),
    # a clause-opening pronominal adverb is no subject ("Dazu muss man wissen")
    ("Dazu muss man allerdings wissen, dass es teuer ist.", {"vague_source"}, {"sourced"}),
    # a share in figures is a poll's result: the figure is the claim, no speaker (as
    # "74 percent of voters said" in English)
    (
        "75 Prozent der Lehrer sind der Meinung, dass die Klassen zu groß sind.",
        {"unsourced_claim"},
        {"sourced", "vague_source"},
    ),
    ("62 Prozent der Mieter teilen die Ansicht.", {"unsourced_claim"}, {"sourced"}),
    # a bare plural (no article) with a plural verb is a group, not a name
    ("Das sei eine Zwangsabgabe, wie Gegner es nennen.", {"vague_source"}, {"sourced"}),
    ("Müller sagt, dass die Brücke hält.", {"sourced"}, {"vague_source"}),
    ("Müller hat gesagt, dass die Brücke hält.", {"sourced"}, {"vague_source"}),
    ("Berger und Huber sagten, dass die Brücke hält.", {"sourced"}, {"vague_source"}),
    # a place after a group says where the group is; it never speaks
    (
        "Jeder vierte Pendler in Bayern sieht sich nicht in der Lage, mehr zu zahlen.",
        {"vague_source"},
        {"sourced"},
    ),
    # a sentence adverb opening the clause is no speaker: the subject follows the verb
    ("Stattdessen sagten Beamte der Behörde, alles sei geprüft.", {"vague_source"}, {"sourced"}),
    ("Stattdessen sagte Ministerin Weber, alles sei geprüft.", {"sourced"}, {"vague_source"}),
    # a generic subject with a relative clause before a verb of knowing, saying or believing
    (
        "Jeder, der die Gegend kennt, weiß, dass die Straße zu schmal ist.",
        {"vague_source"},
        {"sourced"},
    ),
    ("Wer je dort gewohnt hat, weiß: Der Winter ist hart.", {"vague_source"}, set()),
    ("Alle, die dabei waren, sagen, dass es laut war.", {"vague_source"}, set()),
    ("Wer die Zahlen liest, der weiß, dass es eng wird.", {"vague_source"}, set()),
    # controls: no content after the verb, a named speaker after the reported words
    ("Wer das glaubt, wird selig.", set(), {"vague_source", "sourced"}),
    (
        "Jeder, der kommt, bekommt ein Geschenk, sagt die Bürgermeisterin.",
        {"sourced"},
        {"vague_source"},
    ),
    ("Jeder, der sich bewirbt, sollte das wissen.", set(), {"vague_source"}),
    # "alle" alone is everyone; "wir alle" and a known set are not
    ("Alle sagten immer: Das klappt nie.", {"vague_source"}, set()),
    ("Das wissen doch alle.", {"vague_source"}, set()),
    ("Wir alle wissen, dass das nicht geht.", set(), {"vague_source"}),
    ("Alle Fraktionen sagten, dass das nicht geht.", {"sourced"}, {"vague_source"}),
    # verbs of knowing before a content clause, and asking, attribute
    ("Die Mehrheit der Kammer weiß, warum sie ablehnt.", {"vague_source"}, {"sourced"}),
    ("Der Landrat hat erkannt, wofür die Region kämpfen muss.", {"sourced"}, {"vague_source"}),
    ("Pendler stellen sich die Frage, ob sich das lohnt.", {"vague_source"}, {"sourced"}),
    # controls: the speaker's own knowledge, "who knows", knowing with no content
    ("Ich weiß, dass das falsch ist.", set(), {"vague_source"}),
    ("Wer weiß, was noch kommt.", set(), {"vague_source", "sourced"}),
    ("Der Förster weiß es.", set(), {"vague_source"}),
    # a clause-opening conjunction is no part of the subject
    ("Denn Anwohner stellen sich die Frage, ob das hält.", {"vague_source"}, {"sourced"}),
    # Konjunktiv I right after a fronted subordinate clause is a main clause's: reported
    (
        "Da die Stadt säumig sei, habe der Verein die Feier selbst organisiert.",
        {"vague_source"},
        set(),
    ),
    ("Er sagte, dass die Lage ernst sei.", {"sourced"}, {"vague_source"}),
    # attributive "potenziell" names a role ("der potenzielle Käufer"), no hedge
    ("Der potenzielle Käufer besichtigte das Werk.", set(), {"hedged"}),
    ("Die Zahl der Betroffenen ist potenziell unbegrenzt.", {"hedged"}, set()),
    # unnamed polls are hearsay like unnamed reports
    ("Nach Umfragen vertraut die Mehrheit der Polizei.", {"vague_source"}, {"sourced"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_german_stance_and_generic_subjects(
    analyzer: Analyzer, text: str, present: set, absent: set
) -> None:
    found = {str(f.category) for f in analyzer.analyze_text(text, "de")}
    assert present <= found, (text, found)
    assert not (absent & found), (text, found)


def test_the_group_with_its_place_is_the_shown_source(analyzer: Analyzer) -> None:
    findings = analyzer.analyze_text(
        "Jeder vierte Pendler in Bayern sieht sich nicht in der Lage, mehr zu zahlen.", "de"
    )
    vague = [f for f in findings if f.category == "vague_source"]
    assert vague and vague[0].source_text == "Jeder vierte Pendler in Bayern"


def test_english_shares_are_judged_like_german_ones(analyzer: Analyzer) -> None:
    """One convention in both languages: a share in figures is the claim, not a speaker."""
    en = {str(f.category) for f in analyzer.analyze_text("74 percent of voters said no.", "en")}
    de = {
        str(f.category) for f in analyzer.analyze_text("74 Prozent der Wähler sagten Nein.", "de")
    }
    assert en == de == {"unsourced_claim"}
