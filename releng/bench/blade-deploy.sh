#!/usr/bin/env bash
# Deploy of one customized copy-on-write clone onto each of N simulated blades (default 8), with the
# product's command line: `encompass deploy bootable bench/blade1 ... bench/bladeN --method cow` (clone,
# customize the hostname, assign, attach = tgt target + FUSE export + boot from network, activate = IPMI
# power on, blades in parallel). Prints the time until every blade is powered on with its LUN (the
# deploy command's wall time, the command line's own start included; `encompass status` is timed too
# for reference), the journal's operations by kind, and when each blade's serial console shows its
# customized hostname (the guests boot under TCG, all at once on this machine's cores). Uses its own
# BMCs (ports 16700+), its own tgtd (management channel 18, portal 127.0.0.1:3262) and a fresh repository;
# removes everything at the end. Run on a quiet machine. ENCOMPASS_BENCH_CONSOLE_WAIT=SECONDS bounds the
# wait for the consoles (default 900; 0 skips them, for quick runs).
#   releng/bench/blade-deploy.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
ensure_packages $ENCOMPASS_TEST_PACKAGES
# the built product as it is (build it first, under the build lock, when the sources changed)
[ -x "$ENCOMPASS_PRODUCT/bin/encompass" ] || flock /tmp/encompass-build.lock bash -c "source '$ENCOMPASS_ROOT/releng/scripts/env.sh'; ensure_product"
n="${1:-8}"
cd "$ENCOMPASS_ROOT"
work="$(mktemp -d)"
export ENCOMPASS_BLADES_DIR="$work/blades" ENCOMPASS_BLADES_PORT=16700 ENCOMPASS_BLADES_CHASSIS=bench \
  ENCOMPASS_TGT_CONTROL_PORT=18 ENCOMPASS_TGT_PORTAL=127.0.0.1:3262 ENCOMPASS_SECURE_STORAGE="$work/secure" \
  ENCOMPASS_DEFAULTS=none
