"""Every page type the browser checks. Adding a page type is one line in PAGE_TYPES.

A path may name a value found by following links (see `discover`), in braces. A page
with a role is visited signed in as that role (see accounts.py). With `submit`, the
page checked is what comes back after filling the form there by keyboard (label, text
in order) and pressing Enter in the last field, or on the button named by `button`
(for a form whose last field is a text area, or that is sent as it stands): an error
summary, say. `upload` names a file in fixtures/ (or an absolute path) to choose in the form's file field
first (a file dialog cannot be typed into, so the file is given to the field directly).
`status` is the HTTP status the page checked must answer with.

Each signed-in page is visited as a role that may change what it shows, so that its
forms are there to check: the review manager for set-up, the report and resolving
comments; the demo peer (on the in-progress challenge's team) for the team's work; the
demo council officer for the self-assessment, evidence, comments and the action plan.
"""

import os
import re
from dataclasses import dataclass

from selenium.webdriver.common.by import By

from accounts import sign_in, sign_out


@dataclass(frozen=True)
class PageType:
    name: str
    path: str
    role: str | None = None
    status: int = 200
    submit: tuple[tuple[str, str], ...] = ()
    button: str | None = None
    upload: str | None = None


UNKNOWN_ID = "00000000-0000-0000-0000-000000000000"

# The in-progress challenge (seed.py makes it, in council review) is {challenge}.
C = "/challenges/{challenge}"
P = "/action-plans/{plan}"
# The demo council's register of impact assessments (the demo officer's council).
E = "/organisations/{demo_council}/impact-assessments"
# Its equality objectives register.
O = "/organisations/{demo_council}/equality-objectives"

