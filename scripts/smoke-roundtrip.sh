#!/usr/bin/env bash
# Loads the demo with the real binary, exports it, imports the export, exports again,
# and checks the two exports are byte-identical and match the JSON Schema in docs/.
# With a PostgreSQL admin URL as $1, creates (and afterwards drops) the database
# that DATABASE_URL names.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export EQUITAS_DATA="$work/data"

if [ -n "${1:-}" ]; then
    db="${DATABASE_URL##*/}"
    psql "$1" -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
fi

bin=$(swift build --show-bin-path)/equitas
"$bin" migrate
id=$("$bin" demo | awk '{print $NF}')
"$bin" challenge export "$id" --out "$work/first.json"
second=$("$bin" challenge import "$work/first.json")
"$bin" challenge export "$second" --out "$work/second.json"
cmp "$work/first.json" "$work/second.json"
if python3 -c "import jsonschema" 2>/dev/null && [ -f scripts/check-schema.py ]; then
    python3 scripts/check-schema.py "$work/first.json"
fi
"$bin" challenge list
echo "round trip identical ($(wc -c < "$work/first.json") bytes)"

if [ -n "${1:-}" ]; then
    psql "$1" -q -c "DROP DATABASE IF EXISTS $db"
fi
