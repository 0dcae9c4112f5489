"""Running an edit from a widget: call the service operation, then stack its journal step.

Every edit is a named operation in ``services.annotations`` that saves at once and records
itself in the library's undo journal. The GUI adds nothing per edit: :func:`perform` runs
the operation, shows a refused edit to the checker (nothing is stored then), publishes the
``Changes`` and pushes one generic :class:`~factcheck_app.gui.commands.ServiceCommand`
whose undo and redo replay that journal step. Adding a kind of edit means adding one
operation (and its label below), nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from factcheck_app.errors import FactcheckError
from factcheck_app.gui import palette
from factcheck_app.gui.commands import ServiceCommand
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import state_label
from factcheck_app.gui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_app.gui.messages import show_error
from factcheck_app.models import Category, Changes, Lifecycle, Operation
from factcheck_app.services import history

#: What the Edit menu says for each operation ("Undo Add note"); ``{detail}`` is filled in.
_TEXTS: dict[Operation, str] = {
    Operation.ADD_NOTE: QT_TRANSLATE_NOOP("edit_commands", "Add note"),
    Operation.EDIT_NOTE: QT_TRANSLATE_NOOP("edit_commands", "Edit note"),
    Operation.DELETE_NOTE: QT_TRANSLATE_NOOP("edit_commands", "Delete note"),
    Operation.ADD_REFERENCE: QT_TRANSLATE_NOOP("edit_commands", "Add reference “{title}”"),
    Operation.EDIT_REFERENCE: QT_TRANSLATE_NOOP("edit_commands", "Edit reference “{title}”"),
    Operation.DELETE_REFERENCE: QT_TRANSLATE_NOOP("edit_commands", "Delete reference “{title}”"),
    Operation.ATTACH_FILE: QT_TRANSLATE_NOOP("edit_commands", "Attach {name}"),
    Operation.REMOVE_SNAPSHOT: QT_TRANSLATE_NOOP("edit_commands", "Remove copy {name}"),
    Operation.LINK_EVIDENCE: QT_TRANSLATE_NOOP("edit_commands", "Link reference"),
    Operation.EDIT_EVIDENCE: QT_TRANSLATE_NOOP("edit_commands", "Edit evidence"),
    Operation.UNLINK_EVIDENCE: QT_TRANSLATE_NOOP("edit_commands", "Unlink reference"),
    Operation.SET_VERDICT: QT_TRANSLATE_NOOP("edit_commands", "Verdict: {rating}"),
    Operation.CLEAR_VERDICT: QT_TRANSLATE_NOOP("edit_commands", "Clear verdict"),
    Operation.SET_CATEGORY: QT_TRANSLATE_NOOP("edit_commands", "Category: {label}"),
    Operation.SET_STATE: QT_TRANSLATE_NOOP("edit_commands", "State: {label}"),
    Operation.SET_SPAN: QT_TRANSLATE_NOOP("edit_commands", "Set span"),
    Operation.ADD_ASSERTION: QT_TRANSLATE_NOOP("edit_commands", "Mark as {category}"),
    Operation.DELETE_ASSERTION: QT_TRANSLATE_NOOP("edit_commands", "Delete assertion"),
    Operation.ADD_TAG: QT_TRANSLATE_NOOP("edit_commands", "Tag “{name}”"),
    Operation.REMOVE_TAG: QT_TRANSLATE_NOOP("edit_commands", "Remove tag “{name}”"),
    Operation.DELETE_ARTICLE: QT_TRANSLATE_NOOP("edit_commands", "Delete article “{title}”"),
    Operation.RESTORE_ARTICLE: QT_TRANSLATE_NOOP("edit_commands", "Restore article “{title}”"),
    Operation.EDIT_ARTICLE: QT_TRANSLATE_NOOP("edit_commands", "Edit article “{title}”"),
    Operation.COPY_CLAIM: QT_TRANSLATE_NOOP("edit_commands", "Copy from “{title}”"),
    Operation.FLIP_CONFLICT: QT_TRANSLATE_NOOP("edit_commands", "Use other version of {title}"),
    Operation.SET_CLAIM_SUMMARIES: QT_TRANSLATE_NOOP("edit_commands", "Claim summaries"),
}
_STATE_TEXTS: dict[str, str] = {
    Lifecycle.DISMISSED: QT_TRANSLATE_NOOP("edit_commands", "Dismiss"),
}


def step_text(kind: str, detail: str) -> str:
    """The translated description of one journal step."""
    try:
        op = Operation(kind)
    except ValueError:
        return kind
    template = _STATE_TEXTS.get(detail, _TEXTS[op]) if op is Operation.SET_STATE else _TEXTS[op]
    label = detail
    if op in (Operation.SET_CATEGORY, Operation.ADD_ASSERTION) and detail in set(Category):
        label = palette.label(Category(detail))
    elif op is Operation.SET_STATE and detail in set(Lifecycle):
        label = state_label(detail)
    return translate("edit_commands", template).format(
        title=detail, name=detail, rating=detail, label=label, category=label
    )


def record(ctx: GuiContext, changes: Changes, text: str | None = None) -> None:
    """Publish what an operation changed and put its journal step on the undo stack."""
    if changes.step is None:
        ctx.bus.publish(changes)
        return
    step = history.get_step(ctx.library, changes.step)
    if text is None:
        text = step_text(step.kind, step.detail) if step else ""
    step_id = changes.step

    def undo() -> Changes:
        return history.undo(ctx.library, step_id)

    def redo() -> Changes:
        return history.redo(ctx.library, step_id)

    ctx.undo_stack.push(ServiceCommand(text, ctx.bus, redo, undo, done=changes))


def run(parent: QWidget | None, ctx: GuiContext, edit: Callable[[], Changes]) -> bool:
    """:func:`perform` for callers that only need to know whether the edit was stored."""
    return perform(parent, ctx, edit) is not None


def perform(
    parent: QWidget | None, ctx: GuiContext, edit: Callable[[], Changes], text: str | None = None
) -> Changes | None:
    """Run ``edit`` (a service operation); a refused edit is explained, nothing is stored.

    Returns the operation's ``Changes`` (``created`` names a new row), or None when it was
    refused.
    """
    try:
        result = edit()
    except FactcheckError as exc:
        show_error(parent, translate("common", "Not saved"), exc)
        return None
    record(ctx, result, text)
    return result
