#!/usr/bin/env bash
# Loads the demo with the real binary, exports it, imports the export, exports again,
# and checks the two exports are byte-identical and match the JSON Schema in docs/.
# Then the demo's action plan: its spreadsheet re-imports with no changes, its JSON
# document makes an identical plan, and its committee report renders. Last, the demo
# council's equality data: its stored snapshots give pay gaps, and its equality
# information report renders.
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
demo=$("$bin" demo)
id=$(echo "$demo" | sed -n 1p | awk '{print $NF}')
plan=$(echo "$demo" | sed -n 2p | awk '{print $NF}')
"$bin" challenge export "$id" --out "$work/first.json"
second=$("$bin" challenge import "$work/first.json")
"$bin" challenge export "$second" --out "$work/second.json"
cmp "$work/first.json" "$work/second.json"
if python3 -c "import jsonschema" 2>/dev/null && [ -f scripts/check-schema.py ]; then
    python3 scripts/check-schema.py "$work/first.json"
fi
"$bin" challenge list
echo "round trip identical ($(wc -c < "$work/first.json") bytes)"

"$bin" actions export "$plan" --format xlsx --out "$work/plan.xlsx"
"$bin" actions import "$work/plan.xlsx" --plan "$plan" --dry-run | tee "$work/dry-run.txt"
grep -q "no changes" "$work/dry-run.txt"
"$bin" actions export "$plan" --format json --out "$work/plan.json"
copy=$("$bin" actions import "$work/plan.json")
"$bin" actions export "$copy" --format json --out "$work/plan-copy.json"
cmp "$work/plan.json" "$work/plan-copy.json"
"$bin" actions due --within 30d --as-of 2026-01-31
"$bin" actions report "$plan" --format docx --as-of 2026-06-30 --out "$work/progress.docx"
"$bin" actions report "$plan" --format html --as-of 2026-06-30 --out "$work/progress.html"
echo "action plan: spreadsheet re-import changes nothing; progress report $(wc -c < "$work/progress.docx") bytes (DOCX)"

council="Wyvern Vale District Council"
"$bin" workforce list --organisation "$council" | tee "$work/snapshots.txt"
[ "$(wc -l < "$work/snapshots.txt")" -eq 2 ]
"$bin" paygap --organisation "$council" --snapshot 2026-03-31 --format json > "$work/paygap.json"
grep -q '"median_hourly_gap"' "$work/paygap.json"
"$bin" equality-report --organisation "$council" --format docx --date 2026-06-30 --out "$work/equality.docx"
"$bin" equality-report --organisation "$council" --format html --date 2026-06-30 --out "$work/equality.html"
grep -q "<svg" "$work/equality.html"
echo "equality data: 2 snapshots, pay gaps, equality information report $(wc -c < "$work/equality.docx") bytes (DOCX)"

if [ -n "${1:-}" ]; then
    psql "$1" -q -c "DROP DATABASE IF EXISTS $db"
fi
