"""Which sense a cue has in its sentence: epistemic or not, a denial of a claim or not.

The cue matcher finds words; these checks decide whether the word does the job its
category claims, from the shape of the clause around it rather than from lists of
sentences: a hedge in a question or a whether-clause asks, it does not speculate; a
denial needs something claim-like to deny (not a visa, a final or a lawsuit); "rejected
... as baseless" reports a dispute, not missing evidence.
"""

from __future__ import annotations

from factcheck_app.analysis.claim_shapes import BE_FORMS
from factcheck_app.analysis.german_shapes import wanted_ability
from factcheck_app.analysis.view import DocView, Lex

#: Words opening an indirect question: a modal inside asks ("whether sponges could survive").
#: ("if" is left out: it opens conditions far more often than questions.)
_INTERROGATIVE = frozenset({"whether", "ob"})
#: What follows a verb of saying when its content follows: "said that", "sagte, ...".
CONTENT_OPENERS = frozenset(
    {"that", "dass", ",", ":", '"', "“", "„", "»", "«", "'", "‘", "”", "’", "''"}
)
#: Clause boundaries for the short scans (here and in denial_senses).
CLAUSE_END = frozenset({",", ";", ":", "–", "—", "(", ")", '"', "“", "”", "„"})


def in_question(v: DocView, s0: int, s1: int, start: int) -> bool:
    """The cue is in a question or an indirect question ("whether ... could")."""
    t = v.toks
    end = s1
    while end > s0 and t[end - 1].text in ('"', "”", "“", "»", "«", "'", "’"):
        end -= 1
    if end > s0 and t[end - 1].text == "?":
        return True
    for i in range(start - 1, max(s0 - 1, start - 16), -1):
        if t[i].text in CLAUSE_END:
            return False
        if t[i].lower_ in _INTERROGATIVE:
            return True
    return False


#: "so (that) he could begin", "in order that they may": purpose, not speculation.
_PURPOSE = frozenset({"so", "order", "able", "damit", "um"})
#: Nouns after "possible" that make it epistemic ("a possible explanation") rather than
#: attributive ("four possible drugs", "die mögliche Abberufung").
_EPISTEMIC_NOUNS = frozenset(
    {
        "reason",
        "reasons",
        "explanation",
        "explanations",
        "cause",
        "causes",
        "link",
        "links",
        "connection",
        "motive",
        "involvement",
        "origin",
        "role",
        "source",
    }
)
#: Verbs and nouns of wishing: a modal after them is a wish, not a guess ("in the hope
#: that the two sides could settle").
_WISH = frozenset(
    {
        "wish",
        "wished",
        "hope",
        "hoped",
        "hopes",
        "hoping",
        "wünschte",
        "wünschten",
        "wünsche",
        "wünschen",
    }
)
#: Modal hedges that a purpose clause turns into ability.
_MODALS = frozenset({"could", "can", "may", "might", "könne", "könnte", "könnten"})
#: Function words after "possible" that leave it predicative or epistemic.
_NOT_AFTER_POSSIBLE = frozenset({"that", "to", "for", "in", "if", "but", "and", "or", "as"})
#: Adverbs that make a modal a permission: "may freely move", "dürfen legal ...".
_PERMISSION_ADVERBS = frozenset({"freely", "legally", "lawfully", "online", "frei"})
#: Verbs of doing something one is allowed to do (after a people subject + modal).
_PERMITTED_ACTS = frozenset(
    [
        "register",
        "apply",
        "vote",
        "enter",
        "use",
        "bring",
        "park",
        "submit",
        "request",
        "renew",
        "opt",
        "choose",
        "attend",
        "visit",
        "access",
        "download",
        "book",
        "carry",
        "wear",
        "marry",
        "join",
        "appeal",
        "file",
        "collect",
        "borrow",
        "camp",
        "fish",
        "hunt",
        "swim",
        "travel",
        "drive",
    ]
)
#: People subjects of a permission ("voters may", "you can").
_PEOPLE = frozenset(
    {"you", "they", "we", "anyone", "everyone", "people", "one", "children", "women", "men"}
)
#: Verb forms of hedge words: with their own object they report, not qualify a noun.
_VERB_FORMS = frozenset({"claimed", "alleged", "reported", "suspected", "presumed"})
_OBJECT_STARTS = frozenset(
    {"the", "a", "an", "that", "his", "her", "their", "its", "this", "these", "those"}
)
#: A form of "be" or "have" (or an adverb between it and a participle) before a hedge word.
_BE_AUX = BE_FORMS | {"has", "have", "had", "'s", "’s", "always", "also", "long", "never", "once"}
#: Belief verbs that are no hedge after "I"/"we": the writer's "I think" (point 4).
_BELIEF = frozenset({"believe", "believed", "think", "thought", "guess", "suppose", "suspect"})
_WRITER = frozenset({"i", "we", "i've", "we've", "ich", "wir"})


