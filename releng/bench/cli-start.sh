#!/usr/bin/env bash
# How long the command line takes to answer: median wall and CPU time of N runs (default 7) of
# `encompass --help` and `encompass status` (an empty embedded repository), with the product's start
# script, and the same with the way it started before (a new OSGi configuration per run with every bundle
# of the product, default JVM options) for comparison. Run on a quiet machine; prints one line per case.
#   releng/bench/cli-start.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
source "$ENCOMPASS_ROOT/releng/bench/bench-lib.sh"
ensure_product
runs="${1:-7}"
cli_workspace
cli="$ENCOMPASS_PRODUCT/bin/encompass"
launcher="$(ls "$ENCOMPASS_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar)"
before() { # the start as it was: a fresh configuration area each run, all bundles, default JVM options
  local config
  config="$(mktemp -d "$work/config.XXXXXX")"
  "$JAVA_HOME/bin/java" -Xmx512m -Djava.awt.headless=true -Djava.library.path=/usr/lib/x86_64-linux-gnu \
    -Dencompass.data="$ENCOMPASS_DATA" -Dosgi.noShutdown=false -jar "$launcher" -configuration "$config" -nosplash \
    -application org.encompass.cli.app "$@"
  rm -rf "$config"
}
first=$( { TIMEFORMAT=%R; time "$cli" status > /dev/null 2>&1; } 2>&1 )
echo "first run of a build (configuration and AOT cache made): ${first} s"
echo "encompass --help: $(median "$cli" --help) (before: $(median before --help)), median of $runs"
echo "encompass status: $(median "$cli" status) (before: $(median before status)), median of $runs"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
