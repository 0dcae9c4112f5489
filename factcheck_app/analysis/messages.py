"""Explanations in both UI languages.

A checker may read an English article in a German UI (or the reverse), so every
explanation exists in English *and* German and the Analyzer picks one at the end
(``Analyzer(explain_lang=...)``), independent of the analysed text's language. Filled
templates (:class:`Filled`) produce each language only when it is read, because a run
reads just one of them and filling both was a measurable share of analysis time.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Languages every explanation is written in; others fall back to English.
EXPLAIN_LANGS: tuple[str, ...] = ("en", "de")

#: How a missing source reads inside a template's {source}.
_NO_SOURCE = {"en": "an unnamed source", "de": "eine unbenannte Quelle"}


@dataclass(frozen=True)
class Msg:
    """One explanation (or template) in English and German."""

    en: str
    de: str

    @classmethod
    def same(cls, text: str) -> Msg:
        """A user's single-language text, shown whatever the UI language."""
        return cls(text, text)

    def pick(self, lang: str | None) -> str:
        """The text for ``lang``; unknown languages and empty texts fall back to English."""
        if lang == "de" and self.de:
            return self.de
        return self.en or self.de

    def fill(self, cue: str, source: str | None = None, **extra: str) -> Filled:
        """Fill ``{cue}``, ``{source}`` and any ``{name}`` in both texts; unknown ones stay."""
        return Filled(self, cue, source, extra)

    def append(self, en: str, de: str) -> Msg:
        return Msg(self.en + en, self.de + de)


def _fill_one(text: str, lang: str, cue: str, source: str | None, extra: dict[str, str]) -> str:
    text = text.replace("{cue}", cue)
    text = text.replace("{source}", f"'{source}'" if source else _NO_SOURCE[lang])
    for key, value in extra.items():
        text = text.replace("{" + key + "}", value)
    return text


class Filled:
    """A filled template that reads like :class:`Msg` but fills each language on first use."""

    __slots__ = ("_cue", "_extra", "_source", "_suffix", "_template", "_texts")

    def __init__(
        self,
        template: Msg,
        cue: str,
        source: str | None,
        extra: dict[str, str],
        suffix: tuple[str, str] = ("", ""),
    ):
        self._template = template
        self._cue = cue
        self._source = source
        self._extra = extra
        self._suffix = suffix
        self._texts: dict[str, str] = {}

    def _text(self, lang: str) -> str:
        text = self._texts.get(lang)
        if text is None:
            template = self._template.de if lang == "de" else self._template.en
            suffix = self._suffix[1] if lang == "de" else self._suffix[0]
            text = _fill_one(template, lang, self._cue, self._source, self._extra) + suffix
            self._texts[lang] = text
        return text

    @property
    def en(self) -> str:
        return self._text("en")

    @property
    def de(self) -> str:
        return self._text("de")

    def pick(self, lang: str | None) -> str:
        """Same choice as :meth:`Msg.pick`, filling only the language it returns."""
        if lang == "de" and self.de:
            return self.de
        return self.en or self.de

    def fill(self, cue: str, source: str | None = None, **extra: str) -> Filled:
        return Msg(self.en, self.de).fill(cue, source, **extra)

    def append(self, en: str, de: str) -> Filled:
        suffix = (self._suffix[0] + en, self._suffix[1] + de)
        return Filled(self._template, self._cue, self._source, self._extra, suffix)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Msg | Filled):
            return (self.en, self.de) == (other.en, other.de)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.en, self.de))

    def __repr__(self) -> str:
        return f"Filled(en={self.en!r}, de={self.de!r})"


def parse_explain(value: object) -> Msg | None:
    """A lexicon ``explain`` value: a plain string or ``{"en": ..., "de": ...}``; else None."""
    if isinstance(value, str):
        return Msg.same(value)
    if (
        isinstance(value, dict)
        and value
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    ):
        en = value.get("en") or ""
        de = value.get("de") or ""
        if not en and not de:
            return None
        return Msg(en or de, de or en)
    return None