#: What a disaster "claims": lives, not statements ("the crisis claimed 15,393 lives").
_TOLL = frozenset({"lives", "life", "victims", "casualties", "leben", "opfer", "todesopfer"})
_CLAIM_FORMS = frozenset({"claim", "claims", "claimed", "claiming", "forderte", "fordert"})


def takes_lives(t: list[Lex], s1: int, start: int, end: int) -> bool:
    """ "claim" in its sense of causing deaths ("The storm claimed 12 lives", "claimed
    many victims"): no statement and no hedge. The toll noun follows within a few words
    (a number, "many", "the", "more than")."""
    if t[start].lower_ not in _CLAIM_FORMS:
        return False
    for k in range(end, min(s1, end + 5)):
        if t[k].lower_ in _TOLL:
            return True
        if t[k].text in CLAUSE_END or t[k].lower_ in ("that", "dass"):
            return False
    return False


def not_epistemic(v: DocView, s0: int, s1: int, start: int, end: int) -> bool:
    """A hedge word used in a non-epistemic sense: purpose ("so he could begin"),
    permission or ability ("Voters may register online", "they may freely move"), an
    attributive "possible"/"potential" before an ordinary noun ("four possible drugs"),
    a verb form of "claimed"/"reported" with its own object ("and claimed the nominee"),
    the writer's "I think" ("I've always believed that"), or "claimed N lives"."""
    t = v.toks
    low = t[start].lower_
    if takes_lives(t, s1, start, end):
        return True  # "the crisis claimed 15,393 lives": deaths, no hearsay
    if low.startswith("geschätzt") and end < s1 and t[end].cap and not t[end].like_num:
        return True  # "die sehr geschätzte Kollegin": esteemed, not estimated
    if low in _MODALS:
        for i in range(start - 1, max(s0 - 1, start - 7), -1):
            if t[i].text in CLAUSE_END:
                break
            if t[i].lower_ in _PURPOSE:
                return True
        if any(t[i].lower_ in _WISH for i in range(max(s0, start - 8), start)):
            return True  # "wir wünschten, wir könnten", "I wish we could": a wish
        if _free_or_before(t, s0, start, low):
            return True  # "wherever they may occur", "before cops could accompany her"
        if _permission(t, s0, s1, start, end):
            return True
        if low in _ABILITY_MODALS and _verification_follows(t, s1, end):
            return True  # "No claim could be confirmed": whether it can be checked
        if _sanction_follows(t, s1, end) or _discourse_modal(t, s0, s1, start, end):
            return True
        if _ruling_content(t, s0, start):
            return True
        if low.startswith("könn") and wanted_ability(t, s0, start):
            return True  # "kaum Programme, die ... verhindern könnten": ability, no guess
    if low.startswith(("seem", "appear")) and _appearance_idiom(t, s0, start):
        return True  # "made her appear to grimace", "never seem to tire of": no guess
    if low in ("estimate", "estimates") and _determined_noun(t, s0, s1, start, end):
        return True  # "did not supply an overall cost estimate for": a figure named, no guess
    if low == "apparent" and start - 1 >= s0 and t[start - 1].lower_ in _BE_OR_BECOME:
        return True  # "It is apparent that": evident, a booster, not a hedge
    if low in _MODALS and end + 1 < s1 and t[end].lower_ == "as" and t[end + 1].lower_ == "well":
        return True  # "might as well have been speaking": an idiom, no guess
    if low == "likely" and _likely_role(t, s0, s1, start, end):
        return True  # "the likely Republican nominee": a role, like "the expected nominee"
    if low == "supposed" and _deontic_supposed(t, s1, start):
        return True  # "what America is supposed to be about": what should be, no hearsay
    if low in ("possible", "potential") and end < s1:
        nxt = t[end]
        if not nxt.is_alpha or nxt.lower_ in _NOT_AFTER_POSSIBLE:
            return False
        ahead = [t[k].lower_ for k in range(end, min(s1, end + 3)) if t[k].is_alpha]
        return not any(w in _EPISTEMIC_NOUNS for w in ahead)
    if low in _ATTITUDES and end - start > 1 and _owned(t, s0, start, True):
        return True  # "the union's fears that", "their concerns that": the holder is said
    if low in _OWNED_NOUNS and _owned(t, s0, start, low in _RECKONING):
        return True  # "the IMF's last estimate", "their guess": the owner's, not the writer's
    if low in _PLANNED and _attributive(t, s0, s1, start, end):
        return True  # "the party's expected nominee", "some estimated death tolls"
    if low in _VERB_FORMS and _verb_after_subject(t, s0, start):
        return True  # "A report alleged fireworks were used": a verb of saying, judged there
    if low in _VERB_FORMS and end < s1 and t[end].lower_ == "by":
        return True  # "reported by The Guardian as ...": a passive with its agent, judged there
    if (
        end - start == 2
        and t[end - 1].lower_ == "to"
        and start > s0
        and t[start - 1].lower_ in _ACTIVE_SUBJECTS
    ):
        return True  # "He claimed to have ...": his own claim, not a belief of others
    if low in _VERB_FORMS and end < s1 and start > s0:
        before_low, next_low = t[start - 1].lower_, t[end].lower_
        if before_low not in _BE_AUX and next_low in _OBJECT_STARTS:
            return True  # "claimed the nominee ...", "reported that": a verb of saying
    if low in _BELIEF and start > s0:
        for i in range(start - 1, max(s0 - 1, start - 4), -1):
            word = t[i].lower_
            if word in _WRITER:
                return True
            if word not in _BE_AUX and not word.endswith("ly") and word not in ("'ve", "’ve"):
                break
    return False


