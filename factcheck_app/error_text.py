"""What a :class:`~factcheck_app.errors.FactcheckError` says, in the reader's language.

Errors are raised in the core with an English ``str.format`` template and parameters; the
template is the gettext msgid, looked up in the one core catalogue (``factcheck.po``), so
the GUI, the CLI and anything else show the same words in the same language. The
templates listed here are the ones translated so far (Babel extracts them through ``N_``);
any other template is shown in English, filled the same way.
"""

from __future__ import annotations

from factcheck_app.errors import FactcheckError
from factcheck_app.i18n import N_, translator

#: Error templates with a translation (the rest read in English until they get one).
TRANSLATED_TEMPLATES = (
    N_("a note needs some text"),
    N_("a reference needs a title"),
    N_("a tag needs a name"),
    N_("{name} is not a file"),
    N_("{name} is empty; nothing to keep as a copy"),
    N_("{name} is larger than {limit} MB"),
    N_("{name} cannot be read: {why}"),
    N_("the selection is outside the article"),
    N_("the span is outside the article"),
    N_("{rating} is not in the verdict scheme"),
    N_("the stored copy of {name} is damaged (checksum differs)"),
    N_("an article needs a title"),
    N_("unknown language {language}; use one of {known}"),
    N_("{value} is not a date (use YYYY-MM-DD)"),
    N_("{value} is not a web address (http:// or https://)"),
    N_("give your name: it signs your notes and verdicts"),
    N_("the phrase must contain the cue “{cue}”"),
    N_("only a finding of the analyser can be taught: this one has no cue"),
    N_(
        "“{title}” is cited by these claims: {quotes}. Unlink it first, or delete it with its links"
    ),
    N_("no article {id} in the trash"),
)


def error_text(exc: FactcheckError, lang: str | None) -> str:
    """The error's message in ``lang`` (English when it has no translation yet).

    A parameter that is itself a :class:`FactcheckError` (a file's name wrapped around the
    reason it was refused) is rendered in ``lang`` too.
    """
    template = translator(lang).gettext(exc.template) if exc.template else exc.template
    params = {
        key: error_text(value, lang) if isinstance(value, FactcheckError) else value
        for key, value in exc.params.items()
    }
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):
        return str(exc)
