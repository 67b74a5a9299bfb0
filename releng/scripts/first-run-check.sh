#!/usr/bin/env bash
# What a newcomer does, checked: a fresh clone of this repository's HEAD with no built product, then the
# README's console command (--screenshot) and `encompass status` there, on a new repository (which must
# come with the demo master). Then the Debian package the build made: installed, `encompass --version`
# and `encompass status` run with no JDK on the machine (a private mount hides /usr/lib/jvm), removed.
# Prints one line per check and exits non-zero on the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
work="$(mktemp -d /var/tmp/encompass-first-run.XXXXXX)"
trap 'rm -rf "$work"' EXIT
passed=0
ok() { passed=$((passed + 1)); echo "first run: ok   $*"; }
fail() { echo "first run: FAIL $*" >&2; exit 1; }

git clone -q "$ENCOMPASS_ROOT" "$work/clone"
export ENCOMPASS_DATA="$work/data" XDG_CACHE_HOME="$work/cache"
start=$(date +%s)
"$work/clone/releng/scripts/console.sh" --screenshot "$work/console.png" > "$work/console.out" 2>&1 \
  || { tail -n 30 "$work/console.out" >&2; fail "console.sh --screenshot in a fresh clone exited non-zero"; }
colours="$(identify -format %k "$work/console.png")"
[ "$colours" -gt 16 ] || fail "the console's screenshot is blank ($colours colours)"
ok "console.sh --screenshot in a fresh clone built the product and painted ($colours colours, $(( $(date +%s) - start )) s)"
"$work/clone/releng/scripts/encompass" status > "$work/status.out" 2>&1 || { cat "$work/status.out" >&2; fail "encompass status"; }
grep -q "^Masters *1" "$work/status.out" || { cat "$work/status.out" >&2; fail "the new repository has no demo master"; }
ok "encompass status in the fresh clone (the new repository holds the demo master)"

deb="$(ls "$ENCOMPASS_ROOT"/releng/org.encompass.product/target/dist/encompass_*_amd64.deb 2>/dev/null | head -n 1 || true)"
if [ -z "$deb" ]; then
  fail "no Debian package in releng/org.encompass.product/target/dist (the full build makes it)"
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "first run: skipped the Debian package check (it installs the package: needs root)"
else
  apt-get -o DPkg::Lock::Timeout=1200 install -y -qq "$deb" > "$work/apt.out" 2>&1 || { tail -n 20 "$work/apt.out" >&2; fail "apt-get install $deb"; }
  # No JDK: /usr/lib/jvm hidden, JAVA_HOME unset, a PATH without one.
  no_jdk() { unshare -m bash -c 'mount -t tmpfs none /usr/lib/jvm && exec env -i HOME="$1" ENCOMPASS_DATA="$1/data" PATH=/usr/sbin:/usr/bin:/sbin:/bin "${@:2}"' _ "$work/home" "$@"; }
  mkdir -p "$work/home"
  version="$(no_jdk encompass --version)" || fail "encompass --version from the package"
  case "$version" in "encompass "[0-9]*" (build "*")") ;; *) fail "encompass --version printed '$version'";; esac
  no_jdk encompass status > "$work/deb-status.out" 2>&1 || { cat "$work/deb-status.out" >&2; fail "encompass status from the package"; }
  grep -q "^Masters *1" "$work/deb-status.out" || { cat "$work/deb-status.out" >&2; fail "status from the package: no demo master"; }
  ok "the Debian package: '$version' and status with no JDK on the machine ($(du -h "$deb" | cut -f1))"
  apt-get remove -y -qq encompass > "$work/apt.out" 2>&1 || { tail -n 20 "$work/apt.out" >&2; fail "apt-get remove encompass"; }
  [ ! -e /usr/bin/encompass ] && [ ! -e /opt/encompass ] || fail "apt-get remove left /usr/bin/encompass or /opt/encompass"
  ok "the Debian package removed cleanly"
fi
echo "first run: $passed passed, 0 failed"
