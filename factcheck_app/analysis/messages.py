"""Explanations in both UI languages.

A checker may read an English article in a German UI (or the reverse), so every
explanation is produced in English *and* German and the Analyzer picks one at the end
(``Analyzer(explain_lang=...)``), independent of the analysed text's language.
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

    def fill(self, cue: str, source: str | None = None, **extra: str) -> Msg:
        """Fill ``{cue}``, ``{source}`` and any ``{name}`` in both texts; unknown ones stay."""

        def one(text: str, lang: str) -> str:
            text = text.replace("{cue}", cue)
            text = text.replace("{source}", f"'{source}'" if source else _NO_SOURCE[lang])
            for key, value in extra.items():
                text = text.replace("{" + key + "}", value)
            return text

        return Msg(one(self.en, "en"), one(self.de, "de"))

    def append(self, en: str, de: str) -> Msg:
        return Msg(self.en + en, self.de + de)


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
