#!/bin/bash
# The "hardware" behind one simulated blade's BMC: ipmi_sim runs this program (its `chassis_control`
# setting) for power, boot device and graceful shutdown, as `chassis-control.sh DIR get NAME...` and
# `chassis-control.sh DIR set NAME VALUE...` (OpenIPMI's extcmd protocol: answers are NAME:VALUE lines).
# ipmi_sim's own `startcmd` cannot be told a boot device (it answers Set System Boot Options with
# "invalid data field" unless a chassis_control program exists), so this program starts the blade's
# QEMU machine itself, with the boot order the BMC was last told: pxe = network (iPXE), default = disk.
# The machine keeps the external-BMC wiring (ipmi-bmc-extern + isa-ipmi-bt on the BMC's serial 15).
# The machine's SMBIOS UUID is the BMC's System GUID, as on real servers (iPXE names its iSCSI initiator by it).
# DIR holds blade.env (SLOT, VM_PORT, MAC, UUID), and the machine's boot, pid, serial log, monitor and tftp/.
dir="$1"; shift
. "$dir/blade.env"
running() { [ -f "$dir/qemu.pid" ] && kill -0 "$(cat "$dir/qemu.pid")" 2> /dev/null; }
boot() { cat "$dir/boot" 2> /dev/null || echo default; }
power_on() {
  running && return 0
  if [ -f "$dir/power-on-delay" ]; then # a test's fault: this power-on is slow (the BMC answers only after it)
    delay=$(cat "$dir/power-on-delay"); rm -f "$dir/power-on-delay"
    touch "$dir/powering-on"; sleep "$delay"
  fi
  order=c
  [ "$(boot)" = pxe ] && order=n
  mkdir -p "$dir/tftp"
  rm -f "$dir/qemu.pid"
  # Detached, with none of ipmi_sim's descriptors: it waits for this program's output to end, and its
  # sockets must die with it (a killed BMC frees its ports, as a pulled blade would).
  for fd in /proc/self/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] 2> /dev/null && eval "exec $fd>&-" 2> /dev/null
  done
  setsid qemu-system-x86_64 -name "blade-$SLOT" -uuid "$UUID" -machine pc -m 256 -display none -monitor none \
    -serial "file:$dir/serial.log" -chardev "socket,id=mon0,path=$dir/monitor.sock,server=on,wait=off" -mon chardev=mon0,mode=readline \
    -chardev "socket,id=ipmi0,host=127.0.0.1,port=$VM_PORT,reconnect=10" -device ipmi-bmc-extern,chardev=ipmi0,id=bmc0 -device isa-ipmi-bt,bmc=bmc0 \
    -boot "order=$order" -netdev "user,id=n0,tftp=$dir/tftp,bootfile=boot.ipxe" -device "e1000,netdev=n0,mac=$MAC" \
    -pidfile "$dir/qemu.pid" $QEMU_EXTRA < /dev/null > "$dir/qemu.log" 2>&1 &
  for _ in $(seq 1 50); do running && { rm -f "$dir/powering-on"; return 0; }; sleep 0.1; done
  rm -f "$dir/powering-on"
  return 1
}
power_off() {
  running || return 0
  pid=$(cat "$dir/qemu.pid")
  kill "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2> /dev/null || true
  rm -f "$dir/qemu.pid"
}
case "$1" in
  get)
    shift
    for name in "$@"; do
      case "$name" in
        power) if running; then echo "power:1"; else echo "power:0"; fi ;;
        boot) echo "boot:$(boot)" ;;
        *) echo "$name:0" ;;
      esac
    done
    ;;
  set)
    shift
    while [ $# -ge 2 ]; do
      case "$1" in
        power) if [ "$2" = 1 ]; then power_on || exit 1; else power_off; fi ;;
        boot) echo "$2" > "$dir/boot" ;;
        # ACPI power button: a guest that handles it powers off; iPXE and a bare kernel ignore it.
        shutdown) running && /usr/bin/python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"system_powerdown\n")' "$dir/monitor.sock" ;;
        reset) running && /usr/bin/python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"system_reset\n")' "$dir/monitor.sock" ;;
      esac
      shift 2
    done
    ;;
esac
exit 0
