"""Debian's headless Chromium under Selenium, with axe-core put into each page."""

import os
import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# The WCAG 2.2 AA rule set: every level A and AA tag of 2.0, 2.1 and 2.2, nothing else
# (no best-practice rules, which are advice rather than conformance).
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

_RUN_AXE = """
const tags = arguments[0];
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
    .then(result => done({violations: result.violations, incomplete: result.incomplete.map(rule => rule.id)}))
    .catch(error => done({error: String(error)}));
"""

# Tries to run an inline script the page's way (a new <script> element). A page whose
# Content-Security-Policy forbids inline script leaves the flag unset. WebDriver's own
# execute_script is not subject to the policy, which is what lets axe in.
_INLINE_SCRIPT_RUNS = """
delete window.__equitasInline;
const script = document.createElement('script');
script.textContent = 'window.__equitasInline = true;';
document.head.appendChild(script);
script.remove();
return window.__equitasInline === true;
"""


def open_chromium(downloads: str | None = None) -> webdriver.Chrome:
    """`downloads`: the folder a downloaded file goes to, without asking."""
    chromium = shutil.which("chromium")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        raise SystemExit("chromium and chromedriver must be on PATH (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-GB"):
        options.add_argument(argument)
    if downloads:
        options.add_experimental_option("prefs", {
            "download.default_directory": downloads, "download.prompt_for_download": False,
            "download.directory_upgrade": True, "safebrowsing.enabled": False})
    # The driver path is given so that Selenium Manager never goes looking online.
    os.environ.setdefault("SE_AVOID_STATS", "true")
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(30)
    if downloads:
        # Headless Chromium may ignore the preference; the DevTools command is heard.
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


class Axe:
    """axe-core's script, checked to be 4.x once it is in a page."""

    def __init__(self, path: str):
        with open(path, encoding="utf-8") as file:
            self.source = file.read()
        self.version = None

    def run(self, driver) -> dict:
        driver.execute_script(self.source)
        version = driver.execute_script("return window.axe ? axe.version : null")
        if not version or not version.startswith("4."):
            raise SystemExit(f"axe-core 4.x is required; the page has {version!r}")
        self.version = version
        result = driver.execute_async_script(_RUN_AXE, WCAG_22_AA_TAGS)
        if "error" in result:
            raise RuntimeError(f"axe.run failed: {result['error']}")
        return result


def inline_script_runs(driver) -> bool:
    return bool(driver.execute_script(_INLINE_SCRIPT_RUNS))


def describe_violation(violation: dict) -> list[str]:
    """A violation as lines a person can act on: the rule, then each element it found."""
    lines = [f"  {violation['id']} [{violation.get('impact') or 'no impact given'}]: {violation['help']}",
             f"    {violation['helpUrl']}"]
    for node in violation["nodes"]:
        target = " > ".join(str(part) for part in node["target"])
        lines.append(f"    - {target}")
        lines.append(f"      {node['html'][:300]}")
        summary = (node.get("failureSummary") or "").replace("\n", "\n        ")
        if summary:
            lines.append(f"        {summary}")
    return lines
