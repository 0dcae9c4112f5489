"""What a verb of saying reports, and in which sense: its content and a suggestion's.

Split from ``senses`` (which decides whether a hedge or denial cue is epistemic) so each
module keeps one job: where an attribution's reported content lies ("X said that ..." after,
"..., X said" before), whether a German clause is reported speech in Konjunktiv I, and
whether "suggest" proposes or reports an act ("suggested a new route", "apologize for
suggesting") rather than voicing a belief.
"""

from __future__ import annotations

from factcheck_app.analysis import messages
from factcheck_app.analysis.findings import Attribution
from factcheck_app.analysis.lexicon import Entry
from factcheck_app.analysis.senses import CLAUSE_END, CONTENT_OPENERS
from factcheck_app.analysis.speech_shapes import TIME_WORDS
from factcheck_app.analysis.view import DocView
from factcheck_app.models import Category


def reports_content(v: DocView, s0: int, s1: int, cue: tuple[int, int], role: str) -> str | None:
    """Where an attribution's reported content lies: "after", "before", "both" or None.

    "X said that ...", "laut X ...": after; "..., X said": before. A verb with no content
    next to it ("clips from other TV shows and movies") reports nothing.
    """
    t = v.toks
    start, end = cue
    if role in ("source_intro", "source_outro"):
        return "after" if start == s0 or t[start - 1].text != "," else "before"
    if start > s0 and t[start - 1].text == "," and end < s1 and t[end].text == ",":
        return "both"  # "All of them, she said, may be poor": an aside inside the content
    if start > s0 and t[start - 1].text in CONTENT_OPENERS:
        for k in range(end, min(s1 - 1, end + 6)):  # over "told CNN on Wednesday"
            if t[k].text in (",", ":") and t[k + 1].text in _QUOTE_OPENERS:
                return "both"  # '"If you look," Scott said, "I could have ...': the quote goes on
            if t[k].is_punct:
                break
        if (
            t[start - 1].text == ","
            and end < s1
            and (
                t[end].lower_ in _CONTENT_SUBJECTS
                or t[end].lower_ == "that"
                # "In fact, Ted Cruz thinks Rubio's status ... is so weak": a name opens
                # the content clause (not a time: "..., Hill said Tuesday in Ohio")
                or (t[end].cap and t[end].lower_ not in TIME_WORDS and s1 - end >= 4)
            )
        ):
            return "both"  # "During an interview, Trump said he ...": an opening phrase
        return "before"
    if end < s1 and (t[end].lower_ in CONTENT_OPENERS or t[end].is_lower or t[end].cap):
        return "after"
    return None


#: Quotation marks that open a quote.
_QUOTE_OPENERS = frozenset({'"', "“", "„", "»", "«", "‘", "''"})
#: Subjects that start the reported clause right after a verb of saying ("said he won").
_CONTENT_SUBJECTS = frozenset(
    {"he", "she", "it", "they", "we", "i", "the", "a", "an", "there", "his", "her", "their"}
)


#: Subordinators after which a Konjunktiv I is not reported speech of its own
#: ("dass es nicht ermöglicht werden dürfe", "als sei nichts geschehen").
_SUBORDINATE = frozenset(
    {"dass", "ob", "als", "wenn", "falls", "damit", "sodass", "weil", "obwohl", "wie", "da"}
)
#: Fixed phrases with a Konjunktiv form that report nothing.
_KONJ_IDIOMS = frozenset({"denn", "dahingestellt", "dank", "es", "gesagt"})
#: First-person subjects: "ich habe", "ich werde" are indicative.
_FIRST_PERSON = frozenset({"ich", "wir"})


