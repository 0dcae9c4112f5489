"""The clause subject of an English verb of saying or believing, judged by its shape.

Why: without a trained parser, ``SourceFinder.left`` builds the source phrase from
capitalised and listed words next to the verb, so an ordinary common-noun subject stops
it early: "Some delegates at the convention in Philadelphia said" gave "Philadelphia",
"officials in both cities insist" gave "both cities", "Proponents of the new bill,
however, say" gave nothing. A news desk asks one question of such a subject: does it name
someone? Its *shape* answers that (issue 11, family 1): a plural, indefinite or quantified
common-noun phrase ("some top Democrats", "administration officials", "virtually all
analysts") names nobody, however long its modifiers are.

``vague_subject`` walks left from the verb to the start of its clause (the sentence start,
a punctuation mark, a subordinating word), keeps the phrase up to its first post-modifier
("of", "in", "at", "who", ...) and lets :class:`SourceJudge` judge it. Only an *unnamed*
verdict is used: every other case is left to the finder, whose named-source rules are
tuned already, so this rule can add vague sources but never take a name away.
"""

from __future__ import annotations

from factcheck_app.analysis.agent_nouns import IRREGULAR_PEOPLE, person_noun
from factcheck_app.analysis.phrase_heads import COLLECTIVE
from factcheck_app.analysis.source_judge import POSSESSIVE, Source, SourceJudge
from factcheck_app.analysis.source_names import IRREGULAR_PAST
from factcheck_app.analysis.subject_shapes import (
    ADVERBS,
    ASIDES,
    COMPARATIVES,
    DASHES,
    after_be,
    catenative,
    copula_before,
    dashed_aside,
    fenced_phrase,
    short_aside,
    verb_phrase,
)
from factcheck_app.analysis.view import DocView, Lex

#: Words that open a new clause: the subject of the verb starts after them.
_CLAUSE_OPENERS = frozenset(
    {
        "that",
        "which",
        "who",
        "whom",
        "while",
        "whereas",
        "but",
        "because",
        "as",
        "when",
        "if",
        "although",
        "though",
        "and",
        "or",
        "so",
        "where",
        "whether",
        "since",
        "than",
        "what",
        "how",
        "why",
        "unless",
        "until",
        "once",
    }
)
#: A subject phrase never starts with a preposition ("On Friday Obama said").
_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "for",
        "with",
        "by",
        "from",
        "to",
        "of",
        "under",
        "over",
        "into",
        "amid",
        "despite",
        "like",
        "unlike",
        "about",
        "through",
        "without",
        "here",
        "there",
        "now",
        "then",
        "yet",
        "still",
        "instead",
        "meanwhile",
        "however",
        "it",
        "this",
    }
)
#: Post-modifiers: the head noun comes before them ("officials in both cities").
POST_MODIFIERS = frozenset(
    {
        "of",
        "to",
        "in",
        "at",
        "from",
        "with",
        "for",
        "on",
        "who",
        "whose",
        "close",
        "familiar",
        "across",
        "inside",
        "within",
        "around",
        "among",
        "like",
        "including",
        "outside",
        "throughout",
        "(",
    }
)
#: Approximators before a quantifier: "virtually all analysts", "nearly every voter".
_APPROXIMATORS = frozenset(
    {"virtually", "nearly", "almost", "roughly", "about", "even", "only", "just", "fully"}
)
_MAX_SUBJECT = 14
#: Modals that make a negative pronoun's verb hypothetical ("no one could argue").
_HYPOTHETICAL = frozenset({"would", "could", "can", "will", "might", "should", "'d"})
#: Sentence adverbs before a subject ("Yet even leaders on the left are questioning").
_DISCOURSE = frozenset({"yet", "still", "now", "instead", "meanwhile", "however", "then"})
_RELATIVE = frozenset({"who", "that"})
#: Finite verbs right after the cue word show it is a noun ("member states are").
_FINITE = frozenset(
    {"is", "are", "was", "were", "have", "has", "had", "will", "would", "can", "could", "may"}
)
#: Quantifiers that open a phrase inside a longer stretch ("there are some experts").
_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few"})


