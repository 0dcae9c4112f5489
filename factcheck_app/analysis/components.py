"""spaCy pipeline components, registered as factories so pipelines can be built from config.

``factcheck_cues`` runs the lexicon's PhraseMatchers and Matcher once over the whole Doc
(compiled once per pipeline, all matching in Cython) and stores the hits on
``doc._.fc_cues``. ``factcheck_attribution`` turns those hits into findings per sentence
(rules.SentenceRules) and stores them on ``doc._.fc_findings``. Both work on
``spacy.blank(lang)`` alone (the cue matcher sets sentence starts by the sentencizer's rule
when no component did); a trained pipeline only adds information.
"""

# No ``from __future__ import annotations`` here: spaCy (through confection < 1.0) builds a
# pydantic model from the factories' annotations and needs them evaluated, not strings.
import bisect
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from factcheck_app.analysis.lexicon import Lexicon, load_lexicon
from factcheck_app.analysis.rules import SentenceRules, SpeakerState
from factcheck_app.analysis.view import FLAG_BITS, DocView, Lex, LexCache, ext_key

for _name in ("fc_cues", "fc_findings", "fc_state", "fc_sents", "fc_names", "fc_view", "fc_text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: ``doc.user_data`` keys of the extensions above (read and written without ``doc._``).
CUES = ext_key("fc_cues")
FINDINGS = ext_key("fc_findings")
STATE = ext_key("fc_state")
SENTS = ext_key("fc_sents")
NAMES = ext_key("fc_names")
VIEW = ext_key("fc_view")


#: Single-token patterns made only of these boolean flags are evaluated on the Doc's view.
_FLAG_KEYS = frozenset({*FLAG_BITS, "IS_SENT_START"})

#: A compiled flag pattern: lexeme bits that must be set, bits that must be clear, and
#: whether the token must (True) or must not (False) start a sentence (None: either).
FlagPattern = tuple[int, int, bool | None]
#: What a match of an anchored pattern needs: its first token's exact text (None: any
#: form of the anchor word), and sets of lower-case words one of which each must occur.
Needs = tuple[str | None, tuple[frozenset[str], ...]]
#: Exact words a pattern needs at fixed offsets: (offset, compare lower case?, words).
Fixed = tuple[tuple[int, bool, frozenset[str]], ...]


class CueMatcher:
    """Finds every lexicon match in a Doc: ``doc._.fc_cues = [(start, end, entry_id), ...]``.

    Three fast paths keep matching close to tokenisation speed: phrase entries go to
    PhraseMatchers (hash lookups); token patterns whose first token is an exact word run
    only on the sentences that contain that word (found by a PhraseMatcher of anchors);
    single-token flag patterns ("a number", "a capitalised word") are bit tests on the
    Doc's view (``doc._.fc_view``, shared with the rules). Anything else runs the Matcher
    over the whole Doc.
    """

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon):
        self.name = name
        self.lexicon = lexicon
        self.phrase_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrase_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.anchors = PhraseMatcher(nlp.vocab, attr="LOWER")
        #: Per anchor word: a Matcher with only the patterns starting with it, and how far
        #: such a match can reach (so only a short window after each anchor is scanned).
        self.anchored: dict[str, tuple[Matcher, int]] = {}
        #: Per anchor word, per pattern: what any match of it needs (see ``_needs``).
        self.needs: dict[str, list[Needs]] = {}
        #: Patterns whose first token is not an exact word (a regex) but whose token at
        #: ``offset`` is, after only plain tokens: per that word, (offset, Matcher, reach).
        #: The Matcher runs only around that word, over the same tokens the whole-Doc
        #: Matcher would have matched (not clipped to the sentence), so hits are identical.
        #: Each also lists the exact words its fixed-position tokens need (``_fixed``):
        #: a window without them cannot match, and the Matcher call is spared.
        self.shifted: dict[str, list[tuple[int, Matcher, int, Fixed]]] = {}
        self.matcher = Matcher(nlp.vocab)
        self.flag_patterns: list[tuple[str, FlagPattern]] = []
        self.name_patterns: list[tuple[str, FlagPattern]] = []
        anchor_words: set[str] = set()
        has_anchored = has_general = False
        for entry in lexicon.entries:
            if entry.kind == "phrase":
                target = self.phrase_orth if entry.case_sensitive else self.phrase_lower
                docs = [
                    nlp.make_doc(p if entry.case_sensitive else p.lower()) for p in entry.phrases
                ]
                target.add(entry.id, docs)
                continue
            if entry.kind != "pattern":
                continue
            for pattern in entry.patterns:
                flags = _flag_pattern(pattern)
                if flags is not None:
                    if entry.role == "checkable" and entry.feature == "entity":
                        # "a capitalised word": far too many hits to list one by one;
                        # kept as a mask the rules read only where they need names.
                        self.name_patterns.append((entry.id, flags))
                    else:
                        self.flag_patterns.append((entry.id, flags))
                    continue
                for expanded in expand_first_token(pattern):
                    word = _exact_first(expanded)
                    if word is None and self._add_shifted(nlp, entry.id, expanded):
                        continue
                    if word is not None:
                        key = word.lower()
                        anchor_words.add(key)
                        matcher, reach = self.anchored.get(key, (Matcher(nlp.vocab), 0))
                        matcher.add(entry.id, [expanded])
                        self.anchored[key] = (matcher, max(reach, _max_length(expanded)))
                        self.needs.setdefault(key, []).append(_needs(expanded))
                        has_anchored = True
                    else:
                        self.matcher.add(entry.id, [expanded])
                        has_general = True
        anchor_docs = [nlp.make_doc(w) for w in sorted(anchor_words)]
        self.anchors.add("anchor", anchor_docs)
        #: One-token anchor words are found by a set lookup per token of the view, cheaper
        #: than a PhraseMatcher call per Doc (which stays for multi-token ones, if any).
        self.anchor_words = frozenset(anchor_words)
        self.one_token_anchors = all(len(d) == 1 and d[0].lower_ == d.text for d in anchor_docs)
        self.has_anchored = has_anchored and bool(anchor_words)
        self.has_general = has_general
        self.shifted_words = frozenset(self.shifted)
        #: Bits of ``Lex.mark``: one per flag pattern, then one per name pattern, then
        #: "a one-token anchor word" and "a shifted anchor word" (see ``mark``).
        flag_count = len(self.flag_patterns) + len(self.name_patterns)
        self.anchor_bit = 1 << flag_count
        self.shifted_bit = 1 << (flag_count + 1)
        self._mark_flags = [
            (1 << k, need, forbid)
            for k, (_id, (need, forbid, _start)) in enumerate(
                (*self.flag_patterns, *self.name_patterns)
            )
        ]
        self.lexes = LexCache(self.mark)
        #: Entry id of each match id (its hash), read from a dict rather than decoded
        #: from the string store for every match.
        self.ids = _EntryIds(nlp.vocab.strings)
        for entry in lexicon.entries:
            self.ids[nlp.vocab.strings.add(entry.id)] = entry.id

    def mark(self, lex: Lex) -> int:
        """What this matcher looks for in a word (computed once per word, not per token)."""
        bits = 0
        flags = lex.flags
        for bit, need, forbid in self._mark_flags:
            if flags & need == need and not flags & forbid:
                bits |= bit
        if self.one_token_anchors and lex.lower_ in self.anchor_words:
            bits |= self.anchor_bit
        if lex.lower_ in self.shifted_words:
            bits |= self.shifted_bit
        return bits

    def _add_shifted(self, nlp: Language, entry_id: str, pattern: list[dict[str, Any]]) -> bool:
        """Anchor ``pattern`` on a later exact token (see ``self.shifted``), if it has one."""
        found = _exact_later(pattern)
        if found is None:
            return False
        offset, words = found
        reach = _max_length(pattern)
        fixed = _fixed(pattern)
        for word in words:
            matcher = Matcher(nlp.vocab)
            matcher.add(entry_id, [pattern])
            self.shifted.setdefault(word.lower(), []).append((offset, matcher, reach, fixed))
        return True

    def __call__(self, doc: Doc) -> Doc:
        # The view first: it sets the sentence starts (blank pipeline) that patterns with
        # IS_SENT_START read.
        view = self.lexes.view(doc)
        ids = self.ids
        hits = {(start, end, ids[match_id]) for match_id, start, end in self.phrase_lower(doc)}
        hits.update([(start, end, ids[match_id]) for match_id, start, end in self.phrase_orth(doc)])
        if self.has_general:
            hits.update([(start, end, ids[match_id]) for match_id, start, end in self.matcher(doc)])
        data = doc.user_data
        data[VIEW] = view
        data[SENTS] = view.bounds  # reused by the rules instead of doc.sents
        data[NAMES] = None
        if len(doc) and (
            self.has_anchored or self.flag_patterns or self.name_patterns or self.shifted
        ):
            self._fast_paths(doc, view, hits)
        if view.gaps:
            _drop_gaps(view.gaps, hits, data)
        data[CUES] = sorted(hits)
        return doc

    def _fast_paths(self, doc: Doc, view: DocView, hits: set[tuple[int, int, str]]) -> None:
        toks = view.toks
        starts = [start for start, _end in view.bounds]
        # One pass over the tokens (in C): the words this matcher looks for carry a mark.
        marked = list(compress(range(len(toks)), map(_MARK, toks)))
        for k, (entry_id, pattern) in enumerate(self.flag_patterns):
            hits.update((i, i + 1, entry_id) for i in _flag_hits(toks, marked, starts, k, pattern))
        if self.name_patterns:
            names: set[int] = set()
            first = len(self.flag_patterns)
            for k, (_entry_id, pattern) in enumerate(self.name_patterns, start=first):
                names.update(_flag_hits(toks, marked, starts, k, pattern))
            doc.user_data[NAMES] = (self.name_patterns[0][0], sorted(names))
        if self.shifted:
            bit = self.shifted_bit
            self._shifted(doc, view, hits, [i for i in marked if toks[i].mark & bit])
        if not self.has_anchored:
            return
        ids = self.ids
        bounds = view.bounds
        if self.one_token_anchors:
            bit = self.anchor_bit
            found = [i for i in marked if toks[i].mark & bit]
        else:
            found = [pos for _id, pos, _end in self.anchors(doc)]
        for pos in found:
            key = toks[pos].lower_
            matcher, reach = self.anchored[key]
            k = bisect.bisect_right(starts, pos) - 1
            stop = min(bounds[k][1], pos + reach)
            if not _may_match(self.needs[key], toks, pos, stop):
                continue  # a word every pattern needs is missing: spare the Matcher call
            for match_id, start, end in matcher(doc[pos:stop]):
                if start == 0:
                    hits.add((pos, pos + end, ids[match_id]))

    def _shifted(
        self, doc: Doc, view: DocView, hits: set[tuple[int, int, str]], found: list[int]
    ) -> None:
        """Matches of the patterns anchored on a later token (``self.shifted``) at the
        positions ``found`` of their anchor words."""
        ids = self.ids
        toks = view.toks
        length = len(toks)
        for pos in found:
            for offset, matcher, reach, fixed in self.shifted[toks[pos].lower_]:
                begin = pos - offset
                if begin < 0 or not _fits(fixed, toks, begin, length):
                    continue
                for match_id, start, end in matcher(doc[begin : min(length, begin + reach)]):
                    if start == 0:
                        hits.add((begin, begin + end, ids[match_id]))


