#!/usr/bin/env bash
# Issue 19's figures through the repository server on PostgreSQL, in a site of many clones and machines:
# (a) lifecycle transition p50/p95 from one long-lived remote client (`encompass bench remote`: one JVM that sends
# attach/activate/deactivate/detach to the server, not a CLI process per transition), (b) `encompass status` wall
# time from a remote CLI (a whole process: JVM start, login, reading the site), (c) transitions per second of 4
# client processes together (each on a clone and a machine of its own, measuring from the same moment) against 1,
# (d) the same transition loop in-process on embedded Derby (`encompass bench store`) as the reference.
# A private PostgreSQL cluster (releng/scripts/postgres.sh) is made for the run and removed afterwards; the site is
# filled in it first (`encompass bench fill`), then encompass-server serves it. (a) and (c) also give the CPU time per
# transition of the server, of PostgreSQL and of each client; (a2) repeats (a) on the warm server (steady state, CPU of
# the measured transitions only). Prints figures; asserts nothing.
#   releng/bench/server-transitions.sh [CLONES] [MACHINES] [TRANSITIONS]   (defaults: 50000 5000 400)
# ENCOMPASS_BENCH_SERVER_JVM_OPTIONS adds JVM options to the server alone, e.g. a flight recording:
#   -XX:StartFlightRecording=filename=/tmp/server.jfr,settings=profile
# ENCOMPASS_BENCH_ONE_CLIENT_ONLY=1 stops after (a) and (a2) (for profiling the server on one client; the default runs all).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
clones="${1:-50000}"
machines="${2:-5000}"
transitions="${3:-400}"
lanes=4
ensure_product
source "$ENCOMPASS_ROOT/releng/bench/bench-lib.sh"
server_site server-bench "${ENCOMPASS_BENCH_POSTGRES_PORT:-55441}" "${ENCOMPASS_BENCH_SERVER_PORT:-20361}"

# The site: $lanes clones each assigned to a test-driver machine of its own, plus the bulk clones and machines.
long_run osgi-fill bench fill --dir "$data" \
  --clones "$clones" --machines "$machines" --lanes "$lanes" > "$work/lanes"
mapfile -t lane_clones < "$work/lanes"
echo "site filled on PostgreSQL: ${lane_clones[*]} assigned, $clones other clones, $machines other machines"

start_bench_server
unset ENCOMPASS_STORE_URL ENCOMPASS_STORE_USER ENCOMPASS_STORE_PASSWORD # the clients know only the server
# The clients are the product's CLI as shipped (bin/encompass: C1, 512 MiB), one long-lived process each.
remote() { "$bin/encompass" --server "$listen" --user bench "$@" < "$work/password"; }

# CPU time (user + system, ms) of the server JVM and of the whole PostgreSQL cluster (postmaster and backends), read
# from /proc before and after a measured run: with the clients' own figure it says which process the CPU goes to.
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))
cpu_ms() { local total=0 pid t; for pid in "$@"; do t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2> /dev/null || echo 0); total=$((total + t)); done; echo $((total * tick_ms)); }
postmaster=$(head -n 1 "$cluster/data/postmaster.pid")
postgres_pids() { echo "$postmaster" $(pgrep -P "$postmaster"); }
cpu_line() { # $1 transitions, then the server's and PostgreSQL's CPU ms before
  local n="$1" server_before="$2" pg_before="$3"
  awk -v n="$n" -v s=$(( $(cpu_ms "$server_pid") - server_before )) -v p=$(( $(cpu_ms $(postgres_pids)) - pg_before )) \
    'BEGIN { printf "CPU per transition: server %.2f ms, PostgreSQL %.2f ms (the clients: their lines above)\n", s / n, p / n }'
}

echo "== (a) one remote client, $transitions transitions"
server_cpu=$(cpu_ms "$server_pid"); pg_cpu=$(cpu_ms $(postgres_pids)) # includes the warm-up: its 200 count too
remote bench remote "${lane_clones[0]}" --transitions "$transitions" --warm-up 200 | tee "$work/one-client.out"
cpu_line $((transitions + 200)) "$server_cpu" "$pg_cpu"
one_rate=$(grep -o '[0-9.]* transitions/s' "$work/one-client.out" | cut -d' ' -f1)

