"""Fifty first requests at once after a change: the burst bench/singleflight/run.sh times.

    burst.py BASE PATH COOKIES_FILE ROUNDS MOVE_STAMP_COMMAND

Each round runs MOVE_STAMP_COMMAND (which moves the page's change stamp, as saving a
finding does), opens one connection per cookie in COOKIES_FILE, releases them together
with GET PATH, and waits for every answer (each must be 200). It reads /metrics before
and after, and prints one line per round and the median: wall time from release to the
last answer, the page cache's loads (misses), waits for a load under way, and the
Fluent queries the requests ran. The first round warms the server and is not counted.
"""
import http.client
import re
import statistics
import subprocess
import sys
import threading
import time
from urllib.parse import urlparse

base, path, cookies_file, rounds, move = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
cookies = [line.strip() for line in open(cookies_file) if line.strip()]
address = urlparse(base)


def metrics():
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
    connection.request("GET", "/metrics")
    text = connection.getresponse().read().decode()
    connection.close()

    def total(name):
        found = re.search(r"^" + name + r"(?:\{[^}]*\})? ([0-9.e+]+)$", text, re.M)
        return float(found.group(1)) if found else 0.0

    return {
        "loads": total("equitas_page_cache_misses_total"),
        "waits": total("equitas_page_cache_waits_total"),
        "queries": total("equitas_database_queries_total"),
    }


def burst():
    subprocess.run(move, shell=True, check=True)
    connections = [http.client.HTTPConnection(address.hostname, address.port, timeout=120) for _ in cookies]
    for connection in connections:
        connection.connect()
    ready = threading.Barrier(len(cookies) + 1)
    finished = [None] * len(cookies)
    failures = []

    def one(index):
        ready.wait()
        connections[index].request("GET", path, headers={"Cookie": cookies[index]})
        response = connections[index].getresponse()
        response.read()
        finished[index] = time.perf_counter()
        if response.status != 200:
            failures.append(response.status)

    threads = [threading.Thread(target=one, args=(index,)) for index in range(len(cookies))]
    for thread in threads:
        thread.start()
    before = metrics()
    ready.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    for connection in connections:
        connection.close()
    if failures:
        sys.exit(f"bench/singleflight: answers other than 200: {failures}")
    after = metrics()
    seen = {name: int(after[name] - before[name]) for name in after}
    seen["ms"] = (max(finished) - start) * 1000
    return seen


burst()
results = []
for round_number in range(1, rounds + 1):
    seen = burst()
    results.append(seen)
    print(f"  round {round_number}: {seen['ms']:7.1f} ms, loads {seen['loads']}, waits {seen['waits']}, queries {seen['queries']}")
median = {name: statistics.median(result[name] for result in results) for name in results[0]}
print(f"  median: {median['ms']:7.1f} ms, loads {median['loads']:g}, waits {median['waits']:g}, queries {median['queries']:g}")
