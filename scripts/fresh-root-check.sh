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
  bookworm) mirror=http://deb.debian.org/debian; script=bookworm; options=() ;;
  noble)
    mirror=http://archive.ubuntu.com/ubuntu
    # Debian 12's debootstrap has no "noble" script; Ubuntu releases all use the "gutsy" one.
    script=/usr/share/debootstrap/scripts/gutsy
    # python3-venv and python3-pip are in Ubuntu's universe, not main.
    options=(--keyring "$cache/ubuntu-archive-keyring.gpg" --components=main,universe)
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
  deb="$(python3 - "$mirror" "$suite" <<'EOF'
import gzip, re, sys, urllib.request
mirror, suite = sys.argv[1:]
index = f"{mirror}/dists/{suite}/main/binary-amd64/Packages.gz"  # the mirror lists no folders
packages = gzip.decompress(urllib.request.urlopen(index).read()).decode()
print(mirror + "/" + re.search(r"^Package: ubuntu-keyring\n(?:.+\n)*?Filename: (\S+)", packages, re.M).group(1))
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
  debootstrap --variant=minbase --include="$packages" "${options[@]}" --make-tarball="$tarball" \
    "$suite" "$(mktemp -d)" "$mirror" "$script" >/dev/null
fi

echo "== unpacking a fresh $suite root in $root"
rm -rf "$root"
mkdir -p "$root"
debootstrap --variant=minbase --include="$packages" "${options[@]}" --unpack-tarball="$tarball" \
  "$suite" "$root" "$mirror" "$script" >/dev/null
cp /etc/resolv.conf "$root/etc/resolv.conf"  # DNS, so apt and pip reach their registries
if [ "$suite" = noble ]; then  # debootstrap leaves Ubuntu's sources empty; an Ubuntu image has these
  printf 'deb %s %s main universe\ndeb %s %s-updates main universe\ndeb %s %s-security main universe\n' \
    "$mirror" "$suite" "$mirror" "$suite" "$mirror" "$suite" > "$root/etc/apt/sources.list"
fi
# This network's TLS setup, if the host has one for pip (a proxy that re-signs HTTPS, say): the CA
# bundle that /etc/pip.conf names, under a name update-ca-certificates leaves alone. Nothing else
# of the host's (no wheels, no index) goes in: pip fetches everything from PyPI.
host_cert="$(sed -n 's/^[[:space:]]*cert[[:space:]]*=[[:space:]]*//p' /etc/pip.conf 2>/dev/null | head -1)"
if [ -n "$host_cert" ] && [ -f "$host_cert" ]; then
  cp "$host_cert" "$root/etc/ssl/host-network-ca.crt"
  printf '[global]\ncert = /etc/ssl/host-network-ca.crt\n' > "$root/etc/pip.conf"
fi
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
