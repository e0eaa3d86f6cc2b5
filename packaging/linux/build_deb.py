"""Build the .deb from the one-folder build (run packaging/build.py first).

    python3 packaging/linux/build_deb.py   ->  build/sxcounsel_<version>_amd64.deb

The program goes to /opt/sxcounsel, a launcher to /usr/bin/sxcounsel, the desktop entry,
icons and AppStream metainfo to /usr/share. Records never live under /opt: the app keeps them
in each user's data folder (~/.local/share/sxcounsel), which removing the package leaves alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
APP_ID = "cn.sxcounsel.Sxcounsel"
ICON_SIZES = (32, 48, 64, 128, 256)
# What the bundled Qt's X11 (xcb) platform plugin and OpenGL need from the system; the
# same list the README gives for running from source.
DEPENDS = [
    "libc6 (>= 2.31)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
]


def render_icons(svg: Path, share: Path) -> None:
    """PNG icons for the hicolor theme, drawn from the SVG with Qt (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        out = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "sxcounsel.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise SystemExit(f"could not write {out}")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / "sxcounsel.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(svg, scalable)


def installed_size_kib(root: Path) -> int:
    return sum(f.lstat().st_size for f in root.rglob("*") if not f.is_dir()) // 1024


def main() -> int:
    from sxcounsel import __version__

    dist = BUILD / "dist" / "sxcounsel"
    if not (dist / "sxcounsel").is_file():
        raise SystemExit("build/dist/sxcounsel is missing: run packaging/build.py first.")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    name = f"sxcounsel_{__version__}_{arch}"
    root = BUILD / "deb" / name
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(dist, root / "opt" / "sxcounsel", symlinks=True)
    launcher = root / "usr" / "bin" / "sxcounsel"
    launcher.parent.mkdir(parents=True)
    launcher.write_text('#!/bin/sh\nexec /opt/sxcounsel/sxcounsel "$@"\n')
    launcher.chmod(0o755)
    share = root / "usr" / "share"
    for sub, file in (
        ("applications", f"{APP_ID}.desktop"),
        ("metainfo", f"{APP_ID}.metainfo.xml"),
    ):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "packaging" / "linux" / file, share / sub / file)
    render_icons(ROOT / "resources" / "icons" / "sxcounsel.svg", share)
    doc = share / "doc" / "sxcounsel"
    doc.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "fonts" / "wqy-microhei.LICENSE.txt", doc / "font-LICENSE")
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"""Package: sxcounsel
Version: {__version__}
Architecture: {arch}
Maintainer: sxcounsel developers <dev@sxcounsel.invalid>
Installed-Size: {installed_size_kib(root)}
Depends: {", ".join(DEPENDS)}
Section: education
Priority: optional
Homepage: https://sxcounsel.invalid/
Description: encrypted records for school counseling rooms (心理辅导室档案)
 Offline-first, encrypted desktop application for the counseling rooms of
 schools and the county guidance centers that oversee them: student files,
 counseling sessions, home visits, key-concern ledger, referrals, crisis events,
 printed ledgers, and signed encrypted sync bundles to the county.
 .
 Records are kept in each user's data folder, never under /opt; removing the
 package leaves them in place.
"""
    )
    postinst = root / "DEBIAN" / "postinst"
    postinst.write_text(
        "#!/bin/sh\nset -e\n"
        "command -v update-desktop-database >/dev/null 2>&1 && "
        "update-desktop-database -q /usr/share/applications || true\n"
        "command -v gtk-update-icon-cache >/dev/null 2>&1 && "
        "gtk-update-icon-cache -q /usr/share/icons/hicolor || true\n"
    )
    postinst.chmod(0o755)
    out = BUILD / f"{name}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(
        f"{out} ({out.stat().st_size / 1e6:.0f} MB; installed {installed_size_kib(root) / 1024:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
