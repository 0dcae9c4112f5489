"""Why a span was flagged, stored as a rule key and parameters, rendered in any language.

The analyser does not write sentences: each finding carries an :class:`Explanation`, the
gettext msgid of its rule's template (``"attributed to {source}"``) plus the values that
fill it (the cue, the source, the antecedent of a pronoun ...). The library stores both
(``assertions.explain_key`` / ``explain_params``, migration m0010), so the panel, the CLI
and every report render the same finding in the reader's language at display time through
the one core catalogue (:mod:`factcheck_app.i18n`), never in the language of whoever ran
the analysis. Rows written before keys existed keep their stored text, shown as it is.

Placeholders: ``{cue}`` (the matched words), ``{source}`` (the source, quoted; "an unnamed
source" when there is none), and any other ``{name}`` given as a parameter; unknown ones
stay as written. A template from a user's lexicon file that the catalogue does not know may
bring its own translations (``{"en": ..., "de": ...}`` in the file): they travel with the
finding as ``@de``-style parameters, so the user's German survives sharing too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from factcheck_app.i18n import N_, normalise, translator

#: The explanation of a span a checker marked by hand (stored as its key).
MARKED_BY_HAND = N_("marked by hand")
#: How a missing source reads inside a template's ``{source}``.
NO_SOURCE = N_("an unnamed source")
#: Parameter prefix of a template's own translation (user lexicon files).
OWN = "@"
#: Parameter holding appended clauses (``[{"key": ..., "params": {...}}, ...]``).
THEN = "then"
#: Compact JSON, set up once (storing a run's findings encodes thousands of these).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


@dataclass(frozen=True, slots=True)
class Explanation:
    """A rule's template (its gettext msgid) and the values that fill it.

    ``more`` holds clauses appended to the main one ("; the speaker's own speculation:
    'might'"), each its own template, so every piece is translated, none concatenated.
    """

    key: str
    params: tuple[tuple[str, str], ...] = ()
    more: tuple[Explanation, ...] = ()

    @classmethod
    def of(cls, key: str, cue: str = "", source: str | None = None, **extra: str) -> Explanation:
        """``key`` filled with ``cue``, ``source`` (None: unnamed) and named extras."""
        params: list[tuple[str, str]] = [("cue", cue)] if cue else []
        if source:
            params.append(("source", source))
        params.extend(extra.items())
        if cls is not Explanation:
            return cls(key, tuple(params))
        # The analyser builds one per finding: the slots are filled directly, without the
        # frozen dataclass's ``__init__`` (an ``object.__setattr__`` call per field).
        made = _new(Explanation)
        _set_key(made, key)
        _set_params(made, tuple(params))
        _set_more(made, ())
        return made

    def then(self, key: str, **params: str) -> Explanation:
        """This explanation followed by another clause (its key starts with its joiner)."""
        return Explanation(
            self.key, self.params, (*self.more, Explanation(key, tuple(params.items())))
        )

    def then_words(self, key: str, words: str) -> Explanation:
        """``then(key, words=words)``, or ``words`` added to a clause of ``key`` already
        there: "the speaker's own speculation: 'suggested', 'could'", not the clause twice."""
        for k, clause in enumerate(self.more):
            if clause.key == key:
                merged = Explanation(key, (("words", f"{clause.param('words')}, {words}"),))
                return Explanation(
                    self.key, self.params, (*self.more[:k], merged, *self.more[k + 1 :])
                )
        return self.then(key, words=words)

    def param(self, name: str) -> str | None:
        for key, value in self.params:
            if key == name:
                return value
        return None

    # ------------------------------------------------------------------ storage
    def stored_params(self) -> str:
        """The parameters as stored in ``assertions.explain_params`` (a JSON object)."""
        data: dict[str, Any] = dict(self.params)
        if self.more:
            data[THEN] = [{"key": m.key, "params": dict(m.params)} for m in self.more]
        return _ENCODE(data)

    @classmethod
    def from_stored(cls, key: str, params: str | None) -> Explanation:
        """The inverse of :meth:`stored_params`; unreadable parameters give none."""
        try:
            data = json.loads(params) if params else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        more = tuple(
            cls(str(m.get("key", "")), _pairs(m.get("params")))
            for m in data.pop(THEN, None) or ()
            if isinstance(m, dict) and m.get("key")
        )
        return cls(key, _pairs(data), more)

    def render(self, lang: str | None) -> str:
        """The explanation in ``lang`` (English where the catalogue has no translation)."""
        code = normalise(lang)
        text = _fill(self.key, self.params, code)
        for part in self.more:
            text += _fill(part.key, part.params, code)
        return text

    def __str__(self) -> str:
        return self.render("en")


_new = object.__new__
_set_key = Explanation.__dict__["key"].__set__
_set_params = Explanation.__dict__["params"].__set__
_set_more = Explanation.__dict__["more"].__set__


def _pairs(data: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(data, dict):
        return ()
    return tuple((str(k), str(v)) for k, v in data.items() if not isinstance(v, list | dict))


def _fill(key: str, params: tuple[tuple[str, str], ...], lang: str) -> str:
    t = translator(lang)
    values = dict(params)
    text = t.gettext(key) if key else ""
    if text == key:
        text = values.get(OWN + lang, text)  # a user lexicon's own translation
    if "{source}" in text:
        source = values.get("source")
        text = text.replace("{source}", f"'{source}'" if source else t.gettext(NO_SOURCE))
    for name, value in params:
        if not name.startswith(OWN) and name != "source":
            text = text.replace("{" + name + "}", value)
    return text


@lru_cache(maxsize=8192)
def render_stored(key: str, params: str | None, lang: str | None) -> str:
    """Render a stored key and its JSON parameters in ``lang`` (cached: the panel and a
    report ask for the same rows again and again)."""
    return Explanation.from_stored(key, params).render(lang)


class Explained(Protocol):
    """A stored row with an explanation (``models.Assertion``)."""

    @property
    def explanation(self) -> str: ...
    @property
    def explain_key(self) -> str | None: ...
    @property
    def explain_params(self) -> str | None: ...


def explain(row: Explained, lang: str | None) -> str:
    """What to show for a stored row: its key rendered in ``lang``, else its stored text
    (rows analysed before keys existed, hand-made spans, imported annotations)."""
    if row.explain_key:
        return render_stored(row.explain_key, row.explain_params, normalise(lang))
    return row.explanation
