#!/usr/bin/env bash
# Run the README's two quick-start commands on a fresh machine, as a new user would:
# a Debian 12 (or Ubuntu 24.04) root made by debootstrap with nothing but python3,
# python3-venv, python3-pip and git, a clone of this repository's committed HEAD inside,
# then `bash scripts/run.sh` and `bash scripts/test.sh` in a chroot. Prints how long each took.
#
# Usage (as root):  bash scripts/fresh-root-check.sh [bookworm|noble]
#   FRESH_ROOT_CACHE  where the debootstrap tarball is kept (default /var/cache/plan-browser-fresh-root)
#   FRESH_ROOT_DIR    where the root is unpacked, anew every run (default /var/tmp/plan-browser-fresh-<suite>)
# Needs debootstrap (apt-get install debootstrap) and the network (the suite's mirror and PyPI).
set -euo pipefail
suite="${1:-bookworm}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
cache="${FRESH_ROOT_CACHE:-/var/cache/plan-browser-fresh-root}"
root="${FRESH_ROOT_DIR:-/var/tmp/plan-browser-fresh-$suite}"
packages="python3,python3-venv,python3-pip,git"

[ "$(id -u)" = 0 ] || { echo "fresh-root-check: run as root (debootstrap and chroot need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "fresh-root-check: apt-get install debootstrap" >&2; exit 1; }

case "$suite" in
  bookworm) mirror=http://deb.debian.org/debian; script=bookworm; keyring=() ;;
  noble)
    mirror=http://archive.ubuntu.com/ubuntu
    # Debian 12's debootstrap has no "noble" script; Ubuntu releases all use the "gutsy" one.
    script=/usr/share/debootstrap/scripts/gutsy
    keyring=(--keyring "$cache/ubuntu-archive-keyring.gpg")
    packages="$packages,ca-certificates"  # Ubuntu's minbase has no CA bundle; Debian's pip pulls it in
    ;;
  *) echo "fresh-root-check: suite must be bookworm or noble" >&2; exit 1 ;;
esac

mkdir -p "$cache"
tarball="$cache/$suite-minbase-$(dpkg --print-architecture).tgz"

fetch_ubuntu_keyring() {
  # Debian 12 does not package Ubuntu's archive key: take it from the ubuntu-keyring package in the
  # Ubuntu archive itself (trust on first use; the key is cached beside the tarball).
  [ -s "$cache/ubuntu-archive-keyring.gpg" ] && return
  local work deb
  work="$(mktemp -d)"
  deb="$(python3 - "$mirror" <<'EOF'
import re, sys, urllib.request
pool = sys.argv[1] + "/pool/main/u/ubuntu-keyring/"
names = re.findall(r'href="(ubuntu-keyring_[^"]+_all\.deb)"', urllib.request.urlopen(pool).read().decode())
print(pool + sorted(names)[-1])
EOF
)"
  python3 -c "import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])" "$deb" "$work/k.deb"
  dpkg-deb -x "$work/k.deb" "$work/x"
  cp "$work/x/usr/share/keyrings/ubuntu-archive-keyring.gpg" "$cache/"
  rm -rf "$work"
}

if [ ! -s "$tarball" ]; then
  [ "$suite" = noble ] && fetch_ubuntu_keyring
  echo "== making the $suite debootstrap tarball (once; cached in $cache)"
  debootstrap --variant=minbase --include="$packages" "${keyring[@]}" --make-tarball="$tarball" \
    "$suite" "$(mktemp -d)" "$mirror" "$script" >/dev/null
fi

echo "== unpacking a fresh $suite root in $root"
rm -rf "$root"
mkdir -p "$root"
debootstrap --variant=minbase --include="$packages" "${keyring[@]}" --unpack-tarball="$tarball" \
  "$suite" "$root" "$mirror" "$script" >/dev/null
cp /etc/resolv.conf "$root/etc/resolv.conf"  # DNS, so apt and pip reach their registries
git clone -q --no-hardlinks "$repo" "$root/root/plan-browser"
echo "== cloned $(git -C "$repo" rev-parse --short HEAD) ($(git -C "$repo" log -1 --format=%s | cut -c1-60))"

# The commands run as a newcomer runs them: a clean environment, no display, the clone as cwd.
# Each is timed; both run even if the first fails, and the exit status says whether both passed.
inside='
cd /root/plan-browser
status=0
for command in "bash scripts/run.sh" "bash scripts/test.sh"; do
  echo "== $command"
  start=$(date +%s)
  if $command; then result=passed; else result="FAILED ($?)"; status=1; fi
  echo "== $command: $result in $(( $(date +%s) - start )) s"
done
exit $status
'
# A private mount namespace: /proc, /sys and /dev disappear with the process, however it ends.
unshare --mount --propagation private bash -euc '
root=$1; shift
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
if mountpoint -q /dev/shm; then mount --bind /dev/shm "$root/dev/shm"; fi
exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c "$1"
' fresh-root "$root" "$inside"
