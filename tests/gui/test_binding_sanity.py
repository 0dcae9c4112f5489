"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void method call and
the app aborts after a long article ("none_dealloc"). pyproject pins below it; this test
fails if a future upgrade brings the bug back."""

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_leak_none() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10
