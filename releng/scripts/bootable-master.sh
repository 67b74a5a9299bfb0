#!/usr/bin/env bash
# Makes a small BIOS-bootable master image from Debian packages only, without mounting anything:
#   releng/scripts/bootable-master.sh OUT.img [SIZE_MIB]    (default 64 MiB, sparse)
# Layout: an MBR with GRUB's boot.img, GRUB's core.img in the gap before the first partition, and one
# partition (type 0x83, from sector 2048) holding an ext4 file system made by mke2fs -d: /boot/vmlinuz
# (Debian's cloud kernel), /boot/initrd.gz (busybox), /boot/grub/grub.cfg and /etc/hostname.
# GRUB reads /etc/hostname from that ext4 and loads it right after the initramfs (`initrd
# /boot/initrd.gz /etc/hostname`). initrd.gz ends with the header of a file /hostname whose data is
# whatever follows, so the kernel unpacks the boot disk's /etc/hostname as /hostname. The kernel needs
# no disk driver: the same image boots from a local disk and from an iSCSI LUN through iPXE's sanboot
# (BIOS INT 13h), where Linux could not see the disk at all. The initramfs's /init prints `encompass-hostname: <hostname>` on the
# serial console (ttyS0) and idles; the ACPI power button (a graceful shutdown) powers it off.
# Encompass customizes it as it is: /etc/hostname lives on the MBR partition ExtFileSystemLocator finds.
# The image is cached under ${ENCOMPASS_CACHE:-~/.cache/encompass}/bootable-master, keyed by this
# script's hash, the kernel package and the size; OUT is a sparse copy.
set -euo pipefail
out="${1:?usage: bootable-master.sh OUT.img [SIZE_MIB]}"
size_mib="${2:-64}"
[[ "$size_mib" =~ ^[0-9]+$ ]] && [ "$size_mib" -ge 32 ] || { echo "encompass: SIZE_MIB must be a number >= 32: $size_mib" >&2; exit 1; }
kernel_meta=linux-image-cloud-amd64
packages="grub-pc-bin grub-common busybox-static cpio e2fsprogs fdisk"

missing=()
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "encompass: as root: apt-get install ${missing[*]}" >&2; exit 1; }
  echo "encompass: installing Debian packages: ${missing[*]}" >&2
  apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=1200 install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# The kernel package is fetched (apt-get download) and unpacked, not installed: installing it would
# build an initramfs for the host and write to its /boot, for a file we only copy.
kernel_pkg=$(apt-cache depends "$kernel_meta" 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[^ ]*\)$/\1/p' | head -n 1)
if [ -z "$kernel_pkg" ]; then
  apt-get update -qq >&2 || true
  kernel_pkg=$(apt-cache depends "$kernel_meta" | sed -n 's/^ *Depends: \(linux-image-[^ ]*\)$/\1/p' | head -n 1)
fi
[ -n "$kernel_pkg" ] || { echo "encompass: apt-cache does not know $kernel_meta" >&2; exit 1; }

cache="${ENCOMPASS_CACHE:-$HOME/.cache/encompass}/bootable-master"
mkdir -p "$cache"
key=$( { sha256sum < "${BASH_SOURCE[0]}"; echo "$kernel_pkg $size_mib"; } | sha256sum | cut -c1-16)
cached="$cache/master-$key.img"

