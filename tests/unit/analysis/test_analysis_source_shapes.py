"""Who says so, by the shape of the phrase (issue 11, families 1-3, English).

Made-up sentences for each rule: an unnamed plural organisation noun is vague; a cue word
that is the noun of the phrase before it has no speaker; a lone "one" is the generic
pronoun; a place is never the speaker; names after a place preposition say where unnamed
speakers are; a named speaker's quotation keeps its unnamed "people say" as their words.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer


def _by_category(analyzer: Analyzer, text: str) -> dict[str, str | None]:
    return {f.category.value: f.source_text for f in analyzer.analyze_text(text, lang="en")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aid agencies say the harvest has failed in the north.", "Aid agencies"),
        ("Relief agencies said the camp held twice its capacity.", "Relief agencies"),
        ("Conservative groups reported spending heavily on the race.", "Conservative groups"),
        # Names after a place preposition: where the unnamed speakers are.
        ("Most farmers in Kent, Essex and Sussex said the rain came too late.", "Most farmers"),
        ("Some traders in Lagos and Accra say prices will rise.", "Some traders"),
        # Verbs of knowing and perceiving with a content clause.
        ("All at once, young voters saw that the mayor could lose.", "young voters"),
        ("Investigators discovered that the files had been deleted.", "Investigators"),
        ("Yet even leaders on the left are questioning whether the plan works.", "leaders"),
        # A participle of saying: the main clause's subject speaks.
        (
            "A city hall official later walked back the remarks, saying that no plan exists.",
            "A city hall official",
        ),
        (
            "In May, a U.S. District Court judge sided with the tenants, saying the law was void.",
            "a U.S. District Court judge",
        ),
        # Demonstrative plurals, plural groups before a frequency adverb, bare plural polls.
        ("These voters specifically point to the 1994 crime bill.", "These voters"),
        ('Lamenting their luck, Canadians often say, "So far from the sun."', "Canadians"),
        ("Instant polls showed the senator was the winner of the debate.", "Instant polls"),
        ("His surrogates called him a genius for his strategies.", "His surrogates"),
        ("The floods ruined the crops, other studies have shown.", "other studies"),
        ("Activists here point to a number of factors.", "Activists"),
        # Indefinite pronouns; a person who works for a named outlet; "what X called".
        ("Back then, no one forecast the storm.", "no one"),
        ("Nobody said that the bridge would close.", "Nobody"),
        ("Later, a columnist for the news site Vexa said he was ashamed.", "a columnist"),
        ("He bought the gun used in Leeds, in what officials called a hate crime.", "officials"),
        ("The candidates say they are not avoiding the governor.", "The candidates"),
        ("Her advisers are not convinced that the plan will work.", "Her advisers"),
        ("Reporters know they are being spun.", "Reporters"),
        # Inverted order and modifiers of a plural noun for people.
        ("The deal is close, Labour strategists said Tuesday.", "Labour strategists"),
        ("The deal is close, insisted campaign officials.", "campaign officials"),
        ("The deal is close, an aide to the senator said.", "an aide"),
    ],
)
def test_unnamed_plural_subjects_are_vague(analyzer: Analyzer, text: str, source: str) -> None:
    found = _by_category(analyzer, text)
    assert found.get("vague_source") == source


@pytest.mark.parametrize(
    "text",
    [
        # The cue word is the noun of the phrase before it.
        "The treaty does not accept the island as a sovereign state, he said.",
        "Mara Lind, a creative writing teacher, said the course was full.",
        "To work the night shift is to see the city in its most tired state, Ana Ruiz said.",
        "Ruth Hale replied that the website lists so many Labour claims as false.",
        # A lone "one" is the generic pronoun; "I think" is the speaker's own view.
        "One might argue that the bridge was never safe, Tom Berg said.",
        "One could have hoped for a better outcome, said the mayor.",
        # A named speaker's quotation: the unnamed people are theirs, not the writer's.
        '"People say it does not matter," said Carla Mendes, a local councillor.',
        '"Her staff thought she had hurt her knee," Jon Petrie wrote.',
        # A named person among the speakers.
        "Biden and others in the party warned the delay was a threat.",
        "The Labour nominee and his aides haven't said much about the budget.",
        # "spoke" with nothing said; a quotation that began in the sentence before.
        "She met the envoy on Monday, the first time the two men spoke since May.",
        'Most voters believe the plan will fail," Ana Ruiz said.',
        # A relative clause with its own pronoun subject; a colon mid-sentence is no
        # headline prefix; numbers before a weasel phrase count a known set.
        "It was the rise of Kerr, who had said so many of the things she had come to believe.",
        "The mayor has two choices: leave or fight.",
        "The captain and three other Americans died in the crash.",
        # An office before "of" speaks; "spoke by telephone" says nothing.
        'The head of the police\'s internal investigators told the court "Nothing was done."',
        "The leaders of the two countries spoke by telephone on Friday night.",
    ],
)
def test_no_vague_source_without_an_unnamed_speaker(analyzer: Analyzer, text: str) -> None:
    assert "vague_source" not in _by_category(analyzer, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A place is never the speaker: take the person after "and".
        ("Smith won in Ohio and Jones said he would stay in the race.", "Jones"),
        # Inside a name, an article after "for" does not start a new phrase.
        (
            "The Committee for a Balanced Budget reported that the plan would cost more.",
            "The Committee for a Balanced Budget",
        ),
        # After an honorific a title word is a surname.
        ("Mr. King said that he had not seen the letter.", "Mr. King"),
        ("Ms. Bishop told reporters that the vote was close.", "Ms. Bishop"),
        ("The mayor rejected the plan on Monday, saying it would cost too much.", "The mayor"),
        ("Lena Olsen knew that the report was late.", "Lena Olsen"),
        ('He disagrees with them," the spokesman said.', "the spokesman"),
        ("The dam broke on Sunday, according to state television.", "state television"),
        ("We compared the map with data from the census.", "the census"),
        ('McBride reports: "The first time she saw him, many people cheered."', "McBride"),
    ],
)
def test_named_speaker_is_the_person(analyzer: Analyzer, text: str, source: str) -> None:
    found = _by_category(analyzer, text)
    assert found.get("sourced") == source
    assert "vague_source" not in found
