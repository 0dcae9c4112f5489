"""The wheel and sdist carry the app's data, and the installed wheel works as a user uses it.

Slow (a build plus a fresh venv with every dependency): ``make wheel-test`` runs it and
``.ci/run`` runs that as its own step. The source tree is copied to a temporary folder
first, so the build writes nothing into the checkout; the venv lives outside the tree and
every command runs from a temporary working folder, so nothing can be picked up from the
checkout by accident. Dependencies come from the package index (pip's cache makes a second
run quick).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = "mixed-eu-energy.md"
BIN = "Scripts" if sys.platform == "win32" else "bin"

pytestmark = pytest.mark.slow

# Files the installed package must contain (as factcheck_app/resources/...).
REQUIRED = (
    "lexicons/en.cues.jsonl",
    "lexicons/de.cues.jsonl",
    "fonts/NotoSans-Regular.ttf",
    "translations/factcheck_de.qm",
    "guide/en.md",
    "guide/de.md",
    f"samples/{SAMPLE}",
    "datasette/tables.json",
    "icons/factcheck.svg",
)


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    src = tmp_path_factory.mktemp("src") / "factcheck"
    junk = shutil.ignore_patterns(
        ".git", ".venv*", "dist", "build", "*.egg-info", "__pycache__", "*.qm", ".*_cache"
    )
    shutil.copytree(ROOT, src, ignore=junk)
    out = tmp_path_factory.mktemp("dist")
    # sdist first, then the wheel built from that sdist: both must be complete.
    build = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_wheel_carries_data_licenses_and_types(dists):
    with zipfile.ZipFile(dists["wheel"]) as whl:
        names = set(whl.namelist())
        metadata = next(whl.read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
    for rel in REQUIRED:
        assert f"factcheck_app/resources/{rel}" in names, rel
    assert "factcheck_app/py.typed" in names
    assert any(n.endswith("licenses/LICENSE") for n in names)
    assert any(n.endswith("licenses/resources/fonts/LICENSE-NotoSans.txt") for n in names)
    assert "License-Expression: MIT AND OFL-1.1" in metadata
    assert "Requires-Dist: lxml_html_clean" in metadata or "lxml-html-clean" in metadata


def test_sdist_carries_the_sources_of_the_data(dists):
    with tarfile.open(dists["sdist"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for rel in REQUIRED:
        if rel.endswith(".qm"):  # built from the .ts when the wheel is made
            assert f"resources/{rel[:-3]}.ts" in names
            assert f"resources/{rel}" not in names
        else:
            assert f"resources/{rel}" in names, rel
    backend = "packaging/backend/factcheck_build.py"
    assert {"LICENSE", "setup.py", "pyproject.toml", backend} <= names


@pytest.fixture(scope="module")
def installed(dists, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / BIN / "python"
    pip = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(dists["wheel"])],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert pip.returncode == 0, pip.stdout[-3000:] + pip.stderr[-3000:]
    return env_dir


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        FACTCHECK_CONFIG=str(tmp_path / "config" / "settings.json"),
        FACTCHECK_DB=str(tmp_path / "library.db"),
    )
    return env


def _run(installed: Path, tmp_path: Path, *args: str, timeout: int = 600):
    exe = installed / BIN / args[0]
    return subprocess.run(
        [str(exe), *args[1:]],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _resources(installed: Path) -> Path:
    (pkg,) = installed.glob("lib/python*/site-packages/factcheck_app")
    return pkg / "resources"


def test_installed_app_reads_its_data_from_the_package(installed):
    resources = _resources(installed)
    for rel in REQUIRED:
        assert (resources / rel).is_file(), rel


def test_installed_cli_analyses_exports_and_screenshots(installed, tmp_path):
    from pypdf import PdfReader

    sample = _resources(installed) / "samples" / SAMPLE
    for command in (("factcheck", "--version"), ("factcheck-app", "--version")):
        run = _run(installed, tmp_path, *command)
        assert run.returncode == 0 and "0." in run.stdout, run.stderr
    analysed = _run(installed, tmp_path, "factcheck", "analyze", str(sample), "--json")
    assert analysed.returncode == 0, analysed.stderr[-3000:]
    import json

    (report,) = json.loads(analysed.stdout)["articles"]
    assert len(report["assertions"]) > 0
    article_id = report["article_id"]

    pdf = tmp_path / "report.pdf"
    exported = _run(
        installed, tmp_path, "factcheck", "export", article_id, "--format", "pdf", "-o", str(pdf)
    )
    assert exported.returncode == 0, exported.stderr[-3000:]
    embedded = set()
    for page in PdfReader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                embedded.add(str(target.get("/BaseFont")))
    assert any("NotoSans" in name for name in embedded), embedded

    shot = tmp_path / "shot.png"
    screenshot = _run(installed, tmp_path, "factcheck-app", "--screenshot", str(shot), str(sample))
    assert screenshot.returncode == 0, screenshot.stderr[-3000:]
    assert shot.stat().st_size > 10_000
    home = tmp_path / "home"
    written = [p for p in home.rglob("*") if p.is_file() and ".cache" not in p.parts]
    assert written == [], written  # nothing but caches outside the configured folders


def test_python_dash_m_runs_the_cli(installed, tmp_path):
    run = _run(installed, tmp_path, "python", "-m", "factcheck_app", "--help")
    assert run.returncode == 0, run.stderr
    assert "analyze" in run.stdout


def test_missing_lexicons_fail_loudly(installed, tmp_path):
    lexicons = _resources(installed) / "lexicons"
    hidden = lexicons.with_name("lexicons.hidden")
    lexicons.rename(hidden)
    try:
        text = tmp_path / "a.txt"
        text.write_text("Officials said the talks had failed, reports indicate.\n", "utf-8")
        run = _run(installed, tmp_path, "factcheck", "analyze", str(text))
    finally:
        hidden.rename(lexicons)
    assert run.returncode != 0
    assert "lexicons" in run.stderr and "Traceback" not in run.stderr
    assert "assertions" not in run.stdout