def reported_speech(v: DocView, s0: int, s1: int, start: int) -> bool:
    """A Konjunktiv I form in a main clause: someone's words, not the writer's
    ("Die Lage sei ernst"); not after "dass"/"ob"/"als", not "sei es", "es sei denn"."""
    t = v.toks
    # "sei es X oder Y" opens its clause (concessive); "Nun sei es ihr eine Ehre" has the
    # verb second after an adverb and reports someone's words
    if (
        start + 1 < s1
        and t[start + 1].lower_ in _KONJ_IDIOMS
        and (t[start + 1].lower_ != "es" or start == s0 or t[start - 1].is_punct)
    ):
        return False
    if start > s0 and t[start - 1].lower_ == "gott" and t[start].lower_ == "sei":
        return False
    if start == s0 + 1 and t[s0].lower_ in _SUBORDINATE:
        return True  # "Damit sei ...", "Da sei ...": an adverb, the verb comes second
    for i in range(max(s0, start - 3), min(s1, start + 2)):
        if t[i].lower_ in _FIRST_PERSON:
            return False
    if t[start].lower_.endswith("e"):
        # "was ich von ihm dazu gehört habe": "habe" with "ich" anywhere in its clause is
        # the indicative of the first person
        for i in range(start - 1, s0 - 1, -1):
            if t[i].is_punct:
                break
            if t[i].lower_ == "ich":
                return False
    if start - 1 > s0 and t[start - 1].text == "," and t[s0].lower_ in _SUBORDINATE:
        # "Da die Stadt säumig sei, habe das Zentrum ...": the verb right after a fronted
        # subordinate clause is the main clause's (German verb-second)
        return not any(t[i].lower_ in _SUBORDINATE for i in range(s0 + 1, start))
    return not any(t[i].lower_ in _SUBORDINATE for i in range(s0, start))


#: Prepositions before a gerund of suggesting: "apologize for suggesting", "after hinting":
#: the act of someone named in the clause, reported; the writer hedges nothing.
_ACT_PREPS = frozenset(
    {"for", "after", "by", "about", "over", "of", "from", "against", "in", "without", "despite"}
)
#: Signs of a finite clause after "suggested" ("suggested the deal had failed"): its object
#: is a claim, not a proposal.
_FINITE = frozenset(
    {
        "may",
        "might",
        "could",
        "would",
        "will",
        "can",
        "should",
        "must",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "does",
        "did",
        "do",
        "n't",
        "not",
    }
)
#: Words of a noun phrase's front that end like verbs ("a few questions", "a revised plan").
_NP_FRONT = frozenset(
    {"few", "more", "less", "many", "several", "other", "new", "different", "number", "series"}
)


def suggestion_act(v: DocView, s0: int, s1: int, start: int, end: int, speaker: bool) -> bool:
    """A verb of suggesting that is no hedge of the writer's: the reported act of a
    person ("apologize for suggesting ..."), or a proposal ("he suggested a more aggressive
    way", "suggested raising taxes": an object, not a claim) when the verb has a speaker.
    "The data suggest a link" (no speaker) and "suggested the deal failed" (a clause) stay
    tentative claims."""
    t = v.toks
    low = t[start].lower_
    if low.startswith("suggestion") or end - start != 1:
        return False
    if low.endswith("ing") and start > s0 and t[start - 1].lower_ in _ACT_PREPS:
        return True
    if end < s1 and _mandative(v, s1, end):
        return True  # "the agency suggested that the program end": a proposal
    if not speaker or end >= s1:
        return False
    nxt = t[end]
    if nxt.is_lower and nxt.lower_.endswith("ing") and nxt.lower_ not in ("nothing", "something"):
        return True  # "suggested raising the tax": a proposal
    if nxt.lower_ not in _NP_OPENERS:
        return False
    for k in range(end + 1, min(s1, end + 9)):
        word = t[k]
        if word.text in CLAUSE_END or word.lower_ in ("that", "which", "who", ".", "?"):
            break
        if word.lower_ in _FINITE:
            return False  # "suggested the elephant may have tried": a claim
        if (
            k > end + 1
            and word.is_lower
            and word.lower_.endswith(("ed", "s"))
            and not word.lower_.endswith(("ss", "ous", "us", "is"))
            and t[k - 1].lower_ not in _NP_FRONT
            and t[k - 1].lower_ not in _NP_OPENERS
        ):
            return False  # "suggested the deal failed", "suggests the city backs him"
    return True


