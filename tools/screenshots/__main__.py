"""``python3 -m tools.screenshots OUTDIR [--scale 1.5] [--language en]``: the school's screens
(tools.screenshots.school); also runs as ``python3 tools/screenshots/__main__.py``."""

import sys
from pathlib import Path

if not __package__:  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.screenshots.school import main

if __name__ == "__main__":
    raise SystemExit(main())
