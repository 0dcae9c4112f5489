"""An inverted index of claim keys, updated one claim at a time.

Comparing a card with every claim in a large library is too slow to do while the checker
clicks (300,000 comparisons); most claims share no key with it at all. The index keeps,
per key, the claims that have it. A query reads only the postings of its rarer keys
(prefix filtering: the commonest keys, up to the weight that could not reach the
threshold on its own, are set aside; any claim that can match holds one of the others),
bounds each candidate's best possible score, counts the exact overlap of those that can
still reach the threshold, and scores the rest with the same ``compare`` a brute-force
pass uses. The answer is the brute-force answer; the benchmark checks the agreement.

Claims are kept compactly (key numbers and kind letters), and removal only marks a claim
dead; postings are compacted when the dead outnumber the living.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck_app.memory.features import (
    CROSS_WORD_WEIGHT,
    KIND_WEIGHT,
    MIN_SHARED,
    NAME,
    WORD,
    ClaimFeatures,
    Feature,
    compare,
)

_NAME_WEIGHT = KIND_WEIGHT["N"]


def _own_weight(kind: str, cross: bool) -> float:
    return CROSS_WORD_WEIGHT if cross and kind == WORD else KIND_WEIGHT[kind]


def totals(claim: ClaimFeatures) -> tuple[float, float]:
    """The claim's key weight against a claim in its own language and in the other one."""
    same = sum(KIND_WEIGHT[f.kind] for f in claim.features.values())
    words = sum(1 for f in claim.features.values() if f.kind == WORD)
    return same, same - words * (KIND_WEIGHT[WORD] - CROSS_WORD_WEIGHT)


@dataclass(frozen=True)
class Hit:
    item_id: str
    score: float
    reason: str
    shared: tuple[Feature, ...]