def _determined_noun(t: list[Lex], s0: int, s1: int, start: int, end: int) -> bool:
    """A noun after its determiner and up to two modifiers ("an overall cost estimate"),
    not before a content clause or a figure ("an estimate that", "an estimate of 300")."""
    if end < s1 and (t[end].lower_ in ("that", "of") or t[end].like_num):
        return False
    for i in range(start - 1, max(s0 - 1, start - 4), -1):
        if t[i].lower_ in _DETERMINERS or t[i].lower_ in ("no", "any", "every", "this", "that"):
            return True
        if not (t[i].is_lower and t[i].is_alpha):
            return False
    return False


#: Causative verbs: "made her appear to grimace" describes a look, not a guess.
_CAUSATIVE = frozenset({"make", "makes", "made", "making", "let", "lets"})
#: Negations that make "seem to" an idiom of habit or failure ("never seem to tire of",
#: "can't seem to find"): what someone keeps (not) doing, no uncertain claim.
_SEEM_NEGATIONS = frozenset({"never", "cannot", "can't", "couldn't", "can’t", "couldn’t"})
_BE_OR_BECOME = frozenset({"is", "was", "are", "were", "be", "been", "became", "becomes", "'s"})


def _appearance_idiom(t: list[Lex], s0: int, start: int) -> bool:
    """ "seem"/"appear" after a causative and its object ("makes him seem kinder") or after
    "never"/"can't" ("never seem to tire of"): an appearance made or an idiom of habit,
    not the writer's uncertainty."""
    k = start - 1
    if k >= s0 and t[k].lower_ in _SEEM_NEGATIONS:
        return True
    if k >= s0 and t[k].lower_ == "n't" and k - 1 >= s0 and t[k - 1].lower_ in ("ca", "could"):
        return True  # "can't seem to", tokenised "ca" + "n't"
    # "made Chris Christie's wife, standing behind Trump, appear": over the object phrase
    for i in range(start - 1, max(s0 - 1, start - 20), -1):
        if t[i].lower_ in _CAUSATIVE:
            return i < start - 1
        if t[i].text in (";", ":") or t[i].lower_ in _NOT_IN_OBJECT:
            return False
    return False