PAGE_TYPES = [
    PageType("Home", "/"),
    PageType("Published reports", "/published"),
    PageType("Published final report (web page)", "/published/{published_challenge}/report?format=html"),
    PageType("Unknown report format", "/published/{published_challenge}/report?format=pdf", status=400),
    PageType("You said, we did", "/published/{published_challenge}/you-said-we-did"),
    PageType("Equality duty calendar", "/organisations/{demo_council}/calendar", role="council-officer"),
    PageType("Calendar feed", "/account/calendar", role="council-officer"),
    PageType("Reminders", "/account/reminders", role="council-officer"),
    PageType("Register of awards", "/accreditations"),
    PageType("Register of awards, filtered", "/accreditations?expiring_before=2030-01-01"),
    PageType("Register of awards, bad date", "/accreditations?expiring_before=not-a-date", status=400),
    PageType("Page not found", "/no-such-page", status=404),
    PageType("Published report not found", f"/published/{UNKNOWN_ID}/report", status=404),
    PageType("Library search", "/library"),
    PageType("Library search results", "/library?q=staff"),
    PageType("Library search, filtered", "/library?q=staff&kind=strength&framework=eflg-2021"),
    PageType("Library search, common word only", "/library?q=the", status=422),
    PageType("Library search, submitted by keyboard", "/library", submit=(("Search the library", "staff network"),),
             button="Search"),
    PageType("Similar practice elsewhere", "/library/similar/{library_entry}"),
    PageType("Similar practice not found", f"/library/similar/{UNKNOWN_ID}", status=404),
    PageType("Sign in", "/sign-in"),
    PageType("Sign in, nothing entered", "/sign-in", status=422, submit=(("Email address", ""),)),
    PageType("Sign in, wrong password", "/sign-in", status=401,
             submit=(("Email address", "nobody@demo.equitas.test"), ("Password", "not-the-password"))),
    PageType("Published reports, signed in", "/published", role="administrator"),
    PageType("Library search results, signed in", "/library?q=staff", role="review-manager"),
    # The manager also sees the challenge in council review, so similar practice is found.
    PageType("Similar practice elsewhere, signed in", "/library/similar/{library_entry}", role="review-manager"),
    PageType("Accounts", "/accounts", role="administrator"),
    PageType("New account", "/accounts/new", role="administrator"),
    PageType("New account, nothing entered", "/accounts/new", role="administrator", status=422, button="Add account"),

    PageType("Dashboard", "/dashboard", role="review-manager"),
    PageType("Challenges", "/challenges", role="review-manager"),
    PageType("New challenge, step 1", "/challenges/new", role="review-manager"),
    PageType("New challenge, step 2", "/challenges/new?framework_id=eflg-2021&organisation_ids={organisation}",
             role="review-manager"),
    PageType("Import a past report", "/library/import", role="review-manager"),
    PageType("Import a past report, nothing chosen", "/library/import", role="review-manager", status=422,
             button="Read the report"),
    PageType("Imported report preview", "/library/import", role="review-manager", upload="past-report.md",
             button="Read the report"),
    PageType("Challenge overview", C, role="review-manager"),
    PageType("Challenge set-up", C + "/edit", role="review-manager"),
    PageType("Challenge team", C + "/team", role="review-manager"),
    PageType("Challenge team, no one chosen", C + "/team", role="review-manager", status=422, button="Add to the team"),
    PageType("Report", C + "/report", role="review-manager"),
    PageType("Comment resolution", C + "/comments/{comment}/resolution", role="review-manager"),
    PageType("Challenge history of changes", C + "/changes", role="review-manager"),
    PageType("Challenge not found", f"/challenges/{UNKNOWN_ID}", role="review-manager", status=404),
    PageType("Organisations", "/organisations", role="review-manager"),
    PageType("New organisation", "/organisations/new", role="review-manager"),
    PageType("Organisation", "/organisations/{organisation}", role="review-manager"),
    PageType("Organisation edit", "/organisations/{organisation}/edit", role="review-manager"),
    PageType("People", "/people", role="review-manager"),
    PageType("New person", "/people/new", role="review-manager"),
    PageType("Person", "/people/{person}", role="review-manager"),
    PageType("Person edit", "/people/{person}/edit", role="review-manager"),

    PageType("Dashboard, peer", "/dashboard", role="peer"),
    PageType("Programme", C + "/programme", role="peer"),
    PageType("Programme session edit", C + "/programme/{session}/edit", role="peer"),
    PageType("Findings", C + "/findings", role="peer"),
    PageType("Findings, no text entered", C + "/findings", role="peer", status=422,
             submit=(("What the team found", ""), ("Theme (optional)", ""))),
    PageType("Finding edit", C + "/findings/{finding}/edit", role="peer"),
    PageType("Recommendations", C + "/recommendations", role="peer"),
    PageType("Recommendations, nothing entered", C + "/recommendations", role="peer", status=422,
             button="Add recommendation"),
    PageType("Recommendation edit", C + "/recommendations/{recommendation}/edit", role="peer"),
    PageType("Conclusion", C + "/conclusion", role="peer"),
    PageType("Accounts, refused to a peer", "/accounts", role="peer", status=403),

    PageType("Self-assessment", C + "/self-assessment", role="council-officer"),
    PageType("Self-assessment readiness", C + "/self-assessment/readiness", role="council-officer"),
    PageType("Self-assessment criterion edit", C + "/self-assessment/{criterion_edit}", role="council-officer"),
    PageType("Evidence", C + "/evidence", role="council-officer"),
    PageType("Evidence, nothing entered", C + "/evidence", role="council-officer", status=422, button="Add evidence"),
    # run.sh serves with a 1 MB limit and makes this file just over it: the form comes
    # back 413 with what was typed kept and the limit named at the file field.
    PageType("Evidence, file over the limit", C + "/evidence", role="council-officer", status=413,
             submit=(("Title", "Staff survey 2026"),), button="Add evidence",
             upload=os.environ.get("EQUITAS_BROWSER_OVER_LIMIT_FILE", "over-the-limit.pdf")),
    PageType("Comments", C + "/comments", role="council-officer"),
    PageType("Comments, nothing entered", C + "/comments", role="council-officer", status=422, button="Add comment"),
    PageType("Dashboard, council officer", "/dashboard", role="council-officer"),
    PageType("Draft to read and comment on", C + "/report/reading", role="council-officer"),
    PageType("Comment on a finding", C + "/comments/new?on={comment_on}", role="council-officer"),
    PageType("Comment on a finding, nothing entered", C + "/comments/new?on={comment_on}", role="council-officer", status=422,
             button="Add comment"),
    PageType("Action plans", "/action-plans", role="council-officer"),
    PageType("Action plan", P, role="council-officer"),
    PageType("Action plan item edit", P + "/items/{item}/edit", role="council-officer"),
    PageType("New plan action", P + "/items/{item}/actions/new", role="council-officer"),
    PageType("Plan action", P + "/actions/{action}", role="council-officer"),
    PageType("Plan action, empty update", P + "/actions/{action}", role="council-officer", status=422,
             button="Add the update"),
    PageType("Plan action edit", P + "/actions/{action}/edit", role="council-officer"),
    PageType("Action plan history of changes", P + "/changes", role="council-officer"),
    PageType("Workforce snapshots", "/organisations/{workforce_council}/workforce", role="council-officer"),
    PageType("Workforce upload, nothing chosen", "/organisations/{workforce_council}/workforce", role="council-officer", status=422,
             button="Upload the staff list"),
    PageType("Workforce snapshot pay gaps", "/organisations/{workforce_council}/workforce/snapshots/{workforce_snapshot}", role="council-officer"),
    PageType("Community profile", "/organisations/{workforce_council}/workforce/community-profile", role="council-officer"),
    PageType("Workforce profile", "/organisations/{workforce_council}/workforce/profile", role="council-officer"),
    PageType("Equality information report", "/organisations/{workforce_council}/workforce/equality-report", role="council-officer"),
    PageType("Impact assessments", E, role="council-officer"),
    PageType("Impact assessment programme", E + "/programme", role="council-officer"),
    PageType("New impact assessment", E + "/new", role="council-officer"),
    PageType("New impact assessment, nothing entered", E + "/new", role="council-officer", status=422,
             button="Add the assessment"),
    PageType("Impact assessment", E + "/{assessment}", role="council-officer"),
    PageType("Impact assessment edit", E + "/{assessment}/edit", role="council-officer"),
    PageType("Equality objectives", O, role="council-officer"),
    PageType("New equality objective", O + "/new", role="council-officer"),
    PageType("New equality objective, nothing entered", O + "/new", role="council-officer", status=422,
             button="Add the objective"),
    PageType("Equality objective", O + "/{objective}", role="council-officer"),
    PageType("Equality objective edit", O + "/{objective}/edit", role="council-officer"),
    PageType("Record a year's progress", O + "/{objective}/progress/new?measure=1", role="council-officer"),
    PageType("Committee meetings", "/organisations/{demo_council}/committee-meetings", role="council-officer"),
]

