"""Shared state of the attack suite (one module instance for conftest and tests)."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable

from hypothesis import HealthCheck, settings

from factcheck_app.errors import FactcheckError

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


def judge(attempt: Callable[[], object], state: Callable[[], object] | None = None) -> str | None:
    """Run one hostile input and say how it went: None (handled) or one of OUTCOMES[1:].

    ``attempt`` does the work and may itself return an outcome (a string, e.g. "data lost"
    when a check after a success fails; anything else it returns is ignored). A
    ``FactcheckError`` is a refusal: it must be one clear line and, when ``state`` is
    given, leave ``state()`` as it was; any other exception is a crash; an input that
    takes longer than HANG_SECONDS is a hang.
    """
    before = state() if state else None
    started = time.monotonic()
    outcome = None
    try:
        result = attempt()
        outcome = result if isinstance(result, str) else None
    except FactcheckError as exc:
        if state is not None and state() != before:
            outcome = "data lost"
        elif unclear(str(exc)):
            outcome = "unclear errors"
    except Exception:
        outcome = "crashes"
    if outcome is None and time.monotonic() - started > HANG_SECONDS:
        outcome = "hangs"
    return outcome
