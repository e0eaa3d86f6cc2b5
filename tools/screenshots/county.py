"""Render the county center's screens to PNG files, offscreen, for review and documentation.

    python3 -m tools.screenshots.county OUTDIR [--schools 8]   (from the repository root)

Builds a throw-away county in a temporary folder: a county store, then ``--schools`` demo
schools (a few hundred invented students each) that enroll, are approved, export their records
and are imported through real signed and encrypted bundles. Then it opens the real window on
the county folder, unlocks it as the county user would, and saves each county page at
1366×768. Takes about half a minute per school on an old PC.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from tools.screenshots.school import Shooter, offscreen_screen

USER, PASS = "xianzhongxin", "County-Fuping-2025!"
TOWNS = ("庄里", "流曲", "淡村", "薛镇", "美原", "老庙", "梅家坪", "刘集", "宫里", "齐村")
KINDS = ("中心小学", "初级中学", "九年制学校")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python3 -m tools.screenshots.county")
    p.add_argument("outdir", type=Path)
    p.add_argument("--schools", type=int, default=8)
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sxcounsel-shots-") as tmp:
        offscreen_screen(Path(tmp), 1366, 768)
        county = build_county(Path(tmp), args.schools)
        saved = CountyShooter(args.outdir, Path(tmp)).run(county)
    for name in saved:
        print(name)
    return 0


def build_county(root: Path, schools: int) -> Path:
    """A county with ``schools`` demo schools imported through real bundles; its folder."""
    from sxcounsel.county.enroll import approve, write_enrollment_file
    from sxcounsel.county.inbox import import_files
    from sxcounsel.county.store import init_county, open_county
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.demo import create_demo
    from sxcounsel.sync.enrollment import enroll
    from sxcounsel.sync.export import export_to

    home = root / "county"
    init_county(home, county_code="610528", county_name="富平县中小学生心理健康教育指导中心",
                admin=USER, passphrase=PASS, url="https://192.168.1.10:8443")  # fmt: skip
    session, county = open_county(home, USER, PASS)
    with session:
        write_enrollment_file(session, county, root / "enrollment.json")
        for i in range(schools):
            school = root / f"school-{i}"
            login = create_demo(school, students_count=120 + 60 * (i % 4), seed=2025 + i)
            with Session.unlock(school, login.username, login.passphrase) as s:
                s.store.set_meta("school_code", f"610528{i + 1:04d}")
                s.store.set_meta("school_name", f"富平县{TOWNS[i % 10]}镇{KINDS[i % 3]}")
                enroll(s, root / "enrollment.json", root / "request.json")
                approve(session, county, root / "request.json")
                export_to(s, root / "bundles")
            shutil.rmtree(school)
            print(f"  school {i + 1}/{schools} exported", file=sys.stderr, flush=True)
        import_files(session, [root / "bundles"], write_acks=False)
    return home


class CountyShooter(Shooter):
    """The school screenshots' camera (tools.screenshots.school.Shooter), on a county."""

    def __init__(self, outdir: Path, tmp: Path) -> None:
        args = argparse.Namespace(
            outdir=outdir, scale=1.0, language="zh_CN", width=1366, height=768
        )
        super().__init__(args, tmp)

    def run(self, home: Path) -> list[str]:
        from sxcounsel.gui.window import MainWindow

        win = MainWindow(home, self.prefs)
        win.resize(*self.size)
        win.start()
        win.show()
        screen = win.show_unlock(preselect=USER)
        self.shot(win, "county-unlock")
        screen.passphrase.setText(PASS)
        screen.try_unlock()
        self.wait(lambda: win.workspace is not None)
        ws = win.workspace
        pages = ws.keys()  # the navigation's keys, in order
        for key in pages:
            page = ws.show_page(key)
            self.wait(lambda page=page: getattr(page, "loaded", True))
            self.wait(lambda page=page: not getattr(getattr(page, "task", None), "running", False))
            self.shot(win, f"county-{key}")
        win.lock()
        win.close()
        return self.saved


if __name__ == "__main__":
    raise SystemExit(main())
