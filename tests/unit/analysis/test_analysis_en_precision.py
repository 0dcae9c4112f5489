"""English precision of issue 11's families 4-7 and 9: cues used in a sense that is no
hedge, denial, missing evidence or claim of the writer's.

Made-up sentences, one construction each; the rules behind them are general (the shape
of the clause), and the English dev and held-out sets measure them on real news.
"""

from __future__ import annotations

import pytest

from factcheck_app.analysis import Analyzer

CASES = [
    # 4. hedges: only epistemic, only the writer's
    # a concession or remark of the writer or reader, not a guess about a fact
    ("While we may not like to admit it, the new trams are popular.", set(), {"hedged"}),
    ("You might say the bridge is the city's symbol.", set(), {"hedged"}),
    ("We may see more storms this winter.", {"hedged"}, set()),
    # a legal consequence the rules provide for
    ("Drivers who ignore the signs could face a fine of up to 500 euros.", set(), {"hedged"}),
    ("Passengers without a ticket may be subject to a penalty fare.", set(), {"hedged"}),
    ("Cyclists may be fined for riding on the pavement.", set(), {"hedged"}),
    ("The bridge could collapse under the weight.", {"hedged"}, set()),
    # what a court permits
    (
        "The court issued a ruling on Monday finding that the tenants could stay in their flats.",
        set(),
        {"hedged"},
    ),
    ("Engineers long ago decided that the dam could fail in a flood.", {"hedged"}, set()),
    ("Judges worry about a ruling that could affect thousands of tenants.", {"hedged"}, set()),
    # an attributive participle names a role or a kind of figure
    ("Sanders' withdrawal left Baker as the party's expected candidate.", set(), {"hedged"}),
    ("He is expected to win the vote.", {"hedged"}, set()),
    # the subject's own claim, and a passive with its agent
    ("He claimed to have built the engine himself.", set(), {"hedged"}),
    ("The man is claimed to have built the engine himself.", {"hedged"}, set()),
    (
        "Mayor Anna Berg said the van was driven by a man, reported by The Times as a guard.",
        {"sourced"},
        {"hedged"},
    ),
    # an embedded named speaker's speculation is theirs
    (
        "The launch waits for the next mission, which NASA chief Jane Doe has said may be ready "
        "by August.",
        {"sourced"},
        {"hedged"},
    ),
    # a legal classification, a prohibition, a verb of saying after its subject
    ("Police counted 40 suspected cases of arson.", set(), {"hedged"}),
    ("Once abroad they may not vote in local elections.", set(), {"hedged"}),
    ("A memo alleged that the tests were skipped.", {"vague_source"}, {"hedged"}),
    # a reckoning with a named owner; an inverted speaker's quote goes on after the verb
    ("Growth will slow to 1.2 percent, down from the bank's last estimate.", set(), {"hedged"}),
    (
        '"Look at the records," Mayor Jim Hall said, "we could have fixed it last year.',
        {"sourced"},
        {"hedged"},
    ),
    (
        "During an interview on Monday, Mayor Jim Hall said he perhaps should have waited.",
        {"sourced"},
        {"hedged"},
    ),
    # a suggesting verb without a speaker of its own inside a named speaker's words
    (
        "Biologist Ann Cole told the paper the spread of the spines suggested an old pattern.",
        {"sourced"},
        {"hedged"},
    ),
    ("The data suggest that the virus spread early.", {"hedged"}, set()),
    (
        "Lawyer Ann Cole said in the letter that the poster wrongly suggests the city backs him.",
        {"sourced"},
        {"hedged"},
    ),
    (
        "Mayor Jane Doe said the talks failed and Governor Tom Hill suggested the deal was dead.",
        {"sourced"},
        {"hedged"},
    ),
    (
        '"The hacking is troubling," Senator Ann Cole told CNN on Monday, "but maybe it fails."',
        {"sourced"},
        {"hedged"},
    ),
    # a named speaker's speculation is theirs; a counterfactual or an obligation is no guess
    (
        "In a video on Friday, Mayor Jim Hall speculated that the fire could have been arson.",
        {"sourced"},
        {"hedged"},
    ),
    ("Experts speculated that the fire was arson.", {"vague_source", "hedged"}, set()),
    ("Lawmakers blocked bills that would have raised the tax.", set(), {"hedged"}),
    ("The gunman should have been stopped at the border.", set(), {"hedged"}),
    ("The gunman must have known the building.", {"hedged"}, set()),
    ("They met in the hope that the two sides could settle.", set(), {"hedged"}),
    # knowledge is no hedge; a fear whose holder is said is the holder's
    ("The gunman was known to police.", set(), {"hedged"}),
    ("The union's fears that the plant could close grew.", set(), {"hedged"}),
    ("There are concerns that the plant could close.", {"hedged"}, set()),
    # 7. no_evidence at clause level, however long the negative subject
    (
        "None of the reports from the border town could be independently verified.",
        {"no_evidence"},
        set(),
    ),
    (
        "Neither of the videos posted by the group on Sunday has been authenticated.",
        {"no_evidence"},
        set(),
    ),
    ("None of the claims that were later confirmed surprised him.", set(), {"no_evidence"}),
    ("He is next in line should Smith remain unconfirmed by the Senate.", set(), {"no_evidence"}),
    ("The reports remain unconfirmed.", {"no_evidence"}, set()),
    # 6. denials need something claim-like; a name is no object
    (
        "Smith defended the payments in remarks to Open Access Weekly and denied any wrongdoing.",
        {"disputed"},
        set(),
    ),
    ("Those who break the rules may be denied from boarding.", set(), {"disputed"}),
    # contest needs a claim: criticising deals, a court rejecting a request, "the dispute"
    ("The senator has sharply criticized long-standing trade deals.", set(), {"disputed"}),
    ("The senator has sharply criticized the report.", {"disputed"}, set()),
    ("The two firms settled the dispute in court.", set(), {"disputed"}),
    ("He has denied wrongdoing.", {"disputed"}, set()),
    # 9. unsourced claims: captions, official acts, descriptions, phrases after a source
    ("Visitors gathered for a group photo Image: John Smith.", set(), {"unsourced_claim"}),
    (
        "On Friday, Jan Novak, the Prime Minister of Slovakia, signed a decree banning fireworks.",
        set(),
        {"unsourced_claim"},
    ),
    (
        "Back in 2015, the Chilean congress approved a bill on water rights.",
        set(),
        {"unsourced_claim"},
    ),
    (
        "To map the smoke, the research team established a simple model of the valley.",
        set(),
        {"unsourced_claim"},
    ),
    (
        "Painter Ana Lima told of being forced to quit, after growing up with praise for her art.",
        {"sourced"},
        {"unsourced_claim"},
    ),
    (
        "Director Tom Hale said his staff last saw him on Saturday, after his shift at the depot.",
        {"sourced"},
        {"unsourced_claim"},
    ),
    (
        "A judge ruled that the city could inspect his tax records from last year.",
        set(),
        {"unsourced_claim"},
    ),
    # ages, eras, places and counted sets are no claims
    (
        "Police met the officers Tom Hale and Jim Ross, 40 and 49, at a pub.",
        set(),
        {"unsourced_claim"},
    ),
    (
        "Ibises were kept in Egypt from about 664 b.c.e. to 250 c.e. in temples.",
        set(),
        {"unsourced_claim"},
    ),
    (
        "They lived in a farmhouse located 70 miles (112 km) south of Boston.",
        set(),
        {"unsourced_claim"},
    ),
    ("The other three drugs were tested on mice.", set(), {"unsourced_claim"}),
    # a quotation that opened in the sentence before; a date written with slashes
    ('They are 100 percent wrong," he said.', set(), {"unsourced_claim"}),
    ("They are 100 percent wrong,” said widow Ann Hill.", set(), {"unsourced_claim"}),
    ('Prices rose 5 percent, "a record" for the town.', {"unsourced_claim"}, set()),
    ("Since 9/11 the airport has had extra checks.", set(), {"unsourced_claim"}),
    ("The bombs killed 40 and 49 people in two towns.", {"unsourced_claim"}, set()),
    # still claims
    ("The two countries had previously signed a pact in May.", {"unsourced_claim"}, set()),
    ("Twelve people died in the fire.", {"unsourced_claim"}, set()),
]


