#!/usr/bin/env bash
# Simulated blades for the tests: each blade is one OpenIPMI ipmi_sim (a BMC speaking IPMI 2.0 over
# LAN, RMCP+) on 127.0.0.1 whose chassis is tests/blades/chassis-control.sh: power on starts a QEMU
# machine (SeaBIOS, Debian's iPXE) wired to the BMC through ipmi-bmc-extern; and one tgtd, the iSCSI
# target the blades boot from. No systemd here: the daemons are started directly, in the background.
#   releng/scripts/blades.sh start COUNT   start COUNT BMCs (slots 1..COUNT) unless they run; prints "SLOT HOST:PORT"
#   releng/scripts/blades.sh list          print "SLOT HOST:PORT" of the running BMCs (exit 1 when none runs)
#   releng/scripts/blades.sh stop          power the machines off and stop the BMCs
#   releng/scripts/blades.sh tgt-start     start tgtd unless it runs (control port ENCOMPASS_TGT_CONTROL_PORT)
#   releng/scripts/blades.sh tgt-stop      remove every target of that tgtd, then stop it
# Fixture login of every BMC: user "admin", password "blade-secret" (not a secret).
# ENCOMPASS_BLADES_DIR (default /tmp/encompass-blades) holds each blade's files under slotN/;
# ENCOMPASS_BLADES_PORT (default 16230) + N is slot N's BMC port, + 100 + N its machine's BMC link.
# A BMC's GUID is made of its port, slot and ENCOMPASS_BLADES_GENERATION (default 0): starting a stopped
# slot with another generation puts a different blade in it (a swap).
# Each slot's machine gets slotN/tftp/boot.ipxe over QEMU's user-network TFTP: iPXE `sanboot`s LUN 1 of
# target iqn.2026-12.org.encompass:CHASSIS.slotN (CHASSIS = ENCOMPASS_BLADES_CHASSIS, default blades) from
# the tgtd's portal port on 10.0.2.2 (the host), as initiator iqn.2010-04.org.ipxe:GUID (the ACL's name);
# the machine's serial console goes to slotN/serial.log.
# tgtd listens on ENCOMPASS_TGT_PORTAL (default 127.0.0.1:3261) with the management channel
# ENCOMPASS_TGT_CONTROL_PORT (default 17), so it never meets a tgtd of the system (port 3260, channel 0).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${ENCOMPASS_BLADES_DIR:-${TMPDIR:-/tmp}/encompass-blades}"
base="${ENCOMPASS_BLADES_PORT:-16230}"
tgt_control="${ENCOMPASS_TGT_CONTROL_PORT:-17}"
tgt_portal="${ENCOMPASS_TGT_PORTAL:-127.0.0.1:3261}"
user=admin
password=blade-secret

need() { # the Debian package that provides a command
  command -v "$1" > /dev/null && return 0
  echo "encompass: $1 is not installed: install the Debian package $2 (releng/scripts/test.sh does)" >&2
  exit 3
}

running() { # pid file -> the process is alive and is the named program
  [ -f "$1" ] && grep -qa "$2" "/proc/$(cat "$1")/cmdline" 2> /dev/null
}

