"""Every edit a checker makes, as an undoable command on the shared undo stack.

Each command saves through the service layer at once (nothing waits for a Save button)
and publishes the ``Changes`` so views refresh. Creations remember the id they made, so
undo marks that row deleted and redo brings the *same* row back: later commands on the
stack that refer to it (a note edit, an evidence link) keep working.

A command whose first run fails (bad span, rating not in the scheme, unreadable file)
makes itself obsolete, so nothing half-done lands on the stack; :func:`execute` returns
the error for the caller to show.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factcheck_app.gui import palette
from factcheck_app.gui.commands import ServiceCommand
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.i18n import translate
from factcheck_app.models import (
    Assertion,
    Category,
    Changes,
    Evidence,
    Note,
    Reference,
    Relation,
    Snapshot,
    Tag,
)
from factcheck_app.services import Library, annotations, workflow
from factcheck_app.storage.annotations import MAX_SNAPSHOT_BYTES

#: Errors a service call raises for bad input; anything else is a bug and propagates.
USER_ERRORS = (ValueError, LookupError, OSError)


class EditCommand(ServiceCommand):
    """A ``ServiceCommand`` whose ``_apply``/``_revert`` are methods with access to state."""

    def __init__(self, ctx: GuiContext, text: str) -> None:
        super().__init__(text, ctx.bus, lambda: self._apply(), lambda: self._revert())
        self.ctx = ctx
        self.error: Exception | None = None
        self._ran = False

    @property
    def lib(self) -> Library:
        """The library open now (looked up each time, so a reopened library is used)."""
        return self.ctx.library

    def redo(self) -> None:
        if self._ran:
            super().redo()
            return
        try:
            super().redo()
        except USER_ERRORS as exc:
            self.error = exc
            self.setObsolete(True)
            return
        self._ran = True

    def _apply(self) -> Changes:
        raise NotImplementedError

    def _revert(self) -> Changes:
        raise NotImplementedError


def execute(ctx: GuiContext, command: EditCommand) -> Exception | None:
    """Run ``command`` through the undo stack; returns the user-facing error, if any."""
    ctx.undo_stack.push(command)
    return command.error


def _require_text(text: str, message: str) -> None:
    if not text.strip():
        raise ValueError(message)


def _flip(lib: Library, table: str, row_id: str, deleted: bool, changes: Changes) -> Changes:
    workflow.set_row_deleted(lib, table, row_id, deleted)
    return changes


# --- notes -----------------------------------------------------------------------


class AddNote(EditCommand):
    def __init__(
        self,
        ctx: GuiContext,
        article_id: str,
        assertion_id: str | None,
        body: str,
        private: bool = False,
    ) -> None:
        super().__init__(ctx, translate("edit_commands", "Add note"))
        self.article_id, self.assertion_id = article_id, assertion_id
        self.body, self.private = body, private
        self.note_id: str | None = None

    def _changes(self) -> Changes:
        assert self.note_id is not None
        return Changes(
            notes=frozenset({self.note_id}),
            assertions=frozenset({self.assertion_id}) if self.assertion_id else frozenset(),
        )

    def _apply(self) -> Changes:
        if self.note_id is None:
            _require_text(self.body, translate("edit_commands", "a note needs some text"))
            note, changes = annotations.add_note(
                self.lib, self.article_id, self.body, self.assertion_id, self.private
            )
            self.note_id = note.id
            return changes
        return _flip(self.lib, "notes", self.note_id, False, self._changes())

    def _revert(self) -> Changes:
        assert self.note_id is not None
        return _flip(self.lib, "notes", self.note_id, True, self._changes())


class EditNote(EditCommand):
    def __init__(self, ctx: GuiContext, note: Note, body: str, private: bool) -> None:
        super().__init__(ctx, translate("edit_commands", "Edit note"))
        self.note, self.body, self.private = note, body, private

    def _apply(self) -> Changes:
        _require_text(self.body, translate("edit_commands", "a note needs some text"))
        return annotations.edit_note(self.lib, self.note.id, self.body, self.private)

    def _revert(self) -> Changes:
        return annotations.edit_note(self.lib, self.note.id, self.note.body, self.note.private)


class DeleteNote(EditCommand):
    def __init__(self, ctx: GuiContext, note: Note) -> None:
        super().__init__(ctx, translate("edit_commands", "Delete note"))
        self.note = note
        self._changes = Changes(
            notes=frozenset({note.id}),
            assertions=frozenset({note.assertion_id}) if note.assertion_id else frozenset(),
        )

    def _apply(self) -> Changes:
        return _flip(self.lib, "notes", self.note.id, True, self._changes)

    def _revert(self) -> Changes:
        return _flip(self.lib, "notes", self.note.id, False, self._changes)


# --- references, snapshots, evidence ------------------------------------------------


class AddReference(EditCommand):
    def __init__(self, ctx: GuiContext, title: str, **fields: Any) -> None:
        super().__init__(
            ctx, translate("edit_commands", "Add reference “{title}”").format(title=title)
        )
        self.title, self.fields = title.strip(), fields
        self.reference_id: str | None = None

    def _apply(self) -> Changes:
        if self.reference_id is None:
            _require_text(self.title, translate("edit_commands", "a reference needs a title"))
            ref, changes = annotations.add_reference(self.lib, self.title, **self.fields)
            self.reference_id = ref.id
            return changes
        changes = Changes(references=frozenset({self.reference_id}), library=True)
        return _flip(self.lib, "refs", self.reference_id, False, changes)

    def _revert(self) -> Changes:
        assert self.reference_id is not None
        return workflow.delete_reference(self.lib, self.reference_id)


class EditReference(EditCommand):
    def __init__(self, ctx: GuiContext, reference: Reference, **fields: Any) -> None:
        super().__init__(
            ctx,
            translate("edit_commands", "Edit reference “{title}”").format(title=reference.title),
        )
        self.reference_id = reference.id
        self.new = fields
        self.old = {k: getattr(reference, k) for k in fields}

    def _apply(self) -> Changes:
        if "title" in self.new:
            _require_text(
                str(self.new["title"]),
                translate("edit_commands", "a reference needs a title"),
            )
        return annotations.edit_reference(self.lib, self.reference_id, **self.new)

    def _revert(self) -> Changes:
        return annotations.edit_reference(self.lib, self.reference_id, **self.old)


class AttachFile(EditCommand):
    def __init__(self, ctx: GuiContext, reference_id: str, path: Path | str) -> None:
        super().__init__(
            ctx, translate("edit_commands", "Attach {name}").format(name=Path(path).name)
        )
        self.reference_id, self.path = reference_id, Path(path)
        self.snapshot: Snapshot | None = None

    def _apply(self) -> Changes:
        if self.snapshot is None:
            if not self.path.is_file():
                raise ValueError(
                    translate("edit_commands", "{name} is not a file").format(name=self.path.name)
                )
            size = self.path.stat().st_size
            if size == 0:
                raise ValueError(
                    translate("edit_commands", "{name} is empty; nothing to keep as a copy").format(
                        name=self.path.name
                    )
                )
            if size > MAX_SNAPSHOT_BYTES:  # refuse before reading it all into memory
                limit = MAX_SNAPSHOT_BYTES // 2**20
                raise ValueError(
                    translate("edit_commands", "{name} is larger than {limit} MB").format(
                        name=self.path.name, limit=limit
                    )
                )
            self.snapshot, changes = annotations.attach_file(self.lib, self.reference_id, self.path)
            return changes
        return workflow.restore_snapshot(self.lib, self.snapshot)

    def _revert(self) -> Changes:
        assert self.snapshot is not None
        return workflow.delete_snapshot(self.lib, self.snapshot)


class RemoveSnapshot(EditCommand):
    def __init__(self, ctx: GuiContext, snapshot: Snapshot) -> None:
        super().__init__(
            ctx, translate("edit_commands", "Remove copy {name}").format(name=snapshot.filename)
        )
        self.snapshot = snapshot

    def _apply(self) -> Changes:
        return workflow.delete_snapshot(self.lib, self.snapshot)

    def _revert(self) -> Changes:
        return workflow.restore_snapshot(self.lib, self.snapshot)


class LinkEvidence(EditCommand):
    def __init__(
        self,
        ctx: GuiContext,
        assertion_id: str,
        reference_id: str,
        relation: Relation,
        quote: str = "",
        locator: str = "",
    ) -> None:
        super().__init__(ctx, translate("edit_commands", "Link reference"))
        self.args = (assertion_id, reference_id, relation, quote, locator)
        self.evidence: Evidence | None = None

    def _apply(self) -> Changes:
        if self.evidence is None:
            self.evidence, changes = annotations.link_evidence(self.lib, *self.args)
            return changes
        return workflow.set_evidence_deleted(self.lib, self.evidence, False)

    def _revert(self) -> Changes:
        assert self.evidence is not None
        return workflow.set_evidence_deleted(self.lib, self.evidence, True)


class EditEvidence(EditCommand):
    def __init__(
        self, ctx: GuiContext, evidence: Evidence, relation: Relation, quote: str, locator: str
    ) -> None:
        super().__init__(ctx, translate("edit_commands", "Edit evidence"))
        self.evidence = evidence
        self.new = (relation, quote, locator)

    def _apply(self) -> Changes:
        relation, quote, locator = self.new
        return workflow.edit_evidence(
            self.lib, self.evidence, relation=relation, quote=quote, locator=locator
        )

    def _revert(self) -> Changes:
        ev = self.evidence
        return workflow.edit_evidence(
            self.lib, ev, relation=ev.relation, quote=ev.quote, locator=ev.locator
        )


class UnlinkEvidence(EditCommand):
    def __init__(self, ctx: GuiContext, evidence: Evidence) -> None:
        super().__init__(ctx, translate("edit_commands", "Unlink reference"))
        self.evidence = evidence

    def _apply(self) -> Changes:
        return workflow.set_evidence_deleted(self.lib, self.evidence, True)

    def _revert(self) -> Changes:
        return workflow.set_evidence_deleted(self.lib, self.evidence, False)


# --- verdicts ----------------------------------------------------------------------


class SetVerdict(EditCommand):
    def __init__(self, ctx: GuiContext, assertion_id: str, rating: str, explanation: str) -> None:
        super().__init__(ctx, translate("edit_commands", "Verdict: {rating}").format(rating=rating))
        self.assertion_id, self.rating, self.explanation = assertion_id, rating, explanation
        self.previous = annotations.verdict_for(ctx.library, assertion_id)

    def _apply(self) -> Changes:
        if not self._ran:
            return annotations.set_verdict(
                self.lib, self.assertion_id, self.rating, self.explanation
            )[1]
        return workflow.write_verdict(self.lib, self.assertion_id, self.rating, self.explanation)

    def _revert(self) -> Changes:
        if self.previous is None:
            return annotations.clear_verdict(self.lib, self.assertion_id)
        return workflow.write_verdict(
            self.lib, self.assertion_id, self.previous.rating, self.previous.explanation
        )


class ClearVerdict(EditCommand):
    def __init__(self, ctx: GuiContext, assertion_id: str) -> None:
        super().__init__(ctx, translate("edit_commands", "Clear verdict"))
        self.assertion_id = assertion_id
        self.previous = annotations.verdict_for(ctx.library, assertion_id)

    def _apply(self) -> Changes:
        return annotations.clear_verdict(self.lib, self.assertion_id)

    def _revert(self) -> Changes:
        if self.previous is None:
            return Changes()
        return workflow.restore_verdict(self.lib, self.previous)


# --- assertions --------------------------------------------------------------------


class UpdateAssertion(EditCommand):
    """Status, review/dismissal, category or span: the old values come from ``assertion``."""

    def __init__(self, ctx: GuiContext, assertion: Assertion, text: str, **changes: Any) -> None:
        super().__init__(ctx, text)
        self.assertion_id = assertion.id
        self.article_id = assertion.article_id
        self.new = changes
        self.old = {k: getattr(assertion, k) for k in changes}

    def _update(self, values: dict[str, Any]) -> Changes:
        changes = annotations.update_assertion(self.lib, self.assertion_id, **values)
        return changes | Changes(articles=frozenset({self.article_id}))

    def _apply(self) -> Changes:
        return self._update(self.new)

    def _revert(self) -> Changes:
        return self._update(self.old)


class AddManualAssertion(EditCommand):
    def __init__(
        self, ctx: GuiContext, article_id: str, start: int, end: int, category: Category
    ) -> None:
        super().__init__(
            ctx,
            translate("edit_commands", "Mark as {category}").format(
                category=palette.label(category)
            ),
        )
        self.article_id, self.start, self.end, self.category = article_id, start, end, category
        self.assertion_id: str | None = None

    def _changes(self) -> Changes:
        assert self.assertion_id is not None
        return Changes(
            assertions=frozenset({self.assertion_id}), articles=frozenset({self.article_id})
        )

    def _apply(self) -> Changes:
        if self.assertion_id is None:
            assertion, _ = annotations.add_manual_assertion(
                self.lib, self.article_id, self.start, self.end, self.category
            )
            self.assertion_id = assertion.id
            return self._changes()
        return _flip(self.lib, "assertions", self.assertion_id, False, self._changes())

    def _revert(self) -> Changes:
        assert self.assertion_id is not None
        return _flip(self.lib, "assertions", self.assertion_id, True, self._changes())


class DeleteAssertion(EditCommand):
    def __init__(self, ctx: GuiContext, assertion: Assertion) -> None:
        super().__init__(ctx, translate("edit_commands", "Delete assertion"))
        self.assertion_id = assertion.id
        self._changes = Changes(
            assertions=frozenset({assertion.id}), articles=frozenset({assertion.article_id})
        )

    def _apply(self) -> Changes:
        return _flip(self.lib, "assertions", self.assertion_id, True, self._changes)

    def _revert(self) -> Changes:
        return _flip(self.lib, "assertions", self.assertion_id, False, self._changes)


# --- tags -------------------------------------------------------------------------


class AddTag(EditCommand):
    def __init__(self, ctx: GuiContext, target_kind: str, target_id: str, name: str) -> None:
        super().__init__(ctx, translate("edit_commands", "Tag “{name}”").format(name=name.strip()))
        self.target_kind, self.target_id, self.name = target_kind, target_id, name.strip()
        self.tag: Tag | None = None
        self._existed = any(
            t.name == self.name for t in annotations.tags_for(ctx.library, target_kind, target_id)
        )

    def _apply(self) -> Changes:
        if self.tag is None:
            self.tag, changes = annotations.add_tag(
                self.lib, self.target_kind, self.target_id, self.name
            )
            return changes
        if self._existed:
            return Changes()
        return self._flip(False)

    def _flip(self, deleted: bool) -> Changes:
        assert self.tag is not None
        workflow.set_row_deleted(self.lib, "tags", self.tag.id, deleted)
        return workflow.tag_changes(self.target_kind, self.target_id)

    def _revert(self) -> Changes:
        return Changes() if self._existed else self._flip(True)


class RemoveTag(EditCommand):
    def __init__(self, ctx: GuiContext, tag: Tag) -> None:
        super().__init__(
            ctx, translate("edit_commands", "Remove tag “{name}”").format(name=tag.name)
        )
        self.tag = tag

    def _apply(self) -> Changes:
        return annotations.remove_tag(self.lib, self.tag)

    def _revert(self) -> Changes:
        workflow.set_row_deleted(self.lib, "tags", self.tag.id, False)
        return workflow.tag_changes(self.tag.target_kind, self.tag.target_id)
