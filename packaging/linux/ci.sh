#!/usr/bin/env bash
# Build the Linux one-folder package and the .deb, then run the self-test from both the
# build folder and the installed package (as root, CI installs it with dpkg -i).
set -euo pipefail
cd "$(dirname "$0")/../.."

python3 -m pip install -q "pyinstaller>=6.10,<7"
python3 packaging/build.py
build/dist/sxcounsel/sxcounsel --self-test
python3 packaging/linux/build_deb.py
if [ "$(id -u)" = 0 ]; then
  deb=$(ls -t build/sxcounsel_*.deb | head -n 1)
  dpkg -i "$deb" >/dev/null
  /usr/bin/sxcounsel --self-test
  dpkg -r sxcounsel >/dev/null
fi
