"""The one exception ingest raises for bad input."""

from __future__ import annotations


class IngestError(ValueError):
    """Input that cannot become an article; ``str(err)`` is one user-readable line.

    A ``ValueError`` so callers that only know the standard library still catch it.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