#: Hedges inside a named speaker's words and the senses of "suggest" (rule, then control).
SPEAKERS_CASES = [
    # "suggest" is a verb of tentative belief: a named speaker's own claim, sourced only
    ("Mayor Ana Lima suggests that the bridge was built too early.", {"sourced"}, {"hedged"}),
    ("The cracks suggest that the bridge was built too early.", {"hedged"}, set()),
    (
        "Jorge Ruiz, a former minister who is a harsh critic of the mayor and of his party, "
        "suggests that the deal was rushed.",
        {"sourced"},
        {"hedged"},
    ),
    # unnamed people suggesting: vague and hedged; unnamed documents "indicate": vague only
    (
        "Some engineers suggested that the bridge was built too early.",
        {"vague_source", "hedged"},
        set(),
    ),
    ("Reports suggest that the bridge was built too early.", {"vague_source"}, {"hedged"}),
    # suggest = propose (a noun phrase or a gerund as object) hedges nothing
    ("One official suggested a new route for the trams.", {"vague_source"}, {"hedged"}),
    ("One official suggested raising the fares.", {"vague_source"}, {"hedged"}),
    ("One official suggested the fares had risen.", {"vague_source", "hedged"}, set()),
    # a suggestion as someone's reported act; a participle after a thing stays a hedge
    ("The union asked Hill to apologise for suggesting the drivers were drunk.", set(), {"hedged"}),
    ("Evidence suggesting the drivers were drunk was found.", {"hedged"}, set()),
    # the scope of a named verb of saying: its content after a colon, a quote inside it
    ("Mayor Ana Lima added: the supposed savings are a myth.", {"sourced"}, {"hedged"}),
    ("The supposed savings never came.", {"hedged"}, set()),
    (
        "Mayor Ana Lima said the contractor allegedly skipped the tests.",
        {"sourced", "hedged"},
        set(),
    ),
    (
        'Lawyer Ann Cole said the poster "wrongly" suggests that Berlin backs him.',
        {"sourced"},
        {"hedged"},
    ),
    ("Hill says Lima may not have paid any tax.", {"sourced"}, {"hedged"}),
    ("Supply worries grow as prices may rise.", {"hedged"}, set()),
    # "supposed to" of obligation or plan; "so-called" names a term
    ("The square is supposed to be a place for everyone.", set(), {"hedged"}),
    ("The tower is supposed to have stood here in Roman times.", {"hedged"}, set()),
    ("The law ends the so-called carried interest rule.", set(), {"hedged"}),
    # a named aside before the verb names the opening phrase's speaker
    (
        "One of the engineers, Ana Lima, told reporters the bridge may fall.",
        {"sourced"},
        {"hedged"},
    ),
    ("Several engineers, including Ana Lima, said the bridge may fall.", {"vague_source"}, set()),
    # a modal generalising in a free relative, or of ability in a before-clause
    ("The agency will act wherever the attacks may occur.", set(), {"hedged"}),
    ("The van left before the guards could stop it.", set(), {"hedged"}),
    ("The bridge could collapse before anyone notices.", {"hedged"}, set()),
    # an idiom and a role named by attributive "likely"
    ("He might as well have been speaking to an empty room.", set(), {"hedged"}),
    ("The likely Republican nominee spoke in Ohio.", set(), {"hedged"}),
    ("The likely cause was a gas leak.", {"hedged"}, set()),
    # a participle of saying after "despite"/"while" is the main subject's
    (
        "Mayor Ana Lima, despite admitting that the rules could fail, backed the bill.",
        {"sourced"},
        {"hedged"},
    ),
    ("Lima backed the bill, while admitting that the rules could fail.", {"sourced"}, {"hedged"}),
    ("Lima backed the bill, although the rules could fail.", {"hedged"}, set()),
    # "contest(s)" as a race and a contested convention are no dispute
    ("He hopes that competitive contests in the spring will raise turnout.", set(), {"disputed"}),
    ("The party heads toward a contested convention in July.", set(), {"disputed"}),
    ("The opposition will contest the claim in court.", {"disputed"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES + SPEAKERS_CASES)
def test_english_precision(analyzer: Analyzer, text: str, present: set, absent: set) -> None:
    labels = {str(f.category) for f in analyzer.analyze_text(text, "en")}
    assert present <= labels, (text, labels)
    assert not absent & labels, (text, labels)


def test_embedded_speculation_is_explained(analyzer: Analyzer) -> None:
    text = "The launch waits for the next mission, which NASA chief Jane Doe has said may be ready."
    sourced = [f for f in analyzer.analyze_text(text, "en") if str(f.category) == "sourced"]
    assert sourced and "'may'" in str(sourced[0].explanation)


def test_named_suggestion_is_explained_on_its_speaker(analyzer: Analyzer) -> None:
    text = 'Lawyer Ann Cole said the poster "wrongly" suggests that Berlin backs him.'
    sourced = [f for f in analyzer.analyze_text(text, "en") if str(f.category) == "sourced"]
    assert [f.source_text for f in sourced] == ["Lawyer Ann Cole"]
    text = "Mayor Ana Lima suggests that the bridge was built too early."
    (finding,) = analyzer.analyze_text(text, "en")
    assert finding.source_text == "Mayor Ana Lima"
    assert "'suggests'" in str(finding.explanation)
