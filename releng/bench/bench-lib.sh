# Sourced by the benchmarks after releng/scripts/env.sh: the pieces several of them share.

# command...: the medians of $runs runs of it, wall time and CPU time (user+sys, steadier on a busy machine).
median() {
  local i w u s walls=() cpus=()
  for i in $(seq 1 "$runs"); do
    read -r w u s < <( { TIMEFORMAT='%R %U %S'; time "$@" > /dev/null 2>&1; } 2>&1 )
    walls+=("$w")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')")
  done
  echo "$(middle "${walls[@]}") s wall, $(middle "${cpus[@]}") s CPU"
}
middle() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# A throw-away place for command-line runs: sets work (a temporary directory, removed on exit) and points the
# product's cache (its OSGi configuration and AOT cache) and the repository (empty, no first-start defaults) into it.
cli_workspace() {
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  export XDG_CACHE_HOME="$work/cache" ENCOMPASS_DATA="$work/data" ENCOMPASS_DEFAULTS=none
}

# A repository on a private PostgreSQL cluster, for the server benchmarks: sets work (a temporary directory), data
# (the repository's directory in it), cluster, listen (127.0.0.1:$3) and bin, exports the store's settings, and
# removes the server, the cluster and the directory on exit. $1 names them, $2 is the cluster's port.
server_site() {
  work="$(mktemp -d "${TMPDIR:-/var/tmp}/encompass-$1.XXXXXX")"
  cluster="$(mktemp -u "/tmp/encompass-pg-$1.XXXXXX")"
  listen="127.0.0.1:$3"
  data="$work/server"
  bin="$ENCOMPASS_PRODUCT/bin"
  server_pid=""
  trap server_site_remove EXIT
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local url
  url="$("$ENCOMPASS_ROOT/releng/scripts/postgres.sh" start "$cluster" "$2")"
  # The cluster's fixture password goes by the environment, never on a command line.
  ENCOMPASS_STORE_PASSWORD="$(cat "$cluster/password")"
  export ENCOMPASS_STORE_URL="$url" ENCOMPASS_STORE_USER=encompass ENCOMPASS_STORE_PASSWORD ENCOMPASS_DEFAULTS=none
  export ENCOMPASS_SECURE_STORAGE="$work/secure-storage"
}
server_site_remove() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; fi
  "$ENCOMPASS_ROOT/releng/scripts/postgres.sh" destroy "$cluster" || true
  rm -rf "$work"
}

# CONFIGURATION ARG...: a long run of the command line (filling a site, the Derby reference): the product's launcher
# with the JVM's default JIT and collector and room for the site (bin/encompass tunes the JVM for short commands:
# C1 only, 512 MiB), in its own OSGi configuration under $work.
long_run() {
  local configuration="$1"; shift
  "$JAVA_HOME/bin/java" -Xmx4g -Djava.awt.headless=true -Djava.library.path=/usr/lib/x86_64-linux-gnu \
    -Dosgi.noShutdown=false -jar "$(ls "$ENCOMPASS_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar)" \
    -configuration "$work/$configuration" -nosplash -application org.encompass.cli.app "$@"
}

# Starts encompass-server on $data at $listen with user `bench` (operator) whose password it puts in $work/password;
# sets server_pid, and returns once it serves.
start_bench_server() {
  (umask 077; printf 'bench-%s-%s\n' "$RANDOM" "$RANDOM" > "$work/password")
  "$bin/encompass-server" --data "$data" users add bench --role operator < "$work/password" > /dev/null
  ENCOMPASS_JVM_OPTIONS="${ENCOMPASS_BENCH_SERVER_JVM_OPTIONS:-}" \
    "$bin/encompass-server" --data "$data" --listen "$listen" > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    grep -q "serving" "$work/server.log" && break
    kill -0 "$server_pid" 2> /dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
  grep "serving" "$work/server.log"
}
