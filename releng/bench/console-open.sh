#!/usr/bin/env bash
# Issue 19's console figure: a console opening connected to a repository server on PostgreSQL whose site has
# 50,000 clones and 5,000 machines, timed until its navigators show the site's clones (the Repository view's master
# opened on its clone groups, with their counts, and the Machines view's hosts), from the console's start
# and again from Connect (after a Disconnect). The server and the site are made as in server-transitions.sh (a
# private PostgreSQL cluster, `encompass bench fill`, the product's encompass-server); the console is the real
# workbench of the UI tests' harness (ConsoleOpenBench, alone in its JVM, under Xvfb), started with "connect at
# start" and the password in its secure storage. Prints figures; asserts nothing about time.
#   releng/bench/console-open.sh [CLONES] [MACHINES]   (defaults: 50000 5000)
# ENCOMPASS_BENCH_SERVER_JVM_OPTIONS and ENCOMPASS_BENCH_CONSOLE_JVM_OPTIONS add options to the server's and the
# console's JVMs (a flight recording: -XX:StartFlightRecording=filename=/tmp/console.jfr,settings=profile).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
clones="${1:-50000}"
machines="${2:-5000}"
ensure_product
source "$ENCOMPASS_ROOT/releng/bench/bench-lib.sh"
server_site console-bench "${ENCOMPASS_BENCH_POSTGRES_PORT:-55442}" "${ENCOMPASS_BENCH_SERVER_PORT:-20362}"

long_run osgi-fill bench fill --dir "$data" --clones "$clones" --machines "$machines" --lanes 1 > /dev/null
echo "site filled on PostgreSQL: $clones clones, $machines machines"

start_bench_server
unset ENCOMPASS_STORE_URL ENCOMPASS_STORE_USER ENCOMPASS_STORE_PASSWORD ENCOMPASS_SECURE_STORAGE # the console knows only the server

echo "== the console (the UI tests' workbench, ConsoleOpenBench alone in its JVM)"
cd "$ENCOMPASS_ROOT"
xvfb-run -a -s "-screen 0 1280x1024x24" flock /tmp/encompass-build.lock ./mvnw -B -o verify -pl tests/org.encompass.ui.tests -am \
  -Dtest=ConsoleOpenBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dencompass.bench.consoleServer="$listen,bench,$work/password" \
  -Dencompass.test.jvmOptions="${ENCOMPASS_BENCH_CONSOLE_JVM_OPTIONS:-}" > "$work/console.log" 2>&1 \
  || { tail -60 "$work/console.log" >&2; exit 1; }
grep -E "^(console start|Connect:)" "$work/console.log" || { tail -60 "$work/console.log" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
