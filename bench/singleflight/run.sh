#!/usr/bin/env bash
# Fifty first requests at once to a kept page right after its change stamp moved (every
# peer and officer reloading after a finding is saved): how long until all fifty are
# answered, and how many loads the page cache ran for them (ADR 0004, issue 21 follow-up).
#
#   bench/singleflight/run.sh [BINARY...]     (default: .build-release/release/equitas)
#
# Each binary gets a fresh SQLite demo database, on its own, and two bursts of ROUNDS
# rounds (default 5) at the demo challenge's overview: fifty sessions (one request each:
# each person's page is rendered for them, what it reads is shared), and one session
# fifty times (the whole page shared). The stamp is moved by updating the challenges'
# revision in the database, as any write under a challenge does. Give two binaries
# (before and after a change) to compare them in one run. Needs curl, sqlite3, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
label=bench/singleflight
. bench/demo-server.sh

rounds="${ROUNDS:-5}"
[ $# -gt 0 ] || set -- .build-release/release/equitas
for tool in sqlite3 python3; do
    command -v "$tool" >/dev/null || { echo "$label: $tool is needed" >&2; exit 1; }
done

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for bin in "$@"; do
    bench_require curl
    data="$work/data-$(basename "$bin")-$RANDOM"
    bench_database sqlite "$data" unused
    bench_serve "$data"
    : >"$work/fifty.txt"
    : >"$work/one.txt"
    for i in $(seq 1 50); do
        mkdir -p "$data/session-$i"
        bench_sign_in "$data/session-$i" manager@demo.equitas.test >>"$work/fifty.txt"
    done
    for _ in $(seq 1 50); do awk 'NR == 1' "$work/fifty.txt" >>"$work/one.txt"; done
    cookie=$(awk 'NR == 1' "$work/fifty.txt")
    challenge=$(curl -s -H "Cookie: $cookie" "$base/challenges" | grep -o 'href="/challenges/[0-9a-fA-F-]\{36\}"' \
        | grep -o '[0-9a-fA-F-]\{36\}' | awk 'NR == 1')
    [ -n "$challenge" ] || { echo "$label: the demo has no challenge" >&2; exit 1; }
    move="sqlite3 -cmd '.timeout 5000' '$data/equitas.sqlite' 'UPDATE challenges SET revision = revision + 1'"
    echo "$bin"
    echo " fifty sessions, GET /challenges/{id}:"
    python3 bench/singleflight/burst.py "$base" "/challenges/$challenge" "$work/fifty.txt" "$rounds" "$move"
    echo " one session fifty times:"
    python3 bench/singleflight/burst.py "$base" "/challenges/$challenge" "$work/one.txt" "$rounds" "$move"
    kill "$server" && wait "$server" 2>/dev/null || true
    server=""
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