_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they", "it", "me", "us", "them"})
_INNER_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my"}
)
#: Plural or agent-noun endings of words for people ("protesters", "economists").
PERSON_SHAPES = ("er", "ers", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents",
                  "or", "ors", "ives", "crats", "ees", "ople", "ans", "ates")  # fmt: skip


def vague_subject(judge: SourceJudge, v: DocView, s0: int, verb: int) -> Source | None:
    """The verb's clause subject when it names nobody ("anon"), else None."""
    t = v.toks
    if verb + 1 < len(t) and t[verb].lower_ in COMPARATIVES and t[verb + 1].lower_ == "likely":
        copula = copula_before(v, s0, verb)
        if copula is not None:
            # "were (slightly) more likely to say": the copula's subject says it
            return vague_subject(judge, v, s0, copula)
    if verb - 1 >= s0 and t[verb].lower_.endswith("ing") and t[verb - 1].lower_ in judge.document:
        # "a new poll showing that"; "Officials released a report showing": the sender
        # speaks (``message_sender``)
        found = _document_before(judge, v, s0, verb)
        if found is None or _sender_verb(v, s0, found.start) is not None:
            return None
        return found
    if t[verb].lower_.endswith("ing") and not after_be(v, s0, verb):
        prep = _message_prep(judge, v, s0, verb)
        if prep is not None:
            # "with a letter to the board saying": the letter says it, not the board (its
            # sender's subject speaks when there is one: ``message_sender``)
            found = _document_before(judge, v, s0, prep)
            if found is None or _sender_verb(v, s0, found.start) is not None:
                return None
            return found
    head = catenative(v, s0, verb)
    if head is not None:
        # "protesters continued to call for", "insiders were more likely to say": the
        # subject of the verb before "to" says it
        return vague_subject(judge, v, s0, head)
    progressive = t[verb].lower_.endswith("ing") and after_be(v, s0, verb)
    no_one = verb - 2 >= s0 and t[verb - 1].lower_ == "one" and t[verb - 2].lower_ == "no"
    if (t[verb].lower_.endswith("ing") and not progressive) or (
        verb > s0 and t[verb - 1].lower_ in judge.determiner and not no_one
    ):
        return None  # "Americans saying ...", "a suggestion": no finite verb of saying
    if verb + 1 < len(t) and t[verb + 1].lower_ in _FINITE:
        return None  # "three member states are at risk": the cue word is a noun here
    i = verb - 1
    while (
        i >= s0
        and t[i].is_lower
        and (t[i].lower_ in judge.skip or t[i].lower_ in ADVERBS or t[i].lower_.endswith("ly"))
    ):
        if t[i].lower_ in _PASSIVE and not progressive:
            return None  # "others are explained": a passive, its subject speaks for no one
        i -= 1  # "officials privately acknowledge", "have long insisted"
    end = i + 1
    if i >= s0 and t[i].text in DASHES:
        # "Democrats -- including Clinton -- quickly accused": a dashed aside
        k = dashed_aside(v, s0, i)
        if k is None:
            return None
        i = k - 1
        end = k
    elif i >= s0 and t[i].text == ",":
        # "Proponents of the new bill, however, say": step over a fenced aside
        k = i - 1
        while k >= s0 and t[k].is_lower and t[k].lower_ in ASIDES:
            k -= 1
        if k == i - 1:
            # ", including Mr. Goldberg,", ", who ...,", ", for instance,"
            fence = fenced_phrase(v, s0, i) or short_aside(v, s0, i)
            if fence is None:
                return None
            k = fence
        if k < s0 or t[k].text != ",":
            return None
        i = k - 1
        end = k
    if i >= s0 and t[i].lower_ in _PERSONAL:
        return None  # "One of the reasons I think": the pronoun next to the verb speaks
    boundary = _walk_left(v, s0, i, end)
    if boundary is None:
        return None
    found = _from_boundary(judge, v, s0, verb, boundary, end)
    if found is None and boundary > s0 and t[boundary].lower_ in ("and", "or"):
        # "Experts on North Korea and nuclear nonproliferation said", "observers in
        # Virginia and around the country say": the "and" joins the objects of a
        # post-modifier; the subject's head comes before it (not when a name is joined:
        # "Officials in Ohio and Smith said")
        outer = _walk_left(v, s0, boundary - 1, end)
        if (
            outer is not None
            and not any(_verb_like(t[k]) for k in range(outer + 1, boundary))
            and any(
                t[k].is_lower and t[k].lower_ in _OBJECT_LINKS for k in range(outer + 2, boundary)
            )
            and not any(t[k].cap for k in range(boundary + 1, end))
        ):
            found = _from_boundary(judge, v, s0, verb, outer, end)
    return found