_ID = r"([0-9a-f-]{36})"
_REPORT_LINK = re.compile(rf"/published/{_ID}/report\?format=html$")


def discover(driver, base: str) -> dict[str, str]:
    """Values for the braces in paths, found the way a visitor finds them: by links.
    The review manager sees every challenge, plan and directory entry, so the links
    are followed signed in as the manager."""
    values = {}
    driver.get(base + "/published")
    _first(driver, values, "published_challenge", _REPORT_LINK)
    driver.get(base + "/library?q=staff")
    _first(driver, values, "library_entry", re.compile(rf"/library/similar/{_ID}$"))

    sign_in(driver, base, "review-manager")
    driver.get(base + "/challenges")
    # The in-progress challenge is the register's row in council review.
    for row in driver.find_elements(By.CSS_SELECTOR, "main tr"):
        if "council review" in row.text.lower():
            for link in row.find_elements(By.CSS_SELECTOR, "a[href]"):
                match = re.search(rf"/challenges/{_ID}$", link.get_attribute("href") or "")
                if match:
                    values.setdefault("challenge", match.group(1))
    challenge = base + "/challenges/" + values.get("challenge", UNKNOWN_ID)
    follow = [
        (challenge + "/programme", "session", rf"/programme/{_ID}/edit$"),
        (challenge + "/findings", "finding", rf"/findings/{_ID}/edit$"),
        (challenge + "/recommendations", "recommendation", rf"/recommendations/{_ID}/edit$"),
        (challenge + "/self-assessment", "criterion_edit", r"/self-assessment/([^/]+/edit\?council=[0-9a-f-]{36})$"),
        (challenge + "/comments", "comment", rf"/comments/{_ID}/resolution$"),
        (challenge + "/report/reading", "comment_on", r"/comments/new\?on=(finding:[0-9a-f-]{36})$"),
        (base + "/organisations", "organisation", rf"/organisations/{_ID}$"),
        (base + "/people", "person", rf"/people/{_ID}$"),
        (base + "/action-plans", "plan", rf"/action-plans/{_ID}$"),
    ]
    for url, name, pattern in follow:
        driver.get(url)
        _first(driver, values, name, re.compile(pattern))
    driver.get(base + "/organisations")
    for link in driver.find_elements(By.CSS_SELECTOR, "main a[href]"):
        match = re.search(rf"/organisations/{_ID}$", link.get_attribute("href") or "")
        if match and link.text.strip() == "Wyvern Vale District Council":
            values.setdefault("demo_council", match.group(1))
    if "demo_council" in values:
        driver.get(base + "/organisations/" + values["demo_council"] + "/impact-assessments")
        _first(driver, values, "assessment", re.compile(rf"/impact-assessments/{_ID}$"))
        driver.get(base + "/organisations/" + values["demo_council"] + "/equality-objectives")
        _first(driver, values, "objective", re.compile(rf"/equality-objectives/{_ID}$"))
    # The demo council (Wyvern Vale, the demo officer's) has the workforce snapshots.
    driver.get(base + "/organisations")
    for link in driver.find_elements(By.CSS_SELECTOR, "main a[href]"):
        match = re.search(rf"/organisations/{_ID}$", link.get_attribute("href") or "")
        if match and "wyvern vale" in link.text.lower():
            values.setdefault("workforce_council", match.group(1))
    if "workforce_council" in values:
        driver.get(base + "/organisations/" + values["workforce_council"] + "/workforce")
        _first(driver, values, "workforce_snapshot", re.compile(r"/workforce/snapshots/(\d{4}-\d{2}-\d{2})$"))
    if "plan" in values:
        driver.get(base + "/action-plans/" + values["plan"])
        _first(driver, values, "item", re.compile(rf"/items/{_ID}/edit$"))
        _first(driver, values, "action", re.compile(rf"/actions/{_ID}$"))
    sign_out(driver)
    return values


def _first(driver, values: dict[str, str], name: str, pattern: re.Pattern) -> None:
    for link in driver.find_elements(By.CSS_SELECTOR, "main a[href]"):
        match = pattern.search(link.get_attribute("href") or "")
        if match:
            values.setdefault(name, match.group(1))
            return


def resolve(page: PageType, values: dict[str, str]) -> str:
    try:
        return page.path.format(**values)
    except KeyError as missing:
        raise LookupError(f"no link led to a value for {missing} (needed by {page.name!r})") from None
