"""Render page 1 of an English and a German PDF report for the README.

Run after a visible change to the report:
``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_report_images.py``.
A temporary library gets the bundled sample, analysed, with the work a checker does
(verdicts, a note, a reference); the PDFs are rendered with ``pdftoppm`` (poppler).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def _checker_work(lib, article_id: str) -> None:
    from factcheck_app.services import annotations
    from factcheck_app.services.analysis import list_assertions

    found = {a.quote[:30]: a for a in list_assertions(lib, article_id)}

    def first(prefix: str):
        return next(a for quote, a in found.items() if quote.startswith(prefix))

    tanker = first("Reports indicate")
    annotations.set_verdict(
        lib, tanker.id, "mostly true", "Two trains were offline; one restarted on 20 April."
    )
    ref, _ = annotations.add_reference(
        lib,
        "QatarEnergy operations update, 2 May",
        url="https://example.org/qatarenergy/update",
        publisher="QatarEnergy",
        published="2025-05-02",
        kind="official_statement",
    )
    annotations.link_evidence(lib, tanker.id, ref.id, "supports", "Train 4 restarted", "p. 2")
    annotations.add_note(
        lib, article_id, "Asked the **press office** for the maintenance log.", tanker.id
    )
    annotations.set_verdict(lib, first("Experts believe").id, "unverifiable")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed")
    from factcheck_app.export.model import ReportOptions
    from factcheck_app.paths import sample_path
    from factcheck_app.services import Library, articles, exports
    from factcheck_app.services.analysis import analyze_article
    from factcheck_app.settings import Settings

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(user_name="Anna Köhler", organisation="Faktencheck Nord")
        with Library(Path(tmp) / "library.factcheck.db", settings=settings) as lib:
            article = articles.import_file(lib, sample_path()).article
            analyze_article(lib, article.id)
            _checker_work(lib, article.id)
            for lang, suffix in (("en", ""), ("de", "-de")):
                pdf = Path(tmp) / f"report-{lang}.pdf"
                exports.export_articles(lib, [article.id], "pdf", pdf, ReportOptions(lang=lang))
                target = OUT / f"report-page1{suffix}"
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
                    + [str(pdf), str(target)],
                    check=True,
                )
                print(target.with_suffix(".png").relative_to(ROOT))
                if len(sys.argv) > 1:  # a folder to keep the PDFs in, for looking at them
                    shutil.copy(pdf, Path(sys.argv[1]) / pdf.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
