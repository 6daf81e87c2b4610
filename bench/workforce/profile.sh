#!/usr/bin/env bash
# The workforce profile, page and API, on a council with several large staff lists:
# SNAPSHOTS synthetic lists of ROWS staff each (bench/workforce/make-staff-list.py, one
# a year from 2027) beside the demo's two, in a fresh database. Prints, per database,
# how long the API and the page take: the first request after the server starts, then
# the median of PROFILE_RUNS more (default 10) with nothing changed, then the median of
# half as many (at least one) each just after a change that moves the workforce stamp
# (a community profile saved). Fails if any answer
# is not 200, if the profile does not show the newest list's headcount, or if the JSON
# served kept or after a change differs from the first.
#
#   bench/workforce/profile.sh [sqlite|postgres|both] [rows] [snapshots]   (default both 100000 3)
#
# EQUITAS_BIN names the binary (default: the release build in .build-release).
set -euo pipefail
cd "$(dirname "$0")/../.."
label=bench/workforce/profile
bin="${EQUITAS_BIN:-.build-release/release/equitas}"
. bench/demo-server.sh
which="${1:-both}"
rows="${2:-100000}"
snapshots="${3:-3}"
runs="${PROFILE_RUNS:-10}"
bench_require python3 curl

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    bench_stop_postgres equitas_profile_bench
    rm -rf "$work"
}
trap cleanup EXIT

list="$work/staff-$rows.csv"
python3 bench/workforce/make-staff-list.py "$rows" "$list"
council="Wyvern Vale District Council"
community="characteristic,group,percent
sex,Female,51.2
sex,Male,48.8
"

# Milliseconds for one GET, failing unless it answers 200; the body goes to $work/body.
fetch_ms() {
    local url=$1; shift
    local out
    out=$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' "$@" "$url")
    [ "${out%% *}" = 200 ] || { echo "$label: $url answered ${out%% *}" >&2; head -c 400 "$work/body" >&2; exit 1; }
    awk -v s="${out##* }" 'BEGIN {printf "%.1f", s * 1000}'
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Saves the community profile (the same each time), which moves the workforce stamp.
save_community() {
    curl -sf -o /dev/null -X PUT "${auth[@]}" -H "Content-Type: text/csv" --data-binary "$community" \
        "$base/api/v1/organisations/$id/workforce/community-profile?area=Wyvern%20Vale&source=Census%202021" \
        || { echo "$label: saving the community profile failed" >&2; exit 1; }
}

run_one() {
    local database=$1
    local data="$work/$database"
    bench_database "$database" "$data" equitas_profile_bench
    "$bin" demo >/dev/null
    local year
    for year in $(seq 2027 $((2026 + snapshots))); do
        "$bin" workforce import "$list" --organisation "$council" --snapshot "$year-03-31" >"$work/import.log" 2>&1 \
            || { cat "$work/import.log" >&2; exit 1; }
    done
    local token
    token=$("$bin" user token --email officer@demo.equitas.test 2>/dev/null | tail -1)
    bench_serve "$data"
    local cookie id
    cookie=$(bench_sign_in "$data" officer@demo.equitas.test)
    curl -s -H "Authorization: Bearer $token" "$base/api/v1/organisations" >"$work/organisations.json"
    id=$(python3 - "$work/organisations.json" "$council" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
items = data if isinstance(data, list) else next(v for v in data.values() if isinstance(v, list))
print(next(o["id"] for o in items if o["name"] == sys.argv[2]))
PY
)
    local api="$base/api/v1/organisations/$id/workforce/profile" page="$base/organisations/${id,,}/workforce/profile"
    local auth=(-H "Authorization: Bearer $token") browser=(-H "Cookie: $cookie")

    # The community profile the changes below save again, saved once first.
    save_community
    local first_api first_page
    first_api=$(fetch_ms "$api" "${auth[@]}")
    cp "$work/body" "$work/first.json"
    grep -q "\"headcount\" : $rows," "$work/first.json" || { echo "$label: the profile does not show the newest list's $rows staff" >&2; exit 1; }
    first_page=$(fetch_ms "$page" "${browser[@]}")
    grep -q "had $rows staff on 31 March $((2026 + snapshots))" "$work/body" || { echo "$label: the page does not show the newest list" >&2; exit 1; }

    local kept_api=() kept_page=() changed_api=() changed_page=() run
    for run in $(seq 1 "$runs"); do
        kept_api+=("$(fetch_ms "$api" "${auth[@]}")")
        cmp -s "$work/body" "$work/first.json" || { echo "$label: the kept profile differs from the first" >&2; exit 1; }
        kept_page+=("$(fetch_ms "$page" "${browser[@]}")")
    done
    for run in $(seq 1 $(((runs + 1) / 2))); do
        save_community
        changed_api+=("$(fetch_ms "$api" "${auth[@]}")")
        cmp -s "$work/body" "$work/first.json" || { echo "$label: the profile after a change differs from the first" >&2; exit 1; }
        save_community
        changed_page+=("$(fetch_ms "$page" "${browser[@]}")")
    done
    printf '| %s | API | %s | %s | %s |\n' "$database" "$first_api" "$(median "${kept_api[@]}")" "$(median "${changed_api[@]}")"
    printf '| %s | page | %s | %s | %s |\n' "$database" "$first_page" "$(median "${kept_page[@]}")" "$(median "${changed_page[@]}")"
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""
}

echo "$label: $snapshots lists of $rows staff and the demo's two; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| database | what | first ms | unchanged, median ms | after a change, median ms |"
echo "|---|---|---|---|---|"
case "$which" in
    sqlite | postgres) run_one "$which" ;;
    both) run_one sqlite; run_one postgres ;;
    *) echo "usage: bench/workforce/profile.sh [sqlite|postgres|both] [rows] [snapshots]" >&2; exit 2 ;;
esac
echo
echo "$label: load average $(cut -d' ' -f1-3 /proc/loadavg)"
