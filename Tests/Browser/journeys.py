"""Journeys made with the keyboard alone. Each takes the driver, the server's base
address and the browser's download folder, and raises AssertionError (or NotReached)
when the journey cannot be made."""

import os
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from accounts import DEMO_EMAILS, DEMO_PASSWORD, sign_out
from keyboard import activate, fill, focus_indicator, focused, name_of, press, press_chord, tab_to


def _arrive(driver, path_part: str) -> None:
    WebDriverWait(driver, 10).until(
        lambda d: path_part in d.current_url and d.execute_script("return document.readyState") == "complete",
        message=f"did not arrive at {path_part}; at {driver.current_url}")


def _text(driver, selector: str) -> str:
    """The text of the first element matching `selector`, read by script: a wait that
    holds an element goes stale when the next page replaces it mid-wait."""
    return driver.execute_script(
        "const found = document.querySelector(arguments[0]); return found ? found.innerText : '';", selector)


def _shows_focus(driver, element) -> None:
    assert focus_indicator(driver, element), f"{name_of(element)!r} shows no focus indicator"


def home_to_published_report(driver, base: str, downloads: str) -> None:
    """The skip link is the first Tab stop and moves focus to the main content; from
    there a visitor reaches a published final report by Tab and Enter alone."""
    driver.get(base + "/")
    press(driver, Keys.TAB)
    skip = focused(driver)
    assert name_of(skip) == "Skip to main content", f"the first Tab stop is {name_of(skip)!r}, not the skip link"
    assert skip.is_displayed(), "the skip link stays hidden when focused"
    _shows_focus(driver, skip)
    activate(driver)
    assert focused(driver).get_attribute("id") == "main-content", "the skip link did not move focus to <main>"

    _shows_focus(driver, tab_to(driver, "Published reports", exact=True))
    activate(driver)
    _arrive(driver, "/published")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Published reports"

    _shows_focus(driver, tab_to(driver, "Final report (web page)", exact=True))
    activate(driver)
    _arrive(driver, "/report?format=html")
    assert driver.find_elements(By.TAG_NAME, "h1"), "the report has no top-level heading"


def sign_in_and_out(driver, base: str, downloads: str) -> None:
    """From the home page to signed in and back out, by Tab, typing and Enter alone."""
    sign_out(driver)
    driver.get(base + "/")
    _shows_focus(driver, tab_to(driver, "Sign in", exact=True))
    activate(driver)
    _arrive(driver, "/sign-in")
    fill(driver, "Email address", DEMO_EMAILS["administrator"])
    fill(driver, "Password", DEMO_PASSWORD)
    _shows_focus(driver, tab_to(driver, "Sign in", exact=True))
    activate(driver)
    WebDriverWait(driver, 10).until(lambda d: "/sign-in" not in d.current_url, message="still on /sign-in after signing in")
    # Typed into the address bar, as a keyboard user may: wherever signing in lands, a
    # public page must now show the account and the way out.
    driver.get(base + "/published")
    header = driver.find_element(By.CSS_SELECTOR, "header").text
    assert "Signed in as" in header, f"the header does not say who is signed in: {header!r}"

    _shows_focus(driver, tab_to(driver, "Sign out", exact=True))
    activate(driver)
    WebDriverWait(driver, 10).until(
        lambda d: "Signed in as" not in _text(d, "header"), message="still signed in after Sign out")


def record_finding_and_download_report(driver, base: str, downloads: str) -> None:
    """The demo peer signs in, records a finding on the challenge in council review and
    downloads the report in Word: Tab, typing, arrow keys, space and Enter alone."""
    _sign_in_as_peer(driver, base)
    _shows_focus(driver, tab_to(driver, "Wyvern Vale District Council"))
    activate(driver)
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.XPATH, "//main//a[normalize-space()='Findings']"),
                                    message=f"no Findings link on {driver.current_url}")
    challenge = driver.current_url.split("?")[0]
    _shows_focus(driver, tab_to(driver, "Findings", exact=True))
    activate(driver)
    _arrive(driver, "/findings")

    text = f"Residents in outlying villages praised the mobile service ({time.strftime('%H:%M:%S')})."
    # Into the kind radios: Tab lands on the chosen one, an arrow key moves to and picks
    # the next, as in any radio group.
    kind = tab_to(driver, "Strength", exact=True)
    assert kind.get_attribute("type") == "radio", f"{name_of(kind)!r} is not a radio button"
    press(driver, Keys.ARROW_DOWN)
    chosen = focused(driver)
    assert chosen.get_attribute("type") == "radio" and chosen.is_selected(), "the arrow key did not choose the next kind"
    picked = name_of(chosen)
    press(driver, Keys.SPACE)
    fill(driver, "What the team found", text)
    submit = tab_to(driver, "Add finding", exact=True)
    _shows_focus(driver, submit)
    press(driver, Keys.SPACE)
    WebDriverWait(driver, 10).until(lambda d: "Finding added" in _text(d, "main"),
                                    message="no \"Finding added\" after adding a finding")
    assert text in _text(driver, "main"), "the new finding is not listed"
    assert picked, "the chosen kind has no name"

    # Back to the challenge by its breadcrumb: it comes before the capture form, where
    # the cursor now is (back in the text box for the next finding), so Shift+Tab.
    _shows_focus(driver, tab_to(driver, "Wyvern Vale District Council", backwards=True))
    activate(driver)
    WebDriverWait(driver, 10).until(lambda d: d.current_url.split("?")[0] == challenge,
                                    message=f"the breadcrumb did not lead back to {challenge}")
    _shows_focus(driver, tab_to(driver, "Report", exact=True))
    activate(driver)
    _arrive(driver, "/report")
    before = set(os.listdir(downloads))
    link = tab_to(driver, "Download the working copy as Word (DOCX)", exact=True)
    _shows_focus(driver, link)
    activate(driver)
    arrived = _downloaded(downloads, before)
    with open(arrived, "rb") as file:
        assert file.read(2) == b"PK", f"{os.path.basename(arrived)} is not a DOCX (a ZIP package)"
    assert arrived.endswith(".docx"), f"the download is named {os.path.basename(arrived)!r}, not *.docx"