cli() { "$ENCOMPASS_PRODUCT/bin/encompass" --data "$work/repo" "$@"; }
now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }
blades=()
for k in $(seq 1 "$n"); do blades+=("bench/blade$k"); done
cleanup() { # without the command line (16 starts of it took minutes on a loaded machine): the daemons directly
  set +e
  releng/scripts/blades.sh stop # powers the machines off, stops the BMCs
  releng/scripts/blades.sh tgt-stop # removes every target (and so every LUN), then stops tgtd
  local held pids=()
  for held in /tmp/encompass-qsd-held-iqn.2026-12.org.encompass:bench.slot*; do # the clones' FUSE exports
    [ -f "$held/daemon.pid" ] && pids+=("$(cat "$held/daemon.pid")")
  done
  [ ${#pids[@]} -eq 0 ] || { kill "${pids[@]}" 2>/dev/null; sleep 1; }
  for held in /tmp/encompass-qsd-held-iqn.2026-12.org.encompass:bench.slot*; do
    [ -d "$held" ] || continue
    umount -l "$held/image.raw" 2>/dev/null; rm -rf "$held"
  done
  rm -rf "$work"
}
trap cleanup EXIT

releng/scripts/blades.sh tgt-start
releng/scripts/blades.sh start "$n" > /dev/null
releng/scripts/bootable-master.sh "$work/bootable.img" > /dev/null
mkdir -p "$work/store"
cli storage add store --kind file --location "$work/store" --default-method COW > /dev/null
cli master import bootable --file "$work/bootable.img" --storage store --arch x86_64 > /dev/null
cli master item-add bootable --path /etc/hostname --content $'${hostname}\n' --template > /dev/null
echo blade-secret | cli chassis add bench --slot "1-$n=127.0.0.1:16701" --user admin --password-stdin > /dev/null
vars=()
for k in $(seq 1 "$n"); do vars+=(--var "bench/blade$k:hostname=bench-host-$k"); done

echo "set up $n blades; deploying"
start=$(now)
cli status > /dev/null
status_ns=$(( $(now) - start ))

start=$(now)
cli deploy bootable "${blades[@]}" --method cow "${vars[@]}" > "$work/deploy.out"
deployed=$(now)
for k in $(seq 1 "$n"); do # the deploy returned: every blade must run with its target now
  pid="$(cat "$work/blades/slot$k/qemu.pid" 2>/dev/null || true)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || { echo "encompass: blade $k is not powered on after deploy" >&2; exit 1; }
  tgtadm -C 18 --lld iscsi --op show --mode target | grep -q "encompass:bench.slot$k\$" \
    || { echo "encompass: blade $k has no target after deploy" >&2; exit 1; }
done
echo "machine: $(nproc) cores, load average before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "encompass status (command line start, reference): $(seconds "$status_ns") s"
echo "deploy of $n COW clones until every blade is powered on with its LUN: $(seconds $((deployed - start))) s"
cli --json journal | DEPLOY_START_NS=$start DEPLOY_END_NS=$deployed python3 -c '
import json, os, sys, datetime
def t(v):
    return v / 1000 if isinstance(v, (int, float)) else datetime.datetime.fromisoformat(str(v).replace("Z", "+00:00")).timestamp()
entries = [e for e in json.load(sys.stdin)["entries"] if e.get("started") and e.get("ended")]
kinds = {}
for e in entries:
    kinds.setdefault(e["operation"], []).append(e)
for kind, es in kinds.items():
    d = sorted(t(e["ended"]) - t(e["started"]) for e in es)
    outcomes = sorted(set(e["outcome"] for e in es))
    print("  journal %-10s x%d %s: each %.2f-%.2f s (median %.2f), all within %.2f s" % (kind, len(es), "/".join(outcomes),
          d[0], d[-1], d[len(d) // 2], max(t(e["ended"]) for e in es) - min(t(e["started"]) for e in es)))
deploy = [e for e in entries if e["operation"] in ("clone", "set-variables", "assign", "attach", "activate")]
if deploy:
    first = min(t(e["started"]) for e in deploy)
    last = max(t(e["ended"]) for e in deploy)
    print("  the deploy'"'"'s operations (first clone started .. last activate ended): %.2f s" % (last - first))
    print("  before them (the command line'"'"'s start, the repository opened): %.2f s; after them (the command'"'"'s end): %.2f s" % (
          first - int(os.environ["DEPLOY_START_NS"]) / 1e9, int(os.environ["DEPLOY_END_NS"]) / 1e9 - last))
    for kind in ("clone", "set-variables", "assign", "attach", "activate"):
        es = [e for e in deploy if e["operation"] == kind]
        if es:
            print("    %-13s first started at %.2f s, last ended at %.2f s" % (kind, min(t(e["started"]) for e in es) - first,
                  max(t(e["ended"]) for e in es) - first))
'

declare -A seen=()
wait_s="${ENCOMPASS_BENCH_CONSOLE_WAIT:-900}" # 0: skip the consoles (quick runs while tuning)
[ "$wait_s" -gt 0 ] || exit 0
deadline=$(( $(now) + wait_s * 1000000000 ))
while [ ${#seen[@]} -lt "$n" ] && [ "$(now)" -lt "$deadline" ]; do
  for k in $(seq 1 "$n"); do
    [ -n "${seen[$k]:-}" ] && continue
    if grep -aq "encompass-hostname: bench-host-$k" "$work/blades/slot$k/serial.log" 2>/dev/null; then
      seen[$k]=$(( $(now) - start ))
    fi
  done
  sleep 0.5
done
for k in $(seq 1 "$n"); do
  if [ -n "${seen[$k]:-}" ]; then
    echo "blade $k: serial console shows bench-host-$k $(seconds "${seen[$k]}") s after the deploy started"
  else
    echo "blade $k: serial console did NOT show bench-host-$k within $wait_s s"
  fi
done
[ ${#seen[@]} -eq "$n" ] && echo "every serial console shows its hostname $(seconds "$(printf '%s\n' "${seen[@]}" | sort -n | tail -n 1)") s after the deploy started"
