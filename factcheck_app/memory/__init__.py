"""Claim memory: has this claim been checked before, here or by a published fact-check?

Qt-free and storage-free: ``normalise`` turns text into language-independent keys
(folded words, figures with units, dates, names, bilingual key terms from
``resources/memory``), ``features`` weighs and compares them with a readable reason,
``index`` finds candidates fast, ``claimreview`` reads published fact-checks, ``ratings``
places verdicts on a true-false scale, ``pairs`` scores the matcher on labelled pairs.
"""

from factcheck_app.memory.features import ClaimFeatures, compare, extract
from factcheck_app.memory.index import ClaimIndex, Hit

#: Matches scoring at least this are "the same claim" (tuned on the labelled pairs).
DEFAULT_THRESHOLD = 0.5
#: Bumped whenever extraction changes, so stored indexes are rebuilt.
INDEX_VERSION = "3"

__all__ = [
    "DEFAULT_THRESHOLD",
    "INDEX_VERSION",
    "ClaimFeatures",
    "ClaimIndex",
    "Hit",
    "compare",
    "extract",
]
