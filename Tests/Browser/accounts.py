"""Signing in through the real form, as one of the demo accounts.

The form is expected at /sign-in with fields `email` and `password`, a hidden
`csrf_token` that the form carries itself, and one submit button; it posts to /sign-in.
"""

import os

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

# ---------------------------------------------------------------------------------
# DEMO ACCOUNTS: made by `serve --demo`. The password and addresses must match the
# README and Sources/EquitasWeb/Demo/DemoAccounts.swift; EQUITAS_DEMO_PASSWORD overrides.
# ---------------------------------------------------------------------------------
DEMO_PASSWORD = os.environ.get("EQUITAS_DEMO_PASSWORD", "equitas-demo-2026")
DEMO_EMAILS = {
    "administrator": "admin@demo.equitas.test",
    "review-manager": "manager@demo.equitas.test",
    "peer": "peer@demo.equitas.test",
    "council-officer": "officer@demo.equitas.test",
    "councillor": "councillor@demo.equitas.test",
}


def sign_in(driver, base: str, role: str) -> None:
    email = DEMO_EMAILS.get(role)
    if email is None:
        raise RuntimeError(f"no demo account for the role {role!r}; known: {', '.join(DEMO_EMAILS)}")
    sign_out(driver)
    driver.get(base + "/sign-in")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/sign-in']")
    form.find_element(By.NAME, "email").send_keys(email)
    form.find_element(By.NAME, "password").send_keys(DEMO_PASSWORD)
    form.find_element(By.CSS_SELECTOR, "button[type='submit'], button:not([type])").click()
    try:
        WebDriverWait(driver, 10).until(lambda d: not d.current_url.split("?")[0].endswith("/sign-in"))
    except TimeoutException:
        raise RuntimeError(f"still on /sign-in after signing in as {email}: {_error_summary(driver)}") from None


def sign_out(driver) -> None:
    # Dropping the session cookie is enough for the next page to be seen signed out.
    driver.delete_all_cookies()


def _error_summary(driver) -> str:
    found = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    return found[0].text.replace("\n", " ") if found else "no error summary shown"