#: Determiners of a singular subject before a mandative verb ("that the program end").
_SINGULAR_OPENERS = frozenset({"the", "a", "an", "this", "its", "his", "her", "their", "our"})
#: Words after a bare verb that close its clause ("that the program end because ...").
_AFTER_VERB = frozenset(
    {"because", "since", "so", "until", "unless", "if", "before", "after", "when", "and",
     "or", "by", "in", "on", "at", "for", "with", "immediately", "now", "soon", "."}
)  # fmt: skip
#: Past tenses without "-ed" that look like a bare verb after a singular subject.
_BARE_PAST = frozenset(
    {"spread", "put", "cut", "hit", "set", "let", "cost", "hurt", "shut", "quit", "read",
     "beat", "bet", "split", "burst", "cast", "lost", "won", "knew", "took", "made", "gave",
     "saw", "went", "came", "found", "left", "told", "said", "thought", "got", "ran", "fell",
     "broke", "wrote", "began", "became", "held", "kept", "paid", "sent", "spent", "sold",
     "stood", "brought", "bought", "caught", "taught", "fought", "felt", "meant", "met", "led",
     "grew", "drew", "flew", "threw", "rose", "drove", "chose", "froze", "spoke", "stole",
     "woke", "wore", "tore", "swore", "bore", "hid", "bit", "lit", "fed", "fled", "bled",
     "sat", "shot", "slid", "struck", "stuck", "swung", "hung", "sang", "rang", "sank",
     "shrank", "drank", "dealt", "built", "lent", "bent", "heard", "sought", "wound",
     "understood", "withdrew", "overtook", "forgot", "forgave", "ate", "did", "had", "was",
     "were", "is", "are", "has"}
)  # fmt: skip


def _mandative(v: DocView, s1: int, end: int) -> bool:
    """ "suggested that he should resign", "that she be removed", "that the program end":
    a should-clause or a subjunctive (a bare verb after a singular subject) proposes what
    should happen; it claims nothing to hedge."""
    t = v.toks
    k = end + 1 if t[end].lower_ == "that" else end
    for i in range(k, min(s1, k + 10)):
        word = t[i]
        low = word.lower_
        if word.text in CLAUSE_END or low in _FINITE - {"should"}:
            return False
        if low == "should":
            return True
        if low == "be" and i > k and t[i - 1].lower_ not in ("to", "not", "n't"):
            return True  # "that she be removed": no modal before "be"
        if (
            i > k + 1
            and t[k].lower_ in _SINGULAR_OPENERS
            and word.is_lower
            and word.is_alpha
            and not low.endswith(("s", "ed", "ing", "ly"))
            and low not in _BARE_PAST
            and t[i - 1].is_lower
            and t[i - 1].is_alpha
            and not t[i - 1].lower_.endswith("s")
            and i + 1 < s1
            and (t[i + 1].lower_ in _AFTER_VERB or t[i + 1].text in CLAUSE_END)
        ):
            return True
        if i > k and (
            low in _SUBJECT_ENDS
            or low in _SINGULAR_OPENERS
            or low in _BARE_PAST
            or (word.is_lower and low.endswith(("ed", "s")))
        ):
            return False  # past the subject: "that the city lost money", "a link between"
    return False


#: Words that end a subject phrase before its verb could come.
_SUBJECT_ENDS = frozenset(
    {"of", "in", "on", "at", "for", "with", "from", "to", "by", "between", "about", "over",
     "under", "into", "than", "among", "a", "an"}
)  # fmt: skip


#: Openers of a noun phrase object: "suggested a new route", "suggested such a list".
_NP_OPENERS = frozenset(
    {"a", "an", "the", "some", "several", "more", "further", "new", "other", "ways", "changes"}
)


#: Punctuation that ends an embedded attribution's clause.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})


def in_reported_content(v: DocView, cue: tuple[int, int], side: str, start: int, end: int) -> bool:
    """Does the hedge ``start:end`` lie in the words an attribution reports?"""
    if side == "both":
        return True
    if side == "before":
        return end <= cue[0]
    if start < cue[1]:
        return False
    return side == "after" or not any(
        v.toks[k].text in _CLAUSE_BREAKS for k in range(cue[1], start)
    )


def named_speakers(
    v: DocView, s0: int, s1: int, attributions: list[Attribution]
) -> list[tuple[Attribution, str]]:
    """The sentence's named speakers and where their reported words lie
    (``speech_senses.reports_content``): the one scope both a hedge and an unnamed
    source inside someone's words are judged by."""
    speakers: list[tuple[Attribution, str]] = []
    for a in attributions:
        aside = (  # "and as Comey noted, people ... could": the aside speaks for the clause
            a.cue[0] > s0
            and v.toks[a.cue[0] - 1].lower_ == "as"
            and a.cue[1] < s1
            and v.toks[a.cue[1]].text == ","
        )
        if a.category is Category.SOURCED and a.source is not None and (aside or not a.embedded):
            side = reports_content(v, s0, s1, a.cue, a.entry.role)
            if side is not None:
                speakers.append((a, side))
        elif (
            a.category is Category.SOURCED
            and a.source is not None
            and reports_content(v, s0, s1, a.cue, a.entry.role) == "after"
        ):
            # "..., which NASA's chief has said may be ready": an embedded speaker's
            # words run from the verb to the end of its clause
            speakers.append((a, "clause"))
    return speakers


