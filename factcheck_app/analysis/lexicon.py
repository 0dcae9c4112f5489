"""Loading cue lexicons: JSON-lines data files, one entry per line, per language.

Lexicons are data so that linguists (and users) can extend the analyser without touching
code. Built-in files live in ``resources/lexicons/<lang>.*.jsonl``; user files follow the
same format (docs/lexicons.md) and may add entries or replace built-in ones by id. Every
problem is reported as a :class:`LexiconError` naming the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck_app.analysis.errors import LexiconError, MissingLexiconsError
from factcheck_app.explanations import OWN, Explanation
from factcheck_app.i18n import N_
from factcheck_app.models import Category

KINDS = ("phrase", "pattern", "terms")
#: What an entry does; see docs/lexicons.md.
MATCH_ROLES = (
    "cue",
    "reporting_verb",
    "source_intro",
    "source_outro",
    "passive",
    "checkable",
    "reported_speech",
)
TERM_ROLES = (
    "anon_source",
    "document",
    "title",
    "office",
    "org",
    "org_suffix",
    "country",
    "nationality",
    "pronoun",
    "determiner",
    "indefinite",
    "skip",
    "negation",
    "relative",
    "context_conj",
    "nonname",
)
_CATEGORIES = {c.value for c in Category}
_KNOWN_KEYS = {
    "id",
    "lang",
    "category",
    "kind",
    "role",
    "phrases",
    "pattern",
    "terms",
    "explain",
    "confidence",
    "case_sensitive",
    "not_after",
    "not_before",
    "needs_before",
    "needs_after",
    "negatable",
    "at_sentence_start",
    "also_hedge",
    "cognitive",
    "reportative",
    "agentless",
    "feature",
    "disabled",
    "comment",
}


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what to match, what it means, how to explain it."""

    id: str
    lang: str
    kind: str
    role: str
    category: Category | None
    #: Explanation template: an English gettext msgid, translated by the core catalogue
    #: (``make messages`` extracts the built-in files; see ``explanations``).
    explain: str
    confidence: float
    phrases: tuple[str, ...] = ()
    patterns: tuple[tuple[dict[str, Any], ...], ...] = ()
    terms: frozenset[str] = frozenset()
    case_sensitive: bool = False
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    needs_before: frozenset[str] = frozenset()
    needs_after: frozenset[str] = frozenset()
    negatable: bool = False
    at_sentence_start: bool = False
    also_hedge: bool = False
    cognitive: bool = False
    #: A hedge that relays hearsay ("allegedly", "soll ... haben"): still ``hedged`` in a
    #: named speaker's words, where an epistemic hedge ("might") is the speaker's own.
    reportative: bool = False
    agentless: Category | None = None
    feature: str = ""
    origin: str = ""
    #: A user file's own translations of its template (``{"de": ...}``), for templates
    #: the catalogue cannot know; they travel with each finding as ``@de`` parameters.
    own: tuple[tuple[str, str], ...] = ()

    def describe(self, cue: str, source: str | None = None, **extra: str) -> Explanation:
        """The explanation of a match: the template's key and the values that fill it."""
        found = Explanation.of(self.explain, cue, source, **extra)
        if self.own:
            return Explanation(found.key, found.params + self.own)
        return found


@dataclass
class Lexicon:
    """All entries for one language plus fast term sets for the attribution rules."""

    lang: str
    entries: list[Entry] = field(default_factory=list)
    by_id: dict[str, Entry] = field(default_factory=dict)
    terms: dict[str, frozenset[str]] = field(default_factory=dict)
    term_entries: dict[str, Entry] = field(default_factory=dict)

    def has(self, role: str, word: str) -> bool:
        return word in self.terms.get(role, frozenset())

    def term_set(self, role: str) -> frozenset[str]:
        return self.terms.get(role, frozenset())


