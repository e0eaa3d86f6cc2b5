#!/usr/bin/env bash
# Build the Linux one-folder package and the .deb, then run the self-test from both the
# build folder and the installed package (as root, CI installs it with dpkg -i).
set -euo pipefail
cd "$(dirname "$0")/../.."

python3 -m pip install -q "pyinstaller>=6.10,<7"
# The self-test on a desktop's real X11 (xcb) platform plugin, not offscreen: under Xvfb
# (.ci/run installs it), with QT_QPA_PLATFORM (offscreen for the tests) unset.
on_x11() {
  command -v xvfb-run >/dev/null || { echo "xvfb-run missing: $1 not tested on xcb" >&2; return 0; }
  local out code=0
  out=$(env -u QT_QPA_PLATFORM xvfb-run -a "$1" --self-test) || code=$?
  echo "$out"
  [ "$code" = 0 ] && grep -q "started on the xcb platform plugin" <<<"$out"
}

python3 packaging/build.py
build/dist/sxcounsel/sxcounsel --self-test
on_x11 build/dist/sxcounsel/sxcounsel
python3 packaging/linux/build_deb.py
if [ "$(id -u)" = 0 ]; then
  deb=$(ls -t build/sxcounsel_*.deb | head -n 1)
  dpkg -i "$deb" >/dev/null
  /usr/bin/sxcounsel --self-test
  on_x11 /usr/bin/sxcounsel
  dpkg -r sxcounsel >/dev/null
fi
