#!/usr/bin/env bash
# Customization through libguestfs against the debugfs fast path (issue 20): 10 items (5 file replacements, 5
# regex items) on one XFS-on-LVM clone (one appliance launch), on 16 such clones in one batch appliance (goal:
# the batch <= 2x the single clone), and on an ext4 image through debugfs (goal: <= 0.5 s). Builds its images
# (XFS on LVM through guestfish, ext4 with mkfs.ext4 -d) in a temporary directory. Needs core built
# (./mvnw -B -o -DskipTests verify -pl bundles/org.encompass.core -am). Prints figures; run on a quiet machine.
# CLONES (default 16) sets the batch's size (a smaller batch for iterating); GUESTFS_TRACE=1 prints each guestfish
# command's time in the appliance on standard error. APPLIANCES (default 1) splits the batch into that many appliances
# working at the same time (on threads of their own).
#   releng/bench/guestfs-customize.sh [CLONES [APPLIANCES]]
set -euo pipefail
clones="${1:-16}"
appliances="${2:-1}"
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
"$ENCOMPASS_ROOT/releng/scripts/guestfs.sh" install
export LIBGUESTFS_BACKEND=direct
cd "$ENCOMPASS_ROOT"
core="$(ls bundles/org.encompass.core/target/org.encompass.core-*.jar | grep -v sources | head -n 1)"
m2="${HOME}/.m2/repository"
deps="$m2/org/eclipse/platform/org.eclipse.core.runtime/3.35.0/org.eclipse.core.runtime-3.35.0.jar:$m2/org/eclipse/platform/org.eclipse.equinox.common/3.21.0/org.eclipse.equinox.common-3.21.0.jar:$m2/org/eclipse/platform/org.eclipse.core.jobs/3.15.900/org.eclipse.core.jobs-3.15.900.jar:$m2/com/google/re2j/re2j/1.8/re2j-1.8.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
hosts="127.0.0.1 localhost"
for i in 0 1 2 3 4; do hosts="$hosts
127.0.1.$i template-host$i"; done
truncate -s 340M "$work/clone0.img"
guestfish -a "$work/clone0.img" run : part-disk /dev/sda mbr : pvcreate /dev/sda1 : vgcreate vg0 /dev/sda1 \
  : lvcreate root vg0 320 : mkfs xfs /dev/vg0/root : mount /dev/vg0/root / : mkdir /etc : write /etc/hosts "$hosts
"
for i in $(seq 1 "$clones"); do cp --sparse=always "$work/clone0.img" "$work/clone$i.img"; done
mkdir -p "$work/tree/etc"
printf '%s\n' "$hosts" > "$work/tree/etc/hosts"
mkfs.ext4 -q -d "$work/tree" "$work/ext4.img" 64M
"$JAVA_HOME/bin/java" -Dencompass.guestfish.trace="${GUESTFS_TRACE:+true}" -cp "$core:$deps" \
  releng/bench/GuestfsCustomizeBench.java "$work" "$clones" "$appliances"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
