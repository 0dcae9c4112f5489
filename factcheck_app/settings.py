"""User settings shared by the CLI and the app, kept in a small JSON file.

They live outside the library because they belong to the person (their name, preferred
model, UI language), not to the data that gets shared with colleagues.
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck_app.files import atomic_write_text
from factcheck_app.language import SUPPORTED
from factcheck_app.models import DEFAULT_VERDICT_SCHEME, HIGHLIGHT_CATEGORIES, LexiconException

CONFIG_ENV = "FACTCHECK_CONFIG"


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. some containers)
        return "checker"


@dataclass(frozen=True)
class Settings:
    user_name: str = field(default_factory=_default_user)
    organisation: str = ""
    organisation_url: str = ""  # the organisation's home page (ClaimReview author.url)
    publish_base_url: str = ""  # where reports are published (ClaimReview urls)
    model: str = ""  # "" = blank pipeline; else an installed spaCy package name
    highlight: tuple[str, ...] = tuple(str(c) for c in HIGHLIGHT_CATEGORIES)
    verdict_scheme: tuple[str, ...] = DEFAULT_VERDICT_SCHEME
    ui_language: str = ""  # "" = follow the system locale
    extra_lexicons: tuple[str, ...] = ()
    keep_backups: int = 5  # pre-merge backups kept next to the library (newest first)
    #: the checker confirmed who they are (asked once at start; then Settings)
    identity_confirmed: bool = False
    #: "don't flag this again": the person's exceptions, never stored in a library
    lexicon_exceptions: tuple[LexiconException, ...] = ()

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


UI_LANGUAGES: tuple[str, ...] = SUPPORTED


def ui_language(settings: Settings) -> str:
    """The language the user reads: the setting, else the system locale, else English.

    Used for the interface and for the analyser's explanations, so both always agree.
    """
    if settings.ui_language in UI_LANGUAGES:
        return settings.ui_language
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in UI_LANGUAGES else "en"
    return "en"


def config_path() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path("factcheck", appauthor=False) / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Unknown keys and bad values fall back to defaults: settings never block start-up."""
    path = path or config_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    values: dict[str, object] = {}
    for f in dataclasses.fields(Settings):
        value = raw.get(f.name)
        default = getattr(defaults, f.name)
        if f.name == "lexicon_exceptions":
            values[f.name] = _exceptions(value)
        elif isinstance(default, bool):
            if isinstance(value, bool):
                values[f.name] = value
        elif isinstance(default, tuple) and isinstance(value, list):
            values[f.name] = tuple(str(v) for v in value)
        elif (isinstance(default, str) and isinstance(value, str)) or (
            isinstance(default, int) and type(value) is int and 1 <= value <= 1000
        ):
            values[f.name] = value
    return defaults.replace(**values)


def _exceptions(value: object) -> tuple[LexiconException, ...]:
    """The stored exceptions that are well formed (a bad entry is dropped, not fatal)."""
    if not isinstance(value, list):
        return ()
    names = [f.name for f in dataclasses.fields(LexiconException)]
    kept = []
    for entry in value:
        if isinstance(entry, dict) and all(isinstance(entry.get(n, ""), str) for n in names):
            found = LexiconException(**{n: entry.get(n, "") for n in names})
            if found.category and found.cue.strip() and found not in kept:
                kept.append(found)
    return tuple(kept)


def default_user_name() -> str:
    """The name used until the checker gives theirs (the login name)."""
    return _default_user()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(settings).items()
    }
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False))
