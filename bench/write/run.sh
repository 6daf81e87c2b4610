#!/usr/bin/env bash
# Write benchmark: 2, 8 and 32 people writing at once — findings through the API, progress
# updates on one action, evidence with a file, findings through the page form — on SQLite
# and on PostgreSQL, then every acknowledged write read back.
#
#   bench/write/run.sh [sqlite|postgres|both]     (default: both)
#
# Settings (environment):
#   EQUITAS_BIN     the binary (default: a release build in .build-release)
#   WRITE_SECONDS   each measurement (default 10)
#   WRITE_WRITERS   the numbers of concurrent writers (default "2 8 32")
#
# Build first: swift build -c release --scratch-path .build-release --product equitas
# Needs curl, python3, and for PostgreSQL its server binaries. Prints a Markdown table
# (see bench/README.md); exits non-zero if any request failed or any acknowledged write
# is missing, so CI can run a short version.
set -euo pipefail
cd "$(dirname "$0")/../.."
label=bench/write
. bench/demo-server.sh

which_databases="${1:-both}"
bin="${EQUITAS_BIN:-.build-release/release/equitas}"
seconds="${WRITE_SECONDS:-10}"
writer_counts="${WRITE_WRITERS:-2 8 32}"

bench_require curl python3

work=$(mktemp -d)
server=""
failed=0
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Prints a Python expression of the JSON on standard input, `d`.
json_field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

run_one() {
    local database=$1 writers=$2
    local data="$work/$database-$writers"
    bench_database "$database" "$data" "equitas_write_$writers"
    bench_serve "$data"

    # An API token and a signed-in page session for the demo review manager, who may
    # write findings, evidence and the action plan.
    local email=manager@demo.equitas.test token cookie
    token=$("$bin" user token --email "$email" --name "write-bench" | grep -o 'eqt_[A-Za-z0-9_-]*' | head -1)
    [ -n "$token" ] || { echo "bench/write: no API token" >&2; exit 1; }
    cookie=$(bench_sign_in "$data" "$email")
    local auth=(-H "Authorization: Bearer $token")

    # A new challenge of the demo's two councils (the demo's own is published, its
    # findings closed), a module of it, the demo plan's first action, and the page's
    # CSRF token.
    local challenge module=communities plan action csrf councils
    councils=$(curl -sf "${auth[@]}" "$base/api/v1/challenges?per=100" | json_field 'json.dumps(d["items"][0]["organisation_ids"])')
    challenge=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -X POST "$base/api/v1/challenges" \
        -d "{\"organisation_ids\": $councils, \"framework_id\": \"eflg-2021\", \"modules\": [{\"id\": \"$module\", \"level\": \"achieving\"}]}" |
        json_field 'd["id"]')
    plan=$(curl -sf "${auth[@]}" "$base/api/v1/action-plans?per=100" | json_field 'd["items"][0]["id"]')
    action=$(curl -sf "${auth[@]}" "$base/api/v1/action-plans/$plan" | json_field '[a["id"] for i in d["items"] for a in i["actions"]][0]')
    csrf=$(curl -s -H "Cookie: $cookie" "$base/challenges/$challenge/findings" |
        grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    [ -n "$csrf" ] || { echo "bench/write: the findings page offered no form" >&2; exit 1; }

    python3 bench/write/writers.py "$base" "$token" "$cookie" "$csrf" "$challenge" "$plan" "$action" "$module" \
        --writers "$writers" --seconds "$seconds" --label "$database" || failed=1

    kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    server=""
}

echo "| database | writers | requests/s | p50 ms | p99 ms | writes acknowledged | errors | missing |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for database in sqlite postgres; do
    [ "$which_databases" = both ] || [ "$which_databases" = "$database" ] || continue
    for writers in $writer_counts; do
        run_one "$database" "$writers"
    done
done
exit "$failed"
