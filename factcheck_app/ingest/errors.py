"""The one exception ingest raises for bad input."""

from __future__ import annotations

from factcheck_app.errors import InputError


class IngestError(InputError):
    """Input that cannot become an article; ``str(err)`` is one user-readable line.

    An :class:`InputError` (so a ``ValueError`` too) for callers that only know the stdlib.
    """
