#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests and benchmarks of the PostgreSQL store: initdb in a directory of
# its own, pg_ctl, listening on 127.0.0.1 only (and a Unix socket inside the directory). Debian's
# `postgresql` is installed when missing. PostgreSQL refuses to run as root: as root the cluster belongs to
# the `postgres` user (made by the Debian package) and every command runs as that user.
#   releng/scripts/postgres.sh start [DIR] [PORT]   make the cluster unless it exists, start it unless it runs;
#                                                  waits until it accepts connections; prints its JDBC URL
#   releng/scripts/postgres.sh url [DIR]             print the running cluster's JDBC URL (exit 1 when it does not run)
#   releng/scripts/postgres.sh stop [DIR]            stop it (fast shutdown) if it runs
#   releng/scripts/postgres.sh destroy [DIR]         stop it and remove DIR
# DIR defaults to $ENCOMPASS_POSTGRES_DIR or /tmp/encompass-postgres, PORT to $ENCOMPASS_POSTGRES_PORT or 55432.
# The cluster's superuser is "encompass" with the password in DIR/password (a test fixture, not a secret,
# readable by its owner only); the database "encompass" exists. Exit 3: PostgreSQL is not installed and
# cannot be installed here.
set -euo pipefail
command="${1:-}"
dir="${2:-${ENCOMPASS_POSTGRES_DIR:-${TMPDIR:-/tmp}/encompass-postgres}}"
port="${3:-${ENCOMPASS_POSTGRES_PORT:-55432}}"
data="$dir/data"
user=encompass
database=encompass

fail() { echo "encompass: $*" >&2; exit "${code:-1}"; }

bin_dir() { # the newest installed server's binaries (Debian keeps them out of PATH)
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

install_postgres() {
  bin_dir > /dev/null && return 0
  if [ "$(id -u)" -ne 0 ]; then
    code=3 fail "PostgreSQL is not installed and this user cannot install it: as root, apt-get install postgresql"
  fi
  echo "encompass: installing Debian's postgresql ..." >&2
  apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=1200 install -y -qq --no-install-recommends postgresql >&2 \
    || code=3 fail "could not install Debian's postgresql (see apt-get's messages above)"
  bin_dir > /dev/null || code=3 fail "postgresql was installed but no server binaries are under /usr/lib/postgresql"
}

as_owner() { # runs a PostgreSQL command as the cluster's owner
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() { echo "jdbc:postgresql://127.0.0.1:$port/$database"; }

running() { [ -f "$data/PG_VERSION" ] && as_owner "$(bin_dir)/pg_ctl" status -D "$data" > /dev/null 2>&1; }

running_port() { # the port the running cluster listens on (line 4 of postmaster.pid)
  sed -n 4p "$data/postmaster.pid" 2> /dev/null
}

create() {
  local bin password_file
  bin=$(bin_dir)
  if [ "$(id -u)" -eq 0 ]; then
    getent passwd postgres > /dev/null || fail "running as root, but there is no 'postgres' user to own the cluster (Debian's postgresql package makes it)"
  fi
  mkdir -p "$dir"
  [ -z "$(ls -A "$dir" 2> /dev/null)" ] || fail "$dir is not empty and holds no cluster: choose another directory"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
  chmod 700 "$dir"
  password_file="$dir/password"
  as_owner sh -c "umask 077; head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' > '$password_file'"
  if ! as_owner "$bin/initdb" -D "$data" -U "$user" --pwfile="$password_file" --auth-host=scram-sha-256 \
      --auth-local=peer -E UTF8 --no-locale > "$dir/initdb.log" 2>&1; then
    tail -n 15 "$dir/initdb.log" >&2
    fail "initdb failed in $data (whole log: $dir/initdb.log)"
  fi
  # Local (socket) logins of the owner map to the superuser: the script creates the database that way.
  echo "local all all trust" > "$dir/hba.tmp"
  echo "host all all 127.0.0.1/32 scram-sha-256" >> "$dir/hba.tmp"
  as_owner cp "$dir/hba.tmp" "$data/pg_hba.conf"
  rm -f "$dir/hba.tmp"
}

start() {
  local bin
  install_postgres
  bin=$(bin_dir)
  [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || fail "port must be a number 1-65535, not '$port'"
  if running; then
    port=$(running_port)
    url
    return 0
  fi
  [ -f "$data/PG_VERSION" ] || create
  if ! as_owner "$bin/pg_ctl" start -D "$data" -w -t 60 -l "$dir/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir'" > /dev/null 2>&1; then
    tail -n 15 "$dir/server.log" >&2 2> /dev/null || true
    fail "PostgreSQL did not start on 127.0.0.1:$port (whole log: $dir/server.log)"
  fi
  if ! as_owner "$bin/psql" -h "$dir" -p "$port" -U "$user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    as_owner "$bin/psql" -h "$dir" -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE $database" > /dev/null \
      || fail "could not create the database $database"
  fi
  url
}

stop() {
  if [ -f "$data/PG_VERSION" ] && bin_dir > /dev/null && running; then
    as_owner "$(bin_dir)/pg_ctl" stop -D "$data" -m fast -w -t 60 > /dev/null
  fi
}

case "$command" in
  start) start ;;
  url)
    running || exit 1
    port=$(running_port)
    url
    ;;
  stop) stop ;;
  destroy)
    stop
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|url|stop|destroy [DIR] [PORT]" >&2
    exit 2
    ;;
esac
