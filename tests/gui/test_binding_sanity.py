"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void method call and
the app aborts after a long article ("none_dealloc"). pyproject caps PySide6 below 6.12 on
Python 3.11 only; tests/packaging/test_metadata.py checks the cap's marker, and this test
fails if the installed binding has the bug (on 3.12+ None is immortal: nothing to leak)."""

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683)"
)
def test_void_calls_do_not_leak_none() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10
