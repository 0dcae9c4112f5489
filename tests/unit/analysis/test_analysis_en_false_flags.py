"""English false flags on attributed news (issue 11, precision): each rule with controls.

Made-up sentences, one construction each; the rules are general (clause shapes and word
senses) and the English dev sets measure them on real news.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer

#: Unnamed sources inside a named speaker's reported words are the speaker's (sourced).
RELAYED = [
    # the named speaker's group, indefinite pronoun or quantified phrase in their words
    (
        "Mayor Ana Lima has said about 20 people have indicated an interest in the flats.",
        {"sourced"},
        {"vague_source"},
    ),
    (
        "He told the council that few people understood the risks of the dam.",
        {"sourced"},
        {"vague_source"},
    ),
    (
        "During her years in office, Mayor Ana Lima said, a majority of voters have come to "
        "trust the plan.",
        {"sourced"},
        {"vague_source"},
    ),
    (
        "Ana Lima, a spokeswoman for the Harbour Board, said the examples that critics point "
        "to failed to note the new jobs.",
        {"sourced"},
        {"vague_source"},
    ),
    # controls: the same groups as the writer's own attributions stay vague
    ("Few people understood the risks of the dam.", {"vague_source"}, set()),
    ("About 20 people have indicated an interest in the flats.", {"vague_source"}, set()),
    # an unnamed speaker's words keep their unnamed sources
    (
        "Several engineers said some experts believe the dam may fail.",
        {"vague_source", "hedged"},
        set(),
    ),
    # a clause of its own after a comma is the writer's next attribution
    (
        "Mayor Ana Lima said the dam is safe, but critics say it may fail.",
        {"sourced", "vague_source"},
        set(),
    ),
    (
        "Mayor Ana Lima stressed that the dam is safe, and human rights groups warned that "
        "the valley was flooded.",
        {"sourced", "vague_source"},
        set(),
    ),
    (
        "Mayor Ana Lima says the dam works and experts say it will fail.",
        {"sourced", "vague_source"},
        set(),
    ),
    (
        "The gap between what Lima says the dam will do and how experts say it will fare is wide.",
        {"sourced", "vague_source"},
        set(),
    ),
    # a verb with no content ("spoke after") reports no unnamed source
    ("He spoke after a new survey showing his support had collapsed.", {"vague_source"}, set()),
    # an opening phrase before the speaker is not their words
    (
        "According to investigators, Tom Hale said he had braked too late.",
        {"sourced", "vague_source"},
        set(),
    ),
    # a named speaker's own judgement in an agentless passive is theirs (quoted or not)
    (
        'The Harbour Board issued a statement on Friday stating "the dam has been considered '
        'a risk for years".',
        {"sourced"},
        {"hedged"},
    ),
    ("Mayor Ana Lima said the dam is thought unsafe by now.", {"sourced"}, {"hedged"}),
    ('"The dam is regarded as unsafe," Mayor Ana Lima said.', {"sourced"}, {"hedged"}),
    # controls: the writer's own, an unnamed speaker's, hearsay, an opening phrase
    ("The dam has been considered a risk for years.", {"hedged"}, set()),
    ("Engineers said the dam is considered a risk.", {"vague_source", "hedged"}, set()),
    ("Mayor Ana Lima said the contractor is alleged to have skipped the tests.", {"hedged"}, set()),
    ("Mayor Ana Lima said the contractor was rumoured to be bankrupt.", {"hedged"}, set()),
    (
        'In response to the dam being considered "a major risk," Mayor Ana Lima noted that '
        "she had resigned.",
        {"sourced", "hedged"},
        set(),
    ),
    # hearsay relayed in the speaker's words stays hedged
    (
        "Mayor Ana Lima said the contractor allegedly skipped the tests.",
        {"sourced", "hedged"},
        set(),
    ),
]


#: Hedge words in a sense that is no hedge of the writer's (rule, then control).
HEDGE_SENSES = [
    # "suggest" = propose: a should-clause or a subjunctive is a proposal
    ("The agency suggested that the tram program end because it cost too much.", set(), {"hedged"}),
    ("The agency suggested that the mayor should resign.", set(), {"hedged"}),
    ("The agency suggested that the mayor be removed from office.", set(), {"hedged"}),
    ("The data suggest that the virus spread early.", {"hedged"}, set()),
    ("The memo suggested that the city lost money.", {"hedged"}, set()),
    ("The study suggests that the drug works.", {"hedged"}, set()),
    # an idiom of habit or failure, and an appearance someone causes
    ("The two mayors never seem to tire of telling the story.", set(), {"hedged"}),
    ("He can't seem to find the files.", set(), {"hedged"}),
    ("His new job makes him seem kinder to the mayor.", set(), {"hedged"}),
    (
        "The remark made the mayor's wife, standing behind him, appear to grimace.",
        set(),
        {"hedged"},
    ),
    ("The plan seems to work.", {"hedged"}, set()),
    ("He made a speech and the plan seems to work.", {"hedged"}, set()),
    ("Lima appeared to suggest that the drivers were drunk.", {"hedged"}, set()),
    # "It is apparent that" is evident (a booster)
    ("It is apparent that the mayor wanted to hide the deal.", set(), {"hedged"}),
    ("It appears that the mayor wanted to hide the deal.", {"hedged"}, set()),
    # active "said to you", "had expected to": the subject's own words or plan
    ('Hill told reporters, "I\'ve said to you all along that the plan works."', set(), {"hedged"}),
    ("He had expected to win the vote.", set(), {"hedged"}),
    ("The man is said to have fled to Spain.", {"hedged"}, set()),
    # a determined noun "estimate" names a figure
    ("The candidate did not supply an overall cost estimate for his plans.", set(), {"hedged"}),
    ("An estimate of 300 deaths was given.", {"hedged"}, set()),
]

#: Denials need something claim-like (rule, then control).
DENIAL_SENSES = [
    ("You have to deny the militia sanctuary in the valley.", set(), {"disputed"}),
    ("The ministry denied the report.", {"disputed"}, set()),
    ("The poll shows that in a head-to-head contest, Lima leads Hill.", set(), {"disputed"}),
    ("Hill flew to Maine ahead of the state's contest on Saturday.", set(), {"disputed"}),
    ("Two members of the council have disavowed Hill.", set(), {"disputed"}),
    ("The ministry disavowed the comments.", {"disputed"}, set()),
    ("He proposed a tax cut in a compromise rebuffed by the council.", set(), {"disputed"}),
    ("The council rebuffed the offer.", set(), {"disputed"}),
    ("The council rebuffed the report.", {"disputed"}, set()),
    # a refusal still lends its subject to the verb of saying after it
    ("The council rejected the offer and said it would sue.", {"sourced"}, {"disputed"}),
    ("The claim was denied by the ministry.", {"disputed"}, set()),
]


#: Speakers that are none, and speakers the rules missed (rule, then control).
SPEAKER_SHAPES = [
    # a plural noun before a verb in -s is not its subject
    ("The number that caught the eyes of the analysts shows her ahead.", set(), {"vague_source"}),
    ("The average of polls over the past two weeks shows Lima ahead.", set(), {"vague_source"}),
    ("Analysts say she is ahead.", {"vague_source"}, set()),
    ("The news shows that the dam works.", set(), {"vague_source"}),
    # a verb of saying after a preposition is a noun
    ("It would tell a story of hope, one of fear and of doubt.", set(), {"vague_source"}),
    ("He was accused of lying.", {"vague_source"}, set()),
    # a title-case headline keeps its verb of saying; a name stays a name
    ("Bridge Could Collapse Next Year, Mayor Ana Lima Says.", {"sourced"}, {"hedged"}),
    ("Trade Talks With The United States Resume In Geneva.", set(), {"sourced"}),
    # a name after an opening phrase opens the content clause
    (
        "In fact, Mayor Ana Lima thinks the dam is so weak that she left town, sensing it "
        "might fail.",
        {"sourced"},
        {"hedged"},
    ),
    # a hyphen inside a word is no clause break
    (
        "Lima mocked Hill, claiming that he had a well-connected source who told him the dam "
        "would fail.",
        {"sourced"},
        {"vague_source"},
    ),
    # a share in figures is a poll's result: the figure is the claim, no speaker, no hedge
    (
        "More than 95% of the participants in the survey indicated they would support the ban.",
        {"unsourced_claim"},
        {"hedged", "vague_source"},
    ),
    (
        "About 60 per cent of the residents said they would support the ban.",
        {"unsourced_claim"},
        {"vague_source"},
    ),
    ("Most of the participants said they would support the ban.", {"vague_source"}, set()),
    ("The data from 95% of the clinics indicate that the ban works.", {"hedged"}, set()),
    # an apposition after a sentence-opening conjunction, or holding a quoted title
    (
        "But Mayor Ana Lima, a member of the harbour board, recalled that the dam could fail.",
        {"sourced"},
        {"hedged"},
    ),
    (
        'Ana Lima, host of the BBC\'s "Morning Report," suggested the dam could fail.',
        {"sourced"},
        {"hedged"},
    ),
    (
        "But several engineers, members of the board, said the dam could fail.",
        {"vague_source", "hedged"},
        set(),
    ),
    (
        'Several engineers, fans of the BBC\'s "Morning Report," said the dam could fail.',
        {"vague_source", "hedged"},
        set(),
    ),
    ('"The Dam Will Fail," said several engineers.', {"vague_source"}, {"sourced"}),
    # a surname in -s before an apposition is a name (the verb after the aside agrees)
    ("Simmons, an Obama supporter, said he saw the shift.", {"sourced"}, {"vague_source"}),
    ("Demonstrators, mostly students, said they saw the shift.", {"vague_source"}, set()),
    # a superlative's noun is no verb of saying
    (
        "Lima did not advertise in the state - Texas is one of the most expensive states for "
        "advertising - this week.",
        set(),
        {"vague_source"},
    ),
    ("The most vocal critics say the plan fails.", {"vague_source"}, set()),
    # a portfolio word before an office stays in the office's phrase
    ("Connecticut's tax commissioner says the plan works.", {"sourced"}, {"vague_source"}),
    ("The tax commissioner says the plan works.", {"sourced"}, {"vague_source"}),
    ("A tax commissioner said the plan works.", {"vague_source"}, set()),
    ("Tax commissioners said the plan works.", {"vague_source"}, set()),
    # a definite person suggests (their own claim); data suggest (the writer's hedge)
    ("The bridge has one flaw, the columnist suggested.", {"sourced"}, {"hedged"}),
    ("The data suggest that the bridge has one flaw.", {"hedged"}, set()),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"), RELAYED + HEDGE_SENSES + DENIAL_SENSES + SPEAKER_SHAPES
)
def test_english_false_flags(analyzer: Analyzer, text: str, present: set, absent: set) -> None:
    labels = {str(f.category) for f in analyzer.analyze_text(text, "en")}
    assert present <= labels, (text, labels)
    assert not absent & labels, (text, labels)


def test_relayed_sources_are_explained_on_the_speaker(analyzer: Analyzer) -> None:
    text = "He told the council that few people understood the risks of the dam."
    (finding,) = analyzer.analyze_text(text, "en")
    assert str(finding.category) == "sourced"
    assert "'few people'" in str(finding.explanation)
    assert "unnamed sources in the speaker's own words" in str(finding.explanation)
    assert "ungenannte Quellen" in finding.explanation.render("de")


def test_a_speakers_own_judgement_is_explained_on_the_speaker(analyzer: Analyzer) -> None:
    text = 'The Harbour Board said "the dam has been considered a risk for years".'
    (finding,) = analyzer.analyze_text(text, "en")
    assert str(finding.category) == "sourced"
    assert "the speaker's own speculation: 'considered'" in str(finding.explanation)


def test_a_speakers_speculation_is_listed_once(analyzer: Analyzer) -> None:
    (finding,) = analyzer.analyze_text("Ana Lima suggested the dam could fail.", "en")
    text = str(finding.explanation)
    assert text.count("the speaker's own speculation") == 1, text
    assert "'suggested', 'could'" in text
