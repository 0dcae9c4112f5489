"""An inverted index of claim keys, updated one claim at a time.

Comparing a card with every claim in a large library is too slow to do while the checker
clicks (300,000 comparisons); most claims share no key with it at all. The index keeps,
per key, the claims that have it; a query visits only the postings of its own keys (keys
found in very many claims are skipped for candidate finding: they cannot single out a
match alone), keeps the candidates with the most shared weight, and scores those with
the same ``compare`` a brute-force pass uses, so both agree on every reported match.

Claims are kept compactly (key numbers and kind letters), and removal only marks a claim
dead; postings are compacted when the dead outnumber the living.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck_app.memory.features import KIND_WEIGHT, ClaimFeatures, Feature, compare

#: How many best candidates (by shared key weight) get a full comparison.
CANDIDATES = 400
#: Keys held by more than this share of all claims are not used to find candidates.
COMMON_SHARE = 0.02
COMMON_MIN = 500


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
        self._negated = bytearray()
        self._doc: dict[str, int] = {}
        self._dead = 0

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
        self._displays.append(tuple(f.display for f in claim.features.values()))
        self._langs.append(claim.lang)
        self._groups.append(group)
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
    ) -> list[Hit]:
        """Claims scoring at least ``threshold`` against ``claim``, best first; claims in
        ``exclude_group`` (the card's own article) are left out."""
        skip = set(exclude)
        living = len(self._doc)
        common = max(COMMON_MIN, int(living * COMMON_SHARE))
        present = [
            (self._postings[self._vocab[key]], KIND_WEIGHT[feature.kind])
            for key, feature in claim.features.items()
            if key in self._vocab
        ]
        total = sum(KIND_WEIGHT[f.kind] for f in claim.features.values()) or 1.0
        common_weight = sum(w for postings, w in present if len(postings) > common)
        # A claim sharing only common keys can reach the threshold only when those keys
        # are at least t / (2 - t) of the query's weight (Dice bound); then use them too.
        if common_weight / total >= threshold / (2 - threshold):
            common = len(self._ids) + 1
        weights: dict[int, float] = {}
        for postings, w in present:
            if len(postings) > common:
                continue
            get = weights.get
            for number in postings:
                weights[number] = get(number, 0.0) + w
        best = sorted(weights, key=weights.__getitem__, reverse=True)[:CANDIDATES]
        return self._score(claim, best, threshold, limit, skip, exclude_group)

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
        hits.sort(key=lambda h: (-h.score, h.item_id))
        return hits[:limit]
