"""Using a page with the keyboard alone: Tab to a control by its accessible name, then
Enter or type; and what each Tab stop looks like when it has focus."""

from dataclasses import dataclass

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys


class NotReached(AssertionError):
    pass


@dataclass
class TabStop:
    tag: str
    name: str
    indicator: str | None  # what shows focus, or None when nothing visible does


# A focused element shows focus when it has an outline that is drawn (some style, some
# width, a colour that is not transparent) or any box-shadow. Our style sheet's links
# and buttons use a transparent outline (for Windows high-contrast mode) plus a shadow,
# so a transparent outline alone must not count.
_FOCUS_INDICATOR = """
const style = getComputedStyle(arguments[0]);
const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0(\\.0+)?\\)$/.test(c);
const parts = [];
if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)) {
    parts.push(`outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`);
}
if (style.boxShadow && style.boxShadow !== 'none') parts.push(`box-shadow ${style.boxShadow}`);
return parts.join('; ') || null;
"""


def press(driver, *keys) -> None:
    ActionChains(driver).send_keys(*keys).perform()


def focused(driver):
    return driver.switch_to.active_element


def name_of(element) -> str:
    """The accessible name the browser computes, as a screen reader would announce it."""
    try:
        name = element.accessible_name
    except WebDriverException:
        name = ""
    return " ".join((name or element.text or element.get_attribute("value") or "").split())


def tab_to(driver, name: str, limit: int = 100, exact: bool = False, backwards: bool = False):
    """Presses Tab (Shift+Tab when `backwards`) until the focused element's accessible
    name is `name` (or contains it, unless `exact`), and returns that element. Fails
    listing every stop passed."""
    passed = []
    for _ in range(limit):
        if backwards:
            press_chord(driver, Keys.SHIFT, Keys.TAB)
        else:
            press(driver, Keys.TAB)
        element = focused(driver)
        label = name_of(element)
        if label == name or (not exact and name.lower() in label.lower()):
            return element
        passed.append(label or f"<{element.tag_name}>")
    raise NotReached(f"Tab did not reach {name!r} in {limit} presses on {driver.current_url}; passed: {passed}")


def activate(driver) -> None:
    press(driver, Keys.ENTER)


def fill(driver, label: str, text: str):
    """Tabs to the field labelled `label` and types `text` into it."""
    field = tab_to(driver, label)
    press(driver, text)
    return field


def focus_indicator(driver, element) -> str | None:
    return driver.execute_script(_FOCUS_INDICATOR, element)


def tab_stops(driver, limit: int = 400) -> list[TabStop]:
    """Every Tab stop of the page just loaded, in order, until focus leaves the page or
    comes back round. More than `limit` stops is taken as focus being trapped."""
    stops = []
    first = None
    for _ in range(limit):
        press(driver, Keys.TAB)
        element = focused(driver)
        if element.tag_name in ("body", "html") or element == first:
            return stops
        first = first or element
        stops.append(TabStop(element.tag_name, name_of(element), focus_indicator(driver, element)))
    raise NotReached(f"more than {limit} Tab stops on {driver.current_url}: is focus trapped?")


def press_chord(driver, modifier, key) -> None:
    """Holds `modifier` (Keys.CONTROL) while pressing `key`, then lets go."""
    ActionChains(driver).key_down(modifier).send_keys(key).key_up(modifier).perform()
