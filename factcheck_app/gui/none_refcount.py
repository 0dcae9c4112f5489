"""Guard against a binding bug: PySide6 6.12.0 on Python 3.11 drops a reference to ``None``
on every call of a void C++ method.

After some tens of thousands of calls (building one long article makes that many) the
interpreter aborts with "none_dealloc: deallocating None". Python 3.12+ makes ``None``
immortal, so only older interpreters are affected. The check measures the leak directly,
so a fixed PySide6 release turns the guard off by itself.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 48  # more calls than any session will ever make


def void_calls_leak_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def guard() -> bool:
    """Raise None's reference count far out of reach when the leak is present."""
    if sys.version_info >= (3, 12) or not void_calls_leak_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _BALLAST
    return True


GUARDED = guard()
