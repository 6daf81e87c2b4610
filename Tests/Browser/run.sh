#!/usr/bin/env bash
# Real-browser checks of the server-rendered pages (issue 5): axe-core at WCAG 2.2 AA on
# every page type listed in pages.py, every Tab stop's focus indicator, and the keyboard
# journeys in journeys.py, in Debian's headless Chromium driven by Selenium.
# Everything it downloads lives in .build-browser/ (git-ignored), with the screenshots.
# The server runs from a temporary data folder, never the user's, and is always stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
cache="$root/.build-browser"
mkdir -p "$cache"

selenium_version=4.51.0
# axe-core comes inside a pure-Python wheel on PyPI; its JavaScript is all we use. The
# checksum pins the exact script (axe 4.10.2), so a changed download cannot slip through.
axe_wheel=axe-selenium-python==3.0.0
axe_sha256=b511cd9dec01c76f4b2ad1723b66b6db37d4c2eb4ed199076e1829d9ee7b75e3

install_start=$(date +%s)
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if [ "$(id -u)" = 0 ] || [ "${CI:-}" = true ]; then
        echo "installing chromium and chromium-driver"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq chromium chromium-driver >/dev/null
    else
        echo "Tests/Browser needs Debian's Chromium and its driver; install them with" >&2
        echo "    sudo apt-get install chromium chromium-driver" >&2
        echo "and run this again (as root or with CI=true it installs them itself)." >&2
        exit 2
    fi
fi

venv="$cache/venv"
if ! "$venv/bin/python" -c "import selenium, sys; sys.exit(selenium.__version__ != '$selenium_version')" 2>/dev/null; then
    python3 -m venv --clear "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "selenium==$selenium_version"
fi

axe="$cache/axe/axe.min.js"
if ! echo "$axe_sha256  $axe" | sha256sum -c --status 2>/dev/null; then
    rm -rf "$cache/axe" && mkdir -p "$cache/axe"
    # --python-version 3.12: for older Pythons pip would pick a release carrying axe 3.x.
    "$venv/bin/pip" download -q --disable-pip-version-check --no-deps --only-binary=:all: \
        --python-version 3.12 "$axe_wheel" -d "$cache/axe"
    "$venv/bin/python" - "$cache/axe" <<'PY'
import pathlib, sys, zipfile
folder = pathlib.Path(sys.argv[1])
wheel = next(folder.glob("*.whl"))
script = zipfile.ZipFile(wheel).read("axe_selenium_python/node_modules/axe-core/axe.min.js")
(folder / "axe.min.js").write_bytes(script)
PY
    echo "$axe_sha256  $axe" | sha256sum -c --quiet
fi
echo "browser tools ready in $(( $(date +%s) - install_start ))s ($(chromium --version 2>/dev/null), selenium $selenium_version)"

# EQUITAS_BIN runs an equitas built elsewhere (or earlier) instead of building one.
if [ -n "${EQUITAS_BIN:-}" ]; then
    bin="$EQUITAS_BIN"
else
    build_start=$(date +%s)
    swift build --product equitas
    bin="$(swift build --show-bin-path)/equitas"
    echo "equitas built in $(( $(date +%s) - build_start ))s"
fi
run_start=$(date +%s)
rm -rf "$cache/screenshots"

work=$(mktemp -d)
server=""
checks=""
# The checks run in the background and are waited for, so that an interrupt reaches
# this trap at once; they quit the browser when told to stop, then the server goes.
stop() {
    for pid in $checks $server; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM
# SQLite in the temporary folder whatever the caller's environment says.
unset DATABASE_URL EQUITAS_DATA
data="$work/data"

# An administrator of the harness's own, with an API token, to publish a report when the
# demo has none online. Made before the server starts so the two never share the file.
"$bin" migrate --data "$data" >/dev/null
printf '%s\n' "browser-harness-$(date +%s%N)" |
    "$bin" user add --data "$data" --email harness@browser.equitas.test --name "Browser harness" \
        --role administrator --password-stdin >/dev/null
token=$("$bin" user token --data "$data" --email harness@browser.equitas.test --name "browser harness" 2>/dev/null)

# A 1 MB upload limit, and a file just over it, for the form's over-the-limit state.
over_limit="$work/over-the-limit.pdf"
head -c $((1024 * 1024 + 4096)) /dev/zero | tr '\0' 'x' >"$over_limit"

port=$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
EQUITAS_MAX_UPLOAD_MB=1 "$bin" serve --demo --port "$port" --data "$data" >"$work/server.log" 2>&1 &
server=$!

status=0
EQUITAS_BROWSER_BASE="http://127.0.0.1:$port" \
EQUITAS_BROWSER_TOKEN="$token" \
EQUITAS_BROWSER_OVER_LIMIT_FILE="$over_limit" \
EQUITAS_BROWSER_ONLY="${EQUITAS_BROWSER_ONLY:-}" \
EQUITAS_BROWSER_AXE="$axe" \
EQUITAS_BROWSER_OUT="$cache/screenshots" \
EQUITAS_SERVER_PID="$server" \
SE_AVOID_STATS=true \
    "$venv/bin/python" "$root/Tests/Browser/accessibility.py" &
checks=$!
wait "$checks" || status=$?
checks=""
echo "browser checks took $(( $(date +%s) - run_start ))s"
if [ "$status" != 0 ]; then
    echo "--- last lines of the server's log ---"
    tail -n 30 "$work/server.log"
fi
exit "$status"