#: Words that end a causative's object phrase: a new clause starts after them.
_NOT_IN_OBJECT = frozenset(
    {"that", "which", "who", "and", "but", "or", "because", "while", "when", "as", "if"}
)


#: Free relatives: a modal after them generalises ("wherever they may occur": any place).
_FREE_RELATIVES = frozenset(
    {"wherever", "whatever", "whoever", "whenever", "whichever", "whatsoever", "wherein"}
)
#: Time conjunctions: a modal of ability after them tells what was (not) yet possible
#: ("before cops could accompany her"), no guess about a fact.
_BEFORE = frozenset({"before", "until", "till", "bevor"})


def _free_or_before(t: list[Lex], s0: int, start: int, low: str) -> bool:
    """A modal in a free relative ("whatever it may cost") or, for "could"/"can", in a
    clause opened by "before"/"until" ("before police could arrive")."""
    for i in range(start - 1, max(s0 - 1, start - 6), -1):
        if t[i].text in CLAUSE_END:
            return False
        word = t[i].lower_
        if word in _FREE_RELATIVES:
            return True
        if word in _BEFORE:
            return low in ("could", "can", "könne", "könnte", "könnten")
    return False


#: Roles and poll groups that an attributive "likely" names ("likely voters").
_LIKELY_ROLES = frozenset(
    {"nominee", "nominees", "successor", "voters", "voter", "electorate", "caucusgoers", "mate"}
)


def _likely_role(t: list[Lex], s0: int, s1: int, start: int, end: int) -> bool:
    """Attributive "likely" before a role noun, over up to two capitalised words ("the
    likely Republican nominee", "his likely running mate")."""
    if start == s0 or t[start - 1].lower_ not in _DETERMINERS | {"'s", "’s"}:
        return False
    for k in range(end, min(s1, end + 3)):
        if t[k].lower_ in _LIKELY_ROLES:
            return True
        if not (t[k].cap or t[k].lower_ == "running"):
            return False
    return False


def _deontic_supposed(t: list[Lex], s1: int, start: int) -> bool:
    """ "is supposed to be about", "was supposed to arrive": an obligation or a plan;
    only "is supposed to have (done)" relays what others believe."""
    k = start + 1
    return k + 1 < s1 and t[k].lower_ == "to" and t[k + 1].lower_ not in ("have", "'ve")


#: Participles of planning and reckoning: before a noun they name a role or a figure's
#: kind ("the expected nominee", "estimated death tolls"), not a belief about a fact.
_PLANNED = frozenset(
    {"expected", "estimated", "projected", "anticipated", "scheduled", "suspected"}
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "some", "many", "these", "those"}
)
#: Words after a participle that keep it a verb ("expected to", "estimated that").
_VERBAL_NEXT = frozenset(
    {"to", "that", "by", "as", "at", "in", "for", "of", "on", "from", "with", "and", "or"}
)


