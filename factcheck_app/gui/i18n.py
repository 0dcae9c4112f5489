"""The UI language: which one to use, building its ``.qm`` file, installing the translators.

The ``.ts`` files in ``resources/translations`` are the translation sources; the build
(``make``, the PyInstaller spec, or :func:`compile_translations`) turns them into ``.qm``
files, which are never edited by hand. The language is the one chosen in Settings, else
the system locale's if we have it, else English (the language of the source strings).
Qt's own translation of standard buttons ("OK", "Cancel") comes from PySide6's folder.

Dates and numbers go through :class:`QLocale` so they follow the chosen language too.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from factcheck_app.language import LANGUAGE_NAMES
from factcheck_app.paths import resource_path

SOURCE_LANGUAGE = "en"
#: Languages the UI is translated into, with their names in that language (for Settings).
LANGUAGES: dict[str, str] = LANGUAGE_NAMES
CATALOG = "factcheck"

#: lupdate extracts ``translate("Context", "text")`` calls anywhere in a module; a custom
#: ``tr(text)`` wrapper would be extracted without a context and never found at run time.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` of ``context`` for extraction and return it unchanged.

    lupdate finds the call by this name; PySide6's own is typed as returning ``object``,
    which would make every table of marked strings ill-typed.
    """
    return text


_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return resource_path("translations")


def ts_path(language: str) -> Path:
    return translations_dir() / f"{CATALOG}_{language}.ts"


def qm_path(language: str) -> Path:
    return translations_dir() / f"{CATALOG}_{language}.qm"


def resolve_language(preference: str = "", system: QLocale | None = None) -> str:
    """The language to show: an explicit preference wins, then the system locale's."""
    if preference in LANGUAGES:
        return preference
    locale = system if system is not None else QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language installed by :func:`install_translators` ("en" before any)."""
    return _current


def _lrelease() -> str | None:
    """``pyside6-lrelease`` next to this Python (the venv) or on PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease"):
        if (here / name).is_file():
            return str(here / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(force: bool = False, folder: Path | None = None) -> list[Path]:
    """Build each ``.qm`` from its ``.ts`` when missing or older; returns the ``.qm`` paths.

    Raises ``RuntimeError`` when a build is needed and no ``lrelease`` can be found.
    """
    folder = folder or translations_dir()
    built: list[Path] = []
    for ts in sorted(folder.glob(f"{CATALOG}_*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = _lrelease()
            if tool is None:
                raise RuntimeError("pyside6-lrelease not found: cannot build translations")
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
            )
        built.append(qm)
    return built


def _remove_installed(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, language: str) -> str:
    """Show the UI in ``language`` from now on; returns the language actually installed.

    A missing ``.qm`` is built from its ``.ts`` when possible (a checkout run before
    ``make``); if that fails the UI stays English rather than failing to start.
    """
    global _current
    _remove_installed(app)
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language))
    _current = language
    ours = qm_path(language)
    if language == SOURCE_LANGUAGE:
        # English needs a catalogue too, for its plural forms ("1 article", "2 articles");
        # it holds only the numerus messages (lupdate -pluralonly).
        _load_source_plurals(app, ours)
        return language
    if not ours.is_file():
        try:
            compile_translations()
        except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
            log.warning("no %s translation: %s", language, exc)
    translator = QTranslator(app)
    if translator.load(str(ours)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("cannot load %s", ours)
        QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
        _current = SOURCE_LANGUAGE
        return SOURCE_LANGUAGE
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return language


def _load_source_plurals(app: QCoreApplication, qm: Path) -> None:
    if not qm.is_file():
        try:
            compile_translations()
        except (RuntimeError, OSError, subprocess.CalledProcessError):
            return  # "1 article(s)" is still readable
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)


def setup_language(app: QCoreApplication) -> str:
    """Install the language the user chose in Settings (or the system's); for ``main()``."""
    from factcheck_app.settings import load_settings

    return install_translators(app, resolve_language(load_settings().ui_language))


def _locale() -> QLocale:
    return QLocale()  # the default set by install_translators


def format_number(value: int | float) -> str:
    """``12345`` as "12,345" in English and "12.345" in German."""
    if isinstance(value, int):
        return _locale().toString(value)
    return _locale().toString(float(value), "f", 1)


def _parse(stamp: str | date | datetime | None) -> datetime | date | None:
    if stamp is None or stamp == "":
        return None
    if isinstance(stamp, (date, datetime)):
        return stamp
    try:
        if len(stamp) <= 10:
            return date.fromisoformat(stamp)
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None


def format_date(stamp: str | date | datetime | None) -> str:
    """A day in the locale's short form ("3/14/24", "14.03.24"); unparseable text as is."""
    value = _parse(stamp)
    if value is None:
        return str(stamp or "")
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return _locale().toString(QDate(value.year, value.month, value.day), _date_format())


def format_datetime(stamp: str | date | datetime | None) -> str:
    """A moment in local time, in the locale's short date and time form."""
    value = _parse(stamp)
    if value is None:
        return str(stamp or "")
    if not isinstance(value, datetime):
        return format_date(value)
    if value.tzinfo:
        value = value.astimezone()
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    time_format = _locale().timeFormat(QLocale.FormatType.ShortFormat)
    return _locale().toString(moment, f"{_date_format()} {time_format}")


def _date_format() -> str:
    """The short date with a four-digit year: "14.03.2024", "3/14/2024"."""
    short = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return short
