"""Token shapes that tell an English attribution from words that only look like one.

Why a module of its own: ``attribution`` decides who says so; these are the pure shape
tests it asks first, each a general rule of English syntax rather than a word list fitted
to sentences (issue 11, families 1-3):

- a quotation of a named speaker holds *their* words, also their unnamed "people say";
- a cue word after a determiner and a modifier that cannot be its subject is a noun ("a
  nuclear state", "its most awkward state", "a creative writing professor", "many
  Republican claims"): a subject must be able to say something and agree with the verb;
- a lone "one" before a verb is the generic pronoun ("One would have hoped"), not a person;
- a name after a locative preposition is where the speakers are ("voters in Alabama,
  Georgia and Virginia said"), not who speaks.
"""

from __future__ import annotations

from factcheck_app.analysis.agent_nouns import people_noun, person_noun
from factcheck_app.analysis.claim_shapes import quoted
from factcheck_app.analysis.findings import Attribution
from factcheck_app.analysis.lexicon import Entry
from factcheck_app.analysis.source_judge import SourceJudge
from factcheck_app.analysis.source_names import IRREGULAR_PAST
from factcheck_app.analysis.view import DocView
from factcheck_app.models import Category

#: Sources whose quoted words stay theirs: a name, an office, a resolved or unresolved pronoun.
_QUOTING_KINDS = frozenset({"person", "office_holder", "org", "document", "office", "pronoun"})


def quoted_speakers_words(
    v: DocView,
    s0: int,
    s1: int,
    attributions: list[Attribution],
    plain: list[tuple[int, int, Entry]],
) -> tuple[list[Attribution], list[tuple[int, int, Entry]]]:
    """Drop the vague sources inside a quotation of a named speaker.

    '"People say it doesn't matter," said Charlie King': the checkable words are King's;
    the unnamed "people" are his way of putting it, not the writer's hearsay (words in
    quotation marks are someone's, not the writer's: docs/DESIGN.md). The speaker's own
    attribution, outside the quotation, stays.
    """
    if not any(a.category is Category.VAGUE_SOURCE for a in attributions) and not any(
        c[2].category is Category.VAGUE_SOURCE for c in plain
    ):
        return attributions, plain
    inside = _quoted(v, s0, s1) | _fronted_words(v, s0, s1, attributions)
    if not inside:
        return attributions, plain
    speaker = any(
        a.category is Category.SOURCED
        and a.source is not None
        and a.source.kind in _QUOTING_KINDS
        and a.cue[0] not in inside
        and a.source.start not in inside
        for a in attributions
    )
    if not speaker:
        return attributions, plain
    kept = [
        a
        for a in attributions
        if not (
            a.category is Category.VAGUE_SOURCE
            and a.cue[0] in inside
            and (a.source is None or a.source.start in inside)
        )
    ]
    rest = [c for c in plain if not (c[2].category is Category.VAGUE_SOURCE and c[0] in inside)]
    return kept, rest


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
_CLOSING = frozenset({"”"})
_OPENING = frozenset({"“", "„", "‘"})
#: Cue words that are as often nouns as verbs of saying ("a nuclear state", "the claims").
_NOUN_CAPABLE = frozenset(
    {
        "state",
        "states",
        "claim",
        "claims",
        "report",
        "reports",
        "estimate",
        "estimates",
        "forecast",
        "forecasts",
        "writing",
        "warning",
        "warnings",
        "note",
        "notes",
        "promise",
        "promises",
        "reporting",
        "fear",
        "fears",
        "hope",
        "hopes",
        "doubt",
        "doubts",
        "worry",
        "worries",
        "tweet",
        "tweets",
        "record",
        "framing",
    }
)
#: Quantifiers that ask for a plural noun ("many officials say", not "many Republican").
_PLURAL_QUANTIFIERS = frozenset(
    {"many", "several", "few", "both", "these", "those", "various", "numerous", "multiple"}
)
#: Endings of nouns for people ("a Trump supporter", "a senior diplomat", "an associate").
_PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants",
                   "ent", "ents", "ee", "ees", "ate", "ates", "crat", "crats",
                   "man", "men", "woman", "women", "person", "people", "ople")  # fmt: skip
