#!/usr/bin/env bash
# Starts or stops the real libvirt daemon (QEMU driver, TCG: no KVM needed) for the tests that run
# against it. There is no systemd here: the daemons are started directly, in the background.
#   releng/scripts/libvirtd.sh start   start virtlogd and libvirtd unless they run; wait for the socket
#   releng/scripts/libvirtd.sh stop    stop the daemons this script started
set -euo pipefail
state="${TMPDIR:-/tmp}/encompass-libvirtd.started"
socket=/var/run/libvirt/libvirt-sock

socket_of() {
  case "$1" in
    virtlogd) echo /var/run/libvirt/virtlogd-sock ;;
    libvirtd) echo "$socket" ;;
  esac
}

# Waits up to 15 s for a daemon to exit, then kills it.
wait_gone() {
  for _ in $(seq 1 150); do
    pgrep -x "$1" > /dev/null || return 0
    sleep 0.1
  done
  echo "encompass: $1 did not stop in 15 s; killing it" >&2
  pkill -KILL -x "$1" 2>/dev/null || true
  sleep 0.5
}

case "${1:-}" in
  start)
    if [ "$(id -u)" -ne 0 ]; then
      echo "encompass: not root: the real libvirt daemon is not started; its tests will skip" >&2
      exit 0
    fi
    # With no udev here, a /dev/kvm is left root-only (0600). libvirtd then finds its cached QEMU
    # capabilities (probed with KVM) invalid for the qemu user on every domain definition and probes
    # QEMU again: 35 s per define under TCG. Debian's udev rule gives it group kvm, mode 0660.
    if [ -c /dev/kvm ] && getent group kvm > /dev/null && [ "$(stat -c %G /dev/kvm)" != kvm ]; then
      chgrp kvm /dev/kvm && chmod 0660 /dev/kvm
    fi
    started=""
    for daemon in virtlogd libvirtd; do
      if pgrep -x "$daemon" > /dev/null; then
        # A daemon without its socket is on its way out (a stop that just ran): let it go, then start.
        [ -S "$(socket_of "$daemon")" ] && continue
        wait_gone "$daemon"
      fi
      if "$daemon" -d; then started="$started $daemon"; else echo "encompass: $daemon did not start" >&2; fi
    done
    echo "$started" > "$state"
    for _ in $(seq 1 100); do
      [ -S "$socket" ] && virsh -c qemu:///system version > /dev/null 2>&1 && exit 0
      sleep 0.1
    done
    echo "encompass: libvirtd did not answer on $socket; its tests will skip" >&2
    ;;
  stop)
    [ -f "$state" ] || exit 0
    # libvirtd first: it logs through virtlogd. Each is waited for, so a start right after finds none.
    for daemon in $(tr ' ' '\n' < "$state" | tac); do
      pkill -x "$daemon" 2>/dev/null || true
      wait_gone "$daemon"
    done
    rm -f "$state"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