#: Post-modifiers whose object may be a coordination ("Experts on X and Y").
_OBJECT_LINKS = frozenset({"of", "on", "in", "at", "from", "with", "for", "across", "around"})


def _verb_like(token: Lex) -> bool:
    """A past form or finite auxiliary: no part of a noun phrase ("sent", "reported")."""
    low = token.lower_
    return token.is_lower and (
        low in _FINITE or low in _PASSIVE or low in IRREGULAR_PAST or low.endswith("ed")
    )


def _walk_left(v: DocView, s0: int, i: int, end: int) -> int | None:
    """The boundary before the subject phrase ending at ``end``: the nearest punctuation
    mark or clause opener left of ``i`` (``s0 - 1`` at the sentence start); None when the
    stretch is too long to be one subject."""
    t = v.toks
    while i >= s0:
        token = t[i]
        if _in_name_list(v, s0, i):
            i -= 1  # "voters in Alabama, Georgia and Virginia": a list of names, one phrase
            continue
        if token.is_punct and token.text not in ("'s", "’s", "-", "'", "’"):
            break
        if token.lower_ in _CLAUSE_OPENERS or verb_phrase(v, s0, i):
            break
        i -= 1
        if end - i > _MAX_RELATIVE:
            return None
    if end - i > _MAX_SUBJECT and not (i >= s0 and t[i].lower_ in _RELATIVE):
        return None  # (only a relative clause may be longer: "leaders who have been ...")
    return i


#: How far a relative clause between a subject and its verb may run ("Central European
#: leaders who have been some of the most strident opponents of taking in migrants have").
_MAX_RELATIVE = 20


def _from_boundary(
    judge: SourceJudge, v: DocView, s0: int, verb: int, i: int, end: int
) -> Source | None:
    """The unnamed subject phrase between the boundary ``i`` and ``end`` (the verb's
    first auxiliary or adverb), judged by its shape."""
    t = v.toks
    start = i + 1
    if any(t[k].lower_ in _SUBJECT_PRONOUNS for k in range(start, end)):
        return None  # "the things she had come to believe": the pronoun is the subject
    if i > s0 and t[i].lower_ in ("and", "or") and named_conjunct(judge, v, s0, i):
        return None  # "Biden and others in the party warned": a named person speaks too
    if (
        i > s0
        and t[i].lower_ in _RELATIVE
        and (start >= end or (t[start].is_lower and t[start].lower_ not in judge.determiner))
    ):
        # "experts who think", "advisers who have run the numbers argue": the relative
        # clause describes the speaker named before "who"; "laws that appeals courts
        # said": a noun phrase with no verb after "that" is the clause's own subject
        own = (
            _phrase(judge, v, s0, verb, start, end)
            if start < end and not any(_verb_like(t[k]) for k in range(start, end))
            else None
        )
        return own or _before_relative(judge, v, s0, i)
    return _phrase(judge, v, s0, verb, start, end)


