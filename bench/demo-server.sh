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
# NAME on the shared test server (started if need be).
bench_database() {
    local kind=$1 data=$2 name=$3
    mkdir -p "$data"
    export EQUITAS_DATA="$data"
    unset DATABASE_URL
    [ "$kind" = postgres ] || return 0
    local admin
    if ! admin=$(EQUITAS_PG_PORT="${EQUITAS_PG_PORT:-54329}" scripts/postgres-test-server.sh start); then
        echo "$label: PostgreSQL would not start" >&2
        exit 1
    fi
    PGOPTIONS="--client-min-messages=warning" psql "$admin" -q -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
    export DATABASE_URL="${admin%/*}/$name"
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
    guard=$(grep -o 'name="csrf_token" value="[^"]*"' "$data/sign-in.html" | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" \
        --data-urlencode "password=equitas-demo-2026" --data-urlencode "csrf_token=$guard" "$base/sign-in"
    session=$(awk '$6 == "equitas_session" {print $7}' "$jar")
    [ -n "$session" ] || { echo "$label: signing in gave no session cookie" >&2; exit 1; }
    echo "equitas_session=$session"
}
