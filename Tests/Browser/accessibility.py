"""Every page type in pages.py, in a real browser: the HTTP status, that the page's
policy blocks inline script, axe-core at WCAG 2.2 AA with zero violations allowed,
a visible focus indicator on every Tab stop, and a screenshot; then the same page at a
tablet's width (768 px) and a phone's (390 px): no sideways scroll, axe-core again, a
screenshot each; then at the narrowest phone (320 px) no sideways scroll; then the
keyboard journeys in journeys.py. Run through run.sh, which starts the server and
says where."""

import os
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from accounts import sign_in, sign_out
from browser import Axe, describe_violation, inline_script_runs, open_chromium
from journeys import JOURNEYS
from keyboard import fill, press, tab_stops, tab_to
from pages import PAGE_TYPES, discover, resolve
from seed import ensure_in_progress_challenge, ensure_published_report, wait_for_server


def server_alive(pid: str | None):
    def alive() -> bool:
        if not pid:
            return True
        try:
            os.kill(int(pid), 0)
            return True
        except OSError:
            return False
    return alive


# A phone held upright (an iPhone 12 to 15 is 390 CSS pixels wide); a tablet held upright
# (an iPad's 768, above the 641 px where tables reflow: the widths where a wide table
# would scroll); the narrowest phone in use (320, an iPhone SE's first edition, and
# WCAG's reflow width). The desktop width is the window's as opened in browser.py.
PHONE_WIDTH = 390
TABLET_WIDTH = 768
SMALLEST_WIDTH = 320
DESKTOP_WIDTH = 1280

# How wide the document is against the window it is shown in: wider means the page
# scrolls sideways. The widest element is named, so a failure says where to look.
_WIDTHS = """
const root = document.documentElement;
let widest = null, right = 0;
for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.right > right + 0.5 && box.width > 0) { right = box.right; widest = element; }
}
const name = widest ? widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '')
    + (widest.className && typeof widest.className === 'string' ? '.' + widest.className.trim().split(/\s+/).join('.') : '') : '';
return {document: root.scrollWidth, viewport: root.clientWidth, widest: name};
"""


# A breadcrumb's "›" is drawn before its step, tied to the step above it: the first line
# box of each step must be on the line where the step before it ends, or a line would
# start with "›". Returns the steps that start a line.
_BREADCRUMB_BREAKS = """
const broken = [];
for (const item of document.querySelectorAll('.breadcrumbs li + li')) {
    const before = item.previousElementSibling.getClientRects(), own = item.getClientRects();
    if (before.length && own.length && own[0].top > before[before.length - 1].top + 1) broken.push(item.textContent.trim());
}
return broken;
"""