def _phrase(
    judge: SourceJudge, v: DocView, s0: int, verb: int, start: int, end: int
) -> Source | None:
    """The unnamed subject phrase ``start:end`` before the verb, cut at its head."""
    t = v.toks
    while start < end and (
        (t[start].lower_ in _APPROXIMATORS and t[start].is_alpha)
        or (t[start].lower_ in _DISCOURSE and start + 1 < end and t[start + 1].is_alpha)
    ):
        start += 1  # "Virtually all analysts", "Yet even leaders": judged without them
    if start >= end or t[start].lower_ in _PREPOSITIONS:
        return None
    while end - 1 > start and t[end - 1].lower_ in ("here", "there"):
        end -= 1  # "Activists here point to": where they are, not who
    head_end = next(
        (
            k
            for k in range(start + 1, end)
            if t[k].is_lower
            and (t[k].lower_ in POST_MODIFIERS or _participle_after_head(judge, v, k))
        ),
        end,
    )
    while (
        head_end + 1 < end
        and t[head_end].lower_ == "of"
        and t[head_end - 1].lower_ in COLLECTIVE
        and t[head_end + 1].is_alpha
    ):
        # "a group of rabbis", "a handful of protesters": the people after "of" are the head
        head_end = next((k for k in range(head_end + 2, end) if t[k].lower_ in POST_MODIFIERS), end)
    for k in range(start + 1, head_end):
        if t[k].is_lower and (
            t[k].lower_ in _INNER_DETERMINERS
            or (t[k].lower_ in _QUANTIFIERS and t[k - 1].lower_ not in judge.determiner)
        ):
            start = k  # "A few days later the administration said": the last phrase speaks
    found = judged_unnamed(judge, v, s0, start, head_end, end)
    if found is not None and hypothetical_nobody(v, found, verb):
        return None
    return found


def phrase_words(v: DocView, start: int, end: int) -> int:
    """The words of a phrase, a hyphenated compound as one ("a 45-year-old mother": 3)."""
    t = v.toks
    return sum(
        1
        for k in range(start, end)
        if t[k].text != "-" and not (k > start and t[k - 1].text == "-")
    )


def hypothetical_nobody(v: DocView, source: Source, verb: int) -> bool:
    """ "nobody would question her intelligence", "no one could argue": a negative pronoun
    with a modal says that nobody *would* say it; nobody is quoted as saying anything."""
    t = v.toks
    words = [tok.lower_ for tok in t[source.start : source.end]]
    return (words[-1:] in (["nobody"], ["noone"]) or words[-2:] == ["no", "one"]) and any(
        t[k].lower_ in _HYPOTHETICAL for k in range(source.end, verb)
    )


def _document_before(judge: SourceJudge, v: DocView, s0: int, verb: int) -> Source | None:
    """The document phrase right before a reduced relative ("in the wake of a new poll
    showing ..."): back over its modifiers to its determiner, not past a preposition."""
    t = v.toks
    k = verb - 1
    while (
        k - 1 >= s0
        and not t[k - 1].is_punct
        and t[k - 1].lower_ not in _PREPOSITIONS
        and t[k - 1].lower_ not in _CLAUSE_OPENERS
        and t[k].lower_ not in judge.determiner
        and verb - k < 6
    ):
        k -= 1
    return judged_unnamed(judge, v, s0, k, verb, verb)


#: Prepositions after a document or message and before its addressee or topic.
_MESSAGE_PREPS = frozenset({"to", "for", "from", "on", "about", "with"})
_MAX_ADDRESSEE = 8


def _message_prep(judge: SourceJudge, v: DocView, s0: int, verb: int) -> int | None:
    """The preposition after a document whose participle follows its addressee ("a
    letter to the NAACP board of directors urging them"): the participle is the
    document's, not the addressee's."""
    t = v.toks
    for k in range(verb - 1, max(s0, verb - _MAX_ADDRESSEE), -1):
        token = t[k]
        if token.is_punct or token.lower_ in _CLAUSE_OPENERS:
            return None
        if token.lower_ in _MESSAGE_PREPS and t[k - 1].lower_ in judge.document:
            return k
    return None


