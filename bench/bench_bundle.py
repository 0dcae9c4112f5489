"""Start-up of the PyInstaller bundle against the venv: time until --screenshot is saved.

Both render the same sample into a temporary library (import, analyse, draw, save), so
the ratio shows what the frozen bundle costs or saves at start-up. Skips (exit 0) when
no bundle has been built; build one with ``make package``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "factcheck" / ("factcheck-app.exe" if os.name == "nt" else "factcheck-app")
SAMPLE = ROOT / "resources" / "samples" / "mixed-eu-energy.md"
RUNS = 3


def _time(cmd: list[str], tmp: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACTCHECK_CONFIG=str(tmp / "s.json"))
    out = tmp / "shot.png"
    start = time.perf_counter()
    subprocess.run([*cmd, "--screenshot", str(out), str(SAMPLE)], env=env, check=True)
    elapsed = time.perf_counter() - start
    if not out.stat().st_size:
        raise SystemExit(f"{cmd[0]} wrote an empty screenshot")
    return elapsed


def main() -> int:
    if not BUNDLE.is_file():
        print(f"bench_bundle: no bundle at {BUNDLE} (run `make package`); skipped")
        return 0
    venv = [sys.executable, "-m", "factcheck_app.gui.app"]
    with tempfile.TemporaryDirectory() as tmp:
        _time([str(BUNDLE)], Path(tmp))  # warm the disk cache for both
        _time(venv, Path(tmp))
        bundle = statistics.median(_time([str(BUNDLE)], Path(tmp)) for _ in range(RUNS))
        source = statistics.median(_time(venv, Path(tmp)) for _ in range(RUNS))
    files = [p for p in BUNDLE.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    print(f"bundle size            {size / 2**20:8.1f} MiB")
    print(f"venv   --screenshot    {source:8.2f} s (median of {RUNS}, baseline)")
    print(f"bundle --screenshot    {bundle:8.2f} s (median of {RUNS})")
    print(f"bundle / venv          {bundle / source:8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
