#!/usr/bin/env bash
# Measures how fast `encompass archive import` stores customization items: a site archive with one small
# master carrying N file-replacement items (default 20,000) is imported into a fresh repository, and the
# same archive with 1 item gives the fixed cost (JVM start, repository open, image unpack), which is
# taken off to give items per second.
#   releng/bench/archive-import.sh [--items N] [--product DIR]
set -euo pipefail
export ENCOMPASS_DEFAULTS=none  # fresh repositories of its own, without the first start's demo master
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
items=20000
product=""
while [ $# -gt 0 ]; do
  case "$1" in
    --items) items="$2"; shift 2 ;;
    --product) product="$2"; shift 2 ;;
    *) echo "usage: $0 [--items N] [--product DIR]" >&2; exit 2 ;;
  esac
done
if [ -z "$product" ]; then
  ensure_product
  product="$ENCOMPASS_PRODUCT"
fi
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
work="$(mktemp -d /tmp/encompass-bench-archive.XXXXXX)"
trap 'rm -rf "$work"' EXIT

encompass() { # DATA ARGS...
  local data="$1"; shift
  local config; config="$(mktemp -d "$work/config.XXXXXX")"
  java -Xmx1g -Djava.awt.headless=true -Dosgi.noShutdown=false -jar "$launcher" -configuration "$config" -nosplash \
    -application org.encompass.cli.app --data "$data" "$@"
}

# The head office: one 4 MiB master with one item, exported.
mkdir -p "$work/hq-nas" "$work/archive"
head -c 4M /dev/urandom > "$work/web.img"
encompass "$work/hq" storage add nas --kind file --location "$work/hq-nas" >/dev/null
encompass "$work/hq" master import web --file "$work/web.img" --storage nas >/dev/null
encompass "$work/hq" master item-add web --path /etc/hostname --content 'host ${hostname}' --template >/dev/null
encompass "$work/hq" archive export "$work/one.zip" >/dev/null
(cd "$work/archive" && jar xf "$work/one.zip")

# The same master with N items: the item line of the manifest repeated, each for its own file.
awk -v n="$items" '/<file-replacement/ { for (i = 1; i <= n; i++) { line = $0; sub("/etc/hostname", "/etc/item-" i, line); print line } next } { print }' \
  "$work/archive/encompass-archive.xml" > "$work/manifest.xml"
mv "$work/manifest.xml" "$work/archive/encompass-archive.xml"
(cd "$work/archive" && jar cfM "$work/many.zip" encompass-archive.xml masters/web.img)

import() { # NAME ARCHIVE -> seconds
  mkdir -p "$work/$1-nas"
  encompass "$work/$1" storage add nas --kind file --location "$work/$1-nas" >/dev/null
  local start end
  start=$(date +%s.%N)
  encompass "$work/$1" archive import "$2" --storage nas >&2
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
fixed=$(import one "$work/one.zip")
total=$(import many "$work/many.zip")
stored=$(encompass "$work/many" master show web --json | grep -o '"number"' | wc -l)
printf 'archive import of %d items: %.2f s (1 item: %.2f s); %d items stored; %.0f items/s overall, %.0f items/s net of the 1-item run\n' \
  "$items" "$total" "$fixed" "$stored" "$(echo "$items / $total" | bc -l)" "$(echo "($items - 1) / ($total - $fixed)" | bc -l)"