def message_sender(judge: SourceJudge, v: DocView, s0: int, verb: int) -> int | None:
    """The verb whose subject sent the document a participle of saying follows: "A group
    of parents sent a letter to the board saying ...": the parents say it (named when the
    sender is: "The mayor sent a letter ... saying"). None when there is no such shape."""
    t = v.toks
    if not t[verb].lower_.endswith("ing") or after_be(v, s0, verb):
        return None
    if verb - 1 > s0 and t[verb - 1].lower_ in judge.document:
        found = _document_before(judge, v, s0, verb)  # "wrote a letter urging"
    else:
        prep = _message_prep(judge, v, s0, verb)  # "sent a letter to the board saying"
        found = None if prep is None else _document_before(judge, v, s0, prep)
    return None if found is None else _sender_verb(v, s0, found.start)


def _sender_verb(v: DocView, s0: int, np_start: int) -> int | None:
    """The finite verb right before a document phrase ("sent a letter"), at its first
    auxiliary ("has sent"), else None."""
    t = v.toks
    k = np_start - 1
    if k <= s0 or not _verb_like(t[k]) or t[k].lower_ in _FINITE or t[k].lower_ in _PASSIVE:
        return None
    while k - 1 > s0 and t[k - 1].lower_ in _FINITE:
        k -= 1
    return k


#: Party and creed adjectives that modify a noun for people ("Republican lawmakers").
_PARTY_WORDS = frozenset(
    {"republican", "democratic", "conservative", "liberal", "progressive", "libertarian",
     "socialist", "labour", "green", "evangelical", "catholic", "muslim", "jewish"}
)  # fmt: skip


def named_conjunct(judge: SourceJudge, v: DocView, s0: int, conj: int) -> bool:
    """The phrase before "and" names a speaker: a name ("Biden and others") or a definite
    office ("The Republican nominee and his aides"), so the subject is not unnamed."""
    t = v.toks
    prev = t[conj - 1]
    if (
        prev.cap
        and (prev.lower_ in _PARTY_WORDS or prev.lower_ in judge.nationality)
        and conj + 2 < len(t)
        and t[conj + 1].cap
        and t[conj + 2].is_lower
    ):
        return False  # "Republican and Democratic lawmakers": two modifiers of one head
    if prev.cap and not prev.is_punct:
        if conj - 1 == s0 and judge.judge(v, s0, conj, s0).kind == "anon":
            return False  # "Developers and supporters say": a capital at the sentence start
        return prev.lower_ not in judge.nonname
    k = conj - 1
    while k > s0 and not t[k - 1].is_punct and t[k - 1].lower_ not in _CLAUSE_OPENERS:
        k -= 1
    low = prev.lower_
    return t[k].lower_ == "the" and (low in judge.title or low in judge.office)


def _in_name_list(v: DocView, s0: int, i: int) -> bool:
    """A comma or "and"/"or" between two capitalised words of a list of names ("Alabama,
    Georgia and Virginia", "Barack Obama and Clinton") after a preposition."""
    t = v.toks
    if i <= s0 or i + 1 >= len(t) or t[i].text not in (",", "and", "or"):
        return False
    if not (t[i - 1].cap and t[i + 1].cap):
        return False
    k = i - 1
    while k > s0 and (t[k].cap or t[k].text in (",", "and", "or")):
        k -= 1
    return t[k].is_lower and t[k].lower_ in POST_MODIFIERS


def _participle_after_head(judge: SourceJudge, v: DocView, k: int) -> bool:
    """ "databases containing", "people involved", "a report released last year": a
    participle after a complete head (a plural, a word for people or a document), not a
    modifier before it ("several shipping ...")."""
    t = v.toks
    prev = t[k - 1].lower_
    if prev in judge.indefinite or prev in _QUANTIFIERS or prev in judge.determiner:
        return False
    return t[k].lower_.endswith(("ing", "ed")) and (
        prev.endswith("s") or prev in judge.anon or prev in judge.document
    )