#: Determiners of a singular noun: the bare verb form cannot follow their phrase.
_SINGULAR_DETERMINERS = frozenset(
    {"a", "an", "one", "another", "each", "every", "its", "his", "her", "this", "that"}
)
_GENERIC_MODALS = frozenset(
    {"would", "could", "should", "might", "must", "can", "may", "will", "has", "had", "'d"}
)
#: Prepositions of place: the name after them says where the speakers are.
_LOCATIVE = frozenset(
    {"in", "at", "across", "around", "throughout", "inside", "outside", "within", "among",
     "on", "near"}
)  # fmt: skip


def _fronted_words(v: DocView, s0: int, s1: int, attributions: list[Attribution]) -> set[int]:
    """The reported words before a closing attribution of a named speaker, as if quoted:
    "Mir ist egal, wie jemand das sagt, meinte sie", "Some say prices will rise, the
    minister said". The words before the comma are the speaker's, their "jemand" too."""
    t = v.toks
    for a in attributions:
        start, end = a.cue
        if (
            a.category is Category.SOURCED
            and a.source is not None
            and a.source.kind in _QUOTING_KINDS
            and start - 1 > s0
            and t[start - 1].text == ","
            and a.source.start >= start  # the speaker after the words, not before an aside
            and s1 - end <= 4  # it closes the sentence ("meinte sie weiters.")
            and not any(t[k].text in (",", ";", ":") for k in range(end, s1))
        ):
            return set(range(s0, start - 1))
    return set()


def _quoted(v: DocView, s0: int, s1: int) -> set[int]:
    """Tokens inside quotation marks, including the end of a quotation that began in an
    earlier sentence ('Trump is wrong," Sanders said': the first mark closes)."""
    t = v.toks
    for k in range(s0, s1):
        text = t[k].text
        if text in _CLOSING or (
            text == '"' and k > s0 and t[k - 1].text in (",", ".", "?", "!") and not v.space[k - 1]
        ):
            return set(range(s0, k + 1)) | quoted(t, k + 1, s1)
        if text in _OPENING or text == '"':
            break
    return quoted(t, s0, s1)


def cue_is_noun(judge: SourceJudge, v: DocView, span: tuple[int, int], cue: int) -> bool:
    """Is the cue word the head of the noun phrase before it, not a verb with a subject?

    A subject agrees with its verb: "a nuclear state", "its most awkward state" (a
    singular determiner before the bare form), "many Republican claims" (a plural
    quantifier before a singular word and an -s form) make the cue word the phrase's noun;
    "a creative writing professor": an -ing word right after a modifier that names nobody
    who could speak is part of the phrase, not a participle of saying.
    """
    t = v.toks
    start, end = span
    if end != cue or end - start < 2 or t[cue].lower_ not in _NOUN_CAPABLE:
        return False
    first = t[start].lower_
    if start > 0 and t[start - 1].lower_ in _SINGULAR_DETERMINERS:
        first = t[start - 1].lower_  # "its most awkward state"
    last = t[end - 1]
    low = last.lower_
    if not last.is_alpha:
        return False
    plural = low.endswith("s") and not low.endswith(("ss", "ous", "us", "is"))
    word = t[cue].lower_
    if word.endswith("ing"):
        return first in judge.determiner and last.is_lower and not _speaker_word(judge, low)
    if word.endswith("s"):
        # "many Republican claims"; a superlative: "the most expensive states"
        superlative = first in ("most", "least") and start > 0 and t[start - 1].lower_ == "the"
        return (first in _PLURAL_QUANTIFIERS or superlative) and not plural
    return first in _SINGULAR_DETERMINERS and not plural  # "a nuclear state"


#: Nouns in -s that are singular ("the news shows", "a series shows").
_SINGULAR_IN_S = frozenset(
    {"news", "series", "species", "politics", "economics", "physics", "means", "headquarters"}
)


def number_disagrees(v: DocView, span: tuple[int, int], cue: int) -> bool:
    """A plural common noun before a verb in -s is not its subject: "so many analysts
    shows", "over the past two weeks shows", "by a group of researchers shows" end a
    phrase inside the real subject ("The top-line number that caught the eyes of ...")."""
    t = v.toks
    if span[1] != cue or cue >= len(t):
        return False
    last, verb = t[span[1] - 1], t[cue].lower_
    low = last.lower_
    return (
        last.is_lower
        and last.is_alpha
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s"))
        and low not in _SINGULAR_IN_S
        and low not in _NOUN_CAPABLE  # "the eyewitness reports indicates": judged as before
        and verb.endswith("s")
        and not verb.endswith("ss")
        and t[cue].is_lower
    )


