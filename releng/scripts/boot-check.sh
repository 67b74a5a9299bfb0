#!/usr/bin/env bash
# Boots a disk image in QEMU (TCG) and waits for the bootable master's serial line
# `encompass-hostname: NAME` (see bootable-master.sh); prints that line and exits 0, or fails with the
# serial console's last lines within the timeout. QEMU is always stopped before the script returns.
#   boot-check.sh [OPTIONS] IMAGE                 boot IMAGE (raw or qcow2) as the machine's IDE disk,
#                                                 under -snapshot: the image is never written
#   boot-check.sh [OPTIONS] --iscsi IQN           boot from LUN 1 of target IQN: SeaBIOS boots the NIC
#                                                 first (-boot n), iPXE gets boot.ipxe over QEMU's TFTP
#                                                 and runs `sanboot iscsi:10.0.2.2::PORT:1:IQN`
# Options:
#   --expect NAME        fail unless the line shows this hostname
#   --timeout SECONDS    default 180
#   --portal HOST:PORT   the iSCSI portal as the host sees it (default 127.0.0.1:3260); the guest reaches
#                        the host's 127.0.0.1 as 10.0.2.2 (QEMU user networking)
#   --initiator IQN      the initiator name iPXE presents (default iqn.2026-12.org.encompass:boot-check)
#   --serve IMAGE        with --iscsi: start a private tgtd on a free port, export IMAGE (raw) as LUN 1
#                        of IQN, bound to the initiator name only (tgt's ACL), and remove it all after
#   --acl-initiator IQN  with --serve: the initiator name the ACL allows (default: --initiator's), to
#                        prove that another initiator is refused
#   --boot ORDER         with --iscsi: QEMU's -boot order (default n: the network first); `default` gives
#                        none (SeaBIOS's own order: a diskless machine still ends up on the NIC)
#   --shutdown           after the line, press the ACPI power button and wait for the machine to power off
set -euo pipefail
timeout=180 expect="" iqn="" portal="127.0.0.1:3260" initiator="iqn.2026-12.org.encompass:boot-check"
serve="" acl="" shutdown=false image="" boot=n
fail() { echo "encompass: boot-check: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case "$1" in
    --expect) expect="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --iscsi) iqn="$2"; shift 2 ;;
    --portal) portal="$2"; shift 2 ;;
    --initiator) initiator="$2"; shift 2 ;;
    --serve) serve="$2"; shift 2 ;;
    --acl-initiator) acl="$2"; shift 2 ;;
    --shutdown) shutdown=true; shift ;;
    --boot) boot="$2"; shift 2 ;;
    -*) fail "unknown option $1" ;;
    *) [ -z "$image" ] || fail "one image only"; image="$1"; shift ;;
  esac
done
[[ "$timeout" =~ ^[0-9]+$ ]] || fail "--timeout must be a number of seconds: $timeout"
if [ -n "$iqn" ]; then
  [ -z "$image" ] || fail "give either IMAGE or --iscsi IQN (with --serve IMAGE to export one)"
else
  [ -n "$image" ] || fail "usage: boot-check.sh [--expect NAME] [--timeout S] IMAGE | --iscsi IQN [--serve IMAGE]"
  [ -f "$image" ] || fail "no such image: $image"
fi
[ -z "$serve" ] || [ -f "$serve" ] || fail "no such image: $serve"
command -v qemu-system-x86_64 > /dev/null || fail "qemu-system-x86_64 is missing (apt-get install qemu-system-x86)"