def builtin_dir() -> Path:
    """The bundled lexicon folder, from an installed package or a source checkout."""
    try:
        from factcheck_app.paths import resource_path

        path = resource_path("lexicons")
        if path.is_dir():
            return path
    except (ModuleNotFoundError, FileNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources" / "lexicons"


def builtin_files(lang: str) -> list[Path]:
    """The bundled cue and source files of ``lang``; raises when the installation has none."""
    folder = builtin_dir()
    found = sorted(folder.glob(f"{lang}.*.jsonl"))
    if not found:
        raise MissingLexiconsError(
            N_(
                "The built-in '{lang}' lexicons are missing (looked in {folder}): this "
                "installation of Factcheck is incomplete. Reinstall it (pip install factcheck-app)."
            ),
            lang=lang,
            folder=folder,
        )
    return found


def _lang_from_name(path: Path) -> str | None:
    """``en.cues.jsonl`` or ``mine.de.jsonl`` → the language named in the file name."""
    parts = path.name.split(".")
    for part in parts[:-1]:
        if len(part) == 2 and part.isalpha() and part.islower():
            return part
    return None


def _str_list(value: Any, key: str, path: Path, line: int) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(path, line, f"'{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _category(value: Any, key: str, path: Path, line: int) -> Category:
    if value not in _CATEGORIES:
        raise LexiconError(
            path, line, f"'{key}' must be one of {', '.join(sorted(_CATEGORIES))}, not {value!r}"
        )
    return Category(value)


@lru_cache(maxsize=1)
def _checker() -> Any:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    return Matcher(Vocab(), validate=True)


def _validate_pattern(pattern: Any, path: Path, line: int) -> tuple[dict[str, Any], ...]:
    """Let spaCy's own validator judge the token pattern so errors match its docs."""
    if (
        not isinstance(pattern, list)
        or not pattern
        or not all(isinstance(t, dict) for t in pattern)
    ):
        raise LexiconError(path, line, "'pattern' must be a non-empty list of token objects")
    try:
        _checker().add("check", [pattern])
    except Exception as exc:  # spaCy raises ValueError/MatchPatternError subclasses
        first = str(exc).strip().splitlines()
        raise LexiconError(path, line, f"invalid token pattern: {' '.join(first)[:300]}") from exc
    return tuple(pattern)


def parse_entry(raw: Any, path: Path, line: int, default_lang: str | None) -> Entry:
    """Validate one decoded JSON object and turn it into an :class:`Entry`."""
    if not isinstance(raw, dict):
        raise LexiconError(path, line, "each line must be a JSON object")
    unknown = set(raw) - _KNOWN_KEYS
    if unknown:
        raise LexiconError(path, line, f"unknown key(s): {', '.join(sorted(unknown))}")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise LexiconError(path, line, "missing 'id' (a unique string)")
    lang = raw.get("lang", default_lang)
    if not isinstance(lang, str) or not lang:
        raise LexiconError(path, line, "missing 'lang' (or name the file like 'mine.en.jsonl')")
    kind = raw.get("kind", "phrase")
    if kind not in KINDS:
        raise LexiconError(path, line, f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    roles = TERM_ROLES if kind == "terms" else MATCH_ROLES
    role: Any = raw.get("role", "cue" if kind != "terms" else None)
    if role not in roles:
        raise LexiconError(path, line, f"'role' must be one of {', '.join(roles)}, not {role!r}")
    category = None
    if "category" in raw or kind != "terms":
        category = _category(raw.get("category"), "category", path, line)
    explain, own = parse_explain(raw.get("explain", ""))
    if explain is None or (kind != "terms" and not explain.strip()):
        raise LexiconError(
            path,
            line,
            'missing \'explain\' (a template, or {"en": ..., "de": ...}; may use {cue}, {source})',
        )
    confidence = raw.get("confidence", 0.7)
    if not isinstance(confidence, int | float) or not 0.0 <= float(confidence) <= 1.0:
        raise LexiconError(path, line, "'confidence' must be a number between 0 and 1")
    kwargs: dict[str, Any] = {}
    if kind == "phrase":
        kwargs["phrases"] = _str_list(raw.get("phrases"), "phrases", path, line)
    elif kind == "pattern":
        pattern: Any = raw.get("pattern")
        many = isinstance(pattern, list) and pattern and isinstance(pattern[0], list)
        kwargs["patterns"] = tuple(
            _validate_pattern(p, path, line) for p in (pattern if many else [pattern])
        )
    else:
        kwargs["terms"] = frozenset(
            t.lower() for t in _str_list(raw.get("terms"), "terms", path, line)
        )
    for key in ("not_after", "not_before", "needs_before", "needs_after"):
        if key in raw:
            kwargs[key] = frozenset(v.lower() for v in _str_list(raw[key], key, path, line))
    bools = (
        "case_sensitive",
        "negatable",
        "at_sentence_start",
        "also_hedge",
        "cognitive",
        "reportative",
    )
    for key in (*bools, "disabled"):
        if key in raw and not isinstance(raw[key], bool):
            raise LexiconError(path, line, f"'{key}' must be true or false")
    agentless = raw.get("agentless")
    if agentless is not None:
        kwargs["agentless"] = _category(agentless, "agentless", path, line)
    feature = raw.get("feature", "")
    if role == "checkable" and feature not in ("figure", "date", "entity", "event"):
        raise LexiconError(path, line, "'feature' must be figure, date, entity or event")
    return Entry(
        id=entry_id.strip(),
        lang=lang,
        kind=kind,
        role=role,
        category=category,
        explain=explain,
        own=own,
        confidence=float(confidence),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        negatable=bool(raw.get("negatable", False)),
        at_sentence_start=bool(raw.get("at_sentence_start", False)),
        also_hedge=bool(raw.get("also_hedge", False)),
        cognitive=bool(raw.get("cognitive", False)),
        reportative=bool(raw.get("reportative", False)),
        feature=feature,
        origin=f"{path}:{line}",
        **kwargs,
    )


def read_file(path: Path) -> list[tuple[Entry, bool]]:
    """All entries of one file with their ``disabled`` flag; raises LexiconError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(path, None, "file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(path, None, f"cannot read file: {exc}") from exc
    default_lang = _lang_from_name(path)
    seen: dict[str, int] = {}
    out: list[tuple[Entry, bool]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "//")):
            continue
        try:
            raw = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise LexiconError(
                path, number, f"not valid JSON ({exc.msg}, column {exc.colno})"
            ) from None
        entry = parse_entry(raw, path, number, default_lang)
        if entry.id in seen:
            raise LexiconError(
                path, number, f"duplicate id {entry.id!r} (first on line {seen[entry.id]})"
            )
        seen[entry.id] = number
        out.append((entry, bool(raw.get("disabled", False))))
    return out


def build_lexicon(lang: str, files: Iterable[Path]) -> Lexicon:
    """Merge files in order; a later entry with the same id replaces (or disables) it."""
    merged: dict[str, Entry] = {}
    for path in files:
        for entry, disabled in read_file(path):
            if entry.lang not in (lang, "*"):
                continue
            if disabled:
                merged.pop(entry.id, None)
            else:
                merged[entry.id] = entry
    lexicon = Lexicon(lang=lang, entries=list(merged.values()), by_id=merged)
    collected: dict[str, set[str]] = {}
    for entry in lexicon.entries:
        if entry.kind == "terms":
            collected.setdefault(entry.role, set()).update(entry.terms)
            lexicon.term_entries.setdefault(entry.role, entry)
    lexicon.terms = {role: frozenset(words) for role, words in collected.items()}
    return lexicon


def validate_files(paths: Sequence[Path]) -> None:
    """Check user cue files up front so a bad file fails at start-up, not mid-analysis."""
    for path in paths:
        read_file(Path(path))


@lru_cache(maxsize=16)
def load_lexicon(lang: str, extra: tuple[str, ...] = ()) -> Lexicon:
    """Built-in entries for ``lang`` plus user files (cached: pipelines share one copy)."""
    return build_lexicon(lang, [*builtin_files(lang), *(Path(p) for p in extra)])


def parse_explain(value: object) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """A lexicon ``explain`` value: the template (an English msgid) and a user file's own
    translations of it. A plain string is one template for every language; a
    ``{"en": ..., "de": ...}`` object keys on its English text (or its only text)."""
    if isinstance(value, str):
        return value, ()
    if (
        isinstance(value, dict)
        and value
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    ):
        key = value.get("en") or next((v for v in value.values() if v), "")
        if not key:
            return None, ()
        own = tuple((OWN + lang, text) for lang, text in value.items() if text and text != key)
        return key, own
    return None, ()