#: Short function words a title-case headline leaves in lower case.
_HEADLINE_LOWER = frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
     "as", "from", "vs", "via", "is", "be"}
)  # fmt: skip


def headline_verb(v: DocView, s0: int, s1: int, i: int) -> bool:
    """A capitalised verb of saying in a title-case headline ("Trump Could Address Clean
    Energy, Lindsey Graham Says"): every longer word is capitalised there, so the capital
    says nothing about a name. A word as often a noun ("The United States") stays one."""
    t = v.toks
    if t[i].lower_ in _NOUN_CAPABLE:
        return False
    words = [t[k] for k in range(s0, s1) if t[k].is_alpha]
    if len(words) < 4:
        return False
    return all(w.cap or w.lower_ in _HEADLINE_LOWER for w in words) and any(
        w.cap and len(w.text) > 3 and w.lower_ not in _HEADLINE_LOWER for w in words[1:]
    )


def _speaker_word(judge: SourceJudge, low: str) -> bool:
    """A word that can head a phrase for someone who speaks ("aides", "a diplomat")."""
    return (
        low in judge.anon
        or low in judge.title
        or low in judge.office
        or low in judge.document
        or low in judge.org_suffix
        or low.endswith(_PERSON_ENDINGS)
        or (low.endswith("s") and not low.endswith(("ss", "ous", "us", "is")))
    )


#: Prepositions whose object a cue word after them is ("one of fear", "in doubt").
_NOUN_PREPS = frozenset(
    {"of", "in", "with", "for", "from", "about", "without", "on", "by", "into", "over",
     "under", "against", "between", "among", "amid", "despite"}
)  # fmt: skip


def noun_after_preposition(v: DocView, s0: int, cue: int) -> bool:
    """A cue word right after a preposition is its noun object ("one of fear", "a sense
    of doubt", "in fear"), not a finite verb; a gerund there is a participle of the
    clause's subject ("responded by saying") and stays."""
    t = v.toks
    return (
        cue > s0
        and t[cue - 1].is_lower
        and t[cue - 1].lower_ in _NOUN_PREPS
        and not t[cue].lower_.endswith("ing")
    )


def generic_one(v: DocView, span: tuple[int, int], s1: int) -> bool:
    """ "One would have hoped", "One can argue": the generic pronoun, nobody in particular
    (an inverted "said one official" has its noun)."""
    t = v.toks
    start, end = span
    return (
        end - start == 1
        and t[start].lower_ == "one"
        and (end >= s1 or t[end].lower_ in _GENERIC_MODALS or not t[end].is_alpha)
    )


def locative_modifier(
    judge: SourceJudge, v: DocView, subject: tuple[int, int], named_start: int
) -> bool:
    """ "Most Republican voters in Alabama, Georgia and Virginia said": the name found next
    to the verb follows a place preposition (or a participle: "Analysts polled by Reuters")
    after the unnamed subject's head; "a columnist
    for the site Pando said", "Strategists for Barack Obama all agree": unidentified
    people who work for a named one (an organisation's spokesperson is its voice instead:
    ``SourceJudge``)."""
    t = v.toks
    start, end = subject
    if not end < named_start:
        return False
    link = t[end].lower_
    if link in _LOCATIVE:
        return True
    head = t[end - 1].lower_
    if (
        t[end].is_lower
        and link.endswith("ed")
        and head not in judge.document  # "research conducted by the Center found": its own
        and (people_noun(judge.anon, head) or person_noun(head))
    ):
        return True  # "Analysts polled by Reuters expect": the name is the participle's agent
    if link in _RECEIVED and head in judge.document:
        return True  # "Documents obtained by the AP show": the AP holds them, nobody named wrote
    plural_people = (
        t[start].lower_ not in ("the", "these", "those")
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is"))
        and _speaker_word(judge, head)
        and head not in judge.document
    )
    return (
        link in ("for", "at", "with", "of", "to")
        and (t[start].lower_ in ("a", "an", "one", "another") or plural_people)
        and head not in _SPOKES
    )