def screenshot(driver, folder: str, number: int, name: str, suffix: str = "") -> str:
    """The whole page, not just the window: the window grows to the page's height."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{number:02d}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}{suffix}.png")
    width, height = driver.get_window_size()["width"], driver.get_window_size()["height"]
    full = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(full, height), 12000))
    # The Tab walk leaves the page scrolled to its last stop; the picture starts at the top.
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(path)
    driver.set_window_size(width, height)
    return path


def load(driver, page, url: str) -> None:
    driver.get(url)
    if page.submit or page.button:
        if page.upload:
            field = driver.find_element(By.CSS_SELECTOR, "main input[type=file]")
            field.send_keys(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", page.upload))
        for label, text in page.submit:
            fill(driver, label, text)
        if page.button:
            tab_to(driver, page.button, exact=True)
        # A mark on this document tells when the answer to the form has replaced it.
        driver.execute_script("window.__equitasBeforeSubmit = true")
        press(driver, Keys.ENTER)
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(
            "return !window.__equitasBeforeSubmit && document.readyState === 'complete'"),
            message=f"pressing Enter in the form at {url} did not load a new page")


def check_page(driver, axe: Axe, base: str, page, url: str, number: int, out: str) -> list[str]:
    problems = []
    load(driver, page, url)
    # The browser's own record of the response: it covers form posts and sessions alike.
    status = driver.execute_script("return performance.getEntriesByType('navigation')[0].responseStatus")
    if status != page.status:
        problems.append(f"  answered HTTP {status}, expected {page.status}")
    if inline_script_runs(driver):
        problems.append("  an inline script ran: the page's Content-Security-Policy does not forbid it")
    result = axe.run(driver)
    for violation in result["violations"]:
        problems += describe_violation(violation)
    load(driver, page, url)  # focus back at the top of a fresh page
    stops = tab_stops(driver)
    for stop in stops:
        if stop.indicator is None:
            problems.append(f"  <{stop.tag}> {stop.name!r} shows no focus indicator when focused")
    shot = screenshot(driver, out, number, page.name)
    tablet, tablet_problems = check_narrow(driver, axe, out, number, page.name, TABLET_WIDTH)
    narrow, narrow_problems = check_narrow(driver, axe, out, number, page.name, PHONE_WIDTH)
    smallest, smallest_problems = check_narrow(driver, None, out, number, page.name, SMALLEST_WIDTH)
    problems += tablet_problems + narrow_problems + smallest_problems
    mark = "FAIL" if problems else "ok  "
    review = f", {len(result['incomplete'])} for review by hand ({', '.join(result['incomplete'])})" if result["incomplete"] else ""
    print(f"{mark} {page.name} ({url[len(base):]}{', as ' + page.role if page.role else ''}): HTTP {status}, "
          f"{len(result['violations'])} axe violations{review}, {len(stops)} Tab stops, "
          f"document/window px at {TABLET_WIDTH}: {tablet['document']}/{tablet['viewport']}, "
          f"at {PHONE_WIDTH}: {narrow['document']}/{narrow['viewport']}, "
          f"at {SMALLEST_WIDTH}: {smallest['document']}/{smallest['viewport']}; {os.path.relpath(shot)}")
    for line in problems:
        print(line)
    return problems


def check_narrow(driver, axe: Axe | None, out: str, number: int, name: str, width: int) -> tuple[dict, list[str]]:
    """The page as it stands (a form's answer included: narrowing the window reloads
    nothing), at a narrower width: it must not scroll sideways; with `axe`, axe-core runs
    again (what the style sheet shows and hides changes with the width) and a screenshot
    is taken; without, only the width is measured."""
    problems = []
    height = driver.get_window_size()["height"]
    driver.set_window_size(width, height)
    try:
        # A busy browser may lay the page out again a moment after the window narrows.
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return window.innerWidth") <= width,
                                        message=f"the window did not narrow to {width} px")
        widths = driver.execute_script(_WIDTHS)
        if widths["document"] > widths["viewport"]:
            problems.append(f"  scrolls sideways at {width} px: the document is {widths['document']} px wide "
                            f"in a {widths['viewport']} px window (widest: {widths['widest']})")
        for step in driver.execute_script(_BREADCRUMB_BREAKS):
            problems.append(f"  at {width} px a line of the breadcrumbs starts with \"›\" (before {step!r})")
        if axe is not None:
            for violation in axe.run(driver)["violations"]:
                problems += [line.replace("  ", f"  at {width} px: ", 1) if i == 0 else line
                             for i, line in enumerate(describe_violation(violation))]
            screenshot(driver, out, number, name, suffix=f"-{width}")
    finally:
        driver.set_window_size(DESKTOP_WIDTH, height)
    return widths, problems


def main() -> int:
    # run.sh stops the checks with SIGTERM; as SystemExit it still quits the browser.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    base = os.environ["EQUITAS_BROWSER_BASE"]
    out = os.environ.get("EQUITAS_BROWSER_OUT", ".build-browser/screenshots")
    axe = Axe(os.environ["EQUITAS_BROWSER_AXE"])
    started = time.monotonic()
    wait_for_server(base, alive=server_alive(os.environ.get("EQUITAS_SERVER_PID")))
    ensure_published_report(base, os.environ["EQUITAS_BROWSER_TOKEN"])
    ensure_in_progress_challenge(base, os.environ["EQUITAS_BROWSER_TOKEN"])

    # EQUITAS_BROWSER_ONLY=text checks only the page types and journeys whose names hold
    # that text (any letter case): a quick look at one state while working on it.
    only = os.environ.get("EQUITAS_BROWSER_ONLY", "").lower()
    pages = [p for p in PAGE_TYPES if only in p.name.lower()]
    journeys = [(name, journey) for name, journey in JOURNEYS if only in name.lower()]
    if not pages and not journeys:
        print(f"no page type or journey is named with {only!r}")
        return 2

    failed = []
    downloads = tempfile.mkdtemp(prefix="equitas-downloads-")
    driver = open_chromium(downloads)
    try:
        values = discover(driver, base)
        # Signed-out pages first, then each role's pages together: one sign-in per role.
        roles = list(dict.fromkeys(page.role for page in pages))
        number = 0
        for role in roles:
            sign_out(driver)
            if role:
                sign_in(driver, base, role)
            for page in (p for p in pages if p.role == role):
                number += 1
                try:
                    if check_page(driver, axe, base, page, base + resolve(page, values), number, out):
                        failed.append(page.name)
                except Exception as error:  # one broken page should not hide the others
                    print(f"FAIL {page.name}: {error}")
                    failed.append(page.name)
        sign_out(driver)
        for name, journey in journeys:
            try:
                journey(driver, base, downloads)
                print(f"ok   keyboard: {name}")
            except Exception:
                print(f"FAIL keyboard: {name}")
                print("  " + traceback.format_exc(limit=2).strip().replace("\n", "\n  "))
                failed.append(name)
    finally:
        driver.quit()
        shutil.rmtree(downloads, ignore_errors=True)

    print(f"axe-core {axe.version}, WCAG 2.2 AA; {len(pages)} page types and {len(journeys)} keyboard journeys "
          f"in {time.monotonic() - started:.1f}s")
    if failed:
        print(f"{len(failed)} failed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
