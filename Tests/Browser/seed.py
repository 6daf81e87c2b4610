"""Data the pages need that the demo does not have, made through the JSON API the way a
review manager would, with the harness's own administrator token:

- a challenge still in progress, so that the forms of every stage are live: a copy of
  the demo challenge in council review, with a draft issued and an open comment on it.
  Import finds the demo's councils and people by name, so the copy belongs to Wyvern
  Vale (the demo officer's and councillor's council) and the demo peer is on its team;
- a published challenge whose final report is online, only when /published shows no
  report link (the demo publishes its own, so this normally does nothing)."""

import json
import pathlib
import re
import time
import urllib.error
import urllib.request

DEMO_CHALLENGE = pathlib.Path(__file__).resolve().parents[2] / "Sources/EquitasLibrary/Demo/demo-challenge.json"


def wait_for_server(base: str, seconds: float = 60, alive=lambda: True) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive():
            raise SystemExit("the server stopped while starting; see its log below")
        try:
            with urllib.request.urlopen(base + "/", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.25)
    raise SystemExit(f"the server did not answer at {base} within {seconds:.0f}s")


def ensure_published_report(base: str, token: str) -> None:
    with urllib.request.urlopen(base + "/published", timeout=10) as response:
        if re.search(r'href="/published/[0-9a-f-]{36}/report\?format=html"', response.read().decode()):
            return
    # The demo challenge, taken back to council review so that its report can go
    # through the real trail: a draft, the final report, then publication.
    document = json.loads(DEMO_CHALLENGE.read_text(encoding="utf-8"))
    document["status"] = "council-review"
    challenge = _api(base, token, "/challenges/import", document)["id"].lower()
    _api(base, token, f"/challenges/{challenge}/report/versions/draft", {"issued_by": "Browser harness"})
    _api(base, token, f"/challenges/{challenge}/report/versions/final", {"issued_by": "Browser harness"})
    _api(base, token, f"/challenges/{challenge}/transition", {"status": "published"})
    print(f"published a copy of the demo challenge with its final report: {challenge}")


def ensure_in_progress_challenge(base: str, token: str) -> str:
    """The copy in council review: its id (a second run on the same server reuses it)."""
    challenges = _api(base, token, "/challenges?per=100")["items"]
    for challenge in challenges:
        if challenge["status"] == "council-review":
            return challenge["id"].lower()
    published = [c["id"] for c in challenges if c["status"] == "published"]
    if published:
        document = _api(base, token, f"/challenges/{published[0]}/export")
    else:
        document = json.loads(DEMO_CHALLENGE.read_text(encoding="utf-8"))
    # An award belongs to a finished challenge; this one is still open to comment.
    document.pop("award", None)
    # Its own draft is issued below; the published one's versions (a final among them) stay behind.
    document.pop("report_versions", None)
    document["status"] = "council-review"
    challenge = _api(base, token, "/challenges/import", document)["id"].lower()
    _api(base, token, f"/challenges/{challenge}/report/versions/draft", {"issued_by": "Browser harness"})
    _api(base, token, f"/challenges/{challenge}/report/versions/1/comments", {
        "anchor": {"kind": "section", "id": "background"}, "author": "Browser harness",
        "text": "Please say more about how the rural villages were consulted."})
    print(f"made a copy of the demo challenge in council review, with a draft and an open comment: {challenge}")
    return challenge


def _api(base: str, token: str, path: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(
        base + "/api/v1" + path, data=None if body is None else json.dumps(body).encode(),
        method="GET" if body is None else "POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        raise SystemExit(f"{request.method} /api/v1{path} answered {error.code}: {error.read().decode()[:500]}") from None
