"""Building and caching one spaCy pipeline per language.

Blank pipelines (``spacy.blank`` + our components, which set sentence starts by the
sentencizer's rule) need no download. If the
configured trained package is installed and matches the language, it is loaded instead
and our components are appended; otherwise the blank pipeline runs and a one-line notice
says so. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import Any

import spacy
from spacy.attrs import (
    IDS,
    IS_ALPHA,
    IS_DIGIT,
    IS_LOWER,
    IS_PUNCT,
    IS_TITLE,
    IS_UPPER,
    LIKE_NUM,
    LOWER,
    NORM,
)
from spacy.language import Language

import factcheck_app.analysis.components  # noqa: F401  (registers the factories)
from factcheck_app.language import SUPPORTED

#: The languages with lexicons: the app's one language list (``language.SUPPORTED``).
SUPPORTED_LANGS: tuple[str, ...] = SUPPORTED


def model_installed(name: str) -> bool:
    """True when the package can be imported; never triggers a download."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def model_lang(name: str) -> str | None:
    """Language of a spaCy package from its name (``en_core_web_sm`` → ``en``)."""
    prefix = name.split("_", 1)[0]
    return prefix if len(prefix) == 2 else None


def add_components(nlp: Language, lang: str, extra_lexicons: Sequence[str]) -> Language:
    config = {"lang": lang, "extra_lexicons": list(extra_lexicons)}
    nlp.add_pipe("factcheck_cues", config=config)
    nlp.add_pipe("factcheck_attribution", config=config)
    return nlp


#: Lexeme attributes the blank pipeline reads whatever the lexicons say: the word forms
#: the matchers compare (LOWER, NORM) and the flags ``view.Lex`` copies.
_READ_ALWAYS = frozenset(
    {LOWER, NORM, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_TITLE, IS_UPPER, LIKE_NUM}
)


def blank_pipeline(lang: str, extra_lexicons: Sequence[str] = ()) -> Language:
    """``spacy.blank`` + our components. No sentencizer: the cue matcher sets sentence
    starts by the sentencizer's rule while it reads the tokens anyway (view.LexCache),
    which spares the sentencizer's Token object per token."""
    nlp = add_components(spacy.blank(lang), lang, extra_lexicons)
    lean_lexemes(nlp)
    return nlp


def lean_lexemes(nlp: Language) -> None:
    """Compute only the lexeme attributes something reads when a new word is met.

    spaCy computes ~23 attributes of every word it sees for the first time (shape, stop
    word, URL and e-mail likeness, prefix, suffix ...), each a Python call; in a first
    analysis that was a fifth of the tokeniser's time. A blank pipeline reads only
    ``_READ_ALWAYS`` and what the lexicons' token patterns (built-in and the user's)
    name, so the other getters are dropped; the attributes nobody reads stay unset.
    Trained pipelines keep them all (their models read them as features).
    """
    used = set(_READ_ALWAYS)
    for _name, proc in nlp.pipeline:
        lexicon = getattr(proc, "lexicon", None)
        for entry in getattr(lexicon, "entries", ()):
            for pattern in entry.patterns:
                used.update(IDS[k.upper()] for token in pattern for k in token if k.upper() in IDS)
    vocab: Any = nlp.vocab  # (spaCy's stubs omit ``lex_attr_getters``)
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr in used}


def trained_pipeline(model: str, lang: str, extra_lexicons: Sequence[str] = ()) -> Language:
    """Load an installed trained package; only the parts we use are kept running."""
    nlp = spacy.load(model, exclude=["lemmatizer", "textcat", "textcat_multilabel"])
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    return add_components(nlp, lang, extra_lexicons)
