#!/usr/bin/env bash
# The paper's Figure 2 on this machine (issue 3): n = 1, 2, 4, 8, 16 parallel clones of a 3 GiB sparse
# master holding 1 GiB of random data, for every clone method, with `cp --sparse=always` of the same
# file as the reference, then a deploy of 100 copy-on-write clones onto libvirt test-driver VMs.
# The cp rows and the SPARSE, COW and REFLINK rows are the median of 5 passes.
# Writes figure2.md (the table) and figure2.png (the plot) next to this script.
#   releng/bench/figure2.sh [extra 'encompass bench clones' options, e.g. --counts 1,2 --deploy 10]
# Needs root for the loop-mounted XFS (reflinks) and the libvirt pool; without root those rows are left out.
# Disk: up to 16 full copies at once (48 GiB) under ENCOMPASS_BENCH_DIR (default /var/tmp/encompass-bench).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
ensure_packages qemu-utils xfsprogs e2fsprogs $ENCOMPASS_TEST_PACKAGES
ensure_product
work="${ENCOMPASS_BENCH_DIR:-/var/tmp/encompass-bench}"
out="$ENCOMPASS_ROOT/releng/bench"
pool=encompass-bench
rm -rf "$work"
mkdir -p "$work/content/etc"

cleanup() {
  if [ "$(id -u)" -eq 0 ]; then
    virsh -q -c qemu:///system pool-destroy "$pool" > /dev/null 2>&1 || true
    virsh -q -c qemu:///system pool-undefine "$pool" > /dev/null 2>&1 || true
    mountpoint -q "$work/xfs" && umount "$work/xfs"
    "$ENCOMPASS_ROOT/releng/scripts/libvirtd.sh" stop # only the daemons its start started
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The master: an ext4 file system of 3 GiB (so deploys can customize it) holding 1 GiB of random data;
# everything else is holes.
head -c 1G /dev/urandom > "$work/content/random.bin"
echo template > "$work/content/etc/hostname"
mkfs.ext4 -q -F -d "$work/content" "$work/master.img" 3G
rm -rf "$work/content"
echo "master: $(du -h --apparent-size "$work/master.img" | cut -f1) apparent, $(du -h "$work/master.img" | cut -f1) allocated" >&2

extra=()
if [ "$(id -u)" -eq 0 ]; then
  truncate -s 8G "$work/xfs.img"
  mkfs.xfs -q -m reflink=1 "$work/xfs.img"
  mkdir -p "$work/xfs"
  mount -o loop "$work/xfs.img" "$work/xfs"
  extra+=(--xfs "$work/xfs/storage")
  releng_libvirtd="$ENCOMPASS_ROOT/releng/scripts/libvirtd.sh"
  "$releng_libvirtd" start
  mkdir -p "$work/pool"
  if virsh -q -c qemu:///system pool-define-as "$pool" dir --target "$work/pool" > /dev/null \
      && virsh -q -c qemu:///system pool-start "$pool" > /dev/null; then
    extra+=(--pool "qemu:///system#$pool")
  fi
else
  echo "not root: no XFS (REFLINK) and no libvirt pool (VOLUME_COPY) rows" >&2
fi

# --repeat 5: the cp rows and the quick methods' rows are the median of 5 passes (16 cp at once took
# 19.7-32.4 s in six passes on a slower disk: past the page cache's dirty limit they go at the disk's drifting speed),
# FULL and VOLUME_COPY run once.
"$ENCOMPASS_ROOT/releng/scripts/encompass" bench clones --dir "$work" --master "$work/master.img" --repeat 5 "${extra[@]}" \
  --plot "$out/figure2.png" --table "$out/figure2.md" "$@"
