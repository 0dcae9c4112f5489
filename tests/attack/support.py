"""Shared state of the attack suite (one module instance for conftest and tests)."""

from __future__ import annotations

import os
from collections import defaultdict

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "12"))
#: An input taking longer than this counts as a hang.
HANG_SECONDS = float(os.environ.get("FACTCHECK_FUZZ_HANG_SECONDS", "30"))

settings.register_profile(
    "attack",
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=os.environ.get("FACTCHECK_FUZZ_RANDOM") is None,
)

OUTCOMES = ("inputs", "crashes", "hangs", "data lost", "unclear errors")
RESULTS: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))


def record(attack: str, outcome: str | None) -> None:
    """One input of ``attack``; ``outcome`` is None (handled) or one of OUTCOMES[1:]."""
    RESULTS[attack]["inputs"] += 1
    if outcome:
        RESULTS[attack][outcome] += 1


def unclear(message: str) -> bool:
    """A user message that is not one clear line."""
    return "\n" in message or len(message) > 400 or "Traceback" in message or not message
