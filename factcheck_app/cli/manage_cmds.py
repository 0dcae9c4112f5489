"""Library upkeep: the trash (``trash``, ``restore``), article details (``edit``), notes
on a whole article (``note``) and the checker's "don't flag this again" exceptions
(``exceptions``; ``--add CARD`` is the app's Review > Don't flag this again).

Deleting is ``factcheck delete`` (to the trash); every change here except emptying the
trash is an edit in the undo journal, so ``factcheck undo`` takes it back.
"""

from __future__ import annotations

import click

from factcheck_app.cli.app import main, pass_library
from factcheck_app.cli.output import echo, emit_json, json_option
from factcheck_app.errors import InputError, NotFoundError
from factcheck_app.i18n import N_
from factcheck_app.models import ArticleFields, Lifecycle
from factcheck_app.services import Library, checker, trash
from factcheck_app.services import annotations as note_service
from factcheck_app.services import articles as article_service
from factcheck_app.services import cards as card_service
from factcheck_app.settings import ui_language


@main.command("trash")
@click.option("--empty", is_flag=True, help="Erase every article in the trash for good.")
@click.option("--yes", is_flag=True, help="Do not ask before emptying.")
@json_option
@pass_library
def trash_cmd(lib: Library, empty: bool, yes: bool, as_json: bool) -> None:
    """List the deleted articles (restore one with `factcheck restore ID`), or --empty."""
    items = trash.list_trash(lib)
    if empty:
        if (
            items
            and not yes
            and not click.confirm(
                f"Erase {len(items)} article(s) and all their work for good?", err=True
            )
        ):
            raise SystemExit(2)
        erased = trash.empty_trash(lib)
        if as_json:
            emit_json("trash", erased=erased, articles=[])
        else:
            echo(f"Erased {erased} article(s).")
        return
    if as_json:
        emit_json(
            "trash",
            articles=[
                {
                    "id": t.id,
                    "title": t.title,
                    "outlet": t.outlet,
                    "deleted_at": t.deleted_at,
                    "deleted_by": t.deleted_by,
                    "assertions": t.assertions,
                    "notes": t.notes,
                }
                for t in items
            ],
        )
        return
    if not items:
        echo("The trash is empty.")
    for t in items:
        echo(f"{t.id[:8]}  {t.deleted_at[:16].replace('T', ' ')}  {t.title}")


@main.command("restore")
@click.argument("article_id")
@json_option
@pass_library
def restore_cmd(lib: Library, article_id: str, as_json: bool) -> None:
    """Take an article out of the trash, with its assertions, notes and verdicts."""
    found = trash.resolve_trashed(lib, article_id)
    trash.restore_article(lib, found.id)
    if as_json:
        emit_json("restore", article_id=found.id, title=found.title)
        return
    echo(f"Restored {found.id}: {found.title}")


@main.command("edit")
@click.argument("article_id")
@click.option("--title", help="The article's title.")
@click.option("--url", help="Where it was published (http/https; '' to clear).")
@click.option("--outlet", help="The publication ('' to clear).")
@click.option("--author", "byline", help="Who wrote it ('' to clear).")
@click.option("--published", help="Publication date, YYYY-MM-DD ('' to clear).")
@click.option("--language", help="Language of the whole text (en, de; '' = detect).")
@json_option
@pass_library
def edit_cmd(
    lib: Library,
    article_id: str,
    title: str | None,
    url: str | None,
    outlet: str | None,
    byline: str | None,
    published: str | None,
    language: str | None,
    as_json: bool,
) -> None:
    """Correct an article's details; options not given stay as they are."""
    article = article_service.get_article(lib, article_id)
    fields = ArticleFields(
        title=article.title if title is None else title,
        url=article.url if url is None else url,
        outlet=article.outlet if outlet is None else outlet,
        byline=article.byline if byline is None else byline,
        published=article.published if published is None else published,
        language=article.language if language is None else language,
    )
    changes = article_service.edit_article(lib, article.id, fields)
    edited = article_service.get_article(lib, article.id)
    if as_json:
        emit_json(
            "edit",
            article_id=edited.id,
            changed=changes.step is not None,
            title=edited.title,
            url=edited.url,
            outlet=edited.outlet,
            byline=edited.byline,
            published=edited.published,
            language=edited.language,
        )
        return
    echo(("Edited " if changes.step is not None else "Unchanged ") + f"{edited.id}: {edited.title}")


@main.command("note")
@click.argument("article_id")
@click.argument("text", nargs=-1, required=True)
@click.option("--private", is_flag=True, help="Leave it out of shares and exports.")
@json_option
@pass_library
def note_cmd(lib: Library, article_id: str, text: tuple[str, ...], private: bool, as_json: bool):
    """Add a note on a whole article (not on one assertion)."""
    article = article_service.get_article(lib, article_id)
    made = note_service.add_note(lib, article.id, " ".join(text), private=private)
    note = note_service.get_note(lib, str(made.created))
    if note is None:  # just made in this process; never gone
        raise NotFoundError(N_("no note {id}"), id=str(made.created))
    if as_json:
        emit_json("note", note_id=note.id, article_id=article.id, author=note.author)
        return
    echo(f"Noted on {article.id[:8]} by {note.author}: {note.body}")


