#!/usr/bin/env bash
# What a script that runs N commands waits: N `encompass status` processes, one after the other, against one
# `encompass batch` of the same N lines, on an empty embedded repository; then the same for N reads
# (`machine list` and `master list` taking turns) on a repository with the first start's defaults (the test host's
# eight machines, the demo master). Wall and CPU time (user+sys) of each whole series, and per command.
# Run on a quiet machine (under the build lock on a shared one); prints one line per case.
#   releng/bench/cli-batch.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
source "$ENCOMPASS_ROOT/releng/bench/bench-lib.sh"
ensure_product
n="${1:-100}"
cli_workspace
cli="$ENCOMPASS_PRODUCT/bin/encompass"

# name: the series' wall and CPU seconds, then per command (command... is timed as one).
series() {
  local name="$1" w u s
  shift
  read -r w u s < <( { TIMEFORMAT='%R %U %S'; time "$@" > /dev/null 2> "$work/err"; } 2>&1 )
  if [ -s "$work/err" ]; then
    echo "$name printed on stderr:" >&2
    head -n 5 "$work/err" >&2
    exit 1
  fi
  awk -v name="$name" -v n="$n" -v w="$w" -v u="$u" -v s="$s" \
    'BEGIN { printf "%-34s %7.2f s wall, %7.2f s CPU (%.3f s wall, %.3f s CPU per command)\n", name, w, u + s, w / n, (u + s) / n }'
}
separately() { # file: each line as its own process (the lines are simple words)
  local line
  while read -r line; do
    # shellcheck disable=SC2086 # the words of the line, as a script writes them
    "$cli" $line
  done < "$1"
}

for i in $(seq 1 "$n"); do echo status; done > "$work/status.txt"
for i in $(seq 1 "$n"); do if (( i % 2 )); then echo machine list; else echo master list; fi; done > "$work/reads.txt"

"$cli" status > /dev/null # the first run of a build makes its configuration and AOT cache; the repository is made
series "$n x encompass status" separately "$work/status.txt"
series "encompass batch ($n status lines)" "$cli" batch "$work/status.txt"

export ENCOMPASS_DATA="$work/defaults" # the first start's defaults this time
unset ENCOMPASS_DEFAULTS
"$cli" status > /dev/null 2>&1 # sets up the defaults (says so on stderr)
series "$n x machine list / master list" separately "$work/reads.txt"
series "encompass batch ($n such lines)" "$cli" batch "$work/reads.txt"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
