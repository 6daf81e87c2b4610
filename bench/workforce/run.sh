#!/usr/bin/env bash
# `equitas workforce import` of a synthetic staff list, timed from start to exit, into
# a fresh database: SQLite, PostgreSQL or both. Prints one line per database with the
# seconds and the rows stored, and fails if the rows stored are not the rows in the file.
#
#   bench/workforce/run.sh [sqlite|postgres|both] [rows] [runs]   (default both 100000 3)
#
# EQUITAS_BIN names the binary (default: the release build in .build-release; build it
# with swift build -c release --scratch-path .build-release --product equitas).
# PostgreSQL uses the shared test server (scripts/postgres-test-server.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
label=bench/workforce
bin="${EQUITAS_BIN:-.build-release/release/equitas}"
. bench/demo-server.sh
which="${1:-both}"
rows="${2:-100000}"
runs="${3:-3}"
bench_require python3 sqlite3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
list="$work/staff-$rows.csv"
python3 bench/workforce/make-staff-list.py "$rows" "$list"
echo "$label: $rows rows ($(($(wc -c <"$list") / 1000)) kB), load average $(cut -d' ' -f1-3 /proc/loadavg)"

count_rows() {
    if [ "$1" = postgres ]; then
        psql "$DATABASE_URL" -qtAX -c "SELECT count(*) FROM staff_records r JOIN workforce_snapshots s ON s.id = r.snapshot_id WHERE s.snapshot_date = '2030-03-31'"
    else
        sqlite3 "$EQUITAS_DATA/equitas.sqlite" "SELECT count(*) FROM staff_records r JOIN workforce_snapshots s ON s.id = r.snapshot_id WHERE s.snapshot_date = '2030-03-31'"
    fi
}

run_one() {
    local database=$1 times=()
    bench_database "$database" "$work/$database" equitas_workforce_bench
    "$bin" demo >/dev/null
    for run in $(seq 1 "$runs"); do
        local flags=()
        [ "$run" -gt 1 ] && flags=(--replace)
        local started ended
        started=$(date +%s.%N)
        "$bin" workforce import "$list" --organisation "Wyvern Vale District Council" --snapshot 2030-03-31 "${flags[@]}" \
            >"$work/import.log" 2>&1 || { cat "$work/import.log" >&2; exit 1; }
        ended=$(date +%s.%N)
        times+=("$(python3 -c "print(f'{$ended - $started:.2f}')")")
    done
    local stored
    stored=$(count_rows "$database")
    [ "$stored" -eq "$rows" ] || { echo "$label: $stored rows stored, $rows in the file" >&2; exit 1; }
    echo "$database: ${times[*]} s (runs; the later ones replace the first), $stored rows stored"
}

case "$which" in
    sqlite | postgres) run_one "$which" ;;
    both) run_one sqlite; run_one postgres ;;
    *) echo "usage: bench/workforce/run.sh [sqlite|postgres|both] [rows] [runs]" >&2; exit 2 ;;
esac
echo "$label: load average $(cut -d' ' -f1-3 /proc/loadavg)"
