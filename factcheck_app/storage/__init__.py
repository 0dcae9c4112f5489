"""SQLite storage: migrations, repositories, search, merge (see docs/DESIGN.md).

sqlite-utils imports numpy when it is installed (spaCy brings it) only to map numpy
scalar types to column types, which we never store; that import is 0.3 s of every start
of the app and of every ``factcheck`` command. It is skipped here; numpy still loads
normally later for whoever needs it (the analyser).
"""

import sys  # no `from __future__ import annotations`: it would shadow .annotations

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]
