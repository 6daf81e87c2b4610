#!/usr/bin/env bash
# Pulls the plug on the real binary twice and checks nothing acknowledged is lost and
# nothing half-done is kept:
#  1. `equitas serve` takes a burst of API writes (organisations created with curl, one
#     after another, each 201 noted) and is killed with SIGKILL in the middle of it;
#  2. `equitas workforce import` of a generated 200,000-row staff list is killed with
#     SIGKILL while it writes.
# After each, every acknowledged organisation must be there, the interrupted import
# must have left no snapshot and no staff rows (all or nothing), and the database must
# pass its own check (SQLite's `PRAGMA integrity_check`; on PostgreSQL, the staff rows
# and the snapshots' staff counts must agree).
# With a PostgreSQL admin URL as $1, creates (and afterwards drops) the database that
# DATABASE_URL names, as smoke-roundtrip.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server=""
importer=""
cleanup() {
    [ -n "$server" ] && kill -9 "$server" 2>/dev/null || true
    [ -n "$importer" ] && kill -9 "$importer" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export EQUITAS_DATA="$work/data"

if [ -n "${1:-}" ]; then
    db="${DATABASE_URL##*/}"
    psql "$1" -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    query() { psql "$DATABASE_URL" -qtAX -c "$1"; }
else
    query() { sqlite3 "$EQUITAS_DATA/equitas.sqlite" "$1"; }
fi

bin=$(swift build --show-bin-path)/equitas
"$bin" migrate >/dev/null
printf 'crash-test-password-2026\n' | "$bin" user add --email crash@example.test --name "Crash Test" \
    --role administrator --password-stdin >/dev/null
token=$("$bin" user token --email crash@example.test --name crash-test | grep -o 'eqt_[A-Za-z0-9_-]*' | head -1)
[ -n "$token" ] || { echo "no API token was printed" >&2; exit 1; }

# A port few other things use; no python3 needed to pick one.
port=$((20000 + RANDOM % 20000))
api="http://127.0.0.1:$port/api/v1"
start_server() {
    "$bin" serve --port "$port" >"$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 100); do
        curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return 0
        sleep 0.2
    done
    echo "the server did not start:" >&2
    cat "$work/serve.log" >&2
    exit 1
}

# 1. A burst of writes, killed part-way. Writes go one at a time so that "acknowledged"
# means the 201 reached us before the kill; the kill comes from a timer, not from us.
start_server
burst=200
: >"$work/acknowledged"
(sleep 1.5; kill -9 "$server" 2>/dev/null) &
killer=$!
sent=0
for i in $(seq 1 "$burst"); do
    sent=$i
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$api/organisations" \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"name\": \"Crash Test Council $i\", \"type\": \"district-council\"}" || true)
    case "$status" in
        2*) echo "Crash Test Council $i" >>"$work/acknowledged" ;;
        *) break ;;
    esac
done
wait "$killer" 2>/dev/null || true
wait "$server" 2>/dev/null || true
server=""
acknowledged=$(wc -l <"$work/acknowledged")
echo "burst: sent $sent of $burst creates, $acknowledged acknowledged with 2xx before the server was killed"
[ "$acknowledged" -gt 0 ] || { echo "no write was acknowledged before the kill: the burst proves nothing" >&2; exit 1; }

start_server
missing=0
stored=$(curl -sf "$api/organisations?per=200&q=Crash%20Test" -H "Authorization: Bearer $token")
while read -r name; do
    grep -q "\"$name\"" <<<"$stored" || { echo "lost after the kill: $name" >&2; missing=$((missing + 1)); }
done <"$work/acknowledged"
in_database=$(query "SELECT count(*) FROM organisations WHERE name LIKE 'Crash Test Council %'")
echo "after restart: $in_database Crash Test organisations stored, $missing acknowledged ones missing"
[ "$missing" -eq 0 ]
[ "$in_database" -ge "$acknowledged" ]
kill -9 "$server"
wait "$server" 2>/dev/null || true
server=""

# 2. A 200,000-row import, killed while it writes. The list is written with awk so
# the script needs nothing but the binary.
rows=${EQUITAS_CRASH_ROWS:-200000}
awk -v n="$rows" 'BEGIN {
    print "employee_id,sex,ethnicity,disability,grade,full_pay,hourly_pay,bonus_pay"
    split("male,female", sexes, ","); split("white-british,asian,black,mixed,other", groups, ",")
    for (i = 1; i <= n; i++)
        printf "E%06d,%s,%s,%s,G%d,yes,%.2f,\n", i, sexes[i % 2 + 1], groups[i % 5 + 1], (i % 7 ? "no" : "yes"), i % 9 + 1, 11 + (i % 400) / 10
}' >"$work/staff.csv"
"$bin" workforce import "$work/staff.csv" --organisation "Crash Test Council 1" --snapshot 2026-03-31 \
    >"$work/import.log" 2>&1 &
importer=$!
# Kill once it reports rows written inside its transaction (the rows are checked
# first, which takes a while).
for _ in $(seq 1 1200); do
    grep -q "Writing [1-9]" "$work/import.log" 2>/dev/null && break
    kill -0 "$importer" 2>/dev/null || break
    sleep 0.1
done
sleep 0.2
if kill -9 "$importer" 2>/dev/null; then
    outcome="killed after: $(tail -n 1 "$work/import.log" | tr -d '\r')"
    wait "$importer" 2>/dev/null || true
else
    outcome="finished before the kill"
    wait "$importer" || { echo "the import failed on its own:" >&2; cat "$work/import.log" >&2; exit 1; }
fi
importer=""
snapshots=$(query "SELECT count(*) FROM workforce_snapshots")
staff=$(query "SELECT count(*) FROM staff_records")
echo "import of $rows rows $outcome; afterwards $snapshots snapshots, $staff staff rows"
if [ "$outcome" = "finished before the kill" ]; then
    [ "$snapshots" -eq 1 ] && [ "$staff" -eq "$rows" ]
else
    [ "$snapshots" -eq 0 ] && [ "$staff" -eq 0 ] || { echo "the interrupted import left a partial snapshot" >&2; exit 1; }
fi

# The database's own check after both kills.
if [ -n "${1:-}" ]; then
    counted=$(query "SELECT coalesce(sum(staff_count), 0) FROM workforce_snapshots")
    [ "$counted" -eq "$staff" ] || { echo "snapshots count $counted staff but $staff rows are stored" >&2; exit 1; }
    echo "PostgreSQL: snapshots' staff counts ($counted) match the staff rows ($staff)"
else
    check=$(query "PRAGMA integrity_check")
    echo "SQLite integrity_check: $check"
    [ "$check" = "ok" ]
fi
# And the binary still opens it and serves a write.
start_server
curl -sf -o /dev/null -X POST "$api/organisations" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"name": "After The Crash", "type": "other"}'
kill -9 "$server"
wait "$server" 2>/dev/null || true
server=""
if [ -n "${1:-}" ]; then
    psql "$1" -q -c "DROP DATABASE IF EXISTS $db"
fi
echo "crash test passed"