#: Participles whose agent only holds or read a document, not wrote it ("Documents obtained
#: by the AP", "emails reviewed by the Post"; unlike "a report released by the GAO").
_RECEIVED = frozenset({"obtained", "reviewed", "seen", "viewed", "examined", "leaked"})


#: Past participles of believing/saying that stay passive before "to" ("believed to").
_RAISING = frozenset(
    {
        "believed",
        "thought",
        "said",
        "reported",
        "alleged",
        "expected",
        "known",
        "claimed",
        "understood",
        "rumored",
        "rumoured",
        "estimated",
        "suspected",
        "feared",
        "considered",
    }
)


def participle_to(v: DocView, start: int, end: int, s1: int) -> bool:
    """ "people believed to have been involved": a reduced passive, nobody speaks."""
    t = v.toks
    return end < s1 and t[end].lower_ == "to" and t[start].lower_ in _RAISING


#: Verbs of wanting: with a plain object ("erwarten eine Lösung") they state nothing.
WANTING = frozenset(
    {
        "erwarten",
        "erwartet",
        "erwarteten",
        "fordern",
        "fordert",
        "forderten",
        "wünschen",
        "wollen",
        "want",
        "wants",
        "demand",
        "demanded",
    }
)
#: Verbs of feeling or intending: before "to" + verb they state no belief ("fear to go").
INTENDING = frozenset(
    {
        "fear",
        "fears",
        "feared",
        "hope",
        "hopes",
        "hoped",
        "expect",
        "expects",
        "want",
        "wants",
        "wanted",
        "intend",
        "intends",
        "intended",
        "plan",
        "plans",
        "planned",
        "decide",
        "decided",
        "refuse",
        "refused",
        "agree",
        "agreed",
        "hesitate",
        "hesitated",
    }
)


#: Finite auxiliaries: the verb phrase of a main clause starts at them ("has said").
_FINITE_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "did", "will", "would"})
#: Irregular past forms of the main verbs a participle of believing follows ("police began
#: searching ..., believing there may be more").
_PAST = frozenset(
    {"began", "ran", "led", "sent", "brought", "sought", "fought", "won", "lost", "met",
     "left", "stood", "heard", "paid", "built", "chose", "drew", "fell", "grew", "rose",
     "spent", "struck", "threw", "got", "read", "wore", "sat", "spoke", "broke", "caught"}
)  # fmt: skip
#: Words after which an -ed word is an adjective or participle, not the main verb (also
#: the second half of a hyphenated compound: "a full-fledged force").
_NOT_BEFORE_VERB = frozenset({"the", "a", "an", "to", "of", "by", "and", "or", "who", "that", "-"})


#: Words between a comma and a participle of saying whose subject is the main clause's
#: ("..., while admitting that", "X, despite conceding that ..., said").
PARTICIPLE_LINKS = frozenset({"while", "despite", "after", "before", "by", "when", "though"})


def participial_main_verb(v: DocView, s0: int, cue: int) -> int | None:
    """ "A campaign official later walked back the comments, saying that ...": the
    participle's speaker is the subject of the main clause before the comma. Returns the
    main verb nearest before the comma (a past form or a finite auxiliary), else None."""
    t = v.toks
    word = t[cue].lower_
    if not word.endswith("ing") or cue - 1 <= s0:
        return None
    comma = cue - 1
    if t[comma].lower_ in PARTICIPLE_LINKS and comma - 1 > s0:
        comma -= 1  # "..., while admitting that": the same subject admits
    if t[comma].text != ",":
        return None
    for k in range(comma - 1, s0, -1):
        token = t[k]
        low = token.lower_
        if token.text in ('"', "“", "”", ";", ":", "(", ")") or low in ("who", "which"):
            return None  # a quotation or a relative clause: not one main clause
        if not (token.is_lower and token.is_alpha) or t[k - 1].lower_ in _NOT_BEFORE_VERB:
            continue
        if low in _FINITE_AUX or low in IRREGULAR_PAST or low in _PAST or low.endswith("ed"):
            while k - 1 > s0 and t[k - 1].lower_ in _FINITE_AUX:
                k -= 1  # "had long argued": the subject stands before the auxiliary
            return k
    return None


