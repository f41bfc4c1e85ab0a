#!/usr/bin/env bash
# Set up everything Plan Browser needs on a fresh Debian/Ubuntu machine (one with only python3,
# python3-venv, python3-pip and git): the system packages each extra needs, and a virtual
# environment with the pinned Python packages. scripts/fresh-root-check.sh proves it on such a root.
# Usage: bash scripts/setup.sh [extras]   (extras default: gui,test)
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-gui,test}"

# The libraries Qt loads offscreen, and a Simplified Chinese font (fake bold, 5 MB).
apt_packages="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-wqy-microhei"
case ",$extras," in
  # poppler-utils: the tests read PDFs as users' tools do (pdftotext, pdffonts, pdfimages);
  # fonts-noto-cjk and fontconfig (fc-list): printing is tested under Noto Sans CJK and WenQuanYi each.
  *,test,*) apt_packages="$apt_packages poppler-utils fonts-noto-cjk fontconfig" ;;
esac
case ",$extras," in
  *,build,*)
    apt_packages="$apt_packages binutils"  # PyInstaller reads libraries with objdump
    # and bundles Python's shared library, which Debian's and Ubuntu's python3 keep in its own package
    if [ "$(python3 -c 'import sys; print(sys.base_prefix)')" = /usr ]; then
      apt_packages="$apt_packages libpython$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    fi
    ;;
esac
installed() {  # Ubuntu 24.04 renamed some libraries for 64-bit time: libglib2.0-0t64
  dpkg -s "$1" >/dev/null 2>&1 || dpkg -s "${1}t64" >/dev/null 2>&1
}
missing=""
for pkg in $apt_packages; do
  installed "$pkg" || missing="$missing $pkg"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  names=""
  for pkg in $missing; do
    if [ -z "$(apt-cache policy "$pkg" 2>/dev/null | grep -v '(none)' | grep Candidate)" ] \
       && apt-cache policy "${pkg}t64" 2>/dev/null | grep Candidate | grep -vq '(none)'; then
      pkg="${pkg}t64"
    fi
    names="$names $pkg"
  done
  echo "Installing system packages:$names"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $names >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[${extras}]"
