#!/usr/bin/env bash
# A simulated blade's power and boot device for OpenIPMI's ipmi_sim: its lan.conf says
#   chassis_control "/path/releng/scripts/blade-control.sh STATEDIR"
# and ipmi_sim runs `blade-control.sh STATEDIR get|check|set PARM [VALUE]...` for the chassis commands
# (with chassis_control set, ipmi_sim no longer uses startcmd for power):
#   ipmitool chassis bootdev pxe|disk|cdrom|none  ->  set boot pxe|default|cdrom|none
#   ipmitool chassis power on|off|cycle           ->  set power 1|0 (cycle: 0)
#   ipmitool chassis power soft                   ->  set shutdown 1   (the ACPI power button)
#   ipmitool chassis power reset                  ->  set reset 1
#   ipmitool chassis power status, bootparam get 5 -> get power, get boot  (answers "power:1", "boot:pxe")
# The machine is QEMU (TCG): STATEDIR/qemu.args holds its arguments, one a line (NIC, netdev with the
# TFTP directory and boot.ipxe, serial console file, memory), written by whoever sets the blade up.
# Power on starts it daemonized with `-boot n` when the boot device is pxe, `-boot c` otherwise; the
# boot device is kept in STATEDIR/boot (kept across boots: "persistent"); power off quits QEMU;
# shutdown presses the power button through QEMU's monitor (a FIFO pair, STATEDIR/monitor.in/.out).
set -uo pipefail
state="${1:?usage: blade-control.sh STATEDIR get|check|set PARM [VALUE]...}"
op="${2:-}"
shift 2 || true
pidfile="$state/qemu.pid"
mkdir -p "$state"
echo "$(date +%T.%N | cut -c1-12) $op $*" >> "$state/control.log"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

monitor() { # sends one monitor command to the running QEMU
  running || return 0
  echo "$1" > "$state/monitor.in"
  timeout 0.5 cat "$state/monitor.out" > /dev/null 2>&1 || true # drain its answer: the FIFO never fills
}

power_on() {
  running && return 0
  [ -f "$state/qemu.args" ] || { echo "blade-control: no $state/qemu.args" >&2; return 1; }
  local boot order args=()
  boot=$(cat "$state/boot" 2>/dev/null || echo default)
  case "$boot" in pxe) order=n ;; cdrom) order=d ;; *) order=c ;; esac
  mapfile -t args < "$state/qemu.args"
  rm -f "$state/monitor.in" "$state/monitor.out"
  mkfifo "$state/monitor.in" "$state/monitor.out"
  qemu-system-x86_64 "${args[@]}" -boot "$order" -chardev "pipe,id=bmcmon,path=$state/monitor" \
    -mon chardev=bmcmon,mode=readline -pidfile "$pidfile" -daemonize >> "$state/qemu.log" 2>&1
}

power_off() {
  running || return 0
  local pid
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

case "$op" in
  get)
    for parm in "$@"; do
      case "$parm" in
        power) if running; then echo "power:1"; else echo "power:0"; fi ;;
        boot) echo "boot:$(cat "$state/boot" 2>/dev/null || echo default)" ;;
      esac
    done
    ;;
  check) ;;
  set)
    while [ $# -ge 2 ]; do
      case "$1" in
        power) if [ "$2" = 1 ]; then power_on || exit 1; else power_off; fi ;;
        boot) echo "$2" > "$state/boot" ;;
        shutdown) monitor system_powerdown ;;
        reset) monitor system_reset ;;
      esac
      shift 2
    done
    ;;
  *) echo "blade-control: unknown operation '$op'" >&2; exit 1 ;;
esac
exit 0