if [ ! -f "$cached" ]; then
  work=$(mktemp -d "$cache/build.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  # The kernel's .deb is kept in the cache: it is the slow part (26 MB).
  deb=$(ls "$cache"/"${kernel_pkg}"_*.deb 2>/dev/null | head -n 1 || true)
  if [ -z "$deb" ]; then
    (cd "$work" && apt-get download "$kernel_pkg" > "$work/download.log" 2>&1) || { cat "$work/download.log" >&2; echo "encompass: apt-get download $kernel_pkg failed" >&2; exit 1; }
    mv "$work"/"${kernel_pkg}"_*.deb "$cache"/
    deb=$(ls "$cache"/"${kernel_pkg}"_*.deb | head -n 1)
  fi
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work" --wildcards './boot/vmlinuz-*' './lib/modules/*/kernel/drivers/acpi/button.ko' './lib/modules/*/kernel/drivers/input/evdev.ko'

  # The initramfs: busybox and /init; the power button's two modules for a graceful shutdown.
  initrd="$work/initrd"
  mkdir -p "$initrd"/{bin,sbin,usr/bin,usr/sbin,dev,proc,sys,etc,lib/modules}
  cp /bin/busybox "$initrd/bin/busybox"
  cp "$work"/lib/modules/*/kernel/drivers/acpi/button.ko "$work"/lib/modules/*/kernel/drivers/input/evdev.ko "$initrd/lib/modules/"
  cat > "$initrd/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s
mount -t devtmpfs dev /dev
mount -t proc proc /proc
mount -t sysfs sys /sys
# The power button first: its input devices are opened before the hostname line, so a graceful
# shutdown requested right after the line is seen (evdev drops events nobody has open).
insmod /lib/modules/button.ko 2>/dev/null
insmod /lib/modules/evdev.ko 2>/dev/null
fd=3
for input in /sys/class/input/event*; do
  if grep -q "Power Button" "$input/device/name" 2>/dev/null; then
    eval "exec $fd< /dev/input/${input##*/}"
    ( head -c 1 <&$fd > /dev/null && echo "encompass: power button pressed; powering off" > /dev/console && poweroff -f ) &
    fd=$((fd + 1))
  fi
done
# The boot disk's /etc/hostname, unpacked as /hostname (see below), with GRUB's alignment zeros.
[ -f /hostname ] && tr -d '\000' < /hostname > /etc/hostname
if [ -s /etc/hostname ]; then
  name=$(cat /etc/hostname)
  hostname "$name"
  echo "encompass-hostname: $name" > /dev/console
else
  echo "encompass-hostname-missing: the boot loader found no /etc/hostname" > /dev/console
fi
# Idle; the power button (above) powers the machine off.
while :; do sleep 3600; done
EOF
  chmod 755 "$initrd/init"
  (cd "$initrd" && find . | LC_ALL=C sort | cpio --quiet -o -H newc -R 0:0 | gzip -9 > "$work/initrd.gz")
  # GRUB 2.06's own way, `initrd ... newc:hostname:/etc/hostname`, writes the name without its NUL,
  # which Linux 6.1 rejects ("initramfs name without nulterm"). Instead initrd.gz ends, at a 4-byte
  # boundary, with an uncompressed newc header of a file /hostname (mode 0644, size 4096) and no data:
  # GRUB puts /etc/hostname right there (it aligns each initrd file to 4 bytes), and the kernel takes
  # it, up to the end of the initrd, as that file's data.
  truncate -s $(( ($(stat -c %s "$work/initrd.gz") + 3) / 4 * 4 )) "$work/initrd.gz"
  printf '070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%s\0\0' \
    1 $((0100644)) 0 0 1 0 4096 0 0 0 0 9 0 hostname >> "$work/initrd.gz" # 110 + 9 + 1 = 120 bytes

  root="$work/root"
  mkdir -p "$root/boot/grub" "$root/etc"
  cp "$work"/boot/vmlinuz-* "$root/boot/vmlinuz"
  cp "$work/initrd.gz" "$root/boot/initrd.gz"
  echo "encompass-master" > "$root/etc/hostname"
  cat > "$root/boot/grub/grub.cfg" <<'EOF'
serial --unit=0 --speed=115200
terminal_input serial console
terminal_output serial console
set timeout=0
echo "encompass: GRUB loading the kernel"
linux /boot/vmlinuz console=ttyS0,115200 quiet panic=10
initrd /boot/initrd.gz /etc/hostname
boot
EOF

  img="$work/disk.img"
  truncate -s "${size_mib}M" "$img"
  echo 'start=2048, type=83, bootable' | sfdisk -q --label dos "$img" > /dev/null
  part_kib=$(( (size_mib * 1024) - 1024 ))
  mke2fs -q -t ext4 -F -L encompass-root -E offset=$((2048 * 512)) -d "$root" "$img" "${part_kib}k"
  # GRUB with everything it needs built in (nothing is loaded from the disk but grub.cfg): boot.img's
  # code (not its partition table) in the MBR, core.img from sector 1 (boot.img's default), inside the
  # 1 MiB gap before the partition.
  grub-mkimage -O i386-pc -o "$work/core.img" -p '(hd0,msdos1)/boot/grub' \
    biosdisk part_msdos ext2 normal linux serial terminal echo configfile
  core_sectors=$(( ($(stat -c %s "$work/core.img") + 511) / 512 ))
  [ "$core_sectors" -lt 2047 ] || { echo "encompass: GRUB's core.img ($core_sectors sectors) does not fit before sector 2048" >&2; exit 1; }
  dd if=/usr/lib/grub/i386-pc/boot.img of="$img" bs=440 count=1 conv=notrunc status=none
  dd if="$work/core.img" of="$img" bs=512 seek=1 conv=notrunc status=none
  mv "$img" "$cached.tmp"
  mv "$cached.tmp" "$cached"
fi
mkdir -p "$(dirname "$out")"
cp --sparse=always "$cached" "$out"
echo "$out"
