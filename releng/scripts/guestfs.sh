#!/usr/bin/env bash
# libguestfs for customizing images whose file systems are not ext2/3/4 (XFS, btrfs, FAT, NTFS, LVM):
# Encompass drives `guestfish` as a child process; its appliance is a small Linux VM run by QEMU (TCG
# here: no KVM needed, ~15 s to launch). Nothing is ever mounted in the host kernel.
#   releng/scripts/guestfs.sh install  install the Debian packages unless they are there (also the mkfs
#                                      tools the tests build their images with)
#   releng/scripts/guestfs.sh check    install, then launch an appliance once and stop it; a clear error
#                                      (with libguestfs-test-tool's last lines) when it does not launch
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# libguestfs-tools: guestfish; libguestfs-xfs: XFS tools inside the appliance; linux-image-amd64: the kernel supermin builds the appliance from;
# xfsprogs, btrfs-progs, dosfstools, ntfs-3g, lvm2: the appliance's file system tools and the tests' mkfs.
GUESTFS_PACKAGES="libguestfs-tools libguestfs-xfs linux-image-amd64 xfsprogs btrfs-progs dosfstools ntfs-3g lvm2"
export LIBGUESTFS_BACKEND="${LIBGUESTFS_BACKEND:-direct}"

case "${1:-check}" in
  install)
    ensure_packages $GUESTFS_PACKAGES
    ;;
  check)
    ensure_packages $GUESTFS_PACKAGES
    if ! ls /boot/vmlinuz-* > /dev/null 2>&1; then
      echo "encompass: no kernel in /boot: libguestfs builds its appliance from one (apt-get install linux-image-amd64)" >&2
      exit 1
    fi
    start=$(date +%s)
    if ! out=$(timeout 300 guestfish -a /dev/null run : version 2>&1); then
      echo "encompass: the libguestfs appliance did not launch (LIBGUESTFS_BACKEND=$LIBGUESTFS_BACKEND):" >&2
      echo "$out" | tail -n 15 >&2
      echo "encompass: run 'libguestfs-test-tool' for the whole story" >&2
      exit 1
    fi
    echo "encompass: libguestfs appliance launched in $(( $(date +%s) - start )) s ($(echo "$out" | tr '\n' ' '))"
    ;;
  *)
    echo "usage: $0 install|check" >&2
    exit 2
    ;;
esac
