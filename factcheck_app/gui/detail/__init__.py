"""The assertion detail view (side panel): verdict, notes, evidence, tags.

``AssertionDetail`` is imported lazily so that modules shared with the reference library
(``reference_dialog``, ``snapshots``) can be imported without the whole view.
"""

from __future__ import annotations

from typing import Any

__all__ = ["AssertionDetail"]


def __getattr__(name: str) -> Any:
    if name == "AssertionDetail":
        from factcheck_app.gui.detail.assertion_detail import AssertionDetail

        return AssertionDetail
    raise AttributeError(name)
