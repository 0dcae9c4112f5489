"""Collect spaCy without the 70 languages and the test suite we never load.

Overrides the contrib hook (which collects every submodule and data file): the analyser
only builds English and German pipelines (plus the multi-language ``xx`` fallback), and
spaCy finds its registered functions through these modules and catalogue entry points.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

KEEP_LANGS = {"en", "de", "xx"}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if len(parts) > 1 and parts[1] == "tests":
        return False
    # spacy.lang.<code> are the languages (2-3 letter codes); longer names such as
    # spacy.lang.lex_attrs or char_classes are shared by all languages and must stay
    is_language = len(parts) > 2 and parts[1] == "lang" and len(parts[2]) <= 3
    return not is_language or parts[2] in KEEP_LANGS


hiddenimports = collect_submodules("spacy", filter=_wanted)
# Cython sources and headers ship in the wheel but are only needed to compile spaCy.
SOURCE_ONLY = ["**/*.pyx", "**/*.pxd", "**/*.cpp", "**/*.h"]
datas = collect_data_files("spacy", excludes=["tests/**", "lang/**", *SOURCE_ONLY])
datas += copy_metadata("spacy")
