"""Unnamed sources that hide behind syntax (issue 11, family 1, English; round 2).

Made-up sentences, one family each, with a control that must not change: the agent of a
passive of saying or judging ("called a charlatan by fellow physicians"); a plural agent
noun capitalised at the sentence start ("Demonstrators said"); two unnamed conjuncts
("Republicans and Democrats say"); an owner-less document ("A new poll shows"); a verb of
saying after a catenative verb ("continued to call for", "were more likely to say"); a
fenced phrase between subject and verb (", including Mr. Goldberg,", ", who ...,"); people
who work for a named one ("Strategists for the mayor"); speech acts of questioning,
asking, disagreeing and demanding; a collective noun before "of"; a participle of
believing after the main verb; a document before a reduced relative ("a new poll
showing"); a negative pronoun with a modal says nobody said anything.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer


def _by_category(analyzer: Analyzer, text: str) -> dict[str, str | None]:
    return {f.category.value: f.source_text for f in analyzer.analyze_text(text, lang="en")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The agent of a passive verb of saying or judging speaks.
        ("The mayor has been called a fraud by fellow economists.", "fellow economists"),
        ("The dean was called out by fellow pharmacists for the cuts.", "fellow pharmacists"),
        ("The plan was described to him by a local reporter.", "a local reporter"),
        # A reduced passive of judging with its agent; a short noun modifier.
        ("The dam, described as unsafe by engineers, will close.", "engineers"),
        (
            "The law protects the right to hunt, considered sacred by gun owners.",
            "gun owners",
        ),
        (
            "A group of farmers in 2015 sent a letter, calling for his dismissal.",
            "A group of farmers",
        ),
        # A plural agent noun at the sentence start: its capital is the sentence's.
        ("Demonstrators said they would march again on Sunday.", "Demonstrators"),
        ("Economists warned of a recession next year.", "Economists"),
        # Two unnamed conjuncts stay unnamed.
        ("Republicans and Democrats say the bill is dead.", "Republicans and Democrats"),
        # A document without an owner.
        ("A new poll shows that the senator trails in the race.", "A new poll"),
        ("A recent study found that the drug works.", "A recent study"),
        # A verb of saying after a catenative verb or "more likely to".
        (
            "Small groups of farmers continued to call for an inquiry into the floods.",
            "Small groups of farmers",
        ),
        ("Young voters in the city were more likely to say the mayor lied.", "Young voters"),
        # A fenced phrase between the subject and its verb.
        (
            "As many tax lawyers, including Ms. Brandt, have pointed out, the rule is new.",
            "many tax lawyers",
        ),
        (
            "Northern farmers, who have long opposed the dam, said the river would dry up.",
            "Northern farmers",
        ),
        # People who work for a named one are not that one.
        (
            "Strategists for Anna Berg all agree that the debate went badly.",
            "Strategists for Anna Berg",
        ),
        ("Aides to the governor said she would attend the summit.", "Aides"),
        # Speech acts of questioning, asking and demanding.
        ("Some teachers, however, question the wisdom of the new exam.", "Some teachers"),
        ("Local officials wanted to know who had approved the contract.", "Local officials"),
        ("Lawmakers also asked whether the deal had been approved.", "Lawmakers"),
        ("Farmers often disagree with the ministry's forecasts.", "Farmers"),
        # A collective noun: the people after "of" are the head.
        ("A handful of protesters said they would stay.", "A handful of protesters"),
        # A catenative -ing form, a participle of believing after an irregular past.
        ("The vote came as more senators have begun urging a delay.", "more senators"),
        (
            "On arrival, police began searching the hall, believing there may be a bomb.",
            "police",
        ),
        # A pronoun after the verb is the content's subject, not the speaker.
        (
            "Many tenants, who were evicted before the law took effect, said they were angry.",
            "Many tenants",
        ),
        # Documents: a perfect with an adverb, a reduced relative, an owner-less average.
        ("Recent polls in Ohio have similarly shown the lead eroding.", "Recent polls"),
        ("Polling averages show the mayor ahead by two points.", "Polling averages"),
        ("He spoke after a new survey showing his support had collapsed.", "a new survey"),
        # "figures" with a quantifier: people (or numbers nobody owns).
        ("Even so, some party figures declared that the race was over.", "some party figures"),
    ],
)
def test_unnamed_speakers_behind_syntax_are_vague(
    analyzer: Analyzer, text: str, source: str
) -> None:
    assert _by_category(analyzer, text).get("vague_source") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A named agent is named; a surname ending in -s stays a name.
        ("The budget was criticized by Senator Jane Doe as reckless.", "Senator Jane Doe"),
        ("Sanders said they want a fair vote.", "Sanders"),
        ("Clements said he would run again.", "Clements"),
        # A document named by its owner; a named conjunct; a named organisation's
        # spokesperson; a named subject before a fenced relative clause.
        ("A new Reuters poll shows that the senator trails in the race.", "Reuters poll"),
        ("A spokesman for the White House said the bill was dead.", "the White House"),
        (
            "The United States, which has left the region, has stated that it will not act.",
            "The United States",
        ),
        ("Mr. Smith, who has opposed the deal, said it would fail.", "Mr. Smith"),
        ("The dam, described as unsafe by the ministry, will close.", "the ministry"),
        ("He spoke after a new CNN survey showing his support had collapsed.", "CNN survey"),
        (
            "Figures from the Federal Statistical Office show that prices rose.",
            "the Federal Statistical Office",
        ),
    ],
)
def test_named_speakers_stay_named(analyzer: Analyzer, text: str, source: str) -> None:
    found = _by_category(analyzer, text)
    assert found.get("sourced") == source
    assert "vague_source" not in found


@pytest.mark.parametrize(
    "text",
    [
        # A passive of saying with no agent is no attribution of its own; a question asked
        # of someone says nothing; a name given by "called" is no speech.
        "The town is called Springfield.",
        "The clients are asked a series of questions by the software.",
        # A passive after a fenced aside: its subject does not speak.
        "This test, attended by the general, was described as a success by the ministry.",
        # A negative pronoun with a modal: nobody is quoted.
        "Anna Berg told reporters that nobody would question her record.",
        # "question" as a noun.
        "The question is whether he will run.",
        "The matter in question is closed.",
        # A passive "shown", "found" has no speaker; "fearing for" is no belief.
        "The film was also shown in Paris.",
        "The keys were later found in a drawer.",
        "Officers fearing for their lives fired.",
        # Watching is no judging; "by" + a time is no agent.
        "Anna Berg cited the figure at a forum viewed by 14 million people.",
        "He considered the offer by Friday.",
        "The plan was criticized by the end of the day.",
    ],
)
def test_no_unnamed_speaker(analyzer: Analyzer, text: str) -> None:
    assert "vague_source" not in _by_category(analyzer, text)


def test_german_apposition_search_survives_a_one_word_aside(analyzer: Analyzer) -> None:
    """A real Bundestag sentence whose list of places ("in Bangladesch, Tschetschenien,")
    left a one-word stretch between two commas: the apposition search judged an empty
    phrase and raised IndexError (the whole analysis of the article failed)."""
    text = (
        "Denken Sie im Ernst, dass irgendwer in Eritrea, im Irak, in Bangladesch,"
        " Tschetschenien, Kolumbien, dass irgendwer in den Fluchtländern die deutsche"
        " Tageszeitung liest und sich dann denkt: Toll, jetzt gibt es da 15 Euro mehr."
    )
    analyzer.analyze_text(text, lang="de")
