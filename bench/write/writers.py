#!/usr/bin/env python3
"""Concurrent writers against a running Equitas, then a read-back of every write it acknowledged.

    writers.py BASE TOKEN COOKIE CSRF CHALLENGE PLAN ACTION MODULE --writers N --seconds S --label L

Each writer repeats, in turn: an API finding post, an API progress update on one action
(every writer on the same action, the hardest case), an evidence record with a 16 KB
file uploaded to it (two requests, one write), and a finding posted through the page
form with the session cookie and CSRF token, as a browser does. Every answer other than
the one expected counts as an error. Afterwards every acknowledged write is looked for
through the API: its text, or its file's digest.

Prints one Markdown table row: label, writers, requests/s, p50 ms, p99 ms, writes
acknowledged, errors, missing. Exits 1 on any error or missing write.
"""
import argparse
import hashlib
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def call(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with opener.open(request, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def main():
    parser = argparse.ArgumentParser()
    for name in ["base", "token", "cookie", "csrf", "challenge", "plan", "action", "module"]:
        parser.add_argument(name)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--label", default="")
    args = parser.parse_args()

    api = args.base + "/api/v1"
    bearer = {"Authorization": "Bearer " + args.token}
    json_headers = dict(bearer, **{"Content-Type": "application/json"})
    challenge = f"{api}/challenges/{args.challenge}"
    lock = threading.Lock()
    latencies, errors, requests = [], [], [0]
    acknowledged = {"finding": [], "update": [], "evidence": [], "page": []}
    stop_at = time.monotonic() + args.seconds

    def record(kind, value, started, count):
        with lock:
            latencies.append(time.monotonic() - started)
            requests[0] += count
            if kind:
                acknowledged[kind].append(value)

    def fail(what, status, body):
        with lock:
            errors.append(f"{what}: {status} {body[:200]!r}")

    def finding(tag):
        text = f"Bench finding {tag}"
        body = json.dumps({"module": args.module, "kind": "strength", "text": text}).encode()
        started = time.monotonic()
        status, answer = call("POST", challenge + "/findings", body, json_headers)
        if status == 201:
            record("finding", text, started, 1)
        else:
            fail("finding", status, answer)

    def update(tag):
        text = f"Bench update {tag}"
        body = json.dumps({"date": time.strftime("%Y-%m-%d"), "author": "Write benchmark", "text": text}).encode()
        started = time.monotonic()
        status, answer = call("POST", f"{api}/action-plans/{args.plan}/actions/{args.action}/updates", body, json_headers)
        if status == 201:
            record("update", text, started, 1)
        else:
            fail("update", status, answer)

    def evidence(tag):
        content = (f"Evidence {tag}\n" * 1024).encode()[: 16 * 1024]
        started = time.monotonic()
        status, answer = call("POST", challenge + "/evidence", json.dumps({"title": f"Bench evidence {tag}", "file_to_follow": True}).encode(), json_headers)
        if status != 201:
            return fail("evidence record", status, answer)
        part = json.loads(answer)["id"]
        headers = dict(bearer, **{"Content-Type": "text/plain"})
        status, answer = call("PUT", f"{challenge}/evidence/{part}/file?filename=bench.txt", content, headers)
        if status in (200, 201):
            record("evidence", (part, hashlib.sha256(content).hexdigest()), started, 2)
        else:
            fail("evidence file", status, answer)

    def page(tag):
        text = f"Bench page finding {tag}"
        form = urllib.parse.urlencode(
            {"module": args.module, "kind": "strength", "council": "joint", "text": text, "csrf_token": args.csrf}
        ).encode()
        headers = {"Cookie": args.cookie, "Content-Type": "application/x-www-form-urlencoded"}
        started = time.monotonic()
        status, answer = call("POST", f"{args.base}/challenges/{args.challenge}/findings", form, headers)
        if status == 303:
            record("page", text, started, 1)
        else:
            fail("page form", status, answer)

    def writer(number):
        operations = [finding, update, evidence, page]
        i = number  # writers start at different operations, so all four run from the first moment
        while time.monotonic() < stop_at:
            try:
                operations[i % 4](f"{args.label} w{number} #{i} {uuid.uuid4().hex[:8]}")
            except Exception as error:  # a refused connection, a timeout: an error like any other
                fail(operations[i % 4].__name__, "exception", str(error).encode())
            i += 1

    began = time.monotonic()
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(args.writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began

    missing = read_back(api, bearer, args, acknowledged)
    latencies.sort()

    def percentile(p):
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0

    writes = sum(len(v) for v in acknowledged.values())
    print(
        f"| {args.label} | {args.writers} | {requests[0] / elapsed:.1f} | {percentile(0.50):.1f} | {percentile(0.99):.1f} "
        f"| {writes} | {len(errors)} | {len(missing)} |"
    )
    for line in errors[:10]:
        print("  error:", line, file=sys.stderr)
    for line in missing[:10]:
        print("  missing:", line, file=sys.stderr)
    return 1 if errors or missing else 0


def fetch_all(url, headers):
    """Every item of a paged list."""
    items, page = [], 1
    while True:
        separator = "&" if "?" in url else "?"
        status, body = call("GET", f"{url}{separator}page={page}&per=100", None, headers)
        if status != 200:
            raise SystemExit(f"read-back: {url} answered {status}")
        answer = json.loads(body)
        if isinstance(answer, list):  # not paged: everything at once
            return answer
        batch = answer.get("items", [])
        items.extend(batch)
        if len(batch) < 100:
            return items
        page += 1


def read_back(api, bearer, args, acknowledged):
    missing = []
    challenge = f"{api}/challenges/{args.challenge}"
    stored = {item.get("text") for item in fetch_all(challenge + "/findings", bearer)}
    for text in acknowledged["finding"] + acknowledged["page"]:
        if text not in stored:
            missing.append("finding " + text)
    updates = fetch_all(f"{api}/action-plans/{args.plan}/actions/{args.action}/updates", bearer)
    texts = {item.get("text") for item in updates}
    for text in acknowledged["update"]:
        if text not in texts:
            missing.append("update " + text)
    for part, digest in acknowledged["evidence"]:
        status, body = call("GET", f"{challenge}/evidence/{part}/file", None, bearer)
        if status != 200 or hashlib.sha256(body).hexdigest() != digest:
            missing.append(f"evidence {part} ({status})")
    return missing


if __name__ == "__main__":
    sys.exit(main())