_MARK = attrgetter("mark")


class _EntryIds(dict[int, str]):
    """Match id -> entry id; an id not listed (none should be) is read from the strings."""

    def __init__(self, strings: Any):
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        return str(self.strings[key])


def _drop_gaps(gaps: frozenset[int], hits: set[tuple[int, int, str]], data: Any) -> None:
    """Forget matches that touch a paragraph break of a Doc made of several paragraphs:
    a Doc per paragraph has no such token (a flag pattern such as "not a letter" could
    match it), and a match across paragraphs crosses a sentence end anyway."""
    order = sorted(gaps)
    for hit in list(hits):
        k = bisect.bisect_left(order, hit[0])
        if k < len(order) and order[k] < hit[1]:
            hits.discard(hit)
    names = data.get(NAMES)
    if names is not None:
        data[NAMES] = (names[0], [i for i in names[1] if i not in gaps])


def _exact_later(pattern: Sequence[dict[str, Any]]) -> tuple[int, list[str]] | None:
    """(offset, words) of the first token after the first that must be one of ``words``
    (exact LOWER values), when every token before it is a plain one-token predicate
    (no operator), so a match always starts ``offset`` tokens before that word."""
    for offset, token in enumerate(pattern):
        if "OP" in token:
            return None
        if offset == 0:
            continue
        value = token.get("LOWER")
        if isinstance(value, str):
            return offset, [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return offset, [str(w) for w in value["IN"]]
    return None


def _fixed(pattern: Sequence[dict[str, Any]]) -> Fixed:
    """The exact words a match of ``pattern`` needs at fixed offsets from its start: for
    each token before the first operator (so at a known position) that gives exact
    LOWER or ORTH/TEXT values, (offset, lower-cased?, values). A necessary condition only."""
    out: list[tuple[int, bool, frozenset[str]]] = []
    for k, token in enumerate(pattern):
        if "OP" in token:
            break
        for attr, lower in (("LOWER", True), ("ORTH", False), ("TEXT", False)):
            value = token.get(attr)
            if isinstance(value, str):
                out.append((k, lower, frozenset({value})))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                out.append((k, lower, frozenset(map(str, value["IN"]))))
    return tuple(out)


def _fits(fixed: Fixed, toks: list[Lex], begin: int, length: int) -> bool:
    """Whether the tokens from ``begin`` have the words ``fixed`` requires (``_fixed``)."""
    for k, lower, values in fixed:
        i = begin + k
        if i >= length:
            return False  # a required token beyond the Doc: no match
        lex = toks[i]
        if (lex.lower_ if lower else lex.text) not in values:
            return False
    return True


def _needs(pattern: Sequence[dict[str, Any]]) -> Needs:
    """What any match of an anchored pattern needs: its first token's exact text (when the
    pattern gives ORTH/TEXT), and for each later token without an operator (so it must
    be there) and with exact LOWER values, those values. A necessary condition only."""
    first = pattern[0]
    text = next((first[a] for a in ("ORTH", "TEXT") if isinstance(first.get(a), str)), None)
    words: list[frozenset[str]] = []
    for token in pattern[1:]:
        if "OP" in token:
            continue
        value = token.get("LOWER")
        if isinstance(value, str):
            words.append(frozenset({value}))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words.append(frozenset(value["IN"]))
    return text, tuple(words)


def _may_match(needs: list[Needs], toks: list[Lex], pos: int, stop: int) -> bool:
    """Whether some pattern of an anchor can match at ``pos`` (window up to ``stop``)."""
    window: set[str] | None = None
    for text, words in needs:
        if text is not None and toks[pos].text != text:
            continue
        if words:
            if window is None:
                window = {lex.lower_ for lex in toks[pos + 1 : stop]}
            if any(w.isdisjoint(window) for w in words):
                continue
        return True
    return False


def _flag_hits(
    toks: list[Lex], marked: list[int], starts: list[int], bit: int, pattern: FlagPattern
) -> list[int]:
    """Token indices whose lexeme flags (``Lex.mark`` bit ``bit``, set from the pattern's
    flags) and sentence-start position fit the pattern; ``marked``: the marked tokens."""
    mask = 1 << bit
    found = [i for i in marked if toks[i].mark & mask]
    sent_start = pattern[2]
    if sent_start is None:
        return found
    first = set(starts)
    return [i for i in found if (i in first) is sent_start]


def _flag_pattern(pattern: Sequence[dict[str, Any]]) -> FlagPattern | None:
    """``[{"IS_TITLE": true, "IS_SENT_START": false}]`` → (need, forbid, sent start), else None."""
    if len(pattern) != 1:
        return None
    spec = pattern[0]
    if not spec or any(k not in _FLAG_KEYS or not isinstance(v, bool) for k, v in spec.items()):
        return None
    need = sum(FLAG_BITS[k] for k, v in spec.items() if k in FLAG_BITS and v)
    forbid = sum(FLAG_BITS[k] for k, v in spec.items() if k in FLAG_BITS and not v)
    return need, forbid, spec.get("IS_SENT_START")


def _max_length(pattern: Sequence[dict[str, Any]]) -> int:
    """Longest span a pattern may reach ("{0,10}" counts 10, "*"/"+" count 12)."""
    total = 0
    for token in pattern:
        op = token.get("OP", "")
        if op in ("*", "+"):
            total += 12
        elif op.startswith("{"):
            total += int(op.strip("{}").split(",")[-1] or 12)
        else:
            total += 1
    return total


def _exact_first(pattern: Sequence[dict[str, Any]]) -> str | None:
    """The exact word a pattern must start with (so it can be anchored), if any."""
    first = pattern[0]
    if "OP" in first:
        return None
    for attr in ("LOWER", "ORTH"):
        value = first.get(attr)
        if isinstance(value, str):
            return value
    return None


def expand_first_token(pattern: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split ``{"LOWER": {"IN": [...]}}`` on a pattern's first token into exact-value patterns.

    The Matcher evaluates set/regex predicates of a pattern's first token on *every* token
    of the Doc, in Python; exact ORTH/LOWER values are compared in C. Expanding the first
    token keeps matching results identical and makes the cue matcher several times faster.
    """
    first, rest = dict(pattern[0]), [dict(t) for t in pattern[1:]]
    if "OP" in first:
        return [[first, *rest]]
    for attr in ("LOWER", "ORTH"):
        value = first.get(attr)
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [[{**first, attr: word}, *rest] for word in value["IN"]]
    return [[first, *rest]]


class AttributionRules:
    """Applies the sentence rules with the Doc's own state (``doc._.fc_state``).

    The component holds no per-article state: the Analyzer gives every analysis its own
    :class:`SpeakerState` (so "she said" finds a speaker named earlier in *that* article)
    and two analyses running at once cannot mix their speakers. A Doc without a state
    (``nlp(text)`` called directly) is analysed on its own.
    """

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon):
        self.name = name
        self.rules = SentenceRules(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        data = doc.user_data
        state = data.get(STATE) or SpeakerState()
        data[FINDINGS] = self.rules.run(doc, data.get(CUES) or (), state)
        data[VIEW] = None  # the view refers back to the Doc: drop the cycle
        data[STATE] = None
        return doc


@Language.factory(
    "factcheck_cues",
    default_config={"lang": None, "extra_lexicons": []},
)
def make_cue_matcher(
    nlp: Language, name: str, lang: str | None, extra_lexicons: Sequence[str]
) -> CueMatcher:
    """Factory for ``factcheck_cues``; ``lang`` defaults to the pipeline's language."""
    return CueMatcher(nlp, name, load_lexicon(lang or nlp.lang, tuple(map(str, extra_lexicons))))


@Language.factory(
    "factcheck_attribution",
    default_config={"lang": None, "extra_lexicons": []},
)
def make_attribution(
    nlp: Language, name: str, lang: str | None, extra_lexicons: Sequence[str]
) -> AttributionRules:
    """Factory for ``factcheck_attribution``; must run after ``factcheck_cues``."""
    return AttributionRules(
        nlp, name, load_lexicon(lang or nlp.lang, tuple(map(str, extra_lexicons)))
    )