def capture_three_findings(driver, base: str, downloads: str) -> None:
    """Quick capture: the demo peer records three findings in a row with the keyboard
    alone. After each one the cursor is back in the text box, with the module, kind and
    council kept, and Ctrl+Enter sends the form from the text box."""
    _sign_in_as_peer(driver, base)
    _shows_focus(driver, tab_to(driver, "Wyvern Vale District Council"))
    activate(driver)
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.XPATH, "//main//a[normalize-space()='Findings']"),
                                    message=f"no Findings link on {driver.current_url}")
    tab_to(driver, "Findings", exact=True)
    activate(driver)
    _arrive(driver, "/findings")

    stamp = time.strftime("%H:%M:%S")
    texts = [f"Quick capture {n} of 3 ({stamp}): staff networks are heard by the leadership." for n in (1, 2, 3)]
    kind = tab_to(driver, "Strength", exact=True)
    press(driver, Keys.ARROW_DOWN)
    picked = focused(driver).get_attribute("value")
    assert picked and picked != kind.get_attribute("value"), "the arrow key did not choose another kind"
    fill(driver, "What the team found", texts[0])
    for number, text in enumerate(texts, start=1):
        if number > 1:
            box = focused(driver)
            assert box.get_attribute("name") == "text", \
                f"after finding {number - 1} the cursor is on {name_of(box)!r}, not in the text box"
            press(driver, text)
        press_chord(driver, Keys.CONTROL, Keys.ENTER)
        WebDriverWait(driver, 10).until(
            lambda d: "Finding added" in _text(d, "main") and text in _text(d, "main"),
            message=f"finding {number} was not added by Ctrl+Enter")
        kept = driver.execute_script(
            "const f = document.querySelector('form[data-quick-submit]');"
            "return [f.elements.module.value, f.querySelector('input[name=kind]:checked').value];")
        assert kept[1] == picked, f"the kind was not kept after finding {number}: {kept[1]!r}, not {picked!r}"


def _sign_in_as_peer(driver, base: str) -> None:
    """Signs the demo peer in by the keyboard and lands on the dashboard. The peer sees
    only the challenge in progress (the demo's own is published, past the team's time);
    the dashboard, or the register, links to it by its councils' names."""
    sign_out(driver)
    driver.get(base + "/")
    tab_to(driver, "Sign in", exact=True)
    activate(driver)
    _arrive(driver, "/sign-in")
    fill(driver, "Email address", DEMO_EMAILS["peer"])
    fill(driver, "Password", DEMO_PASSWORD)
    tab_to(driver, "Sign in", exact=True)
    activate(driver)
    WebDriverWait(driver, 10).until(lambda d: "/sign-in" not in d.current_url, message="still on /sign-in after signing in")
    if "/dashboard" not in driver.current_url:
        driver.get(base + "/dashboard")


def _downloaded(folder: str, before: set[str], seconds: float = 30) -> str:
    """The file that a download put in `folder`, once Chromium has finished writing it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        new = [name for name in set(os.listdir(folder)) - before if not name.endswith((".crdownload", ".tmp"))]
        if new:
            return os.path.join(folder, new[0])
        time.sleep(0.2)
    raise AssertionError(f"no file arrived in the download folder within {seconds:.0f}s")


JOURNEYS = [
    ("Home to a published report, keyboard only", home_to_published_report),
    ("Sign in and out, keyboard only", sign_in_and_out),
    ("Record a finding and download the report, keyboard only", record_finding_and_download_report),
    ("Capture three findings in a row, keyboard only", capture_three_findings),
]