write_blade() { # slot
  local slot=$1 d="$dir/slot$1"
  mkdir -p "$d/state"
  local guid
  guid="$(printf '%08x' "$((base + slot))")e7e74000$(printf '%08x' "${ENCOMPASS_BLADES_GENERATION:-0}")$(printf '%08x' "$slot")"
  printf 'SLOT=%s\nVM_PORT=%s\nMAC=52:54:00:e7:00:%02x\nUUID=%s\nQEMU_EXTRA="%s"\n' "$slot" $((base + 100 + slot)) "$slot" \
    "${guid:0:8}-${guid:8:4}-${guid:12:4}-${guid:16:4}-${guid:20:12}" "${ENCOMPASS_BLADE_QEMU_EXTRA:-}" > "$d/blade.env"
  cat > "$d/lan.conf" <<CONF
name "blade$slot"
set_working_mc 0x20
  startlan 1
    addr 127.0.0.1 $((base + slot))
    priv_limit admin
    allowed_auths_callback none md2 md5 straight
    allowed_auths_user none md2 md5 straight
    allowed_auths_operator none md2 md5 straight
    allowed_auths_admin none md2 md5 straight
    guid $guid
  endlan
  serial 15 127.0.0.1 $((base + 100 + slot)) codec VM
  chassis_control "$root/tests/blades/chassis-control.sh $d"
  user 2 true "$user" "$password" admin 10 none md2 md5 straight
CONF
  local chassis="${ENCOMPASS_BLADES_CHASSIS:-blades}" uuid="${guid:0:8}-${guid:8:4}-${guid:12:4}-${guid:16:4}-${guid:20:12}"
  mkdir -p "$d/tftp"
  cat > "$d/tftp/boot.ipxe" <<IPXE
#!ipxe
dhcp
set initiator-iqn iqn.2010-04.org.ipxe:$uuid
sanboot iscsi:10.0.2.2::${tgt_portal##*:}:1:iqn.2026-12.org.encompass:$(echo "$chassis" | tr 'A-Z_' 'a-z-').slot$slot
IPXE
  cat > "$d/sim.emu" <<'EMU'
mc_setbmc 0x20
mc_add 0x20 0 no-device-sdrs 0x23 9 8 0x9f 0x1291 0xf02 persist_sdr
sel_enable 0x20 1000 0x0a
mc_enable 0x20
EMU
}

answers() { # slot: the BMC answers a power status over RMCP+ (one try of at most 1 s)
  timeout 2 ipmitool -I lanplus -C 3 -N 1 -R 1 -H 127.0.0.1 -p $((base + $1)) -U "$user" -P "$password" chassis power status > /dev/null 2>&1
}

list() {
  local found=1 d slot
  for d in "$dir"/slot*; do
    [ -d "$d" ] || continue
    slot=${d##*/slot}
    if running "$d/ipmi_sim.pid" ipmi_sim; then
      echo "$slot 127.0.0.1:$((base + slot))"
      found=0
    fi
  done
  return $found
}

case "${1:-}" in
  start)
    count="${2:?usage: $0 start COUNT}"
    need ipmi_sim openipmi; need ipmitool ipmitool; need qemu-system-x86_64 qemu-system-x86
    mkdir -p "$dir"
    for slot in $(seq 1 "$count"); do
      d="$dir/slot$slot"
      running "$d/ipmi_sim.pid" ipmi_sim && continue
      write_blade "$slot"
      setsid ipmi_sim -c "$d/lan.conf" -f "$d/sim.emu" -n -s "$d/state" < /dev/null > "$d/ipmi_sim.log" 2>&1 &
      echo $! > "$d/ipmi_sim.pid"
    done
    for slot in $(seq 1 "$count"); do
      deadline=$((SECONDS + 15))
      until answers "$slot" || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
      answers "$slot" || { echo "encompass: the BMC of slot $slot did not answer; see $dir/slot$slot/ipmi_sim.log" >&2; exit 1; }
    done
    list
    ;;
  list)
    list
    ;;
  stop)
    for d in "$dir"/slot*; do
      [ -d "$d" ] || continue
      "$root/tests/blades/chassis-control.sh" "$d" set power 0 || true
      if running "$d/ipmi_sim.pid" ipmi_sim; then kill "$(cat "$d/ipmi_sim.pid")" 2> /dev/null || true; fi
      rm -f "$d/ipmi_sim.pid"
    done
    ;;
  tgt-start)
    need tgtd tgt
    mkdir -p "$dir"
    if running "$dir/tgtd.pid" tgtd && tgtadm -C "$tgt_control" --op show --mode system > /dev/null 2>&1; then exit 0; fi
    setsid tgtd -f -C "$tgt_control" --iscsi "portal=$tgt_portal" < /dev/null > "$dir/tgtd.log" 2>&1 &
    echo $! > "$dir/tgtd.pid"
    for _ in $(seq 1 50); do
      tgtadm -C "$tgt_control" --op show --mode system > /dev/null 2>&1 && exit 0
      sleep 0.1
    done
    echo "encompass: tgtd did not answer; see $dir/tgtd.log" >&2
    exit 1
    ;;
  tgt-stop)
    running "$dir/tgtd.pid" tgtd || exit 0
    # tgtd ignores SIGTERM while targets exist: remove them (and their LUNs) first.
    for tid in $(tgtadm -C "$tgt_control" --lld iscsi --op show --mode target 2> /dev/null | sed -n 's/^Target \([0-9]*\):.*/\1/p'); do
      tgtadm -C "$tgt_control" --lld iscsi --op delete --force --mode target --tid "$tid" || true
    done
    tgtadm -C "$tgt_control" --op delete --mode system > /dev/null 2>&1 || kill "$(cat "$dir/tgtd.pid")" 2> /dev/null || true
    for _ in $(seq 1 50); do running "$dir/tgtd.pid" tgtd || break; sleep 0.1; done
    rm -f "$dir/tgtd.pid"
    ;;
  *)
    echo "usage: $0 start COUNT|list|stop|tgt-start|tgt-stop" >&2
    exit 2
    ;;
esac
