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
#   --ipmi               the machine sits behind a BMC: ipmi_sim (OpenIPMI) with blade-control.sh as its
#                        chassis_control; `ipmitool chassis bootdev pxe` (with --iscsi; disk otherwise)
#                        and `chassis power on` start it, `chassis power soft` is --shutdown's button
#   --shutdown           after the line, press the ACPI power button and wait for the machine to power off
set -euo pipefail
timeout=180 expect="" iqn="" portal="127.0.0.1:3260" initiator="iqn.2026-12.org.encompass:boot-check"
serve="" acl="" shutdown=false image="" boot=n ipmi=false
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
    --ipmi) ipmi=true; shift ;;
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
qemu_pid="" tgtd_pid="" control="" bmc_pid=""
cleanup() {
  if [ -n "$bmc_pid" ]; then
    # The machine first (its QEMU is daemonized by blade-control.sh), then the BMC (it exits on SIGTERM).
    "$(dirname "${BASH_SOURCE[0]}")/blade-control.sh" "$dir/blade" set power 0 || true
    kill "$bmc_pid" 2>/dev/null || true
    wait "$bmc_pid" 2>/dev/null || true
  fi
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
if [ -n "$iqn" ]; then
  cat > "$dir/boot.ipxe" <<EOF
#!ipxe
dhcp
set initiator-iqn $initiator
sanboot iscsi:10.0.2.2::${portal##*:}:1:$iqn
EOF
  # The guest's 10.0.2.2 is the host; only the portal's port matters to QEMU's user networking.
  args+=(-netdev "user,id=net0,tftp=$dir,bootfile=boot.ipxe" -device e1000,netdev=net0)
else
  format=$(qemu-img info --output=json "$image" | sed -n 's/^ *"format": "\([a-z0-9]*\)".*/\1/p' | head -n 1)
  args+=(-drive "file=$image,format=${format:-raw},if=ide,snapshot=on" -nic none)
fi

if $ipmi; then
  # The machine behind a BMC: ipmi_sim on a free UDP port, its chassis_control program
  # (blade-control.sh) starting QEMU; the boot device and power come over IPMI from ipmitool.
  command -v ipmi_sim > /dev/null && command -v ipmitool > /dev/null || fail "ipmi_sim or ipmitool is missing (apt-get install openipmi ipmitool)"
  bmc_port=""
  for candidate in $(shuf -i 9300-9999 -n 20); do
    ss -lunH "sport = :$candidate" | grep -q . || { bmc_port=$candidate; break; }
  done
  [ -n "$bmc_port" ] || fail "no free UDP port for ipmi_sim"
  mkdir -p "$dir/blade" "$dir/bmc"
  printf '%s\n' "${args[@]}" > "$dir/blade/qemu.args"
  cat > "$dir/lan.conf" <<EOF
name "boot-check"
set_working_mc 0x20
  startlan 1
    addr 127.0.0.1 $bmc_port
    priv_limit admin
    allowed_auths_callback none md2 md5 straight
    allowed_auths_user none md2 md5 straight
    allowed_auths_operator none md2 md5 straight
    allowed_auths_admin none md2 md5 straight
    guid a1b2c3d4e5f60718293a4b5c6d7e8f90
  endlan
  chassis_control "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/blade-control.sh $dir/blade"
  user 2 true "admin" "secret" admin 10 none md2 md5 straight
EOF
  printf '%s\n' 'mc_setbmc 0x20' 'mc_add 0x20 0 no-device-sdrs 0x23 9 8 0x9f 0x1291 0xf02 persist_sdr' \
    'sel_enable 0x20 1000 0x0a' 'mc_enable 0x20' > "$dir/sim.emu"
  ipmi_sim -c "$dir/lan.conf" -f "$dir/sim.emu" -n -s "$dir/bmc" > "$dir/ipmi_sim.log" 2>&1 &
  bmc_pid=$!
  # -C 3: ipmi_sim does not answer Get Channel Cipher Suites; without it every ipmitool call waits ~10 s.
  bmc() { timeout 20 ipmitool -I lanplus -C 3 -H 127.0.0.1 -p "$bmc_port" -U admin -P secret "$@"; }
  for _ in $(seq 1 50); do bmc chassis power status > /dev/null 2>&1 && break; sleep 0.2; done
  bmc chassis bootdev "$( [ -n "$iqn" ] && echo pxe || echo disk )" >&2 || fail "ipmitool chassis bootdev failed"
  start=$(date +%s.%N)
  bmc chassis power on >&2 || fail "ipmitool chassis power on failed"
  machine_alive() { bmc chassis power status 2>/dev/null | grep -q "is on"; }
  press_power_button() { bmc chassis power soft >&2; }
  qemu_log="$dir/blade/qemu.log"
else
  [ -z "$iqn" ] || [ "$boot" = default ] || args+=(-boot "$boot")
  mkfifo "$dir/mon.in" "$dir/mon.out"
  args+=(-chardev "pipe,id=mon,path=$dir/mon" -mon chardev=mon,mode=readline)
  start=$(date +%s.%N)
  qemu-system-x86_64 "${args[@]}" > "$dir/qemu.log" 2>&1 &
  qemu_pid=$!
  cat "$dir/mon.out" > /dev/null &
  exec 3> "$dir/mon.in"
  machine_alive() { kill -0 "$qemu_pid" 2>/dev/null; }
  press_power_button() { echo system_powerdown >&3; }
  qemu_log="$dir/qemu.log"
fi
line=""
deadline=$(( $(date +%s) + timeout ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  line=$(grep -a -o 'encompass-hostname[a-z-]*: [^[:cntrl:]]*' "$dir/serial.log" 2>/dev/null | head -n 1 || true)
  [ -n "$line" ] && break
  machine_alive || break
  sleep 0.5
done
elapsed=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN { print a - b }')
show_serial() {
  echo "encompass: boot-check: QEMU's messages:" >&2; tail -n 5 "$qemu_log" >&2
  [ -z "$tgtd_pid" ] || { echo "encompass: boot-check: tgtd's messages:" >&2; tail -n 5 "$dir/tgtd.log" >&2; }
  echo "encompass: boot-check: the serial console's last lines:" >&2
  tr -d '\r' < "$dir/serial.log" | sed 's/\x1b\[[0-9;]*[A-Za-z]//g' | tail -n 15 >&2
}
if [ -z "$line" ]; then
  show_serial
  machine_alive || fail "the machine stopped before the hostname line"
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
  press_power_button
  for _ in $(seq 1 60); do machine_alive || break; sleep 0.5; done # 30 s
  if machine_alive; then show_serial; fail "the machine did not power off after the ACPI power button"; fi
  printf 'encompass: boot-check: powered off %.1f s after the power button\n' "$(awk -v a="$(date +%s.%N)" -v b="$start" -v e="$elapsed" 'BEGIN { print a - b - e }')" >&2
fi
