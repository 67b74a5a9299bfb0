#!/usr/bin/env bash
# Measures a service update's rollout and rollback over many machines of libvirt's test driver with
# copy-on-write clones (issue 18's goal: rollback <= 5 s and rollout <= 15 s for 50 machines), and the same
# with a machine failing half-way, through `encompass bench updates` on the product, in a fresh directory.
#   releng/bench/update-rollout.sh [--machines N] [--batch N] [--product DIR]
set -euo pipefail
export ENCOMPASS_DEFAULTS=none
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
machines=50
batch=10
product=""
while [ $# -gt 0 ]; do
  case "$1" in
    --machines) machines="$2"; shift 2 ;;
    --batch) batch="$2"; shift 2 ;;
    --product) product="$2"; shift 2 ;;
    *) echo "usage: $0 [--machines N] [--batch N] [--product DIR]" >&2; exit 2 ;;
  esac
done
if [ -z "$product" ]; then
  ensure_product
  product="$ENCOMPASS_PRODUCT"
fi
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
work="$(mktemp -d /tmp/encompass-bench-update.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# A 16 MiB ext4 master with /etc/hostname, made on the spot.
mkdir -p "$work/tree/etc"
echo template > "$work/tree/etc/hostname"
mkfs.ext4 -q -F -d "$work/tree" "$work/web.img" 16M

config="$(mktemp -d "$work/config.XXXXXX")"
java -Xmx1g -Djava.awt.headless=true -Dosgi.noShutdown=false -jar "$launcher" -configuration "$config" -nosplash \
  -application org.encompass.cli.app bench updates --dir "$work/bench" --master "$work/web.img" \
  --machines "$machines" --batch "$batch"