def _before_relative(judge: SourceJudge, v: DocView, s0: int, rel: int) -> Source | None:
    """The unnamed phrase ending before the relative pronoun at ``rel``, if any."""
    t = v.toks
    k = rel - 1
    while k >= s0 and not t[k].is_punct and t[k].lower_ not in _CLAUSE_OPENERS:
        k -= 1
        if rel - k > _MAX_SUBJECT:
            return None
    start = k + 1
    head_end = next((j for j in range(start + 1, rel) if t[j].lower_ in POST_MODIFIERS), rel)
    for j in range(start + 1, head_end):
        if t[j].is_lower and (t[j].lower_ in _INNER_DETERMINERS or t[j].lower_ in _QUANTIFIERS):
            # "there are some experts who": the phrase starts at its quantifier (one after
            # a post-modifier is its object's: "Friends of the senator who")
            start = j
    if start >= rel or t[start].lower_ in _PREPOSITIONS:
        return None
    head_end = next((j for j in range(start + 1, rel) if t[j].lower_ in POST_MODIFIERS), rel)
    return judged_unnamed(judge, v, s0, start, head_end, rel)


def judged_unnamed(
    judge: SourceJudge, v: DocView, s0: int, start: int, head_end: int, end: int
) -> Source | None:
    """An unnamed verdict on the head phrase ``start:head_end``, shown up to ``end``."""
    t = v.toks
    words = [tok.lower_ for tok in t[start:head_end]]
    head_tok = t[head_end - 1]
    head = head_tok.lower_
    if words == ["no", "one"] or (len(words) == 1 and head in ("nobody", "noone")):
        return Source("anon", start, head_end, v.text(start, head_end))  # "no one forecast"
    if phrase_words(v, start, head_end) > 6 or not head_tok.is_alpha or set(words) & _PERSONAL:
        return None
    if words == ["those"] and head_end < len(t) and t[head_end].lower_ in POST_MODIFIERS:
        # "Those close to the president say", "those who know him": people described
        return Source("anon", start, end, v.text(start, end))
    quantified = words[0] in judge.indefinite or words[0] in ("all", "others", "most")
    plural = (
        head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 3
    ) or head in IRREGULAR_PEOPLE
    person = (
        head in judge.anon
        or head in judge.title
        or head.endswith(PERSON_SHAPES)
        or person_noun(head)  # "a longtime friend", "Friends of the senator", "the women"
    )
    if not (quantified or head in judge.anon or (plural and (person or head_tok.is_lower))):
        return None
    if quantified and len(words) > 1 and not (person or plural or head in judge.document):
        return None  # "its most awkward state", "a creative writing": no group of people
    group = words[0] in _QUANTIFIERS and plural  # "some GOP figures": a group, not an owner
    if any(tok.cap for tok in t[start + 1 : head_end - 1]) and not (person or group):
        return None  # "a UPU guide": named by its owner
    definite_plural = (
        words[0] in ("the", "these", "those")
        and plural
        and person
        and head_tok.is_lower
        and len(words) > 1
        and not any(
            tok.cap or tok.like_num or tok.lower_ in POSSESSIVE for tok in t[start + 1 : head_end]
        )
    )
    # "Republican strategists", "Obama aides": a plural noun for people names nobody,
    # whatever capitalised word modifies it
    people = (
        plural
        and person
        and head_tok.is_lower
        and words[0] not in _INNER_DETERMINERS
        and words[0] not in ("both", "all", "each")
        and head not in judge.document  # "Initial reports from Omsk hospital"
    )
    source = judge.judge(v, start, head_end, s0)
    if source.kind != "anon" and not (definite_plural or people):
        return None  # "The protesters say": a definite plural of people names nobody either
    return Source("anon", start, head_end, v.text(start, head_end))