#: Nouns of reckoning or belief that a possessive gives an owner.
_OWNED_NOUNS = frozenset(
    {
        "estimate",
        "estimates",
        "guess",
        "belief",
        "hypothesis",
        "theory",
        "assumption",
        "prediction",
        "forecast",
        "projection",
    }
)
#: Attitude nouns before a content clause ("concerns that"): a fear is the writer's hedge
#: only when its holder is not said.
_ATTITUDES = frozenset(
    {"concerns", "concern", "worries", "worry", "fears", "fear", "suspicions", "suspicion"}
)
#: Reckonings: a pronoun owner ("its estimate") makes them a figure's source too; a
#: belief a pronoun owns ("their belief that") is still one the writer reports as a belief.
_RECKONING = frozenset({"estimate", "estimates", "forecast", "projection", "prediction"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my"})


def _owned(t: list[Lex], s0: int, start: int, pronoun: bool) -> bool:
    """A possessive up to two words before the noun ("the IMF's last estimate")."""
    for i in range(start - 1, max(s0, start - 3) - 1, -1):
        low = t[i].lower_
        if (pronoun and low in _POSSESSIVE_PRONOUNS) or (
            low in ("'s", "’s") and i - 1 >= s0 and t[i - 1].lower_ not in ("it", "that", "there")
        ):
            return True
        if not t[i].is_alpha:
            return False
    return False


#: Words before a participle that make it a noun or an adjective, not a passive
#: ("some thought that", "a suspected case").
_NOUN_MARKERS = frozenset({"some", "a", "an", "the", "any", "no", "much", "little", "whose"})


def not_passive(v: DocView, s0: int, s1: int, start: int, end: int) -> bool:
    """An agentless passive cue that is a noun or an adjective: "There's some thought
    that", "the party's alleged donor" (the adjective entries judge that one)."""
    t = v.toks
    if start > s0 and t[start - 1].lower_ in _NOUN_MARKERS:
        return True
    return _attributive(t, s0, s1, start, end)


def _verb_after_subject(t: list[Lex], s0: int, start: int) -> bool:
    """ "A report alleged", "the company claimed": determiner + noun + the verb form."""
    if start - 2 < s0:
        return False
    noun = t[start - 1]
    return (
        t[start - 2].lower_ in _DETERMINERS
        and noun.is_alpha
        and noun.is_lower
        and not noun.lower_.endswith("ly")
        and noun.lower_ not in _BE_AUX
        and noun.lower_ not in _DETERMINERS
    )


def _attributive(t: list[Lex], s0: int, s1: int, start: int, end: int) -> bool:
    """The participle stands between a determiner, a noun's possessive or a number and a
    lower-case noun: an adjective."""
    if start == s0 or end >= s1:
        return False
    nxt, prev = t[end], t[start - 1]
    if not (nxt.is_alpha and nxt.is_lower) or nxt.lower_ in _VERBAL_NEXT:
        return False
    if prev.lower_ in ("'s", "’s"):
        owner = t[start - 2].lower_ if start - 2 >= s0 else ""
        return owner not in ("it", "he", "she", "that", "there", "what", "who", "this")
    return prev.lower_ in _DETERMINERS or (prev.like_num and not prev.is_alpha)


#: Subject pronouns before "claimed to", "expected to": the subject holds the claim itself.
_ACTIVE_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "who"})
#: Legal consequences after a modal ("could face charges", "may be fined"): what the law
#: provides for, not a guess about a fact.
_SANCTIONS = frozenset(
    {
        "face",
        "faces",
        "fined",
        "jailed",
        "charged",
        "prosecuted",
        "penalised",
        "penalized",
        "sentenced",
        "punished",
        "imprisoned",
        "sued",
        "banned",
        "disqualified",
        "liable",
        "subject",
    }
)
#: Writer and reader as a modal's subject.
_DISCOURSE_SUBJECTS = frozenset({"i", "we", "you", "one"})
#: Clause openers of a concession ("While we may not like it, ...").
_CONCESSIVE = frozenset({"while", "although", "though", "whilst"})
#: Verbs of attitude or talk after "we may", "you might": about the discourse, not a fact.
_DISCOURSE_VERBS = frozenset(
    {
        "like",
        "want",
        "wish",
        "agree",
        "disagree",
        "admit",
        "mention",
        "say",
        "add",
        "note",
        "recall",
        "remember",
        "forget",
        "care",
        "notice",
        "wonder",
        "argue",
        "call",
    }
)
#: Words of a court's decision before the "that" of its content.
_DECIDING = frozenset(
    {
        "ruled",
        "rules",
        "ruling",
        "decided",
        "determined",
        "ordered",
        "held",
        "finding",
        "found",
        "concluded",
    }
)
#: Words that make the decision a court's (not a study's "found that").
_COURT = frozenset({"court", "judge", "justices", "tribunal", "ruling", "ruled", "verdict"})


