#!/usr/bin/env bash
# Builds (when needed) and starts the Encompass console on its embedded defaults: a Derby-backed
# repository in ~/.encompass (or $ENCOMPASS_DATA), a local directory as file storage, and libvirt's
# test driver as hypervisor host.
#   releng/scripts/console.sh                 start the console window
#   releng/scripts/console.sh --screenshot F  start it under a virtual display, save a PNG to F, stop
# ENCOMPASS_TCP_PORT=N shares the repository on 127.0.0.1:N while the console runs, so the command
# line can work on it: releng/scripts/encompass --connect 127.0.0.1:N status
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_packages
ensure_product

data="${ENCOMPASS_DATA:-$HOME/.encompass}"
mkdir -p "$data"
launch=(java -Xmx1g -Dencompass.data="$data" -Djava.library.path=/usr/lib/x86_64-linux-gnu
  ${ENCOMPASS_TCP_PORT:+-Dencompass.tcp.port=$ENCOMPASS_TCP_PORT}
  -jar "$(product_launcher)" -configuration "$data/configuration/console" -data "$data/workspace" -nosplash)

if [ "${1:-}" = "--screenshot" ]; then
  shot="$(realpath -m "${2:?--screenshot needs a file name}")"
  xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
    "$@" -consoleLog > "'"$data"'/console.log" 2>&1 &
    pid=$!
    # wait (at most 90 s: a busy machine starts slowly) until the screen shows more than a black
    # background, then give the views a moment to fill in before the picture is taken
    for i in $(seq 1 90); do
      sleep 1
      import -window root "'"$shot"'" 2>/dev/null
      [ "$(identify -format %k "'"$shot"'" 2>/dev/null || echo 1)" -gt 16 ] && break
    done
    sleep 4
    import -window root "'"$shot"'"
    kill $pid; wait $pid 2>/dev/null || true' _ "${launch[@]}"
  echo "screenshot: $shot"
  exit 0
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "encompass: no display (DISPLAY is not set). Run it on a desktop, under 'xvfb-run -a $0'," >&2
  echo "encompass: or take a picture of it with '$0 --screenshot console.png'." >&2
  exit 1
fi
exec "${launch[@]}" "$@"
