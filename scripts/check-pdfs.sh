#!/usr/bin/env bash
# Makes the demo's three PDFs with the real binary — the peer challenge report, the
# action plan's progress report (and its committee covering report) and the equality
# information report — and checks each with poppler as a publisher would: tagged,
# every font embedded, and a contents page whose lines end in page numbers.
# Needs LibreOffice (soffice) and poppler-utils; .ci/run installs both.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export EQUITAS_DATA="$work/data"

bin=$(swift build --show-bin-path)/equitas
"$bin" migrate >/dev/null
demo=$("$bin" demo)
id=$(echo "$demo" | sed -n 1p | awk '{print $NF}')
plan=$(echo "$demo" | sed -n 2p | awk '{print $NF}')

"$bin" report "$id" --format pdf --version final --out "$work/report.pdf"
"$bin" actions report "$plan" --format pdf --as-of 2026-06-30 --out "$work/progress.pdf"
"$bin" actions report "$plan" --cover --format pdf --as-of 2026-06-30 --out "$work/cover.pdf"
"$bin" equality-report --organisation "Wyvern Vale District Council" --format pdf --date 2026-06-30 --out "$work/equality.pdf"

status=0
for pdf in "$work"/report.pdf "$work"/progress.pdf "$work"/cover.pdf "$work"/equality.pdf; do
    name=$(basename "$pdf")
    info=$(pdfinfo "$pdf")
    pages=$(echo "$info" | awk '/^Pages:/ {print $2}')
    if ! echo "$info" | grep -q '^Tagged: *yes'; then echo "$name: not tagged"; status=1; fi
    if ! echo "$info" | grep -q '^Title: *[^ ]'; then echo "$name: no title"; status=1; fi
    # pdffonts: two header lines, then one line per font; column "emb" must say yes.
    unembedded=$(pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes"' | wc -l)
    if [ "$unembedded" -ne 0 ]; then echo "$name: $unembedded fonts not embedded"; pdffonts "$pdf"; status=1; fi
    # Contents lines are the ones with a dot leader; each must end in a page number.
    pdftotext -layout "$pdf" "$work/text.txt"
    lines=$(grep -c '\.\.\.\.' "$work/text.txt" || true)
    bad=$(grep '\.\.\.\.' "$work/text.txt" | grep -cv '[0-9][[:space:]]*$' || true)
    if [ "$lines" -lt 3 ] || [ "$bad" -ne 0 ]; then
        echo "$name: $lines contents lines, $bad without a page number"; grep '\.\.\.\.' "$work/text.txt" | head -20; status=1
    fi
    echo "$name: $pages pages, tagged, fonts embedded, $lines contents lines with page numbers"
done
exit $status