def _sanction_follows(t: list[Lex], s1: int, end: int) -> bool:
    """ "could face a fine", "may (not) be fined", "could be subject to": a legal
    consequence the rules provide for, not speculation."""
    k = end
    if k < s1 and t[k].lower_ in ("not", "n't", "also", "still", "even"):
        k += 1
    if k < s1 and t[k].lower_ == "be":
        k += 1
        if k < s1 and t[k].lower_ == "subject":
            return k + 1 < s1 and t[k + 1].lower_ == "to"
    return k < s1 and t[k].lower_ in _SANCTIONS and t[k].lower_ != "subject"


def _discourse_modal(t: list[Lex], s0: int, s1: int, start: int, end: int) -> bool:
    """The writer's or reader's modal about the discourse: "While we may not like to
    mention it", "you might say", "I could add": a concession or a remark, no guess."""
    if start == s0 or t[start - 1].lower_ not in _DISCOURSE_SUBJECTS:
        return False
    k = end
    while k < s1 and t[k].lower_ in ("not", "n't", "well", "also", "all"):
        k += 1
    if k < s1 and t[k].lower_ in _DISCOURSE_VERBS:
        return True
    opener = start - 2
    return opener >= s0 and t[opener].lower_ in _CONCESSIVE


def _ruling_content(t: list[Lex], s0: int, start: int) -> bool:
    """A modal in the content of a court's decision ("a ruling ... finding that
    prosecutors could view his tax records"): what the court permits, not a guess; or in
    an owned fear ("the union's fears that the plant could close"): the holder's.
    A relative "a ruling that could affect millions" (modal right after "that") stays."""
    for i in range(start - 2, max(s0, start - 8) - 1, -1):
        if t[i].text in CLAUSE_END:
            return False
        if t[i].lower_ == "that":
            if i - 1 >= s0 and t[i - 1].lower_ in _ATTITUDES and _owned(t, s0, i - 1, True):
                return True  # "the union's fears that the plant could close": theirs
            before = [t[k].lower_ for k in range(max(s0, i - 3), i)]
            # "finding that", "ruled on Monday that": the decision word right before "that"
            if not any(w in _DECIDING for w in (*before[-1:], *before[-3:-2])):
                return False
            return any(t[k].lower_ in _COURT for k in range(s0, i))
    return False


#: Modals of ability: before a passive of checking they say whether it can be checked.
_ABILITY_MODALS = frozenset({"could", "can", "cannot"})
#: Participles of checking ("could be independently verified").
_VERIFIED = frozenset(
    {"verified", "confirmed", "corroborated", "substantiated", "authenticated", "proven", "proved"}
)


def _verification_follows(t: list[Lex], s1: int, end: int) -> bool:
    """ "could be (independently) verified" after the modal."""
    k = end
    if k < s1 and t[k].lower_ in ("not", "n't"):
        k += 1
    if k >= s1 or t[k].lower_ != "be":
        return False
    k += 1
    while k < s1 and t[k].lower_.endswith("ly"):
        k += 1
    return k < s1 and t[k].lower_ in _VERIFIED


def _permission(t: list[Lex], s0: int, s1: int, start: int, end: int) -> bool:
    """ "may"/"can"/"could" granting or describing a right: an adverb of manner
    ("may freely move") or a people subject with a verb of doing something allowed
    ("Voters may register", "residents may not vote")."""
    k = end
    negated = k < s1 and t[k].lower_ in ("not", "n't")
    if negated:
        k += 1
    if k < s1 and t[k].lower_ in _PERMISSION_ADVERBS:
        return True
    while k < s1 and t[k].lower_ in ("also", "only", "now", "still", "then", "even"):
        k += 1
    if k >= s1 or t[k].lower_ not in _PERMITTED_ACTS:
        return False
    if negated and t[start].lower_ == "may":
        return True  # "may not vote in federal elections": a prohibition, whoever the subject
    if start == s0:
        return False
    before = t[start - 1]
    subject = before.lower_
    return subject in _PEOPLE or (
        subject.endswith(("ers", "ents", "ants", "ists", "ians"))
        and before.is_alpha
        and (before.is_lower or start - 1 == s0)  # "Voters may ..." opens the sentence
    )
