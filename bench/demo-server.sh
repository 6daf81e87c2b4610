# Sourced by the benchmarks that run the real server (bench/load/run.sh,
# bench/write/run.sh): a fresh database, the demo server on it, a signed-in session.
# Expects $bin (the equitas binary); sets $server (the server's pid, which the caller's
# cleanup stops) and $base (its address). $label names the benchmark in errors.

# Stops at once, naming what is missing, unless each TOOL is installed and $bin is a
# built binary: bench_require wrk curl.
bench_require() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "$label: $tool is needed (apt-get install -y $tool)" >&2; exit 1; }
    done
    [ -x "$bin" ] || { echo "$label: no binary at $bin (swift build -c release --scratch-path .build-release --product equitas)" >&2; exit 1; }
}

# A fresh database for one run: a new SQLite folder DATA, or a new PostgreSQL database
# NAME on the shared test server (started if need be). Sets bench_started_postgres=yes
# only when this call started the server, so that a caller stops only a server of its
# own (bench_stop_postgres), never one other people's tests are using.
bench_started_postgres="${bench_started_postgres:-}"
bench_database() {
    local kind=$1 data=$2 name=$3
    mkdir -p "$data"
    export EQUITAS_DATA="$data"
    unset DATABASE_URL
    [ "$kind" = postgres ] || return 0
    local port="${EQUITAS_PG_PORT:-54329}" admin
    if ! bench_postgres_answers "postgres://postgres@127.0.0.1:$port/postgres"; then
        bench_started_postgres=yes
    fi
    if ! admin=$(EQUITAS_PG_PORT="$port" scripts/postgres-test-server.sh start); then
        echo "$label: PostgreSQL would not start" >&2
        exit 1
    fi
    PGOPTIONS="--client-min-messages=warning" psql "$admin" -q -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
    export DATABASE_URL="${admin%/*}/$name"
    bench_postgres_admin=$admin
}

# True when a PostgreSQL server answers at URL.
bench_postgres_answers() {
    PGCONNECT_TIMEOUT=2 psql "$1" -Atqc 'SELECT 1' >/dev/null 2>&1
}

# For a cleanup trap: drops the benchmark's database NAME, then stops the test server
# only if bench_database started it and nobody else is connected to it by then (someone
# may have begun a test run against it while the benchmark ran).
bench_stop_postgres() {
    local name=$1 others
    [ -n "${bench_postgres_admin:-}" ] || return 0
    PGOPTIONS="--client-min-messages=warning" psql "$bench_postgres_admin" -q -c "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1 || true
    [ "$bench_started_postgres" = yes ] || return 0
    others=$(psql "$bench_postgres_admin" -Atqc \
        "SELECT count(*) FROM pg_stat_activity WHERE datname IS NOT NULL AND pid <> pg_backend_pid()" 2>/dev/null || echo 1)
    [ "$others" = 0 ] && scripts/postgres-test-server.sh stop >/dev/null 2>&1 || true
}

# `equitas serve --demo` on a free port, waited for until /healthz answers.
bench_serve() {
    local data=$1
    local port=$((20000 + RANDOM % 20000))
    base="http://127.0.0.1:$port"
    "$bin" serve --demo --port "$port" >"$data/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 300); do
        curl -sf "$base/healthz" >/dev/null && return 0
        sleep 0.2
    done
    echo "$label: the server did not start:" >&2
    cat "$data/serve.log" >&2
    exit 1
}

# Signs in through the form as a browser does, as the demo account EMAIL; prints the
# cookie to send ("equitas_session=…").
bench_sign_in() {
    local data=$1 email=$2
    local jar="$data/cookies.txt" guard session
    curl -s -c "$jar" -b "$jar" "$base/sign-in" >"$data/sign-in.html"
    guard=$(grep -o 'name="csrf_token" value="[^"]*"' "$data/sign-in.html" | awk 'NR == 1' | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" \
        --data-urlencode "password=equitas-demo-2026" --data-urlencode "csrf_token=$guard" "$base/sign-in"
    session=$(awk '$6 == "equitas_session" {print $7}' "$jar")
    [ -n "$session" ] || { echo "$label: signing in gave no session cookie" >&2; exit 1; }
    echo "equitas_session=$session"
}
