"""The attack suite: hostile inputs of every class, counted by outcome.

Each attack records one outcome per input (``support.record``); the session prints the
table "attack class | inputs | crashes | hangs | data lost | unclear errors" at the end,
and the tests fail on any crash, hang, loss or unclear error. ``FACTCHECK_FUZZ_EXAMPLES``
sets how many inputs hypothesis tries per attack (``make fuzz`` runs many more).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "storage"))

from tests.attack.support import OUTCOMES, RESULTS


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if not RESULTS:
        return
    terminalreporter.write_line("")
    terminalreporter.write_line("attack class | " + " | ".join(OUTCOMES))
    for attack, counts in sorted(RESULTS.items()):
        terminalreporter.write_line(f"{attack} | " + " | ".join(str(counts[o]) for o in OUTCOMES))