dir=$(mktemp -d "${TMPDIR:-/tmp}/boot-check.XXXXXX")
qemu_pid="" tgtd_pid="" control=""
cleanup() {
  if [ -n "$qemu_pid" ] && kill -0 "$qemu_pid" 2>/dev/null; then
    kill "$qemu_pid" 2>/dev/null || true
    wait "$qemu_pid" 2>/dev/null || true
  fi
  if [ -n "$tgtd_pid" ]; then
    # tgtd ignores SIGTERM while targets exist: remove the LUN and target, then the daemon itself.
    tgtadm -C "$control" --lld iscsi --op delete --mode logicalunit --tid 1 --lun 1 > /dev/null 2>&1 || true
    tgtadm -C "$control" --lld iscsi --op delete --mode target --tid 1 > /dev/null 2>&1 || true
    tgtadm -C "$control" --op delete --mode system > /dev/null 2>&1 || true
    for _ in $(seq 1 50); do kill -0 "$tgtd_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$tgtd_pid" 2>/dev/null || true
    wait "$tgtd_pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT

if [ -n "$serve" ]; then
  [ -n "$iqn" ] || fail "--serve needs --iscsi IQN"
  command -v tgtd > /dev/null || fail "tgtd is missing (apt-get install tgt)"
  port=""
  for candidate in $(shuf -i 3300-3999 -n 20); do
    ss -ltnH "sport = :$candidate" | grep -q . || { port=$candidate; break; }
  done
  [ -n "$port" ] || fail "no free TCP port for tgtd"
  control=$port portal="127.0.0.1:$port"
  tgtd -f -C "$control" --iscsi "portal=$portal" > "$dir/tgtd.log" 2>&1 &
  tgtd_pid=$!
  for _ in $(seq 1 50); do
    tgtadm -C "$control" --op show --mode sys > /dev/null 2>&1 && break
    kill -0 "$tgtd_pid" 2>/dev/null || { cat "$dir/tgtd.log" >&2; tgtd_pid=""; fail "tgtd did not start"; }
    sleep 0.1
  done
  tgtadm -C "$control" --lld iscsi --op new --mode target --tid 1 -T "$iqn"
  tgtadm -C "$control" --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 -b "$serve"
  tgtadm -C "$control" --lld iscsi --op bind --mode target --tid 1 --initiator-name "${acl:-$initiator}"
fi

args=(-machine pc,accel=tcg -m 128 -display none -no-reboot -serial "file:$dir/serial.log")
mkfifo "$dir/mon.in" "$dir/mon.out"
args+=(-chardev "pipe,id=mon,path=$dir/mon" -mon chardev=mon,mode=readline)
if [ -n "$iqn" ]; then
  cat > "$dir/boot.ipxe" <<EOF
#!ipxe
dhcp
set initiator-iqn $initiator
sanboot iscsi:10.0.2.2::${portal##*:}:1:$iqn
EOF
  # The guest's 10.0.2.2 is the host; only the portal's port matters to QEMU's user networking.
  args+=(-netdev "user,id=net0,tftp=$dir,bootfile=boot.ipxe" -device e1000,netdev=net0)
  [ "$boot" = default ] || args+=(-boot "$boot")
else
  format=$(qemu-img info --output=json "$image" | sed -n 's/^ *"format": "\([a-z0-9]*\)".*/\1/p' | head -n 1)
  args+=(-drive "file=$image,format=${format:-raw},if=ide,snapshot=on" -nic none)
fi

start=$(date +%s.%N)
qemu-system-x86_64 "${args[@]}" > "$dir/qemu.log" 2>&1 &
qemu_pid=$!
cat "$dir/mon.out" > /dev/null &
exec 3> "$dir/mon.in"
line=""
deadline=$(( $(date +%s) + timeout ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  line=$(grep -a -o 'encompass-hostname[a-z-]*: [^[:cntrl:]]*' "$dir/serial.log" 2>/dev/null | head -n 1 || true)
  [ -n "$line" ] && break
  kill -0 "$qemu_pid" 2>/dev/null || break
  sleep 0.2
done
elapsed=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN { print a - b }')
show_serial() {
  echo "encompass: boot-check: QEMU's messages:" >&2; tail -n 5 "$dir/qemu.log" >&2
  [ -z "$tgtd_pid" ] || { echo "encompass: boot-check: tgtd's messages:" >&2; tail -n 5 "$dir/tgtd.log" >&2; }
  echo "encompass: boot-check: the serial console's last lines:" >&2
  tr -d '\r' < "$dir/serial.log" | sed 's/\x1b\[[0-9;]*[A-Za-z]//g' | tail -n 15 >&2
}
if [ -z "$line" ]; then
  show_serial
  kill -0 "$qemu_pid" 2>/dev/null || fail "QEMU stopped before the hostname line"
  fail "no hostname line on the serial console within $timeout s"
fi
echo "$line"
printf 'encompass: boot-check: hostname line after %.1f s\n' "$elapsed" >&2
case "$line" in
  "encompass-hostname: "*) ;;
  *) show_serial; fail "the machine booted but found no hostname" ;;
esac
[ -z "$expect" ] || [ "$line" = "encompass-hostname: $expect" ] || fail "expected hostname $expect, the machine shows ${line#*: }"
if $shutdown; then
  echo system_powerdown >&3
  for _ in $(seq 1 $(( timeout * 5 ))); do kill -0 "$qemu_pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$qemu_pid" 2>/dev/null; then show_serial; fail "the machine did not power off after the ACPI power button"; fi
  printf 'encompass: boot-check: powered off %.1f s after the power button\n' "$(awk -v a="$(date +%s.%N)" -v b="$start" -v e="$elapsed" 'BEGIN { print a - b - e }')" >&2
fi
