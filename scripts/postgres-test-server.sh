#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, on 127.0.0.1 only, trusting local
# connections, its data under ${TMPDIR:-/tmp}/equitas-pg.
#
#   scripts/postgres-test-server.sh start   starts it (if not running) and prints its admin URL
#   scripts/postgres-test-server.sh stop    stops it and deletes its data
#
# Use: EQUITAS_TEST_DATABASE_URL=$(scripts/postgres-test-server.sh start) swift test
# Needs PostgreSQL's server binaries (Debian: apt-get install -y postgresql). As root,
# the server runs as the postgres user, since initdb refuses to run as root.
set -euo pipefail

port="${EQUITAS_PG_PORT:-54329}"
dir="${TMPDIR:-/tmp}/equitas-pg"
dir="${dir//\/\//\/}"
url="postgres://postgres@127.0.0.1:$port/postgres"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
    if command -v initdb >/dev/null; then
        bin=$(dirname "$(command -v initdb)")
    else
        echo "no PostgreSQL server binaries found (apt-get install -y postgresql)" >&2
        exit 1
    fi
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() {
    [ -f "$dir/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

case "${1:-}" in
start)
    if [ ! -f "$dir/PG_VERSION" ]; then
        mkdir -p "$dir"
        chmod 700 "$dir"
        if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
        as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --no-sync >/dev/null
    fi
    if ! running; then
        as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=300" start >/dev/null
    fi
    echo "$url"
    ;;
stop)
    if running; then
        as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
