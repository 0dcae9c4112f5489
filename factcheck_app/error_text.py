"""What a :class:`~factcheck_app.errors.FactcheckError` says, in the reader's language.

Errors are raised in the core with an English ``str.format`` template and parameters; the
template is the gettext msgid, looked up in the one core catalogue (``factcheck.po``), so
the GUI, the CLI and anything else show the same words in the same language. Templates
are marked with ``N_`` where they are raised, so Babel extracts them there and the i18n
test demands their German; a template without a translation is shown in English.
"""

from __future__ import annotations

from factcheck_app.errors import FactcheckError
from factcheck_app.i18n import translator


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
