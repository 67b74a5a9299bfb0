#!/usr/bin/env bash
# Builds (when needed) and starts the Encompass console on its embedded defaults: a Derby-backed
# repository in ~/.encompass (or $ENCOMPASS_DATA) which a new repository fills with a local directory
# as file storage, libvirt's test driver as host (eight machines) and a small demo master to deploy.
#   releng/scripts/console.sh                 start the console window (the product's bin/encompass-console)
#   releng/scripts/console.sh --screenshot F  start it under a virtual display, save a PNG to F, stop
# ENCOMPASS_TCP_PORT=N shares the repository on 127.0.0.1:N while the console runs, so the command
# line can work on it: releng/scripts/encompass --connect 127.0.0.1:N status
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_packages
ensure_product
console="$ENCOMPASS_PRODUCT/bin/encompass-console"

if [ "${1:-}" = "--screenshot" ]; then
  shot="$(realpath -m "${2:?--screenshot needs a file name}")"
  data="${ENCOMPASS_DATA:-$HOME/.encompass}"
  mkdir -p "$data"
  xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
    "$1" -consoleLog > "$2/console.log" 2>&1 &
    pid=$!
    # wait (at most 120 s: a busy machine starts slowly) until the screen shows more than a black
    # background, then give the views a moment to fill in before the picture is taken
    for i in $(seq 1 120); do
      sleep 1
      kill -0 $pid 2>/dev/null || { echo "encompass: the console ended early; see $2/console.log" >&2; exit 1; }
      import -window root "$3" 2>/dev/null
      [ "$(identify -format %k "$3" 2>/dev/null || echo 1)" -gt 16 ] && break
    done
    sleep 5
    import -window root "$3"
    kill $pid; wait $pid 2>/dev/null || true' _ "$console" "$data" "$shot"
  echo "screenshot: $shot"
  exit 0
fi

exec "$console" "$@"
