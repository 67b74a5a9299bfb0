#!/usr/bin/env bash
# Starts or stops the real libvirt daemon (QEMU driver, TCG: no KVM needed) for the tests that run
# against it. There is no systemd here: the daemons are started directly, in the background.
#   releng/scripts/libvirtd.sh start   start virtlogd and libvirtd unless they run; wait for the socket
#   releng/scripts/libvirtd.sh stop    stop the daemons this script started
set -euo pipefail
state="${TMPDIR:-/tmp}/encompass-libvirtd.started"
socket=/var/run/libvirt/libvirt-sock

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
      pgrep -x "$daemon" > /dev/null && continue
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
    for daemon in $(cat "$state"); do
      pkill -x "$daemon" 2>/dev/null || true
    done
    rm -f "$state"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