def relayed_sources(
    v: DocView,
    speakers: list[tuple[Attribution, str]],
    attributions: list[Attribution],
    plain: list[tuple[int, int, Entry]],
) -> tuple[list[Attribution], list[tuple[int, int, Entry]]]:
    """Drop the unnamed sources inside a named speaker's reported words.

    "McAuliffe has said about 20 people have indicated an interest", "he told the leaders
    that few people understood the stakes": the writer names who says so, and a checker
    asks that speaker; the unnamed group is the speaker's way of putting it (as in a
    quotation, ``speech_shapes.quoted_speakers_words``). The speaker's attribution stays
    ``sourced`` and its explanation names the group relayed. An unnamed source in an
    unnamed speaker's words is no named speaker's: it stays vague.
    """
    if not speakers:
        return attributions, plain

    def owner(start: int, end: int) -> Attribution | None:
        for a, side in speakers:
            if start < a.cue[1] and a.cue[0] < end:
                continue  # the speaker's own words of saying, not their content
            if _relays(v, a, side, start, end):
                return a
        return None

    relayed: dict[int, tuple[Attribution, list[tuple[int, int, str]]]] = {}

    def relay(start: int, end: int, words: str) -> bool:
        speaker = owner(start, end)
        if speaker is None:
            return False
        spans = relayed.setdefault(id(speaker), (speaker, []))[1]
        if not any(s < end and start < e for s, e, _w in spans):  # "many experts believe"
            spans.append((start, end, words))
        return True

    kept: list[Attribution] = []
    for att in attributions:
        if att.category is Category.VAGUE_SOURCE:
            src = att.source
            start = min(att.cue[0], src.start) if src else att.cue[0]
            if relay(start, att.cue[1], src.text if src else v.text(*att.cue)):
                continue
        kept.append(att)
    rest = [
        cue
        for cue in plain
        if not (
            cue[2].category is Category.VAGUE_SOURCE and relay(cue[0], cue[1], v.text(*cue[:2]))
        )
    ]
    for speaker, spans in relayed.values():
        shown = ", ".join(dict.fromkeys(f"'{w}'" for _s, _e, w in spans))
        speaker.explanation = speaker.explanation.then(messages.RELAYED, words=shown)
    return kept, rest


def own_judgements(
    v: DocView, speakers: list[tuple[Attribution, str]], attributions: list[Attribution]
) -> list[Attribution]:
    """Drop an agentless passive of judging or believing in a named speaker's words.

    'The RCMP said "this has been considered a public health emergency"': the judgement is
    the speaker's own, as their speculation is ("prices might rise, the minister said"):
    ``sourced`` only, the words explained on the speaker. Hearsay passives ("is alleged",
    ``reportative``) stay ``hedged``; so does the writer's own "is considered".
    """
    kept: list[Attribution] = []
    own: dict[int, tuple[Attribution, list[str]]] = {}
    for att in attributions:
        speaker = (
            next(
                (
                    a
                    for a, side in speakers
                    if not (att.cue[0] < a.cue[1] and a.cue[0] < att.cue[1])
                    and in_reported_content(v, a.cue, side, *att.cue)
                    and not _before_quotation(v, att.cue[1], a)
                ),
                None,
            )
            if att.category is Category.HEDGED
            and att.source is None
            and att.entry.role == "passive"
            and not att.entry.reportative
            else None
        )
        if speaker is None:
            kept.append(att)
        else:
            own.setdefault(id(speaker), (speaker, []))[1].append(v.text(*att.cue))
    for speaker, words in own.values():
        shown = ", ".join(dict.fromkeys(f"'{w}'" for w in words))
        speaker.explanation = speaker.explanation.then_words(messages.SPECULATION, shown)
    return kept


#: Quotation marks (straight and curly, opening and closing).
_QUOTE_MARKS = _QUOTE_OPENERS | {"”", "’", "«", "»"}


def _before_quotation(v: DocView, end: int, a: Attribution) -> bool:
    """'In response to it being considered "a major blow," Eze noted': the words before
    the quotation that closes right before the speaker are the writer's, not the quote."""
    first = min(a.cue[0], a.source.start) if a.source is not None else a.cue[0]
    t = v.toks
    if end > first or not any(t[k].text in _QUOTE_MARKS for k in range(first - 2, first)):
        return False
    return sum(t[k].text in _QUOTE_MARKS for k in range(end, first)) >= 2


