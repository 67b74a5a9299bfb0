#!/usr/bin/env bash
# Lifecycle transition latency on PostgreSQL and on embedded Derby, in a site that holds many other clones and
# machines (issue 19: 50,000 and 5,000): runs `encompass bench store` from the built product against a private
# PostgreSQL cluster that releng/scripts/postgres.sh makes for the run and removes afterwards. Prints the
# figures; asserts nothing. Run it on a quiet machine.
#   releng/bench/store-transitions.sh [CLONES] [MACHINES] [TRANSITIONS]   (defaults: 50000 5000 200)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
clones="${1:-50000}"
machines="${2:-5000}"
transitions="${3:-200}"
ensure_product
work="$(mktemp -d "${TMPDIR:-/var/tmp}/encompass-store-bench.XXXXXX")"
cluster="$(mktemp -u "/tmp/encompass-pg-bench.XXXXXX")"
port="${ENCOMPASS_BENCH_POSTGRES_PORT:-55439}"
trap '"$ENCOMPASS_ROOT/releng/scripts/postgres.sh" destroy "$cluster"; rm -rf "$work"' EXIT
url="$("$ENCOMPASS_ROOT/releng/scripts/postgres.sh" start "$cluster" "$port")"
# The cluster's fixture password goes by the environment, never on a command line.
ENCOMPASS_STORE_PASSWORD="$(cat "$cluster/password")"
export ENCOMPASS_STORE_URL="$url" ENCOMPASS_STORE_USER=encompass ENCOMPASS_STORE_PASSWORD ENCOMPASS_DEFAULTS=none
# A long run: the product's launcher with the JVM's default JIT and collector and room for the site (bin/encompass
# tunes the JVM for short commands: C1 only, 512 MiB).
# One JVM per store: the second repository of 50,000 clones opened in the same JVM failed in net4j
# ("Accept exceeded fixed size"), and each store should start from the same state anyway.
launcher="$(ls "$ENCOMPASS_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar)"
for store in derby postgresql; do
  "$JAVA_HOME/bin/java" -Xmx4g -Djava.awt.headless=true -Djava.library.path=/usr/lib/x86_64-linux-gnu \
    -Dosgi.noShutdown=false -jar "$launcher" -configuration "$work/osgi-$store" -nosplash -application org.encompass.cli.app \
    bench store --dir "$work" --clones "$clones" --machines "$machines" --transitions "$transitions" --stores "$store"
done
