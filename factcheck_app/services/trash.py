"""The trash of deleted articles: list, restore (an undoable edit), empty (for good).

Deleting is ``articles.delete_article``; see ``storage/trash.py`` for what a trashed
article is and why emptying blanks rows instead of removing them.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck_app.errors import NotFoundError
from factcheck_app.i18n import N_
from factcheck_app.models import Changes, Operation, TrashedArticle
from factcheck_app.services.history import operation
from factcheck_app.services.library import Library
from factcheck_app.storage import trash as store


def list_trash(lib: Library) -> list[TrashedArticle]:
    with lib.session() as db:
        return store.list_trashed(db)


def resolve_trashed(lib: Library, id_or_prefix: str) -> TrashedArticle:
    """The trashed article with this id or unique id prefix."""
    wanted = id_or_prefix.strip()
    matches = [t for t in list_trash(lib) if wanted and t.id.startswith(wanted)]
    exact = [t for t in matches if t.id == wanted]
    if exact:
        return exact[0]
    if len(matches) != 1:
        raise NotFoundError(
            N_("no article {id} in the trash")
            if not matches
            else N_("{id} matches several articles in the trash; give more of the id"),
            id=wanted,
        )
    return matches[0]


def restore_article(lib: Library, article_id: str) -> Changes:
    """Take an article out of the trash with its assertions, notes and copies (undoable)."""
    trashed = resolve_trashed(lib, article_id)
    with operation(lib, Operation.RESTORE_ARTICLE, trashed.title) as op:
        store.restore(op.db, trashed.id, lib.author)
        op.changes = Changes(articles=frozenset({trashed.id}), library=True)
    return op.changes


def empty_trash(lib: Library, article_ids: Sequence[str] | None = None) -> int:
    """Erase trashed articles (all, or ``article_ids``) for good; how many were erased.

    Not undoable: the point is that their text leaves the file (undo images included).
    """
    with lib.session() as db:
        ids = [t.id for t in store.list_trashed(db)] if article_ids is None else article_ids
        return store.purge(db, ids, lib.author)
