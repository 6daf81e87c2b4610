#!/usr/bin/env bash
# Fuzzes the JSON API against its own description with schemathesis: the real binary
# serves the demo on a temporary data folder, an administrator's token opens every
# route, and each operation gets a bounded number of generated requests. Fails on any
# 5xx and on any response that does not match openapi.yaml.
# Schemathesis goes into a virtualenv in .build-fuzz/ (made on the first run).
# EQUITAS_FUZZ_EXAMPLES sets the examples per operation (default 15). One worker: with
# several, Python 3.11 sometimes fails inside hypothesis ("AST constructor recursion
# depth mismatch"), which is not a finding about the API.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export EQUITAS_DATA="$work/data"

if [ ! -x .build-fuzz/bin/schemathesis ]; then
    python3 -m venv .build-fuzz
    # Pinned: its options and checks change between releases.
    .build-fuzz/bin/pip install -q --disable-pip-version-check "schemathesis==4.32.5"
fi

bin=$(swift build --show-bin-path)/equitas
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --demo --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 150); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.2
done
token=$("$bin" user token --email admin@demo.equitas.test --name api-fuzz | grep -o 'eqt_[A-Za-z0-9_-]*' | head -1)
[ -n "$token" ] || { echo "no API token was printed" >&2; exit 1; }

started=$(date +%s)
status=0
# Run from the temporary folder: schemathesis keeps a .schemathesis/ cache where it runs.
fuzz="$PWD/.build-fuzz/bin/schemathesis"
(cd "$work" && "$fuzz" run "http://127.0.0.1:$port/api/v1/openapi.yaml" \
    --url "http://127.0.0.1:$port" \
    -H "Authorization: Bearer $token" \
    --checks not_a_server_error,response_schema_conformance \
    --phases examples,coverage,fuzzing \
    --max-examples "${EQUITAS_FUZZ_EXAMPLES:-15}" \
    --seed 2026 --workers 1 --no-color \
    --request-timeout 30 --generation-database none \
    "$@") || status=$?
echo "schemathesis: $(( $(date +%s) - started ))s, exit status $status"
if [ "$status" -ne 0 ] && grep -q "Fatal\|panic\|Segmentation" "$work/serve.log"; then
    tail -n 40 "$work/serve.log" >&2
fi
exit "$status"
