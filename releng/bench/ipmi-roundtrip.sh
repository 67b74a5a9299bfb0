#!/usr/bin/env bash
# IPMI round trip of a power status against a real BMC (OpenIPMI's ipmi_sim, started by
# releng/scripts/blades.sh on its own ports): the driver's RMCP+ client in one open session and with a
# session per request, and `ipmitool -I lanplus -C 3 chassis power status` as a whole process (the
# reference: it opens a session each time). Prints p50/p95 of each. Needs the driver and core bundles
# built (./mvnw -B -o -DskipTests verify -pl bundles/org.encompass.driver.blade.ipmi -am). Run on a quiet
# machine. Note: ipmi_sim answers a power status by running its chassis program (a shell script
# here), which is most of every round trip.
#   releng/bench/ipmi-roundtrip.sh [RUNS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
ensure_packages $ENCOMPASS_TEST_PACKAGES
runs="${1:-200}"
cd "$ENCOMPASS_ROOT"
core="$(ls bundles/org.encompass.core/target/org.encompass.core-*.jar | grep -v sources | head -n 1)"
driver="$(ls bundles/org.encompass.driver.blade.ipmi/target/org.encompass.driver.blade.ipmi-*.jar | grep -v sources | head -n 1)"
work="$(mktemp -d)"
export ENCOMPASS_BLADES_DIR="$work" ENCOMPASS_BLADES_PORT=16600
trap 'releng/scripts/blades.sh stop; rm -rf "$work"' EXIT
bmc="$(releng/scripts/blades.sh start 1 | awk '{print $2}')"
export ENCOMPASS_BMC_PASSWORD=blade-secret IPMI_PASSWORD=blade-secret # the fixture login, not a secret
"$JAVA_HOME/bin/java" -cp "$core:$driver" org.encompass.driver.blade.ipmi.internal.PowerStatusBenchmark "$bmc" admin "$runs"
times=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  ipmitool -I lanplus -C 3 -H "${bmc%:*}" -p "${bmc#*:}" -U admin -E chassis power status > /dev/null
  times+=($(( ($(date +%s%N) - start) / 1000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{ v[NR] = $1 } END {
  p50 = v[int(0.50 * n + 0.999)]; p95 = v[int(0.95 * n + 0.999)];
  printf "ipmitool process (lanplus, cipher suite 3): p50 %.1f ms, p95 %.1f ms (%d runs)\n", p50 / 1000, p95 / 1000, n }'
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