class ClaimIndex:
    def __init__(self) -> None:
        self._vocab: dict[str, int] = {}
        self._words: list[str] = []
        self._postings: dict[int, array] = {}
        self._ids: list[str | None] = []  # doc number -> item id (None when removed)
        self._keys: list[array] = []
        self._kinds: list[str] = []
        self._displays: list[tuple[str, ...]] = []
        self._langs: list[str] = []
        self._groups: list[str] = []
        self._total_same = array("f")
        self._total_cross = array("f")
        self._negated = bytearray()
        self._doc: dict[str, int] = {}
        self._dead = 0
        self._strings: dict[str, str] = {}  # one copy of each display string

    def __len__(self) -> int:
        return len(self._doc)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._doc

    def ids(self) -> Iterable[str]:
        return self._doc.keys()

    def add(self, item_id: str, claim: ClaimFeatures, group: str = "") -> None:
        """Index ``claim`` under ``item_id`` (replacing it); ``group``: its article, if any."""
        self.remove(item_id)
        number = len(self._ids)
        keys = array("i")
        for key in claim.features:
            key_id = self._vocab.get(key)
            if key_id is None:
                key_id = self._vocab[key] = len(self._words)
                self._words.append(key)
            keys.append(key_id)
            postings = self._postings.get(key_id)
            if postings is None:
                postings = self._postings[key_id] = array("i")
            postings.append(number)
        self._ids.append(item_id)
        self._keys.append(keys)
        self._kinds.append("".join(f.kind for f in claim.features.values()))
        intern = self._strings.setdefault
        self._displays.append(tuple(intern(f.display, f.display) for f in claim.features.values()))
        self._langs.append(claim.lang)
        self._groups.append(group)
        same, cross = totals(claim)
        self._total_same.append(same)
        self._total_cross.append(cross)
        self._negated.append(int(claim.negated))
        self._doc[item_id] = number

    def remove(self, item_id: str) -> bool:
        number = self._doc.pop(item_id, None)
        if number is None:
            return False
        self._ids[number] = None
        self._dead += 1
        if self._dead > 1000 and self._dead > len(self._doc):
            self._compact()
        return True

    def group(self, item_id: str) -> str | None:
        number = self._doc.get(item_id)
        return None if number is None else self._groups[number]

    def features(self, item_id: str) -> ClaimFeatures | None:
        number = self._doc.get(item_id)
        return None if number is None else self._claim(number)

    def _claim(self, number: int) -> ClaimFeatures:
        words = self._words
        found = {
            words[k]: Feature(words[k], kind, shown)
            for k, kind, shown in zip(
                self._keys[number], self._kinds[number], self._displays[number], strict=True
            )
        }
        return ClaimFeatures(self._langs[number], found, bool(self._negated[number]))

    def _compact(self) -> None:
        living = [(i, self._claim(n), self._groups[n]) for i, n in self._doc.items()]
        self.__init__()  # type: ignore[misc]
        for item_id, claim, group in living:
            self.add(item_id, claim, group)

    # --- queries -------------------------------------------------------------------

    def query(
        self,
        claim: ClaimFeatures,
        *,
        threshold: float,
        limit: int = 20,
        exclude: Iterable[str] = (),
        exclude_group: str | None = None,
        first: bool = False,
    ) -> list[Hit]:
        """Claims scoring at least ``threshold`` against ``claim``, best first; claims in
        ``exclude_group`` (the card's own article) are left out. ``first``: any one
        match is enough (a "seen before" marker), so scoring stops at the first."""
        skip = set(exclude)
        q_same, q_cross = totals(claim)
        query_kinds: dict[int, str] = {}
        keys: list[tuple[array, float]] = []
        for key, feature in claim.features.items():
            key_id = self._vocab.get(key)
            if key_id is None:
                continue
            query_kinds[key_id] = feature.kind
            # the most this key can add when shared (a plain word may be a name there)
            most = _NAME_WEIGHT if feature.kind in (WORD, NAME) else KIND_WEIGHT[feature.kind]
            keys.append((self._postings[key_id], most))
        # Prefix filtering: a claim sharing none of the query's rarer keys shares at most
        # the commoner ones, and its own total is at least that much, so its Dice score is
        # at most 2c / (Tq + c). Set aside the commonest keys while that stays below the
        # threshold: every claim that can reach it holds one of the rest, whose postings
        # are short. The claims found get the set-aside weight in their bound below.
        keys.sort(key=lambda k: len(k[0]), reverse=True)
        low_q = min(q_same, q_cross)
        common_weight = 0.0
        first_rare = 0
        for _postings, most in keys:
            grown = common_weight + most
            if 2 * grown / (low_q + grown) >= threshold:
                break
            common_weight = grown
            first_rare += 1
        rare = keys[first_rare:]
        found: dict[int, float] = {}
        for postings, most in rare:
            get = found.get
            for number in postings:
                found[number] = get(number, 0.0) + most
        # Upper bound per candidate (penalties only lower a score), then the exact overlap.
        langs, same_t, cross_t = self._langs, self._total_same, self._total_cross
        hopeful = []
        # Dice >= t needs shared >= t * Tq / (2 - t): one comparison prunes most candidates.
        need = threshold * low_q / (2 - threshold) - common_weight
        lang = claim.lang
        for number, weight in found.items():
            if weight < need:
                continue
            shared = weight + common_weight
            if langs[number] == lang:
                tq, td = q_same, same_t[number]
            else:
                tq, td = q_cross, cross_t[number]
            # Dice bound with each side's total at least the shared weight (inline: hot loop)
            if 2 * shared < threshold * (
                (tq if tq > shared else shared) + (td if td > shared else shared)
            ):
                continue
            if self._plain_score(number, query_kinds, lang, (q_same, q_cross)) >= threshold:
                hopeful.append(number)
        return self._score(claim, hopeful, threshold, limit, skip, exclude_group, first)

    def _plain_score(
        self,
        number: int,
        query_kinds: dict[int, str],
        lang: str,
        totals_q: tuple[float, float],
    ) -> float:
        cross = lang != self._langs[number]
        total = (
            totals_q[1] + self._total_cross[number]
            if cross
            else totals_q[0] + self._total_same[number]
        )
        shared = 0.0
        for key_id, kind in zip(self._keys[number], self._kinds[number], strict=True):
            q_kind = query_kinds.get(key_id)
            if q_kind is None:
                continue
            w = max(KIND_WEIGHT[q_kind], KIND_WEIGHT[kind])
            shared += w
            total += 2 * w - _own_weight(q_kind, cross) - _own_weight(kind, cross)
        if not shared:
            return 0.0
        score = 2 * shared / total
        return score * shared / MIN_SHARED if shared < MIN_SHARED else score

    def brute_force(
        self,
        claim: ClaimFeatures,
        *,
        threshold: float,
        limit: int = 20,
        exclude: Iterable[str] = (),
        exclude_group: str | None = None,
    ) -> list[Hit]:
        """The same answer by comparing with every claim (for tests and the benchmark)."""
        numbers = range(len(self._ids))
        return self._score(claim, numbers, threshold, limit, set(exclude), exclude_group)

    def _score(
        self,
        claim: ClaimFeatures,
        numbers: Iterable[int],
        threshold: float,
        limit: int,
        skip: set[str],
        exclude_group: str | None,
        first: bool = False,
    ) -> list[Hit]:
        hits: list[Hit] = []
        for number in numbers:
            item_id = self._ids[number]
            if item_id is None or item_id in skip:
                continue
            if exclude_group and self._groups[number] == exclude_group:
                continue
            result = compare(claim, self._claim(number))
            if result.score >= threshold:
                hits.append(Hit(item_id, result.score, result.reason, result.shared))
                if first:
                    break
        hits.sort(key=lambda h: (-h.score, h.item_id))
        return hits[:limit]
