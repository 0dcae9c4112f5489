"""Who the checker is and what they taught the analyser: both kept in their settings.

The name, organisation and its web site sign notes, verdicts and ClaimReview exports;
"don't flag this again" exceptions suppress a cue in every later analysis. They belong to
the person, not to the library: a shared library never carries one checker's exceptions
to a colleague (each colleague's own settings decide what their analysis reports).
"""

from __future__ import annotations

from factcheck_app.errors import InputError
from factcheck_app.i18n import N_, translator
from factcheck_app.models import Assertion, LexiconException
from factcheck_app.services.articles import get_article
from factcheck_app.services.library import Library
from factcheck_app.settings import Settings, save_settings


def _store(lib: Library, settings: Settings) -> Settings:
    save_settings(settings)
    lib.settings = settings
    return settings


def set_identity(lib: Library, name: str, organisation: str = "", url: str = "") -> Settings:
    """Record who the checker is (asked at the first start, changed in Settings)."""
    name = " ".join(name.split())
    if not name:
        raise InputError(N_("give your name: it signs your notes and verdicts"))
    url = url.strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise InputError(N_("{value} is not a web address (http:// or https://)"), value=url)
    return _store(
        lib,
        lib.settings.replace(
            user_name=name,
            organisation=" ".join(organisation.split()),
            organisation_url=url,
            identity_confirmed=True,
        ),
    )


def skip_identity(lib: Library) -> Settings:
    """The checker closed the question: do not ask again (Settings still has it)."""
    return _store(lib, lib.settings.replace(identity_confirmed=True))


def cue_of(lib: Library, assertion: Assertion) -> str:
    """The words that made the analyser flag ``assertion`` ("" for a manual one)."""
    if assertion.cue_start is None or assertion.cue_end is None:
        return ""
    text = get_article(lib, assertion.article_id).text
    return " ".join(text[assertion.cue_start : assertion.cue_end].split())


def exception_for(lib: Library, assertion: Assertion, phrase: str = "") -> LexiconException:
    """The exception "don't flag this again" would add for ``assertion``."""
    from factcheck_app.analysis.exceptions import fold  # on use: the analysis package loads spaCy

    cue = cue_of(lib, assertion)
    if not cue:
        raise InputError(N_("only a finding of the analyser can be taught: this one has no cue"))
    phrase = " ".join(phrase.split())
    if phrase and fold(cue) not in fold(phrase):
        raise InputError(N_("the phrase must contain the cue “{cue}”"), cue=cue)
    if phrase and fold(phrase) == fold(cue):
        phrase = ""
    return LexiconException(str(assertion.category), cue, phrase, assertion.lang)


def never_flag_reason(cue: str, lang: str | None) -> str:
    """The dismissal reason "don't flag this again" records, in the checker's language.

    One wording for the app and the CLI, so a card dismissed either way reads the same.
    """
    return translator(lang).gettext("don't flag “{cue}”").format(cue=cue)


def add_exception(lib: Library, exception: LexiconException) -> Settings:
    """Remember an exception; the next analysis of any article honours it."""
    if exception in lib.settings.lexicon_exceptions:
        return lib.settings
    kept = (*lib.settings.lexicon_exceptions, exception)
    return _store(lib, lib.settings.replace(lexicon_exceptions=kept))


def remove_exception(lib: Library, exception: LexiconException) -> Settings:
    kept = tuple(e for e in lib.settings.lexicon_exceptions if e != exception)
    return _store(lib, lib.settings.replace(lexicon_exceptions=kept))
