#!/usr/bin/env bash
# Load benchmark: wrk against four pages people use all day, beside a bare route of the
# same server in the same run, on SQLite and on PostgreSQL.
#
#   bench/load/run.sh [sqlite|postgres|both]     (default: both)
#
# Settings (environment):
#   EQUITAS_BIN       the binary (default: a release build in .build-release)
#   LOAD_DURATION     each measurement, in wrk's units (default 15s)
#   LOAD_WARMUP       an unrecorded run before each measurement (default 3s)
#   LOAD_CONNECTIONS  open connections (default 50)
#   LOAD_THREADS      wrk threads (default 2)
#
# Build first: swift build -c release --scratch-path .build-release --product equitas
# Needs wrk, curl, and for PostgreSQL its server binaries (apt-get install -y wrk curl
# postgresql). wrk and the server share the machine, as a small council's one VM would.
#
# Pages (each checked to answer 200 with its own content before it is measured; a run
# with any non-2xx/3xx answer fails rather than print a flattering number):
#   bare         GET /healthz: no database, the same middleware as every request
#   sign-in      GET /sign-in: the form, signed out
#   overview     GET /challenges/{id}: the demo challenge's overview, as the review manager
#   report       GET /challenges/{id}/report/preview: its whole report as HTML, built from
#                the findings as they stand (what the team reads while it writes)
#   action plan  GET /action-plans/{id}: the demo council's action plan
set -euo pipefail
cd "$(dirname "$0")/../.."
label=bench/load
. bench/demo-server.sh

which_databases="${1:-both}"
bin="${EQUITAS_BIN:-.build-release/release/equitas}"
duration="${LOAD_DURATION:-15s}"
warmup="${LOAD_WARMUP:-3s}"
connections="${LOAD_CONNECTIONS:-50}"
threads="${LOAD_THREADS:-2}"

bench_require wrk curl

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    bench_stop_postgres equitas_load
    rm -rf "$work"
}
trap cleanup EXIT

# wrk prints latencies as 812.00us, 3.21ms or 1.02s: milliseconds, two decimals.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
        printf "%.2f", n
    }'
}

# One measurement: prints "req/s p50 p99" or fails naming the page.
measure() {
    local name=$1 url=$2 cookie=$3 out="$work/wrk.txt"
    local header=()
    [ -n "$cookie" ] && header=(-H "Cookie: $cookie")
    wrk -t"$threads" -c"$connections" -d"$warmup" "${header[@]}" "$url" >/dev/null
    wrk -t"$threads" -c"$connections" -d"$duration" --latency "${header[@]}" "$url" >"$out"
    if grep -q "Non-2xx or 3xx responses" "$out" || grep -q "Socket errors" "$out"; then
        echo "bench/load: $name had failed requests:" >&2
        cat "$out" >&2
        exit 1
    fi
    local rps p50 p99
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
    echo "$rps $p50 $p99"
}

# Fails unless the page answers 200 and contains the words it should.
expect_page() {
    local name=$1 url=$2 cookie=$3 words=$4
    local status
    status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$url")
    if [ "$status" != 200 ] || ! grep -q "$words" "$work/page.html"; then
        echo "bench/load: $name ($url) answered $status without \"$words\"" >&2
        exit 1
    fi
}

run_one() {
    local database=$1
    local data="$work/$database"
    bench_database "$database" "$data" equitas_load
    bench_serve "$data"

    # Sign in as the demo review manager through the form, as a browser does.
    local cookie
    cookie=$(bench_sign_in "$data" manager@demo.equitas.test)

    local challenge plan
    # The demo's first challenge, whose report is whole (its follow-up is still at
    # self-assessment): the first listed challenge whose report has recommendations.
    challenge=""
    for candidate in $(curl -s -H "Cookie: $cookie" "$base/challenges" | grep -o 'href="/challenges/[0-9a-fA-F-]\{36\}"' | grep -o '[0-9a-fA-F-]\{36\}' | awk '!seen[$0]++'); do
        # Into a file first: `curl | grep -q` fails under pipefail when grep stops early.
        curl -s -o "$work/candidate.html" -H "Cookie: $cookie" "$base/challenges/$candidate/report/preview"
        if grep -q 'Recommendations' "$work/candidate.html"; then
            challenge=$candidate
            break
        fi
    done
    # The first listed plan. Into a file, and awk rather than `head -1` (which stops
    # reading, so the grep before it dies of SIGPIPE and pipefail ends the script
    # silently); no plan at all is named by the check below.
    curl -s -o "$work/plans.html" -H "Cookie: $cookie" "$base/action-plans"
    plan=$(grep -o 'href="/action-plans/[0-9a-fA-F-]\{36\}"' "$work/plans.html" | grep -o '[0-9a-fA-F-]\{36\}' | awk 'NR == 1' || true)
    [ -n "$challenge" ] && [ -n "$plan" ] || { echo "bench/load: the demo has no challenge or no action plan" >&2; exit 1; }

    expect_page bare "$base/healthz" "" '"status":"ok"'
    expect_page sign-in "$base/sign-in" "" 'name="password"'
    expect_page overview "$base/challenges/$challenge" "$cookie" '<h1'
    expect_page report "$base/challenges/$challenge/report/preview" "$cookie" 'Recommendations'
    expect_page "action plan" "$base/action-plans/$plan" "$cookie" '<h1'

    local bare
    bare=$(measure bare "$base/healthz" "")
    local bare_rps=${bare%% *}
    printf '| %s | %s | %s | %s | %s | %s |\n' "$database" "bare (/healthz)" $bare "1.00"
    local page path cookie_for line rps
    for page in "sign-in" "overview" "report" "action plan"; do
        case "$page" in
            sign-in) path="/sign-in"; cookie_for="" ;;
            overview) path="/challenges/$challenge"; cookie_for="$cookie" ;;
            report) path="/challenges/$challenge/report/preview"; cookie_for="$cookie" ;;
            "action plan") path="/action-plans/$plan"; cookie_for="$cookie" ;;
        esac
        line=$(measure "$page" "$base$path" "$cookie_for")
        rps=${line%% *}
        printf '| %s | %s | %s | %s | %s | %s |\n' "$database" "$page" $line "$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN {printf "%.2f", a / b}')"
    done

    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""
}

echo "wrk: $threads threads, $connections connections, $duration per page after a $warmup warm-up; $(nproc) cores shared with the server"
echo
echo "| database | page | req/s | p50 ms | p99 ms | of bare |"
echo "|---|---|---|---|---|---|"
case "$which_databases" in
    sqlite) run_one sqlite ;;
    postgres) run_one postgres ;;
    both) run_one sqlite; run_one postgres ;;
    *) echo "bench/load: say sqlite, postgres or both" >&2; exit 2 ;;
esac
