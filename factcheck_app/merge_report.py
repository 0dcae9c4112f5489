"""What a merge reports: its conflicts, the risks it asks about, and its counts.

Split from ``models`` (the library's records) because these describe one operation,
merging a share, not rows the library keeps; storage, services and the merge dialog read
them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck_app.models import Changes


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    ours: dict
    theirs: dict
    chosen: str  # "ours" | "theirs"


@dataclass(frozen=True)
class MergeRisk:
    """One kind of change a merge would make to rows the receiver already has.

    ``kind`` is "delete" (rows deleted), "rewrite" (the receiver's own rows rewritten by
    someone else) or "text" (an article's text changed under its assertions). Such
    changes are applied only when accepted; otherwise the receiver's version stays and
    the other is kept as a conflict that can be chosen later.
    """

    kind: str
    table: str
    author: str
    count: int
    assertions: int = 0  # "text": live assertions under the changed articles
    accepted: bool = False


@dataclass(frozen=True)
class MergeReport:
    source_library_id: str
    dry_run: bool
    added: dict[str, int]
    changed: dict[str, int]
    deleted: dict[str, int]
    conflicts: tuple[Conflict, ...]
    backup_path: str | None = None
    merge_id: str | None = None
    risks: tuple[MergeRisk, ...] = ()
    clamped: int = 0  # rows whose timestamps lay in the future, set to the merge time
    #: what the merge changed, for the views (empty for a preview)
    changes: Changes = field(default_factory=Changes)
