#!/usr/bin/env bash
# Builds and runs govmomi's vCenter simulator (vcsim) for the vSphere driver tests. Debian ships the
# simulator as Go source only (golang-github-vmware-govmomi-dev); tests/vcsim/main.go is our command,
# built offline (no module proxy) with one patch applied as a `go build -overlay` (nothing under
# /usr/share is edited). See tests/vcsim/README.md.
#   releng/scripts/vcsim.sh build   build the simulator unless it is up to date; prints its path
#   releng/scripts/vcsim.sh start   start it unless it runs; waits until the SDK answers; prints its URL
#   releng/scripts/vcsim.sh url     print the running simulator's SDK URL (exit 1 when none runs)
#   releng/scripts/vcsim.sh stop    stop the simulator this script started
# It listens on 127.0.0.1 (HTTPS, self-signed certificate); user "encompass", password "vcsim-secret"
# (a test fixture, not a secret). ENCOMPASS_VCSIM_DIR moves the cache and state (default /tmp/encompass-vcsim).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source_dir="$root/tests/vcsim"
dir="${ENCOMPASS_VCSIM_DIR:-${TMPDIR:-/tmp}/encompass-vcsim}"
binary="$dir/encompass-vcsim"
pid_file="$dir/vcsim.pid"
url_file="$dir/vcsim.url"
gocode=/usr/share/gocode
govmomi="$gocode/src/github.com/vmware/govmomi"

build() {
  if ! command -v go > /dev/null; then
    echo "encompass: go is not installed: install the Debian packages golang-go golang-github-vmware-govmomi-dev" >&2
    exit 3
  fi
  if [ ! -d "$govmomi/simulator" ]; then
    echo "encompass: govmomi's simulator source is missing: install the Debian package golang-github-vmware-govmomi-dev" >&2
    exit 3
  fi
  mkdir -p "$dir"
  if [ -x "$binary" ] && [ -z "$(find "$source_dir" -newer "$binary" -type f -print -quit)" ]; then
    echo "$binary"
    return 0
  fi
  local patched="$dir/overlay/marshal.go"
  mkdir -p "$dir/overlay" "$dir/gopath/src"
  patch --quiet -o "$patched" "$govmomi/vim25/xml/marshal.go" "$source_dir/marshal-type-attribute-last.patch"
  printf '{"Replace":{"%s":"%s"}}\n' "$govmomi/vim25/xml/marshal.go" "$patched" > "$dir/overlay/overlay.json"
  (cd "$source_dir" && GOPATH="$dir/gopath:$gocode" GO111MODULE=off GOPROXY=off GOFLAGS= GOCACHE="$dir/gocache" \
    go build -overlay "$dir/overlay/overlay.json" -o "$binary.new" .) >&2
  mv "$binary.new" "$binary"
  echo "$binary"
}

running() { # the recorded process is alive and is our simulator (not a reused pid)
  [ -f "$pid_file" ] && grep -qa encompass-vcsim "/proc/$(cat "$pid_file")/cmdline" 2> /dev/null
}

answers() { # the SDK's version list is served without a session
  curl -sk -o /dev/null --max-time 2 "$(head -n 1 "$url_file")/vimServiceVersions.xml" 2> /dev/null
}

case "${1:-}" in
  build)
    build
    ;;
  start)
    if running; then
      head -n 1 "$url_file"
      exit 0
    fi
    build > /dev/null
    rm -f "$url_file"
    setsid "$binary" > "$url_file" 2> "$dir/vcsim.log" < /dev/null &
    echo $! > "$pid_file"
    for _ in $(seq 1 200); do
      if [ -s "$url_file" ] && answers; then
        head -n 1 "$url_file"
        exit 0
      fi
      running || break
      sleep 0.1
    done
    echo "encompass: vcsim did not answer; see $dir/vcsim.log" >&2
    exit 1
    ;;
  url)
    running && [ -s "$url_file" ] || exit 1
    head -n 1 "$url_file"
    ;;
  stop)
    if running; then
      kill "$(cat "$pid_file")" 2> /dev/null || true
    fi
    rm -f "$pid_file" "$url_file"
    ;;
  *)
    echo "usage: $0 build|start|url|stop" >&2
    exit 2
    ;;
esac
