"""Ship only the Babel locales the app can meet instead of all 800 (30 MB).

Babel reaches the bundle through trafilatura -> courlan, which only asks it whether a URL
segment names a language and treats an unknown locale as "no". English and German (plus
``root``, which every locale inherits from) cover the languages the app analyses.
"""

import os

from PyInstaller.utils.hooks import collect_data_files

KEEP = ("root.dat", "en.dat", "en_", "de.dat", "de_")

datas = [
    (src, dest)
    for src, dest in collect_data_files("babel")
    if "locale-data" not in src or os.path.basename(src).startswith(KEEP)
]

hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
