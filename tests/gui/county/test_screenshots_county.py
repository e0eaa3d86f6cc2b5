"""The county screenshot script runs end to end: a county with one school imported through a
real bundle, every county page saved as a PNG of the right size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[3]  # tools/ is importable from the repository root


def test_county_screenshots(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "out"
    argv = [sys.executable, "-m", "tools.screenshots.county", str(out), "--schools", "1"]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    names = [p.stem for p in sorted(out.glob("*.png"))]
    assert "02-county-county_schools" in names and "08-county-report" in names
    for name in names:
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1366, 768), name
