#!/usr/bin/env bash
# Equitas's pay gap computation beside pandas and polars on the same synthetic staff
# list, then `equitas paygap` as a whole process beside a Python process with polars.
# Usage: bench/paygap/compare.sh [rows] [runs] [rounds]   (defaults 1000000, 3 and 3)
# Builds the benchmark and the command in release mode in .build-release (the folder CI's
# release build uses), and keeps a Python venv in .build-bench/.
# PAYGAP_WHOLE_PROCESS=0 leaves out the whole-process comparison (and the command's build).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
runs="${2:-3}"
rounds="${3:-3}"
scratch=.build-release
swift build -c release --scratch-path "$scratch" --product paygap-benchmark
equitas=-
if [ "${PAYGAP_WHOLE_PROCESS:-1}" != 0 ]; then
  swift build -c release --scratch-path "$scratch" --product equitas
  equitas="$scratch/release/equitas"
fi
venv=.build-bench/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" || { echo "python3 -m venv failed: apt-get install -y python3-venv" >&2; exit 1; }
fi
"$venv/bin/python" -c 'import pandas, polars' 2>/dev/null || "$venv/bin/pip" install -q pandas polars
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$venv/bin/python" bench/paygap/compare.py "$scratch/release/paygap-benchmark" "$equitas" "$rows" "$runs" "$rounds"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
