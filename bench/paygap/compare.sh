#!/usr/bin/env bash
# Equitas's pay gap computation beside pandas and polars on the same synthetic staff
# list. Usage: bench/paygap/compare.sh [rows] [runs]   (defaults 1000000 and 5)
# Builds only the benchmark in release mode, and keeps a Python venv in .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
runs="${2:-5}"
swift build -c release --product paygap-benchmark
venv=.build-bench/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" || { echo "python3 -m venv failed: apt-get install -y python3-venv" >&2; exit 1; }
fi
"$venv/bin/python" -c 'import pandas, polars' 2>/dev/null || "$venv/bin/pip" install -q pandas polars
"$venv/bin/python" bench/paygap/compare.py "$(swift build -c release --show-bin-path)/paygap-benchmark" "$rows" "$runs"