# (a) includes the server's JIT compiling its code (seconds of CPU on a fresh server); the same run again, with CPU
# counted from the moment its measured part starts (--start-at), is the warm server's steady state.
echo "== (a2) the same client loop again on the now warm server, CPU of the measured transitions only"
start_at=$(( $(date +%s%3N) + 15000 )) # after the client's JVM start, login and warm-up
remote bench remote "${lane_clones[0]}" --transitions "$transitions" --warm-up 200 --start-at "$start_at" \
  > "$work/warm-client.out" &
warm_client=$!
until_start=$(( start_at - $(date +%s%3N) ))
[ "$until_start" -gt 0 ] && sleep "$(awk -v ms="$until_start" 'BEGIN { print ms / 1000 }')"
server_cpu=$(cpu_ms "$server_pid"); pg_cpu=$(cpu_ms $(postgres_pids))
wait "$warm_client"
cat "$work/warm-client.out"
cpu_line "$transitions" "$server_cpu" "$pg_cpu"
awk -v at="$start_at" '/started/ { for (i = 1; i <= NF; i++) if ($i == "started" && $(i+1) > at + 1000)
  print "warning: the client started measuring more than 1 s late (warm-up longer than the wait)" }' "$work/warm-client.out"
if [ "${ENCOMPASS_BENCH_ONE_CLIENT_ONLY:-}" = 1 ]; then
  kill "$server_pid"; wait "$server_pid" 2> /dev/null || true; server_pid=""
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

echo "== (b) encompass status from a remote CLI (wall time of the whole process)"
for i in 1 2 3; do
  start=$(date +%s%N)
  remote status > /dev/null
  echo "status run $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done

echo "== (c) $lanes client processes together, $transitions transitions each"
start_at=$(( $(date +%s%3N) + 60000 )) # after every client's JVM start, login and warm-up
for i in $(seq 0 $((lanes - 1))); do
  remote bench remote "${lane_clones[$i]}" --transitions "$transitions" --warm-up 100 --start-at "$start_at" \
    > "$work/client-$i.out" 2>&1 &
done
until_start=$(( start_at - $(date +%s%3N) ))
[ "$until_start" -gt 0 ] && sleep "$(awk -v ms="$until_start" 'BEGIN { print ms / 1000 }')" # the measured run starts
server_cpu=$(cpu_ms "$server_pid"); pg_cpu=$(cpu_ms $(postgres_pids))
wait_failed=0
for job in $(jobs -p); do
  [ "$job" = "$server_pid" ] && continue
  wait "$job" || wait_failed=1
done
cpu_line $((transitions * lanes)) "$server_cpu" "$pg_cpu"
cat "$work"/client-*.out
[ "$wait_failed" = 0 ] || { echo "a client failed" >&2; exit 1; }
late=$(awk -v at="$start_at" '/started/ { for (i = 1; i <= NF; i++) if ($i == "started" && $(i+1) > at + 1000) n++ } END { print n + 0 }' "$work"/client-*.out)
awk -v n="$transitions" -v clients="$lanes" '
  /started/ { for (i = 1; i <= NF; i++) { if ($i == "started") s = $(i+1); if ($i == "ended") e = $(i+1) }
              if (first == "" || s < first) first = s; if (e > last) last = e }
  END { rate = n * clients * 1000 / (last - first)
        printf "%d clients together: %d transitions in %.1f s = %.1f transitions/s (%.2fx one client alone, %s/s)\n",
          clients, n * clients, (last - first) / 1000, rate, rate / one, one }' one="$one_rate" "$work"/client-*.out
[ "$late" = 0 ] || echo "warning: $late client(s) started measuring more than 1 s late (warm-up longer than the wait)"
kill "$server_pid"; wait "$server_pid" 2> /dev/null || true; server_pid=""

echo "== (d) the reference: the same loop in-process on embedded Derby, same site size"
long_run osgi-derby bench store --dir "$work/derby" --clones "$clones" --machines "$machines" --transitions "$transitions" --stores derby
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
