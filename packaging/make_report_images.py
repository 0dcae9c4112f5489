"""Render page 1 of an English and a German PDF report for the README.

Run after a visible change to the report:
``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_report_images.py [--article FILE]
[KEEP_DIR]``. A temporary library gets the article (the bundled sample by default; the
README uses a German site's copy of English wire text), analysed, with the work a checker
does (verdicts with a claim summary, a Markdown note, a reference); the PDFs are rendered
with ``pdftoppm`` (poppler). With KEEP_DIR the PDFs are kept there, to look at every page.
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
PDFTOPPM_PAGE1 = ("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile")


def _checker_work(lib, article_id: str) -> None:
    """Verdicts on the first claims (one with a short claim summary; a verdict checks its
    card), a note in Markdown and a reference, as a checker leaves them; a few claims stay
    to check."""
    from factcheck_app.services import annotations
    from factcheck_app.services.analysis import list_assertions

    flagged = []  # the first finding of each claim (findings whose spans overlap are one)
    for a in list_assertions(lib, article_id):
        if str(a.category) != "sourced" and all(
            a.end <= b.start or b.end <= a.start for b in flagged
        ):
            flagged.append(a)
    ref = annotations.get_reference(
        lib,
        annotations.add_reference(
            lib,
            "Yonhap: North Korean troops in Kursk",
            url="https://en.yna.co.kr/",
            publisher="Yonhap",
            published="2024-11-01",
            kind="news_report",
        ).created,
    )
    ratings = ("mostly true", "unverifiable", "misleading")
    for a, rating in zip(flagged, ratings, strict=False):
        summary = "North Korea sent 10,000 soldiers to Russia" if "10,000" in a.quote else None
        annotations.set_verdict(
            lib, a.id, rating, "The **Yonhap** report gives a similar figure.", summary
        )
    if flagged:
        first = flagged[0]
        annotations.link_evidence(lib, first.id, ref.id, "supports", "about 11,000", "para. 3")
        annotations.add_note(
            lib, article_id, "Asked the **press office** for the source.", first.id
        )


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed")
    from factcheck_app.export.model import ReportOptions
    from factcheck_app.paths import sample_path
    from factcheck_app.services import Library, articles, exports
    from factcheck_app.services.analysis import analyze_article
    from factcheck_app.settings import Settings

    args = sys.argv[1:]
    source = sample_path()
    if args[:1] == ["--article"]:
        source, args = Path(args[1]), args[2:]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            user_name="Anna Köhler",
            organisation="Faktencheck Nord",
            organisation_url="https://faktencheck-nord.example",
        )
        with Library(Path(tmp) / "library.factcheck.db", settings=settings) as lib:
            article = articles.import_file(lib, source).article
            analyze_article(lib, article.id)
            _checker_work(lib, article.id)
            for lang, suffix in (("en", ""), ("de", "-de")):
                pdf = Path(tmp) / f"report-{lang}.pdf"
                exports.export_articles(lib, [article.id], "pdf", pdf, ReportOptions(lang=lang))
                target = OUT / f"report-page1{suffix}"
                subprocess.run(
                    [*PDFTOPPM_PAGE1, str(pdf), str(target)],
                    check=True,
                )
                print(target.with_suffix(".png").relative_to(ROOT))
                if args:  # a folder to keep the PDFs in, for looking at them
                    shutil.copy(pdf, Path(args[0]) / pdf.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