#: Words after which an -ed word is no finite verb ("the embattled", "to be named");
#: a relative pronoun's verb is one (it is set aside by its pronoun instead).
_NOT_BEFORE_FINITE = _NOT_BEFORE_VERB - {"who", "that"}
#: Conjunctions that join two verbs sharing one subject ("spotted the smoke and reported").
_VERB_CONJUNCTIONS = frozenset({"and", "but", "or"})
#: Adverbs between such a conjunction and the second verb ("and then told", "but later said").
_LINK_ADVERBS = frozenset({"then", "later", "also", "soon", "again", "now", "still"})


def coordinated_main_verb(v: DocView, s0: int, cue: int) -> int | None:
    """ "Residents spotted the smoke and reported that ...": a verb of saying right after
    "and" (over adverbs) with no subject of its own shares the first verb's subject.

    Returns the first verb of the clause the conjunction closes (the leftmost past form
    or finite auxiliary after its last comma, semicolon or quotation mark), else None.
    """
    t = v.toks
    k = cue - 1
    while k > s0 and t[k].is_lower and (t[k].lower_ in _LINK_ADVERBS or t[k].lower_.endswith("ly")):
        k -= 1
    if k <= s0 or t[k].lower_ not in _VERB_CONJUNCTIONS:
        return None
    conj = k
    if t[conj - 1].text == ",":
        conj -= 1  # "..., and said": the comma belongs to the coordination
    verbs: list[int] = []  # right to left
    for k in range(conj - 1, s0, -1):
        token = t[k]
        low = token.lower_
        if token.text in ('"', "“", "”", ";", ":", "(", ")", ",", "—", "--", "–"):
            break  # the clause of the first verb starts after this mark
        if low in ("who", "which", "that") and verbs:
            verbs.pop()  # "Residents who lived near it spotted": the relative clause's verb
            continue
        if not (token.is_lower and token.is_alpha) or t[k - 1].lower_ in _NOT_BEFORE_FINITE:
            continue
        if low in _FINITE_AUX or low in IRREGULAR_PAST or low in _PAST or low.endswith("ed"):
            verbs.append(k)
    if not verbs:
        return None
    first = verbs[-1]
    while first - 1 > s0 and t[first - 1].lower_ in _FINITE_AUX:
        first -= 1  # "had long argued": the subject stands before the auxiliary
    return first


def office_of(judge: SourceJudge, v: DocView, s0: int, src: int) -> bool:
    """ "The head of the police's internal investigators told": the unnamed words found
    next to the verb complete "of ..." after a definite office; the office speaks."""
    t = v.toks
    k = src - 1
    while k > s0 and (
        (t[k].is_lower and t[k].is_alpha and t[k].lower_ not in ("of", "and", "or"))
        or t[k].lower_ in ("'s", "’s", "'", "’")
        or t[k].cap
    ):
        k -= 1
    if k - 2 < s0 or t[k].lower_ != "of":
        return False
    head = t[k - 1].lower_
    return t[k - 2].lower_ == "the" and (head in judge.office or head in judge.title)


#: Time words between an inverted verb of saying and its subject ("sagte am Montag der").
TIME_WORDS = frozenset(
    {
        "am",
        "on",
        "yesterday",
        "today",
        "late",
        "early",
        "heute",
        "gestern",
        "dazu",
        "abend",
        "morgen",
        "vormittag",
        "nachmittag",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    }
)
#: Words that may follow an inverted subject: "said one official on Monday", "... who".
_AFTER_INVERTED = frozenset(
    {
        "on",
        "at",
        "in",
        "who",
        "which",
        "to",
        "during",
        "after",
        "before",
        "and",
        "when",
        "while",
        "from",
        "with",
        "last",
        "this",
        "earlier",
        "later",
        "told",
        "adding",
    }
)


def closes_inverted_subject(v: DocView, i: int, s1: int) -> bool:
    """An inverted subject ("..., said one official") closes its clause: token ``i`` after
    it ends the sentence, is punctuation, or is a word that may follow such a subject."""
    t = v.toks
    if i >= s1 or t[i].is_punct:
        return True
    return t[i].lower_ in _AFTER_INVERTED or t[i].lower_ in TIME_WORDS