@main.command("exceptions")
@click.option("--remove", "remove", type=click.IntRange(1), help="Remove exception number N.")
@click.option(
    "--add",
    "card_id",
    metavar="CARD_ID",
    help="Dismiss a finding of this claim card as a false alarm and stop flagging its cue"
    " (as Review > Don't flag this again in the app).",
)
@click.option(
    "--only-in",
    "phrase",
    default="",
    metavar="PHRASE",
    help="With --add: only where the sentence contains PHRASE (it must hold the cue).",
)
@json_option
@pass_library
def exceptions_cmd(
    lib: Library, remove: int | None, card_id: str | None, phrase: str, as_json: bool
) -> None:
    """List your "don't flag this again" exceptions (kept in your settings), add one from a
    claim card, or remove one."""
    if card_id is not None and remove is not None:
        raise click.UsageError("give --add or --remove, not both")
    if phrase and card_id is None:
        raise click.UsageError("--only-in needs --add CARD_ID")
    items = lib.settings.lexicon_exceptions
    if remove is not None:
        if remove > len(items):
            raise InputError(N_("there is no exception {n}"), n=remove)
        checker.remove_exception(lib, items[remove - 1])
        items = lib.settings.lexicon_exceptions
    if card_id is not None:
        _never_flag(lib, card_id, phrase)
        items = lib.settings.lexicon_exceptions
    if as_json:
        emit_json(
            "exceptions",
            exceptions=[
                {"category": e.category, "cue": e.cue, "phrase": e.phrase, "lang": e.lang}
                for e in items
            ],
        )
        return
    if card_id is not None:
        return
    if not items:
        echo("No exceptions.")
    for n, e in enumerate(items, 1):
        where = f" in “{e.phrase}”" if e.phrase else ""
        echo(f"{n:>3}  {e.category}: “{e.cue}”{where}")


def _never_flag(lib: Library, card_id: str, phrase: str) -> None:
    """Dismiss one finding of the card (one undoable step) and remember its cue, as the
    app's Ctrl+D does for the selected finding.

    A card can hold findings of several categories ("disputed+hedged"): the phrase picks
    the one whose cue it contains; without one, the card's first (most severe) finding.
    """
    from factcheck_app.analysis.exceptions import fold  # on use: it loads spaCy

    card = card_service.card_by_prefix(lib, card_id)
    taught = [a for a in card.members if a.cue_start is not None]
    if not taught:
        raise InputError(N_("only a finding of the analyser can be taught: this one has no cue"))
    if phrase:
        taught = [a for a in taught if fold(checker.cue_of(lib, a)) in fold(phrase)] or taught
    target = taught[0]
    exception = checker.exception_for(lib, target, phrase)
    if target.status is not Lifecycle.DISMISSED:
        reason = checker.never_flag_reason(exception.cue, ui_language(lib.settings))
        note_service.set_status(lib, target.id, Lifecycle.DISMISSED, reason)
    checker.add_exception(lib, exception)
    where = f" in “{exception.phrase}”" if exception.phrase else ""
    echo(
        f"“{exception.cue}”{where} will not be flagged as {exception.category} again;"
        f" finding {target.id[:8]} dismissed. Re-analyse to apply it: factcheck analyze"
        f" {card.article_id[:8]}"
    )


@main.group("references")
def references_group() -> None:
    """The reference library: list the sources, delete one."""


@references_group.command("list")
@json_option
@pass_library
def references_list_cmd(lib: Library, as_json: bool) -> None:
    """Every reference with how many claims cite it."""
    refs = note_service.list_references(lib)
    cited = {r.id: len(note_service.citing_claims(lib, r.id)) for r in refs}
    if as_json:
        emit_json(
            "references",
            references=[
                {"id": r.id, "title": r.title, "url": r.url, "cited_by": cited[r.id]} for r in refs
            ],
        )
        return
    if not refs:
        echo("No references.")
    for r in refs:
        echo(f"{r.id[:8]}  cited {cited[r.id]:>2}x  {r.title}" + (f"  <{r.url}>" if r.url else ""))


@references_group.command("delete")
@click.argument("reference_id")
@click.option("--force", is_flag=True, help="Delete it even when claims cite it (and unlink).")
@json_option
@pass_library
def references_delete_cmd(lib: Library, reference_id: str, force: bool, as_json: bool) -> None:
    """Delete a reference; refused while claims cite it, unless --force (undo brings it back)."""
    matches = [r for r in note_service.list_references(lib) if r.id.startswith(reference_id)]
    if len(matches) != 1:
        raise InputError(
            N_("no reference {id}") if not matches else N_("{id} matches several references"),
            id=reference_id,
        )
    ref = matches[0]
    changes = note_service.delete_reference(lib, ref.id, force=force)
    if as_json:
        emit_json(
            "references",
            deleted=ref.id,
            title=ref.title,
            unlinked=sorted(changes.assertions),
        )
        return
    echo(f"Deleted reference {ref.id[:8]}: {ref.title}")
