#!/usr/bin/env bash
# Lifecycle transition latency on PostgreSQL and on embedded Derby, in a site that holds many other clones and
# machines (issue 19: 50,000 and 5,000): runs `encompass bench store` from the built product against a private
# PostgreSQL cluster that releng/scripts/postgres.sh makes for the run and removes afterwards. Prints the
# figures; asserts nothing. Run it on a quiet machine.
#   releng/bench/store-transitions.sh [CLONES] [MACHINES] [TRANSITIONS]   (defaults: 50000 5000 1000)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
clones="${1:-50000}"
machines="${2:-5000}"
transitions="${3:-1000}"
ensure_product
work="$(mktemp -d "${TMPDIR:-/var/tmp}/encompass-store-bench.XXXXXX")"
cluster="$(mktemp -u "/tmp/encompass-pg-bench.XXXXXX")"
port="${ENCOMPASS_BENCH_POSTGRES_PORT:-55439}"
trap '"$ENCOMPASS_ROOT/releng/scripts/postgres.sh" destroy "$cluster"; rm -rf "$work"' EXIT
url="$("$ENCOMPASS_ROOT/releng/scripts/postgres.sh" start "$cluster" "$port")"
# The cluster's fixture password goes by the environment, never on a command line.
ENCOMPASS_STORE_PASSWORD="$(cat "$cluster/password")"
export ENCOMPASS_STORE_URL="$url" ENCOMPASS_STORE_USER=encompass ENCOMPASS_STORE_PASSWORD ENCOMPASS_DEFAULTS=none
"$ENCOMPASS_PRODUCT/bin/encompass" bench store --dir "$work" --clones "$clones" --machines "$machines" --transitions "$transitions"
