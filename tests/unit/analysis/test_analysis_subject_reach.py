"""Who says so, when the subject is not next to its verb (issue 11, English; round 6).

Made-up sentences, one family each, with controls that must not change: an inverted
subject with any modifiers ("said a law enforcement official"); nouns for people without
an agent ending ("a longtime friend", "Friends of the senator who ..."); asides between
subject and verb (", for instance,", "-- including Clinton --"); a coordination inside a
post-modifier ("Experts on North Korea and nuclear nonproliferation"); two verbs sharing
one subject ("spotted the smoke and reported"); a collective noun before "of"
("Majorities of Democrats"); a comparison with a degree adverb ("slightly more likely
to say"); typographic apostrophes ("don’t"); people of a named one by a possessive
("Mrs. Clinton's confidants"); owner-less documents and messages ("The emails show",
"Photos showed"); a participle after a document's addressee ("sent a letter to the board
saying": the sender says it).
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer


def _by_category(analyzer: Analyzer, text: str) -> dict[str, str | None]:
    return {f.category.value: f.source_text for f in analyzer.analyze_text(text, lang="en")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Inverted order: an indefinite phrase of any modifiers after the verb.
        ('"There was wrongdoing," said a law enforcement official.', "a law enforcement official"),
        ("The plan failed, said a Justice Department official on Monday.",
         "a Justice Department official"),
        ("The plan failed, said a longtime friend of the family.", "a longtime friend"),
        # Nouns for people without an agent ending.
        ("The job marks his return, a longtime friend said.", "a longtime friend"),
        ("The vote marks his return, a former colleague of the senator said.",
         "a former colleague"),
        ("Even though it is legal, the women say the police still watch the area.",
         "the women"),
        ("Friends of the senator who have seen him say that he is tired.", "Friends"),
        # An aside between the subject and its verb.
        ("Cement makers, for instance, argue that imports grew.", "Cement makers"),
        ("Experts in the field, of course, say that imports grew.", "Experts"),
        ("Democrats -- including Clinton -- quickly accused him of lying.", "Democrats"),
        # "and" inside the subject's post-modifier.
        ("Experts on North Korea and nuclear nonproliferation said the test was real.",
         "Experts"),
        ("Political observers in Virginia and around the country say Scott deserves it.",
         "Political observers"),
        # Two verbs, one subject.
        ("Residents spotted the smoke and reported that the plant was burning.", "Residents"),
        ("Residents who lived near the plant spotted the smoke and reported that it burned.",
         "Residents"),
        ("Officials met on Monday and then said that the plan was dead.", "Officials"),
        ("A group of parents sent a letter to the board and said the plan is unsafe.",
         "A group of parents"),
        # A collective noun before "of"; a comparison with a degree adverb.
        ("Majorities of Democrats and Republicans say the economy is weak.",
         "Majorities of Democrats and Republicans"),
        ("Young voters are slightly more likely to say that the mayor lied.", "Young voters"),
        # Typographic apostrophes: "don’t" is "don't".
        ("Democrats don’t think the senator can win the state.", "Democrats"),
        # Some people of a named one, by a possessive ("Aides to Clinton" already was).
        ("Mrs. Clinton's confidants say it is only fitting.", "Mrs. Clinton's confidants"),
        ("The senator's closest aides said that the deal was legal.",
         "The senator's closest aides"),
        # Documents and messages with no owner, definite plurals too ("The candidates say").
        ("The emails show that the aide took directions from the campaign.", "The emails"),
        ("Photos showed mourners crouched over blanket-covered bodies.", "Photos"),
        ("The results show that voters are out of step with the party.", "The results"),
        # A participle after a document's addressee is the sender's.
        ("A group of parents sent a letter to the board saying the plan is unsafe.",
         "A group of parents"),
        ("Voters wrote to the board, with a letter to the mayor saying the plan is unsafe.",
         "a letter"),
        # "counter" as a verb of saying; "voices" as people.
        ("Other voices counter that the plan will fail.", "Other voices"),
    ],
)  # fmt: skip
def test_unnamed_subject_out_of_reach_is_found(analyzer: Analyzer, text: str, source: str):
    found = _by_category(analyzer, text)
    assert found.get("vague_source") == source, found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A named speaker in the same shapes stays sourced.
        ('"There was wrongdoing," said John Smith, a law enforcement official.', "John Smith"),
        ("The plan failed, said a spokesman for the Justice Department.",
         "a spokesman for the Justice Department"),
        ("Smith, for instance, argues that imports grew.", "Smith"),
        ("The company, in turn, said that imports grew.", "The company"),
        ("Smith spotted the smoke and reported that the plant was burning.", "Smith"),
        ("The company rejected the offer and said it would sue.", "The company"),
        ("Norway's trade ministry said the deal was legal.", "Norway's trade ministry"),
        ("Clinton's spokesman said the deal was legal.", "Clinton's spokesman"),
        ("The company's lawyers argued that the deal was legal.", "The company's lawyers"),
        ("The mayor sent a letter to the board saying the plan is unsafe.", "The mayor"),
        ("Smith countered that the plan will fail.", "Smith"),
    ],
)  # fmt: skip
def test_named_speaker_in_the_same_shape_stays_sourced(analyzer: Analyzer, text: str, source: str):
    found = _by_category(analyzer, text)
    assert "vague_source" not in found, found
    assert found.get("sourced") == source, found


@pytest.mark.parametrize(
    "text",
    [
        # A clause after an inverted verb is no subject.
        "The talks ended, said a deal had been reached.",
        # A definite office is no unnamed source.
        '"There was wrongdoing," said the law enforcement agency\'s director.',
        # A named conjunct after a place preposition keeps the name's share.
        "Prices in Ohio and the economy said nothing new.",
        # "counter" that is no verb of saying.
        "He bought the drug over the counter.",
        "The office hired a new counter clerk.",
    ],
)
def test_no_unnamed_source_without_one(analyzer: Analyzer, text: str):
    assert "vague_source" not in _by_category(analyzer, text)