#: Prepositions after a verb of saying: what follows is an adjunct until a "that".
_PREPOSITIONS = frozenset(
    {"after", "before", "about", "of", "on", "in", "at", "with", "to", "for", "from", "during",
     "over", "since", "by", "amid", "despite", "following"}
)  # fmt: skip
#: Speakers whose reported words hold the unnamed sources they cite: a name, an office,
#: a document, a pronoun standing for one (as for their quotations).
_RELAYING_KINDS = frozenset({"person", "office_holder", "org", "document", "office", "pronoun"})


def _relays(v: DocView, a: Attribution, side: str, start: int, end: int) -> bool:
    """Is the unnamed source ``start:end`` in the same clause of ``a``'s reported words?

    The scope is :func:`in_reported_content`'s, narrowed to the verb's own clause: an
    unnamed subject after a comma, a dash or a semicolon ("Obama emphasized that ..., and
    human rights groups warned", "- a point that intelligence officials have disputed")
    is the writer's next attribution, not the speaker's words.
    """
    src = a.source
    if src is None or src.kind not in _RELAYING_KINDS:
        return False
    if side == "after" and src.start >= a.cue[1] - 1 and src.kind == "pronoun":
        return False  # "..., said he had less magnetism": the content's subject, no speaker
    if not in_reported_content(v, a.cue, side, start, end):
        return False
    t = v.toks
    if side == "before":
        gap = range(end, a.cue[0] - 1)  # "Few people understand it, Obama said"
    elif start < a.cue[0]:
        return False  # "According to investigators, Zhukovskyy said": an opening phrase
    else:  # "Mr. Obama said, a majority of Americans": the words after the verb
        first = a.cue[1] + 1 if t[a.cue[1]].text in CONTENT_OPENERS else a.cue[1]
        gap = range(first, start)
        nxt = a.cue[1]
        if (
            t[nxt].lower_ in _PREPOSITIONS
            and not t[nxt + 1].like_num  # "said about 20 people": a figure, not a topic
            and not any(t[k].lower_ == "that" for k in gap)
        ):
            return False  # "He spoke after a new survey showing": no content, a time
    return not any(
        t[k].text in _CLAUSE_BREAKS
        or (t[k].text == "-" and v.space[k])  # a dash, not "well-connected"
        # "what Trump says his plan would do and how experts say": a clause of its own
        or (t[k].lower_ in _COORDINATORS and (k + 1 >= start or t[k + 1].lower_ in _WH))
        for k in gap
    )


_COORDINATORS = frozenset({"and", "or", "but", "while", "whereas"})
_WH = frozenset({"how", "what", "why", "whether", "when", "where", "who", "which"})


#: Verbs of telling that give an order with an object and "to" ("told her to leave").
#: Not "warn" or "urge": "warned the Fed not to act" voices a stance (PolNeAR counts it).
_DIRECTING = frozenset({"tell", "tells", "told", "telling"})
#: Words that cannot stand in the addressee of an order ("told of being forced to").
_NOT_OBJECT = frozenset({"of", "about", "that", "how", "what", "why", "when", "where"})
#: Words after "to" that open a noun phrase, not an infinitive ("told the story to the court").
_NOT_INFINITIVE = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "me",
     "him", "them", "us", "you", "it", "be"}
)  # fmt: skip


def directs(v: DocView, end: int, s1: int, verb: str) -> bool:
    """ "Campus security told her to leave", "told residents not to drink the water": an
    order with an object and an infinitive, no statement of a claim (nothing to check).
    The object is at most five words with no punctuation; the word after "to" must read
    as a verb ("to the court", "to reporters" do not; "to discuss" does)."""
    if verb not in _DIRECTING:
        return False
    t = v.toks
    for k in range(end, min(end + 6, s1 - 1)):
        if k > end and not t[k - 1].is_alpha:
            return False  # "told reporters, to their surprise, that"
        if t[k].lower_ in _NOT_OBJECT or t[k].lower_.endswith(("ing", "ed")):
            return False  # "told of being forced to re-evaluate": no object, no order
        if t[k].lower_ == "to":
            after = t[k + 1]
            low = after.lower_
            return (
                after.is_lower
                and after.is_alpha
                and low not in _NOT_INFINITIVE
                and (not low.endswith("s") or low.endswith("ss"))
            )
    return False
